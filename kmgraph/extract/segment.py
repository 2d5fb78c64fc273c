"""Detect a record's template and split it into sections by its headings and labels.

Headings come from kmgraph/data/templates.toml. A heading is recognised at the start of a line after
optional numbering, ignoring spaces, with one typo allowed in long labels; the labels of every template
are tried, so records that mix templates are segmented too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache, partial

from .. import tables
from ..model import CleanText, Line, Section, Segmented
from ..thai import compact
from ..thai.chars import CONSONANT, display_width
from ..thai.words import dictionary
from .fields import unmarked_lead
from .items import is_list_item
from .letters import lexicon_prefix, skeleton, skeleton_key, skeleton_pair

_DIGIT_RUN = re.compile(r"[0-9๐-๙]+")  # compiled once: asked of many lines
_MENU_SEPARATORS = re.compile(r"[\s|»«·•/>]+")  # compiled once: asked of many lines

NUMBERING = re.compile(
    r"^\s*(?:[-•*]\s*)?\(?(?P<num>[0-9๐-๙]{1,2}(?:\s?\.\s?[0-9๐-๙]{1,2})*)\s*(?:[.)]\s*|(?=\s)|(?=[^\s0-9๐-๙.,/:-]))"
)
SEPARATOR = re.compile(r"^\s*(?P<note>\([^)]{0,40}\))?\s*(?P<sep>:|->|=>|–>|—>|>)?\s*")
PAGE_NUMBER = re.compile(  # -3-, หน้า 3, Page 3, a flipbook's P. 44, 3
    r"^\s*(?:[-–—]\s*[0-9๐-๙]{1,3}\s*[-–—]|(?:หน้า|page|p\.)\s*[0-9๐-๙]{1,3}|[0-9๐-๙]{1,3})\s*$", re.I)
RUNNING_HEAD = re.compile(r"(?:^|\s)(?:หน้า|page)\s*[0-9๐-๙]{1,4}\s*(?:/|จาก|of)\s*[0-9๐-๙]{1,4}\s*$", re.I)
DOTS = re.compile(r"^[.…·_]{2,}$")
RUNNING_HEAD_MAX = 100  # a PDF book's running head (KM สพจ.ชัยภูมิ ๒๕๖๓ … Page 4/120) is a short line
MAX_BLOCK_HEADING = 70
LABEL_WINDOW = 120  # labels are matched within a line's first characters


@dataclass(frozen=True)
class Label:
    kind: str
    text: str
    key: str
    block: bool
    numbered_only: bool
    needs_separator: bool
    alone: bool = False
    person_only: bool = False  # without ":" only before a person's honorific (เรียบเรียงโดย นาย…, not … กลุ่มงาน…)


@dataclass(frozen=True)
class HeadingMatch:
    kind: str
    value: str
    value_offset: int
    depth: int
    runs_on: bool = False  # a block heading word opening a longer line with no separator (เทคนิคในการส่งเสริม…)
    numbered: bool = False
    stated: bool = False  # a label said in prose with its value after คือ (ผลที่ได้รับคือ …): the prose after it is
    # the story's, not the section's


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


@lru_cache(maxsize=1)
def labels() -> tuple[Label, ...]:
    found = []
    for kind, spec in tables.templates().sections.items():
        for raw in spec.all_labels():
            text = raw.rstrip("#:=@")
            found.append(
                Label(kind, text, compact(text), spec.type == "block", raw.endswith("#"), raw.endswith((":", "@")),
                      raw.endswith("="), raw.endswith("@"))
            )
    return tuple(sorted(found, key=lambda lab: len(lab.key), reverse=True))


FUZZY_MIN = 8  # labels this long may match with one typo


@lru_cache(maxsize=1)
def _label_index() -> tuple[dict[str, tuple[Label, ...]], dict[str, tuple[Label, ...]]]:
    """Labels by their first three letters (exact matches, and typos after them), and labels long enough for a
    typo by their letters 4–6 (typos in the first three); each list longest first, as labels() is."""
    by_head: dict[str, list[Label]] = {}
    by_middle: dict[str, list[Label]] = {}
    for label in labels():
        by_head.setdefault(label.key[:3], []).append(label)
        if len(label.key) >= FUZZY_MIN:
            by_middle.setdefault(label.key[3:6], []).append(label)
    return tuple({k: tuple(v) for k, v in index.items()} for index in (by_head, by_middle))


@lru_cache(maxsize=1)
def _label_rank() -> dict[Label, int]:
    return {label: rank for rank, label in enumerate(labels())}


@lru_cache(maxsize=1)
def _skeleton_index() -> dict[str, tuple[tuple[str, Label], ...]]:
    """Labels by the first two letters of their skeleton (letters that survive PDF damage), longest first."""
    index: dict[str, list[tuple[str, Label]]] = {}
    for label in labels():
        key = skeleton_key(label.text)
        if len(key) >= 3:
            index.setdefault(key[:2], []).append((key, label))
    return {head: tuple(sorted(found, key=lambda pair: len(pair[0]), reverse=True)) for head, found in index.items()}


def _skeleton_candidates(rest: str) -> list[tuple[Label, int]]:
    """Labels that rest opens with when compared through PDF damage (ชอื่ -สกลุ, ตาแหนง่), with where they end."""
    pair = skeleton_pair(rest[:SKELETON_HEAD])
    labels_here = _skeleton_index().get(pair) if pair else None
    if not labels_here:  # most lines: no label opens with these letters
        return []
    head = skeleton_key(rest[:SKELETON_HEAD])  # the first letters of rest's key
    if not any(key.startswith(head) or head.startswith(key) for key, _ in labels_here):
        return []  # none opens with the letters that follow either
    shape = skeleton(rest)
    return [(label, shape.text_end(len(key), rest)) for key, label in labels_here if shape.key.startswith(key)]


SKELETON_HEAD = 12  # characters enough for a skeleton's first two letters (marks and spaces between them)


def _candidates(rest_key: str) -> tuple[Label, ...]:
    """Labels that may start rest_key, longest first (a superset: _label_end decides)."""
    return _candidates_after(rest_key[:CANDIDATE_HEAD])


CANDIDATE_HEAD = 7  # letters of a key that choose its candidates (its first three, and three of letters 3–7)


@lru_cache(maxsize=8192)
def _candidates_after(head: str) -> tuple[Label, ...]:
    """The candidates of the keys that open with head (lines share their first letters: numbers, labels)."""
    by_head, by_middle = _label_index()
    found = list(by_head.get(head[:3], ()))
    for middle in (head[2:5], head[3:6], head[4:7]):
        found.extend(by_middle.get(middle, ()))
    if len(found) > 1:
        found = sorted(dict.fromkeys(found), key=_label_rank().__getitem__)
    return tuple(found)


def _label_end(rest_key: str, label: Label) -> int | None:
    """Length of rest_key's prefix that matches the label (exactly, or within one edit if long)."""
    key = label.key
    if rest_key.startswith(key):
        return len(key)
    # one edit at position p keeps key[:3] when p >= 3, and keeps key[3:6] one letter off at most when p < 3
    if len(key) >= FUZZY_MIN and (rest_key[:3] == key[:3] or key[3:6] in (rest_key[2:5], rest_key[3:6], rest_key[4:7])):
        bounded = _before_a_number(rest_key, key)
        size = one_edit_prefix(bounded, key)
        return size if size is None or len(bounded) == len(rest_key) else min(size, len(bounded))
    return None


