"""Thai text that went through a wrong code page (mojibake), read back as Thai.

Flipbook hosts and old sites show Thai in three wrong ways: TIS-620/CP874 bytes read as Mac Roman
("°“√®—¥∑”§Ÿà¡◊Õ" for การจัดทำคู่มือ, with Apple's Mac OS Thai variants of the marks at 0x80–0x9F), TIS-620 read
as Latin-1/CP1252 ("¡ÒÃ" for การ), and UTF-8 read as CP1252/Latin-1 ("à¸à¸²à¸£" for การ; the bytes CP1252 leaves
undefined are often dropped on the way, and are guessed).

The repair is decided by what the text is, never by a file's name: a run of characters that a code page's Thai
bytes show as is read as Thai only when, read so, it is written as Thai is (no mark without a letter before it,
no leading vowel without a letter after it), touches no Latin letter (as é in "café" does), and at least
`word_share` of its Thai letters lie in dictionary words; and the text as a whole must give `least_letters` such
Thai letters. French, German or a name with accents stays as it is.

Offsets: a Latin-1, CP1252 or Mac Roman repair puts one character for one, so every offset into the repaired
text is also one into the text as decoded; a UTF-8 repair puts one character for two or three, so offsets (the
spans of records and facts) index the repaired text, not the characters of the file as first decoded.
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
# Every character a repair starts from lies in these ranges (Latin-1's upper half, Mac Roman's letters and signs);
# a text with none of them besides the no-break space is left as it is at once.
_MAYBE_SHOWN_WRONGLY = re.compile("[\u00a1-\u00ff\u0131-\u03c0\u2013-\u2265\u25ca\uf8ff\ufb01\ufb02]")


@dataclass(frozen=True)
class Repair:
    """One way Thai was shown wrongly: its name (for the warning), the pattern of a run it may have made, and
    how such a run is read back (its text, and how many dropped bytes were guessed)."""

    name: str
    run: re.Pattern[str]
    convert: Callable[[str], tuple[str, int]]


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    thai: str
    guessed: int


@lru_cache(maxsize=1)
def _settings() -> dict:
    with open(tables.DATA_DIR / "readers.toml", "rb") as handle:
        return tables.tomllib.load(handle)["mojibake"]


@lru_cache(maxsize=1)
def _single_byte_tables() -> dict[str, dict[str, str]]:
    """For Latin-1/CP1252 and for Mac Roman: each character a TIS-620 (or Mac OS Thai) byte shows as → Thai."""
    settings = _settings()
    thai = {byte: bytes([byte]).decode("cp874") for byte in range(0xA1, 0xFC)
            if "\u0e01" <= bytes([byte]).decode("cp874", errors="replace") <= "\u0e5b"}
    latin = {bytes([byte]).decode("latin-1"): char for byte, char in thai.items()}
    mac_thai = {0xA0: "\u00a0", **thai,
                **{int(byte, 16): char for byte, char in settings["mac_thai_variants"].items()}}
    mac = {bytes([byte]).decode("mac_roman"): char for byte, char in mac_thai.items()}
    mac.update({variant: mac[standard] for variant, standard in settings["mac_roman_variants"].items()
                if standard in mac})
    return {"mac": mac, "latin": latin}


@lru_cache(maxsize=1)
def _single_byte_repairs() -> tuple[Repair, ...]:
    tables_ = _single_byte_tables()
    return (_table_repair("TIS-620 shown as Mac Roman", tables_["mac"]),
            _table_repair("TIS-620 shown as Latin-1/CP1252", tables_["latin"]))


def _table_repair(name: str, table: dict[str, str]) -> Repair:
    chars = "".join(re.escape(char) for char in sorted(table))
    translation = str.maketrans(table)
    return Repair(name, re.compile(f"[{chars}]+"), lambda run: (run.translate(translation), 0))


# UTF-8 of U+0E01–U+0E5B is E0 B8 81–BF or E0 B9 80–9B; CP1252 (or Latin-1) shows E0 as à, B8 as ¸, B9 as ¹.
_UTF8_THAI_LEADS = {"\u00b8": 0x0E00, "\u00b9": 0x0E40}  # ¸x → U+0E00 + (x - 0x80), ¹x → U+0E40 + (x - 0x80)
# The bytes CP1252 leaves undefined, which a page often drops: under ¸ they are ก ญ ฏ ฐ ฝ, under ¹ แ ํ ๏ ๐.
_UNDEFINED_IN_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
SHORT_RUN = 3  # letters in a run too short for the dictionary to judge
GUESS_WINDOW = 24  # letters each side of a dropped byte weighed when guessing it


@lru_cache(maxsize=1)
def _continuation_bytes() -> dict[str, int]:
    """Each character CP1252 or Latin-1 shows a UTF-8 continuation byte (0x80–0xBF) as → the byte."""
    found = {chr(byte): byte for byte in range(0x80, 0xC0)}  # Latin-1, and CP1252's undefined bytes kept as C1
    found.update({bytes([byte]).decode("cp1252", errors="ignore") or chr(byte): byte for byte in range(0x80, 0xC0)})
    return found


@lru_cache(maxsize=1)
def _utf8_repair() -> Repair:
    """Runs of Thai letters (à¸x, à¹x, x perhaps dropped), no-break spaces and signs (Âx), and punctuation (â€x)."""
    cont = "[" + "".join(re.escape(char) for char in sorted(_continuation_bytes())) + "]"
    token = f"\u00e0[\u00b8\u00b9](?:{cont}|\ufffd)?|\u00c2{cont}|\u00e2{cont}{cont}"
    return Repair("UTF-8 shown as CP1252/Latin-1", re.compile(f"(?:{token})+"), _utf8_run)


def _utf8_run(run: str) -> tuple[str, int]:
    """A run of UTF-8 shown as CP1252 → its text; a Thai letter whose last byte was dropped is guessed."""
    continuation = _continuation_bytes()
    chars: list[str] = []
    gaps: list[tuple[int, int]] = []
    at = 0
    while at < len(run):
        lead = run[at]
        if lead == "\u00e0":
            follower = run[at + 2] if at + 2 < len(run) else ""
            base = _UTF8_THAI_LEADS[run[at + 1]]
            if follower in continuation:
                chars.append(chr(base + continuation[follower] - 0x80))
                at += 3
                continue
            gaps.append((len(chars), base))
            chars.append(chr(base + _UNDEFINED_IN_CP1252[0] - 0x80))
            at += 3 if follower == "\ufffd" else 2
        else:
            width = 2 if lead == "\u00c2" else 3
            data = bytes([0xC2 if lead == "\u00c2" else 0xE2, *(continuation[c] for c in run[at + 1:at + width])])
            chars.append(data.decode("utf-8", errors="replace"))
            at += width
    for cluster in _clusters(gaps):  # letters dropped side by side are guessed together
        start = max(0, cluster[0][0] - GUESS_WINDOW)
        window = chars[start:cluster[-1][0] + GUESS_WINDOW + 1]
        options = [[char for char in (chr(base + byte - 0x80) for byte in _UNDEFINED_IN_CP1252)
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
    """Does the run touch a Latin letter (é in café) or a Thai character (text already Thai)?"""
    for char in (text[run.start - 1] if run.start else " ", text[run.end] if run.end < len(text) else " "):
        if (char.isascii() and char.isalpha()) or "\u0e00" <= char <= "\u0e7f":
            return True
    return False


def _reads_as_thai(thai: str) -> bool:
    """Is the text written as Thai is, and are enough of its letters in words?"""
    return (_THAI_LETTER.search(thai) is not None and not _NOT_THAI_WRITING.search(thai)
            and _word_share(thai) >= _settings()["word_share"])


def _short(thai: str) -> bool:
    """A run of a few letters written as Thai is (an abbreviation such as พ.ศ., the ก of 5ก, a short name): read
    back only in a text whose longer runs read as Thai; digits, ๆ, ฯ and signs likewise."""
    return len(_THAI_LETTER.findall(thai)) <= SHORT_RUN and not _NOT_THAI_WRITING.search(thai)


def _chosen_runs(text: str, repair: Repair) -> tuple[list[Run], int]:
    """The runs of `text` to read back by `repair`, and how many Thai letters they hold (0: none to read).

    The text is read back when its runs that read as Thai hold `least_letters` letters or more and at least as
    many as its other runs (bar short ones); then the short runs are read back with them."""
    runs = [Run(match.start(), match.end(), *repair.convert(match.group())) for match in repair.run.finditer(text)]
    runs = [run for run in runs if not _bordered(text, run) and text[run.start:run.end].strip()]
    thai = [run for run in runs if _reads_as_thai(run.thai)]
    letters = sum(len(_THAI_LETTER.findall(run.thai)) for run in thai)
    chosen = [run for run in runs if run in thai or _short(run.thai)]
    other = sum(len(_THAI_LETTER.findall(run.thai)) for run in runs if run not in chosen)
    if letters < _settings()["least_letters"] or letters < other:
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
    repair made (none, and the text as it is, when no run reads as Thai). UTF-8 shown as CP1252 is read back
    first; then TIS-620 shown as Mac Roman or as Latin-1/CP1252, whichever reads as more Thai (a text went
    through one wrong code page, and the two show some bytes alike)."""
    if _MAYBE_SHOWN_WRONGLY.search(text) is None:
        return text, ()
    warnings: list[str] = []
    utf8 = _utf8_repair()
    runs, letters = _chosen_runs(text, utf8)
    if runs:
        text = _apply(text, runs)
        warnings.append(_warning(utf8, runs, letters))
    candidates = [(repair, *_chosen_runs(text, repair)) for repair in _single_byte_repairs()]
    repair, runs, letters = max(candidates, key=lambda candidate: candidate[2])
    if runs:
        text = _apply(text, runs)
        warnings.append(_warning(repair, runs, letters))
    return text, tuple(warnings)
