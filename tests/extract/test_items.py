from kmgraph.extract.items import is_placeholder, join_parts, split_items
from kmgraph.model import Line


def lines(text: str) -> list[Line]:
    out, pos = [], 0
    for part in text.split("\n"):
        out.append(Line(pos, part))
        pos += len(part) + 1
    return out


def texts(text: str, **kw) -> list[str]:
    return [item.text for item in split_items(lines(text), **kw)]


def test_numbered_items_with_wrapped_lines_and_odd_numbering():
    text = "บทนำของรายการ\n๑. ประสานหน่วยงาน สนับสนุนด้าน\nวิชาการ วัสดุ\n๓. ประชุม\n๓. ติดตาม\n"
    assert texts(text) == ["ประสานหน่วยงาน สนับสนุนด้านวิชาการ วัสดุ", "ประชุม", "ติดตาม"]


def test_sub_items_stay_with_their_parent():
    text = "1) สนับสนุนการรวมกลุ่ม ดังนี้\n - ก๑ : กลุ่ม/สมาชิก\n - ก๒ : กรรมการ\n2) ประชุม\n - ๒.๑ ย่อย\n"
    assert texts(text) == ["สนับสนุนการรวมกลุ่ม ดังนี้ ก๑ : กลุ่ม/สมาชิก ก๒ : กรรมการ", "ประชุม ๒.๑ ย่อย"]


def test_multi_level_numbers_and_bullets():
    assert texts("๖.๓.๑.การมีส่วนร่วม\n๖.๓.๒.ติดตาม") == ["การมีส่วนร่วม", "ติดตาม"]
    assert texts(" -น้อมนำหลักการ\n -สร้างแรงจูงใจ") == ["น้อมนำหลักการ", "สร้างแรงจูงใจ"]


def test_paragraphs_when_there_is_no_list():
    assert texts("ย่อหน้าแรก\nต่อ\n\nย่อหน้าสอง") == ["ย่อหน้าแรกต่อ", "ย่อหน้าสอง"]
    assert texts("ย่อหน้าแรก", lists_only=True) == []


def test_placeholders_are_no_items():
    assert texts("-") == [] and texts(".....") == [] and texts("ไม่มี") == []
    assert is_placeholder(" - ") and not is_placeholder("- ข้อ")


def test_joining_keeps_a_space_between_latin_and_thai():
    assert join_parts([(0, "ใช้ YouTube"), (10, "เป็นต้น")]) == "ใช้ YouTube เป็นต้น"
    assert join_parts([(0, "วิทยุ"), (6, "ชุมชน")]) == "วิทยุชุมชน"


def test_a_line_ending_in_paiyannoi_is_not_a_word_wrapped():
    """ฯ ends an abbreviation as a full stop does (one THAI_LETTER, extract/letters.py, without it)."""
    assert join_parts([(0, "กรุงเทพฯ"), (9, "และปริมณฑล")]) == "กรุงเทพฯ และปริมณฑล"


def test_item_spans_point_at_their_text():
    text = "บทนำ\n๑. ประชุม\n๒. ติดตาม"
    first = split_items(lines(text))[0]
    assert text[first.start:first.end] == "ประชุม"
