"""A header text split into fields, at boundaries found from what the words are: labels (known or not), post
titles, levels, offices, places, numbered items."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import tables
from ..model import Text
from ..thai import compact
from .letters import THAI_LETTER, skeleton, skeleton_key
from .persons import honorific_lengths, only_honorific, opens_with_honorific

_FIRST_LINE = re.compile(r"\S[^\n]*")  # compiled once: asked of many lines


@dataclass(frozen=True)
class HeaderFields:
    """A header text split into the name it opens with and its fields (position, office, phone, date, place,
    author, title, other: a value after an unknown label or a numbered item), each value a span of the text."""

    name: Text | None
    fields: dict[str, list[Text]]
    labelled: frozenset[int] = frozenset()  # starts of the values that follow a label (the others open with a word)



@dataclass(frozen=True)
class _Marker:
    kind: str  # the field it opens: position, office, phone, date, place, author, title, category, other …
    opens_value: bool  # a label (value after it) or a word that is the value's own start
    boundary: bool  # must not follow a Thai letter
    before_name: bool = False  # a label only before a person's honorific (ผู้บันทึก นาย…; templates.toml's "…:")


@lru_cache(maxsize=1)
def _header_markers() -> tuple[re.Pattern[str], dict[str, _Marker], dict[str, list[str]]]:
    """One pattern over skeleton keys matching every header marker, what each marker key means, and the vowel
    marks of each word written with that key."""
    lexicon = tables.lexicon()
    words: dict[str, _Marker] = {}
    marks_of: dict[str, list[str]] = {}

    def add(word: str, marker: _Marker) -> None:
        key = skeleton_key(word)
        if len(key) >= 2:
            words.setdefault(key, marker)
            marks_of.setdefault(key, []).append(_marks(word))

    for kind, labels in tables.lexicon().inline_fields.items():
        for label in labels:
            add(label, _Marker(kind, True, len(skeleton_key(label)) < 4))
    for kind, labels in lexicon.header_labels.items():
        for label in labels:
            add(label, _Marker(kind, True, True))
    for kind in ("author", "title"):
        for label in tables.templates().sections[kind].labels:
            if not label.endswith(("#", ":", "=")):
                add(label, _Marker(kind, True, True))
            elif kind == "author" and label.endswith(":"):  # ผู้บันทึก NAME inside a form run into one paragraph
                add(label[:-1], _Marker(kind, True, True, before_name=True))
    for title in lexicon.post_titles:
        add(title, _Marker("position", False, False))
    for abbreviation in lexicon.post_abbreviations:
        add(abbreviation, _Marker("position", False, True))
    for level in lexicon.post_levels:  # a level ends a name too (… ใจดี ชำนาญการ); after a post it is the post's
        add(level, _Marker("level", False, False))
    offices = lexicon.offices
    for form in offices.district + offices.province + offices.other:
        add(form, _Marker("office", False, False))
    for form in offices.short_forms:
        add(form, _Marker("office", False, True))
    for word in lexicon.places.district + lexicon.places.province + lexicon.places.smaller:
        if len(word) > 2:
            add(word, _Marker("place", False, False))
    return re.compile(_trie_pattern(words)), words, marks_of


def _trie_pattern(keys) -> str:
    """A pattern matching the longest of keys at each place, written as a tree of their shared first letters
    (นัก(?:วิชาการ|พัฒนา…)): one branch tried per letter, not every key in turn, as a flat alternation does."""
    tree: dict[str, dict] = {}
    for key in keys:
        node = tree
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: dict[str, dict]) -> str:
        ways = [re.escape(char) + branches(child) for char, child in sorted(node.items()) if char]
        if not ways:
            return ""
        group = ways[0] if len(ways) == 1 and "" not in node and len(node) == 1 else "(?:" + "|".join(ways) + ")"
        return group + "?" if "" in node else group

    return branches(tree)


_VOWEL_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47"


def _marks(text: str) -> str:
    """The vowel marks of a text, sorted (tones and thanthakhat aside: fonts and typists vary them least)."""
    return "".join(sorted(_VOWEL_MARK.findall(text)))


_VOWEL_MARK = re.compile(f"[{_VOWEL_MARKS}]")


def _marks_fit(written: str, words: list[str]) -> bool:
    """Whether a marker's letters as written carry the vowel marks of one of the words (their sorted marks) with
    that skeleton, give or take one
    moved across the edge by PDF damage (the letters of นิติกร in อนันต์ กร do not: their vowels are not นิติกร's)."""
    have = _marks(written)
    if have in words:
        return True  # the marks of a word as it is spelt (most markers): nothing to count
    for want in words:
        missing, extra = list(want), 0
        for mark in have:
            if mark in missing:
                missing.remove(mark)
            else:
                extra += 1
        if len(missing) + extra <= 1:
            return True
    return not words


_SILENT_NEXT = re.compile("[ก-ฮ][\u0e31\u0e34-\u0e3a\u0e47-\u0e4b]*\u0e4c")  # a letter silenced by ์ ends the word


_NUMBERED_ITEM = re.compile(r"(?:^|(?<=\s))[0-9๐-๙]{1,2}\s?[.)](?=\s|[^\s0-9๐-๙.])")
_UNKNOWN_LABEL = re.compile(r"(?:^|(?<=\s))[ก-๙A-Za-z.]{2,24}\s?:(?!:)")


@lru_cache(maxsize=4096)
def _boundaries(text: str) -> tuple[tuple[int, int, _Marker], ...]:
    """(start, value start, marker) of every header marker in text, in order, not overlapping (a header line is
    split by several readers, the title's, the author's, the byline's: once)."""
    pattern, markers, marks_of = _header_markers()
    shape = skeleton(text)
    found: list[tuple[int, int, _Marker]] = []
    # from here on the text before a marker has more letters than the longest honorific: it is none
    longest = _past_honorific().match(text)
    past_honorific = longest.end() if longest else len(text) + 1
    for match in pattern.finditer(shape.key):
        marker = markers[match.group(0)]
        start = shape.offset(match.start())
        if marker.boundary and start > 0 and THAI_LETTER.match(text[start - 1]):
            continue
        end = shape.text_end(match.end(), text)
        if _SILENT_NEXT.match(text, end) or (not marker.opens_value and start < past_honorific
                                             and only_honorific(text[:start])):
            continue  # inside a word (นิติกร in นิติกรณ์), or a name's own first letters (นาย|พัฒนากร…)
        if marker.before_name and not opens_with_honorific(text[end:end + MAX_HONORIFIC_LOOK].lstrip(" :-–")):
            continue  # ผู้บันทึก with no name after it: a word of the text, not the owner's label
        if not _marks_fit(text[start:end], marks_of[match.group(0)]):
            continue  # other words' letters with other vowels (นิติกร in ชัยอนันต์ กรเศรษฐี)
        found.append((start, end if marker.opens_value else start, marker))
    other = _Marker("other", True, True)
    for pattern_, needs in ((_NUMBERED_ITEM, ".)"), (_UNKNOWN_LABEL, ":")):
        if not any(char in text for char in needs):
            continue  # no item's mark or label's colon in the text: the pattern cannot match
        found.extend((match.start(), match.end(), other) for match in pattern_.finditer(text)
                     if not _level_label(match.group(0)))  # ระดับ : ชำนาญการ under ตำแหน่ง is the post's level
    found.sort(key=lambda item: (item[0], item[2] is other))  # a known word before a pattern at the same place
    kept: list[tuple[int, int, _Marker]] = []
    for start, value_start, marker in found:
        if marker.opens_value:
            value_start += len(_SEPARATOR.match(text, value_start).group(0))
        if kept and (start < max(kept[-1][1], kept[-1][0] + 1)
                     or kept[-1][2].opens_value and not marker.opens_value and start == kept[-1][1]):
            continue  # inside the previous marker, or the value's own first word (ตำแหน่ง : นักวิชาการ…)
        if marker.kind == "level" and kept and kept[-1][2].kind == "position":
            continue  # the post's own level
        kept.append((start, value_start, marker))
    return tuple(kept)


_SEPARATOR = re.compile(r"[\s:>\-–]*")
MAX_HONORIFIC_LOOK = 40  # characters after a label read for a name's honorific


@lru_cache(maxsize=1)
def _past_honorific() -> re.Pattern[str]:
    """A text's letters up to one more than the longest honorific has (spaces aside)."""
    letters = max(honorific_lengths(), default=0) + 1
    return re.compile(rf"(?:\s*\S){{{letters}}}")


@lru_cache(maxsize=1)
def _level_prefixes() -> frozenset[str]:
    return frozenset(tables.lexicon().level_prefixes)


def _level_label(label: str) -> bool:
    """Whether an unknown label's text is a word written before a level (ระดับ :)."""
    return label.rstrip(" :") in _level_prefixes()


FIELD_LABEL_KINDS = ("author", "position", "office", "phone", "date", "email", "title")


def before_next_label(text: Text) -> Text:
    """A value cut where the label of another field begins in it (ชื่อองค์ความรู้ X ชื่อ-สกุล Y … on one line:
    X), a label with a value after it; words of other classes (places, posts) do not cut it, since a title may
    name them."""
    for start, value_start, marker in _boundaries(text.text):
        if not text.text[value_start:].strip():
            break  # a label word ending the value with no value of its own is the value's (…ทางโทรศัพท์มือถือ)
        if start > 0 and marker.opens_value and marker.kind in FIELD_LABEL_KINDS:
            kept = text.text[:start].rstrip()
            return Text(kept, text.start, text.start + len(kept)) if kept else text
    return text


def unmarked_lead(text: str) -> int:
    """How many characters text runs before its first label, post title or office (places and numbers, common in
    prose, do not count)."""
    markers = [m for m in _boundaries(text) if m[2].kind not in ("place", "other")]
    return markers[0][0] if markers else len(text)


def split_inline_fields(text: Text) -> HeaderFields:
    """Split a header text into the name it opens with and its fields, at labels (ตำแหน่ง, สังกัด, โทร …, known or
    not, with or without ":") and at words that open a field by what they are: a post title, an office, a place,
    a numbered item. An organization's name keeps the place it is named after (ชมรม…อำเภอบางระกำ)."""
    markers = _boundaries(text.text)
    organization = compact(text.text).startswith(tuple(tables.lexicon().organization_prefixes))
    if organization:
        markers = _drop_leading_places(markers, text.text.find("\n"))
    fields: dict[str, list[Text]] = {}
    name_end = markers[0][0] if markers else len(text.text)
    first_line = _FIRST_LINE.search(text.text)
    if first_line:
        name_end = min(name_end, first_line.end())
    name = _slice(text, 0, name_end)
    labelled = set()
    for index, (_start, value_start, marker) in enumerate(markers):
        end = markers[index + 1][0] if index + 1 < len(markers) else len(text.text)
        value = _slice(text, value_start, end)
        if value:
            fields.setdefault(marker.kind, []).append(value)
            if marker.opens_value:
                labelled.add(value.start)
    return HeaderFields(name, fields, frozenset(labelled))


def _drop_leading_places(markers: tuple[tuple[int, int, _Marker], ...],
                         line_end: int) -> list[tuple[int, int, _Marker]]:
    """An organization's name keeps the places on its own line; an address on the lines below it (ที่ตั้ง หมู่ที่ ๓
    ตำบล… อำเภอ… จังหวัด…) is a field of its own."""
    kept = list(markers)
    while kept and kept[0][2].kind == "place" and (line_end < 0 or kept[0][0] < line_end):
        kept.pop(0)
    return kept


def _slice(text: Text, start: int, end: int) -> Text | None:
    piece = text.text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not piece:
        return None
    return Text(piece, text.start + start + lead, text.start + start + lead + len(piece))
