"""Dates in layouts unseen records showed (issue #10, round 11): a district site's listing page whose post stamp
(วันที่ D/M/YYYY | อ่าน N ครั้ง) stands under the post's title line while the title is read from the form's title
field below it, and a news post whose lead paragraph opens with its date. Invented records (own words, invented
people, real district/province pairs)."""

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
