"""A unit form's category block (issue #10, round 11): a heading (๒. หมวดองค์ความรู้) over one option to a line,
the chosen one marked by a trailing "/" (or ✓, [X], ■, (/) after it, or a ticked box before it). Invented record
(own words, invented people, a real district/province pair)."""

from __future__ import annotations

import pytest

from tests.conftest import read_text_record

FORM = ("แบบบันทึกองค์ความรู้ (Knowledge Management)\n"
        "สำนักงานพัฒนาชุมชนอำเภอพรเจริญ จังหวัดบึงกาฬ\n"
        "๑. ชื่อองค์ความรู้ การบริหารจัดการกองทุนหมู่บ้านอย่างโปร่งใส\n"
        "๒. หมวดองค์ความรู้\n"
        "หมวดที่ ๑ ส่งเสริมการพัฒนาเศรษฐกิจฐานราก\n"
        "หมวดที่ ๒ เสริมสร้างความเข้มแข็งของผู้นำชุมชน\n"
        "หมวดที่ ๓ เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล /\n"
        "หมวดที่ ๔ การบริหารจัดการชุมชน\n"
        "๓. ชื่อเจ้าของความรู้ นางบุญเรือน สายทอง\n"
        "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ\n"
        "สังกัด สำนักงานพัฒนาชุมชนอำเภอพรเจริญ จังหวัดบึงกาฬ\n"
        "โทรศัพท์ ๐๘๙ ๑๒๓ ๔๕๖๗\n"
        "๔. ความเป็นมา\n"
        "กองทุนหมู่บ้านบ้านดอนเสียดมีสมาชิก ๑๒๐ ครัวเรือน คณะกรรมการจัดทำบัญชีและรายงานต่อที่ประชุมทุกเดือน\n"
        "๕. ขั้นตอนการดำเนินงาน\n"
        "๑. ประชุมคณะกรรมการ\n"
        "๒. จัดทำบัญชีรายรับรายจ่าย\n"
        "๓. รายงานผลต่อสมาชิก\n")
CHOSEN = "หมวดที่ ๓ เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล"


def test_the_option_line_marked_by_a_trailing_slash_is_the_category(tmp_path):
    """Regression: the lines were joined without a space (ฐานรากหมวดที่ ๒), so only the first option number was
    seen and the three lines up to the mark were read as the category."""
    assert read_text_record(tmp_path, FORM)["category"] == CHOSEN


@pytest.mark.parametrize("mark", [" ✓", " (/)", " [X]", " ■"])
def test_other_marks_after_the_option_line(tmp_path, mark):
    """Regression: a chosen option line closed by (/), [X] or ■ was not told from the others."""
    text = FORM.replace("ธรรมาภิบาล /", "ธรรมาภิบาล" + mark)
    assert read_text_record(tmp_path, text)["category"] == CHOSEN


@pytest.mark.parametrize("box", ["[X] ", "■ ", "(/) "])
def test_a_box_before_the_option_line(tmp_path, box):
    text = FORM.replace("ธรรมาภิบาล /", "ธรรมาภิบาล").replace("หมวดที่ ๓", box + "หมวดที่ ๓")
    assert read_text_record(tmp_path, text)["category"] == CHOSEN


def test_two_marked_lines_choose_none_of_them(tmp_path):
    """Two option lines marked: no one chosen option (the field is read as written, not one guessed)."""
    text = FORM.replace("ฐานราก\n", "ฐานราก /\n")
    assert read_text_record(tmp_path, text)["category"] != CHOSEN
