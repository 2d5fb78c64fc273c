"""The named repairs of Thai text damaged by PDF extraction and typing (as PyThaiNLP's util/normalize), each a
rewrite over a RepairedText, and `normalize`, which applies them in order and says what it repaired."""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from .. import tables
from ..model import SourceText
from .chars import CONSONANT, MARK, TONE
from .doubled import repair_doubled_marks
from .endmarks import repair_dropped_karan
from .moved import moves_shown, repair_moved_chains
from .moved_names import repair_moved_in_names
from .moved_tone import repair_moved_tones
from .names import Names
from .offsets import Moved, RepairedText, Replacement, from_source, rewrite, rewrite_matches
from .place_names import PlaceNames, repair_split_place_names
from .reread import (
    MARKS_AS_SPACES,
    UPPER_TONES_DROPPED,
    erased_marks_found,
    name_repaired,
    reading_cost,
    repair_aa_as_am,
    repair_dropped_sara_am,
    repair_letter_spacing,
    reread_lines,
    unread_letters,
)
from .two_vowels import has_two_vowels, repair_two_vowels
from .words import WordList, _dictionary, alternation, trie_regex

_LINE_ENDS = re.compile(r"\r\n?")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_REPLACEMENT_BEFORE_AM = re.compile("\ufffd+(?=[\u0e33\u0e4d])")
_ODD_SPACES = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_NIKHAHIT_AA = re.compile(f"\u0e4d\\s?([{TONE}]?)\\s?\u0e32")
_TONE_BEFORE_AM = re.compile(f"\u0e33([{TONE}])")
# sara am with an extra sara aa after it (ตำาแหน่ง: the aa of its two glyphs extracted again), or written in the
# wrong order, sara aa then nikhahit (อาํ เภอ), often with a space after it: Thai writes neither
_AM_THEN_AA = re.compile("\u0e33\u0e32")
_AA_THEN_NIKHAHIT = re.compile(f"\u0e32\u0e4d( (?=[{CONSONANT}\u0e40-\u0e44]))?")
_SPACE_BEFORE_MARK = re.compile(f"(?<=[{CONSONANT}{MARK}]) +(?=[{MARK}])")
_DUPLICATE_MARK = re.compile(f"([{MARK}])\\1+")
_MANY_SPACES = re.compile(" {2,}")
# justified text: spaces put inside words after a marked letter (กลั บ, เมื อง, หล่ มเก่า). A space after mai han-akat
# or sara uee splits a syllable for certain (both need a letter after them): the text shows the damage where two
# such stand; then a space after a mark goes where a word (or name) runs across it (not for certain: PDF damage
# leaves จดั การ, a vowel moved past its consonant, not a split)
_CERTAIN_SPLIT = re.compile(f"[{CONSONANT}][\u0e31\u0e37][{TONE}]? (?=[{CONSONANT}])")
# (before a following vowel too: สร้ าง, บ้ าน; a word never starts with one)
# (the space first, so that the scan looks for a fixed character: the same matches as (?<=[MARK]) (?=…))
_SPLIT_AFTER_MARK = re.compile(f" (?<=[{MARK}] )(?=[{CONSONANT}\u0e40-\u0e44\u0e30\u0e32\u0e33\u0e45])")
_CERTAIN_SPLIT_CLUE = re.compile(f"[\u0e31\u0e37][{TONE}]? ")  # its clue: a fast scan (a fixed first letter)
# a space after a short open vowel on its consonant, inside a run of letters (การเตรียมวิ ทยากร): where no word
# longer than that syllable ends there (วิ, ดุ are rare words; ปฏิบัติ การ is two), the letters are weighed both
# ways, not taken for two words side by side
_OPEN_SHORT_BEFORE = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e][{CONSONANT}][\u0e34\u0e36\u0e38] ")
_SPACE_AFTER_AM = re.compile(f"(?<=[{CONSONANT}]\u0e33) (?=[{CONSONANT}\u0e40-\u0e44])")
SHOWN_SPLITS = 2
SPLIT_WINDOW = 16
SPLIT_NAME_PIECE = 3  # the longest piece of a given name split after its first syllable (จิ ราพร)
_THAI_RUN = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]+")
_RUN_BEFORE_TONE = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]*\\Z")
_EDGE_SPACES = re.compile("^ +| +$", re.M)
# Clues: what every match of a repair's pattern holds, found by a fast scan (a plain substring, or a pattern that
# starts with a fixed character), so that text without the clue, most text, is not scanned by the slower pattern.
_SPACE_THEN_MARK = re.compile(f" [{MARK}]")  # a space before a mark: _SPACE_BEFORE_MARK, _STACKED_MARKS
_AA_THEN_TONE = re.compile(f"\u0e32[{TONE}]")  # _TONE_AFTER_AA
_TONE_THEN_VOWEL = re.compile(f"[{TONE}][\u0e31\u0e34-\u0e37]")  # _TONE_BEFORE_VOWEL
_LEADING_THEN_MARK = re.compile(f"[\u0e40-\u0e44][{MARK}]")  # _MARK_AFTER_LEADING
_LONE_LETTER = re.compile(f" [{CONSONANT}][{TONE}\u0e4c]?(?: |$)", re.M)  # _lone_final_pattern
_UPPER_BARE = re.compile(f"[\u0e31\u0e34-\u0e37](?![{TONE}])")  # a vowel above with no tone on it: most Thai
_THAI_PRIVATE_USE = re.compile("[\uf700-\uf71f]")
_PRIVATE_USE = re.compile("[\uf000-\uf0ff\uf700-\uf71f]")  # Thai glyphs, and Symbol/Wingdings bullets
# a mark written twice in a row: the clue of _DUPLICATE_MARK and of repair_doubled_marks (its vowels twice)
_MARK_TWICE = re.compile(f"([{MARK}])\\1")
# the clues of the repairs of marks out of place, in two scans (each a pair: a space, sara aa, a leading vowel, a tone
# mark, mai taikhu or karan before a mark; or a tone after the อ of sara uee): _STACKED_CLUE, _LEADING_THEN_MARK,
# _AA_THEN_TONE, _TONE_THEN_VOWEL, _UEE_O_THEN_TONE, _SPACE_THEN_MARK
# (each scan starts with a set or a fixed letter, which the regex engine skips to; an alternation is tried at every
# letter)
_MARK_OUT_OF_PLACE = (re.compile(f"[ \u0e32\u0e40-\u0e44{TONE}\u0e47\u0e4c][{MARK}]"),
                     re.compile(f"\u0e37\u0e2d[{TONE}]"))

Clue = str | re.Pattern[str]


def _has(text: str, clue: Clue) -> bool:
    """Whether text holds the clue (a substring, or a match of a pattern)."""
    return clue in text if isinstance(clue, str) else clue.search(text) is not None


