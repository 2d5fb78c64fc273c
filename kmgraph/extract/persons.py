"""Persons and organizations named as a record's author: honorific, given and family name; their post and level."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables
from ..model import Author, Position
from ..thai import compact, longest_first
from .letters import lexicon_prefix


@lru_cache(maxsize=1)
def _given_and_family_names() -> tuple[frozenset[str], frozenset[str]]:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names()), frozenset(thai_family_names())


def split_name(name: str) -> tuple[str | None, str | None]:
    """Given and family name: at the space, or (when they run together) where name lists say."""
    parts = name.split()
    if len(parts) >= 2:
        return _rejoined_given_name(parts) or (parts[0], "".join(parts[1:]))
    if not parts:
        return None, None
    given_names, family_names = _given_and_family_names()
    word = parts[0]
    for cut in range(2, len(word) - 1):
        if word[:cut] in given_names and word[cut:] in family_names:
            return word[:cut], word[cut:]
    for cut in range(len(word) - 2, 1, -1):
        if word[:cut] in given_names:
            return word[:cut], word[cut:]
    return word, None


def _rejoined_given_name(parts: list[str]) -> tuple[str, str] | None:
    """A given name cut by a mark printed as a space (สุ ดารัตน์โพธิ์ศรี, a page whose marks print as spaces): when
    the first part is no given name and the parts run together cut, past it, into a given name and a family name the
    name lists know (สุดารัตน์ + โพธิ์ศรี), that cut; None otherwise."""
    given_names, family_names = _given_and_family_names()
    if parts[0] in given_names:
        return None
    word = "".join(parts)
    for cut in range(len(parts[0]) + 1, len(word) - 1):
        if word[:cut] in given_names and word[cut:] in family_names:
            return word[:cut], word[cut:]
    return None


@lru_cache(maxsize=1)
def _honorifics() -> tuple[tuple[str, str], ...]:
    """(honorific, its compact key), longest first."""
    return tuple((honorific, compact(honorific)) for honorific in longest_first(tables.lexicon().honorifics))


def _honorific(name: str) -> tuple[str | None, str]:
    key = compact(name)
    for honorific, honorific_key in _honorifics():
        if key.startswith(honorific_key):
            consumed, seen = 0, 0
            target = len(honorific_key)
            while seen < target:
                if not name[consumed].isspace():
                    seen += 1
                consumed += 1
            return honorific, name[consumed:].strip()
    return None, name.strip()


_TONE_BEFORE_VOWEL = re.compile("([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37])")  # ม่ั → มั่: the standard order


@lru_cache(maxsize=1)
def _second_person() -> re.Pattern[str]:
    honorifics = "|".join(re.escape(h) for h in longest_first(tables.lexicon().honorifics))
    return re.compile(rf"\s*(?:และ|,|/|กับ)\s*(?={honorifics})")


_SPACES = re.compile(r"\s+")
_BRACKETED_TAIL = re.compile(r"\s*[(\[].*$")
_NUMBER_TAIL = re.compile(r"[\s0-9๐-๙.):\-–]+$")


_SEPARATOR = re.compile(r"\s*[|｜•·]\s*")  # a name never holds a field separator


@lru_cache(maxsize=1)
def _province_after_district() -> re.Pattern[str]:
    """A district word in a name, then, apart, a province word: where the province's address begins."""
    places = tables.lexicon().places
    district = "|".join(map(re.escape, longest_first(places.district)))
    province = "|".join(map(re.escape, longest_first(places.province)))
    return re.compile(rf"(?:{district})\S+(\s+(?:{province}))")


def _without_province_after_district(name: str) -> str:
    """An organization named after its district ends there: the province written apart after it is its address
    (เครือข่าย…อำเภอศรีประจันต์ จังหวัดสุพรรณบุรี → เครือข่าย…อำเภอศรีประจันต์)."""
    found = _province_after_district().search(name)
    return name[:found.start(1)] if found else name


