"""Who wrote a record and where: person or organization, post and level, office, district, province."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import tables
from ..model import Author, Position, Text
from ..thai import compact


@dataclass(frozen=True)
class HeaderFields:
    """A header text split into the name it opens with and its fields (position, office, phone, date, place,
    author, title, other: a value after an unknown label or a numbered item), each value a span of the text."""

    name: Text | None
    fields: dict[str, list[Text]]
    labelled: frozenset[int] = frozenset()  # starts of the values that follow a label (the others open with a word)


def _longest_first(words) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


# --- skeletons: comparing words through PDF damage ------------------------------------------------

_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
_DASHES = "-\u2013\u2014"
_SPACES = " \t\n\r\f\v\u00a0"
_SKELETON_TABLE = str.maketrans({**{char: None for char in _MARKS + _DASHES + _SPACES},
                                 "\u0e33": "\u0e32", **{chr(0x0E50 + d): str(d) for d in range(10)}})
_SKELETON_TABLE_KEEP = str.maketrans({char: "\x00" for char in _MARKS + _DASHES + _SPACES})


class Skeleton:
    """A text's letters that survive PDF damage (no spaces, marks or dashes; sara am read as sara aa; Arabic
    digits), with each key letter's offset in the text (worked out when first asked for)."""

    __slots__ = ("key", "_text", "_index")

    def __init__(self, text: str):
        self._text = text
        self.key = text.translate(_SKELETON_TABLE)
        self._index: tuple[int, ...] | None = None

    @property
    def index(self) -> tuple[int, ...]:
        if self._index is None:
            kept = self._text.translate(_SKELETON_TABLE_KEEP)
            self._index = tuple(offset for offset, char in enumerate(kept) if char != "\x00")
        return self._index

    def text_end(self, key_end: int, text: str) -> int:
        """The text offset just after the key's first key_end letters (and the marks that go with the last)."""
        if key_end <= 0:
            return 0
        end = self.index[key_end - 1] + 1
        while end < len(text) and text[end] in _MARKS:
            end += 1
        return end


def skeleton(text: str) -> Skeleton:
    return Skeleton(text)


def skeleton_key(text: str) -> str:
    return skeleton(text).key


def lexicon_prefix(text: str, words) -> tuple[str, int] | None:
    """The word (longest first) that text opens with, compared through PDF damage: (word, text length used)."""
    stripped = text.lstrip()
    lead = len(text) - len(stripped)
    exact, by_skeleton = _word_index(tuple(words))
    for size in range(min(len(stripped), exact[1]), 0, -1):
        if stripped[:size] in exact[0]:
            return stripped[:size], lead + size
    shape = skeleton(stripped[:120])
    for size in range(min(len(shape.key), by_skeleton[1]), 1, -1):
        word = by_skeleton[0].get(shape.key[:size])
        if word:
            used = shape.text_end(size, stripped)
            if stripped[:used].count("\u0e33") > word.count("\u0e33"):
                return None  # a sara am written where the word has none: another word (บ้านคำ is not บ้านคา)
            return word, lead + used
    return None


@lru_cache(maxsize=64)
def _word_index(words: tuple[str, ...]) -> tuple[tuple[frozenset[str], int], tuple[dict[str, str], int]]:
    """Words as written, and by skeleton (the first word listed wins a shared skeleton), with their longest
    lengths."""
    by_skeleton: dict[str, str] = {}
    for word in words:
        by_skeleton.setdefault(skeleton_key(word), word)
    return ((frozenset(words), max(map(len, words), default=0)),
            (by_skeleton, max(map(len, by_skeleton), default=0)))


# --- header fields: boundaries from what the words are ---------------------------------------------

