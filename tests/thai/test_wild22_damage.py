"""Issue #10, round 4 of the Thai repairs for held-out sets 43-44 (each seen failing first): a justified page's space
after a short open vowel on its consonant (การอบรมวิ ทยากร: วิ is a rare word, so the space was taken for one between
two words) and the tone past the อ of เ-ือ that joining a split shows (เพื อ่ น → เพื่อน); a karan moved on to a
consonant with a vowel of its own (ผลติภัณฑช์ุมชน: ช์ุ, the karan before ช's own vowel)."""

from __future__ import annotations

from tests.conftest import read_text_record
from tests.thai.repaired import repaired_text

# a document site's page of a centre's book, its text layer spaced after marks (หน่ วยงาน, ชุ มชน, เพื อ่ น)
SPACED = ["Scribd", "Upload  Read for free  FAQ and support  Language (EN)  Sign in", "ชุดความรู้ ศพช.ลำปาง",
          "Uploaded by kmcddlampang", "You are on page 1of 9",
          "หน่ วยงานเจ้าของความรู้ ศูนย์ศึกษาและพัฒนาชุ มชนลำปาง", "โทร ๐๕๔-๒๑๗๓๐๕", "ชื อ่ องค์ความรู้",
          "การอบรมวิ ทยากรอาสาก่ อนเปิ ดค่ายเพื อ่ นสอนเพือ่น", "ขั้นตอนการดำเนินงาน",
          "๑. เลือกผู้นำกลุ่มที่เคยเป็นวิทยากรอาสามาแล้ว ๘ คน", "๒. ให้วิทยากรซ้ อมสอนต่อหน้าเพื อ่ นในกลุ่ม",
          "ผลการดำเนินงาน", "ผู้เข้ าค่าย ๓ รุ่น พอใจร้ อยละ ๙๐", ""]


def test_a_space_after_a_short_open_vowel_inside_a_word_is_joined(tmp_path):
    record = read_text_record(tmp_path, "\n".join(SPACED))
    assert record["title"] == "การอบรมวิทยากรอาสาก่อนเปิดค่ายเพื่อนสอนเพื่อน"


def test_a_tone_past_the_o_of_sara_uee_is_put_back_once_its_split_is_joined():
    assert "ต่อหน้าเพื่อนในกลุ่ม" in repaired_text("\n".join(SPACED))


# a flipbook's text layer of a form, one line: marks moved on (ชอื่, ผลติ), sara am dropped (ตาแหนง่), a karan moved
# on to ช, whose own vowel then stands after it (ผลติภัณฑช์ุมชน)
FORM = ("1. ชอื่องค์ความรู้ การออกแบบถงุกระดาษใส่ขนมกล้วยให้ขายเปน็ของฝาก 2. ชื่อ-สกลุ นางสมศรี ใจดี "
        "ตาแหนง่นักวชิาการพัฒนาชมุชน สังกดัสานักงานพฒันาชุมชนอาเภอเมืองลำปาง จังหวดัลำปาง โทร 081-234-5678 "
        "3. หมวดองคค์วามรู้ หมวดที่ 3 ส่งเสรมิการพัฒนาผลติภัณฑช์ุมชน 4. ขั้นตอนการดาเนนิงาน "
        "4.1 ถามร้านของฝากวา่ลูกคา้ชอบถุงแบบใด 4.2 ให้สมาชกิพับถุงแบบเดียวกนัทุกใบ")


def test_a_karan_moved_on_to_a_consonant_with_its_own_vowel_goes_back(tmp_path):
    page = "\n".join(["PubHTML5", "KM พช.ลำปาง 2564", "", "Read the Text Version", "", FORM, ""])
    assert "ฑช\u0e4c\u0e38" in page
    record = read_text_record(tmp_path, page)
    assert record["category"] == "หมวดที่ 3 ส่งเสริมการพัฒนาผลิตภัณฑ์ชุมชน"
