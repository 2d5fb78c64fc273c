"""Titles of held-out sets 46-47's layouts (regressions): a news page's headline longer than a title line opening
with a post and its district over a dateline lead (no title was read), an issuu book whose upload name shortens the
heading its running head repeats (the upload's name was taken, a group's name dropped from the title's middle), and
a flipbook story whose first line, trailing off, is set under its title (that line was taken)."""

from tests.conftest import read_text_record

_HEADLINE = ("พัฒนาการอำเภอสันทรายลงพื้นที่ติดตามกลุ่มทอผ้าฝ้ายย้อมครามบ้านป่าเหมือด เพิ่มรายได้ให้ครัวเรือนเปราะบางในตำบล"
             "หนองหาร")


def test_a_long_news_headline_opening_with_a_post_is_the_title(tmp_path):
    """Regression: a site's name and menu, then a headline longer than a title line (พัฒนาการอำเภอ… ลงพื้นที่…) over
    its dateline lead (สันทราย – 9 ก.พ. 66 นาย…): no title was read."""
    page = "\n".join([
        "ข่าวสารพัฒนาชุมชนจังหวัดเชียงใหม่",
        "หน้าแรก | ข่าวประชาสัมพันธ์ | กิจกรรมอำเภอ | องค์ความรู้ | ติดต่อเรา",
        _HEADLINE,
        "สันทราย – 9 ก.พ. 66 นายวีระพงษ์ ทองดี พัฒนาการอำเภอสันทราย พร้อมด้วยนางสาวกาญจนา ศรีวงศ์ เจ้าพนักงานพัฒนาชุมชน"
        "ปฏิบัติงาน ลงพื้นที่บ้านป่าเหมือด ตำบลหนองหาร เพื่อติดตามกลุ่มทอผ้าฝ้ายย้อมคราม ซึ่งรวมครัวเรือนเปราะบาง 9 ครัวเรือน "
        "มาทอผ้าร่วมกัน 1) ปลูกครามเองในแปลงรวม 2) ผลัดกันทอทุกวันหลังเก็บเกี่ยว 3) ส่งผ้าขายที่ตลาดนัดของอำเภอ "
        "ปัจจุบันสมาชิกมีรายได้เพิ่มเดือนละ 1,200 บาท",
        "ข่าว/ภาพ : สพอ.สันทราย",
        "แชร์ | พิมพ์ | กลับหน้าข่าว", ""])
    assert read_text_record(tmp_path, page)["title"] == _HEADLINE


def _issuu_page(page_word: str) -> str:
    head = ("สำนักงานพัฒนาชุมชนอำเภอกงหรา โทร ๐๗๔-๖๑๑๒๓๔ ถอดบทเรียน การทำปลาส้มปลอดภัย บ้านลำสินธุ์ "
            f"ตำบลลำสินธุ์ อำเภอกงหรา จังหวัดพัทลุง {page_word} ")
    return "\n".join([
        "issuu", "Search  Explore  Pricing  Log in",
        "ถอดบทเรียน การทำปลาส้มปลอดภัย บ้านลำสินธุ์",
        "Published on Feb 2, 2023",
        head + "๑",
        "ถอดบทเรียน การทำปลาส้มปลอดภัยของกลุ่มแม่บ้านเกษตรกรบ้านลำสินธุ์",
        "1. ข้อมูลทั่วไปของกลุ่ม",
        "กลุ่มแม่บ้านเกษตรกรเคยทำปลาส้มขายเองแต่สินค้าเสียง่าย เจ้าหน้าที่พัฒนาชุมชนจึงชวนสมาชิกมาเรียนรู้การหมักที่สะอาด",
        "2. ขั้นตอนการดำเนินงาน",
        "2.1 ล้างปลาด้วยน้ำสะอาดและขอดเกล็ดในโรงเรือนที่มีมุ้งลวด",
        head + "๒",
        "2.2 หมักด้วยข้าวเหนียวนึ่งและเกลือตามสูตรของกลุ่ม",
        "3. ผลที่ได้รับ",
        "กลุ่มมีสมาชิก 23 คน ขายปลาส้มได้ทุกสัปดาห์", ""])


def test_a_running_heads_heading_beats_the_hosts_shorter_upload_name(tmp_path):
    """Regression: issuu's upload name (over Published on …) is a shorter form of the heading a book's running head
    repeats; the heading under the head holds the group's name in its middle: the upload's name was taken."""
    assert read_text_record(tmp_path, _issuu_page("หน้า"))["title"] == (
        "ถอดบทเรียน การทำปลาส้มปลอดภัยของกลุ่มแม่บ้านเกษตรกรบ้านลำสินธุ์")


def test_a_running_heads_page_word_read_with_sara_am_still_ends_the_head(tmp_path):
    """Regression: the running head's page word as a sara am repair leaves it (หน้ำ ๑ for หน้า ๑): the head was not
    read, and the upload's name was taken."""
    assert read_text_record(tmp_path, _issuu_page("หน้ำ"))["title"] == (
        "ถอดบทเรียน การทำปลาส้มปลอดภัยของกลุ่มแม่บ้านเกษตรกรบ้านลำสินธุ์")


def test_a_storys_first_line_trailing_off_under_its_title_is_not_the_title(tmp_path):
    """Regression: AnyFlip: a centre's story book, its page index, the story's title and under it the story's first
    line trailing off (…...) as a teaser: that line was taken as the title."""
    page = "\n".join([
        "AnyFlip", "เรื่องเล่าพัฒนากรรุ่นใหม่ เล่ม 2",
        "Published by ศพช.ลำปาง, 2022-06-14 09:30:11", "Keywords: #KM #เรื่องเล่าพัฒนากรใหม่", "01 02 03",
        "ตู้กับข้าวชุมชนของป้าบัวผัน",
        "วันแรกที่ไปถึงหมู่บ้าน ฉันไม่รู้ว่าจะคุยกับใครก่อน...",
        "ฉันเริ่มจากบ้านของป้าบัวผันที่ปลูกผักริมรั้ว ป้าบอกว่าผักเหลือทุกวันแต่ไม่มีใครซื้อ ฉันจึงชวนป้าตั้งตู้กับข้าวหน้าศาลาวัด",
        "สิ่งที่ฉันทำ",
        "1. ต่อตู้ไม้จากไม้เก่าของวัด",
        "2. ชวนเพื่อนบ้านที่ปลูกผักมาวางผักในตู้",
        "3. จดรายรับให้ป้าทุกสัปดาห์",
        "ผลที่ได้", "ป้ามีรายได้เดือนละ 900 บาท และมีเพื่อนบ้านวางผักตามอีก 8 ครัวเรือน",
        "เรื่อง : นางสาวรัชนี แก้วมณี", "นักวิชาการพัฒนาชุมชนปฏิบัติการ สพอ.เกาะคา", ""])
    assert read_text_record(tmp_path, page)["title"] == "ตู้กับข้าวชุมชนของป้าบัวผัน"
