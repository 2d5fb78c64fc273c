"""Thai damage met in the wild, round 4 (issue #10), on invented texts: a sara am list word that reads worse
repaired (รู้จาก is no รู้จำก) in a text that shows the damage; a font's low marks dropped on a page whose clean
description line hid the damage from the whole-text count; a name whose marks moved across the space inside it
(นางสาวพมิ พช์นก = พิมพ์ชนก)."""

from __future__ import annotations

from tests.conftest import FIXTURES, SEEDS
from tests.thai.repaired import repaired as clean

LOW_MARKS = ("restored tone marks, karan and mai taikhu the font dropped from consonants without a vowel above "
             "(re-read with the dictionary)")


def test_a_list_word_that_reads_worse_repaired_is_left_where_the_text_shows_sara_am_dropped():
    text = "ชื่อเรื่อง การเรียนรู้จากของจริงในไร่นา\nตาแหน่ง นักพัฒนาชุมชนปฏิบัติการ\n"
    result, warnings = clean(text)
    assert "ตำแหน่ง" in result.text  # the damage is shown and repaired …
    assert "การเรียนรู้จากของจริงในไร่นา" in result.text  # … and จาก stays (รู้จำ is a list word)


DESCRIPTION = ("Description: โครงการพัฒนาผลิตภัณฑ์ชุมชนของกลุ่มผู้ผลิตชาอู่หลง บ้านป่าซาง ตำบลแม่สลองใน "
               "เพื่อให้ได้มาตรฐาน มผช. และเพิ่มช่องทางการจำหน่ายให้กับสมาชิกในหมู่บ้าน "
               "ที่ได้ร่วมกันดำเนินงานมาตั้งแต่ปี 2563\n")
LOW_MARKS_PAGE = """แบบบันทึกองคความรู
ชื่อเรื่อง การพัฒนากลุมผูผลิตชาใหไดมาตรฐานผลิตภัณฑชุมชน
ชื่อ-สกุล นายสุรเชษฐ ทองมาก
ตําแหนง นักวิชาการพัฒนาชุมชนชํานาญการ
สังกัด สํานักงานพัฒนาชุมชนอําเภอแมสาย จังหวัดเชียงราย
ความเปนมา
กลุมผูปลูกชาในหมูบานมีสมาชิก 30 คน ผลิตชาขายในตลาดทองถิ่น แตยังไมไดรับมาตรฐาน
ขั้นตอนการดําเนินงาน
1. ประชุมสมาชิกกลุม เพื่อวางแผนการผลิต
2. ยื่นขอรับรองมาตรฐานผลิตภัณฑชุมชน
"""


def test_low_marks_dropped_below_a_clean_description_are_restored_in_the_title_and_the_name():
    result, warnings = clean(DESCRIPTION + LOW_MARKS_PAGE)
    assert LOW_MARKS in warnings
    assert result.text.startswith(DESCRIPTION)  # the clean line is left as written
    for words in ("ชื่อเรื่อง การพัฒนากลุ่มผู้ผลิตชาให้ได้มาตรฐานผลิตภัณฑ์ชุมชน", "นายสุรเชษฐ์ ทองมาก",
                  "อำเภอแม่สาย", "ในหมู่บ้านมีสมาชิก", "แต่ยังไม่ได้รับมาตรฐาน"):
        assert words in result.text, words


def test_no_clean_record_holds_a_region_without_low_marks():
    from kmgraph.thai.reread import REGION_LETTERS, unmarked_regions

    paths = [*SEEDS.glob("*.txt"), *FIXTURES.glob("*.txt")]
    for family in ("wild", "wild-new", "wild-3"):
        paths += [path for path in (FIXTURES / family).glob("*.txt")
                  if path.stem not in {"markdrop_1", "runninghead_1", "vowelgap_1"}]  # damaged throughout
    assert len(paths) > 40
    for path in paths:
        assert unmarked_regions(path.read_text(encoding="utf-8", errors="replace")) == [], path
    assert unmarked_regions(LOW_MARKS_PAGE) == [(0, len(LOW_MARKS_PAGE))]
    assert REGION_LETTERS > 122  # the most a clean record of the corpus runs without one


def test_a_name_whose_marks_moved_across_its_space_is_read_whole():
    text = ("บันทึกองค์ความรู้ เรื่อง การส่งเสริมอาชีพ บ้านหนองโน\n"
            "ผู้บันทึก นางสาวพมิ พช์นก แสงอรุณ\n"
            "ตำแหน่ง นักวิชาการพัฒนาชุมชน ไดร้ ับ งบประมาณ ใหผ้ ่าน หมบู่ ้าน ผูเ้ ขยี น\n")
    result, _ = clean(text)
    assert "นางสาวพิมพ์ชนก แสงอรุณ" in result.text


def test_a_list_word_inside_a_place_name_is_left_where_the_text_shows_sara_am_dropped():
    # ป่าคาหลวง and ลำตาเสา are subdistricts; คาหลวง and ตาเสา are sara am list words (คำหลวง, ตำเสา)
    text = "ต าบลป่าคาหลวง อ าเภอบ้านหลวง จังหวัดน่าน\nหมู่บ้านลำตาเสา\nตาแหน่ง นักพัฒนาชุมชน\n"
    result, _ = clean(text)
    assert "ตำแหน่ง" in result.text and "ตำบล" in result.text  # the damage is shown and repaired …
    assert "ป่าคาหลวง" in result.text and "ลำตาเสา" in result.text  # … the places as written stay
