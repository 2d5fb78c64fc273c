"""Thai damage met in the wild, round 16 (issue #10), on invented texts: a font that dropped the low tones and karan
(a name's final cluster that is only a word with karan, an abbreviation that must stay bare); and sara am printed
as a space with the tone before it lost too (แม่น าปาก)."""

from __future__ import annotations

from tests.thai.repaired import repaired_text as clean

DROPPED_LOW_MARKS = ("กลุ่มออมทรัพยเพื่อการผลิต ประธาน นายวรเชษฐ ใจดี\n"
                     "ตําบลบัวปากทา อําเภอบางเลน จังหวัดนครปฐม\n"
                     "การทําปุยหมักของบานบัวปากทา\n"
                     "โครงการ กข.คจ. บานนี้ไดรับเงินทุน\n")


def test_a_name_ending_in_a_cluster_that_is_only_a_word_with_karan_gets_it_back():
    assert "ประธาน นายวรเชษฐ์ ใจดี" in clean(DROPPED_LOW_MARKS)


def test_a_dotted_abbreviation_of_bare_consonants_gets_no_mark():
    assert "โครงการ กข.คจ. " in clean(DROPPED_LOW_MARKS)


def test_sara_am_printed_as_a_space_takes_the_lost_tone_where_only_it_reads():
    assert clean("แม่น าปากพนังไหลผ่านหมู่บ้าน\n") == "แม่น้ำปากพนังไหลผ่านหมู่บ้าน\n"


def test_sara_am_printed_as_a_space_without_a_tone_stays_toneless_where_that_reads():
    assert clean("ชาวบ้านน ามาใช้ในการทำนา\n") == "ชาวบ้านนำมาใช้ในการทำนา\n"