def _before_a_number(rest_key: str, key: str) -> str:
    """rest_key up to its first digit where the label has none: a typo's edit never takes the value's first
    digit for a dropped tone (บันทึก ณ วันที ๒๗ ม.ค. is the label, then 27, not the label with ๒ for ่, then 7)."""
    for index, char in enumerate(rest_key[:len(key) + 1]):
        if char.isdigit():
            return rest_key if any(letter.isdigit() for letter in key) else rest_key[:index]
    return rest_key


def one_edit_prefix(text: str, key: str) -> int | None:
    """The first of len(key), len(key) + 1, len(key) - 1 letters of text within one edit of key (as
    within_one_edit says), comparing their common start once."""
    size = len(key)
    # any edit leaves key's last two letters within text[size-3:size+1], or one near the end its start unchanged
    if size >= 3 and key[-2:] not in text[size - 3:size + 1] and text[:size - 3] != key[:size - 3]:
        return None
    common = 0
    head = text[:size + 1]
    while common < size and common < len(head) and head[common] == key[common]:
        common += 1
    for length in (size, size + 1, size - 1):
        written = text[:length]
        if written == key:
            return length
        have = len(written)
        same = min(common, have)  # the start written shares with key
        if have == size:
            if written[same + 1:] == key[same + 1:]:
                return length
        elif have == size - 1:
            if written[same:] == key[same + 1:]:
                return length
        elif have == size + 1 and key[same:] == written[same + 1:]:
            return length
    return None


