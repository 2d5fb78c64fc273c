"""Damaged pages, round 8 (issue #10): on a page whose font lost its low tone marks, the word a bare form stands for
is chosen by the compound it makes with its neighbour (ไม้ไผ่, not ไม่ไผ่; ย้อมผ้า, not ยอมผ้า; Volubilis compounds)
and by the words an address is written with (หมู่ที่, lexicon.toml [places]); on a page that shows sara am dropped,
a family name that reads as a word fewer with it (สายทองคา: สาย ทองคำ) is repaired, while invented names stay
(tests/thai/test_names.py)."""

from __future__ import annotations

from kmgraph.model import SourceText
from kmgraph.thai import normalize
from tests.conftest import FIXTURES

RUNNINGHEAD = FIXTURES / "wild-3" / "runninghead_1.txt"  # low tone marks dropped throughout
PAGESTART = FIXTURES / "wild-new" / "pagestart_1.txt"  # sara am dropped
PAGESTART_AUTHOR = "นางสาวกาญจนา แสนคา"


def normalized(path, text: str) -> str:
    return normalize(SourceText(path, text, "utf-8"))[0].text


def test_a_dropped_mai_ek_in_the_place_word_mu_thi_is_restored():
    text = normalized(RUNNINGHEAD, RUNNINGHEAD.read_text(encoding="utf-8"))
    assert "บ้านคลองพระอุดม หมู่ที่ ๕" in text
    assert "หมูที่" not in text


def test_the_compound_a_bare_word_makes_with_its_neighbour_chooses_its_mark():
    text = RUNNINGHEAD.read_text(encoding="utf-8") + "\nชาวบานนําไมไผมาสานตะกรา และยอมผาดวยสีธรรมชาติ\n"
    repaired = normalized(RUNNINGHEAD, text)
    assert "ไม้ไผ่" in repaired and "ไม่ไผ่" not in repaired
    assert "ย้อมผ้าด้วยสีธรรมชาติ" in repaired


def test_clean_words_beside_the_compounds_are_left_as_written():
    text = RUNNINGHEAD.read_text(encoding="utf-8") + "\nเขายอมรับวาไมไดทําเอง\n"
    assert "ยอมรับว่าไม่ได้ทำเอง" in normalized(RUNNINGHEAD, text)  # ยอม: no compound makes it ย้อม


def test_a_family_name_of_words_with_sara_am_dropped_is_repaired_on_a_damaged_page():
    text = PAGESTART.read_text(encoding="utf-8")
    assert PAGESTART_AUTHOR in text
    repaired = normalized(PAGESTART, text.replace(PAGESTART_AUTHOR, "นายวรชัย สายทองคา"))
    assert "นายวรชัย สายทองคำ" in repaired


def test_the_same_name_on_a_clean_page_is_left_as_written():
    text = "ชื่อองค์ความรู้ การทำปุ๋ยหมัก\nผู้เขียน นายวรชัย สายทองคา ตำแหน่ง นักวิชาการพัฒนาชุมชน\n"
    assert "นายวรชัย สายทองคา" in normalized(PAGESTART, text)
