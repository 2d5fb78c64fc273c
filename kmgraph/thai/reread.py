"""Re-reading Thai whose marks a damage erased, with the dictionary: each kind of damage (`Damage`) says how it
leaves a word (ความรู้ → ความรู where a font lost its low tone marks, ชื่อ → ช อ where every mark above or below was
printed as a space); the damaged text is read back as the likeliest run of words (pythainlp's words by their Thai
National Corpus counts, and its name lists) whose damaged forms spell it. A repair applies only to a text that
shows its damage (`Damage.shown`): text without it is never re-read."""

from __future__ import annotations

import difflib
import itertools
import math
import operator
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .. import tables
from .chars import CONSONANT, MARK
from .names import Names
from .offsets import RepairedText, rewrite_matches
from .place_names import PlaceNames, place_names
from .words import _dictionary, alternation

_THAI_LETTER = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]")
_ANY_MARK = re.compile(f"[{MARK}]")
_MARK_ON_NEXT = re.compile(f"[{CONSONANT}]([{MARK}])")  # the consonant after a change, and a mark right after it
_NOT_THAI_LETTERS = re.compile(f"[^{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]+")
# a tone mark, karan or mai taikhu sitting on a consonant with no vowel above it (on it or on a vowel below):
# the font draws it with a "low" glyph, lost where that glyph was
_BARE_MARK = re.compile(f"(?<=[{CONSONANT}\u0e38-\u0e3a])[\u0e47-\u0e4c]")
_BARE_PAIR = re.compile(f"[{CONSONANT}\u0e38-\u0e3a][\u0e47-\u0e4c]")  # the same, counted (a fast scan)
# a tone mark proper on such a consonant: what a font's lost low marks never leave (karan and mai taikhu may survive)
_BARE_TONE = re.compile(f"[{CONSONANT}\u0e38-\u0e3a][\u0e48-\u0e4b]")
_TONE_ALONE = re.compile(f"[{CONSONANT}][\u0e48-\u0e4b]")  # … on a consonant with no vowel at all
_MARK_CLUSTER = re.compile(f"[{MARK}]+")
# a letter-spaced heading: five clusters or more, one space apart (ส า นั ก ง า น …)
_CLUSTER = f"(?:[\u0e40-\u0e44]|[{CONSONANT}][{MARK}]*|[\u0e30\u0e32\u0e33\u0e45])"
_SPACED_RUN = re.compile(f"(?<![^\\s]){_CLUSTER}(?: {{1,2}}{_CLUSTER}){{4,}}(?![^\\s])")  # two: between words
# its clue, a fast scan (a fixed first character): every such run holds its second and third clusters between spaces
_CLUSTER_START = f"[{CONSONANT}\u0e30\u0e32\u0e33\u0e40-\u0e45]"
_SPACED_CLUE = re.compile(f" {_CLUSTER_START}[{MARK}]* {{1,2}}{_CLUSTER_START}[{MARK}]* ")
# marks printed as spaces, its clue (a fast scan: a fixed first character): five runs of Thai letters without a
# mark between single spaces (บ นท กองค ความร …: clean Thai writes a mark every five letters or fewer)
_UNMARKED_PIECE = f"[{CONSONANT}\u0e30\u0e32\u0e33\u0e40-\u0e46]{{1,20}}"
_UNMARKED_PIECES = re.compile(f" {_UNMARKED_PIECE}(?: {_UNMARKED_PIECE}){{4}} ")
# the stretches re-read: Thai letters (with single spaces inside, where spaces stand for marks)
_THAI_WORD = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]+")
_THAI_SPACED = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]+(?: [{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]+)*")
_ANY_SPAN = re.compile(r"[\s\S]+")
# a dotted abbreviation of bare consonants (กข.คจ., อบต.): no mark is ever read back inside one
_DOTTED_ABBREVIATION = re.compile(f"(?<![{CONSONANT}{MARK}])(?:[{CONSONANT}]{{1,4}}\\.)+")
_RUN_BEFORE = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]*\\Z")  # the Thai letters up to a place
# sara am inside a word of the word list joined a line each: the letter before it and the one after ("" at its end)
_AM_CONTEXT = re.compile("(?<=([^\n]))\u0e33(?=([^\n]?))")

BARE_SAMPLE = 1500  # marks on bare consonants are counted first in the text's first characters (a fast check)
AM_REACH = 12  # sara am dropped: the letters read either side of a sara aa that may be one
LEAST_LETTERS = 60  # a text shows a damage only if it holds this many Thai letters
# … and at most this share of them carry what the damage erases (a part of the text may be spared: a typed
# description, a clean page). Clean records carry a mark every five letters or fewer, and a mark on a bare
# consonant every twenty-five or fewer (the least of the seeds, the wild fixtures and the generated corpus).
MARKS_SHARE = 1 / 40
BARE_SHARE = 1 / 60
# … or a part of it does: lines holding this many Thai letters (and marks) with no mark on a bare consonant, between
# lines that hold one (a clean description or list of links beside a page whose font lost its low marks). Clean
# records run at most 122 letters so (the seeds, the wild fixtures, the generated corpus).
REGION_LETTERS = 200
# … or its very common words say so (kmgraph/data/low_marks.tsv: ได้ ให้ ใช้ ต้อง แล้ว ผู้ …): this many written bare,
# and at least as many bare as marked (clean records hold two bare at most, against a dozen or more marked)
LOW_MARK_WORDS_LEAST = 4
LOW_MARK_WORDS_FIRST = 3  # … one of the commonest three (ได้ ให้ ใช้) among them, or the count stops there
# … or, on a short page that lacks them (a book cover, a form's header), the words of kmgraph/data/low_marks_page.tsv
# and place names after จังหวัด/อำเภอ: this many different ones written bare, more often than marked
PAGE_WORDS_LEAST = 3
# … and the tone marks above vowels lost too: the words of kmgraph/data/upper_tones.tsv (ที่ เพื่อ นี้ หนึ่ง) this many
# times written bare, more often than marked
UPPER_TONE_WORDS_LEAST = 4
UPPER_TONE_SHARE = 1 / 200
# … or, in a text that lost its low vowels too (a font short of many glyphs), no tone above a vowel anywhere and
# this many of those words written bare
UPPER_TONE_WORDS_SHORT = 2  # … where a text holds at most this share of them (clean text: one in 40 characters or more)
# … or, where a font kept the marks over a vowel below (กลุ่ม ปุ๋ย) and karan (อารมณ์), its tone marks on a consonant
# with no vowel at all (ได้ ใต้ บ้าน ไก่) at most this share of its Thai letters, in a text holding this many (clean
# records: one in 82 letters or more; the seeds, the wild fixtures, the generated corpus)
TONE_ALONE_SHARE = 1 / 200
TONE_ALONE_LETTERS = 300
# … a check the page alone bears out, so its re-read is cautious: a mark it adds is kept only where the stretch reads
# better with it by more than this (a bare word about as likely as the marked one stays as written)
TONE_ALONE_MARGIN = 0.03
# … and where the page's very common words bear the loss out: this many written bare, past those written marked
# (a short page of chrome and a few lines, a site name's ขาว and a menu's หนา, is too little to re-read by)
TONE_ALONE_WORDS_LEAST = 3
# sara aa printed as sara am: a text shows it with this many sara am or more, outnumbering sara aa, and this share
# of its runs of Thai letters holding sara am reading as likelier words with sara aa
# sara u and sara uu lost (หนน กล่ม ทเรียน): a text shows it with this many Thai letters and neither (clean records
# hold one in 40 letters or more; the seeds, the wild fixtures, the generated corpus: none without, but damage
# read otherwise, marks printed as spaces or mojibake)
LOW_VOWEL_LETTERS = 200
AA_AS_AM_LEAST = 8
AA_AS_AM_SHARE = 1 / 2
# The reading is the one of fewest words (as newmm segments, so that ทอผาฝาย reads ทอ ผ้าฝ้าย, a compound, not
# ทอ ผ้า ฝ่าย), then of the most common ones: a word costs 1 plus up to RARITY by how rare it is; a letter no word
# covers costs UNKNOWN_LETTER.
# Two words side by side that make a word (a compound of the dictionary) cost BOND less; a word costs RESTORED
# more for each change the damage made to it (ผ้าทอ, not ผ้าท่อ, where both read as well).
RARITY = 0.5
UNKNOWN_LETTER = 2.0
BOND = 1.0
RESTORED = 0.05
# a damaged name is repaired into words only where it reads as about a word fewer so (name_repaired)
FEWER_WORDS = 0.75
# a name's letters around a change (this many either side, or one), weighed by how many names of the lists hold
# them (name_lists_prefer)
NAME_PIECE_CONTEXT = 2
NAME_PIECE_LEAST = 2
NAME_PIECE_RATIO = 4
NAME_PIECE_SHORTEST = 3  # … and as written only by this many letters or more


