"""Who wrote a record and where: person or organization, post and level, office, district, province."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import tables
from ..model import Author, Position, Text
from ..thai import alternation, compact
from ..thai import longest_first as _longest_first


@dataclass(frozen=True)
class HeaderFields:
    """A header text split at its inline labels (ตำแหน่ง, สังกัด, โทรศัพท์, วันที่ …)."""

    name: Text | None
    fields: dict[str, list[Text]]


@lru_cache(maxsize=1)
def _inline_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = {}
    for kind, labels in tables.lexicon()["inline_fields"].items():
        for label in labels:
            kinds[label] = kind
    labels = alternation(kinds)
    return re.compile(rf"(?:^|(?<=\s))(?P<label>{labels})\s*(?::|->)?\s*", re.I), kinds


def split_inline_fields(text: Text) -> HeaderFields:
    """Split 'นาย ก ข ตำแหน่ง : … โทรศัพท์ …' into the name and the labelled parts."""
    pattern, kinds = _inline_pattern()
    fields: dict[str, list[Text]] = {}
    matches = list(pattern.finditer(text.text))
    name_end = matches[0].start() if matches else len(text.text)
    name = _slice(text, 0, name_end)
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text.text)
        value = _slice(text, match.end(), end)
        if value:
            kind = kinds.get(match.group("label")) or kinds[_case_key(kinds, match.group("label"))]
            fields.setdefault(kind, []).append(value)
    return HeaderFields(name, fields)


def _case_key(kinds: dict[str, str], label: str) -> str:
    return next(key for key in kinds if key.lower() == label.lower())


def _slice(text: Text, start: int, end: int) -> Text | None:
    piece = text.text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not piece:
        return None
    return Text(piece, text.start + start + lead, text.start + start + lead + len(piece))


# --- persons and organizations -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _given_and_family_names() -> tuple[frozenset[str], frozenset[str]]:
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names()), frozenset(thai_family_names())


def split_name(name: str) -> tuple[str | None, str | None]:
    """Given and family name: at the space, or (when they run together) where name lists say."""
    parts = name.split()
    if len(parts) >= 2:
        return parts[0], "".join(parts[1:])
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


def _honorific(name: str) -> tuple[str | None, str]:
    key = compact(name)
    for honorific in _longest_first(tables.lexicon()["honorifics"]):
        if key.startswith(compact(honorific)):
            consumed, seen = 0, 0
            target = len(compact(honorific))
            while seen < target:
                if not name[consumed].isspace():
                    seen += 1
                consumed += 1
            return honorific, name[consumed:].strip()
    return None, name.strip()


def parse_author(name: str) -> Author | None:
    """A person (honorific, given and family name) or an organization."""
    name = re.sub(r"\s+", " ", name).strip(" :-")
    if not name:
        return None
    honorific, rest = _honorific(name)
    if honorific is None and compact(name).startswith(tuple(tables.lexicon()["organization_prefixes"])):
        return Author("organization", compact(name))
    given, family = split_name(rest)
    full = (honorific or "") + " ".join(part for part in (given, family) if part)
    return Author("person", full, honorific, given, family)


# --- posts and offices ---------------------------------------------------------------------------


def parse_position(text: str) -> tuple[Position | None, str]:
    """Post title and level at the start of text; the rest of the text is returned too."""
    lexicon = tables.lexicon()
    stripped = text.strip()
    title = next((t for t in _longest_first(lexicon["post_titles"]) if stripped.startswith(t)), None)
    if title is None:
        ends = "|".join(map(re.escape, lexicon["post_title_ends"]))
        stop = re.search(rf"\s|{ends}", stripped)
        title = stripped[: stop.start()] if stop else stripped
        if not title:
            return None, text
    rest = stripped[len(title):].lstrip()
    level = next((lv for lv in _longest_first(lexicon["post_levels"]) if rest.startswith(lv)), None)
    if level is None:
        level = next((lv for lv in _longest_first(lexicon["post_levels"]) if title.endswith(lv) and title != lv), None)
        if level:
            title = title[: -len(level)]
    else:
        rest = rest[len(level):].lstrip()
    return Position(title.strip(), level), rest


@lru_cache(maxsize=1)
def _office_pattern() -> re.Pattern[str]:
    offices = tables.lexicon()["offices"]
    district = alternation(offices["district"])
    province = alternation(offices["province"])
    return re.compile(rf"(?P<district>{district})\s?(?P<dname>[ก-์]+)|(?P<province>{province})\s?(?P<pname>[ก-์]+)")


def find_office(text: Text) -> tuple[Text, str, str] | None:
    """The first CDD office named in text: (canonical name with span, level, place name)."""
    offices = tables.lexicon()["offices"]
    match = _office_pattern().search(text.text)
    if not match:
        return None
    if match.group("district"):
        place = _cut_place(match.group("dname"))
        level, canonical = "district", offices["district_canonical"] + place
    else:
        place = province_in(match.group("pname")) or _cut_place(match.group("pname"))
        level, canonical = "province", offices["province_canonical"] + place
    end = match.start() + len(match.group(0)) - (len(match.group("dname") or match.group("pname")) - len(place))
    return Text(canonical, text.start + match.start(), text.start + end), level, place


def _cut_place(name: str) -> str:
    """A place name run together with what follows (เสริมงามจังหวัดลำปาง → เสริมงาม)."""
    for marker in tables.lexicon()["places"]["name_ends"]:
        index = name.find(marker)
        if index > 0:
            name = name[:index]
    return name


@lru_cache(maxsize=1)
def _province_names() -> tuple[str, ...]:
    return tuple(_longest_first(p.name_th for p in tables.provinces()))


def province_in(text: str) -> str | None:
    """The province whose Thai name text starts with (longest first)."""
    return next((name for name in _province_names() if text.startswith(name)), None)


def find_place(text: Text, level: str) -> Text | None:
    """'อำเภอX' or 'จังหวัดX' in text; provinces are checked against the province list."""
    places = tables.lexicon()["places"]
    markers = alternation(places[level])
    for match in re.finditer(rf"(?:{markers})\s?(?P<name>[ก-์]+)", text.text):
        name = match.group("name")
        if level == "province":
            name = province_in(name)
            if not name:
                continue
        else:
            name = _cut_place(name)
            if len(name) < 2 or name in places["not_names"] or name.endswith("ละ"):
                continue
        start = text.start + match.start("name")
        return Text(name, start, start + len(name))
    return None


def parse_phone(text: Text) -> Text | None:
    """The first Thai phone number (9 or 10 digits, Thai or Arabic) in text, as digits."""
    from ..thai import to_arabic_digits

    converted = to_arabic_digits(text.text)
    for match in re.finditer(r"\+?[0-9][0-9\- ]{6,16}[0-9]", converted):
        digits = re.sub(r"\D", "", match.group(0))
        if digits.startswith("66") and len(digits) in (10, 11):
            digits = "0" + digits[2:]
        if len(digits) in (9, 10) and digits.startswith("0"):
            return Text(digits, text.start + match.start(), text.start + match.end())
    return None
