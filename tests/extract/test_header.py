"""The header's lines (extract/header.py): which of them are a wrapped paragraph's prose."""
from __future__ import annotations

from tests.conftest import read_text_record

STORY = ("เช้าวันนั้นสมาชิกกลุ่มเลี้ยงผึ้งยี่สิบกว่าคนมารวมกันที่ศาลากลางบ้าน เพื่อฟังวิธีแยกรังผึ้งจากปราชญ์ของหมู่บ้าน\n"
         "หลังจากนั้นทุกคนได้ลองแยกรังด้วยตนเอง และตกลงกันว่าจะขายน้ำผึ้งในชื่อเดียวกันภายใต้ตราของกลุ่ม\n")


def test_a_headline_stacked_over_its_paragraph_with_no_blank_line_is_the_title(tmp_path):
    """Regression: a page with no blank lines made its site name, menu, date and headline one 'paragraph' with the
    story below them, so the headline was prose and the record had no title."""
    got = read_text_record(tmp_path, "สำนักงานพัฒนาชุมชนจังหวัดน่าน\nหน้าแรก | ข่าวสาร | องค์ความรู้\n3 ก.พ. 2566\n"
                                     "ส่งเสริมการเลี้ยงผึ้งโพรงให้กลุ่มเกษตรกรบ้านนาหนุน\n" + STORY)
    assert got["title"] == "ส่งเสริมการเลี้ยงผึ้งโพรงให้กลุ่มเกษตรกรบ้านนาหนุน"


def test_a_two_line_headline_under_a_series_head_with_no_blank_line_is_the_title(tmp_path):
    got = read_text_record(tmp_path, "เรื่องเล่าจากพัฒนากร\nเมื่อกลุ่มเลี้ยงผึ้งบ้านนาหนุน\nตั้งชื่อตราสินค้าของตัวเอง\n" + STORY)
    assert got["title"] == "เมื่อกลุ่มเลี้ยงผึ้งบ้านนาหนุน ตั้งชื่อตราสินค้าของตัวเอง"


def test_a_paragraph_set_off_by_blank_lines_stays_prose_from_its_short_first_line(tmp_path):
    """A paragraph's first line may be short (its indent was dropped): it is still the story, not a title."""
    got = read_text_record(tmp_path, "“การตั้งตราสินค้าของกลุ่มเลี้ยงผึ้ง”\n\nกลุ่มเลี้ยงผึ้งบ้านนาหนุนมีสมาชิก 24 คน\n" + STORY
                           + "\nขั้นตอนการดำเนินงาน\n1. แยกรังผึ้ง\n2. ตั้งชื่อตราสินค้า\n")
    assert got["title"] == "การตั้งตราสินค้าของกลุ่มเลี้ยงผึ้ง"
    assert {"value": 24, "unit": "คน"}.items() <= next(
        (q for q in got["quantities"] if q["value"] == 24), {}).items()