@dataclass(frozen=True)
class _Marker:
    kind: str  # the field it opens: position, office, phone, date, place, author, title, category, other …
    opens_value: bool  # a label (value after it) or a word that is the value's own start
    boundary: bool  # must not follow a Thai letter


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

    for kind, labels in tables.lexicon()["inline_fields"].items():
        for label in labels:
            add(label, _Marker(kind, True, len(skeleton_key(label)) < 4))
    for kind, labels in lexicon["header_labels"].items():
        for label in labels:
            add(label, _Marker(kind, True, True))
    for kind in ("author", "title"):
        for label in tables.templates()["sections"][kind]["labels"]:
            if not label.endswith(("#", ":", "=")):
                add(label, _Marker(kind, True, True))
    for title in lexicon["post_titles"]:
        add(title, _Marker("position", False, False))
    for abbreviation in lexicon["post_abbreviations"]:
        add(abbreviation, _Marker("position", False, True))
    for level in lexicon["post_levels"]:  # a level ends a name too (… ใจดี ชำนาญการ); after a post it is the post's
        add(level, _Marker("level", False, False))
    offices = lexicon["offices"]
    for form in offices["district"] + offices["province"] + offices["other"]:
        add(form, _Marker("office", False, False))
    for form in offices["short_forms"]:
        add(form, _Marker("office", False, True))
    for word in lexicon["places"]["district"] + lexicon["places"]["province"] + lexicon["places"]["smaller"]:
        if len(word) > 2:
            add(word, _Marker("place", False, False))
    alternation = "|".join(re.escape(key) for key in sorted(words, key=len, reverse=True))
    return re.compile(alternation), words, marks_of


_VOWEL_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47"


def _marks(text: str) -> str:
    """The vowel marks of a text, sorted (tones and thanthakhat aside: fonts and typists vary them least)."""
    return "".join(sorted(char for char in text if char in _VOWEL_MARKS))


def _marks_fit(written: str, words: list[str]) -> bool:
    """Whether a marker's letters as written carry the vowel marks of one of the words (their sorted marks) with
    that skeleton, give or take one
    moved across the edge by PDF damage (the letters of นิติกร in อนันต์ กร do not: their vowels are not นิติกร's)."""
    have = _marks(written)
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


def _only_honorific(text: str) -> bool:
    key = compact(text)
    return bool(key) and key in _honorific_keys()


@lru_cache(maxsize=1)
def _honorific_keys() -> frozenset[str]:
    return frozenset(compact(h) for h in tables.lexicon()["honorifics"])


_NUMBERED_ITEM = re.compile(r"(?:^|(?<=\s))[0-9๐-๙]{1,2}\s?[.)](?=\s|[^\s0-9๐-๙.])")
_UNKNOWN_LABEL = re.compile(r"(?:^|(?<=\s))[ก-๙A-Za-z.]{2,24}\s?:(?!:)")
_THAI_LETTER_BEFORE = re.compile(r"[ก-ฮ\u0e30-\u0e4e]")


def _boundaries(text: str) -> list[tuple[int, int, _Marker]]:
    """(start, value start, marker) of every header marker in text, in order, not overlapping."""
    pattern, markers, marks_of = _header_markers()
    shape = skeleton(text)
    found: list[tuple[int, int, _Marker]] = []
    for match in pattern.finditer(shape.key):
        marker = markers[match.group(0)]
        start = shape.index[match.start()]
        if marker.boundary and start > 0 and _THAI_LETTER_BEFORE.match(text[start - 1]):
            continue
        end = shape.text_end(match.end(), text)
        if _SILENT_NEXT.match(text, end) or (not marker.opens_value and _only_honorific(text[:start])):
            continue  # inside a word (นิติกร in นิติกรณ์), or a name's own first letters (นาย|พัฒนากร…)
        if not _marks_fit(text[start:end], marks_of[match.group(0)]):
            continue  # other words' letters with other vowels (นิติกร in ชัยอนันต์ กรเศรษฐี)
        found.append((start, end if marker.opens_value else start, marker))
    other = _Marker("other", True, True)
    for pattern_ in (_NUMBERED_ITEM, _UNKNOWN_LABEL):
        found.extend((match.start(), match.end(), other) for match in pattern_.finditer(text))
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
    return kept


