"""Titles of held-out sets 40-43's layouts (regressions: each line below was read as the title, or kept in it): a
flipbook collection's column name over a story's number and title (its teaser under the title), an issuu running
head whose title runs on into its address, a news site's banner (a section word and an office's informal name), a
cover's ชุดความรู้ over a title set on two lines, and an upload's ถอดบทเรียน alone over its title."""

from tests.conftest import read_text_record


def test_a_collections_column_name_over_a_storys_number_is_not_the_title(tmp_path):
    """Regression: AnyFlip: a column's name (เรื่องเล่าพัฒนากรใหม่), the story's number, its title and a teaser
    trailing off: the column's name was taken (and, once skipped, the teaser was joined to the title)."""
    page = "\n".join([
        "AnyFlip", "เรื่องเล่าพัฒนากรใหม่ ศูนย์ศึกษาและพัฒนาชุมชนพิษณุโลก",
        "Published by cddphitsanulok, 2022-03-14 10:02:45", "01 02 03 04 05", "P. 8",
        "เรื่องเล่าพัฒนากรใหม่", "02", "ตลาดนัดเล็ก ๆ หน้าวัดโพธิ์",
        "ชวนแม่ค้ามาขายตั้งแต่ตีห้า ลูกค้ากลับมาไม่ขาด...",
        "สัปดาห์แรกที่มาประจำตำบล ผมเห็นแม่ค้าขายผักริมถนนแดดร้อน จึงชวนเจ้าอาวาสขอใช้ลานหน้าวัดเปิดตลาดนัด"
        "ทุกวันเสาร์ ผ่านไปสามเดือนมีแม่ค้าประจำยี่สิบเจ็ดราย",
        "เรื่อง : นายกิตติพงษ์ แสงทอง", "นักวิชาการพัฒนาชุมชนปฏิบัติการ สพอ.วังทอง", "P. 9", ""])
    assert read_text_record(tmp_path, page)["title"] == "ตลาดนัดเล็ก ๆ หน้าวัดโพธิ์"


def test_a_running_heads_title_ends_before_its_address(tmp_path):
    """Regression: issuu: 'OFFICE โทร. PHONE TITLE หมู่ที่ ๔ ตำบล… อำเภอ… จังหวัด… หน้า ๑' over a letter-spaced genre
    word: the title ran on into the address."""
    head = ("สำนักงานพัฒนาชุมชนอำเภอบางเลน โทร. ๐๓๔-๓๙๑๒๑๐ การทำน้ำหมักชีวภาพของกลุ่มแม่บ้านบ้านนราภิรมย์ "
            "หมู่ที่ ๔ ตำบลนราภิรมย์ อำเภอบางเลน จังหวัดนครปฐม หน้า {}")
    page = "\n".join([
        "issuu", "Search  Explore  Log in", "", head.format("๑"), "ถ อ ด บ ท เ รี ย น", "ความเป็นมา",
        "กลุ่มแม่บ้านเห็นเศษผักจากตลาดถูกทิ้งทุกวัน จึงรวมกันนำมาหมักเป็นน้ำหมักใช้ในแปลงผัก",
        "ขั้นตอนการดำเนินงาน", "๑. เก็บเศษผักจากตลาดทุกเช้า", "๒. หมักกับกากน้ำตาลในถังปิดฝาสามเดือน", "",
        head.format("๒"), "ผลการดำเนินงาน", "สมาชิก ๒๕ ครัวเรือนลดค่าปุ๋ยได้เดือนละ ๓๐๐ บาท", ""])
    assert read_text_record(tmp_path, page)["title"] == "การทำน้ำหมักชีวภาพของกลุ่มแม่บ้านบ้านนราภิรมย์"


