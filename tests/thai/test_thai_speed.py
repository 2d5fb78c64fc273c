"""The shortcuts that make the Thai repairs cheap give what the full scans give: a repair skipped for want of its
clue could not have matched, and the moved-vowel swap test skipped for a match could not have passed."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

import pytest

from kmgraph.model import SourceText
from kmgraph.thai import repairs
from kmgraph.thai.offsets import from_source, rewrite
from kmgraph.thai.words import dictionary

# each clue and the pattern whose every match holds it
CLUED = [
    ("\r", repairs._LINE_ENDS),
    ("\ufffd", repairs._REPLACEMENT_BEFORE_AM),
    ("\u0e4d", repairs._NIKHAHIT_AA),
    (repairs._SPACE_THEN_MARK, repairs._SPACE_BEFORE_MARK),
    (repairs._STACKED_CLUE, repairs._STACKED_MARKS),
    (repairs._LEADING_THEN_MARK, repairs._MARK_AFTER_LEADING),
    (repairs._AA_THEN_TONE, repairs._TONE_AFTER_AA),
    (repairs._TONE_THEN_VOWEL, repairs._TONE_BEFORE_VOWEL),
    (repairs._LONE_LETTER, repairs._lone_final_pattern()),
    ("  ", repairs._MANY_SPACES),
    (repairs._PRIVATE_USE, repairs._private_use()[0]),
]
# the letters the patterns above are made of, and a few others
ALPHABET = "กขนรมณงยสทวอา\u0e33\u0e4d\u0e31\u0e34\u0e35\u0e38\u0e48\u0e49\u0e4c\u0e47เไ  \n\r\ufffd\uf70a\uf701ab1"


@lru_cache(maxsize=2)
def _fuzz(count: int, longest: int, seed: int) -> list[str]:
    """Random strings of ALPHABET's letters (the same on every run)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, longest))) for _ in range(count)]


@pytest.mark.parametrize("clue, pattern", CLUED, ids=[pattern.pattern[:24] for _, pattern in CLUED])
def test_a_clue_is_in_every_text_its_pattern_matches(clue, pattern):
    texts = [text for text in _fuzz(100000, 12, seed=7) if pattern.search(text)]
    assert len(texts) > 20  # the fuzz does reach the pattern
    assert [text for text in texts if not repairs._has(text, clue)] == []


def test_edge_spaces_are_found_where_the_pattern_finds_them():
    for text in _fuzz(20000, 8, seed=11):
        assert repairs._has_edge_spaces(text) == bool(repairs._EDGE_SPACES.search(text)), repr(text)


def _swap_marks(word: str) -> str:
    """The marks after a consonant moved past the next consonant: ทึก → ทกึ."""
    match = re.search(f"([ก-ฮ])({repairs._MOVED_MARKS})([ก-ฮ])", word)
    if not match:
        return word
    first, marks, second = match.groups()
    return word[:match.start()] + first + second + marks + word[match.end():]


def _texts(step: int) -> list[str]:
    """Damaged words alone, at the start of a text, after and before other words, and with the space PDF
    extraction puts after a moved mark."""
    rng = random.Random(3)
    words = sorted(dictionary(False).words)
    texts = []
    for word in sorted(dictionary(True).words)[::step]:
        damaged = _swap_marks(word)
        if damaged == word:
            continue
        other = rng.choice(words)
        spaced = re.sub(f"((?<=[ก-ฮ])[ก-ฮ](?:{repairs._MOVED_MARKS}))(?=[ก-ฮเ-ไ])", r"\1 ", damaged, count=1)
        texts += [damaged, f"{other}{damaged}", f"{damaged}{other} {other}", f"ก{spaced}", f"{other}{spaced}{other}"]
    return texts