LABEL_MATCHES_KEPT = 512  # lines whose label matches are kept (more than most records have)
HEAD_TEXT = 24  # characters of a line whose compact key most often holds the CANDIDATE_HEAD letters


@lru_cache(maxsize=LABEL_MATCHES_KEPT)
def _label_matches(rest: str) -> tuple[tuple[Label, int], ...]:
    """(label, where it ends in rest) for the labels rest may open with: exact or with one typo first, then
    through PDF damage. Kept for the last lines asked about: a record's lines are asked about several times
    (segmenting, then its fields, run-on labels and paired labels)."""
    return tuple(_find_label_matches(rest))


def _find_label_matches(rest: str):
    head = compact(rest[:HEAD_TEXT])  # the key of the line's first letters
    if len(head) >= CANDIDATE_HEAD or len(rest) <= HEAD_TEXT:
        candidates = _candidates_after(head[:CANDIDATE_HEAD])
    else:  # spaced-out letters: the whole window's key
        candidates = _candidates(compact(rest[:LABEL_WINDOW]))
    if candidates:  # most lines have none: their key is not made
        window = rest[:LABEL_WINDOW]
        rest_key = compact(window)
        for label in candidates:
            size = _label_end(rest_key, label)
            if size is None:
                continue
            end = _text_end(window, size) if size <= len(rest_key) else len(rest)
            if _THAI_LETTER.match(window, end) and _edit_runs_on(rest_key, label.key, size):
                continue  # one letter off a label, but the letters at the edit are a word running past it
            yield label, end
    yield from _skeleton_candidates(rest[:LABEL_WINDOW])


_THAI_LETTER = re.compile(f"[{CONSONANT}]")  # a consonant: the next letter of the word, not a space or a digit
LONGEST_EDITED_WORD = 12  # letters: how far before a fuzzy match's edit the word holding it may start


def _edit_runs_on(rest_key: str, key: str, size: int) -> bool:
    """Whether rest_key's first size letters, one edit off key, are no typo of it but other words: a known word
    holds the first letter that differs and runs past the match's end (บันทึกเรื่อ|งเล่า is not บันทึกเมื่อ).
    An exact match never asks."""
    if rest_key[:size] == key:
        return False
    pairs = zip(rest_key, key, strict=False)
    edit = next((at for at, (have, want) in enumerate(pairs) if have != want), min(size, len(key)))
    words = dictionary(with_names=False)
    for start in range(max(0, edit - LONGEST_EDITED_WORD), edit + 1):
        if words.word_at(rest_key, start, size - start + 1, len(rest_key) - start):
            return True
    return False


def _text_end(text: str, size: int) -> int:
    """The offset in text just after its compact key's first size letters (whitespace is all the key drops)."""
    end = size
    while (have := len("".join(text[:end].split()))) < size:
        end += size - have  # as many more characters as letters missing: none is skipped past
    return end


def run_on_label(line: str, kinds: tuple[str, ...]) -> tuple[str, int] | None:
    """A section label of one of kinds opening a line of prose and running on with its value, with a space or ":"
    between (ผลลัพธ์ กลุ่มลด…, ปัจจัยแห่งความสำเร็จ คือ …): (kind, where the value starts). Exact matches only."""
    lead = len(line) - len(line.lstrip())
    rest = line[lead:]
    for label, after in _label_matches(rest):
        if label.kind not in kinds or rest[after:after + 1] not in (" ", ":"):
            continue
        if compact(rest[:after]) != label.key:
            continue
        value_at = after + SEPARATOR.match(rest[after:]).end()
        return (label.kind, lead + value_at) if rest[value_at:].strip() else None
    return None


@lru_cache(maxsize=1)
def _person_starts() -> tuple[str, ...]:
    return tuple(compact(word) for word in tables.lexicon().honorifics)


@lru_cache(maxsize=1)
def _name_starts() -> tuple[str, ...]:
    lexicon = tables.lexicon()
    return tuple(compact(word) for word in lexicon.honorifics + lexicon.organization_prefixes)


_PAIR = re.compile(r"\s*/\s*")


def _paired_label(tail: str, kind: str) -> int:
    """Two labels of one field joined by "/" (ผู้เขียน/เจ้าของความรู้): how far the second runs in tail, or 0."""
    slash = _PAIR.match(tail)
    if slash is None:
        return 0
    for label, after in _label_matches(tail[slash.end():]):
        if label.kind == kind and not label.numbered_only:
            return slash.end() + after
    return 0


