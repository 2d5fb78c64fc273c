"""Damage of held-out sets 34-39 the first round left (each seen failing first): a font's dropped low tone marks
in text whose marks the PDF layer also moved past their consonant (ครวัเรอื นตนแบบ, หมทู่ี่): the re-read of the
dropped marks waits for the moves, which otherwise hide its words (นไมไผ) or lend it a moved mark (ห่มทู่ี่)."""

import re

from tests.conftest import read_text_record
from tests.thai.repaired import repaired_text

MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"


def moved_on(text: str) -> str:
    """Each run of marks printed after the consonant that follows its own, as a PDF's text layer shows them."""
    return re.sub(f"([ก-ฮ])([{MARKS}]+)([ก-ฮ])", lambda m: m.group(1) + m.group(3) + m.group(2), text)


def dropped(text: str) -> str:
    """The text with its low tone marks lost on consonants without a vowel above, as a font's glyphs drop them."""
    return re.sub("(?<=[ก-ฮุู])[่้]", "", text)


# as a flipbook's text layer prints them: marks moved on, low tones dropped, a space after a syllable the move
# left open (เรอื น), sara am's nikhahit after its sara aa (สาํ)
TITLE = ["ผลสาํเรจ็ของครวัเรอื นตนแบบ", "การเพาะเหด็ นางรมในโรงเรอื นไมไผ"]
OWNER = "นางบุญมี ศรีสุข"
ADDRESS = "บานนาดี หมทู่ี่ 3 ตาํบลบานแกง อาํเภอนาแก"
BODY = ["ครัวเรือนนี้ทำนาอย่างเดียวหลายปี เมื่อได้เข้าร่วมโครงการจึงสร้างโรงเรือนไม้ไผ่ข้างบ้าน",
        "ขั้นตอนการทำงาน", "1. ตัดไม้ไผ่ในสวนแล้วทำโครงโรงเรือนแล้วมุงหลังคาด้วยหญ้าคา",
        "2. ซื้อก้อนเชื้อเห็ดจากฟาร์มในหมู่บ้านและให้น้ำทุกเช้าเย็น",
        "3. เก็บเห็ดขายให้ร้านค้าในตลาดทุกวันได้เงินใช้ในครัวเรือน"]


def page() -> str:
    return "\n".join(["AnyFlip", "ครัวเรือนต้นแบบ อำเภอนาแก", "Published by cddnakae, 2021-12-20 09:44:18",
                      *TITLE, OWNER, ADDRESS, *(moved_on(dropped(line)) for line in BODY), ""])


def test_dropped_tones_are_read_back_once_the_moved_marks_are_back(tmp_path):
    assert "ได" in page() and "ใช" in page() and "ให" in page()  # the common words show the tones dropped
    record = read_text_record(tmp_path, page())
    assert record["title"].startswith("ผลสำเร็จของครัวเรือนต้นแบบ การเพาะเห็ด")
    assert record["title"].endswith("นางรมในโรงเรือนไม้ไผ่")  # (นางรม: the mushroom, no honorific and a name)


def test_a_moved_tone_is_not_read_back_as_a_dropped_one_before_its_consonant():
    text = repaired_text(page())
    assert " หมู่ที่ 3 ตำบล" in text and "ห่ม" not in text


# a flipbook's text layer of a form, one line: marks moved on with a space after a vowel's move (รปู ), sara am
# dropped (ตาบล)
FORM = ("-3- แบบบนั ทึกองค์ความรรู้ะดบั บุคคล 1. ชอื่ องค์ความรู้ การแปรรปู ขนมกลว้ยตาก บ้านทงุ่ คา ตาบลนาแก "
        "อาเภอนาแก จงั หวดั นครพนม 2. ชอื่-สกลุ นางมาลยั ทองดี ตาแหนง่นักวชิาการพฒั นาชมุ ชนชานาญการ สงั กัด "
        "สานกั งานพฒั นาชมุ ชนอาเภอนาแก จงั หวดั นครพนม โทร 08 1234 5678 3. องค์ความรทู้ี่บง่ชี้ หมวดที่ 2 "
        "4. ทมี่าและความสาคญั กลว้ยนา้วาในหมบู่้านออกผลพรอ้มกนั ทุกปี ชาวบ้านขายไมท่ นั 5. ขนั้ ตอนการดาเนนิ งาน "
        "5.1 ชวนแมบ่้านตงั้ กลมุ่แปรรปู กลว้ย 5.2 ตากกลว้ยในตู้อบพลงั งานแสงอาทติย์ 5.3 ออกแบบถงุ และฉลาก")


def form_page() -> str:
    return "\n".join(["PubHTML5", "Home Explore KM นครพนม 2564", "", "Read the Text Version", "", FORM, ""])


def test_sara_am_is_read_back_once_the_moved_marks_are_back(tmp_path):
    record = read_text_record(tmp_path, form_page())
    assert " บ้านทุ่งคา " in record["title"]  # not ทุ่ง คำ: คา read alone, before the move's space was dropped


def test_a_family_name_a_move_split_is_read_whole(tmp_path):
    owner = "นางสมพร ภทู องคำ"  # ู moved past ท, and the move's space inside the family name
    page = "\n".join(["AnyFlip", "ครัวเรือนต้นแบบ อำเภอนาแก", "Published by cddnakae, 2021-12-20 09:44:18",
                      *TITLE, owner, ADDRESS, *(moved_on(dropped(line)) for line in BODY), ""])
    record = read_text_record(tmp_path, page)
    assert record["author"]["family_name"] == "ภูทองคำ"
