"""Split a section's lines into items: numbered or bulleted lists, else paragraphs.

Multi-line items are joined, sub-items (deeper numbers, bullets under a numbered item, ก๑ …) stay with
their parent, and a list's introduction is not an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import tables
from ..model import Line, Section, Text
from .letters import THAI_LETTER

_PLACEHOLDER_MARKS = re.compile(r"[.\-–—_\s]+")  # compiled once: asked of many lines
_DIGIT_RUN = re.compile(r"[0-9๐-๙]+")  # compiled once: asked of many lines
_NUMBER_DOT = re.compile(r"\s?\.\s?")  # compiled once: asked of many lines

NUMBER_MARKER = re.compile(
    r"^(?P<lead>\s*(?:[-•*▪●○◦]\s*)?)\(?(?P<num>[0-9๐-๙]{1,2}(?:\s?\.\s?[0-9๐-๙]{1,2})*)"
    r"(?:\s*[.)]\s*|\s+(?=\S)|(?=[^\s0-9๐-๙.,/:\-]))"
)
SUB_MARKER = re.compile(r"^\s*(?:[-•*▪●○◦]\s*)?(?:[ก-ฮ][0-9๐-๙]\s*[:.)]|[ก-ฮ]\s*[.)])\s*")
BULLET = re.compile(r"^\s*[-•*▪●○◦]\s*(?=\S)")


@dataclass
class _Item:
    start: int
    parts: list[tuple[int, str]]
    breaks: set[int] | None = None

    def add(self, start: int, text: str, new_phrase: bool = False) -> None:
        if new_phrase:
            self.breaks = (self.breaks or set()) | {len(self.parts)}
        self.parts.append((start, text))


@lru_cache(maxsize=1)
def _placeholders() -> frozenset[str]:
    return frozenset(tables.templates().placeholders.values)


def is_placeholder(text: str) -> bool:
    stripped = text.strip()
    return not stripped or stripped in _placeholders() or bool(_PLACEHOLDER_MARKS.fullmatch(stripped))


def join_parts(parts: list[tuple[int, str]], breaks: set[int] | None = None) -> str:
    """Join line fragments: Thai wrapped mid-phrase joins directly, anything else with a space."""
    text = ""
    for index, (_, part) in enumerate(parts):
        part = part.strip()
        if not part:
            continue
        wrapped = THAI_LETTER.match(text[-1]) and THAI_LETTER.match(part[0]) if text else False
        if text and (not wrapped or (breaks and index in breaks)):
            text += " "
        text += part
    return text


@lru_cache(maxsize=1)
def _month_after() -> re.Pattern[str]:
    """A Thai month name (lexicon.toml months) right after a number: a date (2 ก.พ. 2563), not a list number."""
    names = "|".join(map(re.escape, sorted(tables.lexicon().months, key=len, reverse=True)))
    return re.compile(rf"\s*(?:{names})(?![ก-ฮ])")


def _classify(text: str) -> tuple[str, int, int] | None:
    """(kind, depth, content offset) of a list marker at the start of a line, if any (a date's day is none)."""
    number = NUMBER_MARKER.match(text)
    if number and text[number.end():].strip() and not _month_after().match(text, number.end()):
        depth = len(_DIGIT_RUN.findall(number.group("num")))
        kind = "bulleted-number" if number.group("lead").strip() else "number"
        return kind, depth, number.end() if kind == "number" else len(number.group("lead"))
    sub = SUB_MARKER.match(text)
    if sub and text[sub.end():].strip():
        lead = BULLET.match(text)
        return "sub", 99, lead.end() if lead else len(text) - len(text.lstrip())
    bullet = BULLET.match(text)
    if bullet:
        return "bullet", 0, bullet.end()
    return None


def _to_text(item: _Item) -> Text | None:
    text = join_parts(item.parts, item.breaks)
    if is_placeholder(text):
        return None
    first, last = item.parts[0], item.parts[-1]
    return Text(text, first[0], last[0] + len(last[1]))


_BARE_NUMBER = re.compile(r"\s*(?P<num>[0-9๐-๙]{1,2})\s+\S")


Marked = list[tuple[Line, tuple[str, int, int] | None]]  # lines and their list markers


def _out_of_turn(marked: Marked) -> Marked:
    """A bare number opening a line (no "." or ")") that neither opens a list (1) nor follows the number before it
    is a page's number and its running header (2 สำนักงานพัฒนาชุมชนอำเภอ… โทร …), not a list's item."""
    kept: Marked = []
    last = 0
    for line, marker in marked:
        bare = _BARE_NUMBER.match(line.text) if marker and marker[0] == "number" else None
        if bare and to_number(bare.group("num")) not in (1, last + 1):
            marker = None
        elif marker and marker[0] == "number" and (number := NUMBER_MARKER.match(line.text)):
            last = to_number(_NUMBER_DOT.split(number.group("num"))[0])
        kept.append((line, marker))
    return kept


def split_items(lines: list[Line], lists_only: bool = False) -> list[Text]:
    """Items of a section. With lists_only, only list items count (no paragraph fallback)."""
    worded = worded_steps(lines)
    if worded:
        return worded
    marked = _out_of_turn([(line, _classify(line.text)) for line in lines if line.text.strip()])
    if not any(marker for _, marker in marked):
        return [] if lists_only else _paragraphs(lines)
    items: list[_Item] = []
    level: tuple[str, int] | None = None
    for line, marker in marked:
        if marker is None:
            if items:
                items[-1].add(line.start, line.text)
            continue
        kind, depth, offset = marker
        if level is None and kind != "sub":
            level = ("bullet", 0) if kind == "bullet" else ("number", depth)
        new_item = level is not None and (
            (level[0] == "number" and kind == "number" and depth <= level[1])
            or (level[0] == "bullet" and kind in ("bullet", "number") and (kind == "bullet" or depth == 1))
        )
        start = line.start + offset
        if new_item or not items:
            if kind == "sub" and not items:
                items.append(_Item(start, [(start, line.text[offset:])]))
                continue
            items.append(_Item(start, [(start, line.text[offset:])]))
        else:
            items[-1].add(line.start + offset, line.text[offset:], new_phrase=True)
    return [text for text in map(_to_text, items) if text]


@lru_cache(maxsize=1)
def _step_opening() -> re.Pattern[str]:
    """A line opening with a step word and its number (ขั้นตอนที่ ๑ …, ขั้นที่ 2 : …); the words are in lexicon.toml."""
    words = "|".join(map(re.escape, sorted(tables.lexicon().step_words, key=len, reverse=True)))
    return re.compile(rf"^\s*(?:[-•*▪●○◦]\s*)?(?:{words})\s*[0-9๐-๙]{{1,2}}(?![0-9๐-๙.,])\s*[:.)]?\s*")


def worded_steps(lines: list[Line]) -> list[Text]:
    """Items opened by a step word and number (two at least): each step runs to the next, the lines between
    (numbered sub-items too) are its own, and the lines before the first step introduce them."""
    opening = _step_opening()
    if sum(1 for line in lines if opening.match(line.text)) < 2:
        return []
    items: list[_Item] = []
    for line in lines:
        if not line.text.strip():
            continue
        found = opening.match(line.text)
        if found:
            start = line.start + found.end()
            items.append(_Item(start, [(start, line.text[found.end():])]))
        elif items:
            marker = _classify(line.text)
            offset = marker[2] if marker else 0
            headline_ends = len(items[-1].parts) == 1  # a step's own line is a phrase of its own
            items[-1].add(line.start + offset, line.text[offset:], new_phrase=bool(marker) or headline_ends)
    return [text for text in map(_to_text, items) if text]


def _paragraphs(lines: list[Line]) -> list[Text]:
    paragraphs: list[_Item] = []
    current: _Item | None = None
    for line in lines:
        if not line.text.strip():
            current = None
            continue
        start = line.start + len(line.text) - len(line.text.lstrip())
        if current is None:
            current = _Item(start, [])
            paragraphs.append(current)
        current.add(start, line.text.strip())
    return [text for text in map(_to_text, paragraphs) if text]


def section_lines(section: Section) -> list[Line]:
    """A section's inline value (as a first line) followed by its lines."""
    lines = [Line(section.value_start, section.value)] if section.value else []
    return lines + list(section.lines)


def section_text(section: Section) -> Text | None:
    """A field's whole value: its inline value and lines, joined."""
    lines = [line for line in section_lines(section) if line.text.strip()]
    if not lines:
        return None
    parts = [(line.start + len(line.text) - len(line.text.lstrip()), line.text.strip()) for line in lines]
    text = join_parts(parts)
    if is_placeholder(text):
        return None
    return Text(text, parts[0][0], parts[-1][0] + len(parts[-1][1]))


def is_list_item(text: str) -> bool:
    """Whether a line opens with a list number (1) …, ๒. …) or a step word and number (ขั้นตอนที่ ๑ : …)."""
    return bool(_LIST_OPENING.match(text) or _step_marker().match(text.strip()))


_LIST_OPENING = re.compile(r"\s*\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})*\s*[.)]\s*\S")


@lru_cache(maxsize=1)
def _step_marker() -> re.Pattern[str]:
    """A step marker inside prose: a step word and its number (ขั้นตอนที่ ๑ :, ขั้นที่ 2), or a number and ")"
    (1) …) after a space or at a line's start; the words are in lexicon.toml."""
    words = "|".join(map(re.escape, sorted(tables.lexicon().step_words, key=len, reverse=True)))
    return re.compile(rf"(?:(?:{words})\s*(?P<worded>[0-9๐-๙]{{1,2}})\s*[:.)]?"
                      rf"|(?<!\S)\(?(?P<bare>[0-9๐-๙]{{1,2}})\))\s*")


_DOTTED_MARKER = re.compile(r"(?<!\S)\(?(?P<bare>[0-9๐-๙]{1,2})\s?[.)](?=\s*[^\s0-9๐-๙.,])\s*")


def inline_steps(lines: list[Line], dotted: bool = False) -> list[Text]:
    """Steps written inside a narrative (ขั้นตอนที่ ๑ : … ขั้นตอนที่ ๒ : …, ขั้นที่ 1 …, 1) … 2) …), on one line or
    several: the first run of markers numbered 1, 2, 3 … (two at least), each step up to the next marker or the
    end of its line. With dotted (text told under a steps heading), 1. … 2. … count too."""
    found: list[tuple[Line, re.Match[str], int]] = []
    marker = _DOTTED_MARKER if dotted else _step_marker()
    for line in lines:
        for match in marker.finditer(line.text):
            number = to_number(match.groupdict().get("worded") or match.group("bare"))
            expected = found[-1][2] + 1 if found else 1
            if number == expected:
                found.append((line, match, number))
            elif number == 1:
                if len(found) >= 2:
                    break
                found = [(line, match, 1)]
    if len(found) < 2:
        return []
    steps: list[Text] = []
    for index, (line, match, _) in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        stop = following[1].start() if following and following[0] is line else len(line.text)
        text = line.text[match.end():stop].strip()
        if text:
            start = line.start + line.text.index(text, match.end())
            steps.append(Text(text, start, start + len(text)))
    return steps


def to_number(digits: str) -> int:
    return int(digits.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
