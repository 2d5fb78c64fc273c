"""A closing ” typed on Windows in a TIS-620 text shown as Mac Roman (î) is read as the quote, not as the Mac Thai mark
it also stands for, when the words read as well either way: fewer, longer words win (regression: a quoted title read
"…มังคุดิ" and "…บ้านิ", the closing quote taken as sara i)."""

import pytest

from kmgraph.readers.mojibake import repair_mojibake


def _shown_as_mac_roman(text: str) -> str:
    return text.encode("cp874").decode("mac_roman")


@pytest.mark.parametrize("line", [
    "องค์ความรู้ เรื่อง “การทำสีย้อมผ้าจากเปลือกมังคุด”",
    "ชื่อเรื่อง “ปลูกผักกินเองที่บ้าน”",
    "เจ้าของความรู้ “กลุ่มทอผ้าบ้านนาดี”",
])
def test_a_closing_quote_after_a_word_reads_as_the_quote(line):
    text = _shown_as_mac_roman(line) + "\n" + _shown_as_mac_roman("ผู้บันทึก นางสาวมาลี ใจงาม") + "\n"
    repaired, _ = repair_mojibake(text)
    assert repaired.split("\n")[0] == line


def test_a_mark_inside_a_word_stays_a_mark():
    line = "ชาวบ้านปลูกผักกินเองทุกครัวเรือน"
    repaired, _ = repair_mojibake(_shown_as_mac_roman(line) + "\n")
    assert repaired.split("\n")[0] == line


def test_a_closing_quote_ending_a_line_above_more_text_reads_as_the_quote():
    line = "องค์ความรู้ เรื่อง “การย้อมผ้าทอมือด้วยสีจากใบมะม่วงและเปลือกมังคุด”"
    text = _shown_as_mac_roman(line) + "\n" + _shown_as_mac_roman("เจ้าของความรู้ นางวรรณา สุขประเสริฐ") + "\n"
    repaired, _ = repair_mojibake(text)
    assert repaired.split("\n")[0] == line