def _rewrite_if(clean: RepairedText, clue: Clue, pattern: re.Pattern[str], repl: Replacement) -> RepairedText:
    """`rewrite`, skipped where the text lacks the clue every match of pattern holds."""
    return rewrite(clean, pattern, repl) if _has(clean.text, clue) else clean


def _has_mark_out_of_place(text: str) -> bool:
    """Whether text holds a clue of the repairs of marks out of place (_MARK_OUT_OF_PLACE)."""
    return any(clue.search(text) for clue in _MARK_OUT_OF_PLACE)


def _has_edge_spaces(text: str) -> bool:
    """Whether a line of text starts or ends with a space (what _EDGE_SPACES matches)."""
    return text.startswith(" ") or text.endswith(" ") or " \n" in text or "\n " in text


@lru_cache(maxsize=1)
def _lone_final_pattern() -> re.Pattern[str]:
    """A space before a lone final consonant (พอเพีย ง), unless that letter is a word (ณ)."""
    words = "|".join(map(re.escape, tables.lexicon().text.single_letter_words))
    return re.compile(f"(?<=[{CONSONANT}{MARK}]) (?!(?:{words})(?: |$))(?=[{CONSONANT}][{TONE}\u0e4c]?(?: |$))", re.M)


@lru_cache(maxsize=1)
def _sara_am_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """The word list's pattern and repairs (its clue built too, so that forked workers inherit both)."""
    repairs = tables.sara_am_repairs()
    _sara_am_clue(), _lexicon_list()
    return re.compile(trie_regex(list(repairs))), repairs


