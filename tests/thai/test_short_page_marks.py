"""Marks lost where the page gives little to count them by (issue #10, session 6, round 9): a short page (a book
cover, a form's header) whose font lost its low tone marks, without the very common words low_marks.tsv counts;
a docplayer transcription printing every mark above or below the line as a space, beside a clean title; a compound
the corpus never counts losing to a rarer word the damage leaves alike (หน้าบาน for หน้าบ้าน). Invented texts."""

from __future__ import annotations

from pathlib import Path

from kmgraph.model import SourceText
from kmgraph.thai import normalize, reread

LOW_MARKS = reread.LOW_MARKS_DROPPED.warning
AS_SPACES = reread.MARKS_AS_SPACES.warning

COVER = "ผู้นำต้นแบบ\nด้านการบริหารจัดการ\nบ้านนาเหลือง หมู่ที่ 3 จังหวัดน่าน\nหน้า 1\n"
# a book cover whose font lost its low tone glyphs: too few letters for the count of marks (reread.shown)
COVER_DAMAGED = "ผูนำตนแบบ\nดานการบริหารจัดการ\nบานนาเหลือง หมูที่ 3 จังหวัดนาน\nหนา 1\n"
# a form's header: the font lost its low tone glyphs, karan (องค์) survived
HEADER = "แบบบันทึกองค์ความรู้\nเอกสารเล่มนี้ถอดความรู้จากผู้นำชุมชน\nหน้า 2\n"
HEADER_DAMAGED = "แบบบันทึกองค์ความรู\nเอกสารเลมนี้ถอดความรูจากผูนำชุมชน\nหนา 2\n"

TITLE = "การส่งเสริมกลุ่มอาชีพทอผ้าฝ้าย บ้านนาเหลือง อำเภอเมืองน่าน (ไฟล์ PDF)\n"
PAGE = ("บันทึกองค์ความรู้\nชื่อองค์ความรู้ การส่งเสริมกลุ่มอาชีพทอผ้าฝ้าย\nเจ้าของความรู้ นางมาลี ใจดี ตำแหน่ง ประธานกลุ่ม\n"
        "ที่อยู่ บ้านนาเหลือง หมู่ที่ 3 ตำบลนาเหลือง อำเภอเมืองน่าน จังหวัดน่าน\nหมวดองค์ความรู้ เศรษฐกิจชุมชน\n"
        "กลุ่มแม่บ้านได้รวมตัวกันทอผ้าฝ้ายเพื่อเพิ่มรายได้ให้กับครอบครัว สมาชิกช่วยกันคิดลวดลายใหม่ทุกปี\n")
# every mark above or below the line printed as a space (what reread.MARKS_AS_SPACES says the damage does)
PAGE_SPACED = ("บ นท กองค ความร \nช อองค ความร  การส งเสร มกล มอาช พทอผ าฝ าย\n"
               "เจ าของความร  นางมาล  ใจด  ต าแหน ง ประธานกล ม\n"
               "ท อย  บ านนาเหล อง หม ท  3 ต าบลนาเหล อง อ าเภอเม องน าน จ งหว ดน าน\nหมวดองค ความร  เศรษฐก จช มชน\n"
               "กล มแม บ านได รวมต วก นทอผ าฝ ายเพ อเพ มรายได ให ก บครอบคร ว สมาช กช วยก นค ดลวดลายใหม ท กป \n")


def _normalized(text: str) -> tuple[str, list[str]]:
    result, warnings = normalize(SourceText(Path("page.txt"), text, "utf-8"))
    return result.text, warnings


def test_a_cover_without_the_common_words_shows_its_low_marks_lost():
    for damaged, repaired in ((COVER_DAMAGED, COVER), (HEADER_DAMAGED, HEADER)):
        assert reread.shown(damaged) is None  # too short: the page's marks alone miss the damage
        assert reread.low_marks_lost(damaged)
        text, warnings = _normalized(damaged)
        assert text == repaired
        assert LOW_MARKS in warnings


def test_a_clean_cover_is_left_as_it_is():
    for clean in (COVER, HEADER, COVER + "ผ้าหนา ดอกไม้บาน\n"):
        assert not reread.page_low_marks_shown(clean)
        assert _normalized(clean) == (clean, [])


def test_marks_printed_as_spaces_beside_a_clean_title_are_read_back():
    damaged = TITLE + PAGE_SPACED
    assert reread.shown(damaged) is None  # the clean title's marks: the whole text's count misses the damage
    text, warnings = _normalized(damaged)
    assert text == TITLE + PAGE  # labels, the name (มาลี of the name lists), the places (จังหวัดน่าน)
    assert AS_SPACES in warnings


def test_clean_text_with_a_few_unmarked_pieces_is_not_taken_for_marks_as_spaces():
    clean = TITLE + PAGE + "นาย ทอง ดา นา ยาว สาม ตา ปลา มา\nปลา ทอง ตา ยาว ลา นา\n"
    assert reread.spaced_mark_regions(clean) == []
    assert _normalized(clean) == (clean, [])


def test_a_compound_with_no_count_beats_a_rarer_word_the_damage_leaves_alike():
    assert reread.read_back("หนาบาน", reread.LOW_MARKS_DROPPED) == "หน้าบ้าน"
    assert reread.read_back("กลุ่มแมบานนาเหลือง", reread.LOW_MARKS_DROPPED) == "กลุ่มแม่บ้านนาเหลือง"


def test_as_written_costs_are_unchanged_on_clean_text():
    # only a damage's index prices a compound by its parts: a clean word still reads as counted
    assert reread.read_back("หน้าบาน", reread.AS_WRITTEN) == "หน้าบาน"