def parse_author(name: str) -> Author | None:
    """A person (honorific, given and family name) or an organization."""
    name = _SEPARATOR.split(_SPACES.sub(" ", name).strip(" :-|"), 1)[0]  # NAME | อ่าน 52 ครั้ง: a page's next field
    if _TONE_BEFORE_VOWEL.search(name):
        name = _TONE_BEFORE_VOWEL.sub(r"\2\1", name)
    if not name:
        return None
    honorific, rest = _honorific(name)
    if honorific is None and compact(name).startswith(tuple(tables.lexicon().organization_prefixes)):
        return Author("organization", compact(_without_province_after_district(name)))
    rest = _BRACKETED_TAIL.sub("", rest)  # a nickname or a note in brackets is not part of the name
    rest = _NUMBER_TAIL.sub("", rest)  # nor the number of the next item run into it
    rest = _second_person().split(rest, 1)[0]  # นาย ก ข และนาง ค ง: the first person named
    given, family = split_name(rest)
    full = (honorific or "") + " ".join(part for part in (given, family) if part)
    return Author("person", full, honorific, given, family)


def parse_position(text: str) -> tuple[Position | None, str]:
    """Post title and level at the start of text (known titles and levels read through PDF damage and given in
    their standard spelling); the rest of the text is returned too."""
    lexicon = tables.lexicon()
    stripped = text.strip()
    abbreviations = lexicon.post_abbreviations
    known = lexicon_prefix(stripped, lexicon.post_titles + tuple(abbreviations))
    if known:
        title, used = known
        title = abbreviations.get(title, title)
        rest = stripped[used:].lstrip()
        title, rest = _with_unit_name(title, rest)
    else:
        ends = "|".join(map(re.escape, lexicon.post_title_ends))
        stop = re.search(rf"\s|{ends}", stripped)
        title = stripped[: stop.start()] if stop else stripped
        if not title:
            return None, text
        rest = stripped[len(title):].lstrip()
    level_words = lexicon.post_levels + tuple(lexicon.level_abbreviations)
    level_rest = rest
    for prefix in lexicon.level_prefixes:
        if compact(rest).startswith(prefix):
            level_rest = rest[rest.find(prefix[-1]) + 1:].lstrip(" \t\n:")  # ระดับ : ชำนาญการ
    level_found = lexicon_prefix(level_rest, level_words) if level_rest else None
    level = None
    if level_found:
        level, used = level_found
        level = lexicon.level_abbreviations.get(level, level)
        rest = level_rest[used:].lstrip()
    elif not known:
        level = next((lv for lv in longest_first(lexicon.post_levels) if title.endswith(lv) and title != lv), None)
        if level:
            title = title[: -len(level)]
    return Position(title.strip(), level), rest


def _with_unit_name(title: str, rest: str) -> tuple[str, str]:
    """A post that heads a unit (หัวหน้ากลุ่มงาน, a title ending with an office word of lexicon.toml [offices] other)
    is written with the unit's name after it (หัวหน้ากลุ่มงานส่งเสริมการพัฒนาชุมชน): the name, up to a space or an
    office, place or level word, belongs to the post."""
    lexicon = tables.lexicon()
    if not rest or not title.endswith(tuple(lexicon.offices.other)):
        return title, rest
    word = re.match(r"[ก-๙]+", rest)
    if word is None:
        return title, rest
    name = word.group(0)
    stops = lexicon.post_title_ends + lexicon.post_levels + lexicon.level_prefixes + lexicon.offices.other
    cut = min((at for at in (name.find(stop) for stop in stops) if at >= 0), default=len(name))
    if cut < 2:
        return title, rest
    return title + name[:cut], rest[cut:].lstrip()


def opens_with_honorific(text: str) -> bool:
    """Whether a text opens with a person's honorific (นาย, นางสาว, ว่าที่ร้อยตรี …)."""
    return _honorific(text)[0] is not None


def only_honorific(text: str) -> bool:
    """Whether text is an honorific and nothing else (นาย, นางสาว …)."""
    key = compact(text)
    return bool(key) and key in _honorific_keys()


@lru_cache(maxsize=1)
def _honorific_keys() -> frozenset[str]:
    return frozenset(compact(h) for h in tables.lexicon().honorifics)


def honorific_lengths() -> list[int]:
    """The lengths of the honorifics' compact keys (only_honorific is false of any longer text)."""
    return [len(key) for key in _honorific_keys()]