@dataclass(frozen=True, eq=False)
class Damage:
    """A damage that erased marks: how it leaves a word, which stretches of a text to re-read, what it warns.
    Each is one of the constants below, equal only to itself (hashed by identity: a cache key of every read)."""

    name: str
    erase: Callable[[str], str]  # how it leaves a word …
    stretch: re.Pattern[str]
    warning: str
    partial: bool = False  # the damage spared some words: they are read as written too
    also: Callable[[str], str] | None = None  # … or how else it may leave it
    # words read side by side bond where they make a compound of the Volubilis list too (_compounds): the damage
    # leaves two real words to choose between (ไม่ ไม้), which only the compound they make tells apart
    compounds: bool = False


def _drop_low_marks(word: str) -> str:
    return _BARE_MARK.sub("", word)


# a font that lost one low tone glyph only: mai tho on a bare consonant gone (ได ใช ตอง), mai ek kept (กลุ่ม ไม่)
_BARE_MAI_THO = re.compile(f"(?<=[{CONSONANT}\u0e38-\u0e3a])\u0e49")
_BARE_MAI_EK = re.compile(f"(?<=[{CONSONANT}\u0e38-\u0e3a])\u0e48")


# a tone mark above a vowel above (ที่ เพื่อ ขั้น): lost too where a font dropped its tone marks everywhere
_UPPER_TONE = re.compile("(?<=[\u0e31\u0e34-\u0e37])[\u0e48-\u0e4b]")
_UPPER_PAIR = re.compile("[\u0e31\u0e34-\u0e37][\u0e48-\u0e4b]")  # the same, counted (a fast scan)


def _drop_all_tones(word: str) -> str:
    return _UPPER_TONE.sub("", _BARE_MARK.sub("", word))


def _drop_upper_tones(word: str) -> str:
    return _UPPER_TONE.sub("", word)


def _drop_low_mai_tho(word: str) -> str:
    return _BARE_MAI_THO.sub("", word)


def _drop_low_mai_ek(word: str) -> str:
    return _BARE_MAI_EK.sub("", word)


def _marks_as_spaces(word: str) -> str:
    return _MARK_CLUSTER.sub(" ", word.replace("\u0e33", "\u0e4d\u0e32"))  # sara am's nikhahit too: ต าแหน ง


def _marks_as_spaces_am_kept(word: str) -> str:
    return _MARK_CLUSTER.sub(" ", word)  # ตำแหน ง


# sara u and sara uu (หนุน กลุ่ม ดูงาน): a font that lost both glyphs leaves หนน กล่ม ดงาน
_LOW_VOWEL = re.compile("[\u0e38\u0e39]")


def _drop_low_vowels(word: str) -> str:
    return _LOW_VOWEL.sub("", word)


def _drop_low_marks_and_vowels(word: str) -> str:
    return _LOW_VOWEL.sub("", _BARE_MARK.sub("", word))


def _drop_all_tones_and_low_vowels(word: str) -> str:
    return _LOW_VOWEL.sub("", _drop_all_tones(word))


def _aa_as_am(word: str) -> str:
    return word.replace("\u0e32", "\u0e33")


def _am_as_aa(word: str) -> str:
    return word.replace("\u0e33", "\u0e32")


LOW_MARKS_DROPPED = Damage(
    "low marks dropped", _drop_low_marks, _THAI_WORD,
    "restored tone marks, karan and mai taikhu the font dropped from consonants without a vowel above "
    "(re-read with the dictionary)", partial=True, compounds=True)
TONES_DROPPED = Damage(
    "tone marks dropped", _drop_all_tones, _THAI_WORD,
    "restored tone marks the font dropped, above vowels too, and karan and mai taikhu on consonants without a "
    "vowel above (re-read with the dictionary)", partial=True, compounds=True)
# a font that lost only its tone marks above vowels (ชือ เรือง เพือ ที), keeping those on bare consonants (เล่า บ้าน)
UPPER_TONES_DROPPED = Damage(
    "upper tone marks dropped", _drop_upper_tones, _THAI_WORD,
    "restored tone marks the font dropped above vowels (re-read with the dictionary)", partial=True, compounds=True)
MARKS_AS_SPACES = Damage(
    "marks as spaces", _marks_as_spaces, _THAI_SPACED,
    "restored the vowel and tone marks printed as spaces (re-read with the dictionary)",
    also=_marks_as_spaces_am_kept)
# the same damage, one tone mark only (the words holding the other are read as written)
ONE_LOW_MARK_DROPPED = {
    mark: Damage(f"low {name} dropped", erase, _THAI_WORD, LOW_MARKS_DROPPED.warning, partial=True, compounds=True)
    for mark, name, erase in (("\u0e49", "mai tho", _drop_low_mai_tho), ("\u0e48", "mai ek", _drop_low_mai_ek))}
AS_WRITTEN = Damage("as written", str, _THAI_WORD, "")
LOW_VOWELS_DROPPED = Damage(
    "low vowels dropped", _drop_low_vowels, _THAI_WORD,
    "restored sara u and sara uu the font dropped (re-read with the dictionary)", partial=True)
# a font that lost its low tone marks (or all its tone marks) and sara u and sara uu with them (เรือง การรวมกลม
# แปรรป: เรื่อง การรวมกลุ่มแปรรูป; ชแกวทอง: ชูแก้วทอง): both read back together, neither re-read alone sees the words
LOW_MARKS_AND_VOWELS_DROPPED = Damage(
    "low marks and low vowels dropped", _drop_low_marks_and_vowels, _THAI_WORD,
    "restored tone marks and sara u and sara uu the font dropped (re-read with the dictionary)",
    partial=True, compounds=True)
TONES_AND_VOWELS_DROPPED = Damage(
    "tone marks and low vowels dropped", _drop_all_tones_and_low_vowels, _THAI_WORD,
    "restored tone marks, above vowels too, and sara u and sara uu the font dropped (re-read with the dictionary)",
    partial=True, compounds=True)
LETTER_SPACED = Damage(
    "letter-spaced", _am_as_aa, _THAI_WORD,
    "joined letter-spaced Thai (one letter, a space, one letter …) and restored its sara am", partial=True)
AA_AS_AM = Damage(
    "sara aa printed as sara am", _aa_as_am, _THAI_WORD,
    "read back sara aa a font printed as sara am (กำร → การ), by the words around each (re-read with the dictionary)",
    partial=True)
AM_DROPPED = Damage(
    "sara am dropped", _am_as_aa, _THAI_WORD,
    "restored sara am dropped by PDF extraction where the words around it read so (re-read with the dictionary)",
    partial=True)


# the characters each way of erasing changes: a word holding none of them is left as written
_TOUCHED: dict[Callable[[str], str], str] = {
    str: "", _drop_low_marks: "\u0e47-\u0e4c", _drop_all_tones: "\u0e47-\u0e4c", _drop_low_mai_tho: "\u0e49",
    _drop_low_mai_ek: "\u0e48", _drop_upper_tones: "\u0e48-\u0e4b",
    _marks_as_spaces: MARK + "\u0e33",
    _marks_as_spaces_am_kept: MARK, _am_as_aa: "\u0e33", _aa_as_am: "\u0e32", _drop_low_vowels: "\u0e38\u0e39",
    _drop_low_marks_and_vowels: "\u0e38\u0e39\u0e47-\u0e4c",
    _drop_all_tones_and_low_vowels: "\u0e38\u0e39\u0e47-\u0e4c"}


