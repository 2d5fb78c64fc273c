"""A font that lost ONE low tone glyph (issue #10, session 6): every mai tho on a bare consonant gone (ได ใช ตอง
บาน) while mai ek stays (กลุ่ม ไม่ ที่). The common words are counted per tone mark, so the many intact mai ek
words no longer hide the damage, and only the lost mark is read back. Invented texts."""

from __future__ import annotations

from pathlib import Path

from kmgraph.model import SourceText
from kmgraph.thai import normalize, reread

LOW_MARKS = "restored tone marks, karan and mai taikhu the font dropped from consonants without a vowel above " \
    "(re-read with the dictionary)"
DAMAGED = ("ชื่อองค์ความรู การทำปุ๋ยหมักของกลุ่มเกษตรกร\nกลุ่มแม่บานไดรวมกันทำปุ๋ยหมักใชในแปลงผัก ไม่ตองซื้อปุ๋ยเคมี "
           "ทำใหกลุ่มมีรายไดเพิ่มขึ้น สมาชิกที่มีความรูช่วยสอนผูที่สนใจ ทุกคนไดรับประโยชน์ ไม่มีใครถูกทิ้งไว "
           "ต่อมากลุ่มไดขยายผลไปยังหมู่บานอื่น")
REPAIRED = ("ชื่อองค์ความรู้ การทำปุ๋ยหมักของกลุ่มเกษตรกร\nกลุ่มแม่บ้านได้รวมกันทำปุ๋ยหมักใช้ในแปลงผัก ไม่ต้องซื้อปุ๋ยเคมี "
            "ทำให้กลุ่มมีรายได้เพิ่มขึ้น สมาชิกที่มีความรู้ช่วยสอนผู้ที่สนใจ ทุกคนได้รับประโยชน์ ไม่มีใครถูกทิ้งไว้ "
            "ต่อมากลุ่มได้ขยายผลไปยังหมู่บ้านอื่น")


def test_mai_tho_lost_while_mai_ek_stays_is_read_back():
    assert reread.low_marks_lost(DAMAGED) == "\u0e49"
    result, warnings = normalize(SourceText(Path("page.txt"), DAMAGED, "utf-8"))
    assert result.text == REPAIRED  # รวมกัน stays: its mai ek would have been printed
    assert LOW_MARKS in warnings


def test_clean_text_with_both_marks_shows_no_loss():
    assert reread.low_marks_lost(REPAIRED) == ""
    result, warnings = normalize(SourceText(Path("page.txt"), REPAIRED, "utf-8"))
    assert result.text == REPAIRED
    assert LOW_MARKS not in warnings
