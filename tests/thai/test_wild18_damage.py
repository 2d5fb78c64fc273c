"""Marks moved past their consonant with no space after them, through a whole story book page (a few words left
whole: ใหม่, บ้าน): the damage shows where a mai han akat stands with no final consonant after it (วนัแรก, นงั่เงยีบ),
so the moves are read back (regression: no space after a move meant no sign of damage, and nothing was repaired)."""

import re

from tests.conftest import read_text_record

MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
TITLE = "ห้องเรียนกลางลานวัดของเยาวชนรุ่นใหม่"
BODY = ("เยาวชนรุ่นนี้เป็นคนหนุ่มสาวที่กลับบ้านมาช่วยพ่อแม่ทำสวน วันแรกทุกคนนั่งเงียบ ทีมงานจึงย้ายห้องเรียนไปที่ลานวัด"
        "แล้วให้แต่ละคนเล่าเรื่องของตัวเอง")


def moved_on(text: str) -> str:
    """Each run of marks printed after the consonant that follows its own, as a PDF's text layer shows them."""
    return re.sub(f"([ก-ฮ])([{MARKS}]+)([ก-ฮ])", lambda m: m.group(1) + m.group(3) + m.group(2), text)


def test_a_page_whose_marks_all_moved_on_with_no_space_is_read_back(tmp_path):
    page = "\n".join(["AnyFlip", "เรื่องเล่าจากศูนย์ เล่ม 3", "Published by kmcddudon, 2023-05-02 10:11:12",
                      moved_on(TITLE), moved_on(BODY) + "...", moved_on(BODY), ""])
    assert moved_on(TITLE) != TITLE
    assert read_text_record(tmp_path, page)["title"] == TITLE


def test_clean_text_with_the_same_words_is_left_alone(tmp_path):
    page = "\n".join(["AnyFlip", "เรื่องเล่าจากศูนย์ เล่ม 3", TITLE, BODY, BODY, ""])
    record = read_text_record(tmp_path, page)
    assert record["title"] == TITLE
    assert not any("moved" in warning for warning in record["warnings"])
