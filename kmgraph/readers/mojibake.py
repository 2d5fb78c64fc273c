"""Thai text that went through a wrong code page (mojibake), read back as Thai.

Flipbook hosts and old sites show Thai wrongly in two ways, through the code pages that kmgraph/data/readers.toml
lists: TIS-620/CP874 bytes read as a one-byte code page (Mac Roman "°“√®—¥∑”§Ÿà¡◊Õ" for การจัดทำคู่มือ, with Apple's
Mac OS Thai variants of the marks at 0x80–0x9F; Latin-1/CP1252 "¡ÒÃ" for การ; Mac Central European "§”Ļ”" for
คำนำ; CP1250, ISO-8859-2), and UTF-8 read as a one-byte code page (CP1252 "à¸à¸²à¸£" for การ, CP874 "เธเธฒเธฃ"; the
bytes the code page leaves undefined are often dropped on the way, and are guessed).

The repair is decided by what the text is, never by a file's name: a run of characters that a code page's Thai
bytes show as is read as Thai only when, read so, it is written as Thai is (no mark without a letter before it,
no leading vowel without a letter after it), touches no Thai letter, nor a Latin one (as é in "café" does) unless it
holds more than SHORT_RUN Thai letters (a Joomla title glued to "PDF"), and at least `word_share` of its Thai
letters lie in dictionary words; and the text as a whole must give `least_letters` such Thai letters. French,
German, Czech or a name with accents stays as it is.

A TIS-620 text may hold symbols typed as UTF-8 (□ ■ ✓ “ ”: E2, a byte 0x80–0x9F, one more) shown through the same
code page ("â–¡" for □ in CP1252); within the runs read back, those are read back too.

Offsets: a TIS-620 repair puts one character for one (bar such a symbol: one for three); a UTF-8 repair puts one
character for two or three; so offsets (the spans of records and facts) index the repaired text, not the characters
of the file as first decoded.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .. import tables

CONSONANTS = "\u0e01-\u0e2e"
MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
LEADING_VOWELS = "\u0e40-\u0e44"
# Written as Thai is not: a mark with no letter before it, a vowel mark after a tone mark, a leading vowel with
# no letter after it, a following vowel (ะ า ำ ๅ) starting the run.
_NOT_THAI_WRITING = re.compile(
    f"(?:^|[^{CONSONANTS}{MARKS}])[{MARKS}]|[\u0e48-\u0e4c][\u0e31\u0e34-\u0e3a\u0e47]|[{LEADING_VOWELS}](?![{CONSONANTS}])"
    f"|^[\u0e30\u0e32\u0e33\u0e45]")
_THAI_LETTER = re.compile("[\u0e01-\u0e4e]")
_IN_WORDS_ANYWAY = frozenset("\u0e2f\u0e46\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59")
LONGEST_WORD = 20
@dataclass(frozen=True)
class Repair:
    """One way Thai was shown wrongly: its name (for the warning), the pattern of a run it may have made, and
    how such a run is read back (its text, and how many dropped bytes were guessed)."""

    name: str
    run: re.Pattern[str]
    convert: Callable[[str], tuple[str, int]]
    hint: re.Pattern[str]  # found in any text that may hold such runs (a cheap look before the runs are sought)
    lost: Callable[[str], tuple[int, int]] | None = None  # of a text's Thai letters, how many lost a byte; all

    def may_hold(self, text: str) -> bool:
        """Could the text hold runs of this repair (its hint is found)?"""
        return self.hint.search(text) is not None


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    thai: str
    guessed: int


def _settings() -> tables.MojibakeSettings:
    return tables.readers().mojibake


@dataclass(frozen=True)
class Utf8Page:
    """A one-byte code page UTF-8 was shown through: the characters it shows UTF-8's lead bytes as (E0 of a Thai
    letter with B8 or B9 after it, C2 of a sign, E2 of punctuation), each continuation byte (0x80–0xBF) by the
    characters that may stand for it, and the continuation bytes it has no character for (dropped, guessed)."""

    thai_bases: dict[str, int]  # the character for B8 → U+0E00, for B9 → U+0E40
    thai_lead: str
    sign_lead: str
    punctuation_lead: str
    continuation: dict[str, int]
    undefined: tuple[int, ...]


@lru_cache(maxsize=1)
def _repairs() -> tuple[tuple[Repair, ...], tuple[Repair, ...]]:
    """The repairs the code pages of readers.toml make: UTF-8 ones, then TIS-620 ones."""
    settings = _settings()
    utf8 = tuple(_utf8_repair(page.name, _utf8_page(page.codecs)) for page in settings.utf8_shown_as)
    single = tuple(_table_repair(f"TIS-620 shown as {page.name}", _tis620_table(page), _punctuation_read_as_marks(page),
                                 None if page.mac_thai else _utf8_symbols(page.codec))
                   for page in settings.tis620_shown_as)
    return utf8, single


@lru_cache(maxsize=1)
def _single_byte_hint() -> re.Pattern[str]:
    """Any character a TIS-620 repair starts from (bar the no-break space): a text with none is left at once."""
    chars = {char for repair in _repairs()[1] for char in repair.hint.pattern if not char.isascii()} - {"\u00a0"}
    return re.compile("[" + "".join(re.escape(char) for char in sorted(chars)) + "]")


def _tis620_table(page: tables.Tis620ShownAs) -> dict[str, str]:
    """Each character a TIS-620 (or, on a Mac, Mac OS Thai) byte shows as in the page's code page → Thai."""
    thai = {byte: bytes([byte]).decode("cp874") for byte in range(0xA1, 0xFC)
            if "\u0e01" <= bytes([byte]).decode("cp874", errors="replace") <= "\u0e5b"}
    if page.mac_thai:
        thai = {0xA0: "\u00a0", **thai,
                **{int(byte, 16): char for byte, char in _settings().mac_thai_variants.items()}}
    table = {}
    for byte, char in thai.items():
        shown = bytes([byte]).decode(page.codec, errors="ignore")
        if shown and not shown.isascii():
            table[shown] = char
    table.update({variant: table[standard] for variant, standard in page.variants.items()
                  if standard in table})
    return table