_SEPARATOR = re.compile(r"[\s:>\-–]*")


FIELD_LABEL_KINDS = ("author", "position", "office", "phone", "date", "email", "title")


def before_next_label(text: Text) -> Text:
    """A value cut where the label of another field begins in it (ชื่อองค์ความรู้ X ชื่อ-สกุล Y … on one line:
    X); words of other classes (places, posts) do not cut it, since a title may name them."""
    for start, _value_start, marker in _boundaries(text.text):
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
    organization = compact(text.text).startswith(tuple(tables.lexicon()["organization_prefixes"]))
    if organization:
        markers = _drop_leading_places(markers)
    fields: dict[str, list[Text]] = {}
    name_end = markers[0][0] if markers else len(text.text)
    first_line = re.search(r"\S[^\n]*", text.text)
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


def _drop_leading_places(markers: list[tuple[int, int, _Marker]]) -> list[tuple[int, int, _Marker]]:
    kept = list(markers)
    while kept and kept[0][2].kind == "place":
        kept.pop(0)
    return kept


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


_TONE_BEFORE_VOWEL = re.compile("([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37])")  # ม่ั → มั่: the standard order


@lru_cache(maxsize=1)
def _second_person() -> re.Pattern[str]:
    honorifics = "|".join(re.escape(h) for h in _longest_first(tables.lexicon()["honorifics"]))
    return re.compile(rf"\s*(?:และ|,|/|กับ)\s*(?={honorifics})")


def parse_author(name: str) -> Author | None:
    """A person (honorific, given and family name) or an organization."""
    name = _TONE_BEFORE_VOWEL.sub(r"\2\1", re.sub(r"\s+", " ", name).strip(" :-"))
    if not name:
        return None
    honorific, rest = _honorific(name)
    if honorific is None and compact(name).startswith(tuple(tables.lexicon()["organization_prefixes"])):
        return Author("organization", compact(name))
    rest = re.sub(r"\s*[(\[].*$", "", rest)  # a nickname or a note in brackets is not part of the name
    rest = re.sub(r"[\s0-9๐-๙.):\-–]+$", "", rest)  # nor the number of the next item run into it
    rest = _second_person().split(rest, 1)[0]  # นาย ก ข และนาง ค ง: the first person named
    given, family = split_name(rest)
    full = (honorific or "") + " ".join(part for part in (given, family) if part)
    return Author("person", full, honorific, given, family)


# --- posts and offices ---------------------------------------------------------------------------


def parse_position(text: str) -> tuple[Position | None, str]:
    """Post title and level at the start of text (known titles and levels read through PDF damage and given in
    their standard spelling); the rest of the text is returned too."""
    lexicon = tables.lexicon()
    stripped = text.strip()
    abbreviations = lexicon["post_abbreviations"]
    known = lexicon_prefix(stripped, lexicon["post_titles"] + list(abbreviations))
    if known:
        title, used = known
        title = abbreviations.get(title, title)
        rest = stripped[used:].lstrip()
    else:
        ends = "|".join(map(re.escape, lexicon["post_title_ends"]))
        stop = re.search(rf"\s|{ends}", stripped)
        title = stripped[: stop.start()] if stop else stripped
        if not title:
            return None, text
        rest = stripped[len(title):].lstrip()
    level_words = lexicon["post_levels"] + list(lexicon["level_abbreviations"])
    level_rest = rest
    for prefix in lexicon["level_prefixes"]:
        if compact(rest).startswith(prefix):
            level_rest = rest[rest.find(prefix[-1]) + 1:].lstrip()
    level_found = lexicon_prefix(level_rest, level_words) if level_rest else None
    level = None
    if level_found:
        level, used = level_found
        level = lexicon["level_abbreviations"].get(level, level)
        rest = level_rest[used:].lstrip()
    elif not known:
        level = next((lv for lv in _longest_first(lexicon["post_levels"]) if title.endswith(lv) and title != lv), None)
        if level:
            title = title[: -len(level)]
    return Position(title.strip(), level), rest