@lru_cache(maxsize=1)
def _value_leads() -> re.Pattern[str]:
    words = "|".join(map(re.escape, sorted(tables.lexicon().text.value_leads, key=len, reverse=True)))
    return re.compile(rf"\s?(?:{words})\s*(?=\S)") if words else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _sentence_continuations() -> tuple[str, ...]:
    return tuple(compact(word) for word in tables.lexicon().text.sentence_continuations)


def continues_a_sentence(tail: str) -> bool:
    """A field's label glued to a word that carries a sentence on (องค์ความรู้เรื่องนี้เป็นของ…): no label."""
    return bool(tail) and not tail[0].isspace() and tail.startswith(_sentence_continuations())


def value_lead(tail: str) -> int | None:
    """The length of the word (คือ, ได้แก่) and spaces between a label said in prose and its value, if tail opens
    with one."""
    found = _value_leads().match(tail)
    return found.end() if found else None


_QUALIFIER = re.compile(r"(?P<words>[\u0e01-\u0e4e][\u0e01-\u0e4e ]{0,15}?)\s*(?:(?P<sep>:|->)\s*|$)")


def _qualifier(tail: str) -> tuple[int, bool] | None:
    """A block heading word's own few words after it, then ":" or the line's end (เทคนิคที่ใช้ : …, ขั้นตอนที่ทำ,
    no digits: ขั้นตอนที่ 1 … is a step): where the value starts, and whether the line ends there."""
    found = _QUALIFIER.match(tail.rstrip())
    if found is None:
        return None
    return found.end(), not found.group("sep")


def match_heading(line: str, before_list: Callable[[], bool] | None = None) -> HeadingMatch | None:
    """Recognise a heading or a field label at the start of a line; before_list says whether the next line opens a
    list, so that a heading word with a few words of its own alone on the line (ขั้นตอนที่ทำ) heads it too."""
    numbering = NUMBERING.match(line)
    numbered = bool(numbering and numbering.group("num"))
    rest_start = numbering.end() if numbering else 0
    rest = line[rest_start:]
    if not rest.strip():
        return None
    for label, after in _label_matches(rest):
        qualified = _qualifier(rest[after:]) if label.block and not numbered else None
        # with ":" after the words always; alone on its line for a heading wanting a number or a line of its own
        if qualified is not None and (not qualified[1] or label.numbered_only or label.alone):
            value_at, ends_line = after + qualified[0], qualified[1]
            if ends_line and not (before_list is not None and len(line.strip()) <= QUALIFIED_HEADING
                                  and before_list()):
                continue
            value = rest[value_at:]
            lead = len(value) - len(value.lstrip())
            return HeadingMatch(label.kind, value.strip(), rest_start + value_at + lead, 0)
        if label.numbered_only and not numbered:
            continue
        if "/" in rest[after:after + 3]:
            after += _paired_label(rest[after:], label.kind)
        tail = rest[after:]
        separator = SEPARATOR.match(tail)
        has_separator = bool(separator.group("sep"))
        # a label wanting ":" is taken without it before a name (ผู้บันทึก นาง…, โดย ชมรม…) or alone on its line
        if (label.needs_separator and not has_separator and tail.strip()
                and not compact(tail[:40]).startswith(_person_starts() if label.person_only else _name_starts())):
            continue
        if label.alone and not numbered and tail[separator.end():].strip():
            continue
        if not label.block and not has_separator and continues_a_sentence(tail):
            continue
        runs_on = stated = False
        if label.block:
            if has_separator:
                heading_part = rest[:after] + tail[: separator.start()]
                value_at = after + separator.end()
            elif (lead := value_lead(tail)) is not None:  # ผลที่ได้รับคือ … : the label said in prose
                heading_part, value_at, stated = rest[:after], after + lead, True
            else:
                heading_part, value_at = rest, len(rest)
                runs_on = len(compact(tail[separator.end():])) >= 4
            if len(heading_part.strip()) > MAX_BLOCK_HEADING:
                continue
        else:
            value_at = after + separator.end()
        value = rest[value_at:]
        lead = len(value) - len(value.lstrip())
        depth = len(_DIGIT_RUN.findall(numbering.group("num"))) if numbered else 0
        return HeadingMatch(label.kind, value.strip(), rest_start + value_at + lead, depth, runs_on, numbered,
                            stated and not numbered)
    return None