def _punctuation_read_as_marks(page: tables.Tis620ShownAs) -> dict[str, str]:
    """The characters a page shows both a Mac OS Thai mark variant and a Windows (CP874) punctuation byte as (“ ” –
    … typed on Windows, 0x85 and 0x91–0x97): the shown character → the punctuation. Each is read one way or the
    other by the words around it (see _marks_or_punctuation)."""
    if not page.mac_thai:
        return {}
    found = {}
    for byte in (int(variant, 16) for variant in _settings().mac_thai_variants):
        punctuation = bytes([byte]).decode("cp874", errors="ignore")
        shown = bytes([byte]).decode(page.codec, errors="ignore")
        if punctuation and not "\u0e00" <= punctuation <= "\u0e7f" and shown and not shown.isascii():
            found[shown] = punctuation
    return found


def _utf8_symbols(codec: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """A symbol or punctuation mark of U+2000–U+27FF (■ □ ☑ ✓ “ ” –) typed as UTF-8 (E2, a byte 0x80–0x9F, a
    continuation byte) into a TIS-620 text, the whole then shown through `codec` ("â–¡" for □ in CP1252): its pattern
    and each shown character's byte. TIS-620 has no letter at 0x80–0x9F and no leading vowel (โ is E2) stands before
    a dash, so such three characters are never Thai."""
    page = _utf8_page((codec,))
    middle = "".join(re.escape(char) for char, byte in sorted(page.continuation.items()) if byte < 0xA0)
    last = "".join(re.escape(char) for char in sorted(page.continuation))
    return re.compile(f"({re.escape(page.punctuation_lead)}[{middle}][{last}])"), page.continuation


def _table_repair(name: str, table: dict[str, str], either: dict[str, str] | None = None,
                  symbols: tuple[re.Pattern[str], dict[str, int]] | None = None) -> Repair:
    """A TIS-620 repair by `table`; with `symbols`, the UTF-8 symbols typed among the Thai are read back too."""
    chars = "".join(re.escape(char) for char in sorted(table))
    translation = str.maketrans(table)
    if either:
        def convert(run: str) -> tuple[str, int]:
            return _marks_or_punctuation(run, run.translate(translation), either), 0
    elif symbols:
        symbol, byte_of = symbols

        def convert(run: str) -> tuple[str, int]:
            parts = symbol.split(run)  # odd parts: a symbol's three characters
            return "".join(bytes([0xE2, byte_of[part[1]], byte_of[part[2]]]).decode("utf-8") if odd % 2
                           else part.translate(translation) for odd, part in enumerate(parts)), 0

        return Repair(name, re.compile(f"(?:{symbol.pattern[1:-1]}|[{chars}])+"), convert, re.compile(f"[{chars}]"))
    else:
        def convert(run: str) -> tuple[str, int]:
            return run.translate(translation), 0
    return Repair(name, re.compile(f"[{chars}]+"), convert, re.compile(f"[{chars}]"))


_THAI_WRITTEN = re.compile(f"[{CONSONANTS}{MARKS}]")


def _marks_or_punctuation(run: str, thai: str, either: dict[str, str]) -> str:
    """A run read through a Mac page with each character that may be a mark or CP874 punctuation read as the one
    the text is written with: punctuation where a mark would stand with no letter before it, or where the words
    around it read better without it: fewer of their Thai letters left out of words, or as few in fewer words
    (“การทำ…ผัก” typed on Windows)."""
    chars = list(thai)
    for index, shown in enumerate(run):
        punctuation = either.get(shown)
        if punctuation is None:
            continue
        if index == 0 or not _THAI_WRITTEN.match(chars[index - 1]):
            chars[index] = punctuation
            continue
        start = max(0, index - GUESS_WINDOW)
        window = chars[start:index + GUESS_WINDOW + 1]
        as_punctuation = [*window[:index - start], punctuation, *window[index - start + 1:]]
        if _reading("".join(as_punctuation)) > _reading("".join(window)):
            chars[index] = punctuation
    return "".join(chars)


def _reading(thai: str) -> tuple[int, int]:
    """How well `thai` reads: fewer of its letters left out of dictionary words, then fewer words (“…มังคุด” reads as
    one word where “…มังคุดิ” needs two)."""
    covered, fewer_words, _ = _word_cover(thai)
    letters = len(_THAI_LETTER.findall(thai)) + sum(char in _IN_WORDS_ANYWAY for char in thai)
    return covered - letters, fewer_words


SHORT_RUN = 3  # letters in a run too short for the dictionary to judge
GUESS_WINDOW = 24  # letters each side of a dropped byte weighed when guessing it
FEW_LOST = 2  # letters that lost a byte guessed back in any text, however short


def _shown(byte: int, codecs: tuple[str, ...]) -> str:
    """The character the first of `codecs` that has one shows `byte` as ("" when none has)."""
    for codec in codecs:
        char = bytes([byte]).decode(codec, errors="ignore")
        if char:
            return char
    return ""


def _utf8_page(codecs: tuple[str, ...]) -> Utf8Page:
    continuation = {chr(byte): byte for byte in range(0x80, 0xA0)}  # bytes kept as C1 control characters
    continuation.update({_shown(byte, codecs): byte for byte in range(0x80, 0xC0) if _shown(byte, codecs)})
    return Utf8Page({_shown(0xB8, codecs): 0x0E00, _shown(0xB9, codecs): 0x0E40}, _shown(0xE0, codecs),
                    _shown(0xC2, codecs), _shown(0xE2, codecs), continuation,
                    tuple(byte for byte in range(0x80, 0xC0) if not _shown(byte, codecs)))


def _utf8_repair(name: str, page: Utf8Page) -> Repair:
    """Runs of Thai letters (E0 B8 x, E0 B9 x, x perhaps dropped), no-break spaces and signs (C2 x), and
    punctuation (E2 x x), as the page shows their bytes."""
    cont = "[" + "".join(re.escape(char) for char in sorted(page.continuation)) + "]"
    lead, bases = re.escape(page.thai_lead), "[" + "".join(re.escape(char) for char in page.thai_bases) + "]"
    lost = "|\ufffd)?" if page.undefined else ")"  # a page with a character for every byte drops none
    token = (f"{lead}{bases}(?:{cont}{lost}|{re.escape(page.sign_lead)}{cont}"
             f"|{re.escape(page.punctuation_lead)}{cont}{cont}")
    hint = re.compile(f"{lead}{bases}[^{lead}\n]?{lead}{bases}")  # two Thai letters in a row
    letter, whole = re.compile(f"{lead}{bases}"), re.compile(f"{lead}{bases}{cont}")

    def lost(text: str) -> tuple[int, int]:
        letters = len(letter.findall(text))
        return letters - len(whole.findall(text)), letters

    return Repair(f"UTF-8 shown as {name}", re.compile(f"(?:{token})+"), lambda run: _utf8_run(run, page), hint,
                  lost)


def _utf8_run(run: str, page: Utf8Page) -> tuple[str, int]:
    """A run of UTF-8 shown through `page` → its text; a Thai letter whose last byte was dropped is guessed."""
    continuation = page.continuation
    chars: list[str] = []
    gaps: list[tuple[int, int]] = []
    at = 0
    while at < len(run):
        lead = run[at]
        if lead == page.thai_lead:
            follower = run[at + 2] if at + 2 < len(run) else ""
            base = page.thai_bases[run[at + 1]]
            if follower in continuation:
                chars.append(chr(base + continuation[follower] - 0x80))
                at += 3
                continue
            gaps.append((len(chars), base))
            chars.append(chr(base + page.undefined[0] - 0x80))
            at += 3 if follower == "\ufffd" else 2
        else:
            width = 2 if lead == page.sign_lead else 3
            data = bytes([0xC2 if lead == page.sign_lead else 0xE2, *(continuation[c] for c in run[at + 1:at + width])])
            chars.append(data.decode("utf-8", errors="replace"))
            at += width
    for cluster in _clusters(gaps):  # letters dropped side by side are guessed together
        start = max(0, cluster[0][0] - GUESS_WINDOW)
        window = chars[start:cluster[-1][0] + GUESS_WINDOW + 1]
        options = [[char for char in (chr(base + byte - 0x80) for byte in page.undefined)
                    if unicodedata.name(char, "")] for _, base in cluster]

        def score(choice: tuple[str, ...], window: list[str] = window, cluster: list = cluster,
                  start: int = start, likeliest: tuple[str, ...] = tuple(o[0] for o in options)) -> tuple[float, ...]:
            trial = list(window)
            for (index, _), char in zip(cluster, choice, strict=True):
                trial[index - start] = char
            return (*_word_cover("".join(trial)), sum(map(str.__eq__, choice, likeliest)))

        best = max(itertools.product(*options), key=score)
        for (index, _), char in zip(cluster, best, strict=True):
            chars[index] = char
    return "".join(chars), len(gaps)


def _clusters(gaps: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Dropped letters grouped when at most two letters apart (at most three to a group)."""
    groups: list[list[tuple[int, int]]] = []
    for gap in gaps:
        if groups and gap[0] - groups[-1][-1][0] <= 2 and len(groups[-1]) < 3:
            groups[-1].append(gap)
        else:
            groups.append([gap])
    return groups


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], int, dict[str, float]]:
    """pythainlp's word list, its longest word's length (up to LONGEST_WORD) and the words' weights by how often
    they are met (its Thai Textbook Corpus counts, bundled with it)."""
    from pythainlp.corpus import thai_words, ttc

    words = frozenset(thai_words())
    weights = {word: math.log1p(count) for word, count in ttc.word_freqs()}
    return words, min(LONGEST_WORD, max(map(len, words))), weights


def _word_cover(thai: str) -> tuple[int, int, float]:
    """How many characters of `thai` dictionary words (and digits, ๆ, ฯ) cover at most; minus how many words cover
    them so (fewer, longer words read better); and how common those words are."""
    words, longest, weights = _words()
    best: list[tuple[int, int, float]] = [(0, 0, 0.0)] * (len(thai) + 1)
    for start in range(len(thai) - 1, -1, -1):
        covered, count, weight = best[start + 1]
        found = (covered + (thai[start] in _IN_WORDS_ANYWAY), count, weight)
        for length in range(2, min(longest, len(thai) - start) + 1):
            word = thai[start:start + length]
            if word in words:
                covered, count, weight = best[start + length]
                found = max(found, (covered + length, count - 1, weight + weights.get(word, 0.0)))
        best[start] = found
    return best[0]


def _word_share(thai: str) -> float:
    """The share of the Thai letters of `thai` that dictionary words (and digits, ๆ, ฯ) cover."""
    letters = len(_THAI_LETTER.findall(thai)) + sum(char in _IN_WORDS_ANYWAY for char in thai)
    return min(1.0, _word_cover(thai)[0] / letters) if letters else 0.0


def _bordered(text: str, run: Run) -> bool:
    """Does the run touch a Thai character (text already Thai), or a Latin letter (é in café) while too short to
    be Thai words by itself? A run of more than SHORT_RUN letters that reads as Thai is Thai though a Latin word is
    glued to it (a Joomla title with its icons' words "PDF", "Print" after it)."""
    latin = False
    for char in (text[run.start - 1] if run.start else " ", text[run.end] if run.end < len(text) else " "):
        if "\u0e00" <= char <= "\u0e7f":
            return True
        latin = latin or (char.isascii() and char.isalpha())
    return latin and not (len(_THAI_LETTER.findall(run.thai)) > SHORT_RUN and _reads_as_thai(run.thai))


def _reads_as_thai(thai: str) -> bool:
    """Is the text written as Thai is, and are enough of its letters in words?"""
    return (_THAI_LETTER.search(thai) is not None and not _NOT_THAI_WRITING.search(thai)
            and _word_share(thai) >= _settings().word_share)


def _short(thai: str) -> bool:
    """A run of a few letters written as Thai is (an abbreviation such as พ.ศ., the ก of 5ก, a short name): read
    back only in a text whose longer runs read as Thai; digits, ๆ, ฯ and signs likewise."""
    return len(_THAI_LETTER.findall(thai)) <= SHORT_RUN and not _NOT_THAI_WRITING.search(thai)


def _chosen_runs(text: str, repair: Repair) -> tuple[list[Run], int]:
    """The runs of `text` to read back by `repair`, and how many Thai letters they hold (0: none to read).

    The text is read back when its runs that read as Thai hold `least_letters` letters or more and at least as
    many as its other runs (bar short ones), and no more than `most_guessed` of its Thai letters (or FEW_LOST) lost
    a byte; then the short runs are read back with them."""
    if repair.lost is not None:
        lost, letters = repair.lost(text)
        if lost > max(FEW_LOST, _settings().most_guessed * letters):
            return [], 0  # too many bytes lost to guess them back
    runs = [Run(match.start(), match.end(), *repair.convert(match.group())) for match in repair.run.finditer(text)]
    runs = [run for run in runs if not _bordered(text, run) and text[run.start:run.end].strip()]
    thai = [run for run in runs if _reads_as_thai(run.thai)]
    letters = sum(len(_THAI_LETTER.findall(run.thai)) for run in thai)
    chosen = [run for run in runs if run in thai or _short(run.thai)]
    other = sum(len(_THAI_LETTER.findall(run.thai)) for run in runs if run not in chosen)
    if letters < _settings().least_letters or letters < other:
        return [], 0
    return chosen, letters


def _apply(text: str, runs: list[Run]) -> str:
    parts, last = [], 0
    for run in runs:
        parts += [text[last:run.start], run.thai]
        last = run.end
    return "".join(parts) + text[last:]


def _warning(repair: Repair, runs: list[Run], letters: int) -> str:
    guessed = sum(run.guessed for run in runs)
    note = f"; {guessed} byte(s) the page dropped guessed by the words they make" if guessed else ""
    return (f"Thai text in the wrong code page ({repair.name}) read back as Thai: {letters} letter(s) in "
            f"{len(runs)} run(s){note}")


def repair_mojibake(text: str) -> tuple[str, tuple[str, ...]]:
    """The text with its runs of Thai shown in a wrong code page read back as Thai, and a warning naming each
    repair made (none, and the text as it is, when no run reads as Thai). UTF-8 shown through a wrong code page is
    read back first; then TIS-620 shown through one, through whichever code page reads as most Thai (a text went
    through one wrong code page, and several show some bytes alike). A code page whose hint the text lacks costs
    one search; a text that is Thai already pays no more."""
    warnings: list[str] = []
    utf8, single = _repairs()
    for repairs in (utf8, single if _single_byte_hint().search(text) else ()):
        candidates = [(repair, *_chosen_runs(text, repair)) for repair in repairs if repair.may_hold(text)]
        if not candidates:
            continue
        repair, runs, letters = max(candidates, key=lambda candidate: candidate[2])
        if runs:
            text = _apply(text, runs)
            warnings.append(_warning(repair, runs, letters))
    return text, tuple(warnings)


def most_lost_utf8(text: str, thai_letters: Callable[[str], int]) -> tuple[str, int, int] | None:
    """The UTF-8 shown in a wrong code page that makes most of `text` (its letters at least half of the text's Thai
    letters, as `thai_letters` counts them: CP874 shows Thai in Thai letters) yet lost too many bytes to be read
    back: (the repair's name, letters that lost a byte, letters); None when there is none."""
    for repair in _repairs()[0]:
        if repair.lost is None or not repair.may_hold(text):
            continue
        lost, letters = repair.lost(text)
        if lost > max(FEW_LOST, _settings().most_guessed * letters) and 3 * letters >= thai_letters(text) / 2:
            return repair.name, lost, letters
    return None
