"""Steps and outcomes where forms hide them (issue #10, wild-sections-9): steps opened by a step word and number
(ขั้นตอนที่ ๑ …) under a heading that is not a steps heading, with numbered sub-items inside a step; a steps
heading and an outcomes heading told inside one paragraph; an outcome's quantity on its heading's line under a
byline. Records invented, and one fixture of tests/fixtures."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import read_text_record

FIXTURES = Path(__file__).parents[1] / "fixtures"
GOLD = Path(__file__).parents[1] / "gold"
OWNER = ("ชื่อองค์ความรู้ การทำปุ๋ยหมักจากฟางข้าว\nเจ้าของความรู้ นางสาวมาลี ดอกไม้\n"
         "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ\nสังกัด สำนักงานพัฒนาชุมชนอำเภอบ้านแพง จังหวัดนครพนม\n")


def _gold(name: str, record_id: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))["records"][record_id]


def test_steps_opened_by_a_step_word_are_the_steps_and_numbered_lines_inside_belong_to_their_step(tmp_path):
    text = (OWNER + "\nแก่นความรู้\n"
            "ขั้นตอนที่ 1 เตรียมฟางข้าว\nฟางที่ใช้มี 2 แบบ\n1. ฟางใหม่\n2. ฟางเก่า\n"
            "ขั้นตอนที่ 2 หมักฟางกับมูลวัว\nรดน้ำให้ชุ่มทุกวัน\n"
            "ขั้นตอนที่ 3 กลับกองทุกสัปดาห์\n")
    got = read_text_record(tmp_path, text)
    assert got["steps"] == ["เตรียมฟางข้าว ฟางที่ใช้มี 2 แบบ ฟางใหม่ ฟางเก่า",
                            "หมักฟางกับมูลวัว รดน้ำให้ชุ่มทุกวัน", "กลับกองทุกสัปดาห์"]


def test_the_step_word_steps_of_a_blog_post_under_its_knowledge_assets_heading():
    from kmgraph.extract.records import parse_record

    record = parse_record(FIXTURES / "wild-4" / "kmtitleby_1.txt")
    want = [step["starts"] for step in _gold("wild-4", "kmtitleby_1")["steps"]]
    assert len(record.steps) == len(want) == 3
    for step, starts in zip(record.steps, want, strict=True):
        assert step.text.startswith(starts)
    assert "แบบสำรวจข้อมูลรายครัวเรือน" in record.steps[0].text  # the ๑. sub-item stays with its step


def test_a_steps_heading_and_an_outcomes_heading_told_in_one_paragraph(tmp_path):
    text = (OWNER + "\nเนื้อเรื่อง กลุ่มเคยเผาฟางทิ้งทุกปี ผู้เขียนจึงชวนสมาชิกทำปุ๋ยหมัก ขั้นตอนการดำเนินงาน "
            "1.ประชุมสมาชิกกลุ่ม 2.สาธิตการหมักฟาง 3.ติดตามผลทุกเดือน ผลการดำเนินงาน สมาชิก 25 ครัวเรือน"
            "เลิกเผาฟาง ลดค่าปุ๋ยได้ 1,500 บาทต่อไร่\n")
    got = read_text_record(tmp_path, text)
    assert got["steps"] == ["ประชุมสมาชิกกลุ่ม", "สาธิตการหมักฟาง", "ติดตามผลทุกเดือน"]
    assert got["outcomes"] == ["สมาชิก 25 ครัวเรือนเลิกเผาฟาง ลดค่าปุ๋ยได้ 1,500 บาทต่อไร่"]


def test_the_blog_list_paragraph_of_wild_3():
    from kmgraph.extract.records import parse_record

    record = parse_record(FIXTURES / "wild-3" / "kmbloglist_1.txt")
    gold = _gold("wild-3", "kmbloglist_1")
    for kind in ("steps", "outcomes"):
        got = getattr(record, kind)
        assert len(got) == len(gold[kind]), (kind, [item.text for item in got])
        for item, want in zip(got, gold[kind], strict=True):
            assert item.text.startswith(want["starts"])


def test_one_heading_word_in_prose_is_not_a_section(tmp_path):
    text = (OWNER + "\nเนื้อเรื่อง กลุ่มเคยเผาฟางทิ้งทุกปี ผลการดำเนินงาน ของกลุ่มในปีก่อนไม่ดีนัก "
            "ผู้เขียนจึงชวนสมาชิกทำปุ๋ยหมักแทนการเผา\n")
    got = read_text_record(tmp_path, text)
    assert got["outcomes"] == []


def test_an_outcomes_quantity_on_its_headings_line_under_a_byline_is_counted(tmp_path):
    tail = ("1. รวมกลุ่มแม่บ้านที่สนใจ\n2. ฝึกทำน้ำพริกแกงตามสูตร\n3. หาตลาดจำหน่าย\n"
            "ผลที่ได้รับ ยอดขายเพิ่มขึ้น 35,000 บาท\n")
    got = read_text_record(tmp_path, "การทำน้ำพริกแกงส่งขาย\nโดย นางบุญมี ศรีสุข พัฒนากรปฏิบัติการ\n" + tail)
    assert got["outcomes"] == ["ยอดขายเพิ่มขึ้น 35,000 บาท"]
    assert {"value": 35000, "unit": "บาท"} in [{"value": q["value"], "unit": q["unit"]} for q in got["quantities"]]


def test_steps_told_in_order_words_inside_a_paragraph_and_the_outcome_stated_after_them(tmp_path):
    text = (OWNER + "\nเนื้อเรื่อง กลุ่มเคยเผาฟางทิ้งทุกปี ขั้นตอนแรก ผู้เขียนชวนสมาชิกประชุมหารือ ต่อมา "
            "สาธิตการหมักฟางกับมูลวัว จากนั้น แบ่งสมาชิกเป็นทีมดูแลกองปุ๋ย สุดท้าย ติดตามผลทุกเดือน "
            "ผลที่ได้รับคือ สมาชิกเลิกเผาฟางทั้งหมด\n")
    got = read_text_record(tmp_path, text)
    assert got["steps"] == ["ผู้เขียนชวนสมาชิกประชุมหารือ", "สาธิตการหมักฟางกับมูลวัว",
                            "แบ่งสมาชิกเป็นทีมดูแลกองปุ๋ย", "ติดตามผลทุกเดือน"]
    assert got["outcomes"] == ["สมาชิกเลิกเผาฟางทั้งหมด"]


def test_then_and_finally_in_a_story_without_a_first_step_are_not_steps(tmp_path):
    text = (OWNER + "\nเนื้อเรื่อง กลุ่มเคยเผาฟางทิ้งทุกปี ต่อมา ผู้ใหญ่บ้านชวนสมาชิกทำปุ๋ยหมัก "
            "สุดท้าย ทุกคนเห็นด้วย\n")
    assert read_text_record(tmp_path, text)["steps"] == []


def test_a_record_date_field_wins_over_an_event_month_above_or_below_it(tmp_path):
    body = "\nขั้นตอนการดำเนินงาน\n1. ประชุมกลุ่ม\n2. ลงมือทำ\n"
    for lines in (("เหตุการณ์เกิดขึ้นเมื่อ พฤษภาคม 2560", "วันที่บันทึก 3 มิถุนายน 2561"),
                  ("วันที่บันทึก 3 มิถุนายน 2561", "เหตุการณ์เกิดขึ้นเมื่อ พฤษภาคม 2560")):
        assert read_text_record(tmp_path, OWNER + "\n".join(lines) + "\n" + body)["date"] == "2018-06-03"
