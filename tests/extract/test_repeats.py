"""A repeated line's key: compact, without the page number at its end, whatever whitespace the number sits in."""

from kmgraph.extract.repeats import line_key, repeated_lines


def test_line_key_drops_a_page_number_after_any_whitespace():
    assert line_key("  บันทึกองค์ความรู้ สพจ.ชัยภูมิ ๑๒ ") == "บันทึกองค์ความรู้สพจ.ชัยภูมิ"
    assert line_key("บันทึกองค์ความรู้\u3000 12\u00a0") == "บันทึกองค์ความรู้"  # ideographic and no-break spaces
    assert line_key("ปี ๒๕๖๓ หน้า") == "ปี2563หน้า"  # digits inside the line stay
    assert line_key("๑๒ 3") == ""


def test_running_heads_with_their_page_numbers_repeat():
    text = "ชุมชนเข้มแข็ง 1\nเนื้อเรื่อง\nชุมชนเข้มแข็ง\u00a02\nชุมชนเข้มแข็ง ๓"
    assert repeated_lines(text) == frozenset({"ชุมชนเข้มแข็ง"})