# a number of one or two digits after a space (the space checked once a digit is found: the regex engine then skips
# straight to digits instead of trying every character of a long line)
_INLINE_NUMBER = re.compile(
    r"(?P<num>[0-9๐-๙](?<=\s[0-9๐-๙])[0-9๐-๙]?)(?:(?P<dot>\s?[.)])|\.(?P<sub>[0-9๐-๙]{1,2}))(?=\s)")
NARRATIVE = "narrative"  # the template of a record in no known layout
UNFOLD_MIN = 120  # lines at least this long may hold a whole form


def _label_length(text: str) -> int | None:
    """Where the heading label that text opens with (after its number) ends, or None."""
    numbering = NUMBERING.match(text)
    rest_start = numbering.end() if numbering else 0
    for label, after in _label_matches(text[rest_start:]):
        if label.numbered_only and not numbering:
            continue
        if not label.block:
            return 0
        separator = SEPARATOR.match(text[rest_start + after:])
        return rest_start + after + separator.end()
    return None


def unfold(lines: list[Line]) -> list[Line]:
    """Split a line holding a whole numbered form (1. ชื่อองค์ความรู้ … 2. ชื่อ-สกุล … 5.1 …, as flipbook text
    gives it) into one line per numbered heading and sub-item, and a block heading from the text after it."""
    out: list[Line] = []
    for line in lines:
        if len(line.text) < UNFOLD_MIN:
            out.append(line)
            continue
        cuts: list[tuple[int, int]] = []  # (offset in line, where a block heading's label ends or 0)
        current, headings = None, 0
        for match in _INLINE_NUMBER.finditer(line.text):
            number = to_number(match.group("num"))
            if match.group("sub") is not None:
                if current is not None and number == current:
                    cuts.append((match.start(), 0))
                continue
            if not match.group("dot"):
                continue
            label_end = _label_length(line.text[match.start():match.start() + LABEL_WINDOW + MAX_BLOCK_HEADING])
            if label_end is not None:
                cuts.append((match.start(), label_end))
                current, headings = number, headings + 1
            elif current is not None and number == current + 1 and match.group("dot").strip() == ".":
                cuts.append((match.start(), 0))  # 3. หมวด… VALUE 4. หลักการ …: the next numbered item, a label
                current = number  # the form does not know, ends the value before it
        if headings < 2:
            out.append(line)
            continue
        pieces = [0] + [offset for offset, _ in cuts]
        block_ends = {offset: end for offset, end in cuts}
        for index, begin in enumerate(pieces):
            stop = pieces[index + 1] if index + 1 < len(pieces) else len(line.text)
            label_end = block_ends.get(begin, 0)
            parts = [(begin, begin + label_end), (begin + label_end, stop)] if label_end else [(begin, stop)]
            for start, end in parts:
                text = line.text[start:end].rstrip()
                if text.strip():
                    out.append(Line(line.start + start, text))
    return out


COLUMN_GAP = 4  # spaces (in the source) between two columns printed side by side
CELL_GAP = 3  # spaces between a row's two cells


def _gaps(line: Line, clean: CleanText, least: int) -> list[tuple[int, int]]:
    """Runs of at least `least` spaces in the source that the clean line holds as one space (the repairs collapse
    them): (offset of the space in the line, offset after it). Cheap for a line with nothing dropped."""
    if line.end - line.start < 3 or line.end > len(clean.offsets):
        return []
    offsets = clean.offsets
    if offsets[line.end - 1] - offsets[line.start] + 1 - len(line.text) < least - 1:
        return []
    text, start, gaps = line.text, line.start, []
    at = text.find(" ", 1)
    while 0 < at < len(text) - 1:  # the spaces only, found by str.find (a long line has few)
        if offsets[start + at + 1] - offsets[start + at - 1] > least:
            gaps.append((at, at + 1))
        at = text.find(" ", at + 1)
    return gaps


def _column_heads(line: Line, clean: CleanText) -> int | None:
    """Where the right column starts on a line holding two block headings side by side (ขั้นตอน…      ผลที่…)."""
    gaps = _gaps(line, clean, COLUMN_GAP)
    if len(gaps) != 1:
        return None
    split, right_at = gaps[0]
    left, right = match_heading(line.text[:split]), match_heading(line.text[right_at:])
    if left and right and not left.value and not right.value and _is_block(left.kind) and _is_block(right.kind):
        return split
    return None