@lru_cache(maxsize=1)
def _office_forms() -> tuple[tuple[str, str, str, bool], ...]:
    """(skeleton of a way an office is written, level, canonical prefix, needs a word boundary), longest first."""
    offices = tables.lexicon()["offices"]
    forms = [(form, "district", offices["district_canonical"], False) for form in offices["district"]]
    forms += [(form, "province", offices["province_canonical"], False) for form in offices["province"]]
    forms += [(form, "province", offices["centre_canonical"], False) for form in offices["centres"]]
    for form in offices["short_forms"]:
        level = "district" if form.endswith(tuple(tables.lexicon()["places"]["district"])) else "province"
        forms.append((form, level, offices[f"{level}_canonical"], True))
    keyed = [(skeleton_key(form), level, canonical, boundary) for form, level, canonical, boundary in forms]
    return tuple(sorted(keyed, key=lambda item: len(item[0]), reverse=True))


def opens_with_office(text: str) -> bool:
    """Whether text opens with the name of an office (สำนักงานพัฒนาชุมชนจังหวัด…, พัฒนาชุมชนอำเภอ…, ศพช.…), whatever
    place follows it."""
    key = skeleton_key(text[:80])
    return any(key.startswith(form) for form, _, _, _ in _office_forms())


def find_office(text: Text) -> tuple[Text, str, str] | None:
    """The first CDD office named in text, read through PDF damage: (canonical name with span, level, place name).

    The place is a gazetteer name where one fits (อำเภอเมือง with a province after it is เมือง<province>)."""
    shape = skeleton(text.text)
    best = None
    for key, level, canonical, boundary in _office_forms():
        at = shape.key.find(key)
        while at >= 0:
            start = shape.index[at]
            if not (boundary and start > 0 and _THAI_LETTER_BEFORE.match(text.text[start - 1])):
                break
            at = shape.key.find(key, at + 1)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, key, level, canonical)
    if best is None:
        return None
    at, key, level, canonical = best
    start = shape.index[at]
    after = shape.text_end(at + len(key), text.text)
    place, used = place_name(text.text[after:], level)
    if not place:
        return None
    if level == "district":
        place = capital_district(place, text.text[after + used:]) or place
    end = after + used
    return Text(canonical + place, text.start + start, text.start + end), level, place


def place_name(text: str, level: str, known_only: bool = False) -> tuple[str | None, int]:
    """The district or province name text opens with (a gazetteer name, read through PDF damage, else, unless
    known_only, the first word up to a place word) and the length of text it takes.

    A district name must cover the whole word written (หนองกี่ is not read in หนองกลาง, a name the gazetteer does
    not know): what is written is then the name, unless known_only."""
    names = _district_names() if level == "district" else _province_names()
    found = lexicon_prefix(text, names)
    if level == "province":
        return found if found else (None, 0)
    word = re.match(r"\s?([ก-์]+)", text)
    name = _cut_place(word.group(1)) if word else ""
    written = word.start(1) + len(name) if word else 0
    if found and found[1] >= written:
        return found
    if known_only or len(name) < 2:
        return None, 0
    if (not _clear_boundary(text[written:]) or len(name) > _longest_district()
            or name.startswith(tuple(tables.lexicon()["places"]["prose_starts"]))):
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
    words = lexicon["places"]["name_boundaries"] + [w for ws in lexicon["inline_fields"].values() for w in ws]
    return re.compile(r"\s*(?:$|\n|[^\sก-๛]|[0-9๐-๙]|(?:" + "|".join(map(re.escape, _longest_first(words))) + "))")


def _clear_boundary(after: str) -> bool:
    return bool(_boundary_pattern().match(after))


