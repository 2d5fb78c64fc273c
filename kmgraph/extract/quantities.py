"""Counted quantities in a record's text: a number with its Thai unit (30,336 คน, ร้อยละ 81)."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables
from ..model import Quantity, Text
from ..thai import alternation, to_arabic_digits

_NUMBER = r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<dec>[0-9]+))?"
CONTEXT_CHARS = 40
_BLANK = re.compile(r"\s*")
_AFTER_A_NUMBER = re.compile(r"[0-9]\s?$")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    spec = tables.lexicon().quantities
    units = alternation(spec.units)
    first = alternation(spec.unit_first)
    stop = alternation(spec.not_counts_after)
    # a digit first (the look behind, over the character before it, checked after it): the regex engine then skips
    # to the next digit in C, and most places are not one; _NUMBER's forms, in the same order
    after = re.compile(rf"(?P<num>[0-9](?<![0-9.,/:\-].)(?:[0-9]{{0,2}}(?:,[0-9]{{3}})+|[0-9]*))(?:\.(?P<dec>[0-9]+))?"
                       rf"(?![0-9/:\-]|\.[0-9])\s?(?P<unit>{units})")
    before = re.compile(rf"(?P<unit>{first})\s?{_NUMBER}(?![0-9/:\-]|\.[0-9])")
    not_count = re.compile(rf"(?:{stop})\s?$")
    return after, before, not_count


@lru_cache(maxsize=1)
def _count_after() -> re.Pattern[str]:
    """A word ending like a stop word that a count does follow (พื้นที่ ends with ที่)."""
    return re.compile(rf"(?:{alternation(tables.lexicon().quantities.counts_after)})\s?$")


def _value(match: re.Match[str]) -> float:
    number = match.group("num").replace(",", "")
    return float(f"{number}.{match.group('dec')}" if match.group("dec") else number)


def _phrase(text: str, start: int, end: int) -> tuple[int, str]:
    """The number's phrase: the chunk or two before it on its line, then the number and unit."""
    reach = max(0, start - CONTEXT_CHARS - 1)  # a line start further back than the window does not matter
    line_start = text.rfind("\n", reach, start) + 1 or reach
    window_start = max(line_start, start - CONTEXT_CHARS)
    chunks = [c for c in text[window_start:start].split(" ") if c]
    if window_start > line_start and len(chunks) > 1:
        chunks = chunks[1:]
    keep = " ".join(chunks[-1:] if not chunks or len(chunks[-1]) >= 8 else chunks[-2:])
    found = text.rfind(keep, window_start, start) if keep else -1
    phrase_start = found if found >= 0 else start
    return phrase_start, text[phrase_start:end].strip()


def find_quantities(pieces: list[Text]) -> list[Quantity]:
    """Quantities in the given pieces of text, in order; list numbers, years and codes are skipped."""
    after, before, not_count = _patterns()
    spec = tables.lexicon().quantities
    stop_reach = max(map(len, spec.not_counts_after + spec.counts_after)) + 1
    found: list[Quantity] = []
    for piece in pieces:
        text = to_arabic_digits(piece.text)
        unit_first = list(before.finditer(text))
        hits = [(m.start(), m.end(), _value(m), m.group("unit")) for m in unit_first]
        taken = {m.start("num") for m in unit_first}
        line_start, seen = 0, 0  # the current line's start, found by searching only the text not yet seen
        for match in after.finditer(text):
            if match.start("num") in taken:
                continue
            line_start = text.rfind("\n", seen, match.start()) + 1 or line_start
            seen = match.start()
            # only the few characters before the number can hold a stop word (a long line stays linear)
            window = max(line_start, match.start() - stop_reach)
            stop = not_count.search(text, window, match.start())
            if (stop and not _count_after().search(text, window, match.start())
                    and not _AFTER_A_NUMBER.search(text, max(0, stop.start() - 2), stop.start())):
                continue  # a year (ปี 2563), not a count; but "35 ปี 31 คน": the stop word was a unit
            after_number = text[match.end("num"):match.end("num") + 1]
            if after_number in (".", ")") and _BLANK.fullmatch(text, line_start, match.start()):
                continue
            hits.append((match.start(), match.end(), _value(match), match.group("unit")))
        for start, end, value, unit in sorted(hits):
            phrase_start, phrase = _phrase(piece.text, start, end)
            found.append(Quantity(value, unit, phrase, piece.start + phrase_start, piece.start + end))
    return found
