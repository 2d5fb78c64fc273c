"""Thai letters as extraction compares them: what counts as a letter, and a text's skeleton (the letters that
survive PDF damage), with lookups of lexicon words by it."""

from __future__ import annotations

import re
from functools import lru_cache

from ..thai import to_arabic_digits

# Consonants, vowels, tone and other marks (U+0E01-0E2E, U+0E30-0E4E); not ฯ (U+0E2F), which ends an
# abbreviation (กรุงเทพฯ) like a full stop, so what follows it starts a new word.
THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]")

_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
_DASHES = "-\u2013\u2014"
_SPACES = " \t\n\r\f\v\u00a0"
_SKELETON_TABLE = str.maketrans({**{char: None for char in _MARKS + _DASHES + _SPACES},
                                 "\u0e33": "\u0e32", **{chr(0x0E50 + d): str(d) for d in range(10)}})
# runs of the characters a key keeps (and not NUL, which the index has always left out)
_KEPT_RUN = re.compile("[^" + re.escape(_MARKS + _DASHES + _SPACES) + "\x00]+")


class Skeleton:
    """A text's letters that survive PDF damage (no spaces, marks or dashes; sara am read as sara aa; Arabic
    digits), with each key letter's offset in the text (worked out when first asked for)."""

    __slots__ = ("key", "_text", "_offsets", "_runs")

    def __init__(self, text: str):
        self._text = text
        self.key = skeleton_key(text)
        self._offsets: list[int] = []  # the key letters' text offsets, worked out as far as asked for
        self._runs = _KEPT_RUN.finditer(text)

    def offset(self, at: int) -> int:
        """The text offset of the key's letter at (at >= 0; IndexError past the last)."""
        offsets = self._offsets
        while len(offsets) <= at:
            run = next(self._runs, None)
            if run is None:
                raise IndexError(at)
            offsets.extend(range(run.start(), run.end()))
        return offsets[at]

    @property
    def index(self) -> tuple[int, ...]:
        for run in self._runs:
            self._offsets.extend(range(run.start(), run.end()))
        return tuple(self._offsets)

    def text_end(self, key_end: int, text: str) -> int:
        """The text offset just after the key's first key_end letters (and the marks that go with the last)."""
        if key_end <= 0:
            return 0
        end = self.offset(key_end - 1) + 1
        while end < len(text) and text[end] in _MARKS:
            end += 1
        return end


def skeleton(text: str) -> Skeleton:
    return Skeleton(text)


def skeleton_key(text: str) -> str:
    """Skeleton's key, without the object: what _SKELETON_TABLE makes of text, by a regex and str.replace (a
    translate table is looked up character by character, slow on Thai text)."""
    key = _DROPPED_RUN.sub("", text)
    if "\u0e33" in key:
        key = key.replace("\u0e33", "\u0e32")
    return to_arabic_digits(key)


_DROPPED_RUN = re.compile("[" + re.escape(_MARKS + _DASHES + _SPACES) + "]+")


_DROPPED = "[" + re.escape(_MARKS + _DASHES + _SPACES) + "]*"
_FIRST_TWO_KEPT = re.compile(f"{_DROPPED}([^{_DROPPED[1:-2]}]){_DROPPED}([^{_DROPPED[1:-2]}])")


def skeleton_pair(text: str) -> str | None:
    """The first two letters of text's skeleton key (skeleton_key(text)[:2]), or None when it has fewer."""
    found = _FIRST_TWO_KEPT.match(text)
    return (found.group(1) + found.group(2)).translate(_SKELETON_TABLE) if found else None


def lexicon_prefix(text: str, words) -> tuple[str, int] | None:
    """The word (longest first) that text opens with, compared through PDF damage: (word, text length used)."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    exact, by_skeleton = _word_index(tuple(words))
    for size in exact[1]:  # the words' lengths, longest first: no other length can match
        if size <= len(stripped) and stripped[:size] in exact[0]:
            return stripped[:size], lead + size
    shape = skeleton(stripped[:120])
    for size in by_skeleton[1]:
        word = by_skeleton[0].get(shape.key[:size]) if size <= len(shape.key) else None
        if word:
            used = shape.text_end(size, stripped)
            if stripped[:used].count("\u0e33") > word.count("\u0e33"):
                return None  # a sara am written where the word has none: another word (บ้านคำ is not บ้านคา)
            return word, lead + used
    return None


@lru_cache(maxsize=64)
def _word_index(words: tuple[str, ...]) -> tuple[tuple[frozenset[str], tuple[int, ...]],
                                                  tuple[dict[str, str], tuple[int, ...]]]:
    """Words as written, and by skeleton (the first word listed wins a shared skeleton), with the lengths they
    come in, longest first (skeletons of two letters or more)."""
    by_skeleton: dict[str, str] = {}
    for word in words:
        by_skeleton.setdefault(skeleton_key(word), word)
    return ((frozenset(words), tuple(sorted({len(word) for word in words if word}, reverse=True))),
            (by_skeleton, tuple(sorted({len(key) for key in by_skeleton if len(key) >= 2}, reverse=True))))

