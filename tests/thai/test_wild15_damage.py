"""Thai damage met in the wild, round 15 (issue #10), on invented texts: an issuu transcription whose font dropped
most tone marks (and wrote sara am as nikhahit and sara aa) beside a clean description; a few of its marks survive,
in the title too (หมู่, กลุ่ม)."""

from __future__ import annotations

from tests.thai.repaired import repaired_text as clean

DESCRIPTION = "เอกสารเผยแพร่ความรู้ของกลุ่มอาชีพ จัดทำโดยสำนักงานพัฒนาชุมชนอำเภอ เพื่อให้ผู้สนใจได้ศึกษา\n"
PAGE = ("สํานักงานพัฒนาชุมชนอําเภอนาเชือก จังหวัดมหาสารคาม\n"
        "ชาวบานไดรวมกันเลี้ยงจิ้งหรีดขาย ตองใชเงินทุนของกลุมเอง ไดกําไรดี\n"
        "สมาชิกแบงหนาที่กันดูแลและใหอาหารทุกวัน ใชรําขาวผสมหัวอาหาร ตองรักษาความสะอาดใหดี\n")


def test_both_low_tones_are_read_back_where_the_font_kept_a_few_mai_ek():
    # กลุ่ม written marked in the clean description and the title, กลุม bare on the page: both marks were lost,
    # not mai tho alone (which read กลุ้ม, รวมกัน)
    text = "การเลี้ยงจิ้งหรีดของกลุ่มเกษตรกร\n" + DESCRIPTION + PAGE
    assert "ชาวบ้านได้ร่วมกันเลี้ยงจิ้งหรีดขาย ต้องใช้เงินทุนของกลุ่มเอง" in clean(text)


def test_a_title_keeping_one_tone_mark_is_re_read_where_it_writes_a_page_word_bare():
    text = "การเลี้ยงจิ้งหรีดในบอซีเมนต์ของกลุ่มเกษตรกรบานคำเจริญ\n" + DESCRIPTION + PAGE
    assert clean(text).startswith("การเลี้ยงจิ้งหรีดในบ่อซีเมนต์ของกลุ่มเกษตรกรบ้านคำเจริญ\n")


def test_a_title_keeping_a_mai_tho_is_re_read_where_it_writes_a_village_word_bare():
    text = "การทำน้ำหมักชีวภาพของหมูบานโนนสะอาด\n" + DESCRIPTION + PAGE
    assert clean(text).startswith("การทำน้ำหมักชีวภาพของหมู่บ้านโนนสะอาด\n")


def test_a_clean_line_beside_the_damaged_page_keeps_its_words():
    text = "ประตูบานเฟี้ยมของศาลาหมู่บ้านถูกซ่อมแล้ว\n" + DESCRIPTION + PAGE
    assert clean(text).startswith("ประตูบานเฟี้ยมของศาลาหมู่บ้านถูกซ่อมแล้ว\n")