def _is_block(kind: str) -> bool:
    return tables.templates().sections[kind].type == "block"


def split_columns(lines: list[Line], clean: CleanText) -> list[Line]:
    """Two columns printed side by side (a PDF's layout kept: steps on the left, outcomes on the right, joined on
    each line by a run of spaces): the left column's lines, then the right column's, from a line holding both
    headings down to the next blank line or a line that crosses the right column's start."""
    if len(clean.offsets) == clean.source_length == len(clean.text):
        return lines  # nothing was collapsed: no run of spaces
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        split = _column_heads(line, clean)
        if split is None:
            out.append(line)
            index += 1
            continue
        left, right = [Line(line.start, line.text[:split])], [Line(line.start + split + 1, line.text[split + 1:])]
        # the display column the right column starts at: a row with no gap that ends before it is the left's
        right_column = display_width(line.text[:split]) + clean.offsets[line.start + split + 1] - clean.offsets[
            line.start + split]
        index += 1
        while index < len(lines) and lines[index].text.strip():
            row = lines[index]
            gaps = _gaps(row, clean, CELL_GAP)
            if not gaps:
                if row.text[:1].isspace() or display_width(row.text) >= right_column:
                    break
                left.append(row)  # the left column runs on below the right one's last line
                index += 1
                continue
            cut = gaps[-1][0]
            left.append(Line(row.start, row.text[:cut]))
            right.append(Line(row.start + cut + 1, row.text[cut + 1:]))
            index += 1
        out.extend(left + right)
    return out


def to_number(digits: str) -> int:
    return int(digits.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))


def split_lines(clean: CleanText) -> list[Line]:
    lines, pos = [], 0
    for text in clean.text.split("\n"):
        lines.append(Line(pos, text))
        pos += len(text) + 1
    return lines


@lru_cache(maxsize=1)
def _picture_line() -> re.Pattern[str]:
    return re.compile(tables.lexicon().text.picture_placeholder, re.I)


def is_noise(text: str) -> bool:
    """Page numbers, running heads ending in "Page N/M" and picture placeholders: lines that are not the record's
    words."""
    stripped = text.strip()
    if not stripped:
        return False
    return bool(PAGE_NUMBER.match(stripped) or DOTS.match(stripped) or _picture_line().match(stripped)
                or (len(stripped) < RUNNING_HEAD_MAX and stripped[-1] in _DIGITS and RUNNING_HEAD.search(stripped)))


_DIGITS = frozenset("0123456789๐๑๒๓๔๕๖๗๘๙")  # what a running head ends with (Page 4/120): other lines are not searched


def strip_footer(lines: list[Line]) -> list[Line]:
    """Cut a site's footer: from a footer line in the second half of the text to the end."""
    starts = tables.templates().footer.starts
    half = len(lines) // 2
    for index in range(half, len(lines)):
        if lines[index].text.strip().startswith(tuple(starts)):
            return lines[:index]
    return lines


_THAI = re.compile("[\u0e01-\u0e4e]")


@lru_cache(maxsize=1)
def _chrome_spec() -> tuple[re.Pattern[str], frozenset[str]]:
    spec = tables.templates().chrome
    return (re.compile("|".join(f"(?:{p})" for p in spec.line_patterns), re.I),
            frozenset(compact(word) for word in spec.menu_words))


CHROME_LINE = 120  # characters: a longer line at the end is the record's, not the site's


def is_site_chrome(text: str) -> bool:
    """A short line of a site's chrome: a counter or a host's stamp (templates.toml line_patterns), or made
    mostly of menu words (แชร์หน้านี้ พิมพ์ กลับหน้าก่อนหน้า)."""
    stripped = text.strip()
    if not stripped or len(stripped) > CHROME_LINE:
        return False
    pattern, menu = _chrome_spec()
    if pattern.search(stripped):
        return True
    words = [compact(word) for word in _MENU_SEPARATORS.split(stripped) if word]
    return bool(words) and sum(1 for word in words if word in menu) * 2 > len(words)


def strip_trailing_chrome(lines: list[Line]) -> list[Line]:
    """Cut a site's chrome after the record (share and print links, back links, counters)."""
    end = len(lines)
    while end > 0 and (not lines[end - 1].text.strip() or is_site_chrome(lines[end - 1].text)):
        end -= 1
    return lines[:end] if end > 0 else lines


