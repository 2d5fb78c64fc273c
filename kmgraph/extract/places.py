"""Offices and places named in a record: CDD offices (read through PDF damage), districts and provinces, and the
markers (อำเภอ, จังหวัด) that introduce them."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables
from ..model import Text
from ..thai import longest_first
from .letters import THAI_LETTER, lexicon_prefix, skeleton, skeleton_key


@lru_cache(maxsize=1)
def _office_forms() -> tuple[tuple[str, str, str, bool], ...]:
    """(skeleton of a way an office is written, level, canonical prefix, needs a word boundary), longest first."""
    offices = tables.lexicon().offices
    forms = [(form, "district", offices.district_canonical, False) for form in offices.district]
    forms += [(form, "province", offices.province_canonical, False) for form in offices.province]
    forms += [(form, "province", offices.centre_canonical, False) for form in offices.centres]
    for form in offices.short_forms:
        level = "district" if form.endswith(tuple(tables.lexicon().places.district)) else "province"
        forms.append((form, level, offices.canonical(level), True))
    keyed = [(skeleton_key(form), level, canonical, boundary) for form, level, canonical, boundary in forms]
    return tuple(sorted(keyed, key=lambda item: len(item[0]), reverse=True))


def opens_with_office(text: str) -> bool:
    """Whether text opens with the name of an office (สำนักงานพัฒนาชุมชนจังหวัด…, พัฒนาชุมชนอำเภอ…, ศพช.…), whatever
    place follows it."""
    key = skeleton_key(text[:80])
    return any(key.startswith(form) for form, _, _, _ in _office_forms())


def find_office(text: Text) -> tuple[Text, str, str] | None:
    """The first CDD office named in text, read through PDF damage: (canonical name with span, level, place name).

    The place is a gazetteer name where one fits (อำเภอเมือง with a province after it is เมือง<province>). A text
    rewritten from what was written (ศูนย์ฯ… read as its full name) has no positions inside it: its span bounds the
    office's."""
    found = _office_in(text.text)
    if found is None:
        return None
    name, start, end, level, place = found
    if len(text.text) != text.end - text.start:
        return Text(name, text.start, text.end), level, place
    return Text(name, text.start + start, text.start + end), level, place


@lru_cache(maxsize=4096)
def _office_in(text: str) -> tuple[str, int, int, str, str] | None:
    """find_office's answer for a text at offset 0 (the owner's readers ask it of the same lines, a line and the
    byline cut from it, again and again): (canonical name, start, end, level, place)."""
    shape = skeleton(text)
    best = None
    for key, level, canonical, boundary in _office_forms():
        at = shape.key.find(key)
        while at >= 0:
            start = shape.offset(at)
            if not (boundary and start > 0 and THAI_LETTER.match(text[start - 1])):
                break
            at = shape.key.find(key, at + 1)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, key, level, canonical)
    if best is None:
        return None
    at, key, level, canonical = best
    start = shape.offset(at)
    after = shape.text_end(at + len(key), text)
    place, used = place_name(text[after:], level)
    if not place:
        return None
    if level == "district":
        place = capital_district(place, text[after + used:]) or place
    return canonical + place, start, after + used, level, place


def place_name(text: str, level: str, known_only: bool = False, run_on: bool = False) -> tuple[str | None, int]:
    """The district or province name text opens with (a gazetteer name, read through PDF damage, else, unless
    known_only, the first word up to a place word) and the length of text it takes.

    A district name must cover the whole word written (หนองกี่ is not read in หนองกลาง, a name the gazetteer does
    not know): what is written is then the name, unless known_only. Where a place word is sure to follow (after a
    post named for its place, run_on: พัฒนาการอำเภอบางบ่อเล่าว่า…), a gazetteer name written exactly as the word
    opens ends the name there, whatever runs on after it with no space."""
    names = _district_names() if level == "district" else _province_names()
    found = lexicon_prefix(text, names)
    if level == "province":
        return found if found else (None, 0)
    word = re.match(r"\s?([ก-์]+)", text)
    name = _cut_place(word.group(1)) if word else ""
    written = word.start(1) + len(name) if word else 0
    if found and (found[1] >= written or run_on and text.lstrip().startswith(found[0])):
        return found
    if known_only or len(name) < 2:
        return None, 0
    if (not _clear_boundary(text[written:]) or len(name) > _longest_district()
            or name.startswith(tuple(tables.lexicon().places.prose_starts))):
        # the word runs on into prose (กุยบุรีร่วมกับโรงเรียน, จึงร่วมกับโรงเรียนใน): only a district that exists
        return found if found else (None, 0)
    return name, written


@lru_cache(maxsize=1)
def _longest_district() -> int:
    return max(map(len, _district_names()))


