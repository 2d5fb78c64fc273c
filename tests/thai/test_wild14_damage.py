"""Thai damage met in the wild, round 14 (issue #10), on invented texts: the pubhtml5 one-line form whose marks
moved past their consonant (with a space after them) and whose sara am was dropped; a doubled vowel, one copy the
bare consonant before's; a cover's owner line whose names' marks moved."""

from __future__ import annotations

from tests.thai.repaired import repaired_text as clean

# the form's opening as such a page prints it: marks moved (บันทกึ, องคค์ วาม, บคุ คล), sara am dropped (ตาบล)
FORM = "แบบบันทกึ องคค์ วามรู้รายบคุ คล 1. ชื่อองคค์ วามรู้ "


def test_a_district_split_by_a_moved_mark_is_whole_once_the_mark_is_back_and_not_re_spelled():
    # หันคา (ชัยนาท) printed หนั คา: only whole once the mark is back, its คา must not be read as คำ
    text = FORM + "การเลี้ยงไก่ไข่ของกลุ่มแม่บ้าน ตาบลหนองแซง อาเภอหนั คา จังหวัดชยั นาท 2. ชื่อเจ้าของความรู้\n"
    assert "ตำบลหนองแซง อำเภอหันคา จังหวัดชัยนาท 2." in clean(text)


def test_a_vowel_printed_twice_gives_one_back_to_the_bare_consonant_before():
    text = "การแปรรูปปลาส้ม ทาความสะอาดแล้วบรรจถุุงสุญญากาศ เก็บไว้ได้นาน\n"
    assert "แล้วบรรจุถุงสุญญากาศ" in clean(text)


def test_a_vowel_typed_twice_where_no_move_reads_better_is_only_made_single():
    text = "สมาชิกสวมถุุงมือทุกครั้งที่ทำงาน\n"
    assert "สมาชิกสวมถุงมือทุกครั้ง" in clean(text)


def test_moved_vowels_inside_an_owners_name_are_moved_back_where_the_name_reads_as_words():
    text = FORM + "เจ้าของความรู้ นางบญุเรือน ชาญสงูเนิน ตาแหน่ง ประธานกลุ่มแม่บ้าน\n"
    assert "นางบุญเรือน ชาญสูงเนิน ตำแหน่ง ประธานกลุ่ม" in clean(text)


def test_a_name_that_reads_as_words_as_written_keeps_its_marks():
    text = FORM + "เจ้าของความรู้ นายสมุทร ขนุนทอง ตาแหน่ง ประธานกลุ่มแม่บ้าน\n"
    assert "นายสมุทร ขนุนทอง ตำแหน่ง ประธานกลุ่ม" in clean(text)


def test_a_name_in_text_that_shows_no_moved_marks_is_left_as_written():
    text = "เจ้าของความรู้ นางบญุเรือน ชาญสงูเนิน ตาแหน่ง ประธานกลุ่มแม่บ้าน\n"
    assert "นางบญุเรือน ชาญสงูเนิน" in clean(text)