def strip_trailing_foreign(lines: list[Line]) -> list[Line]:
    """Cut the lines with no Thai letter at the end of a Thai text (a site builder's or host's footer)."""
    end = len(lines)
    while end > 0 and not _THAI.search(lines[end - 1].text):
        end -= 1
    return lines[:end] if end > 0 else lines


def detect_template(lines: list[Line], kinds: set[str]) -> str:
    """Name the template whose signatures the record shows most (ties go to the first listed); a record showing
    fewer than MIN_TEMPLATE_SCORE of any template's is a narrative (a blog post with a label or two)."""
    title_keys, openers = _template_titles()
    stripped = {compact(line.text) for line in lines if line.text.lstrip()[:1] in openers}
    body = "\n".join(line.text for line in lines)
    best, best_score = NARRATIVE, MIN_TEMPLATE_SCORE - 1
    for name, spec in tables.templates().templates.items():
        score = 3 * sum(1 for key in title_keys[name] if key in stripped)
        score += sum(1 for kind in spec.kinds if kind in kinds)
        score += sum(1 for marker in spec.markers if marker in body)
        score += 3 * sum(1 for pattern in _signatures(name) if pattern.search(body))
        if score > best_score:
            best, best_score = name, score
    return best


MIN_TEMPLATE_SCORE = 3  # signatures a record must show to be in a template (a title line alone is enough)


@cache
def _signatures(name: str) -> tuple[re.Pattern[str], ...]:
    """A template's signature lines (templates.toml), compiled once."""
    return tuple(re.compile(pattern, re.M) for pattern in tables.templates().templates[name].signatures)


