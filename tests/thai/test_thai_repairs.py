"""Each named repair of thai/repairs.py and the warning it gives, one case per repair (written from the survivors
of `python benchmarks/mutate.py kmgraph/thai/repairs.py tests/thai/test_thai.py …`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kmgraph.model import SourceText
from kmgraph.thai import normalize

DAMAGE = "repaired Thai characters damaged by extraction (sara am, invisible or doubled marks)"
SARA_AM = "restored sara am dropped by PDF extraction"
JOINED = "joined Thai words broken by stray spaces"
MOVED = "moved vowel marks back before their consonant"
FFFD = "text holds undecodable characters (U+FFFD)"


@pytest.mark.parametrize("text, clean, warnings", [
    ("ผู้นำ", "ผู้นำ", []),
    ("ชุม\u200bชน", "ชุมชน", [DAMAGE]),  # an invisible zero-width space
    ("ตาแหน่ง", "ตำแหน่ง", [SARA_AM]),
    ("พอเพีย ง", "พอเพียง", [JOINED]),
    ("บันทกึ", "บันทกึ", []),  # a moved vowel alone is not searched for: the text shows no other damage
    ("พอเพีย ง บันทกึ", "พอเพียง บันทึก", [JOINED, MOVED]),  # a broken word shows damage: vowels searched
    ("ตาแหน่ง บันทกึ", "ตำแหน่ง บันทึก", [SARA_AM, MOVED]),  # so does a dropped sara am
    ("ชุมชน\ufffd", "ชุมชน\ufffd", [FFFD]),
    # spaces at either edge of a line, each where no other is (each of the clues that skip the scan)
    (" ชุมชน", "ชุมชน", []),
    ("ชุมชน ", "ชุมชน", []),
    ("ชุมชน \nบ้าน", "ชุมชน\nบ้าน", []),
    ("ชุมชน\n บ้าน", "ชุมชน\nบ้าน", []),
    ("ชุมชน\r\nบ้าน", "ชุมชน\nบ้าน", []),
    ("ก\ufffd\u0e33", "กำ", [DAMAGE]),  # a replacement character before sara am
    ("ค\uf70aา", "ค่า", ["mapped Thai font glyphs of the private-use area (U+F700–U+F71A) back to Thai"]),
    ("นำ้", "น้ำ", [DAMAGE]),  # a tone mark typed after sara am
    ("นำ้ พอเพยีง", "น้ำ พอเพียง", [DAMAGE, MOVED]),  # a repaired mark shows damage: vowels searched
    # typed as Word and web pages do, no sign of PDF damage: vowels not searched (a dictionary check per mark)
    ("ชุม\u200bชน พอเพยีง", "ชุมชน พอเพยีง", [DAMAGE]),  # an invisible zero-width space
    ("ผู้น\u0e4d\u0e32 พอเพยีง", "ผู้นำ พอเพยีง", [DAMAGE]),  # nikhahit and sara aa for sara am
    ("พอเพีย ง การมี", "พอเพียง การมี", [JOINED]),  # การมี is a word as it stands: not swapped to การิม
    ("พอเพีย ง กองศรหีา", "พอเพียง กองศรีหา", [JOINED, MOVED]),  # a family name (not in the word list) too
])
def test_each_repair_and_its_warning(text, clean, warnings):
    repaired, said = normalize(SourceText(Path("x.txt"), text, "utf-8"))
    assert (repaired.text, said) == (clean, warnings)


def test_known_damage_makes_moved_vowels_searched():
    repaired, said = normalize(SourceText(Path("x.txt"), "บันทกึ", "utf-8"), damaged=True)
    assert (repaired.text, said) == ("บันทึก", [MOVED])


def test_a_space_inside_a_word_before_its_sara_aa_is_not_sara_am():
    """Regression: PDFium put a space in เจ้าหน้าที่ (หน้ าที่) and the sara-am-as-space repair read it as น้ำ (water);
    the word written with sara aa reaches further there and the text goes on after it, so the space is no sara am
    (ต าแหน่ง still is; so is การท าบรรจุ, where ทาบ|รรจุ cannot go on)."""
    for damaged, repaired in (("เจ้าหน้ าที่พัฒนาชุมชน", "เจ้าหน้ าที่พัฒนาชุมชน"), ("ต าแหน่ง", "ตำแหน่ง"),
                              ("น้ าอ่าง", "น้ำอ่าง"), ("การท าบรรจุภัณฑ์", "การทำบรรจุภัณฑ์")):
        assert normalize(SourceText("x.txt", damaged, "utf-8"))[0].text == repaired
