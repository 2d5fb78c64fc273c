"""Dates in layouts unseen records showed (issue #10, round 11): a district site's listing page whose post stamp
(วันที่ D/M/YYYY | อ่าน N ครั้ง) stands under the post's title line while the title is read from the form's title
field below it, a news post whose lead paragraph opens with its date, and a listing saved as UTF-8 read as
Windows-1252 whose post is dated only by its own teaser (TITLE DD/MM/YYYY | โดย NAME). Invented records (own
words, invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record

LISTING_STAMP = ("สำนักงานพัฒนาชุมชนอำเภอบ้านแพง\n"
                 "หน้าแรก\n"
                 "ข้อมูลหน่วยงาน\n"
                 "ข่าวประชาสัมพันธ์\n"
                 "องค์ความรู้\n"
                 "ติดต่อเรา\n"
                 "สถิติผู้เข้าชม วันนี้ 12 | เดือนนี้ 408 | ทั้งหมด 15,733\n"
                 "องค์ความรู้\n"
                 "การส่งเสริมการออมทรัพย์ในกลุ่มสตรีบ้านหนองแวง\n"
                 "วันที่ 5/9/2021 | อ่าน 233 ครั้ง\n"
                 "ชื่อองค์ความรู้ "
                 "การส่งเสริมการออมทรัพย์ในกลุ่มสตรีบ้านหนองแวง "
                 "เจ้าของความรู้ นางสาวพิมพ์ชนก ใจดีงาม ตำแหน่ง "
                 "นักวิชาการพัฒนาชุมชนปฏิบัติการ สังกัด "
                 "สำนักงานพัฒนาชุมชนอำเภอบ้านแพง จังหวัดนครพนม โทร 081 234 "
                 "5678 หมวดองค์ความรู้ ทุนชุมชน ขั้นตอนการทำงาน 1. "
                 "ประชุมสมาชิกกลุ่ม 2. จัดทำบัญชีเงินออม 3. ติดตามผลทุกเดือน\n")

LISTING_STAMP_BUDDHIST = ("สำนักงานพัฒนาชุมชนอำเภอท่าอุเทน\n"
                          "หน้าแรก\n"
                          "ข่าวสาร\n"
                          "องค์ความรู้\n"
                          "สถิติผู้เข้าชม วันนี้ 7 | เดือนนี้ 215 | ทั้งหมด 9,120\n"
                          "การทำบัญชีครัวเรือนแบบง่าย 12/3/2564 | โดย กลุ่มงานส่งเสริมการพัฒนาชุมชน\n"
                          "องค์ความรู้\n"
                          "การทำบัญชีครัวเรือนแบบง่าย\n"
                          "วันที่ 12/3/2564 | อ่าน 214 ครั้ง\n"
                          "ชื่อองค์ความรู้ การทำบัญชีครัวเรือนแบบง่าย เจ้าของความรู้ "
                          "นายสมศักดิ์ รักถิ่นเกิด ตำแหน่ง "
                          "นักวิชาการพัฒนาชุมชนชำนาญการ สังกัด "
                          "สำนักงานพัฒนาชุมชนอำเภอท่าอุเทน จังหวัดนครพนม โทร 042 511 "
                          "234 ขั้นตอน 1. อบรมครัวเรือน 2. แจกสมุดบัญชี\n")

NEWS_LEAD = ("สำนักงานพัฒนาชุมชนอำเภอเมืองสุรินทร์\n"
             "หน้าหลัก\n"
             "เกี่ยวกับเรา\n"
             "ข่าวกิจกรรม\n"
             "องค์ความรู้\n"
             "พัฒนาการอำเภอเมืองสุรินทร์ลงพื้นที่ติดตามการดำเนินงานกลุ่มอาชีพทอผ้าไหม\n"
             "วันพุธที่ 25 มกราคม 2566 นายวีระพงษ์ ศรีสุวรรณ "
             "พัฒนาการอำเภอเมืองสุรินทร์ "
             "ลงพื้นที่ติดตามการดำเนินงานของกลุ่มอาชีพทอผ้าไหมบ้านโคกกลาง "
             "ตำบลนอกเมือง อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ "
             "เพื่อถอดบทเรียนองค์ความรู้การบริหารจัดการกลุ่ม "
             "โดยมีสมาชิกกลุ่มเข้าร่วมจำนวน 25 คน "
             "ทั้งนี้กลุ่มได้เล่าถึงขั้นตอนการย้อมสีธรรมชาติและการจำหน่ายผ"
             "่านช่องทางออนไลน์ ผู้สนใจติดต่อได้ที่ โทร 044 511 789\n")


def test_a_listing_stamp_over_a_one_paragraph_form_dates_the_post(tmp_path):
    """Regression: 'วันที่ 5/9/2021 | อ่าน 233 ครั้ง' under the title line was passed over (it stands above the
    form's title field the title was read from)."""
    record = read_text_record(tmp_path, LISTING_STAMP)
    assert record["title"] == "การส่งเสริมการออมทรัพย์ในกลุ่มสตรีบ้านหนองแวง"
    assert record["date"] == "2021-09-05"


def test_a_listing_stamp_with_a_buddhist_year_under_a_teaser_dates_the_post(tmp_path):
    """Regression: 'วันที่ 12/3/2564 | อ่าน 214 ครั้ง' (a teaser with the same date above) gave no date."""
    assert read_text_record(tmp_path, LISTING_STAMP_BUDDHIST)["date"] == "2021-03-12"


def test_a_news_lead_opening_with_its_date_dates_the_post(tmp_path):
    "Regression: a long lead paragraph opening 'วันพุธที่ 25 "
    "มกราคม 2566 นาย…' was too long to be a dateline."
    assert read_text_record(tmp_path, NEWS_LEAD)["date"] == "2023-01-25"


def test_a_date_inside_a_long_line_is_not_its_dateline(tmp_path):
    """A long header line that only mentions a date further in is prose, not the post's dateline."""
    text = NEWS_LEAD.replace("วันพุธที่ 25 มกราคม 2566 นาย", "นาย").replace("เพื่อถอดบทเรียน",
                                                                          "เมื่อวันที่ 25 มกราคม 2566 เพื่อถอดบทเรียน")
    assert read_text_record(tmp_path, text)["date"] is None


OWN_TEASER = ("สำนักงานพัฒนาชุมชนอำเภอกันทรลักษ์\n"
              "หน้าแรก\n"
              "ข่าวสาร\n"
              "องค์ความรู้\n"
              "การแปรรูปผลไม้ของกลุ่มแม่บ้านเกษตรกร 28/07/2021 | โดย "
              "นางสาวกนกวรรณ ทองคำ\n"
              "องค์ความรู้\n"
              "การแปรรูปผลไม้ของกลุ่มแม่บ้านเกษตรกร\n"
              "ชื่อองค์ความรู้ การแปรรูปผลไม้ของกลุ่มแม่บ้านเกษตรกร "
              "เจ้าของความรู้ นางสาวกนกวรรณ ทองคำ ตำแหน่ง "
              "นักวิชาการพัฒนาชุมชนปฏิบัติการ สังกัด "
              "สำนักงานพัฒนาชุมชนอำเภอกันทรลักษ์ จังหวัดศรีสะเกษ โทร 045 "
              "661 234 ขั้นตอน 1. รวมกลุ่มแม่บ้าน 2. คัดเลือกผลไม้ 3. "
              "แปรรูปและบรรจุหีบห่อ\n")


def _shown_as_cp1252(text: str, undefined: str) -> str:
    """UTF-8 bytes read as Windows-1252, as a browser or editor does: the five bytes it has no character for dropped
    (undefined="drop") or kept as C1 controls (undefined="keep")."""
    data = text.encode("utf-8")
    if undefined == "drop":
        return data.decode("cp1252", errors="ignore")
    return "".join(chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252")
                   for byte in data)


def test_a_listing_posts_own_teaser_with_a_numeric_date_dates_it(tmp_path):
    """Regression: 'TITLE 28/07/2021 | โดย NAME' over the post's title line, the title read from the form below,
    gave no date (a teaser's date was read only with a month's name)."""
    assert read_text_record(tmp_path, OWN_TEASER)["date"] == "2021-07-28"


def test_the_own_teaser_dates_a_utf8_listing_read_as_cp1252(tmp_path):
    """Regression: the same listing saved as UTF-8 read as Windows-1252 (bytes without a character dropped, or
    kept as C1 controls) reads back whole and is dated by its teaser."""
    for undefined in ("drop", "keep"):
        record = read_text_record(tmp_path, _shown_as_cp1252(OWN_TEASER, undefined))
        assert (record["title"], record["date"]) == ("การแปรรูปผลไม้ของกลุ่มแม่บ้านเกษตรกร", "2021-07-28")


def test_another_posts_teaser_does_not_date_the_record(tmp_path):
    """A teaser of another post (its title not the record's) above the title is that post's, not this one's."""
    text = OWN_TEASER.replace("การแปรรูปผลไม้ของกลุ่มแม่บ้านเกษตรกร 28/07/2021", "การเลี้ยงไก่ไข่อารมณ์ดี 28/07/2021")
    assert read_text_record(tmp_path, text)["date"] is None
