"""Moved marks in a title on a page that shows the damage (issue #10, session 6: held-out titles left
`แบบมีสว่ นร่วม`, `ผู้เขยี น`): the chain repair fires wherever the page shows moved marks, by its own evidence
(syllables left unfinished) or by the marks the single-swap repair put back, not only on a page another repair
flagged. Invented texts; clean text is left as it stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from kmgraph.model import SourceText
from kmgraph.thai import normalize

MOVED_BACK = "moved vowel marks back before their consonant"


def clean(text: str) -> tuple[str, list[str]]:
    result, warnings = normalize(SourceText(Path("page.txt"), text, "utf-8"))
    return result.text, warnings


def test_a_title_on_a_page_showing_unfinished_syllables_is_repaired():
    """The page's own evidence (พฒั นา, นกั วชิ าการ): no other repair flags it, the justified-split join must not
    take it (it left นกัวชิ าการ and แบบมีสว่ นร่วม)."""
    text, warnings = clean("เรื่อง การพัฒนากลุ่มอาชีพแบบมีสว่ นร่วม\nผู้เขียน นายสมชาย ใจดี\nการพฒั นา นกั วชิ าการ")
    assert text == "เรื่อง การพัฒนากลุ่มอาชีพแบบมีส่วนร่วม\nผู้เขียน นายสมชาย ใจดี\nการพัฒนา นักวิชาการ"
    assert MOVED_BACK in warnings


def test_a_chain_left_after_single_swaps_showed_the_damage_is_repaired():
    """สว่ น is put back by the single-swap repair; ผู้เขยี น (its space joined as a lone final first) only by the chain
    repair, which the page's swaps show to be needed."""
    text, _ = clean("หัวข้อ แบบมีสว่ นร่วม ผู้เขยี น นายสมชาย")
    assert text == "หัวข้อ แบบมีส่วนร่วม ผู้เขียน นายสมชาย"


@pytest.mark.parametrize("written", [
    "กลับบ้านเมื่อค่ำ เขียนบันทึกการประชุมกลุ่ม ผู้เขียน นายสมชาย ใจดี",
    "การมีส่วนร่วมของชุมชน ครัวเรือนต้นแบบ นักวิชาการพัฒนาชุมชน",
    "กลั บจากเมื องใหญ่ สู่บ้านเกิด",  # justified text: split, not moved (its own repair joins it)
])
def test_clean_and_justified_text_keeps_its_marks(written):
    text, warnings = clean(written)
    assert MOVED_BACK not in warnings
    assert text.replace(" ", "") == written.replace(" ", "")