@lru_cache(maxsize=1)
def _boundary_pattern() -> re.Pattern[str]:
    """What may follow a district name written as it stands (one the gazetteer does not know): the end of the text
    or the line, punctuation, a number, or a province, district or field word (not a tambon: an office's address
    does not go down to one, prose does: …อำเภอจึงร่วมกับโรงเรียนใน ตำบล…)."""
    lexicon = tables.lexicon()
    words = lexicon.places.name_boundaries + tuple(w for ws in lexicon.inline_fields.values() for w in ws)
    return re.compile(r"\s*(?:$|\n|[^\sก-๛]|[0-9๐-๙]|(?:" + "|".join(map(re.escape, longest_first(words))) + "))")


def _clear_boundary(after: str) -> bool:
    return bool(_boundary_pattern().match(after))


@lru_cache(maxsize=1)
def _district_names() -> tuple[str, ...]:
    from .gazetteer import gazetteer

    capital = tables.lexicon().gazetteer.capital_district_word
    return tuple(dict.fromkeys([capital] + [d.name for d in gazetteer().districts]))


def capital_district(name: str, after: str) -> str | None:
    """อำเภอเมือง followed by its province (เมือง จังหวัดน่าน) → the capital district's name (เมืองน่าน)."""
    if name != tables.lexicon().gazetteer.capital_district_word:
        return None
    from .gazetteer import gazetteer

    province = find_place(Text(after[:80], 0, min(len(after), 80)), "province")
    if province is None:
        return None
    resolution = gazetteer().resolve_district(name, province.text)
    return resolution.district.name if resolution.resolved else None


_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")  # the vowels above and below, tones, karan


def district_of_province(name: str, province: str) -> str | None:
    """A district name read through lost or misread marks (โนนส ง read back as โนนสูง, of นครราชสีมา) that is no
    district of the province written with it (หนองบัวลำภู): that province's one district of the same letters
    (โนนสัง); None when the name is the province's own, or no single district fits."""
    from .gazetteer import gazetteer

    found = gazetteer().province_named(province)
    if found is None:
        return None
    districts = gazetteer().districts_in(found)
    if any(district.name == name for district in districts):
        return None
    letters = _MARKS.sub("", name)
    fits = [district.name for district in districts if _MARKS.sub("", district.name) == letters]
    return fits[0] if len(fits) == 1 else None


def _cut_place(name: str) -> str:
    """A place name run together with what follows (เสริมงามจังหวัดลำปาง → เสริมงาม)."""
    for marker in tables.lexicon().places.name_ends:
        index = name.find(marker)
        if index > 0:
            name = name[:index]
    return name


@lru_cache(maxsize=1)
def _province_names() -> tuple[str, ...]:
    aliases = tables.lexicon().gazetteer.province_aliases
    return tuple(longest_first(p.name_th for p in tables.provinces())) + tuple(
        alias for names in aliases.values() for alias in names)


def province_in(text: str) -> str | None:
    """The province whose Thai name text starts with (longest first), read through PDF damage."""
    found = lexicon_prefix(text, _province_names())
    return _canonical_province(found[0]) if found else None


def _canonical_province(name: str) -> str:
    return _province_of_alias().get(name, name)


@lru_cache(maxsize=1)
def _province_of_alias() -> dict[str, str]:
    """Each alias of a province (lexicon.toml [gazetteer] province_aliases) to its full name, the first that
    lists it."""
    found: dict[str, str] = {}
    for full, names in tables.lexicon().gazetteer.province_aliases.items():
        for alias in names:
            found.setdefault(alias, full)
    return found


@lru_cache(maxsize=1)
def _place_marker_pattern() -> dict[str, re.Pattern[str]]:
    places = tables.lexicon().places
    return {level: re.compile("|".join(re.escape(skeleton_key(m)) for m in longest_first(places.level(level))))
            for level in ("district", "province")}


def find_place(text: Text, level: str, known_only: bool = True) -> Text | None:
    """'อำเภอX' or 'จังหวัดX' in text (read through PDF damage); names are checked against the gazetteer's
    provinces and, for districts, taken from the gazetteer (or, unless known_only, as written)."""
    found = _place_in(text.text, level, known_only)
    if found is None:
        return None
    name, begin, end = found
    return Text(name, text.start + begin, text.start + end)


@lru_cache(maxsize=4096)
def _place_in(text: str, level: str, known_only: bool) -> tuple[str, int, int] | None:
    """find_place's answer for a text at offset 0 (asked again of the same lines by several readers): (name,
    start, end)."""
    places = tables.lexicon().places
    shape = skeleton(text)
    for match in _place_marker_pattern()[level].finditer(shape.key):
        start = shape.offset(match.start())
        if match.end() - match.start() <= 2 and start > 0 and THAI_LETTER.match(text[start - 1]):
            continue
        after = shape.text_end(match.end(), text)
        rest = text[after:]
        if level == "province":
            found = lexicon_prefix(rest, _province_names())
            if not found:
                continue
            name, used = _canonical_province(found[0]), found[1]
        else:
            name, used = place_name(rest, "district", known_only=known_only)
            if not name or name in places.not_names or name.endswith("ละ"):
                continue
            name = capital_district(name, rest[used:]) or name
        lead = len(rest) - len(rest.lstrip())
        return name, after + lead, max(after + lead, after + used)
    return None
