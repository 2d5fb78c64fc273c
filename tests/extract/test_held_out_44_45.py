"""Titles and an owner of held-out sets 44-45's layouts (regressions): a blog post's headline set between its
{{tags}} and opening with a club's name (the story's first sentence was taken), a listing's section heading
(องค์ความรู้ล่าสุด) over a post's teaser (the heading was taken), and a centre's flipbook page whose font dropped its
low tone marks and karan and split its sara am, naming its owning unit under หน่วยงานเจ้าของความรู้ (no owner, office,
province or phone was read)."""

from tests.conftest import read_text_record

_LOW_MARKS = str.maketrans({"่": None, "้": None, "์": None})


def _font_damaged(text: str) -> str:
    """Text as a flipbook's font shows it: low tone marks and karan dropped, sara am split (นํา)."""
    return text.translate(_LOW_MARKS).replace("ำ", "ํา")


def test_a_tagged_headline_opening_with_a_clubs_name_is_the_title(tmp_path):
    """Regression: '{{PROVINCE}}CLUB TITLE{{CATEGORY}}' over a date and a first sentence opening with the same club's
    name: the headline was read as prose and the first sentence taken as the title."""
    page = "\n".join([
        "สำนักงานพัฒนาชุมชนจังหวัดสุรินทร์", "Menu  หน้าหลัก  ข่าวเด่น  เรื่องเล่าชุมชน  ติดต่อ",
        "{{สุรินทร์}}ชมรมผู้นำอาสาพัฒนาชุมชนอำเภอจอมพระ ขุดลอกคลองส่งน้ำให้แปลงผักของหมู่บ้าน{{เรื่องเล่า}}",
        "มีนาคม 7, 2023",
        "ชมรมผู้นำอาสาพัฒนาชุมชนอำเภอจอมพระเห็นว่าคลองส่งน้ำบ้านกระเบื้องตื้นเขินจนน้ำไม่ถึงแปลงผัก "
        "จึงชวนสมาชิกลงแรงขุดลอกคลองยาวแปดร้อยเมตรในวันหยุด",
        "ขั้นตอนการดำเนินงาน", "1. ขอใช้รถขุดจากองค์การบริหารส่วนตำบล", "2. แบ่งสมาชิกเป็นสามชุดผลัดกันลงแรง",
        "ผลที่ได้รับ", "แปลงผัก 26 แปลงมีน้ำใช้ตลอดหน้าแล้ง", "(Visited 41 times, 1 visits today)", ""])
    assert read_text_record(tmp_path, page)["title"] == (
        "ชมรมผู้นำอาสาพัฒนาชุมชนอำเภอจอมพระ ขุดลอกคลองส่งน้ำให้แปลงผักของหมู่บ้าน")


def test_a_listings_section_heading_is_not_the_title(tmp_path):
    """Regression: a site's name, its visitor counter, the listing's section heading องค์ความรู้ล่าสุด and the
    post's teaser (TITLE D/M/YYYY | โดย NAME): the section heading was taken."""
    page = "\n".join([
        "องค์ความรู้ พช.ลำปาง", "สถิติผู้เข้าชม วันนี้ 8 | เดือนนี้ 214 | ทั้งหมด 15023", "องค์ความรู้ล่าสุด",
        "การแปรรูปมะขามหวานเป็นมะขามแช่อิ่มของกลุ่มสตรี 03/02/2023 | โดย นางพรทิพย์ ใจบุญ",
        "วันที่ 3/2/2023 | อ่าน 36 ครั้ง",
        "เจ้าของความรู้ นางพรทิพย์ ใจบุญ นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอเกาะคา จังหวัดลำปาง "
        "โทร 081-552-4190 ที่มา กลุ่มสตรีบ้านไหล่หินขายมะขามสดได้ราคาต่ำ ขั้นตอน 1. คัดฝักที่ไม่แตก "
        "2. แช่น้ำเชื่อมสามวัน ผลที่ได้รับ กลุ่มขายได้กิโลกรัมละ 120 บาท",
        "อ่านต่อ... | ความคิดเห็น (0)", ""])
    assert read_text_record(tmp_path, page)["title"] == "การแปรรูปมะขามหวานเป็นมะขามแช่อิ่มของกลุ่มสตรี"


def test_a_centres_unit_owning_the_knowledge_is_its_owner_and_office(tmp_path):
    """Regression: AnyFlip: a centre's book page, its font's damage on every line, 'หน่วยงานเจ้าของความรู้ CENTRE'
    over 'โทร 0XX XXX XXX': no owner, office, province or phone was read."""
    page = "\n".join([
        "AnyFlip", "Explore  Upload", "รวมองค์ความรู้ ศูนย์ศึกษาและพัฒนาชุมชนนครศรีธรรมราช ปี 2566",
        "Published by cddnakhonsi, 2023-08-21 09:12:40", "P. 14",
        _font_damaged("องค์ความรู้ เรื่อง “การทำปุ๋ยหมักจากทางปาล์มกับผู้นำอาชีพ”"),
        _font_damaged("หน่วยงานเจ้าของความรู้ ศูนย์ศึกษาและพัฒนาชุมชนนครศรีธรรมราช"),
        "โทร 075 312 604",
        "ความเป็นมา",
        _font_damaged("ผู้นำอาชีพหลายคนทิ้งทางปาล์มไว้ในสวน ศูนย์จึงชวนมาเรียนทำปุ๋ยหมักจากทางปาล์ม ปีนี้มีผู้เข้าอบรม 36 คน"),
        "ขั้นตอนการดำเนินงาน",
        _font_damaged("1. สับทางปาล์มให้เป็นชิ้นเล็กก่อนกองหมัก"),
        _font_damaged("2. ผสมมูลวัวและรดน้ำหมักทุกสัปดาห์"),
        _font_damaged("ผลที่ได้รับ"), _font_damaged("ผู้เข้าอบรมทำปุ๋ยใช้เองในสวน 28 คน"), ""])
    record = read_text_record(tmp_path, page)
    centre = "ศูนย์ศึกษาและพัฒนาชุมชนนครศรีธรรมราช"
    assert record["author"]["kind"] == "organization" and record["author"]["name"] == centre
    assert record["office"]["name"] == centre
    assert record["province"] == "นครศรีธรรมราช"
    assert record["phone"] == "075312604"