@lru_cache(maxsize=1)
def _template_titles() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Each template's title lines (compact keys), and the characters a line holding one of them can open with
    (a key's first letter, and the Thai digit an Arabic one is written as): other lines are not compared."""
    keys = {name: tuple(compact(title) for title in spec.titles)
            for name, spec in tables.templates().templates.items()}
    firsts = {key[0] for titles in keys.values() for key in titles if key}
    return keys, frozenset(firsts | {chr(0x0E50 + int(c)) for c in firsts if c in "0123456789"})


def split_form_titles(lines: list[Line]) -> list[Line]:
    """A form's name opening a line whose fields follow on it (a one-line flipbook form: "แบบบันทึกองค์ความรู้
    ชื่อองค์ความรู้ : …") stands on a line of its own, so that the fields after it are read as headings are; a
    line where no field label follows the name is left whole."""
    _, openers = _template_titles()
    titles = _form_title_words()
    out: list[Line] = []
    for line in lines:
        page = _FORM_PAGE.match(line.text)  # a docplayer page's number before the form's name (1 แบบบันทึก…)
        skip = page.end() if page else 0
        found = lexicon_prefix(line.text[skip:], titles) if line.text[skip:].lstrip()[:1] in openers else None
        name_end = skip + found[1] if found else 0
        level = _FORM_LEVEL.match(line.text, name_end) if found else None  # the form's level: (ระดับหน่วยงาน)
        fields_start = level.end() if level else name_end
        rest = line.text[fields_start:] if found else ""
        if found and rest.strip() and match_heading(rest.strip()):
            lead = len(rest) - len(rest.lstrip())
            out += [Line(line.start + skip, line.text[skip:name_end]),  # the name alone: the page's number and the
                    Line(line.start + fields_start + lead, rest.lstrip())]  # level are no field's words
        else:
            out.append(line)
    return out


_FORM_PAGE = re.compile(r"^\s*[0-9๐-๙]{1,3}\s+(?=\D)")
_FORM_LEVEL = re.compile(r"\s*\([^()\n]{1,40}\)")


@lru_cache(maxsize=1)
def _form_title_words() -> tuple[str, ...]:
    return tuple(title for spec in tables.templates().templates.values() for title in spec.titles)


# Field kinds whose value is the inline one: lines below them (when many, for a title) are the record's body.
SHORT_FIELDS = {"date": 1, "title": 3}


def segment(clean: CleanText) -> Segmented:
    """Split clean text into header lines and sections.

    A block heading word that opens a longer line before any section (a portal title "เทคนิคในการ…") is a
    header line; lines below a dated or titled line (ชื่องาน : …, เขียนเมื่อ : …) are the record's body."""
    lines = unfold(strip_trailing_chrome(strip_trailing_foreign(strip_footer(split_lines(clean)))))
    lines = split_columns(lines, clean)
    lines = [line for line in split_form_titles(lines) if not is_noise(line.text)]
    header: list[Line] = []
    sections: list[dict] = []
    for index, line in enumerate(lines):
        heading = match_heading(line.text, partial(_list_follows, lines, index)) if line.text.strip() else None
        if heading and (heading.runs_on or heading.stated) and not sections and not heading.numbered:
            heading = None
        if heading:
            sections.append(
                {
                    "kind": heading.kind,
                    "heading": line.text.strip(),
                    "heading_start": line.start,
                    "value_start": line.start + heading.value_offset,
                    "value": heading.value,
                    "lines": [],
                    "depth": heading.depth,
                    "stated": heading.stated,
                }
            )
        elif sections:
            sections[-1]["lines"].append(line)
        else:
            header.append(line)
    built = _without_previous_tail(
        tuple(Section(**{**s, "lines": tuple(s["lines"])}) for s in _body_after_short_fields(sections)))
    template = detect_template(lines, {s.kind for s in built})
    return Segmented(template, tuple(header), built)


_HEADING_NUMBER = re.compile(r"^\s*(?:[-–]\s*[0-9๐-๙]{1,3}\s*[-–]\s*)?(?P<num>[0-9๐-๙]{1,2})(?![0-9๐-๙])")


def _heading_number(section: Section) -> int | None:
    found = _HEADING_NUMBER.match(section.heading)
    return to_number(found.group("num")) if found else None


QUALIFIED_HEADING = 50  # characters: a heading word with a few words of its own (ขั้นตอนที่ทำ) is a short line


def _list_follows(lines: list[Line], index: int) -> bool:
    """Whether the next line with text after lines[index] opens a list item (1. …, • …, ขั้นตอนที่ 1 …)."""
    return _opens_list(next((line.text for line in lines[index + 1:] if line.text.strip()), ""))


def _opens_list(text: str) -> bool:
    return is_list_item(text) or bool(_BULLET.match(text))


_BULLET = re.compile(r"^\s*[-•*▪●○◦]\s*\S")


def _without_previous_tail(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """A page that starts mid-record (-3- 6. ผลลัพธ์ … 8. ข้อควรระวัง … -1- 1. ชื่อองค์ความรู้ …): the numbered
    block sections before the record's own title numbered 1 continue the previous record and are dropped."""
    first = next((index for index, section in enumerate(sections) if section.kind == "title"), 0)
    if first == 0 or _heading_number(sections[first]) != 1:
        return sections
    before = sections[:first]
    if all(_is_block(section.kind) and (_heading_number(section) or 0) > 1 for section in before):
        return sections[first:]
    return sections


# Header fields whose lines end at a paragraph after a blank line (the page's story after the byline).
PARAGRAPH_ENDS = {"author", "address", "phone", "place"}
PARAGRAPH = 100  # characters: a line this long after a blank line is prose, not a field's value


def _is_prose(lines: list[Line], index: int, has_value: bool) -> bool:
    """Whether a field's line index starts prose: a long line after a blank one, or a line running longer than
    a name before any header word (a label, post title or office), once the field has a value."""
    text = lines[index].text.strip()
    if len(text) <= PARAGRAPH or not (has_value or any(line.text.strip() for line in lines[:index])):
        return False
    return (index > 0 and not lines[index - 1].text.strip()) or unmarked_lead(text) > PARAGRAPH


def _body_after_short_fields(sections: list[dict]) -> list[dict]:
    out = []
    for section in sections:
        stated = section.pop("stated", False)
        lines = section["lines"]
        limit = SHORT_FIELDS.get(section["kind"])
        filled = [line for line in lines if line.text.strip()]
        cut = None
        if limit is not None and section["value"] and len(filled) >= limit:
            cut = 0
        elif stated:  # ผลที่ได้รับคือ … said in prose: a list below is its, the prose below the story's
            cut = next((i for i, line in enumerate(lines) if line.text.strip() and not _opens_list(line.text)), None)
        elif section["kind"] in PARAGRAPH_ENDS:
            cut = next((i for i in range(len(lines)) if _is_prose(lines, i, bool(section["value"]))), None)
        if cut is None:
            out.append(section)
            continue
        body = [line for line in lines[cut:]]
        first = next(line for line in body if line.text.strip())
        out.append({**section, "lines": lines[:cut]})
        out.append({"kind": "body", "heading": "", "heading_start": first.start, "value_start": first.start,
                    "value": "", "lines": body, "depth": 0})
    return out
