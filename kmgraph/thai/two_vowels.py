"""Two vowel signs on one consonant (ศรสีุระ, ภมูิสะอาด): Thai cannot write them so, whatever a name list knows, so
one of them was moved by PDF extraction past its consonant, off the bare consonant before. Orthography, not the
lists, decides that the token is damaged: it is repaired even where the result is no listed name, the vowel moved
back being the one whose reading the words prefer (ภูมิ, not ภิมู), and it counts as damage for the text."""

from __future__ import annotations

import re
from collections.abc import Callable

from .chars import CONSONANT, TONE
from .offsets import Moved, RepairedText, rewrite
from .reread import reading_cost

_VOWEL = "\u0e31\u0e34-\u0e39"  # above or below: a consonant carries one
# a bare consonant, the next consonant, two vowel signs on it (each with its tone)
_TWO_VOWELS = re.compile(f"([{CONSONANT}])([{CONSONANT}])([{_VOWEL}][{TONE}]?)([{_VOWEL}][{TONE}]?)(?![{_VOWEL}])")
CLUE = re.compile(f"[{_VOWEL}][{TONE}]?[{_VOWEL}]")
REACH = 10  # the letters read either side of the pair (in its run of Thai letters)
_THAI = f"{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e"
_RUN_AFTER = re.compile(f"[{_THAI}]*")
_RUN_BEFORE = re.compile(f"[{_THAI}]*\\Z")


def has_two_vowels(text: str) -> bool:
    """Whether text holds two vowel signs on one consonant (a cheap scan: most text has none)."""
    return CLUE.search(text) is not None


def repair_two_vowels(clean: RepairedText) -> RepairedText:
    """Move one of two vowel signs on a consonant back onto the bare consonant before it: the first (ภมูิ → ภูมิ) or
    the second, whichever reads as likelier words; both stand legally."""
    if not has_two_vowels(clean.text):
        return clean
    return rewrite(clean, _TWO_VOWELS, _move_back(clean.text))


def _move_back(text: str) -> Callable[[re.Match[str]], str]:
    def fix(match: re.Match[str]) -> str:
        first, second = len(match.group(3)), len(match.group(4))
        own_first = (0, *range(2 + first, 2 + first + second), 1, *range(2, 2 + first))  # the second moved back
        own_second = (0, *range(2, 2 + first), 1, *range(2 + first, 2 + first + second))  # the first moved back
        start, end = match.span()
        before = _RUN_BEFORE.search(text, max(0, start - REACH), start)
        after = _RUN_AFTER.match(text, end, min(len(text), end + REACH))
        head, tail = before.group(0) if before else "", after.group(0) if after else ""
        letters = match.group(0)

        def cost(order: tuple[int, ...]) -> float:
            return reading_cost(head + "".join(letters[i] for i in order) + tail)

        return Moved(match, min((own_second, own_first), key=cost))  # (a tie: the first moved back, the usual)

    return fix