_ALL_TONES = (_drop_all_tones, _drop_all_tones_and_low_vowels)  # the erasings that drop tones above vowels


@dataclass(frozen=True)
class _Reading:
    """A damage's word index: each damaged form and the words it may stand for, with their costs; the words (two
    read side by side that make a word, ผ้า ฝ้าย, are bonded); the names (a given name is written with a space after
    it, which marks printed as spaces may have taken)."""

    forms: dict[str, tuple[tuple[str, float], ...]]
    longest: int
    words: frozenset[str]
    names: frozenset[str]
    compounds: frozenset[str] = frozenset()
    # the longest form starting with each three letters (forms of two letters or fewer reach no further than 2):
    # the forms a text's letters may start end there, not at the longest form of all
    reach: dict[str, int] = field(default_factory=dict)
    # words whose tone above a vowel the damage erased (ที่ เพื่อ): they bond with no word before them, so that a
    # compound (เป็นที่) cannot break a word as written (เป็นทีมละ is เป็น ทีม ละ, not เป็นที่ มละ)
    unbonded: frozenset[str] = frozenset()


def _reading(damage: Damage) -> _Reading:
    """The word index of a damage (one for damages that leave words alike: letter spacing, sara am dropped)."""
    return _index(damage.erase, damage.also, damage.partial, damage.compounds)


@lru_cache(maxsize=8)
def _index(erase: Callable[[str], str], also: Callable[[str], str] | None, partial: bool,
           compounds: bool = False) -> _Reading:
    """Built from the words as written (one entry each), the few a damage changes added: only words holding a
    character it touches (_TOUCHED) are erased, so that the index costs a dict copy, not a call a word."""
    words, names = _lexicon()
    costs = _costs()
    touched = "".join(_TOUCHED[function] for function in (erase, also) if function is not None)
    changed: dict[str, str] = {}
    if touched:
        held = list(filter(re.compile(f"[{touched}]").search, costs))
        changed = {word: erased for word, erased in zip(held, _erased(erase, held), strict=True) if erased != word}
    written = _as_written()
    found = written.copy() if partial else {word: written[word] for word in written.keys() - changed.keys()}
    added: dict[str, list[tuple[str, float]]] = {}
    others = _erased(also, list(changed)) if also else ()
    for (word, erased), other in itertools.zip_longest(changed.items(), others):
        cost = costs[word]
        added.setdefault(erased, []).append((word, cost + RESTORED * _changes(word, erased)))
        if also and other != erased:
            added.setdefault(other, []).append((word, cost + RESTORED * _changes(word, other)))
    counts = _counts()[0]
    for form, more in added.items() if compounds else ():  # a form standing for more than one word (low marks
        if len(more) > 1 or form in found:  # lost): an uncounted compound costs as its parts (_parts_cost)
            more[:] = [(word, cost - costs[word] + _parts_cost(word, costs[word], counts, costs))
                       for word, cost in more]
    unbonded = frozenset(filter(_UPPER_TONE.search, changed)) if erase in _ALL_TONES else frozenset()
    if unbonded:  # การเลี่ยง, one entry, is การ and an unbonded เลี่ยง, which เลี้ยง reads better: it costs so
        rivalled = frozenset(word for word in unbonded if any(
            other != word and costs[other] < costs[word] for other, _ in added[changed[word]]))
        for more in added.values():
            more[:] = [(word, max(cost, _unbonded_parts_cost(word, rivalled, counts, costs) + cost - costs[word]))
                       for word, cost in more]
    found.update((form, found.get(form, ()) + tuple(more)) for form, more in added.items())
    # bounds (a word as written that the damage changed may leave one too high: a look-up more, the same reading)
    reach, longest = _written_reach()
    reach = reach.copy()
    for form in added:
        if len(form) > 2 and len(form) > reach.get(form[:3], 0):
            reach[form[:3]] = len(form)
    return _Reading(found, max(longest, max(map(len, added), default=0)), words, frozenset(names - words),
                    words | _compounds() if compounds else words, reach, unbonded)


@lru_cache(maxsize=1)
def _written_reach() -> tuple[dict[str, int], int]:
    """The longest word (and name) as written starting with each three letters, and the longest of all."""
    reach: dict[str, int] = {}
    for word in sorted(_as_written(), key=len):  # the longest last: the one kept
        if len(word) > 2:
            reach[word[:3]] = len(word)
    return reach, max(map(len, _as_written()))


@lru_cache(maxsize=1)
def _as_written() -> dict[str, tuple[tuple[str, float], ...]]:
    """Each word (and name) as written, the one word it stands for: what every index starts from."""
    costs = _costs()
    return dict(zip(costs, zip(zip(costs, costs.values(), strict=True)), strict=True))  # word → ((word, cost),)


@lru_cache(maxsize=1)
def _costs() -> dict[str, float]:
    """Each word's (and name's) cost as written: 1, and up to RARITY more the rarer it is (once per count: most
    words share theirs)."""
    counts, total = _counts()
    words, names = _lexicon()
    rarest = math.log(total)
    by_count: dict[int, float] = {}

    def cost(count: int) -> float:
        if count not in by_count:
            by_count[count] = 1 + RARITY * (rarest - math.log1p(count)) / rarest
        return by_count[count]

    known = words | names
    costs = dict.fromkeys(known, cost(0))
    counted = [word for word in counts if word in known]
    costs.update(zip(counted, map(cost, map(counts.__getitem__, counted)), strict=True))
    return costs


def _parts_cost(word: str, cost: float, counts: dict[str, int], costs: dict[str, float]) -> float:
    """A word's cost on a damaged page: where the corpus never counts it but two counted words side by side spell
    it (หน้าบ้าน: หน้า บ้าน), no more than its rarer part's, so that a compound with no count does not lose to a
    rarer counted word the damage leaves alike (หน้าบาน)."""
    if word in counts:
        return cost
    return min((max(costs[word[:cut]], costs[word[cut:]]) for cut in range(1, len(word))
                if word[:cut] in counts and word[cut:] in counts and word[:cut] in costs and word[cut:] in costs),
               default=cost)


def _unbonded_parts_cost(word: str, rivalled: frozenset[str], counts: dict[str, int],
                         costs: dict[str, float]) -> float:
    """An uncounted word's cost where a counted word and an unbonded one (its upper tone erased, a commoner word
    restorable in its place: `rivalled`) spell it: the two parts' costs, no bond between them (0: no such parts;
    หมู่ที่, ชำระหนี้ keep their own: no other word restores ที, หนี)."""
    if word in counts:
        return 0.0
    return min((costs[word[:cut]] + costs[word[cut:]] for cut in range(1, len(word))
                if word[cut:] in rivalled and word[:cut] in counts and word[:cut] in costs), default=0.0)


def _erased(erase: Callable[[str], str], words: list[str]) -> list[str]:
    """[erase(word) for word in words], erased at once: the words a line each (no erasing reaches across a line
    end, as none touches one; checked by the count of lines)."""
    erased = erase("\n".join(words)).split("\n") if words else []
    return erased if len(erased) == len(words) else list(map(erase, words))


def _changes(word: str, erased: str) -> int:
    """About how many changes the damage made to a word (the letters it changed, or how many it removed)."""
    if len(word) == len(erased):
        return sum(map(str.__ne__, word, erased))
    return abs(len(word) - len(erased))


