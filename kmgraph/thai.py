"""Repair Thai text damaged by PDF extraction and typing, keeping offsets back to the source.

Each repair is a regular-expression rewrite over a RepairedText; every output character keeps the source
range of the input characters it came from, so an extracted value can always name its source span.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from functools import lru_cache

from . import tables
from .model import CleanText, SourceText

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_THAI_DIGITS_RUN = re.compile(f"[{THAI_DIGITS}]+")
_ARABIC = str.maketrans(THAI_DIGITS, "0123456789")
CONSONANT = "ก-ฮ"
MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # above/below vowels, tone marks, nikhahit, thanthakhat
TONE = "\u0e48-\u0e4b"

Replacement = str | Callable[[re.Match[str]], str]


def to_arabic_digits(text: str) -> str:
    """Thai digits to Arabic digits (one character each, so offsets are unchanged)."""
    return _THAI_DIGITS_RUN.sub(_arabic_run, text)  # str.translate is slow on long Thai text: only digit runs


def _arabic_run(match: re.Match[str]) -> str:
    return match.group(0).translate(_ARABIC)


def compact(text: str) -> str:
    """A key for comparing Thai strings: no whitespace, Arabic digits."""
    return re.sub(r"\s+", "", to_arabic_digits(text))


class CompactMap:
    """A text's compact key (no whitespace, Arabic digits) with a map from key offsets back to the text."""

    __slots__ = ("key", "_gaps")

    def __init__(self, text: str):
        self.key = _WHITESPACE.sub("", to_arabic_digits(text))
        # _gaps[k]: (offset in key, whitespace characters skipped before it), one entry per whitespace run
        self._gaps: list[tuple[int, int]] = []
        skipped = 0
        for run in _WHITESPACE.finditer(text):
            skipped += run.end() - run.start()
            self._gaps.append((run.end() - skipped, skipped))

    def to_text(self, index: int) -> int:
        """The text offset of the key's character at index."""
        from bisect import bisect_right

        position = bisect_right(self._gaps, (index, float("inf")))
        return index + (self._gaps[position - 1][1] if position else 0)


_WHITESPACE = re.compile(r"\s+")


class RepairedText(CleanText):
    """Clean text whose every character names the source range [start, end) it was made from.

    A character made from several (sara am from nikhahit + sara aa, one line end from CR LF, one mark from a
    doubled one) covers all of them, so a span ending on it ends after the last of them. The offsets are arrays
    of machine integers (8 bytes a character, not a Python int object each).
    """

    __slots__ = ("ends",)

    def __init__(self, text: str, offsets: array, ends: array, source_length: int):
        super().__init__(text, offsets, source_length)  # type: ignore[arg-type]
        object.__setattr__(self, "ends", ends)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets [start, end) of the clean slice [start, end): from the start of its first
        character's source range to the end of its last one's."""
        if start >= end:
            return super().source_span(start, end)
        return self.offsets[start], self.ends[end - 1]

    def __reduce__(self):
        return (RepairedText, (self.text, self.offsets, self.ends, self.source_length))


_COUNTING = array("q")  # 0, 1, 2 … kept to be sliced: copying a slice is much faster than counting again


def _counting(start: int, stop: int) -> array:
    """array('q', range(start, stop)), from a cached counting array grown as needed (up to 64K entries)."""
    global _COUNTING
    if stop > len(_COUNTING):
        if stop > 65536:
            return array("q", range(start, stop))
        _COUNTING = array("q", range(max(stop, 2 * len(_COUNTING))))
    return _COUNTING[start:stop]


def from_source(source: SourceText) -> RepairedText:
    length = len(source.text)
    return RepairedText(source.text, _counting(0, length), _counting(1, length + 1), length)


def rewrite(clean: RepairedText, pattern: re.Pattern[str], repl: Replacement) -> RepairedText:
    """Apply `pattern.sub(repl)`, mapping each new character to the source range of the match it replaces.

    The replacement's characters take the source ranges of the matched characters in order; its last character
    extends to the end of the match, so that together they cover the whole match.
    """
    text, starts, ends = clean.text, clean.offsets, clean.ends
    out: list[str] = []
    out_starts, out_ends = array("q"), array("q")
    last = 0
    changed = False
    for m in pattern.finditer(text):
        new = m.expand(repl) if isinstance(repl, str) else repl(m)
        if new == m.group(0):
            continue
        changed = True
        at, stop = m.span()
        out.append(text[last:at])
        out_starts.extend(starts[last:at])
        out_ends.extend(ends[last:at])
        for i in range(len(new)):
            index = min(at + i, stop - 1)
            if index < at:  # an insertion (empty match): an empty range where it stands
                anchor = starts[at] if at < len(starts) else clean.source_length
                out_starts.append(anchor)
                out_ends.append(anchor)
                continue
            out_starts.append(starts[index])
            out_ends.append(ends[stop - 1] if i == len(new) - 1 else ends[index])
        out.append(new)
        last = m.end()
    if not changed:
        return clean
    out.append(text[last:])
    out_starts.extend(starts[last:])
    out_ends.extend(ends[last:])
    return RepairedText("".join(out), out_starts, out_ends, clean.source_length)


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


def trie_regex(words: list[str]) -> str:
    """One regular expression matching any of words, shaped as a trie (fast on thousands of words).

    At each branch longer continuations are tried first, so the longest word wins.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


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


class WordList:
    """A set of words answering which of them start a text (as a trie would), cheap to build."""

    def __init__(self, words: set[str]):
        self.words = frozenset(words)
        self.longest = max(map(len, self.words), default=0)

    def prefixes(self, text: str) -> list[str]:
        """The words text starts with, shortest first."""
        words = self.words
        return [text[:n] for n in range(1, min(len(text), self.longest) + 1) if text[:n] in words]

    def word_at(self, text: str, start: int, shortest: int, longest: int) -> bool:
        """Whether a word of shortest to longest letters starts at text[start]."""
        words, stop = self.words, min(len(text) - start, longest, self.longest)
        return any(text[start:start + n] in words for n in range(shortest, stop + 1))


def dictionary(with_names: bool) -> WordList:
    """pythainlp's word list (loaded once), with the name lists when with_names."""
    return _dictionary(bool(with_names))


@lru_cache(maxsize=2)
def _dictionary(with_names: bool) -> WordList:
    """pythainlp's word list; with names, its given and family names too (names are words as written)."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

    words = set(thai_words())
    if with_names:
        words |= set(thai_male_names()) | set(thai_female_names()) | set(thai_family_names())
    return WordList(words)


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
