"""Dates, categories and unlabelled steps in more layouts (issue #10, wild-sections-8): a byline with a numeric
date, a closing date above a page's links, a Word form's last-line date, a month-only record date, tick boxes
listed on one line, a numbered list right under a byline and a heading run on with its value. Records invented."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import read_text_record

OWNER = ("ชื่อองค์ความรู้ การทำปุ๋ยหมักจากฟางข้าว\nเจ้าของความรู้ นางสาวมาลี ดอกไม้\n"
         "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ\nสังกัด สำนักงานพัฒนาชุมชนอำเภอบ้านแพง จังหวัดนครพนม\n")
BODY = "\nขั้นตอนการดำเนินงาน\n1. ประชุมกลุ่ม\n2. ลงมือทำ\nผลที่ได้รับ\nสมาชิกมีรายได้เพิ่มขึ้น\n"
CATEGORIES = ["หมวดที่ 1 สร้างสรรค์ชุมชนพึ่งตนเองได้", "หมวดที่ 2 ส่งเสริมเศรษฐกิจฐานรากให้ขยายตัวอย่างสมดุล",
              "หมวดที่ 3 เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล", "หมวดที่ 4 เสริมสร้างองค์กรให้มีขีดสมรรถนะสูง"]
WILD_4 = Path(__file__).parents[1] / "fixtures" / "wild-4"


def test_a_byline_with_a_numeric_date_after_a_bar_dates_the_post_under_the_title(tmp_path):
    text = ("ข่าวประชาสัมพันธ์\nการทำเทียนหอมจากไขถั่วเหลือง\nโดย admin | 03/01/2020\nการเลี้ยงปลาในบ่อดิน\n"
            "โดย admin | 22/06/2021\nนายสมชาย ใจดี ตำแหน่ง พัฒนากร\n" + BODY)
    got = read_text_record(tmp_path, text)
    assert got["title"] == "การเลี้ยงปลาในบ่อดิน"
    assert got["date"] == "2021-06-22"


def test_a_closing_date_line_above_a_pages_links_is_the_record_date(tmp_path):
    got = read_text_record(tmp_path, OWNER + BODY + "บันทึกเมื่อ 3 สิงหาคม 2565\nความคิดเห็น\nแชร์หน้านี้\n")
    assert got["date"] == "2022-08-03"
    assert got["outcomes"] == ["สมาชิกมีรายได้เพิ่มขึ้น"]


def test_a_date_alone_on_a_forms_last_line_with_thai_digits_closes_the_record(tmp_path):
    got = read_text_record(tmp_path, OWNER + BODY + "\n\nวันที่ ๙ ก.ย. ๒๕๖๕\n")
    assert got["date"] == "2022-09-09"
    assert got["outcomes"] == ["สมาชิกมีรายได้เพิ่มขึ้น"]


def test_a_month_and_year_after_a_record_date_label_is_the_date_to_the_month(tmp_path):
    got = read_text_record(tmp_path, OWNER + "บันทึกเมื่อ พฤษภาคม 2560\n" + BODY)
    assert got["date"] == "2017-05"
    igetweb = read_text_record(tmp_path, (WILD_4 / "igetweb_1.txt").read_text(encoding="utf-8"))
    assert igetweb["date"] == "2017-05"
    # an event's month (เหตุการณ์เกิดขึ้นเมื่อ …) is not the record's
    got = read_text_record(tmp_path, OWNER + "เหตุการณ์เกิดขึ้นเมื่อ พฤษภาคม 2560\n" + BODY)
    assert got["date"] is None


def test_a_month_only_date_is_typed_as_a_year_and_month_in_the_graph(tmp_path):
    from kmgraph.extract.records import parse_record
    from kmgraph.rdf.mapping import record_triples

    path = tmp_path / "record.txt"
    path.write_text(OWNER + "บันทึกเมื่อ พฤษภาคม 2560\n" + BODY, encoding="utf-8")
    triples = "\n".join(map(str, record_triples(parse_record(path))))
    assert '"2017-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>' in triples


def test_the_ticked_box_among_options_on_one_tab_separated_row_is_the_category(tmp_path):
    for ticked, empty in (("■", "□"), ("☑", "☐"), ("[x]", "[ ]"), ("\uf0fe", "\uf0a8")):
        row = "\t".join(f"{ticked if index == 2 else empty} {name}" for index, name in enumerate(CATEGORIES))
        got = read_text_record(tmp_path, OWNER + "หมวดองค์ความรู้\t" + row + "\n" + BODY)
        assert got["category"] == CATEGORIES[2], (ticked, got["category"])


def test_a_numbered_list_right_under_a_byline_is_the_steps_and_a_run_on_heading_an_outcome(tmp_path):
    tail = ("1. รวมกลุ่มแม่บ้านที่สนใจ\n2. ฝึกทำน้ำพริกแกงตามสูตร\n3. หาตลาดจำหน่าย\n"
            "ผลที่ได้รับ ยอดขายเพิ่มขึ้น 35,000 บาท\n")
    steps = ["รวมกลุ่มแม่บ้านที่สนใจ", "ฝึกทำน้ำพริกแกงตามสูตร", "หาตลาดจำหน่าย"]
    for head in ("การทำน้ำพริกแกงส่งขาย\nโดย นางบุญมี ศรีสุข พัฒนากรปฏิบัติการ\n",
                 "การทำน้ำพริกแกงส่งขาย\nนางบุญมี ศรีสุข\nตำแหน่ง พัฒนากรปฏิบัติการ\n"
                 "สำนักงานพัฒนาชุมชนอำเภอเมืองยโสธร จังหวัดยโสธร\n"):
        got = read_text_record(tmp_path, head + tail)
        assert got["steps"] == steps
        assert got["outcomes"] == ["ยอดขายเพิ่มขึ้น 35,000 บาท"]
