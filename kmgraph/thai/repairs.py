"""The named repairs of Thai text damaged by PDF extraction and typing (as PyThaiNLP's util/normalize), each a
rewrite over a RepairedText, and `normalize`, which applies them in order and says what it repaired."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables
from ..model import SourceText
from .chars import CONSONANT, MARK, TONE
from .offsets import RepairedText, from_source, rewrite
from .words import _dictionary, trie_regex

_LINE_ENDS = re.compile(r"\r\n?")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_REPLACEMENT_BEFORE_AM = re.compile("\ufffd+(?=[\u0e33\u0e4d])")
_ODD_SPACES = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_NIKHAHIT_AA = re.compile(f"\u0e4d\\s?([{TONE}]?)\\s?\u0e32")
_TONE_BEFORE_AM = re.compile(f"\u0e33([{TONE}])")
_SPACE_BEFORE_MARK = re.compile(f"(?<=[{CONSONANT}{MARK}]) +(?=[{MARK}])")
_DUPLICATE_MARK = re.compile(f"([{MARK}])\\1+")
_MANY_SPACES = re.compile(" {2,}")
_EDGE_SPACES = re.compile("^ +| +$", re.M)


@lru_cache(maxsize=1)
def _lone_final_pattern() -> re.Pattern[str]:
    """A space before a lone final consonant (พอเพีย ง), unless that letter is a word (ณ)."""
    words = "|".join(map(re.escape, tables.lexicon()["text"]["single_letter_words"]))
    return re.compile(f"(?<=[{CONSONANT}{MARK}]) (?!(?:{words})(?: |$))(?=[{CONSONANT}][{TONE}\u0e4c]?(?: |$))", re.M)


@lru_cache(maxsize=1)
def _sara_am_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    repairs = tables.sara_am_repairs()
    return re.compile(trie_regex(list(repairs))), repairs


def repair_sara_am(clean: RepairedText) -> RepairedText:
    """Restore sara am dropped by PDF extraction (ตาแหน่ง → ตำแหน่ง) from a word list."""
    if "\u0e32" not in clean.text:
        return clean
    pattern, repairs = _sara_am_pattern()
    return rewrite(clean, pattern, lambda m: repairs.get(m.group(0), m.group(0)))


_MOVED_VOWEL = re.compile(f"(?<=[{CONSONANT}])([{CONSONANT}])([\u0e31\u0e34-\u0e37\u0e38\u0e39])")
WORD_REACH = 6


def _covered(text: str, position: int, end: int, with_names: bool = False, shortest: int = 3) -> bool:
    """Whether a word of `shortest`+ letters, starting at most WORD_REACH letters before position (and not after
    it), reaches end."""
    words = _dictionary(bool(with_names))
    for start in range(position, max(0, position - WORD_REACH) - 1, -1):  # nearest starts first: most words are
        if words.word_at(text, start, max(shortest, end - start), 24):
            return True
    return False


def repair_moved_vowels(clean: RepairedText) -> RepairedText:
    """A vowel mark PDF extraction moved past the next consonant (พอเพยีง → พอเพียง, บันทกึ → บันทึก): swap it
    back where the dictionary knows the swapped word and knows no word covering the letters as they stand."""
    text = clean.text

    def fix(match: re.Match[str]) -> str:
        at = match.start()
        begin = max(0, at - WORD_REACH)
        if _should_swap(text[begin:at + 24], at - begin):
            return match.group(2) + match.group(1)
        return match.group(0)

    return rewrite(clean, _MOVED_VOWEL, fix)


@lru_cache(maxsize=65536)
def _should_swap(window: str, at: int) -> bool:
    """The swap test on a window of text (records repeat their words, so windows repeat)."""
    swapped = window[:at] + window[at + 1] + window[at] + window[at + 2:]
    # the repaired word must be a real one reaching back before the consonant pair (เพียง, บันทึก, สมาชิก),
    # not a short word the swap happens to make (การมี → การิม)
    return not _covered(window, at, at + 2, with_names=True) and _covered(swapped, at - 2, at + 2, shortest=4)


def normalize(source: SourceText, damaged: bool = False) -> tuple[RepairedText, list[str]]:
    """Repair a record's text; return the clean text and warnings about what was repaired.

    damaged: the text is known to show PDF damage (a piece of a damaged record), so moved vowels are searched
    for even if the piece shows no damage of its own.
    """
    clean = from_source(source)
    warnings: list[str] = []
    clean = rewrite(clean, _LINE_ENDS, "\n")
    clean = rewrite(clean, _ODD_SPACES, " ")
    before = clean.text
    clean = rewrite(clean, _INVISIBLE, "")
    clean = rewrite(clean, _REPLACEMENT_BEFORE_AM, "")
    clean = rewrite(clean, _NIKHAHIT_AA, lambda m: m.group(1) + "\u0e33")
    clean = rewrite(clean, _TONE_BEFORE_AM, lambda m: m.group(1) + "\u0e33")
    clean = rewrite(clean, _SPACE_BEFORE_MARK, "")
    clean = rewrite(clean, _DUPLICATE_MARK, lambda m: m.group(1))
    if clean.text != before:
        warnings.append("repaired Thai characters damaged by extraction (sara am, invisible or doubled marks)")
    before = clean.text
    clean = repair_sara_am(clean)
    if clean.text != before:
        warnings.append("restored sara am dropped by PDF extraction")
    damaged = damaged or bool(warnings)
    before = clean.text
    clean = rewrite(clean, _lone_final_pattern(), "")
    if clean.text != before:
        warnings.append("joined Thai words broken by stray spaces")
        damaged = True
    if damaged:  # only text that shows PDF damage is searched for moved vowels (a dictionary check per mark)
        before = clean.text
        clean = repair_moved_vowels(clean)
        if clean.text != before:
            warnings.append("moved vowel marks back before their consonant")
    clean = rewrite(clean, _MANY_SPACES, " ")
    clean = rewrite(clean, _EDGE_SPACES, "")
    if "\ufffd" in clean.text:
        warnings.append("text holds undecodable characters (U+FFFD)")
    return clean, warnings
