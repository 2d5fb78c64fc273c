"""Issue #10, round 2 of session 11's Thai repairs for held-out sets 59-63 (each seen failing first): a person's
name whose marks extraction moved past their consonant, on a page whose marks moved everywhere, and that Thai
cannot write as printed (a vowel then sara aa on one consonant, พลิา; a karan before a vowel, ษช์า): its vowels
above move back too, and its given name's move is made where the name lists read both spellings alike (สรุ/สุร)."""

from __future__ import annotations

from tests.conftest import read_text_record

# a pubhtml5 form in one line, every mark moved past its consonant (ชอื่, กลมุ่, ตาแหนง่)
FORM_ONE_LINE = (
    "pubhtml5\n"
    "Home Explore Upload\n"
    "KM พช.ยโสธร 2565\n"
    "Published by cddyasothon, 2022-08-11 10:12:40\n"
    "Read the Text Version\n"
    "- 7 - แบบบนัทกึองคค์วามรรู้ายบคุคล 1. ชอื่องคค์วามรู้ การเลยี้งไก่พนื้บา้นของกลมุ่บ้านหนองแก"
    " 2. ชอื่-สกลุ นายสรุศกัดิ์ ทองพลิา ตาแหนง่นกัวชิาการพฒันาชมุชนชานาญการ"
    " สงักดัสานกังานพฒันาชมุชนอาเภอคาเขื่อนแก้ว จงัหวดัยโสธร โทร 081-5526174"
    " 3. หมวดองคค์วามรู้ ด้านการสง่เสรมิเศรษฐกจิชมุชน 4. ความเปน็มา ชาวบ้านเลยี้งไกไ่วก้นิเองทกุบา้น"
    " 5. ขนั้ตอนการดาเนนิงาน 5.1 สรา้งโรงเรอืนจากไมไ้ผ่ 5.2 ให้อาหารวนัละสองครงั้\n"
)

# an AnyFlip cover, marks moved, the author's family name with a karan before a vowel (ษช์า) and a vowel above moved
COVER = (
    "AnyFlip\n"
    "Home Explore\n"
    "ครัวเรือนต้นแบบ เลิงนกทา\n"
    "Published by loengnoktha_cdd, 2023-03-14 15:20:11\n"
    "\n"
    "ความสำเรจ็ของครวัเรอืนตน้แบบ\n"
    "การปลกูผกัสวนครวัรอบบ้าน\n"
    "นางบวัใบ ศรพีงษช์าติ\n"
    "บ้านสามแยก หมทู่ี่ ๔ ตำบลสามแยก\n"
    "อำเภอเลงินกทา จงัหวดัยโสธร\n"
    "สำนกังานพฒันาชมุชนอำเภอเลงินกทา\n"
    "คำนำ\n"
    "หนงัสอืเลม่นบี้ันทกึวธิีทคี่รอบครวัหนงึ่ปลกูผกัรอบบ้าน จนขายไดป้ีละ ๑๒,๐๐๐ บาท\n"
)


def test_a_name_that_thai_cannot_write_has_its_vowels_above_moved_back(tmp_path):
    author = read_text_record(tmp_path, FORM_ONE_LINE)["author"]
    assert (author["given_name"], author["family_name"]) == ("สุรศักดิ์", "ทองพิลา")


def test_a_karan_before_a_vowel_shows_the_name_moved(tmp_path):
    author = read_text_record(tmp_path, COVER)["author"]
    assert (author["given_name"], author["family_name"]) == ("บัวใบ", "ศรีพงษ์ชาติ")
