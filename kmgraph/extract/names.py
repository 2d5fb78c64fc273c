"""Names and bylines: whether a text names someone, a line that is a name alone, a name before a post."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables
from ..model import Line, Text
from ..thai import compact, longest_first
from .chrome import chrome_words
from .fields import split_inline_fields
from .lengths import MAX_NAME


def is_name_line(text: str) -> bool:
    """A line that is a person's name and nothing else (นางบุญเรือง คำมูล): an honorific and two words at most."""
    return (len(text) <= MAX_NAME and compact(text).startswith(honorific_keys()) and len(text.split()) <= 3
            and not split_inline_fields(Text(text, 0, len(text))).fields)


MAX_WORDS_BEFORE_NAME = 2  # words a label leaves before the honorific (ชื่อ, ชื่อ - สกุล): more is a sentence


def from_honorific(name: Text) -> Text:
    """A name value with a word before its honorific (เจ้าของความรู้ชื่อ นางสาว…: the label's ชื่อ left in the value):
    the value from the honorific on, which starts the name; the value as it is when no later word opens with one."""
    if compact(name.text).startswith(honorific_keys()):
        return name
    words = list(re.finditer(r"\S+", name.text))
    glued = _glued_lead().match(name.text, words[0].start()) if words else None  # ชื่อนางสาว…: the label's word glued
    starts = ([glued.end()] if glued else []) + [word.start() for word in words[1:MAX_WORDS_BEFORE_NAME + 1]]
    for start in starts:
        rest = name.text[start:]
        key = compact(rest)
        honorific = next((h for h in _honorifics_longest_first() if key.startswith(h)), None)
        if honorific is not None and _NAME_LETTER.match(key[len(honorific):]):
            return Text(rest, name.start + start, name.end)
    return name


@lru_cache(maxsize=1)
def _honorifics_longest_first() -> tuple[str, ...]:
    return tuple(longest_first(honorific_keys()))


_NAME_LETTER = re.compile("[ก-ฮA-Za-z]")  # a name opens with a consonant (นางาม is no honorific and a name)
_WORD = re.compile(r"\S+")


def is_byline(text: str) -> bool:
    """A line naming someone and their post or office (นายสมชาย ใจดี นักวิชาการพัฒนาชุมชน…), not a title."""
    fields = split_inline_fields(Text(text, 0, len(text)))
    owner_label = min((value.start for value in fields.fields.get("author", [])), default=len(text))
    # a post or an office written after an owner's label (ชื่อองค์ความรู้ กลุ่ม…บ้าน… สืบสาน… เจ้าของความรู้ กลุ่ม…
    # ที่อยู่ …) is that owner's: the words before the label are a title, not a byline
    return bool(fields.name and names_someone(fields.name.text)
                and any(value.start < owner_label for kind in ("position", "office")
                        for value in fields.fields.get(kind, [])))


@lru_cache(maxsize=1)
def _name_openers() -> tuple[str, ...]:
    lexicon = tables.lexicon()
    return tuple(compact(word) for word in lexicon.honorifics + lexicon.organization_prefixes)


@lru_cache(maxsize=1)
def _heading_words() -> tuple[str, ...]:
    """A book's heading words (คำนำ, สารบัญ, บทนำ …), from lexicon.toml."""
    return tuple(compact(word) for word in tables.lexicon().heading_words)


def names_someone(text: str) -> bool:
    """Whether text can be a person's or an organization's name (not a sentence, not a heading)."""
    stripped = text.strip(" :-–")
    if not stripped or len(stripped) > MAX_NAME or compact(stripped).startswith(_heading_words()):
        return False  # a foreword (คำนำ …) or a book's contents is not anyone's name
    if compact(stripped).startswith(_name_openers()):
        return True
    words = stripped.split()
    _, _, _, title_words = chrome_words()
    return (len(words) in (2, 3) and all(_THAI_WORD.fullmatch(word) and len(word) <= MAX_NAME_WORD for word in words)
            and not stripped.startswith(tuple(title_words))
            and not any(word in stripped for word in tables.lexicon().bylines.not_name_words))


# a name's word: Thai letters opening with a consonant or a leading vowel, never ๆ or ฯ (…ตัวเล็ก ๆ ทีมพัฒนากร…)
_THAI_WORD = re.compile("[\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e]*")
MAX_NAME_WORD = 20  # characters: the longest given or family name (pythainlp's name lists); a longer run is prose


@lru_cache(maxsize=1)
def honorific_keys() -> tuple[str, ...]:
    return tuple(compact(h) for h in tables.lexicon().honorifics)


_BYLINE_START = re.compile(r"(?:^|\s[:|–-]\s|\}\})")  # the line's start or a separator a byline may follow


def byline_in(line: Text | Line) -> Text | None:
    """A byline in a header line or headline: a person's name followed by a post title, after the line's start, a
    separator (" : ", " | ", " - ", "}}") or, with no separator, as the two Thai words before the post
    (เทคนิค… มาลัย ดวงจันทร์ นักวิชาการพัฒนาชุมชน…): the text from the name on."""
    for match in _BYLINE_START.finditer(line.text):
        piece = Text(line.text[match.end():], line.start + match.end(), line.end)
        fields = split_inline_fields(piece)
        if not (fields.name and fields.fields.get("position")):
            continue
        words = list(_WORD.finditer(fields.name.text))
        honorific = next((word for word in words[-3:] if compact(word.group()).startswith(honorific_keys())), None)
        if names_someone(fields.name.text) and (honorific is None or honorific.start() == 0):
            return piece
        if honorific is not None:  # the name begins at its honorific (… ผู้เขียน นางสาวปวีณา คำแสน นักวิชาการ…)
            start = fields.name.start + honorific.start()
            return Text(line.text[start - line.start:], start, line.end)
        glued = _glued_honorific(fields.name.text, words)
        if glued is not None:  # … ความรู้ของนางปราณี ศักดิ์สูง นักวิชาการ…: the name from its honorific
            start = fields.name.start + glued
            return Text(line.text[start - line.start:], start, line.end)
        for count in (3, 2):  # honorific, given and family name, or given and family name
            if len(words) > count:
                tail = fields.name.text[words[-count].start():]
                if names_someone(tail):
                    start = fields.name.start + words[-count].start()
                    return Text(line.text[start - line.start:], start, line.end)
    return None


@lru_cache(maxsize=1)
def _glued_lead() -> re.Pattern[str]:
    """A lead word glued to the honorific after it (ของนาง, โดยนาย, a first-person ข้าพเจ้านางสาว): lexicon.toml
    [bylines] glued_leads and pronouns."""
    bylines = tables.lexicon().bylines
    leads = "|".join(map(re.escape, longest_first((*bylines.glued_leads, *bylines.pronouns))))
    honorifics = "|".join(map(re.escape, sorted(tables.lexicon().honorifics, key=len, reverse=True)))
    return re.compile(f"(?:{leads})(?=(?:{honorifics}))" if leads else "(?!)")


def _glued_honorific(name: str, words: list[re.Match[str]]) -> int | None:
    """Where a name starts inside the word before the family name when a lead is glued to its honorific
    (ความรู้ของนางปราณี ศักดิ์สูง): the offset of the honorific in name, if what follows is a name."""
    if len(words) < 2:
        return None
    word = words[-2]
    leads = list(_glued_lead().finditer(word.group()))
    if not leads:
        return None
    lead = leads[-1]
    start = word.start() + lead.end()
    return start if names_someone(name[start:]) else None
