"""Issue #10, round 2 of session 12's Thai repairs for held-out sets 69-71 (each seen failing first): a PDF whose
marks moved past their consonant with no space after them, so that every space after a moved mark stands between
words (แกว้ประเสรฐิ พฒันาการ, ขอ้มลู ณ) and is kept; a tone printed before its consonant's vowel after a bare
consonant (ไดร้ับ: ได้รับ, the tone moved); a vowel and tone printed before the next consonant's own like tone
(หนคี้้าง: หนี้ค้าง)."""

from __future__ import annotations

from pathlib import Path

from kmgraph.model import SourceText
from kmgraph.thai import normalize
from tests.conftest import read_text_record

# a Scribd page of a PDF whose marks moved past their consonant, no space left after them; sara am dropped too
SCRIBD = (
    "Scribd\n"
    "Upload  Read free for 30 days  Search\n"
    "1 of 3\n"
    "การจดัตงั้กองทนุปยุ๋ชมุชนบา้นหนองตะเคยีน\n"
    "นายวรีะพงษ์ ทองประเสรฐิ พฒันาการอาเภอบางพลี เลา่วา่สมาชกิกลมุ่ซอื้ปยุ๋แพงเพราะซอื้ทลีะนอ้ย จงึชวนกนั"
    "ลงหนุ้ซอื้ปยุ๋ครงั้ละมาก โทรศพัท์ 02-312-4476\n"
    "ขนั้ตอน\n"
    "1. สารวจหนคี้้างของสมาชกิทกุราย\n"
    "2. ลงหนุ้คนละ 300 บาท\n"
    "ผลที่ไดร้ับ\n"
    "กลมุ่มสีมาชกิ 48 ราย ทนุหมนุเวยีน 96,000 บาท\n"
    "ขอ้มลู ณ วนัที่ 8 กมุภาพนัธ์ 2564\n"
)


def _normalized(text: str) -> str:
    return normalize(SourceText(path=Path("record.txt"), text=text, encoding="utf-8"))[0].text


