"""Vowel marks PDF extraction moved past the next consonant inside a person's name (นางบญุเรือน ชาญสงูเนิน →
นางบุญเรือน ชาญสูงเนิน). Names are compounds of ordinary words (บุญ เรือน ชาญ สูง เนิน), but no list knows the
whole, and pythainlp's word list holds some damaged spellings (บญุ): the repairs that ask for a known word leave
them. In text whose marks were moved elsewhere, a name's marks are moved back where the name then reads wholly as
words (or names) of the lists and more cheaply than as written. Only a vowel below is moved: a vowel above
after a bare consonant is common in invented names (มนิภา), that read as words moved (มินภา) and are not.
A name that Thai cannot write as printed (a vowel then sara aa on one consonant, แก้วพลิา; a vowel after a karan,
ศรวีงษช์าติ) shows its moves itself: in it, and in the other run of the same name, a vowel above moves back too,
and a move that reads as well as the letters printed is made (สรุศักดิ์: the name list holds the damaged spelling
as well as สุรศักดิ์)."""

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
# in a name that shows its moves: a vowel above too (with its tone)
_SITE_SHOWN = re.compile(
    f"(?<=[{CONSONANT}])([{CONSONANT}])([\u0e31\u0e34-\u0e37][{TONE}]?|[\u0e38\u0e39][{TONE}\u0e4c]?|\u0e4c)"
    f"(?![\u0e31\u0e34-\u0e39])")
# what Thai never writes: a vowel above or below then sara a, aa or am; a karan then a vowel
_UNWRITABLE = re.compile(f"[\u0e31\u0e34-\u0e39][{TONE}]?[\u0e30\u0e32\u0e33]|\u0e4c[\u0e30-\u0e39\u0e47]")


def repair_moved_in_names(clean: RepairedText) -> RepairedText:
    """Move marks back inside people's names where each name reads better so (call only on text that shows moved
    marks elsewhere)."""
    names = Names(clean.text)
    if not names:
        return clean
    text = clean.text
    matches: list[re.Match[str]] = []
    for runs in names.people:
        shown = any(_UNWRITABLE.search(text, start, end) for start, end in runs)
        for start, end in runs:
            matches.extend(_moves(text, start, end, shown))
    return rewrite_matches(clean, matches, _swapped) if matches else clean


def _swapped(match: re.Match[str]) -> Moved:
    return Moved(match, (*range(1, len(match.group(0))), 0))


def _moves(text: str, start: int, end: int, shown: bool = False) -> list[re.Match[str]]:
    """The sites of a name whose marks move back, chosen one by one from the first while the name reads better
    (or, in a name that shows its moves, as well)."""
    chosen: list[re.Match[str]] = []
    best = text[start:end]
    for site in (_SITE_SHOWN if shown else _SITE).finditer(text, start, end):
        if site.start() == start:  # (no consonant of the name before it)
            continue
        tried = _render(text, start, end, [*chosen, site])
        if _better(tried, best, shown):
            chosen.append(site)
            best = tried
    return chosen if chosen and not unread_letters(best) else []


def _better(tried: str, best: str, shown: bool = False) -> bool:
    """Whether a name reads better as tried: no more letters unread, and likelier words (or as likely, where the
    name shows its moves)."""
    if len(unread_letters(tried)) > len(unread_letters(best)):
        return False
    return reading_cost(tried) <= reading_cost(best) if shown else reading_cost(tried) < reading_cost(best)


def _render(text: str, start: int, end: int, sites: list[re.Match[str]]) -> str:
    out, at = [], start
    for site in sites:
        out.append(text[at:site.start()])
        out.append(site.group(2) + site.group(1))
        at = site.end()
    out.append(text[at:end])
    return "".join(out)


