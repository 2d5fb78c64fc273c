"""Owners and phones seen failing on held-out records in the wild (issue #10, round 16): a training centre's book page
on issuu (the owner's phone alone on the line under the owner's label), a flipbook's page strip read as a phone, and a
KM blog's profile page whose owner form runs on into the story's one paragraph under a teaser's byline. Records
invented (titles, people, numbers), places real."""

from __future__ import annotations

from kmgraph.extract.phones import parse_phone
from kmgraph.model import Text
from tests.conftest import read_text_record

BOOK = ("issuu\n"
        "Search  Explore  Log in\n"
        "cdd-khonkaen-km-2565\n"
        "ศูนย์ศึกษาและพัฒนาชุมชนขอนแก่น ชุดความรู้การจัดการขยะในชุมชน หน้ า ๑\n"
        "ชื่อชุดความรู้ การทำปุ๋ยหมักจากเศษอาหารในครัวเรือน\n"
        "หน่วยงานเจ้ าของความรู้ ศูนย์ศึกษาและพัฒนาชุมชนขอนแก่น\n"
        "{phone}\n"
        "ความเป็นมา\n"
        "ชาวบ้านมีเศษอาหารเหลือทิ้งทุกวัน ศูนย์จึงสอนการทำปุ๋ยหมักให้ครัวเรือนนำไปใช้ในแปลงผัก\n"
        "ขั้นตอน\n"
        "1. แยกเศษอาหารออกจากขยะอื่น\n"
        "2. หมักกับมูลวัวและใบไม้แห้ง\n")

FLIPBOOK = ("สำนักงานพัฒนาชุมชนอำเภอน้ำพอง\n"
            "{strip}\n"
            "การเลี้ยงจิ้งหรีดในบ่อซีเมนต์\n"
            "เจ้าของความรู้ นายสมชาย ใจกล้า\n"
            "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ\n"
            "ความเป็นมา\n"
            "ชาวบ้านเลี้ยงจิ้งหรีดขายเป็นรายได้เสริม\n")

FORM = ("“การแปรรูปกล้วยตากพลังงานแสงอาทิตย์” เจ้าขององค์ความรู้ นางสาวศิริพร มั่นคง ตำแหน่ง "
        "นักวิชาการพัฒนาชุมชนปฏิบัติการ สังกัด สำนักงานพัฒนาชุมชนอำเภอกันทรวิชัย จังหวัดมหาสารคาม เบอร์โทรศัพท์ "
        "๐๘๙-๔๔๕-๑๒๓๔, ๐๔๓-๗๘๙๑๒๓ ชื่อเรื่อง “การแปรรูปกล้วยตากพลังงานแสงอาทิตย์” สถานที่ บ้านโคกพระ ตำบลโคกพระ "
        "อำเภอกันทรวิชัย จังหวัดมหาสารคาม ความเป็นมา ชาวบ้านปลูกกล้วยน้ำว้าไว้มาก ราคากล้วยสดตกต่ำในฤดูที่ผลผลิตออกมาก "
        + "กลุ่มจึงนำกล้วยมาตากในโรงอบพลังงานแสงอาทิตย์ ทำให้กล้วยสะอาด แห้งเร็ว และเก็บไว้ขายได้นานขึ้น " * 8)
TEASER = "การแปรรูปกล้วยตากพลังงานแสงอาทิตย์ โดยนางสาวศิริพร มั่นคง"


def _post(got: dict) -> tuple:
    return (got["author"] and got["author"]["name"], got["position"] and got["position"]["title"],
            got["position"] and got["position"]["level"], got["office"] and got["office"]["name"], got["district"],
            got["province"], got["phone"])


def test_the_phone_under_an_organization_owners_label_is_its_phone(tmp_path):
    """Regression: the owner a training centre named by its book's running head and again after its label, its phone
    alone on the line below the label: the phone was not read."""
    for phone in ("โทรศัพท์ 043-246718", "โทร. ๐๔๓-๒๔๖๗๑๘"):
        got = read_text_record(tmp_path, BOOK.format(phone=phone))
        assert got["author"]["name"] == "ศูนย์ศึกษาและพัฒนาชุมชนขอนแก่น"
        assert got["phone"] == "043246718", phone


