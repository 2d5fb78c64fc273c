"""The shortcuts of speed-thai-8 give what the plain scans they skip or bound give: the one clue scan before the
repairs of marks out of place, the block scan before unmarked_regions, the look-up bounds of _straddled and of
_best_reading, the sara aa scan of repair_dropped_sara_am, the one-call erasing of the indexes and the array copies
of rewrite_matches."""

from __future__ import annotations

import itertools
import random
import re
from array import array
from pathlib import Path

import pytest

from kmgraph.thai import repairs, reread
from kmgraph.thai.offsets import Moved, RepairedText, rewrite_matches
from kmgraph.thai.place_names import PlaceNames
from kmgraph.thai.words import _dictionary

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))


def test_the_clue_scans_find_every_text_a_repair_of_marks_out_of_place_has_a_clue_in():
    clues = (repairs._STACKED_CLUE, repairs._LEADING_THEN_MARK, repairs._AA_THEN_TONE, repairs._TONE_THEN_VOWEL,
             repairs._UEE_O_THEN_TONE, repairs._SPACE_THEN_MARK)
    letters = " \u0e01\u0e2d\u0e32\u0e33\u0e40\u0e44\u0e45" + "".join(map(chr, range(0x0E31, 0x0E4F)))
    clued = 0
    for text in map("".join, itertools.product(letters, repeat=3)):
        if any(clue.search(text) for clue in clues):
            clued += 1
            assert repairs._has_mark_out_of_place(text), repr(text)
    assert clued > 1000


def _unmarked_regions_plainly(text: str) -> list[tuple[int, int]]:
    """unmarked_regions without its block scan: a step for every mark on a bare consonant."""
    regions: list[tuple[int, int]] = []
    after = -1
    for mark in itertools.chain(reread._BARE_PAIR.finditer(text), (None,)):
        at = mark.start() if mark else len(text)
        if at - after > reread.REGION_LETTERS:
            start = after + 1 if after >= 0 else 0
            end = text.rfind("\n", start, at) if mark else len(text)
            letters = len(reread._THAI_LETTER.findall(text, start, end)) if end > start else 0
            if letters >= reread.REGION_LETTERS and \
                    len(reread._ANY_MARK.findall(text, start, end)) > letters * reread.MARKS_SHARE:
                regions.append((start, end))
        if mark:
            line_end = text.find("\n", at)
            after = len(text) if line_end == -1 else line_end
    return regions


def test_unmarked_regions_are_those_a_step_a_mark_finds():
    rng = random.Random(8)
    letters = "กขคนมรลวสหอาเแิีุ " * 4 + "\n"
    found = 0
    for _ in range(6000):
        density = rng.choice([0.0, 0.002, 0.005, 0.01, 0.04])
        text = "".join(rng.choice("กขคนม") + rng.choice("\u0e48\u0e49\u0e47\u0e4c") if rng.random() < density
                       else rng.choice(letters) for _ in range(rng.randint(0, 700)))
        regions = reread.unmarked_regions(text)
        assert regions == _unmarked_regions_plainly(text), repr(text)
        found += bool(regions)
    assert found > 500  # the fuzz reaches texts with regions, and texts without
    seeds = _seed_text()
    assert reread.unmarked_regions(seeds) == _unmarked_regions_plainly(seeds)


def _straddled_plainly(text: str, match: re.Match[str]) -> bool:
    """_straddled without its look-up bounds: every prefix, every stop."""
    words, start, end = _dictionary(True), match.start(), match.end()
    if any(at + len(word) > end for at in range(start + 1, end) for word in words.prefixes(text[at:at + 24])):
        return True
    known = repairs._lexicon_words()
    return any(text[at:stop] in known for at in range(max(0, start - repairs._ENCLOSING_REACH), start)
               for stop in range(end, min(len(text), end + repairs._ENCLOSING_REACH) + 1))


