"""Damage of held-out sets 34-39 that the repairs left or made worse (regressions, each seen failing first):
a vowel below with its karan, or a karan alone, moved past the next consonant (พนั ธปุ์ลา, วงศท์องดี); tone marks
moved past their consonant counted as dropped, so the dictionary re-read added tones the text never lost
(พฒั นา → พัฒน่า); marks moved past their consonant read back as dropped ones (เรจ็ → เร็จ็)."""

import re

from tests.conftest import read_text_record

MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"


def moved_on(text: str) -> str:
    """Each run of marks printed after the consonant that follows its own, as a PDF's text layer shows them."""
    return re.sub(f"([ก-ฮ])([{MARKS}]+)([ก-ฮ])", lambda m: m.group(1) + m.group(3) + m.group(2), text)


def flipbook(title: list[str], owner: str, lines: list[str]) -> str:
    return "\n".join(["PubHTML5", "Home Explore ครัวเรือนต้นแบบ อำเภอนาแก", "", "Read the Text Version", "",
                      *title, owner, *lines, ""])


BODY = ["บ้านโพนทอง หมู่ที่ 2 ตำบลนาแก อำเภอนาแก จังหวัดนครพนม", "สำนักงานพัฒนาชุมชนอำเภอนาแก", "คำนำ",
        "ครัวเรือนของนายวิชัยทำนาอย่างเดียวมาหลายปี เมื่อได้เข้าร่วมโครงการจึงขุดบ่อเล็กข้างบ้านแล้วเลี้ยงปลาขาย",
        "ขั้นตอนการทำงาน", "1. ขุดบ่อแล้วปูพลาสติกให้เรียบร้อยก่อนปล่อยน้ำเข้าบ่อ",
        "2. ซื้อลูกปลาจากศูนย์ประมงมาเลี้ยงและให้อาหารทุกเช้าเย็น"]


def test_a_karan_moved_past_the_next_consonant_goes_back(tmp_path):
    title = ["ความสำเร็จของครัวเรือนต้นแบบ", "การเลี้ยงพันธุ์ปลานิลด้วยปุ๋ยอินทรีย์ในบ่อพลาสติก"]
    record = read_text_record(tmp_path, flipbook([moved_on(line) for line in title], moved_on("นายวิชัย วงศ์ชาติ"),
                                                 [moved_on(line) for line in BODY]))
    assert "ธปุ์" in moved_on(title[1]) and "รยี์" in moved_on(title[1])
    assert record["title"] == " ".join(title)


def test_a_karan_moved_past_the_next_consonant_of_a_name_goes_back(tmp_path):
    title = ["ความสำเร็จของครัวเรือนต้นแบบ", "การเลี้ยงปลาในบ่อพลาสติก"]
    record = read_text_record(tmp_path, flipbook([moved_on(line) for line in title], moved_on("นายวิชัย วงศ์ชาติ"),
                                                 [moved_on(line) for line in BODY]))
    assert "ศช์" in moved_on("วงศ์ชาติ")
    assert record["author"]["family_name"] == "วงศ์ชาติ"


def test_tones_moved_past_their_consonant_are_not_read_as_dropped(tmp_path):
    title = ["ความสำเร็จของครัวเรือนต้นแบบ", "โคก หนอง นา พัฒนาชุมชน"]
    body = [*BODY[:4], "เขาปลูกไม้ผลรอบบ่อและใช้น้ำจากบ่อรดผักสวนครัว", "ไม้ผลที่ปลูกไว้ใช้เวลาสามปีจึงเก็บขายได้",
            "ขั้นตอนการทำงาน", "1. ขุดบ่อเก็บน้ำไว้ใช้หน้าแล้ง", "2. ปลูกไม้ผลและผักสวนครัวรอบคันบ่อ"]
    page = flipbook([moved_on(line) for line in title], "นายวิชัย ปัดถาวะโร", [moved_on(line) for line in body])
    assert "ไมผ้ล" in page and "ใชน้" in page
    record = read_text_record(tmp_path, page)
    assert record["title"] == " ".join(title)
    assert record["author"]["family_name"] == "ปัดถาวะโร"


def dropped(text: str) -> str:
    """The text with its low tone marks lost on consonants without a vowel above, as a font's glyphs drop them."""
    return re.sub("(?<=[ก-ฮุู])[่้]", "", text)


def test_marks_moved_past_their_consonant_are_not_read_back_as_dropped_ones(tmp_path):
    title = ["ความสำเร็จของครัวเรือนต้นแบบ", "การเพาะเห็ดในโรงเรือนไม้ไผ่"]
    page = flipbook([moved_on(dropped(line)) for line in title], moved_on(dropped("นางคำปุน ภูกองไชย")),
                    [moved_on(dropped(line)) for line in BODY] * 2)
    assert "เรจ็" in page and "ตนแบบ" in page
    record = read_text_record(tmp_path, page)
    assert record["title"] == " ".join(title)
    assert record["author"]["family_name"] == "ภูกองไชย"