def test_a_number_in_the_story_is_no_phone_of_the_organization(tmp_path):
    """Guard: the line under the owner's label a story's sentence with a number in it: no phone."""
    got = read_text_record(tmp_path, BOOK.format(phone="ศูนย์อบรมครัวเรือนไปแล้ว 043 246 718 ครั้ง"))
    assert got["phone"] is None


def test_a_flipbooks_page_strip_is_no_phone(tmp_path):
    """Regression: a flipbook's row of page thumbnails (01 02 03 04 05) was read as the phone 0102030405."""
    for strip in ("01 02 03 04 05", "05 06 07 08 09", "หน้า 01 02 03 04 05 06 07 08 09 10"):
        got = read_text_record(tmp_path, FLIPBOOK.format(strip=strip))
        assert got["phone"] is None, strip
        assert parse_phone(Text(strip, 0, len(strip))) is None, strip


def test_phones_written_in_pairs_of_digits_stay_phones():
    """Guard: a phone written in groups of two digits that do not count up is a phone."""
    for written, digits in (("02 12 34 56 78", "0212345678"), ("08 1234 5678", "0812345678"),
                            ("043 24 67 18", "043246718")):
        assert parse_phone(Text(written, 0, len(written))).text == digits


def test_a_profile_form_run_on_into_the_story_gives_the_post_and_office(tmp_path):
    """Regression: a KM blog's profile page, a teaser byline (โดยNAME) over the owner's form run on into the story's
    one long paragraph: the author was read from the teaser and the form's post, level and office were not."""
    expected = ("นางสาวศิริพร มั่นคง", "นักวิชาการพัฒนาชุมชน", "ปฏิบัติการ", "สำนักงานพัฒนาชุมชนอำเภอกันทรวิชัย",
                "กันทรวิชัย", "มหาสารคาม", "0894451234")
    got = read_text_record(tmp_path, f"{TEASER}\n{FORM}\n")
    assert _post(got) == expected
    got = read_text_record(tmp_path, f"KM Blog\nหน้าแรก\nบทความ\n{TEASER}\nอ่านต่อ\nโพสต์เมื่อ 12 มีนาคม 2564\n{FORM}\n")
    assert _post(got) == expected


def test_a_short_profile_form_still_reads_whole(tmp_path):
    """Guard: the same form in a paragraph of a byline's length reads as before."""
    short = FORM[:FORM.index("ชาวบ้านปลูก")]
    got = read_text_record(tmp_path, f"{TEASER}\n{short}\n")
    assert _post(got) == ("นางสาวศิริพร มั่นคง", "นักวิชาการพัฒนาชุมชน", "ปฏิบัติการ",
                          "สำนักงานพัฒนาชุมชนอำเภอกันทรวิชัย", "กันทรวิชัย", "มหาสารคาม", "0894451234")


def test_a_news_leads_district_head_owns_the_story(tmp_path):
    """Guard: a news post's lead naming the district's head and an officer with him: the head owns it, with his post
    and his district's office."""
    got = read_text_record(tmp_path, (
        "สำนักงานพัฒนาชุมชนจังหวัดนครราชสีมา\n"
        "ข่าวกิจกรรม\n"
        "ประชุมคณะกรรมการกองทุนหมู่บ้านอำเภอปักธงชัย\n"
        "ปักธงชัย – ๖ มิ.ย. ๖๕ นายวีระพงษ์ ทองดี พัฒนาการอำเภอปักธงชัย พร้อมด้วยนางสาวกมลวรรณ สีใส "
        "นักวิชาการพัฒนาชุมชน ประชุมคณะกรรมการกองทุนหมู่บ้าน ณ ศาลาประชาคมอำเภอปักธงชัย\n"))
    assert (got["author"]["name"], got["position"]["title"], got["office"]["name"], got["district"]) == (
        "นายวีระพงษ์ ทองดี", "พัฒนาการอำเภอ", "สำนักงานพัฒนาชุมชนอำเภอปักธงชัย", "ปักธงชัย")
