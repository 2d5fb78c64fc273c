"""Marks a PDF text layer moved past the next consonant several times in a row, each with a space after it
(issue #10, round 3: tests/fixtures/wild/pdfbook_1, /work/holdout1 h02): the labels and names of such lines read
correctly, each repaired character keeps its source range, and text that reads as words is left as it stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from kmgraph.model import SourceText
from kmgraph.thai import normalize
from kmgraph.thai.moved import repair_moved_chains
from kmgraph.thai.offsets import from_source

MOVED_BACK = "moved vowel marks back before their consonant"


def clean(text: str, damaged: bool = True):
    source = SourceText(Path("damaged.txt"), text, "utf-8")
    result, warnings = normalize(source, damaged=damaged)
    return source, result, warnings


@pytest.mark.parametrize("damaged, repaired", [
    ("นกั วชิ าการ", "นักวิชาการ"),
    ("ศนู ย์ศกึ ษา", "ศูนย์ศึกษา"),  # ย์ as printed: its karan is its own
    ("องคค์ วามรทู้ บี่ ง่ ชี้", "องค์ความรู้ที่บ่งชี้"),  # four moves in a row, each freeing the next
    ("พฒั นาชมุ ชน", "พัฒนาชุมชน"),
    ("ทมี่ า", "ที่มา"),
    ("ปฏบิ ตั กิ าร", "ปฏิบัติการ"),
    ("ขีดสมรรถนะสงู", "ขีดสมรรถนะสูง"),
])
def test_chained_moves_are_put_back(damaged, repaired):
    source, result, warnings = clean(damaged)
    assert result.text == repaired
    assert MOVED_BACK in warnings
    assert source.text[slice(*result.source_span(0, len(result.text)))] == damaged


@pytest.mark.parametrize("damaged, repaired", [
    ("ตาํ แหนง่ นกั วชิ าการพฒั นาชมุ ชนปฏบิ ตั กิ าร", "ตำแหน่ง นักวิชาการพัฒนาชุมชนปฏิบัติการ"),
    ("สงั กดั สาํ นกั งานพฒั นาชมุ ชนอาํ เภอเมอื งพงั งา จงั หวดั พงั งา",
     "สังกัด สำนักงานพัฒนาชุมชนอำเภอเมืองพังงา จังหวัด พังงา"),
    ("ชอ่ื -สกลุ นางสาวปวีณา ทองสขุ", "ชื่อ -สกุล นางสาวปวีณา ทองสุข"),
    ("3. องคค์ วามร้ทู บ่ี ง่ ชี้ หมวดที่ 2", "3. องค์ความรู้ที่บ่งชี้ หมวดที่ 2"),
    # sara am dropped where the moves hid the word from the list (ดาเนนิ, สาคญั): restored once they are back
    ("ขนั้ ตอนการดาเนนิ งาน", "ขั้นตอนการดำเนินงาน"),
    ("ความสาคญั ในการจดั ทาองคค์ วามรู้", "ความสำคัญในการจัดทำองค์ความรู้"),
])
def test_labels_and_values_of_a_damaged_header_read_correctly(damaged, repaired):
    source, result, _ = clean(damaged)
    assert result.text == repaired
    assert source.text[slice(*result.source_span(0, len(result.text)))] == damaged


@pytest.mark.parametrize("damaged, repaired", [
    # a tone, karan or mai taikhu on a consonant that has one: the first is the consonant before's
    ("ใหผ้ ่านมาตรฐาน", "ให้ผ่านมาตรฐาน"),
    ("กองทุนหมบู่ ้าน", "กองทุนหมู่บ้าน"),
    ("สัตวน์ ้าในตาบล", "สัตว์น้ำในตำบล"),
    # a mark after a leading vowel is the consonant before's, and the space after it extraction's
    ("ผูเ้ ขยี นจงึ", "ผู้เขียนจึง"),
    ("ใหเ้ ปน็ ไป", "ให้เป็นไป"),
    ("ตามหลักทฤษฎใี หม่ประยุกต์", "ตามหลักทฤษฎีใหม่ประยุกต์"),
    ("ผลทีเ่ กิดขึ้น", "ผลที่เกิดขึ้น"),
    # a space before sara aa after a moved tone is the move's, not sara am printed as a space (ส่ำ is a word)
    ("แต่ไมส่ ามารถสง่ สินคา้", "แต่ไม่สามารถส่งสินค้า"),
    ("เก็บน้ า ก่อนหน้าฝน", "เก็บน้ำ ก่อนหน้าฝน"),  # … where it is sara am, it stays so
    # only the vowel moved, the consonant's tone kept (ร้ทู, ผ้ชู), or only the tone (ขึน้)
    ("เพราะขึน้ อยู่กับหนว่ ยงาน", "เพราะขึ้นอยู่กับหน่วยงาน"),
    ("เพียงผ้ชู ่วยหาขอ้ มลู", "เพียงผู้ช่วยหาข้อมูล"),
    ("จดรายการสิ่งทีต่อ้ งปรับปรุง", "จดรายการสิ่งที่ต้องปรับปรุง"),
    # damaged words that are words as they stand (ทนุ, สน) read better moved back, with their neighbours
    ("ระดมทนุ จากเงนิ ออมของกลมุ่", "ระดมทุนจากเงินออมของกลุ่ม"),
    ("และขอสนบั สนนุ จากกองทนุ", "และขอสนับสนุนจากกองทุน"),
])
def test_marks_moved_with_others_kept_or_stacked_are_put_back(damaged, repaired):
    source, result, _ = clean(damaged)
    assert result.text == repaired
    assert source.text[slice(*result.source_span(0, len(result.text)))] == damaged


def test_each_moved_mark_keeps_its_own_source_range():
    source, result, _ = clean("องคค์ วามรทู้ บี่ ง่ ชี้")
    at = result.text.index("ที่")
    start, end = result.source_span(at, at + len("ที่"))
    assert source.text[start:end] == "ทู้ บี่"  # ท, the marks printed after บ, and what lies between


@pytest.mark.parametrize("text", [
    "วันที่ ผลการดำเนินงาน การมีส่วนร่วม",  # marks after a consonant after a consonant, as Thai writes them
    "ในหมู่บ้านของอำเภอหล่ มเก่ามี คนหนุ่มสาวที่ กลั บจากเมื องใหญ่",  # justified: spaces, no mark moved
])
def test_text_whose_marks_are_where_they_belong_is_not_moved(text):
    repaired, moved = repair_moved_chains(from_source(SourceText(Path("t.txt"), text, "utf-8")), shown=True)
    assert not moved and repaired.text == text


def test_a_text_that_does_not_show_the_damage_is_not_searched():
    # one unfinished syllable (ั before a space) is not enough to show the damage: the search is costly
    text = "ทมี่ า ความเป็นมา"
    source = from_source(SourceText(Path("t.txt"), text, "utf-8"))
    assert repair_moved_chains(source)[0].text == text
    assert repair_moved_chains(source, shown=True)[0].text == "ที่มา ความเป็นมา"
    shown = "นกั วชิ าการ พฒั นาชมุ ชน ทมี่ า"
    assert repair_moved_chains(from_source(SourceText(Path("t.txt"), shown, "utf-8")))[0].text == \
        "นักวิชาการ พัฒนาชุมชน ที่มา"