def test_a_news_sites_banner_naming_its_office_informally_is_not_the_title(tmp_path):
    """Regression: a news site's banner (ข่าว + พัฒนาชุมชนจังหวัดPROVINCE) over its menu and a headline: the banner
    was taken, its longer menu word ข่าวพัฒนาชุมชน eating the office's opening."""
    page = "\n".join([
        "ข่าวพัฒนาชุมชนจังหวัดลำพูน", "หน้าแรก | ข่าวเด่น | ข่าวอำเภอ | องค์ความรู้ | ติดต่อ", "",
        "กลุ่มออมทรัพย์บ้านหนองเงือก กับการปล่อยกู้ดอกเบี้ยต่ำให้สมาชิกปลดหนี้นอกระบบ",
        "ป่าซาง – ๑๔ ก.ย. ๖๕  กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองเงือก อำเภอป่าซาง จังหวัดลำพูน เล่าว่าสมาชิกหลายรายมี"
        "หนี้นอกระบบ กลุ่มจึงให้กู้ดอกเบี้ยร้อยละหนึ่งต่อเดือน ผ่านไปหนึ่งปีสมาชิก ๔๑ รายปลดหนี้ได้",
        "ข่าว/ภาพ : สพอ.ป่าซาง", "(Visited 88 times, 1 visits today)", ""])
    assert read_text_record(tmp_path, page)["title"] == (
        "กลุ่มออมทรัพย์บ้านหนองเงือก กับการปล่อยกู้ดอกเบี้ยต่ำให้สมาชิกปลดหนี้นอกระบบ")


def test_a_covers_series_word_over_a_two_line_title_is_not_kept(tmp_path):
    """Regression: a cover's ชุดความรู้ alone over a title set on two lines: it was kept at the title's front."""
    page = "\n".join([
        "ชุดความรู้", "การเพาะเห็ดฟาง", "ในตะกร้าหลังบ้าน", "", "จัดทำโดย",
        "เครือข่ายเกษตรกรอำเภอบ้านโพธิ์ จังหวัดฉะเชิงเทรา", "", "- 1 -", "", "คำนำ",
        "เครือข่ายรวบรวมวิธีที่สมาชิกเพาะเห็ดฟางในตะกร้าไว้ให้ครัวเรือนที่มีที่ดินน้อยได้ลองทำ", "",
        "วิธีดำเนินการ", "1. แช่ฟางข้าวในน้ำหนึ่งคืน", "2. วางฟางสลับกับเชื้อเห็ดในตะกร้าสี่ชั้น",
        "3. คลุมพลาสติกไว้ในที่ร่มสิบวัน", "", "ผลที่เกิดขึ้น", "สมาชิก 37 ครัวเรือนเก็บเห็ดขายได้ตะกร้าละ 120 บาท", ""])
    assert read_text_record(tmp_path, page)["title"].replace(" ", "") == "การเพาะเห็ดฟางในตะกร้าหลังบ้าน"


def test_an_uploads_genre_word_alone_over_its_title_is_not_kept(tmp_path):
    """Regression: issuu: ถอดบทเรียน alone on its line over the title: it was kept at the title's front."""
    page = "\n".join([
        "issuu", "Explore  Resources  Pricing", "KM อช.บ้านแพ้ว", "Published on Jun 2, 2019", "",
        "ถอดบทเรียน", "การตั้งกองทุนข้าวสารของชมรมผู้สูงอายุ", "",
        "ผู้สูงอายุในตำบลหลักสามหลายคนอยู่ลำพัง ชมรมจึงตั้งกองทุนข้าวสารแจกทุกต้นเดือน", "",
        "ขั้นตอนการดำเนินงาน", "๑. สำรวจผู้สูงอายุที่อยู่ลำพัง", "๒. ขอรับบริจาคข้าวสารจากงานบุญ", "",
        "ผลที่ได้รับ", "ผู้สูงอายุ ๔๒ คนได้รับข้าวสารทุกเดือน", "",
        "ข้อมูลจาก ชมรมอาสาพัฒนาชุมชนอำเภอบ้านแพ้ว จังหวัดสมุทรสาคร", "Follow this publisher", ""])
    assert read_text_record(tmp_path, page)["title"] == "การตั้งกองทุนข้าวสารของชมรมผู้สูงอายุ"
