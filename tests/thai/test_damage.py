"""PDF and flipbook damage in values, not only labels (issue #10, item 6): marks displaced past their consonant in
names, titles and items; a damaged honorific; private-use glyphs in .txt input; sara am printed as a space. Each
repair keeps the offsets to the source. The whole of it in one record: tests/fixtures/wild/damage_1.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from kmgraph.exports.records import record_to_dict
from kmgraph.extract.records import parse_record
from kmgraph.model import SourceText
from kmgraph.thai import normalize
from tests.conftest import FIXTURES

STACKED = "moved vowel and tone marks back where Thai cannot stack them"
PRIVATE_USE = "mapped Thai font glyphs of the private-use area (U+F700–U+F71A) back to Thai"


def clean(text: str):
    source = SourceText(Path("damaged.txt"), text, "utf-8")
    result, warnings = normalize(source)
    return source, result, warnings


@pytest.mark.parametrize("damaged, repaired", [
    ("ไดร้ ับ", "ได้รับ"),            # a tone moved past the next consonant, whose vowel follows a space
    ("ผตู้ ัดสินใจ", "ผู้ตัดสินใจ"),    # a vowel and a tone moved
    ("ใหผ้ ู้ผลิต", "ให้ผู้ผลิต"),      # a chain: each consonant carries the marks of the one before
    ("ว่าทีร่ ้อยตรี", "ว่าที่ร้อยตรี"),  # a tone on a tone
])
def test_marks_that_thai_cannot_stack_are_moved_back(damaged, repaired):
    source, result, warnings = clean(f"นาย{damaged} ")
    assert result.text == f"นาย{repaired}"
    assert STACKED in warnings
    a, b = result.source_span(3, 3 + len(repaired))
    assert source.text[a:b].rstrip() == damaged


@pytest.mark.parametrize("text", ["ใจมั่น", "เหม็น", "เคล็ดลับ", "ที่ร้อย", "ได้รับ", "นายวันเสด็จ ผ่องใส", "เผด็จการ"])
def test_well_formed_marks_are_left_alone(text):
    assert clean(text)[1].text == text


def test_mai_taikhu_after_a_final_is_moved_back_in_damaged_text_where_the_dictionary_knows_the_word():
    assert clean("ต าแหน่ง ปลาเคม็ เปน็ที่ต้องการ วันเสด็จ")[1].text == "ตำแหน่ง ปลาเค็ม เป็นที่ต้องการ วันเสด็จ"


def test_a_family_name_with_a_displaced_vowel_is_repaired_in_damaged_text():
    # not in the dictionary, but in pythainlp's family names; the text shows damage (sara am as a space)
    assert clean("ต าแหน่ง นายสมชาย ทองสขุ")[1].text == "ตำแหน่ง นายสมชาย ทองสุข"


@pytest.mark.parametrize("damaged, repaired", [
    ("ต าแหน่ง", "ตำแหน่ง"), ("ส านักงาน", "สำนักงาน"), ("อ าเภอ", "อำเภอ"), ("ช านาญการ", "ชำนาญการ"),
    ("การจ าหน่าย", "การจำหน่าย"), ("ค าสั่ง", "คำสั่ง"),
])
def test_sara_am_printed_as_a_space_is_restored(damaged, repaired):
    source, result, _ = clean(damaged)
    assert result.text == repaired
    assert source.text[slice(*result.source_span(0, len(repaired)))] == damaged


def test_a_space_before_sara_aa_that_makes_no_word_is_left():
    assert clean("ฒ าฬ")[1].text == "ฒ าฬ"


def test_private_use_glyphs_in_plain_text_are_mapped_back():
    source, result, warnings = clean("ก\uf70aอน ลูกค\uf70bา")
    assert result.text == "ก่อน ลูกค้า"
    assert PRIVATE_USE in warnings
    assert source.text[slice(*result.source_span(0, 4))] == "ก\uf70aอน"


def test_a_moved_vowel_followed_by_a_stray_space_is_joined_only_inside_a_word():
    assert clean("ต าแหน่ง การพฒั นา")[1].text == "ตำแหน่ง การพัฒนา"
    assert clean("ต าแหน่ง บันทกึ สมาชกิ")[1].text == "ตำแหน่ง บันทึก สมาชิก"


def test_a_record_damaged_everywhere_is_read_whole():
    got = record_to_dict(parse_record(FIXTURES / "wild" / "damage_1.txt"))
    assert got["author"]["honorific"] == "ว่าที่ร้อยตรี"
    assert (got["author"]["given_name"], got["author"]["family_name"]) == ("สมชาย", "ทองสุข")
    assert got["title"] == "การจำหน่ายปลาเค็มแปรรูปของกลุ่มสตรีบ้านโนนตาล"
    assert got["category"] == "การบริหารจัดการกลุ่มอาชีพและการทำตลาด"
    assert got["steps"][0].startswith("ประชุมกลุ่มให้ผู้ผลิตและผู้ตัดสินใจเลือกสินค้าที่เป็นที่ต้องการ")
    assert got["outcomes"][0].startswith("กลุ่มได้รับคำสั่งซื้อ")
    assert got["cautions"][0].startswith("ควรตรวจความเค็มทุกครั้งก่อนบรรจุ เพราะลูกค้าต้องการ")


@pytest.mark.parametrize("damaged, repaired", [
    ("เสริมสรา้ งความรู้", "เสริมสร้างความรู้"),  # a tone after sara aa, and the space after it inside the word
    ("หมวดท่ี 4", "หมวดที่ 4"),  # a tone typed before its vowel
])
def test_tones_in_an_order_thai_never_writes_are_put_back(damaged, repaired):
    source, result, _ = clean(damaged)
    assert result.text == repaired
    assert source.text[slice(*result.source_span(0, len(result.text)))] == damaged


def test_a_thanthakhat_moved_past_the_next_consonant_is_put_back_in_damaged_text():
    assert clean("ต าแหน่ง องคก์ รชุมชน")[1].text == "ตำแหน่ง องค์กรชุมชน"
