"""Thai characters: digits, consonants and marks, the compact comparison key (with a map back to the text),
and terminal width."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_DIGITS_RUN = re.compile(f"[{THAI_DIGITS}]+")
_THAI_DIGIT = re.compile(f"[{THAI_DIGITS}]")
_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
CONSONANT = "ก-ฮ"
MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # above/below vowels, tone marks, nikhahit, thanthakhat
TONE = "\u0e48-\u0e4b"

def to_arabic_digits(text: str) -> str:
    """Thai digits to Arabic digits (one character each, so offsets are unchanged)."""
    if _THAI_DIGIT.search(text) is None:  # most text: a scan, not a substitution's list and copy
        return text
    return _THAI_DIGITS_RUN.sub(_arabic_run, text)  # str.translate is slow on long Thai text: only digit runs


def _arabic_run(match: re.Match[str]) -> str:
    return match.group(0).translate(_ARABIC)


def compact(text: str) -> str:
    """A key for comparing Thai strings: no whitespace, Arabic digits."""
    return to_arabic_digits("".join(text.split()))  # str.split drops what the regex \s does, quicker


class CompactMap:
    """A text's compact key (no whitespace, Arabic digits) with a map from key offsets back to the text."""

    __slots__ = ("key", "_gaps")

    def __init__(self, text: str):
        self.key = to_arabic_digits("".join(text.split()))
        # _gaps[k]: (offset in key, whitespace characters skipped before it), one entry per whitespace run
        self._gaps: list[tuple[int, int]] = []
        skipped = 0
        for run in _WHITESPACE.finditer(text):
            skipped += run.end() - run.start()
            self._gaps.append((run.end() - skipped, skipped))

    def to_text(self, index: int) -> int:
        """The text offset of the key's character at index."""
        position = bisect_right(self._gaps, (index, float("inf")))
        return index + (self._gaps[position - 1][1] if position else 0)


_WHITESPACE = re.compile(r"\s+")


def display_width(text: str) -> int:
    """Terminal columns: Thai combining marks take none, wide East Asian characters take two."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))