@lru_cache(maxsize=1)
def _sara_am_clue() -> re.Pattern[str]:
    """The clue of _sara_am_pattern, for the text read backwards: the seven letters (or fewer, the whole word)
    around each word's first damaged sara aa, found at that sara aa — a fixed letter, so the scan is fast where
    the word list's own pattern, which may start at any consonant, is slow. Backwards, the letters before the
    sara aa follow it and are matched as they come; those after are looked back at, a fixed number a word."""
    trie: dict = {}
    for damaged, repaired in tables.sara_am_repairs().items():
        aa = next(i for i, (was, now) in enumerate(zip(damaged, repaired, strict=True)) if was != now)
        size = min(_SARA_AM_CLUE_SIZE, len(damaged))
        start = min(max(0, aa - _SARA_AM_CLUE_SIZE // 2), len(damaged) - size)
        backwards = damaged[start:start + size][::-1]
        node = trie
        for char in backwards[start + size - aa:]:  # the letters before the sara aa, backwards
            node = node.setdefault(char, {})
        node.setdefault("", set()).add(backwards)

    def build(node: dict) -> str:
        grams = node.get("", set())
        branches = [f"(?<={alternation(same)})" for same in
                    ([gram for gram in grams if len(gram) == width] for width in sorted(set(map(len, grams))))]
        branches += [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile("\u0e32" + build(trie))


_SARA_AM_CLUE_SIZE = 7


def repair_sara_am(clean: RepairedText, shown: bool = False) -> RepairedText:
    """Restore sara am dropped by PDF extraction (ตาแหน่ง → ตำแหน่ง) from a word list. A list word that reads as
    words as it stands (ถ้าชา: ถ้า ชา, in ถ้าชาวบ้าน) is repaired only in a text that shows the damage: `shown`
    (other damage seen), or a list word found that does not read so (ตาแหน่ง)."""
    if "\u0e32" not in clean.text:
        return clean
    windows = _sara_am_windows(clean.text)
    if not windows:
        return clean
    pattern, repairs = _sara_am_pattern()
    matches = list(itertools.chain.from_iterable(pattern.finditer(clean.text, start, end) for start, end in windows))
    if matches and not shown and not any(_reads_better_repaired(clean.text, match, repairs) for match in matches):
        return clean  # each reads as well as written: no evidence of the damage
    # the text shows the damage, yet a list word that reads worse repaired is left (รู้จาก: รู้จำก leaves ก alone)
    matches = [match for match in matches if not _straddled(clean.text, match)
               or not _reads_better_repaired(clean.text, match, repairs, worse=True)]
    if matches and (places := PlaceNames(clean.text)).spans:  # a place name as the gazetteer spells it (กาบัง)
        matches = [match for match in matches if not places.covers(*match.span())]
    if matches and (names := Names(clean.text)):  # in a name (จาปาทอง), only what makes one the lists know
        # … or, where words outside names show the damage, what reads as a word fewer (สายทองคา: สาย ทองคำ)
        page_shows = shown or any(names.token(*match.span()) is None and
                                  _reads_better_repaired(clean.text, match, repairs) for match in matches)
        matches = [match for match in matches if _known_in_name(clean.text, names, match, repairs, page_shows)]
    return rewrite_matches(clean, matches, lambda m: repairs.get(m.group(0), m.group(0)))


def _reads_better_repaired(text: str, match: re.Match[str], repairs: dict[str, str], worse: bool = False) -> bool:
    """Whether the letters around a list word (its run of Thai letters, up to WORD_REACH + the word's length either
    side) read as likelier words repaired (ตาแหน่ง, ดาเนินงาน) than as written (ถ้าชาวบ้าน: ถ้า ชาวบ้าน, not ถ้ำชา ว…);
    `worse`: whether they read worse repaired (รู้จาก: รู้ จาก, not รู้จำ ก)."""
    start, end = match.span()
    reach = WORD_REACH + end - start
    run_start = max(0, start - reach)
    run_start = max(run_start, *(text.rfind(char, run_start, start) + 1 for char in " \n"))
    run_end = min(len(text), end + reach)
    run_end = min([run_end] + [at for at in (text.find(char, end, run_end) for char in " \n") if at != -1])
    written = text[run_start:run_end]
    repaired = text[run_start:start] + repairs.get(match.group(0), match.group(0)) + text[end:run_end]
    if worse:
        return reading_cost(repaired) > reading_cost(written)
    return reading_cost(repaired) < reading_cost(written)


def _straddled(text: str, match: re.Match[str]) -> bool:
    """Whether a word starting inside a list word (past its first letter) runs on past its end (รู้จา|ก: จาก), or
    a known word or place starting before it holds it (บาง|ปลาม้า: the district บางปลาม้า), so that the letters may
    be words as written (a cheap check before reading them)."""
    words, start, end = _dictionary(True), match.start(), match.end()
    known = words.words
    for at in range(start + 1, end):  # a word of the prefixes of text[at:at + 24] ending past `end`
        reach = at + words._stop(text, at, min(24, len(text) - at))
        if any(text[at:stop] in known for stop in range(end + 1, reach + 1)):
            return True
    lexicon = _lexicon_list()
    known, last = lexicon.words, min(len(text), end + _ENCLOSING_REACH)
    for at in range(max(0, start - _ENCLOSING_REACH), start):  # no word starting at `at` reaches past its bound
        if any(text[at:stop] in known for stop in range(end, at + lexicon._stop(text, at, last - at) + 1)):
            return True
    return False


_ENCLOSING_REACH = 12  # how far before and after a list word a word or place holding it is looked for


def _lexicon_words() -> frozenset[str]:
    """The words the damage read-back knows: pythainlp's and the gazetteer's places."""
    from .reread import _lexicon

    return _lexicon()[0]


@lru_cache(maxsize=1)
def _lexicon_list() -> WordList:
    """_lexicon_words as a WordList (bounding the words a text's letters may start)."""
    return WordList(set(_lexicon_words()))


def _known_in_name(text: str, names: Names, match: re.Match[str], repairs: dict[str, str],
                   page_shows: bool = False) -> bool:
    """Whether a list word's repair may be made: outside a name, or making the name one the lists know (or, on a
    page that shows the damage, one that reads as a word fewer: name_repaired)."""
    token = names.token(*match.span())
    if token is None:
        return True
    start, end = token
    repaired = text[start:match.start()] + repairs.get(match.group(0), match.group(0)) + text[match.end():end]
    return name_repaired(repaired, written=text[start:end] if page_shows else "", before=text[start:end])


def _sara_am_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of text (in order, apart) that hold every match of _sara_am_pattern: around each place its
    clue stands, as far as a word of the list can reach, and as far again as the clue, for a place the scan
    passed over inside the clue found before it."""
    reach = _sara_am_reach()
    windows: list[tuple[int, int]] = []
    last = len(text) - 1
    for hit in _sara_am_clue().finditer(text[::-1]):  # from the end of text
        aa = last - hit.start()
        start, end = max(0, aa - reach), min(len(text), aa + reach + 1)
        if windows and end >= windows[-1][0]:
            end = windows.pop()[1]
        windows.append((start, end))
    return windows[::-1]


@lru_cache(maxsize=1)
def _sara_am_reach() -> int:
    return max(map(len, tables.sara_am_repairs())) + _SARA_AM_CLUE_SIZE


# a consonant, the marks moved past it, and a space extraction may have put after them (การพฒั นา)
# (a vowel below moves with its karan, พนั ธปุ์ลา; one above does not: อนิทรยี์ is ี moved, ย's own karan)
_MOVED_MARKS = f"[\u0e31\u0e34-\u0e37][{TONE}]?|[\u0e38\u0e39][{TONE}\u0e4c]?|[{TONE}\u0e47\u0e4c]"
_MARK_AFTER = f"\u0e31\u0e34-\u0e37\u0e38\u0e39{TONE}\u0e47\u0e4c"  # the first of _MOVED_MARKS
_MOVED_BODY = f"([{CONSONANT}])({_MOVED_MARKS})( (?=[{CONSONANT}\u0e40-\u0e44]))?"
_MOVED_VOWEL = re.compile(f"(?<=[{CONSONANT}]){_MOVED_BODY}")
# One per _MOVED_VOWEL match (found at its first mark, in the text after a line end, so that each has a letter two
# before): the seven letters from the letter before the pair on (letter, consonant, consonant, marks, ...), what the
# swap test reads (see _swap_candidates).
_MOVED_VOWEL_LETTERS = re.compile(
    f"[{_MARK_AFTER}](?<=(?=([\\s\\S]{{0,7}}))[\\s\\S][{CONSONANT}][{CONSONANT}][{_MARK_AFTER}])")
_AS_DAMAGED = operator.itemgetter(slice(0, 4))  # letter, consonant, consonant, first mark
_AS_SWAPPED = operator.itemgetter(slice(1, 6))  # consonant, consonant, marks and what follows: five letters
_AS_SWAPPED_JOINED = operator.itemgetter(slice(1, 7))  # the same with a space after the marks: six letters
_VOWEL = "\u0e31\u0e34-\u0e39"  # above and below vowels (and phinthu)
# A consonant's marks moved past the next consonant, that one's own marks printed after a space (ไดร้ ับ → ได้รับ,
# ผตู้ ัด → ผู้ตัด, ทีร่ ้อย → ที่ร้อย, ใหผ้ ู้ → ให้ผู้): Thai never stacks a vowel on a vowel or a tone, nor a tone
# on a tone, and a mark never follows a space, so the first cluster belongs to the consonant before. Unambiguous,
# so no dictionary is needed and names are repaired too. (Without the space, a tone before its vowel is only typed
# out of order: ม่ัน is มั่น.)
_STACKED_MARKS = re.compile(
    f"([{CONSONANT}])([{CONSONANT}])([{_VOWEL}][{TONE}\u0e47\u0e4c]?|[{TONE}\u0e47\u0e4c]) +(?=[{_VOWEL}])"
    f"|([{CONSONANT}][{_VOWEL}])([{CONSONANT}])([{TONE}]) +(?=[{TONE}])"
    # a tone, karan or mai taikhu on a consonant that has one (ใหผ้ ่าน, หมบู่ ้าน, สัตวน์ ้า, with the space or
    # without): the first is the consonant before's (the same mark twice is only doubled: _DUPLICATE_MARK)
    f"|([{CONSONANT}])([{CONSONANT}])([{_VOWEL}]?([{TONE}\u0e47\u0e4c])) *(?=[{TONE}\u0e47\u0e4c])(?!\\10)")
_STACKED_CLUE = re.compile(f"[ {TONE}\u0e47\u0e4c][{MARK}]")  # a mark after a space or a tone-like mark
# A mark after a leading vowel (ผูเ้ ขยี น, ใหเ้ ปน็): Thai writes none there, so it is the consonant's before the
# vowel; a space after it is extraction's too (a leading vowel is always followed by its consonant).
_MARK_AFTER_LEADING = re.compile(f"(?<=[{CONSONANT}])([{_VOWEL}]?)([\u0e40-\u0e44])([{_VOWEL}]?[{TONE}\u0e47\u0e4c]?)"
                                 f"(?<=[{MARK}]) *(?=[{CONSONANT}])")
# A tone mark after sara aa (สรา้ ง → สร้าง): tones sit on consonants, so it belongs to the consonant before the aa.
_TONE_AFTER_AA = re.compile(f"(?<=[{CONSONANT}])\u0e32([{TONE}])( (?=[{CONSONANT}]))?")
# A tone after the อ of the vowel เ-ือ (เคลือ่ น → เคลื่อน, เพือ่ → เพื่อ, เอือ้ → เอื้อ): a font that places marks as
# glyphs of their own prints it past the อ, often with a space after it. Never right in Thai: the อ after sara uee
# is part of its vowel or a final, and a tone sits on the initial consonant, so it goes back before the อ.
_TONE_AFTER_UEE_O = re.compile(f"(?<=[{CONSONANT}]\u0e37)\u0e2d([{TONE}])( (?=[{CONSONANT}\u0e40-\u0e44]))?")
_UEE_O_THEN_TONE = re.compile(f"\u0e37\u0e2d[{TONE}]")  # its clue (a fixed first letter: a fast scan)
# A tone typed before the vowel of its consonant (หมวดท่ี → หมวดที่): Unicode order is vowel, then tone.
# (with the bare consonant before, if any: its tone may have moved past the next consonant, ไดร้ับ → ได้รับ)
_TONE_BEFORE_VOWEL = re.compile(f"(?:([{CONSONANT}])(?=[{CONSONANT}][{TONE}]))?([{CONSONANT}])([{TONE}])"
                                f"([\u0e31\u0e34-\u0e37])")
TONE_REACH = 10  # the letters read either side of a tone before a vowel whose consonant follows a bare one
# Sara am printed as a space before sara aa (ต าแหน่ง, อ าเภอ): a word never starts with sara aa.
_SARA_AM_SPACE = re.compile(f"(?<=[{CONSONANT}])([{TONE}]?) \u0e32")
WORD_REACH = 6
NAME_RUNS_ON = 3  # a swap a name covers as it stands: the name it makes runs this many letters past the pair


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
    candidates = _swap_candidates(text)
    if not candidates:
        return clean
    matches = (_MOVED_VOWEL.match(text, at) for at in candidates)
    return rewrite_matches(clean, matches, _moved_vowel_fix(text))  # type: ignore[arg-type]


def _moved_vowel_fix(text: str) -> Callable[[re.Match[str]], str]:
    """The replacement of a _MOVED_VOWEL match of text: the marks swapped back, or the match as it stands."""
    def fix(match: re.Match[str]) -> str:
        at = match.start()
        begin = max(0, at - WORD_REACH)
        # a space PDF extraction put after the moved mark (การพฒั นา) goes too where the word runs on past it
        joined = text[begin:match.end() - 1] + text[match.end():at + 25] if match.group(3) else None
        marks = len(match.group(2))
        if joined and _should_swap(joined, at - begin, marks, 1):
            return Moved(match, (*range(1, marks + 1), 0))
        if _should_swap(text[begin:at + 24], at - begin, marks):
            return Moved(match, (*range(1, marks + 1), 0, *range(marks + 1, len(match.group(0)))))
        return match.group(0)
    return fix


def _swap_candidates(text: str) -> list[int]:
    """Where _MOVED_VOWEL matches that the swap test may pass. `_should_swap` swaps only where the swapped
    letters stand in a word of the dictionary (with names): the letter before, the consonant, its marks and the
    consonant after (a word starting before the pair), or the first five letters of a word starting at the
    consonant (with the space after the marks, or with it dropped). Most matches in Thai text are neither: their
    test is skipped. The letters are read by one regex scan and looked up over all matches at once (map, compress),
    not one Python step a match."""
    inside, starts, joined_starts = _swap_clues()
    padded = "\n" + text + "\0" * 6  # each match with seven letters from the one two before it
    letters = _MOVED_VOWEL_LETTERS.findall(padded)
    possible = map(any, zip(
        map(inside.__contains__, map(_AS_DAMAGED, letters)),
        map(starts.__contains__, map(_AS_SWAPPED, letters)),
        map(joined_starts.__contains__, map(_AS_SWAPPED_JOINED, letters)), strict=True))
    # where each is: the next place its seven letters stand (any place they stand is a match, and a candidate)
    positions, at = [], 0
    for seven in itertools.compress(letters, possible):
        at = padded.find(seven, at) + 1  # the letter two before the consonant is at `at` - 1 in padded
        positions.append(at)
    return positions


@lru_cache(maxsize=1)
def _swap_clues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """From the dictionary with names, written as moved-vowel damage would leave them (the marks after the
    consonant that follows): each letter, consonant, consonant and first mark a word holds; the first five
    letters of each word of five letters or more that starts with a consonant, marks and consonant; the same with
    a space after the marks."""
    words = _dictionary(True).words
    held = set(re.findall(f"(?=([^\\n][{CONSONANT}](?:{_MOVED_MARKS})[{CONSONANT}]))", "\n".join(words)))
    inside = frozenset(gram[0] + gram[1] + gram[-1] + gram[2] for gram in held)
    fives = "\n".join({word[:5] for word in words if len(word) >= 5})
    opening = re.findall(f"^([{CONSONANT}])({_MOVED_MARKS})([{CONSONANT}])(.*)$", fives, re.M)
    starts = {first + second + marks + rest for first, marks, second, rest in opening}
    joined_starts = {first + second + marks + " " + rest for first, marks, second, rest in opening}
    return inside, frozenset(starts), frozenset(joined_starts)


@lru_cache(maxsize=65536)
def _should_swap(window: str, at: int, marks: int = 1, reach: int = 0) -> bool:
    """The swap test on a window of text (records repeat their words, so windows repeat): the consonant at `at`
    and the `marks` marks after it change places; the repaired word must reach `reach` letters past them (1 where
    a space after them was dropped: the word must run on past it)."""
    end = at + 1 + marks
    swapped = window[:at] + window[at + 1:end] + window[at] + window[end:]
    if _covered(window, at, end, with_names=True):
        # a short word that ends with the pair as it stands (ศรวีงษ์ชัย: รวี, then a bare ง) gives way where the
        # swap makes a name or word of the lists that runs well on past the pair (ศรีวงษ์ชัย)
        return not _covered(window, at, end + 1, with_names=True) and _name_runs_on(swapped, at, end)
    end += reach
    # the repaired word must be a real one reaching back before the consonant pair (เพียง, บันทึก, สมาชิก),
    # not a short word the swap happens to make (การมี → การิม); a name of five letters or more will do
    # (ทองสขุ → ทองสุข), as names are not in the dictionary
    return (_covered(swapped, at - 2, end, shortest=4) or _covered(swapped, at - 1, end, shortest=5)
            or _covered(swapped, at - 2, end, with_names=True, shortest=5))


def _name_runs_on(swapped: str, at: int, end: int) -> bool:
    """Whether a name (or word) of the lists starts one or two letters before the swapped pair at `at` and runs
    NAME_RUNS_ON letters or more past its end."""
    words = _dictionary(True)
    return any(words.word_at(swapped, start, end - start + NAME_RUNS_ON, 24) for start in (at - 2, at - 1)
               if start >= 0)


@lru_cache(maxsize=1)
def _private_use() -> tuple[re.Pattern[str], dict[str, str]]:
    """Thai font glyphs in the private-use area (U+F700–U+F71A) and the Thai characters they are forms of, and
    Word's Symbol/Wingdings bullets (U+F0xx) and "-" (not the glyphs lexicon.toml reads as a category's boxes),
    from the readers' tables (kmgraph/data/readers.toml), for text that did not come through the PDF reader."""
    readers, options = tables.readers(), tables.lexicon().category_options
    boxes = {*options.ticked_boxes, *options.empty_boxes}  # a category's boxes tell the one ticked: kept
    bullets = {glyph: dash for glyph, dash in readers.symbol_private_use.items() if glyph not in boxes}
    mapping = {**readers.thai_private_use, **bullets}
    return re.compile("[" + "".join(map(re.escape, mapping)) + "]"), mapping


def repair_private_use(clean: RepairedText) -> RepairedText:
    """Private-use Thai glyphs (ค\uf70aา → ค่า) mapped back to the characters they draw; Symbol bullets to "-"."""
    if not _PRIVATE_USE.search(clean.text):
        return clean
    pattern, mapping = _private_use()
    return rewrite(clean, pattern, lambda m: mapping[m.group(0)])


def _word_ends(text: str, consonant: int, vowel: int) -> list[int]:
    """Where the words (or names) through text[vowel] end, longest first, for words starting at most WORD_REACH
    letters before the consonant and not after it."""
    words = _dictionary(True)
    return sorted({start + len(word) for start in range(max(0, consonant - WORD_REACH), consonant + 1)
                   for word in words.prefixes(text[start:start + 24]) if start + len(word) > vowel}, reverse=True)


def _followed(text: str, end: int) -> bool:
    """Whether the text can go on after a word ending at end: its end, no Thai letter, or another word of three
    letters or more (two-letter entries are mostly abbreviations: รร)."""
    if end >= len(text) or not ("\u0e01" <= text[end] <= "\u0e4e"):
        return True
    return any(len(word) >= 3 for word in _dictionary(True).prefixes(text[end:end + 24]))


def _goes_on(text: str, end: int) -> bool:
    """Whether the text can go on after a word ending at end: its end, no Thai letter, or a word (ทำ too)."""
    if end >= len(text) or not ("\u0e01" <= text[end] <= "\u0e4e"):
        return True
    return any(len(word) >= 2 for word in _dictionary(True).prefixes(text[end:end + 24]))


def _reach(text: str, consonant: int, vowel: int) -> tuple[int, int]:
    """(how far the longest word through the vowel reaches that the text can go on after, how far any does)."""
    ends = _word_ends(text, consonant, vowel)
    return next((end for end in ends if _followed(text, end)), 0), (ends[0] if ends else 0)


def _sara_am_fix(text: str) -> Callable[[re.Match[str]], str]:
    def fix(match: re.Match[str]) -> str:
        at = match.start()  # the tone (if any) or the space; the consonant is before it
        begin = max(0, at - 1 - WORD_REACH)
        before, after = text[begin:at] + match.group(1), text[match.end():match.end() + 24]
        consonant, vowel = at - begin - 1, len(before)
        am, am_any = _reach(before + "\u0e33" + after, consonant, vowel)
        # a space PDF extraction put inside a word before its sara aa (หน้ าที่) is no sara am: read with sara aa,
        # a word reaches further there (หน้าที่ against น้ำ) and the text goes on after it (ทาบ|รรจุ does not)
        aa, _ = _reach(before + "\u0e32" + after, consonant, vowel)
        use_am = am >= aa if am else (am_any and not aa)
        if am and aa and not use_am:  # ผู้น ากลุ่ม: นาก reaches further than ผู้นำ; the likelier words tell
            use_am = reading_cost(before + "\u0e33" + after) < reading_cost(before + "\u0e32" + after)
        if use_am and match.group(1) and at >= 2 and "\u0e01" <= text[at - 2] <= "\u0e2e":
            # ไมส่ ามารถ: a tone moved past the next consonant (its space after it) reads further than sara am
            moved = before[:consonant] + match.group(1) + before[consonant] + "\u0e32" + after
            use_am = _reach(moved, consonant + 1, vowel)[1] <= am
        if use_am and not match.group(1):  # แม่น าปาก: the tone on the consonant lost with the sara am (น้ำ)
            return _lost_tone(text, at - 1, match.end()) + "\u0e33"
        return match.group(1) + "\u0e33" if use_am else match.group(0)
    return fix


TONED_AM_BETTER = 0.5  # how much likelier the letters around a sara am must read with a tone put back before it


def _lost_tone(text: str, consonant: int, after: int) -> str:
    """The tone a sara am printed as a space took with it from its bare consonant (แม่น าปากพนัง: น้ำ), where the
    letters around it (up to the spaces before and after, SPLIT_WINDOW at most) read clearly likelier with it; ""
    where they read as well without (นำมาใช้, ตำแหน่ง)."""
    start = max(consonant - SPLIT_WINDOW, text.rfind(" ", max(0, consonant - SPLIT_WINDOW), consonant) + 1,
                text.rfind("\n", max(0, consonant - SPLIT_WINDOW), consonant) + 1)
    end = min(len(text), after + SPLIT_WINDOW)
    end = min([end] + [at for at in (text.find(char, after, end) for char in " \n") if at != -1])
    head, tail = text[start:consonant + 1], text[after:end]
    costs = {tone: reading_cost(head + tone + "\u0e33" + tail) for tone in ("", "\u0e49", "\u0e48")}
    best = min(costs, key=costs.__getitem__)
    return best if costs[best] + TONED_AM_BETTER <= costs[""] else ""


def repair_sara_am_space(clean: RepairedText) -> RepairedText:
    """Sara am printed as a space (ต าแหน่ง → ตำแหน่ง, การจ าหน่าย → การจำหน่าย): a word never starts with sara
    aa, so the space is sara am where a word (or name) written with it stands there."""
    if " \u0e32" not in clean.text:
        return clean
    return rewrite_matches(clean, _sara_am_space_matches(clean.text), _sara_am_fix(clean.text))


def _sara_am_space_matches(text: str) -> Iterator[re.Match[str]]:
    """_SARA_AM_SPACE.finditer(text), found from each space before sara aa (a fixed pair of letters, a fast scan;
    the pattern itself starts by looking back, tried at every letter): the match starts at the tone before it, if
    any, else at the space."""
    at = text.find(" \u0e32")
    while at != -1:
        if match := (at > 0 and _SARA_AM_SPACE.match(text, at - 1)) or _SARA_AM_SPACE.match(text, at):
            yield match
        at = text.find(" \u0e32", at + 2)


def repair_stacked_marks(clean: RepairedText) -> RepairedText:
    """Marks moved past their consonant where the result stacks them as Thai never does (ไดร้ ับ → ได้รับ,
    ผตู้ ัด → ผู้ตัด, ทีร่ ้อย → ที่ร้อย, หมบู่ ้าน → หมู่บ้าน), or after a leading vowel (ผูเ้ ขยี น → ผู้เขียน):
    unambiguous, names too. (Mai taikhu after a final, เคม็, is not: เสด็จ
    and เผด็จ are written so; it is left to the dictionary-checked repair_moved_vowels.)"""
    clean = _rewrite_if(clean, _STACKED_CLUE, _STACKED_MARKS, _unstack)
    return _rewrite_if(clean, _LEADING_THEN_MARK, _MARK_AFTER_LEADING, _to_consonant_before)


def _to_consonant_before(match: re.Match[str]) -> str:
    """(vowel) leading vowel, marks (spaces) → (vowel) marks, leading vowel, each keeping its source range; as it
    stands where the consonant before has a vowel and a vowel moved (two vowels on one consonant)."""
    own, marks = len(match.group(1)), len(match.group(3))
    if own and match.group(3)[0] < "\u0e47":
        return match.group(0)
    return Moved(match, (*range(own), *range(own + 1, own + 1 + marks), own))


def repair_tone_order(clean: RepairedText) -> RepairedText:
    """A tone mark after sara aa put back on its consonant (สรา้ ง → สร้าง), a tone typed before its vowel put
    after it (ท่ี → ที่): both orders Thai never writes."""
    text = clean.text

    def tone_first(match: re.Match[str]) -> str:
        # the space extraction put after the moved tone goes too where a word runs on past it (สร้า ง → สร้าง)
        at = match.start()
        begin = max(0, at - 1 - WORD_REACH)
        joined = text[begin:at] + match.group(1) + "\u0e32" + text[match.end():match.end() + 24]
        if match.group(2) and _covered(joined, at - begin - 1, at - begin + 3, with_names=True, shortest=3):
            return Moved(match, (1, 0))
        return Moved(match, (1, 0, 2)) if match.group(2) else Moved(match, (1, 0))

    clean = _rewrite_if(clean, _AA_THEN_TONE, _TONE_AFTER_AA, tone_first)
    clean = _rewrite_if(clean, _TONE_THEN_VOWEL, _TONE_BEFORE_VOWEL, _tone_after_vowel(clean.text))
    return _rewrite_if(clean, _UEE_O_THEN_TONE, _TONE_AFTER_UEE_O, _tone_before_o(clean.text))


def _tone_after_vowel(text: str) -> Callable[[re.Match[str]], str]:
    """(bare consonant) consonant, tone, vowel → the tone after the vowel (ท่ี → ที่), or, after a bare consonant,
    on that consonant where the words read better so: its tone moved past the next consonant (ไดร้ับ → ได้รับ)."""
    def fix(match: re.Match[str]) -> str:
        if not match.group(1):
            return Moved(match, (0, 2, 1))
        start = _RUN_BEFORE_TONE.search(text, max(0, match.start() - TONE_REACH), match.start()).start()  # type: ignore[union-attr]
        end = _THAI_RUN.match(text, match.end())
        end_at = min(end.end(), match.end() + TONE_REACH) if end else match.end()
        before, after = text[start:match.start()], text[match.end():end_at]
        moved = before + match.expand(r"\1\3\2\4") + after
        swapped = before + match.expand(r"\1\2\4\3") + after
        unread = unread_letters(moved)  # (ช่อื is no repair of ชอ่ื: a vowel left on the อ no word reads)
        if not any(len(before) <= at < len(before) + 4 for at in unread) and \
                len(unread) < len(unread_letters(swapped)) and reading_cost(moved) < reading_cost(swapped):
            return Moved(match, (0, 2, 1, 3))
        return Moved(match, (0, 1, 3, 2))
    return fix


def _tone_before_o(text: str) -> Callable[[re.Match[str]], str]:
    """อ, tone (space) → tone, อ; the space extraction put after them dropped where a word (or name) runs on past
    it (เคลือ่ นที่ → เคลื่อนที่), kept where the letters after it start a word of their own (เพือ่ ให้ → เพื่อ ให้)."""
    def fix(match: re.Match[str]) -> str:
        if not match.group(2):
            return Moved(match, (1, 0))
        at = match.start()  # the อ: sara uee and its consonant are before it
        begin = max(0, at - 2 - WORD_REACH)
        joined = text[begin:at] + match.group(1) + "\u0e2d" + text[match.end():match.end() + 24]
        if _covered(joined, at - begin - 2, at - begin + 3, with_names=True, shortest=3):
            return Moved(match, (1, 0))
        return Moved(match, (1, 0, 2))
    return fix


def _reversed_am(text: str) -> Callable[[re.Match[str]], str]:
    """Sara aa then nikhahit → sara am; the space after them dropped where a word (or name) runs on past it."""
    def fix(match: re.Match[str]) -> str:
        if not match.group(1):
            return "\u0e33"
        at = match.start()
        begin = max(0, at - 1 - WORD_REACH)
        joined = text[begin:at] + "\u0e33" + text[match.end():match.end() + 24]
        return "\u0e33" if _covered(joined, at - begin - 1, at - begin + 2, with_names=True) else "\u0e33 "
    return fix


def repair_split_syllables(clean: RepairedText, shown: bool = False) -> RepairedText:
    """Spaces justified text, or a font whose marks are glyphs of their own, put inside words after a marked
    letter (กลั บจากเมื องใหญ่ → กลับจากเมืองใหญ่, ชุ มชนเข้ มแข็ง → ชุมชนเข้มแข็ง), in a text that shows the
    damage (its own certain splits, or `shown`: other PDF damage): joined where a word of the dictionary (or a
    name) runs across the space and the letters around it read better as words without it."""
    text = clean.text
    certain = bool(_CERTAIN_SPLIT_CLUE.search(text)) and len(_CERTAIN_SPLIT.findall(text)) >= SHOWN_SPLITS
    if not certain and not shown:
        return clean
    join = _join_where_better(text)
    names: list[Names] = []  # built at the first split found (most texts have none)

    def join_inside_word(match: re.Match[str]) -> str:
        at = match.start()
        if not names:
            names.append(Names(text))
        if _splits_a_name(text, at, names[0]):
            return ""
        open_short = at >= 3 and _OPEN_SHORT_BEFORE.match(text, at - 3) is not None and _syllable_ends(text, at)
        if not certain and not open_short and _between_words(text, at):  # ได้ การ: words end and start at the
            return " "  # space (a fast check)
        begin = max(0, at - WORD_REACH - 2)
        joined = text[begin:at] + text[at + 1:at + 25]
        if not _covered(joined, at - begin - 1, at - begin + 1, with_names=True):
            return " "
        return join(match) if certain or open_short or _leaves_unread(text, at) else " "

    return rewrite(clean, _SPLIT_AFTER_MARK, join_inside_word)


def _splits_a_name(text: str, at: int, names: Names) -> bool:
    """Whether the space at `at` splits a person's given name (นางจิ ราพร: จิราพร): the run before it, right after
    an honorific, is one short syllable (SPLIT_NAME_PIECE letters at most: no given name), and it makes a name of
    the lists with the run after it."""
    token = names.token(at - 1, at)
    if token is None or token[1] != at or at - token[0] > SPLIT_NAME_PIECE or not names.in_honorific(token[0] - 1):
        return False
    after = _THAI_RUN.match(text, at + 1)
    return after is not None and text[token[0]:at] + after.group(0) in _dictionary(True).words


def _syllable_ends(text: str, at: int) -> bool:
    """Whether no word longer than the syllable of two letters before the space at `at` ends there."""
    start = max(0, at - SPLIT_WINDOW, text.rfind(" ", max(0, at - SPLIT_WINDOW), at) + 1)
    known = _dictionary(True).words
    return not any(text[first:at] in known for first in range(at - 3, start - 1, -1))


def _between_words(text: str, at: int) -> bool:
    """Whether a word of two letters or more (or a name) ends at the space at `at` and another starts after it."""
    words = _dictionary(True)
    start = max(0, at - SPLIT_WINDOW, text.rfind(" ", max(0, at - SPLIT_WINDOW), at) + 1)
    known = words.words  # the shortest first: most words that end a phrase are short (ได้ ที่ ให้)
    return any(text[first:at] in known for first in range(at - 2, start - 1, -1)) and \
        words.word_at(text, at + 1, 2, 24)


def _leaves_unread(text: str, at: int) -> bool:
    """Whether the space at `at` leaves letters beside it that no word reads (ชุ มชน: ชุ; not ได้ การ, two words)."""
    start, end = _split_window(text, at)
    unread = unread_letters(text[start:end])
    return at - 1 - start in unread or at + 1 - start in unread


def _split_window(text: str, at: int) -> tuple[int, int]:
    """The letters read around a space at `at`: up to the spaces before and after it, SPLIT_WINDOW at most."""
    start, end = text.rfind(" ", max(0, at - SPLIT_WINDOW), at) + 1, text.find(" ", at + 1, at + SPLIT_WINDOW)
    return max(start, at - SPLIT_WINDOW), end if end != -1 else min(len(text), at + SPLIT_WINDOW)


def _join_where_better(text: str, then: Callable[[str], str] = str) -> Callable[[re.Match[str]], str]:
    """The replacement of a match of a space: none where the letters around it (up to the spaces before and
    after) read better as words without it (each way once `then` has repaired them)."""
    def join(match: re.Match[str]) -> str:
        at = match.start()
        start, end = _split_window(text, at)
        split, joined = text[start:end], text[start:at] + text[at + 1:end]
        return "" if reading_cost(then(joined)) < reading_cost(then(split)) else " "
    return join


def _with_moved_vowels_back(text: str) -> str:
    return repair_moved_vowels(from_source(SourceText(Path("window"), text, "utf-8"))).text


def _unstack(match: re.Match[str]) -> str:
    """C1 C2 marks (spaces) → C1 marks C2, each character keeping its own source range (the spaces dropped)."""
    first = next(group for group in (1, 4, 7) if match.group(group))  # the consonant before (with its vowel)
    lead = len(match.group(first))
    marks = range(lead + 1, lead + 1 + len(match.group(first + 2)))
    return Moved(match, (*range(lead), *marks, lead))


_UNSTACKED = "moved vowel and tone marks back where Thai cannot stack them"
_MOVED_BACK = "moved vowel marks back before their consonant"
_MOVED_WARNINGS = frozenset({_UNSTACKED, _MOVED_BACK})
_REPAIRED = "repaired Thai characters damaged by extraction (sara am, invisible or doubled marks)"


def _after_moves(clean: RepairedText, warnings: list[str]) -> RepairedText:
    """The repairs a moved mark hid from (ดาเนนิ → ดาเนิน: only now a word of the sara am list), run again."""
    clean = repair_split_place_names(clean)  # (อาเภอหัน คา: before sara am is read, which would read คา alone)
    before = clean.text
    clean = repair_sara_am(clean, shown=True)  # moved marks were found: the text shows PDF damage
    if clean.text != before and "restored sara am dropped by PDF extraction" not in warnings:
        warnings.append("restored sara am dropped by PDF extraction")
    return clean


def normalize(source: SourceText, damaged: bool = False) -> tuple[RepairedText, list[str]]:
    """Repair a record's text; return the clean text and warnings about what was repaired.

    damaged: the text is known to show PDF damage (a piece of a damaged record), so moved vowels are searched
    for even if the piece shows no damage of its own. Invisible characters and nikhahit typed before sara aa are
    no sign of it: they are typed so in Word and web pages.
    """
    clean = from_source(source)
    known = damaged
    warnings: list[str] = []
    clean = _rewrite_if(clean, "\r", _LINE_ENDS, "\n")
    mapped = repair_private_use(clean)
    if mapped is not clean:
        if _THAI_PRIVATE_USE.search(clean.text):  # (Word's Symbol bullets, mapped too, are no sign of damage)
            warnings.append("mapped Thai font glyphs of the private-use area (U+F700–U+F71A) back to Thai")
        clean = mapped
    clean = rewrite(clean, _ODD_SPACES, " ")
    before = clean.text
    clean = rewrite(clean, _INVISIBLE, "")  # typed (Word, web pages): no sign of PDF damage
    replaced = _rewrite_if(clean, "\ufffd", _REPLACEMENT_BEFORE_AM, "")
    extracted = replaced is not clean  # a repair of damage PDF extraction does was made
    clean = _rewrite_if(replaced, "\u0e4d", _NIKHAHIT_AA, lambda m: m.group(1) + "\u0e33")  # ํ า typed in Word: nor
    typed = clean
    clean = rewrite(clean, _TONE_BEFORE_AM, lambda m: m.group(1) + "\u0e33")
    clean = _rewrite_if(clean, "\u0e33\u0e32", _AM_THEN_AA, "\u0e33")
    reversed_am = _rewrite_if(clean, "\u0e32\u0e4d", _AA_THEN_NIKHAHIT, _reversed_am(clean.text))
    # a space left after a reversed sara am (สาํ นกั งาน) may be inside a word the moved vowels hide: see below
    spaced_am = reversed_am is not clean and "\u0e33 " in reversed_am.text
    clean = reversed_am
    before_reread = clean.text
    clean, warning = repair_aa_as_am(clean)
    if warning:
        warnings.append(warning)
    # marks moved past their consonant (ครวัเรอื นตนแบบ, หมทู่ี่) hide the words a re-read of dropped marks needs:
    # it waits for the moves (the lines that show the damage found now, while the moves have not yet hidden it)
    erased = erased_marks_found(clean.text)
    deferred = erased if erased and erased[0] is not MARKS_AS_SPACES and moves_shown(clean.text) else None
    if erased and not deferred:
        clean, warning = reread_lines(clean, *erased)
        if warning:
            warnings.append(warning)
    clean, warning = repair_letter_spacing(clean)
    if warning:
        warnings.append(warning)
    after_reread = clean.text
    clean = repair_sara_am_space(clean)
    # (most text: none of the next repairs' clues, the text as it is)
    if _has_mark_out_of_place(clean.text):
        stacked = repair_stacked_marks(clean)
        if stacked is not clean:
            warnings.append(_UNSTACKED)
            clean = stacked
        clean = repair_tone_order(clean)
        clean = _rewrite_if(clean, _SPACE_THEN_MARK, _SPACE_BEFORE_MARK, "")
    if _MARK_TWICE.search(clean.text):  # (most text: no mark twice in a row, so neither repair has work)
        clean = repair_doubled_marks(clean)  # บรรจถุุง: one of the two is the bare consonant's, moved (before the next)
        clean = rewrite(clean, _DUPLICATE_MARK, lambda m: m.group(1))
    if has_two_vowels(clean.text):  # ภมูิ, ศรสีุ: two vowels on one consonant, a move whatever the name lists say
        moved_back = repair_two_vowels(clean)
        if moved_back is not clean:
            if _UNSTACKED not in warnings:
                warnings.append(_UNSTACKED)
            clean = moved_back
    extracted = extracted or clean is not typed
    if clean.text != before and (before_reread != before or clean.text != after_reread):  # not only those
        warnings.append(_REPAIRED)
    clean = repair_split_place_names(clean)  # (อาเภอหัน คา: before sara am is read, which would read คา alone)
    before = clean.text
    clean = repair_sara_am(clean, shown=known or extracted or deferred is not None
                           or any(warning != _REPAIRED for warning in warnings))
    am_deferred = False  # the rest of the dropped sara am waits for the moved marks (ทงุ่ คา: no คำ alone)
    if clean.text != before:
        warnings.append("restored sara am dropped by PDF extraction")
        am_deferred = moves_shown(clean.text)
        if not am_deferred:
            clean, warning = repair_dropped_sara_am(clean)  # the text shows the damage: the rest of it, in context
            if warning:
                warnings.append(warning)
    damaged = damaged or extracted or deferred is not None or any(warning != _REPAIRED for warning in warnings)
    before = clean.text
    clean = _rewrite_if(clean, _LONE_LETTER, _lone_final_pattern(), "")
    if clean.text != before:
        warnings.append("joined Thai words broken by stray spaces")
        damaged = True
    if not damaged:  # its own evidence (ครวั เรือน, นกั วชิ าการ: syllables left unfinished), weighed by the chains
        chained, moved = repair_moved_chains(clean)
        if moved:
            warnings.append(_MOVED_BACK)
            clean, damaged = chained, True
    if damaged:  # only text that shows PDF damage is searched for moved vowels (a dictionary check per mark)
        if spaced_am:  # สาํ นกั งาน: the space goes where the letters read better without it, vowels moved back
            joined = rewrite(clean, _SPACE_AFTER_AM, _join_where_better(clean.text, _with_moved_vowels_back))
            if joined is not clean:
                warnings.append("joined words a reversed sara am left a space in (คาํ นาํ)")
                clean = joined
        before = clean.text
        # นกั วชิ าการ: moves in a row, chosen together; marks unstacked show moves too (ไดร้ ับ)
        clean, _ = repair_moved_chains(clean, known, names_shown=_UNSTACKED in warnings)
        swapped = repair_moved_vowels(clean)
        if swapped is not clean and not known:  # moved marks shown: the chains the first pass left (ผู้เขยี น)
            swapped, _ = repair_moved_chains(swapped, True)
        clean = swapped
        if clean.text != before:  # once more: a word's swap may need its neighbour's first (จงั หวดั)
            clean = repair_moved_vowels(clean)
            if _MOVED_BACK not in warnings:
                warnings.append(_MOVED_BACK)
            clean = _after_moves(clean, warnings)
        if _MOVED_BACK in warnings:  # บญุเรือน: marks moved elsewhere, so inside names too, where they read better
            clean = repair_moved_in_names(clean)
        toned = repair_moved_tones(clean)  # ไมมี่: a tone moved on to the next syllable
        if toned is not clean:
            warnings.append("moved tone marks back to the syllable they were moved from")
            clean = toned
    if am_deferred:
        clean, warning = repair_dropped_sara_am(clean)
        if warning:
            warnings.append(warning)
    if deferred:  # the marks back in place: the dropped ones are read back where the text shows them now
        clean, warning = reread_lines(clean, *(erased_marks_found(clean.text) or deferred))
        if warning:
            warnings.append(warning)
    if _MOVED_BACK in warnings and not erased and _UPPER_BARE.search(clean.text):
        # marks moved past their consonant, and a tone above a vowel lost with them (ท่องเทยีว → ท่องเที่ยว): read
        # back only where the words read clearly better with it (no count of the page bears the loss out)
        clean, warning = reread_lines(clean, UPPER_TONES_DROPPED, None, again=True, places_read=True)
        if warning:
            warnings.append(warning)
    # a space after a mark in text whose marks were moved (จดั การ, นกั วชิ าการ) is their trace, not a split;
    # elsewhere a space after a mark inside a word is a split, in text that shows any PDF damage (ชุ มชน)
    joined = clean if _MOVED_WARNINGS & set(warnings) else repair_split_syllables(clean, shown=damaged)
    if joined is not clean:
        warnings.append("joined words that justified text split after a marked letter")
        clean = joined
        if _MARK_OUT_OF_PLACE[1].search(clean.text):  # เพื อ่ น joined: its tone past the อ now shows (เพื่อน)
            clean = repair_tone_order(clean)
        if erased and erased[0] is not MARKS_AS_SPACES:  # ปุ ย joined: a word the re-read could not see (ปุ๋ย)
            clean, warning = reread_lines(clean, *(erased_marks_found(clean.text) or erased), again=True)
            if warning and warning not in warnings:
                warnings.append(warning)
    if damaged:  # ออมทรัพย: a karan the font dropped at a word's end (a dictionary check per run end)
        marked = repair_dropped_karan(clean)
        if marked is not clean:
            warnings.append("restored thanthakhat a font dropped at the end of a word")
            clean = marked
    clean = _rewrite_if(clean, "  ", _MANY_SPACES, " ")
    clean = rewrite(clean, _EDGE_SPACES, "") if _has_edge_spaces(clean.text) else clean
    if "\ufffd" in clean.text:
        warnings.append("text holds undecodable characters (U+FFFD)")
    return clean, warnings