@lru_cache(maxsize=1)
def _counts() -> tuple[dict[str, int], int]:
    """The Thai National Corpus word counts bundled with pythainlp (its tnc_freq.txt, read as tnc.word_freqs
    reads it: a word and its count a line), and their total."""
    from importlib.resources import files

    text = files("pythainlp.corpus").joinpath("tnc_freq.txt").read_text(encoding="utf-8-sig")
    fields = "\t".join(filter(None, text.splitlines())).split("\t")  # word, count, word, count …
    counts = dict(zip(fields[0::2], map(int, fields[1::2]), strict=True))
    return counts, sum(counts.values())


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The words (pythainlp's, with the names of Thailand's provinces, districts and subdistricts), and the
    given and family names of pythainlp's name lists."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

    names = set(thai_male_names()) | set(thai_female_names()) | set(thai_family_names())
    return frozenset(thai_words()) | place_names(), frozenset(names)


@lru_cache(maxsize=1)
def _compounds() -> frozenset[str]:
    """Compounds two words side by side make (ไม้ไผ่, ย้อมผ้า, ปลูกผัก): pythainlp's Volubilis word list, which
    holds the compounds its main list leaves out. They bond words read side by side (BOND); they are not read
    as words themselves, so that a rare entry cannot make letters read. With them the Community Development
    Department's own (kmgraph/data/cdd_compounds.tsv: แผนชุมชน), which that list lacks."""
    from pythainlp.corpus import thai_volubilis_words

    lines = (tables.DATA_DIR / "cdd_compounds.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(thai_volubilis_words()) | {line.replace("\t", "") for line in lines
                                                if line and not line.startswith("#")}


def _name_piece(name: str, common_start: int, common_end: int, context: int) -> tuple[str, bool]:
    """The letters of a name around a change (`context` letters before it and after it, or to the name's end),
    and whether they end the name."""
    at_end = common_end <= context
    last = len(name) - (0 if at_end else common_end - context)
    return name[max(0, common_start - context):last], at_end


@lru_cache(maxsize=4096)
def _names_holding(piece: str, at_end: bool) -> int:
    """How many given and family names of the lists end with piece (at_end) or hold it."""
    names = _lexicon()[1]
    return sum(map(operator.methodcaller("endswith", piece), names)) if at_end else \
        sum(piece in name for name in names)


def name_lists_prefer(written: str, repaired: str) -> int:
    """Which spelling of a name the name lists bear out where a repair changed it: 1 the repaired one (more than
    NAME_PIECE_RATIO times as many names hold its changed letters, NAME_PIECE_LEAST at least: ไชยคา → ไชยคำ,
    ชัยวงค์), -1 the one as written (more names hold its NAME_PIECE_SHORTEST letters or more: แสงศรีเรือง is no
    เรื่อง, ปนิดา no ปนิด้า; the text shows no loss there, so a mark added would be a guess), 0 neither."""
    if written == repaired:
        return 0
    start = len(os.path.commonprefix([written, repaired]))
    end = len(os.path.commonprefix([written[start:][::-1], repaired[start:][::-1]]))
    for context in range(NAME_PIECE_CONTEXT, 0, -1):  # (fewer letters around it where no name holds more)
        was, at_end = _name_piece(written, start, end, context)
        now, _ = _name_piece(repaired, start, end, context)
        held_was, held_now = _names_holding(was, at_end), _names_holding(now, at_end)
        if held_was or held_now or not at_end:  # (inside a name: its letters either side only)
            break
    if held_was > held_now and len(was) >= NAME_PIECE_SHORTEST:  # (two letters, ที ูท, tell no name apart)
        return -1
    # a repair is borne out only in a name's last syllable (ไชยคำ; จาปาทอง stays: จำปา is no evidence)
    return 1 if at_end and held_now >= NAME_PIECE_LEAST and held_now > NAME_PIECE_RATIO * held_was else 0


def name_repaired(repaired: str, shown: bool = False, written: str = "", before: str = "") -> bool:
    """Whether a repair of a person's name has the evidence to be made: it makes a name (or word) the lists know
    (pythainlp's words and names, Thailand's place names); or, where the whole text shows the damage (`shown`:
    no low tone mark anywhere), the repaired name reads as words (ปันแกว → ปันแก้ว). A move or a sara am that only
    turns a name no list knows into words (มนิภา → มินภา, ทานะกุล → ทำนะกุล) is no evidence: it is left as written."""
    # `before`: the name as the page has it: the name lists may reject the repair; accept it only where the page
    # shows the damage (`shown`, `written`: a clean page's สายทองคา stays)
    prefer = name_lists_prefer(before, repaired) if before else 0
    if prefer < 0 or prefer > 0 and (shown or written):
        return prefer > 0
    words, names = _lexicon()
    if repaired in words or repaired in names or shown and not unread_letters(repaired):
        return True
    # `written`: the name as the page has it, on a page that shows the damage: a name that reads as a word fewer
    # repaired (สายทองคา → สาย ทองคำ) is a name of words; one that reads as many (จาปาทอง, ทานะกุล) stays
    return bool(written) and not unread_letters(repaired) and \
        reading_cost(repaired) + FEWER_WORDS <= reading_cost(written)


def read_back(damaged: str, damage: Damage) -> str:
    """The likeliest text that `damage` leaves as `damaged`: words whose damaged forms spell it (letters no word
    covers kept as they stand)."""
    return _best_reading(damaged, damage)[0]


def reading_cost(text: str, damage: Damage = AS_WRITTEN) -> float:
    """How well text reads as words (lower is better): the cost of its best reading as it stands, or as what
    `damage` may have left so."""
    return _best_reading(text, damage)[1]


def unread_letters(text: str, damage: Damage = AS_WRITTEN) -> tuple[int, ...]:
    """Where the letters of text stand that no word of its best reading covers (in order)."""
    return _best_reading(text, damage)[2]


@lru_cache(maxsize=65536)
def _best_reading(damaged: str, damage: Damage) -> tuple[str, float, tuple[int, ...]]:
    """read_back, the cost of the reading, and where the letters stand that no word of it covers.

    Read left to right, remembering the last word: a word costs less after one it makes a word with (ทอ ผ้า ฝ้าย:
    ทอผ้า and ผ้าฝ้าย are words, so the reading is not ทอผ้า ฝ่าย)."""
    reading = _reading(damage)
    forms, reach, words, unbonded = reading.forms, reading.reach, reading.compounds, reading.unbonded
    size = len(damaged)
    # states[i]: last word → (cost of the best reading of damaged[:i] ending with it, where that word started,
    # the last word before it); "" stands for no word (a space, a letter no word covers, the start)
    states: list[dict[str, tuple[float, int, str]]] = [{} for _ in range(size + 1)]
    states[0][""] = (0.0, -1, "")
    for start in range(size):
        here = states[start]
        if not here:
            continue
        last, (cost, _, _) = min(here.items(), key=_state_cost)
        step = 0.0 if damaged[start] == " " else UNKNOWN_LETTER
        _keep(states[start + 1], "", cost + step, start, last)
        for end in range(start + 1, min(size, start + reach.get(damaged[start:start + 3], 2)) + 1):
            found = forms.get(damaged[start:end], ())
            if end == size and damage is MARKS_AS_SPACES:  # the word's last marks on the space after the text
                found += forms.get(damaged[start:end] + " ", ())
            for word, word_cost in found:
                for before, (cost, _, _) in here.items():
                    bonded = BOND if before and before + word in words and word not in unbonded else 0.0
                    _keep(states[end], word, cost + word_cost - bonded, start, before)
    out: list[str] = []
    unread: list[int] = []
    at, (last, (total, _, _)) = size, min(states[size].items(), key=_state_cost)
    while at > 0:
        _, start, before = states[at][last]
        word = last if last else damaged[start]
        if not last and word != " ":
            unread.append(start)
        if word in reading.names and at < size and damaged[at] != " " and damaged[at - 1] == " ":
            word += " "  # a given name's space taken by its last marks (ธ รว ฒน ส ข… is ธีรวัฒน์ สุข…): put back
        out.append(word)
        at, last = start, before
    return "".join(reversed(out)), total, tuple(reversed(unread))


def _state_cost(item: tuple[str, tuple[float, int, str]]) -> float:
    return item[1][0]