@lru_cache(maxsize=1)
def _district_names() -> tuple[str, ...]:
    from .gazetteer import gazetteer

    capital = tables.lexicon()["gazetteer"]["capital_district_word"]
    return tuple(dict.fromkeys([capital] + [d.name for d in gazetteer().districts]))


def capital_district(name: str, after: str) -> str | None:
    """อำเภอเมือง followed by its province (เมือง จังหวัดน่าน) → the capital district's name (เมืองน่าน)."""
    from .gazetteer import gazetteer

    if name != tables.lexicon()["gazetteer"]["capital_district_word"]:
        return None
    province = find_place(Text(after[:80], 0, min(len(after), 80)), "province")
    if province is None:
        return None
    resolution = gazetteer().resolve_district(name, province.text)
    return resolution.district.name if resolution.resolved else None


def _cut_place(name: str) -> str:
    """A place name run together with what follows (เสริมงามจังหวัดลำปาง → เสริมงาม)."""
    for marker in tables.lexicon()["places"]["name_ends"]:
        index = name.find(marker)
        if index > 0:
            name = name[:index]
    return name


@lru_cache(maxsize=1)
def _province_names() -> tuple[str, ...]:
    aliases = tables.lexicon()["gazetteer"]["province_aliases"]
    return tuple(_longest_first(p.name_th for p in tables.provinces())) + tuple(
        alias for names in aliases.values() for alias in names)


def province_in(text: str) -> str | None:
    """The province whose Thai name text starts with (longest first), read through PDF damage."""
    found = lexicon_prefix(text, _province_names())
    return _canonical_province(found[0]) if found else None


def _canonical_province(name: str) -> str:
    aliases = tables.lexicon()["gazetteer"]["province_aliases"]
    return next((full for full, names in aliases.items() if name in names), name)


@lru_cache(maxsize=1)
def _place_marker_pattern() -> dict[str, re.Pattern[str]]:
    places = tables.lexicon()["places"]
    return {level: re.compile("|".join(re.escape(skeleton_key(m)) for m in _longest_first(places[level])))
            for level in ("district", "province")}


def find_place(text: Text, level: str, known_only: bool = True) -> Text | None:
    """'อำเภอX' or 'จังหวัดX' in text (read through PDF damage); names are checked against the gazetteer's
    provinces and, for districts, taken from the gazetteer (or, unless known_only, as written)."""
    places = tables.lexicon()["places"]
    shape = skeleton(text.text)
    for match in _place_marker_pattern()[level].finditer(shape.key):
        start = shape.index[match.start()]
        if match.end() - match.start() <= 2 and start > 0 and _THAI_LETTER_BEFORE.match(text.text[start - 1]):
            continue
        after = shape.text_end(match.end(), text.text)
        rest = text.text[after:]
        if level == "province":
            found = lexicon_prefix(rest, _province_names())
            if not found:
                continue
            name, used = _canonical_province(found[0]), found[1]
        else:
            name, used = place_name(rest, "district", known_only=known_only)
            if not name or name in places["not_names"] or name.endswith("ละ"):
                continue
            name = capital_district(name, rest[used:]) or name
        lead = len(rest) - len(rest.lstrip())
        begin = text.start + after + lead
        return Text(name, begin, max(begin, text.start + after + used))
    return None


def parse_phone(text: Text) -> Text | None:
    """The first Thai phone number (9 or 10 digits, Thai or Arabic) in text, as digits."""
    from ..thai import to_arabic_digits

    converted = to_arabic_digits(text.text)
    for match in re.finditer(r"\+?[0-9][0-9\-–— ]{6,16}[0-9]", converted):
        digits = re.sub(r"\D", "", match.group(0))
        if digits.startswith("66") and len(digits) in (10, 11):
            digits = "0" + digits[2:]
        if len(digits) in (9, 10) and digits.startswith("0"):
            return Text(digits, text.start + match.start(), text.start + match.end())
    return None
