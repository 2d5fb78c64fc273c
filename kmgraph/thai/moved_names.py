"""Vowel marks PDF extraction moved past the next consonant inside a person's name (นางบญุเรือน ชาญสงูเนิน →
นางบุญเรือน ชาญสูงเนิน). Names are compounds of ordinary words (บุญ เรือน ชาญ สูง เนิน), but no list knows the
whole, and pythainlp's word list holds some damaged spellings (บญุ): the repairs that ask for a known word leave
them. In text whose marks were moved elsewhere, a name's marks are moved back where the name then reads wholly as
words (or names) of the lists and more cheaply than as written. Only a vowel below is moved: a vowel above
after a bare consonant is common in invented names (มนิภา), that read as words moved (มินภา) and are not."""

from __future__ import annotations

import re

from .chars import CONSONANT, TONE
from .names import Names
from .offsets import Moved, RepairedText, rewrite_matches
from .reread import reading_cost, unread_letters

# a bare consonant, then a consonant with a vowel below (and its tone or karan), or a karan alone, that may be the
# first one's: the tell (บญุ, สงู, วงศช์าลี); a vowel above is left (มนิภา, ภนิดา: invented names that read as
# words with it moved, มินภา)
_SITE = re.compile(f"(?<=[{CONSONANT}])([{CONSONANT}])([\u0e38\u0e39][{TONE}\u0e4c]?|\u0e4c)(?![\u0e31\u0e34-\u0e39])")


def repair_moved_in_names(clean: RepairedText) -> RepairedText:
    """Move marks back inside people's names where each name reads better so (call only on text that shows moved
    marks elsewhere)."""
    names = Names(clean.text)
    if not names:
        return clean
    text = clean.text
    matches: list[re.Match[str]] = []
    for start, end in names.tokens:
        matches.extend(_moves(text, start, end))
    return rewrite_matches(clean, matches, _swapped) if matches else clean


def _swapped(match: re.Match[str]) -> Moved:
    return Moved(match, (*range(1, len(match.group(0))), 0))


def _moves(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The sites of a name whose marks move back, chosen one by one from the first while the name reads better."""
    chosen: list[re.Match[str]] = []
    best = text[start:end]
    for site in _SITE.finditer(text, start, end):
        if site.start() == start:  # (no consonant of the name before it)
            continue
        tried = _render(text, start, end, [*chosen, site])
        if _better(tried, best):
            chosen.append(site)
            best = tried
    return chosen if chosen and not unread_letters(best) else []


def _better(tried: str, best: str) -> bool:
    """Whether a name reads better as tried: no more letters unread, and likelier words."""
    return len(unread_letters(tried)) <= len(unread_letters(best)) and reading_cost(tried) < reading_cost(best)


def _render(text: str, start: int, end: int, sites: list[re.Match[str]]) -> str:
    out, at = [], start
    for site in sites:
        out.append(text[at:site.start()])
        out.append(site.group(2) + site.group(1))
        at = site.end()
    out.append(text[at:end])
    return "".join(out)


