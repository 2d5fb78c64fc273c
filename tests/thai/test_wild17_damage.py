"""Thai damage met in the wild, round 17 (issue #10), on invented texts: marks Thai cannot write (two vowel signs on
one consonant: ศรสีุ, ภมูิ) show a mark moved past its consonant whatever the name lists say, so the token is
repaired by the moved-mark rule even where the result is no listed name, and counts as damage for the rest of the
text (a sara am dropped in a word run on to that name)."""

from __future__ import annotations

import re

from tests.thai.repaired import repaired
from tests.thai.repaired import repaired_text as clean

_TWO_VOWELS = re.compile("[\u0e31\u0e34-\u0e39][\u0e31\u0e34-\u0e39]")

# a family name no list knows (ดีสุวงศ์), its sara ii moved past ส onto ส's own sara u
FAMILY_NAME = "ผู้บันทึก นายวีระชัย ดสีุวงศ์ ตำแหน่ง นักพัฒนาชุมชน\nอำเภอเมืองเลย จังหวัดเลย\n"
# a one-line form: the family name run on into the post label, whose sara am is dropped (ตาแหน่ง)
ONE_LINE = "ชื่อ-สกุล นางสาวพิมพ์ลดา ภมูิทองคงตาแหน่ง นักพัฒนาชุมชนปฏิบัติการ\n"


def test_a_name_no_list_knows_with_two_vowels_on_one_consonant_is_repaired():
    assert "นายวีระชัย ดีสุวงศ์ ตำแหน่ง" in clean(FAMILY_NAME)


def test_the_reading_the_score_prefers_is_taken_of_the_two_legal_ones():
    # ภูมิ (sara uu moved back) and ภิมู (sara i moved back) both stand legally: ภูมิ reads as a word
    assert "ภูมิทองคง" in clean(ONE_LINE)


def test_a_token_with_illegal_marks_shows_damage_for_the_word_run_on_to_it():
    assert clean(ONE_LINE) == "ชื่อ-สกุล นางสาวพิมพ์ลดา ภูมิทองคงตำแหน่ง นักพัฒนาชุมชนปฏิบัติการ\n"


def test_the_repair_is_reported_and_no_illegal_marks_are_left():
    text, warnings = repaired(FAMILY_NAME + ONE_LINE)
    assert not _TWO_VOWELS.search(text.text)
    assert any("cannot stack" in warning for warning in warnings)


def test_clean_text_with_a_legal_vowel_after_a_bare_consonant_is_left():
    # สุวิมล, ทุกข์: a vowel on each consonant, each legal
    text = "ผู้บันทึก นางสุวิมล ศรีสุข ตำแหน่ง นักพัฒนาชุมชน\n"
    assert clean(text) == text