def _keep(states: dict[str, tuple[float, int, str]], word: str, cost: float, start: int, before: str) -> None:
    """Record a reading ending with word ("": a space or a letter no word covers) if it is the cheapest yet."""
    if word not in states or cost < states[word][0]:
        states[word] = (cost, start, before)


def _cost(found: tuple[str, float]) -> float:
    return found[1]


def shown(text: str) -> Damage | None:
    """The mark-erasing damage the text shows, if any: (almost) no mark at all in much Thai text (marks printed
    as spaces), or (almost) no tone mark on a consonant without a vowel above (a font's low marks dropped)."""
    damage = _shown_by_marks(text)
    return LOW_MARKS_DROPPED if damage is None and _tones_alone_lost(text) else damage


def _shown_by_marks(text: str) -> Damage | None:
    """shown, by the count of marks alone (not the tones alone on consonants with no vowel)."""
    if _more_than(_BARE_PAIR, len(text) * BARE_SHARE, text, 0, BARE_SAMPLE):  # more than the whole may hold
        return None
    bare = len(_BARE_PAIR.findall(text))
    letters = thai_letters(text)
    if letters < LEAST_LETTERS:
        return None
    if len(_ANY_MARK.findall(text)) <= letters * MARKS_SHARE:
        return MARKS_AS_SPACES
    if bare <= letters * BARE_SHARE:
        return LOW_MARKS_DROPPED
    return None


def _tones_alone_lost(text: str) -> bool:
    """Whether a font lost the tone marks on consonants with no vowel (ได ใต บาน ไก) while keeping those over a
    vowel below and karan (กลุ่ม ปุ๋ย อารมณ์), so that the count of marks on bare consonants misses it: at most
    TONE_ALONE_SHARE of TONE_ALONE_LETTERS Thai letters or more (clean text stops at its first few)."""
    if _more_than(_TONE_ALONE, len(text) * TONE_ALONE_SHARE, text):
        return False
    letters = thai_letters(text)
    return letters >= TONE_ALONE_LETTERS and not _more_than(_TONE_ALONE, letters * TONE_ALONE_SHARE, text) and \
        _common_words_bare(text) >= TONE_ALONE_WORDS_LEAST


def _common_words_bare(text: str) -> int:
    """How many times the very common words of kmgraph/data/low_marks.tsv (ได ให ใช) are written bare, past the
    times each is written marked (as low_marks_lost counts them)."""
    bare = 0
    for word, bare_form, others, _ in _low_mark_words():
        written_bare = text.count(bare_form) - sum(map(text.count, others))
        bare += max(0, written_bare - text.count(word))
    return bare


