from pathlib import Path

import pytest

from kmgraph.model import SourceText
from kmgraph.thai import compact, normalize, to_arabic_digits


def clean(text: str):
    source = SourceText(Path("t.txt"), text, "utf-8")
    return source, *normalize(source)


def test_nikhahit_and_aa_become_sara_am():
    _, result, warnings = clean("คํา นํ้า")
    assert result.text == "คำ น้ำ"
    assert warnings


@pytest.mark.parametrize("written, repaired", [
    pytest.param("จัดท\ufffdำแผน", "จัดทำแผน", id="replacement character before sara am"),
    pytest.param("ชุม\u200bชน\ufeff", "ชุมชน", id="zero-width characters"),
    pytest.param("ทางการ นา ทา ตาม", "ทางการ นา ทา ตาม", id="real words with aa left alone"),
    pytest.param("เศรษฐกิจพอเพ ียง", "เศรษฐกิจพอเพียง", id="space before a mark"),
    pytest.param("พอเพีย ง ดี", "พอเพียง ดี", id="lone final consonant"),
    pytest.param("อาชีพ ณ จุดเรียนรู้", "อาชีพ ณ จุดเรียนรู้", id="the word na is not glued"),
])
def test_small_repairs(written, repaired):
    assert clean(written)[1].text == repaired


def test_dropped_sara_am_is_restored_from_the_word_list():
    _, result, warnings = clean("ตาแหน่ง สานักงานพัฒนาชุมชนอาเภอเมือง จานวน ๕ คน")
    assert result.text == "ตำแหน่ง สำนักงานพัฒนาชุมชนอำเภอเมือง จำนวน ๕ คน"
    assert "restored sara am dropped by PDF extraction" in warnings


def test_crlf_spaces_and_offsets_point_back_to_the_source():
    source, result, _ = clean("  ตาแหน่ง\u00a0\u00a0นักวิชาการ\r\nบรรทัดสอง  \r\n")
    assert result.text == "ตำแหน่ง นักวิชาการ\nบรรทัดสอง\n"
    start = result.text.index("นักวิชาการ")
    a, b = result.source_span(start, start + len("นักวิชาการ"))
    assert source.text[a:b] == "นักวิชาการ"
    a, b = result.source_span(0, len("ตำแหน่ง"))
    assert source.text[a:b] == "ตาแหน่ง"


def test_digits_and_compact_keys():
    assert to_arabic_digits("๐๘๑-๙๙๒") == "081-992"
    assert compact("หลัก ๕ ก") == "หลัก5ก"


def test_vowels_moved_past_their_consonant_are_put_back_in_damaged_text():
    _, result, warnings = clean("ตาแหน่ง เศรษฐกิจพอเพยี ง บันทกึ สมาชกิ กลุ่ม พัฒนาชุมชน")
    assert result.text == "ตำแหน่ง เศรษฐกิจพอเพียง บันทึก สมาชิก กลุ่ม พัฒนาชุมชน"
    assert "moved vowel marks back before their consonant" in warnings


def test_text_without_damage_is_not_searched_for_moved_vowels():
    assert clean("บันทกึ กลุ่ม")[1].text == "บันทกึ กลุ่ม"


@pytest.mark.parametrize("written, word", [
    pytest.param("ดอนคํา ดี", "ดอนคำ", id="sara am from nikhahit and sara aa"),
    pytest.param("ดอนค\u0e4d\u0e32\r\nดี", "ดอนคำ", id="before a CR LF"),
    pytest.param("ปู่่ ดี", "ปู่", id="a doubled mark"),
])
def test_a_span_ending_on_a_character_made_from_several_covers_them_all(written, word):
    source, result, _ = clean(written)
    assert result.text.startswith(word)
    a, b = result.source_span(0, len(word))
    assert (a, b) == (0, written.index(" ") if " " in written else written.index("\r"))