def test_straddled_is_what_every_look_up_says():
    text = _seed_text()
    rng = random.Random(3)
    pattern = re.compile("[\u0e01-\u0e4e]{2,9}")
    matches = [match for at in rng.sample(range(len(text) - 30), 3000) if (match := pattern.match(text, at))]
    # and at the text's end, where a word's reach runs past it
    matches += [re.compile("[\u0e01-\u0e4e]{2,6}$").search(text[:at]) for at in rng.sample(range(30, len(text)), 300)]
    matches = [match for match in matches if match]
    answers = [repairs._straddled(match.string, match) for match in matches]
    assert answers == [_straddled_plainly(match.string, match) for match in matches]
    assert 100 < sum(answers) < len(answers) - 100


@pytest.mark.parametrize("damage", [reread.AS_WRITTEN, reread.LOW_MARKS_DROPPED, reread.MARKS_AS_SPACES,
                                    reread.AA_AS_AM], ids=lambda damage: damage.name)
def test_a_reading_looks_as_far_as_its_longest_form_starting_so(damage):
    reading = reread._reading(damage)
    short = [form for form in reading.forms if len(form) > 2 and reading.reach.get(form[:3], 2) < len(form)]
    assert short == []
    assert reading.longest == max(map(len, reading.forms))


@pytest.mark.parametrize("erase", [reread._drop_low_marks, reread._marks_as_spaces, reread._marks_as_spaces_am_kept,
                                   reread._aa_as_am, reread._am_as_aa, reread._drop_low_mai_ek])
def test_words_erased_at_once_are_erased_each_as_alone(erase):
    words = sorted(reread._costs())
    assert reread._erased(erase, words) == list(map(erase, words))


def _dropped_sara_am_plainly(text: str) -> list[int]:
    """Where repair_dropped_sara_am's reading puts sara am, reading every sara aa of every run."""
    contexts, restored = reread._am_contexts(), []
    for run in reread._THAI_WORD.finditer(text):
        at = text.find("\u0e32", run.start(), run.end())
        while at != -1:
            if (text[at - 1], text[at + 1:at + 2] if at + 1 < run.end() else "") in contexts:
                start, end = max(run.start(), at - reread.AM_REACH), min(run.end(), at + reread.AM_REACH + 1)
                repaired = reread.read_back(text[start:end], reread.AM_DROPPED)
                if len(repaired) == end - start and repaired[at - start] == "\u0e33":
                    restored.append(at)
            at = text.find("\u0e32", at + 1, run.end())
    places = PlaceNames(text)  # a place name after its place word keeps its sara aa (ตาบลบ้านคา)
    return [at for at in restored if not places.covers(at, at + 1)]


def test_dropped_sara_am_is_read_where_every_sara_aa_is_read():
    words = [word.replace("\u0e33", "\u0e32") for word in ("ทำงาน", "คำนำ", "สำนักงาน", "กำลัง", "จำหน่าย", "ตำบล")]
    words += ["บ้าน", "การ", "ข้าว", "ผ้า", "นา", "ชาว", "าก", "x", " ", "\n"]
    rng = random.Random(5)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    texts += ["\u0e32" + text for text in texts[:50]] + [text + "\u0e32" for text in texts[50:100]]
    restored = 0
    for text in texts:
        clean = RepairedText(text, array("q", range(len(text))), array("q", range(1, len(text) + 1)), len(text))
        repaired, _ = reread.repair_dropped_sara_am(clean)
        expected = _dropped_sara_am_plainly(text)
        assert [at for at, char in enumerate(repaired.text) if char != text[at]] == expected, repr(text)
        restored += bool(expected)
    assert restored > 100