def _more_than(pattern: re.Pattern[str], limit: float, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """len(pattern.findall(text, pos, endpos)) > limit, the matches counted only as far as the limit (in C)."""
    needed = math.floor(limit) + 1  # (limit >= 0: a share of a length)
    return next(itertools.islice(pattern.finditer(text, pos, endpos), needed - 1, None), None) is not None


def thai_letters(text: str) -> int:
    """len(_THAI_LETTER.findall(text)): the text's Thai letters counted by what is left when the rest is dropped."""
    return len(_NOT_THAI_LETTERS.sub("", text))


def unmarked_regions(text: str) -> list[tuple[int, int]]:
    """The stretches of whole lines (start, end) that show a font's low marks dropped where the text as a whole
    does not: REGION_LETTERS Thai letters or more, with marks, none on a bare consonant."""
    if not _bare_gap(text):  # most text: a mark on a bare consonant in every stretch of the size
        return []
    regions: list[tuple[int, int]] = []
    after = -1  # the end of the last line holding a mark on a bare consonant (-1: none yet)
    for mark in itertools.chain(_BARE_PAIR.finditer(text), (None,)):
        at = mark.start() if mark else len(text)
        if at - after > REGION_LETTERS:  # a cheap bound first: a letter is a character
            start = after + 1 if after >= 0 else 0
            end = text.rfind("\n", start, at) if mark else len(text)
            letters = len(_THAI_LETTER.findall(text, start, end)) if end > start else 0
            if letters >= REGION_LETTERS and len(_ANY_MARK.findall(text, start, end)) > letters * MARKS_SHARE:
                regions.append((start, end))
        if mark:
            line_end = text.find("\n", at)
            after = len(text) if line_end == -1 else line_end
    return regions


def _bare_gap(text: str) -> bool:
    """Whether text may hold REGION_LETTERS characters in a row where no mark on a bare consonant starts (what a
    region needs; the text's ends count as such marks): any such stretch holds a whole block of half its size,
    starting at a multiple of that size, where none starts (a few short scans, each stopping at its first mark)."""
    block = REGION_LETTERS // 2
    search = _BARE_PAIR.search
    return any(search(text, at, at + block + 1) is None for at in range(0, len(text) - block + 1, block))


def spaced_mark_regions(text: str) -> list[tuple[int, int]]:
    """The stretches of whole lines (start, end) that show marks printed as spaces where the text as a whole does
    not (a clean title or description beside a transcribed page): lines of Thai with (almost) no mark, together
    LEAST_LETTERS Thai letters or more, holding runs of letters split by single spaces (_UNMARKED_PIECES)."""
    if not _UNMARKED_PIECES.search(text):  # clean text stops here
        return []
    regions: list[tuple[int, int]] = []
    start = end = letters = 0
    clue = False
    at = 0
    for line in itertools.chain(text.split("\n"), (None,)):
        line_letters = len(_THAI_LETTER.findall(line)) if line is not None else 0
        if line is None or line_letters and len(_ANY_MARK.findall(line)) > line_letters * MARKS_SHARE:
            if letters >= LEAST_LETTERS and clue:
                regions.append((start, end))
            start, letters, clue = (at + len(line) + 1, 0, False) if line is not None else (start, 0, False)
        else:
            letters += line_letters
            clue = clue or bool(_UNMARKED_PIECES.search(f" {line} "))
            end = at + len(line)
        if line is not None:
            at += len(line) + 1
    return regions


@lru_cache(maxsize=1)
def _low_mark_words() -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """The words of kmgraph/data/low_marks.tsv, commonest first: each marked, bare, what its bare form starts
    in clean text (the bare form with a tone mark, ใช่, or with a letter that makes another word, ใหญ่ ใหม่), and
    the low marks it holds."""
    words = []
    for line in (tables.DATA_DIR / "low_marks.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, after = line.partition("\t")
            bare = _drop_low_marks(word)
            starts = (bare + letter for letter in "\u0e48\u0e49\u0e4a\u0e4b" + after.strip())
            marks = "".join(sorted(set(_BARE_MARK.findall(word))))
            words.append((word, bare, tuple(start for start in starts if start != word), marks))
    return tuple(words)


def low_marks_shown(text: str) -> bool:
    """Whether the text's very common words show a font's low tone marks lost: LOW_MARK_WORDS_LEAST of them or
    more written bare (ตอง ใช ได), at least as many as written marked. Karan and mai taikhu may have survived
    (เป็น, ผลิตภัณฑ์), so that the count of marks alone (shown, unmarked_regions) misses the damage. Counted with
    str.count (a clean text stops at the commonest three: none of them bare)."""
    return bool(low_marks_lost(text))


def low_marks_lost(text: str) -> str:
    """The low marks the text's very common words show lost ("": none): as low_marks_shown counts them, all of
    them; or, where one tone mark's words are written bare (ได ใช ตอง) while the other's are written marked
    (กลุ่ม ไม่ ที่: a font that lost one glyph), that mark only, counted per mark."""
    bare: dict[str, int] = {}
    marked: dict[str, int] = {}
    seen_bare: dict[str, int] = {}  # each mark's words written bare at all (a font that lost one glyph: none)
    for rank, (word, bare_form, others, marks) in enumerate(_low_mark_words()):
        if rank == LOW_MARK_WORDS_FIRST and not any(bare.values()):
            return "\u0e47-\u0e4c" if page_low_marks_shown(text) else ""
        written_marked, written_bare = text.count(word), text.count(bare_form)
        marked[marks] = marked.get(marks, 0) + written_marked
        if written_bare > written_marked:
            written_bare -= moved_past(text, bare_form)
        if written_bare > written_marked:
            bare[marks] = bare.get(marks, 0) + written_bare - written_marked - sum(map(text.count, others))
        elif written_bare and not word.startswith(bare_form):  # (กลุม: its bare form is no part of กลุ่ม)
            seen_bare[marks] = seen_bare.get(marks, 0) + written_bare - sum(map(text.count, others))
    lost = [marks for marks, count in bare.items() if count >= LOW_MARK_WORDS_LEAST and count >= marked[marks]]
    # a mark whose words are written marked and never bare: a font whose only that glyph survived
    kept = [marks for marks, count in marked.items()
            if count > max(bare.get(marks, 0), 0) and seen_bare.get(marks, 0) <= 0]
    if len(lost) == 1 and len(lost[0]) == 1 and kept:
        return lost[0]
    total = sum(bare.values())
    return "\u0e47-\u0e4c" if total >= LOW_MARK_WORDS_LEAST and total >= sum(marked.values()) else ""


# a word's bare form, then a consonant carrying a tone mark (ไมผ้ล, ใชห้น้า): the word's tone, moved past that
# consonant, where no word starts at the consonant with the tone as written (ได้ in ไมได้ is the consonant's own)
_TONE_ON_NEXT = f"(?=([{CONSONANT}][\u0e31\u0e34-\u0e39]?[\u0e48-\u0e4b]))"


def moved_past(text: str, bare_form: str) -> int:
    """How many times text writes bare_form with its tone moved on to the next consonant (not dropped)."""
    words = _dictionary(False)
    moved = 0
    for match in re.finditer(re.escape(bare_form) + _TONE_ON_NEXT, text):
        after = match.start(1)
        if not words.word_at(text, after, len(match.group(1)), 24):
            moved += 1
    return moved


@lru_cache(maxsize=1)
def _page_words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The words of kmgraph/data/low_marks_page.tsv and the place words of lexicon.toml that hold a low mark: a
    pattern finding their bare forms (tone marks dropped) where no tone mark or letter making another clean word
    follows, each its own group; and the words as marked."""
    lines = (tables.DATA_DIR / "low_marks_page.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.partition("\t")[::2] for line in lines if line and not line.startswith("#")]
    rows += [(word, "") for word in tables.lexicon().places.smaller]
    rows = [(word, after.strip()) for word, after in rows if _drop_low_marks(word) != word]
    rows.sort(key=lambda row: -len(_drop_low_marks(row[0])))  # the longest first: หมูบาน before บาน
    bare = "|".join(f"({re.escape(_drop_low_marks(word))})(?![\u0e48-\u0e4b{after}])" for word, after in rows)
    return re.compile(bare), tuple(word for word, _ in rows)


@lru_cache(maxsize=1)
def _bare_places() -> tuple[re.Pattern[str], frozenset[str]]:
    """จังหวัด or อำเภอ and the word after it; the provinces and districts as a font that lost its low marks
    leaves them (น่าน → นาน), where that differs."""
    places = {province.name_th for province in tables.provinces()}
    for line in (tables.DATA_DIR / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            places.add(line.split("\t")[1])
    bare = {_drop_low_marks(place) for place in places if _BARE_TONE.search(place)} - places
    return re.compile(f"(?:จังหวัด|อำเภอ) ?([{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]+)"), frozenset(bare)


def page_low_marks_shown(text: str) -> bool:
    """Whether a page without the very common words (a book cover, a form's header) shows its low marks lost: its
    page words (ผู้ ความรู้ หน้า บ้าน หมู่ที่ …) and places after จังหวัด/อำเภอ (จังหวัดนาน), PAGE_WORDS_LEAST
    different ones written bare, more often than the page words are written marked; a page keeping its tone
    marks on bare consonants (one in 60 characters or more) is not counted."""
    if _more_than(_BARE_TONE, len(text) * BARE_SHARE, text):  # its tone marks on bare consonants: clean text
        return False
    bare_forms, marked = _page_words()
    written_bare = [match.lastindex for match in bare_forms.finditer(text)]
    if not written_bare:  # clean text stops here
        return False
    found, bare_count = len(set(written_bare)), len(written_bare)
    after_place, bare_places = _bare_places()
    places = [match.group(1) for match in after_place.finditer(text)]
    written = [place for place in places if any(map(place.startswith, bare_places))]
    found += len(set(written))
    bare_count += len(written)
    return found >= PAGE_WORDS_LEAST and bare_count > sum(map(text.count, marked))


def lines_without_low_tones(text: str, tone_on_bare: re.Pattern[str] = _BARE_TONE) -> list[tuple[int, int]]:
    """The stretches of whole lines (start, end) holding no tone mark on a bare consonant (`tone_on_bare`: the
    one tone mark lost): where a font's lost low marks may be. A line holding one is clean, unless it also holds
    a page word written bare (หมู่บานทองเที่ยว: a title whose font kept a few of its marks)."""
    regions: list[tuple[int, int]] = []
    start = 0
    bare_page_word = _page_words()[0].search
    for tone in itertools.chain(tone_on_bare.finditer(text), (None,)):
        at = tone.start() if tone else len(text)
        if tone and at < start:  # a line already taken
            continue
        end = text.rfind("\n", start, at) if tone else len(text)
        if tone:
            line_end = text.find("\n", at)
            line_end = len(text) if line_end == -1 else line_end
            if bare_page_word(text, end + 1 if end >= start else start, line_end):
                continue  # the line goes with the stretch: it ends at the next clean line
        if end > start:
            regions.append((start, end))
        if tone:
            start = line_end + 1
    return regions


def repair_erased_marks(clean: RepairedText) -> tuple[RepairedText, str | None]:
    """Re-read a text that shows a mark-erasing damage (or the parts of it that show low marks dropped); the
    repaired text and the damage's warning (None: the text does not show one, or re-reading changed nothing)."""
    found = erased_marks_found(clean.text)
    return (clean, None) if found is None else reread_lines(clean, *found)


@lru_cache(maxsize=1)
def _upper_tone_words() -> re.Pattern[str]:
    """The words of kmgraph/data/upper_tones.tsv, a pattern finding each marked (group 1) or bare (group 2: no
    tone mark, and no letter making another clean word, after it)."""
    marked, bare = [], []
    for line in (tables.DATA_DIR / "upper_tones.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, after = line.partition("\t")
            marked.append(re.escape(word))
            bare.append(f"{re.escape(_drop_all_tones(word))}(?![\u0e48-\u0e4b{after.strip()}])")
    return re.compile(f"({'|'.join(marked)})|({'|'.join(bare)})")


def low_vowels_lost(text: str) -> bool:
    """Whether a font lost sara u and sara uu: LOW_VOWEL_LETTERS Thai letters or more, none of them (most text
    stops at its first sara u)."""
    return "\u0e38" not in text and "\u0e39" not in text and thai_letters(text) >= LOW_VOWEL_LETTERS


def upper_tones_lost(text: str) -> bool:
    """Whether a text that lost its low tone marks lost those above vowels too (ที เพือ หนึง): the words of
    kmgraph/data/upper_tones.tsv written bare UPPER_TONE_WORDS_LEAST times or more, more often than marked."""
    if _more_than(_UPPER_PAIR, len(text) * UPPER_TONE_SHARE, text):  # its tones above vowels kept: most text
        return False
    bare = marked = 0
    for match in _upper_tone_words().finditer(text):
        if match.group(2):
            bare += 1
        else:
            marked += 1
    return bare >= UPPER_TONE_WORDS_LEAST and bare > marked


def _no_upper_tone(text: str) -> bool:
    """Whether a short text (too few of the upper-tone words for upper_tones_lost) holds no tone mark above a vowel
    at all, its upper-tone words (ที เรือง) written bare UPPER_TONE_WORDS_SHORT times or more and never marked."""
    if _UPPER_PAIR.search(text):  # (clean text: one in 40 characters or more)
        return False
    bare = sum(1 for match in _upper_tone_words().finditer(text) if match.group(2))
    return bare >= UPPER_TONE_WORDS_SHORT


def erased_marks_found(text: str) -> tuple[Damage, list[tuple[int, int]] | None] | None:
    """The mark-erasing damage the text shows and the lines it shows it in as (first, last) line numbers (None:
    the whole text); None where it shows none."""
    damage = shown(text)
    if damage is LOW_MARKS_DROPPED and low_vowels_lost(text):  # sara u and uu lost with them: read back together
        tones = upper_tones_lost(text) or _no_upper_tone(text)
        return (TONES_AND_VOWELS_DROPPED if tones else LOW_MARKS_AND_VOWELS_DROPPED), None
    if damage is LOW_MARKS_DROPPED and upper_tones_lost(text):
        return TONES_DROPPED, None
    if damage is not None:
        return damage, None
    if low_vowels_lost(text):  # (its words read as written too: only those no word reads get sara u or uu back)
        return LOW_VOWELS_DROPPED, None
    regions = spaced_mark_regions(text)
    damage = MARKS_AS_SPACES if regions else LOW_MARKS_DROPPED
    regions = regions or unmarked_regions(text)
    if not regions and (lost := low_marks_lost(text)):
        if lost in ONE_LOW_MARK_DROPPED:  # one glyph lost: only its mark is read back
            damage = ONE_LOW_MARK_DROPPED[lost]
            regions = lines_without_low_tones(text, re.compile(f"[{CONSONANT}\u0e38-\u0e3a]{lost}"))
        else:
            regions = lines_without_low_tones(text)
    if not regions and upper_tones_lost(text):  # (karan kept on bare consonants, few common words: ที เพือ say so)
        if _more_than(_BARE_TONE, thai_letters(text) * BARE_SHARE, text):  # its low tones kept (เล่า บ้าน): only
            return UPPER_TONES_DROPPED, None  # those above vowels lost, in every line
        damage, regions = TONES_DROPPED, lines_without_low_tones(text)
    if not regions:
        return None
    if damage is LOW_MARKS_DROPPED and upper_tones_lost(text):
        damage = TONES_DROPPED
    return damage, [(text.count("\n", 0, start), text.count("\n", 0, end)) for start, end in regions]


def reread_lines(clean: RepairedText, damage: Damage, lines: list[tuple[int, int]] | None,
                 again: bool = False, places_read: bool = False) -> tuple[RepairedText, str | None]:
    """Re-read the text as `damage` leaves it, in the lines (first, last line numbers; None: all of it): the
    repaired text and the damage's warning (None: re-reading changed nothing). `again`: a text read so once
    already (its split words since joined), re-read as cautiously as the tones-alone check reads; `places_read`: a
    cautious re-read that reads a place's name too (its evidence the words, not the page's counts)."""
    if lines is None:
        stretches: Iterator[re.Match[str] | None] = damage.stretch.finditer(clean.text)
    else:
        starts = [0, *(match.end() for match in re.finditer("\n", clean.text))]
        ends = [start - 1 for start in starts[1:]] + [len(clean.text)]
        regions = [(starts[first], ends[last]) for first, last in lines if last < len(starts)]
        stretches = itertools.chain.from_iterable(
            damage.stretch.finditer(clean.text, start, end) for start, end in regions)
    # marks printed as spaces leave no name as it was written (no mark anywhere): names are read back too
    names = Names(clean.text) if damage.partial else None
    # the tones alone lost (shown by no count of marks nor by common words written bare): a cautious re-read
    cautious = again or damage.erase in (_drop_low_marks, _drop_all_tones) and \
        _shown_by_marks(clean.text) is None and not low_marks_lost(clean.text) and _tones_alone_lost(clean.text)
    repaired = _rewrite_stretches(clean, stretches, damage, names=names, cautious=cautious,
                                  places_spared=not places_read)
    return repaired, (damage.warning if repaired is not clean else None)


def repair_aa_as_am(clean: RepairedText) -> tuple[RepairedText, str | None]:
    """Re-read a text whose font printed every sara aa as sara am (กำรรวมกลุ่มแม่บ้ำน = การรวมกลุ่มแม่บ้าน, while
    คำนำ stays): only words tell the two apart. The text shows the damage where sara am outnumbers sara aa (clean
    Thai writes sara aa several times as often) and at least AA_AS_AM_SHARE of its runs of Thai letters holding a
    sara am read as likelier words with sara aa in its place; then each sara am is read back by the words around
    it."""
    text = clean.text
    am = text.count("\u0e33")
    if am < AA_AS_AM_LEAST or am <= text.count("\u0e32"):  # two counts: all clean text stops here
        return clean, None
    stretches = [run for run in _THAI_WORD.finditer(text) if "\u0e33" in run.group(0)]
    changed = sum(read_back(run.group(0), AA_AS_AM) != run.group(0) for run in stretches)
    if changed < len(stretches) * AA_AS_AM_SHARE:
        return clean, None
    repaired = _rewrite_stretches(clean, iter(stretches), AA_AS_AM, names=Names(text))
    return repaired, (AA_AS_AM.warning if repaired is not clean else None)


def repair_letter_spacing(clean: RepairedText) -> tuple[RepairedText, str | None]:
    """Join letter-spaced Thai (ส า นั ก ง า น → สำนักงาน) where the joined letters read as words, restoring the sara
    am the spacing left as sara aa."""
    if not _SPACED_CLUE.search(clean.text):
        return clean, None
    repaired = _rewrite_stretches(clean, _SPACED_RUN.finditer(clean.text), LETTER_SPACED, joined=True)
    return repaired, (LETTER_SPACED.warning if repaired is not clean else None)


def repair_dropped_sara_am(clean: RepairedText) -> tuple[RepairedText, str | None]:
    """In a text that shows sara am dropped (the word list found some), re-read the words with sara aa: names and
    words the list leaves alone, as they are short or are words themselves (แสนคา → แสนคำ, การทาบัญชี →
    การทำบัญชี, where the words around them read so). Only around a sara aa between letters that some word's
    sara am stands between, within AM_REACH letters of it (in its run of Thai letters)."""
    text = clean.text
    contexts, after_context = _am_contexts(), _aa_in_context()
    restored: list[int] = []
    # each sara aa after a letter some sara am stands after (one at the text's start is after its last letter)
    at_start = [0] if text.startswith("\u0e32") else []
    for at in itertools.chain(at_start, (aa.start() for aa in after_context.finditer(text))):
        after = text[at + 1:at + 2]  # "" at the end of its run of Thai letters
        if (text[at - 1], after if after and _THAI_LETTER.match(after) else "") in contexts:
            # read AM_REACH letters either side (the run's ends are words' ends): a word cut at the window's
            # edge is read wrongly there, not at its middle, where the sara aa is
            start = _RUN_BEFORE.search(text, max(0, at - AM_REACH), at).start()  # type: ignore[union-attr]
            end = _THAI_WORD.match(text, at, at + AM_REACH + 1).end()  # type: ignore[union-attr]
            repaired = read_back(text[start:end], AM_DROPPED)
            if len(repaired) == end - start and repaired[at - start] == "\u0e33":
                restored.append(at)
    if restored and (places := PlaceNames(text)).spans:  # a place name stays as the gazetteer spells it
        restored = [at for at in restored if not places.covers(at, at + 1)]
    if restored and (names := Names(text)):  # in a name, only where it makes one the lists know
        changes = _known_names(text, [(at, at + 1, "\u0e33") for at in restored], names)
        restored = [at for at, _, _ in changes]
    if not restored:
        return clean, None
    matches = (_ANY_SPAN.match(text, at, at + 1) for at in restored)
    return rewrite_matches(clean, matches, "\u0e33"), AM_DROPPED.warning  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _aa_in_context() -> re.Pattern[str]:
    """Sara aa after a letter that some word's sara am stands after (_am_contexts): a fast scan for the few."""
    befores = sorted({before for before, _ in _am_contexts()})
    return re.compile(f"(?<=[{''.join(map(re.escape, befores))}])\u0e32")


@lru_cache(maxsize=1)
def _am_contexts() -> frozenset[tuple[str, str]]:
    """The letters before and after sara am in the words and names (after: "" at a word's end)."""
    words, names = _lexicon()
    return frozenset(_AM_CONTEXT.findall("\n".join(words | names)))


def _rewrite_stretches(clean: RepairedText, stretches: Iterator[re.Match[str] | None], damage: Damage,
                       joined: bool = False, names: Names | None = None, cautious: bool = False,
                       places_spared: bool = True) -> RepairedText:
    """Each stretch read back as `damage` leaves words; in `names`, only what reads back as a name (the text
    shows the damage throughout: see name_repaired); `cautious`: only the changes _cautious_edits keeps (inside a
    place's name too unless `places_spared`)."""
    text = clean.text
    edits: dict[int, str] = {}
    spans: list[tuple[int, int]] = []
    for stretch in filter(None, stretches):
        damaged = _unspaced(stretch.group(0)) if joined else stretch.group(0)
        repaired = read_back(damaged, damage)
        if repaired == stretch.group(0) or (joined and not _reads_as_words(repaired, damage)):
            continue
        stretch_edits = _edits(stretch.group(0), repaired)
        if cautious:
            stretch_edits = _cautious_edits(text, stretch.start(), stretch.group(0), stretch_edits, places_spared)
        changes = [(stretch.start() + start, stretch.start() + end, new) for start, end, new in stretch_edits]
        for start, end, new in _known_names(text, changes, names, shown=True) if names else changes:
            if _mark_moved_on(text, start, end, new):
                continue
            edits[start] = new
            spans.append((start, end))
    if spans and "." in text:  # กข.คจ.: a mark read into an abbreviation is no repair (ก็ข.คจ.)
        dotted = [match.span() for match in _DOTTED_ABBREVIATION.finditer(text)]
        spans = [span for span in spans if not any(start <= span[0] and span[1] <= end for start, end in dotted)]
    if not spans:
        return clean
    matches = (_ANY_SPAN.match(text, start, end) if end > start else re.compile("").match(text, start)
               for start, end in spans)
    return rewrite_matches(clean, matches, lambda m: edits[m.start()])  # type: ignore[arg-type]


def _cautious_edits(text: str, at: int, written: str,
                    edits: list[tuple[int, int, str]], places_spared: bool = True) -> list[tuple[int, int, str]]:
    """The edits (start, end in `written`, the stretch of text starting at `at`, replacement) a re-read only the
    page bears out may make: none inside a place's name (after its place word: บาน วังแซม stays, where the
    gazetteer's วังแซ้ม would be a guess), and only those the stretch reads better with by more than TONE_ALONE_MARGIN
    (a bare word about as likely as the marked one: what is written stays)."""
    names = _place_name_spans(text, at, at + len(written)) if places_spared else []
    edits = [edit for edit in edits if not any(start < at + edit[1] and at + edit[0] < end for start, end in names)]
    kept = list(edits)
    for edit in edits:
        others = [other for other in kept if other is not edit]
        if reading_cost(_applied(written, others)) <= reading_cost(_applied(written, kept)) + TONE_ALONE_MARGIN:
            kept = others
    return kept


def _applied(written: str, edits: list[tuple[int, int, str]]) -> str:
    """written with the edits (start, end, replacement; in order, not overlapping) made."""
    out, at = [], 0
    for start, end, new in edits:
        out.append(written[at:start] + new)
        at = end
    return "".join(out) + written[at:]


@lru_cache(maxsize=1)
def _place_word() -> re.Pattern[str]:
    """A place word of lexicon.toml (อำเภอ ตำบล บ้าน …, as written or with its low marks dropped: บาน) and the
    run of Thai letters after it (one space between them or none)."""
    places = tables.lexicon().places
    words = {*places.district, *places.province, *places.smaller, *places.villages}
    words |= {_drop_low_marks(word) for word in words}
    return re.compile(f"(?:{alternation(words)}) ?([{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]+)")


def _place_name_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The place names after a place word that reach into text[start:end]: the longest start of the run after it
    that the gazetteer knows as written or with low marks put back by any reading (else the whole run)."""
    spans = []
    for match in _place_word().finditer(text, max(0, start - 40), end):
        run = match.group(1)
        known = place_names()
        size = next((size for size in range(len(run), 1, -1)
                     if run[:size] in known or _bare_place_names().get(run[:size])), len(run))
        if match.start(1) < end and match.start(1) + size > start:
            spans.append((match.start(1), match.start(1) + size))
    return spans


@lru_cache(maxsize=1)
def _bare_place_names() -> dict[str, bool]:
    """The gazetteer's place names as a font that lost its low marks leaves them (วังแซ้ม → วังแซม)."""
    return {_drop_low_marks(name): True for name in place_names()}


def _mark_moved_on(text: str, start: int, end: int, new: str) -> bool:
    """Whether a change puts back a mark the text holds right after the next consonant (เรจ็ read as เร็จ็): a mark
    moved past its consonant, which the moves repairs put back, not one the font dropped (หมูที่ is หมู่ที่: the
    tone of ที่ is its own, after its vowel)."""
    moved_on = _MARK_ON_NEXT.match(text, end)
    return bool(moved_on) and moved_on.group(1) in new and moved_on.group(1) not in text[start:end]


def _known_names(text: str, changes: list[tuple[int, int, str]], names: Names,
                 shown: bool = False) -> list[tuple[int, int, str]]:
    """The changes (start, end, replacement in text), less those in a person's name without the evidence
    (name_repaired: ทานะกุล is no ทำนะกุล, ปนิดา no ปนิด้า)."""
    kept = []
    for change in changes:
        token = names.token(change[0], change[1])
        if token is None:
            kept.append(change)
            continue
        written = text[token[0]:token[1]]
        # the name lists weigh each change on its own (ทองเรือง: neither ท้อง nor เรื่อง) …
        alone = written[:change[0] - token[0]] + change[2] + written[change[1] - token[0]:]
        if prefer := name_lists_prefer(written, alone):
            if prefer > 0:
                kept.append(change)
            continue
        inside = sorted(other for other in changes if names.token(other[0], other[1]) == token)
        out, at = [], token[0]
        for start, end, new in inside:
            out.append(text[at:start] + new)
            at = end
        if name_repaired("".join(out) + text[at:token[1]], shown):  # … else the whole name, repaired
            kept.append(change)
    return kept


def _unspaced(spaced: str) -> str:
    """Letter-spaced text joined: no space between letters, one between words (where two stood)."""
    return " ".join(word.replace(" ", "") for word in spaced.split("  "))


def _reads_as_words(text: str, damage: Damage) -> bool:
    """Whether words cover nine letters in ten of a joined stretch (a letter-spaced heading, not a list of
    letters)."""
    reading = _reading(damage)
    forms = reading.forms
    covered, at = 0, 0
    size = len(text)
    erased = damage.erase(text)
    while at < size:
        for end in range(min(size, at + reading.longest), at, -1):
            if erased[at:end] in forms and end - at > 1:
                covered += end - at
                at = end
                break
        else:
            at += 1
    return covered >= 0.9 * (size - text.count(" "))


def _edits(old: str, new: str) -> list[tuple[int, int, str]]:
    """The changes from old to new: (start, end in old, replacement), in order, not overlapping; a mark inserted
    is written with the letter before it, so that it takes that letter's source range."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    edits: list[tuple[int, int, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        replacement = new[j1:j2]
        if i1 == i2 and i1 > 0:  # an insertion: with the letter before it
            i1, replacement = i1 - 1, old[i1 - 1] + replacement
        if edits and edits[-1][1] > i1:  # that letter already rewritten: one edit
            start, end, written = edits.pop()
            i1, replacement = start, written + replacement[end - i1:]
        edits.append((i1, i2, replacement))
    return edits