def test_a_space_after_moved_marks_between_words_is_kept(tmp_path):
    record = read_text_record(tmp_path, SCRIBD)
    assert (record["district"], record["province"]) == ("บางพลี", "สมุทรปราการ")
    assert record["office"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอบางพลี"
    assert record["date"] == "2021-02-08"
    text = _normalized(SCRIBD)
    assert "ทองประเสริฐ พัฒนาการอำเภอบางพลี เล่าว่า" in text
    assert "ข้อมูล ณ วันที่" in text


def test_a_tone_before_a_vowel_after_a_bare_consonant_is_the_bare_ones():
    assert "ผลที่ได้รับ" in _normalized(SCRIBD)


def test_a_vowel_and_tone_before_the_next_consonants_own_tone_go_back():
    assert "สำรวจหนี้ค้างของสมาชิก" in _normalized(SCRIBD)


# an AnyFlip page whose marks moved past their consonant, the family name's mai han-akat before a leading vowel
ANYFLIP_MOVED = (
    "AnyFlip\n"
    "Home  Explore  Upload\n"
    "ครัวเรือนต้นแบบ สูงเม่น\n"
    "Published by sungmen-cdd, 2022-03-14 10:15:40\n"
    "ความสำเรจ็ ของครวัเรอื นตน้แบบ\n"
    "ตามหลกั ปรชั ญาของเศรษฐกจิ พอเพยี ง\n"
    "นายบุญเลิศ ปนัแกว้\n"
    "บ้านดอนมูล หมู่ที่ 5 ตำบลดอนมูล\n"
    "อำเภอสูงเม่น จงั หวดัแพร่\n"
    "สำนกั งานพฒั นาชมุ ชนอำเภอสูงเม่น\n"
    "ประวัติ\n"
    "นายบุญเลิศเคยรบั จ้างกอ่ สรา้ งในเมอื ง เมอื่ กลบั มาอยู่บ้านจงึเรมิ่ ปลกู ผกั สวนครวั\n"
)

# an AnyFlip page of a PDF whose font printed sara am as a space and lost its upper tones and karan
ANYFLIP_AM = (
    "AnyFlip\n"
    "Search\n"
    "เรื่องเล่าจากห้องเรียนชุมชน ศพช.ขอนแก่น\n"
    "Published by cddkhonkaen-center, 2023-06-12 09:40:00\n"
    "01 02 03\n"
    "เรื่องเลาจากหองเรียนชุมชน\n"
    "เมื่อผู้น ากลุ่มทอผ้าลองท าแผนการตลาดเอง\n"
    "ผู้น ากลุ่มทอผ้าหลายคนบอกวาไมเคยเขียนแผน ทีมวิทยากรจึงใหทุกคนลงมือท าแผนของกลุ่มตัวเอง\n"
    "ผลที่ไดรับ\n"
    "ผู้น า 27 คนจาก 3 จังหวัดมีแผนการตลาดของกลุ่มกอนจบหลักสูตร\n"
    "เรื่อง/ภาพ : ทีมวิทยากร ศพช.ขอนแก่น\n"
)


def test_a_mai_han_akat_moved_before_a_leading_vowel_in_a_family_name_goes_back(tmp_path):
    author = read_text_record(tmp_path, ANYFLIP_MOVED)["author"]
    assert (author["given_name"], author["family_name"]) == ("บุญเลิศ", "ปันแก้ว")


def test_sara_am_printed_as_a_space_in_a_title_is_read_where_the_words_read_likelier(tmp_path):
    assert read_text_record(tmp_path, ANYFLIP_AM)["title"] == "เมื่อผู้นำกลุ่มทอผ้าลองทำแผนการตลาดเอง"


# a PubHTML5 page of a PDF whose font lost sara u and sara uu (and nothing else)
PUBHTML5 = (
    "PUBHTML5\n"
    "องค์ความร้ สพอ.ท่าใหม่ ๒๕๖๕  Pages ๑ - ๑๒\n"
    "Zoom in  Zoom out  Thumbnails  Share\n"
    "คลังปัญญาคนพัฒนาท่าใหม่    ๓\n"
    "การส่งเสริมกล่มปลกทเรียนปลอดสารในตำบลสองพี่น้อง\n"
    "ข้าพเจ้าพบว่าชาวสวนทเรียนหลายรายใช้สารเคมีมากจนต้นทนสง จึงชวนเจ้าของสวนมารวมกล่มทำป๋ยหมักใช้เอง\n"
    "๑. พาสมาชิกไปดงานที่สวนของปราชญ์ชมชนในตำบลข้างเคียง\n"
    "๒. ทำป๋ยหมักจากเปลือกทเรียนและมลสัตว์แจกสมาชิก\n"
    "๓. จดบัญชีรายจ่ายค่าป๋ยก่อนและหลังเข้ากล่ม\n"
    "ผลที่ได้รับ\n"
    "สมาชิก ๒๓ ราย ลดรายจ่ายค่าป๋ยได้ครึ่งหนึ่ง ขายทเรียนปลอดสารได้ราคาดีขึ้น\n"
    "เรียบเรียง : นางวันเพ็ญ ศรีสวัสดิ์\n"
    "นักวิชาการพัฒนาชมชนชำนาญการ สพอ.ท่าใหม่\n"
    "๑๕ มี.ค. ๖๕\n"
)


def test_sara_u_and_uu_a_font_lost_are_read_back_where_only_the_word_with_them_reads(tmp_path):
    assert read_text_record(tmp_path, PUBHTML5)["title"] == "การส่งเสริมกลุ่มปลูกทุเรียนปลอดสารในตำบลสองพี่น้อง"


# a PDF's text whose tone marks alone moved past the next consonant (no vowel moved, no syllable left unfinished)
TONES_MOVED = (
    "องค์ความรู้ของนางสมศรี ทองแกว้ พัฒนาการอำเภอนาหม่อม                    Page 3/12\n"
    "\n"
    "        ธนาคารขยะรีไซเคิล\n"
    "        ของกลุ่มแม่บ้านบ้านทุ่งลาน\n"
    "\n"
    "ความเป็นมา\n"
    "ขยะในหมู่บ้านมีมากขึ้นทุกปี กลุ่มแม่บ้านจึงตั้งธนาคารขยะรับซื้อขวดและกระดาษแลว้ใหส้มาชิกฝากเป็นเงินออม\n"
    "ขั้นตอน\n"
    "1. ระดมสมาชิกที่สนใจมาคัดแยกขยะทุกวันเสาร์\n"
    "2. ขายขยะใหร้ถรับซื้อเดือนละครั้งเพื่อไดร้าคาดี\n"
    "\n"
    "องค์ความรู้ของนางสมศรี ทองแกว้ พัฒนาการอำเภอนาหม่อม                    Page 4/12\n"
    "\n"
    "ผลที่ได้รับ\n"
    "ธนาคารขยะมีสมาชิก 64 ราย เงินฝากรวม 38,500 บาท\n"
    "สำนักงานพัฒนาชุมชนอำเภอนาหม่อม จังหวัดสงขลา\n"
)


def test_tones_alone_moved_past_the_next_consonant_go_back_in_a_family_name(tmp_path):
    author = read_text_record(tmp_path, TONES_MOVED)["author"]
    assert (author["given_name"], author["family_name"]) == ("สมศรี", "ทองแก้ว")
    assert "แล้วให้สมาชิก" in _normalized(TONES_MOVED)


# a PubHTML5 form whose moves leave spaces inside words (ปดู า) too: a name's last syllable moved, a label after it
FORM_ON_ONE_LINE = (
    "Home Explore Upload\n"
    "คลงัความรู้ พช.กระบี่ 2565\n"
    "Published by krabi-cdd, 2022-04-02 10:12:44\n"
    "คลงัความรู้ พฒันาชมุชนจงัหวดักระบี่ ปี ๒๕๖๕ 9\n"
    "๑. ชอื่องคค์วามรู้ การฟนื้ฟกูลมุ่เลยี้งปดู าในปา่ชายเลน ๒. ชอื่เจา้ของความรู้ นายสมพงษ์ หลีเสน็ ต าแหนง่ "
    "เจา้พนกังานพฒันาชมุชนปฏิบัตงิาน ๓. สว่นราชการ สำนกังานพฒันาชมุชนอำเภอเหนอืคลอง จงัหวดักระบี่\n"
    "1) ประชมุสมาชกิเดมิที่เลกิเลยี้งปูเพอื่ฟงัสาเหตุ\n"
    "2) ซอ่มคอกไม้ไผ่ในปา่ชายเลนดว้ยแรงสมาชกิ\n"
    "3) ซอื้พนัธุ์ปจูากกลมุ่ประมงในตำบลเดยีวกนัแลว้ปล่อยลงคอก\n"
)


def test_a_space_after_moved_marks_before_a_label_is_kept():
    assert "นายสมพงษ์ หลีเส็น ตำแหน่ง" in _normalized(FORM_ON_ONE_LINE)
