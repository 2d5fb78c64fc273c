"""Thai damage of a PDF made from a font whose marks are glyphs of their own (issue #10, a real provincial record
read from its issuu text), on invented texts: a space after a mark that sits where it should (สร้ าง, ชุ มชน,
เข้ มแข็ง); a tone printed past the อ of the vowel เ-ือ (เคลือ่ น, เพือ่ , เอือ้ ); a karan dropped at a word's end
(ออมทรัพย, ศาสตร); beside sara am dropped (ตาบล, อาเภอ), which shows the damage."""

from __future__ import annotations

from tests.conftest import SHORT_STEPS, read_text_record
from tests.thai.repaired import repaired as clean


def test_a_tone_printed_after_the_o_of_sara_uea_goes_back_on_its_consonant():
    result, warnings = clean("รถเคลือ่ นที่ไปตามถนน เพือ่ นบ้านมาช่วยกัน น้ำใจเอือ้ อาทร\n")
    assert result.text == "รถเคลื่อนที่ไปตามถนน เพื่อนบ้านมาช่วยกัน น้ำใจเอื้ออาทร\n"
    assert warnings  # a repair of extraction damage, said


def test_the_space_after_a_moved_back_tone_stays_between_words():
    result, _ = clean("ประชุมเพือ่ วางแผน\n")
    assert result.text == "ประชุมเพื่อ วางแผน\n"  # วางแผน starts a word of its own: เพื่อวางแผน is no word


def test_a_moved_back_tone_keeps_the_source_offsets():
    source = "ขับเคลือ่ นงาน"
    result, _ = clean(source)
    assert result.text == "ขับเคลื่อนงาน"
    start = result.text.index("เคลื่อน")
    first, last = result.source_span(start, start + len("เคลื่อน"))
    assert source[first:last] == "เคลือ่ น"


BODY = ("ชาวบ้ านในตาบลร่วมกันสร้ างบ้ านเรียนรู้ของชุ มชนเพื่อให้เด็กได้ เรียนรู้\n"
        "กลุ่มเข้ มแข็งขึ้นเมื่อสมาชิกได้ การอบรมจากสานักงานพัฒนาชุมชนอาเภอ\n")


def test_spaces_after_marks_inside_words_are_joined_where_the_text_shows_pdf_damage():
    result, warnings = clean(BODY)
    assert "restored sara am dropped by PDF extraction" in warnings  # the damage the text shows
    assert result.text.startswith("ชาวบ้านในตำบลร่วมกันสร้างบ้านเรียนรู้ของชุมชนเพื่อให้เด็กได้ เรียนรู้\n"
                                  "กลุ่มเข้มแข็งขึ้น")
    assert "สมาชิกได้ การอบรม" in result.text  # ได้ and การ are words: the space between them stays


def test_a_space_after_a_mark_is_left_in_text_without_pdf_damage():
    text = "ชาวบ้ านร่วมกันทำงาน\n"  # typed so: no other damage, nothing to weigh it by
    assert clean(text)[0].text == text


def test_a_karan_dropped_at_a_words_end_is_restored_in_a_text_that_shows_pdf_damage():
    result, warnings = clean("สมาชิกกลุ่มออมทรัพย ในตาบลนาเหลือง จบคณะเกษตรศาสตร\nรับการ\n")
    assert result.text == "สมาชิกกลุ่มออมทรัพย์ ในตำบลนาเหลือง จบคณะเกษตรศาสตร์\nรับการ\n"  # การ์ is rarer
    assert "restored thanthakhat a font dropped at the end of a word" in warnings


def test_a_bare_word_end_is_left_in_text_without_pdf_damage():
    text = "สมาชิกกลุ่มออมทรัพย ในตำบลนาเหลือง\n"
    assert clean(text)[0].text == text


RECORD = ("บันทึกองค์ความรู้\n"
          "ชื่อเรื่อง การสร้ างสรรค์ชุ มชนเข้ มแข็งเพือ่ ขับเคลือ่ นกลุ่มออมทรัพย\n"
          "ชื่อ-สกุล นางสาวกนกพร บุญเรือ่ งศรี\n"
          "ตาแหน่ง นักวิชาการพัฒนาชุ มชนชานาญการ\n"
          "สังกัด สานักงานพัฒนาชุมชนอาเภอท่าวังผา จังหวัดน่าน\n"
          "ความเป็นมา\n" + BODY + SHORT_STEPS)


def test_a_record_damaged_so_gives_its_title_name_and_post_repaired(tmp_path):
    record = read_text_record(tmp_path, RECORD)
    assert record["title"].replace(" ", "") == "การสร้างสรรค์ชุมชนเข้มแข็งเพื่อขับเคลื่อนกลุ่มออมทรัพย์"
    assert record["author"]["name"] == "นางสาวกนกพร บุญเรื่องศรี"
    assert record["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ชำนาญการ"}
    assert record["district"] == "ท่าวังผา" and record["province"] == "น่าน"