def test_the_moved_vowel_shortcut_repairs_what_the_full_scan_repairs():
    swapped = 0
    for text in _texts(step=23):
        clean = from_source(SourceText(Path("t.txt"), text, "utf-8"))
        full = rewrite(clean, repairs._MOVED_VOWEL, repairs._moved_vowel_fix(text))
        fast = repairs.repair_moved_vowels(clean)
        assert (fast.text, fast.offsets, fast.ends) == (full.text, full.offsets, full.ends), text
        swapped += full.text != text
    assert swapped > 300  # the sample does hold repairs, found by both


def test_the_sara_am_clue_is_found_wherever_a_word_of_the_list_stands():
    from kmgraph import tables

    clue = repairs._sara_am_clue()
    pattern, _ = repairs._sara_am_pattern()
    damaged = list(tables.sara_am_repairs())
    texts = [f"{before}{word}{after}" for word in damaged for before, after in [("", ""), ("ใน", " และ"), ("ก", "น")]]
    assert all(pattern.search(text) for text in texts)
    assert [text for text in texts if not clue.search(text[::-1])] == []
    assert not clue.search("ตำแหน่งผู้ใหญ่บ้าน จำเป็นต้องมาเป็นผู้นำ"[::-1])  # the words as written: no clue


def test_sara_am_space_matches_are_the_patterns_matches():
    texts = [text for text in _fuzz(100000, 12, seed=7) if " \u0e32" in text]
    assert sum(bool(repairs._SARA_AM_SPACE.search(text)) for text in texts) > 100
    for text in texts:
        assert ([m.span() for m in repairs._sara_am_space_matches(text)]
                == [m.span() for m in repairs._SARA_AM_SPACE.finditer(text)]), repr(text)


def test_word_look_ups_stop_early_and_find_what_trying_every_length_finds():
    words = dictionary(True)
    rng = random.Random(5)
    sample = rng.sample(sorted(words.words), 3000)
    text = "".join(rng.choice([word, word, " ", "ก"]) for word in sample)
    for start in range(0, len(text), 3):
        window = text[start:start + 24]
        every = [window[:n] for n in range(1, len(window) + 1) if window[:n] in words.words]
        assert words.prefixes(window) == every, window
        for shortest in (1, 3, 5):
            assert words.word_at(text, start, shortest, 24) == any(
                text[start:start + n] in words.words for n in range(shortest, 25)), (text[start:start + 24], shortest)
    assert words.prefixes("") == []


def test_the_sara_am_word_list_finds_in_its_windows_what_it_finds_in_the_whole_text():
    from kmgraph import tables

    pattern, _ = repairs._sara_am_pattern()
    damaged = sorted(tables.sara_am_repairs())
    words = sorted(dictionary(False).words)
    rng = random.Random(9)
    found = 0
    for _ in range(2000):  # damaged words side by side, among words and spaces
        text = "".join(rng.choice([rng.choice(damaged), rng.choice(damaged), rng.choice(words), " ", "า"])
                       for _ in range(rng.randint(1, 8)))
        whole = [match.span() for match in pattern.finditer(text)]
        windowed = [match.span() for start, end in repairs._sara_am_windows(text)
                    for match in pattern.finditer(text, start, end)]
        assert windowed == whole, text
        found += len(whole)
    assert found > 2000


def test_compact_map_gaps_are_the_whitespace_runs():
    from kmgraph.thai.chars import CompactMap, compact

    rng = random.Random(13)
    for _ in range(3000):
        letters = ["ก", "า", "๑", "2", " ", "  ", "\n", "\t", "\u00a0"]
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        mapped = CompactMap(text)
        arabic = text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
        assert mapped.key == compact(text) == re.sub(r"\s+", "", arabic)
        skipped, gaps = 0, []  # one run at a time, as it was written before
        for run in re.finditer(r"\s+", text):
            skipped += run.end() - run.start()
            gaps.append((run.end() - skipped, skipped))
        assert mapped._gaps == gaps, repr(text)
        kept = [at for at, char in enumerate(text) if not char.isspace()]
        assert [mapped.to_text(index) for index in range(len(mapped.key))] == kept, repr(text)