def _rewrite_plainly(clean: RepairedText, matches, repl) -> tuple[str, list[int], list[int]]:
    """rewrite_matches a step a character (the ranges as rewrite_matches documents them)."""
    text, out, starts, ends, last = clean.text, [], [], [], 0
    for match in matches:
        new = repl(match)
        if new == match.group(0):
            continue
        at, stop = match.span()
        out.append(text[last:at])
        starts.extend(clean.offsets[last:at])
        ends.extend(clean.ends[last:at])
        origins = new.origins if isinstance(new, Moved) else [min(i, stop - at - 1) for i in range(len(new))]
        for i, origin in enumerate(origins):
            if origin < 0:  # an insertion
                anchor = clean.offsets[at] if at < len(text) else clean.source_length
                starts.append(anchor)
                ends.append(anchor)
                continue
            starts.append(clean.offsets[at + origin])
            ends.append(clean.ends[stop - 1] if i == len(origins) - 1 else clean.ends[at + origin])
        out.append(new)
        last = stop
    out.append(text[last:])
    return "".join(out), starts + list(clean.offsets[last:]), ends + list(clean.ends[last:])


def test_rewritten_ranges_are_those_a_step_a_character_gives():
    rng = random.Random(4)
    patterns = [re.compile(pattern) for pattern in ("a", "ab", "b*", "c|de", "(?=d)", " +", "$", "abc")]
    for _ in range(20000):
        text = "".join(rng.choice("abcde ") for _ in range(rng.randint(0, 30)))
        clean = RepairedText(text, array("q", range(0, 2 * len(text), 2)),
                             array("q", range(1, 2 * len(text) + 1, 2)), 2 * len(text) + 3)

        def repl(match: re.Match[str], chosen: dict[tuple[int, int], str] = {}) -> str:  # noqa: B006 - one a text
            if match.span() not in chosen:
                found = match.group(0)
                chosen[match.span()] = rng.choice(
                    ["", "x", "xy", "xyz", found, found[::-1], "q" * rng.randint(0, 5),
                     Moved(match, tuple(reversed(range(len(found))))) if found else "z"])
            return chosen[match.span()]

        matches = list(rng.choice(patterns).finditer(text))
        rewritten = rewrite_matches(clean, matches, repl)
        assert (rewritten.text, list(rewritten.offsets), list(rewritten.ends)) == \
            _rewrite_plainly(clean, matches, repl), text


def test_counts_stopped_at_their_limit_are_the_counts():
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice("กขนม\u0e48\u0e49\u0e38 ab\n") for _ in range(rng.randint(0, 120)))
        assert reread.thai_letters(text) == len(reread._THAI_LETTER.findall(text))
        for limit in (0.0, rng.random() * 10, len(text) * reread.BARE_SHARE, float(rng.randint(0, 5))):
            for pos, endpos in ((0, len(text)), (0, rng.randint(0, 40)), (rng.randint(0, 20), len(text))):
                counted = len(reread._BARE_TONE.findall(text, pos, endpos))
                assert reread._more_than(reread._BARE_TONE, limit, text, pos, endpos) == (counted > limit), text


def test_clue_driven_scans_find_what_the_plain_patterns_find():
    """speed-thai-10: _SPLIT_AFTER_MARK rewritten space first, _MOVED_TONE found from its clue, and the doubled-mark
    repairs skipped where no mark stands twice: the same matches as the plain patterns, over every text of three
    and four letters of a small alphabet and over the seeds."""
    from kmgraph.thai import doubled, moved_tone
    from kmgraph.thai.chars import CONSONANT, MARK

    plain_split = re.compile(f"(?<=[{MARK}]) (?=[{CONSONANT}\u0e40-\u0e44\u0e30\u0e32\u0e33\u0e45])")
    plain_duplicate = re.compile(f"([{MARK}])\\1+")
    letters = " \u0e01\u0e02\u0e32\u0e33\u0e40\u0e34\u0e37\u0e38\u0e48\u0e49"
    texts = [*map("".join, itertools.product(letters, repeat=4)), _seed_text()]
    for text in texts:
        assert [m.span() for m in repairs._SPLIT_AFTER_MARK.finditer(text)] == \
            [m.span() for m in plain_split.finditer(text)], repr(text)
        assert [m.span() for m in moved_tone._moved_tones(text)] == \
            [m.span() for m in moved_tone._MOVED_TONE.finditer(text)], repr(text)
        if plain_duplicate.search(text) or doubled._CLUE.search(text):
            assert repairs._MARK_TWICE.search(text), repr(text)
