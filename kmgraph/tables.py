"""Load the data tables that hold kmgraph's Thai knowledge (kmgraph/data, ontology/).

lexicon.toml and templates.toml are read once into typed, frozen objects (`Lexicon`, `Templates`), each key
checked against its declared type: a missing or mistyped key is one ConfigError naming the file and the key."""

from __future__ import annotations

import os
import sys
from dataclasses import MISSING, dataclass, fields, is_dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_DIR = Path(__file__).parent / "data"


def ontology_dir() -> Path:
    """Where ontology/*.ttl live: $KMGRAPH_ONTOLOGY, the source tree, or the installed share folder."""
    candidates = [
        os.environ.get("KMGRAPH_ONTOLOGY"),
        Path(__file__).resolve().parent.parent / "ontology",
        Path(sys.prefix) / "share" / "kmgraph" / "ontology",
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / "concepts.ttl").is_file():
            return Path(candidate)
    raise ConfigError("kmgraph's ontology folder (concepts.ttl) was not found; set KMGRAPH_ONTOLOGY")


def ontology_file(name: str) -> Path:
    """ontology/<name>; a ConfigError naming it if it is missing."""
    path = ontology_dir() / name
    if not path.is_file():
        raise ConfigError(f"{path}: kmgraph's ontology file {name} is missing (set KMGRAPH_ONTOLOGY)")
    return path


@cache
def _toml(name: str) -> dict[str, Any]:
    try:
        with open(DATA_DIR / name, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{DATA_DIR / name}: kmgraph's data table cannot be read ({error})") from error


Words = tuple[str, ...]


# lexicon.toml ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Offices:
    """[offices]: the Department's offices as written, and their canonical names."""

    district: Words
    province: Words
    short_forms: Words
    centres: Words
    centre_canonical: str
    other: Words
    district_canonical: str
    province_canonical: str
    department: str

    def canonical(self, level: str) -> str:
        """The canonical office name of a level ("district", "province", "centre")."""
        return {"district": self.district_canonical, "province": self.province_canonical,
                "centre": self.centre_canonical}[level]


@dataclass(frozen=True)
class Places:
    """[places]: the words before and after place names."""

    district: Words
    province: Words
    smaller: Words
    name_ends: Words
    name_boundaries: Words
    prose_starts: Words
    not_names: Words

    def level(self, level: str) -> Words:
        """The words that name a level ("district" → อำเภอ, อ.; "province" → จังหวัด, จ.)."""
        return {"district": self.district, "province": self.province}[level]


@dataclass(frozen=True)
class Quantities:
    """[quantities]: count units, units written before the number, words after which a number is no count."""

    units: Words
    unit_first: Words
    not_counts_after: Words
    counts_after: Words


@dataclass(frozen=True)
class CategoryOptions:
    """[category_options]: a listed category's numbering words, and the marks written after the chosen one."""

    option_words: Words
    chosen_marks: Words
    ticked_boxes: Words = ()  # a box marking the chosen option before it (■, ☑, [x], a symbol font's glyph)
    empty_boxes: Words = ()  # a box before an option not chosen (□, ☐, [ ])


@dataclass(frozen=True)
class DateWords:
    """[dates]: the words around a date."""

    weekday_prefixes: Words
    weekday_suffixes: Words
    month_prefixes: Words
    day_suffixes: Words
    buddhist_era: Words
    christian_era: Words
    leads: Words
    by_leads: Words
    closing_leads: Words
    post_leads: Words = ()  # a blog post's own date follows them, numeric too (Posted on 09/03/2021 by …)
    line_leads: Words = ()  # a record's last line holding only one of them and a date (วันที่ ๙ ก.ย. ๒๕๖๕) closes it
    month_leads: Words = ()  # a month and year after them is the record's date to the month (บันทึกเมื่อ พฤษภาคม 2560)


@dataclass(frozen=True)
class TextWords:
    """[text]: one-letter words, and the pattern of a picture's placeholder line."""

    single_letter_words: Words
    picture_placeholder: str
    value_leads: Words = ()  # words between a section's label said in prose and its value (ผลที่ได้รับคือ …)


@dataclass(frozen=True)
class GazetteerWords:
    """[gazetteer]: the words read around place names, and the provinces' other names."""

    district_prefixes: Words
    subdistrict_prefixes: Words
    province_prefixes: Words
    capital_district_word: str
    ignored_characters: Words
    province_aliases: dict[str, Words]


@dataclass(frozen=True)
class Lexicon:
    """lexicon.toml: the Thai words the extractor relies on."""

    honorifics: Words
    signature_openers: Words
    step_words: Words
    organization_prefixes: Words
    volunteer_club_prefixes: Words
    post_title_ends: Words
    post_titles: Words
    post_levels: Words
    level_prefixes: Words
    post_abbreviations: dict[str, str]
    level_abbreviations: dict[str, str]
    inline_fields: dict[str, Words]
    header_labels: dict[str, Words]
    offices: Offices
    places: Places
    quantities: Quantities
    category_options: CategoryOptions
    months: dict[str, int]
    months_english: dict[str, int]
    weekdays: dict[str, int]
    weekdays_english: dict[str, int]
    dates: DateWords
    text: TextWords
    gazetteer: GazetteerWords


# templates.toml --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Section:
    """[sections.KIND]: "field" or "block", and the labels that open it."""

    type: str
    labels: Words


@dataclass(frozen=True)
class Template:
    """[templates.NAME]: a record form and its signatures."""

    description: str
    titles: Words
    kinds: Words
    markers: Words
    titles_are_category: bool = False
    signatures: Words = ()  # regular expressions: a line matching one weighs as much as the form's title line


@dataclass(frozen=True)
class StepsFallback:
    kinds: Words
    first_words: Words = ()  # words that tell steps in order inside prose: the first step's,
    next_words: Words = ()  # the next one's,
    last_words: Words = ()  # and the last one's (ขั้นตอนแรก … ต่อมา … สุดท้าย …)


@dataclass(frozen=True)
class Footer:
    starts: Words


@dataclass(frozen=True)
class Chrome:
    """[chrome]: a web page's lines that are not the record's."""

    line_patterns: Words
    menu_words: Words
    byline_starts: Words
    profile_marks: Words


@dataclass(frozen=True)
class TitleWords:
    words: Words


@dataclass(frozen=True)
class Placeholders:
    values: Words


@dataclass(frozen=True)
class Templates:
    """templates.toml: section headings, record forms, footers, page chrome."""

    sections: dict[str, Section]
    steps_fallback: StepsFallback
    templates: dict[str, Template]
    footer: Footer
    chrome: Chrome
    title_words: TitleWords
    placeholders: Placeholders


# loading and checking --------------------------------------------------------------------------------------------

_KIND_NAMES = {str: "a string", int: "an integer", bool: "true or false", Words: "a list of strings"}


def _convert(kind: Any, value: Any, file: Path, key: str) -> Any:
    """value checked against kind (str, int, bool, Words, dict[str, X], a dataclass) and converted to it."""
    def wrong(expected: str) -> ConfigError:
        return ConfigError(f"{file}: {key} should be {expected}, not {value!r:.60}")

    if is_dataclass(kind):
        if not isinstance(value, dict):
            raise wrong("a table")
        return typed_table(kind, value, file, key)
    if get_origin(kind) is dict:
        inner = get_args(kind)[1]
        if not isinstance(value, dict):
            raise wrong("a table")
        return {name: _convert(inner, item, file, f"{key}.{name}") for name, item in value.items()}
    if kind == Words:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise wrong("a list of strings")
        return tuple(value)
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise wrong("an integer")
    if not isinstance(value, kind):
        raise wrong(_KIND_NAMES.get(kind, kind.__name__))
    return value


def typed_table(cls: type, data: dict[str, Any], file: Path, where: str = "") -> Any:
    """cls from a TOML table; a ConfigError naming the file and the key for a missing or mistyped key."""
    hints = get_type_hints(cls)
    values = {}
    for field in fields(cls):
        key = f"{where}.{field.name}" if where else field.name
        if field.name not in data:
            if field.default is not MISSING:
                continue
            if not where:
                raise ConfigError(f"{file}: the table [{field.name}] is missing")
            raise ConfigError(f"{file}: the key {key} is missing")
        values[field.name] = _convert(hints[field.name], data[field.name], file, key)
    return cls(**values)


@cache
def lexicon() -> Lexicon:
    """lexicon.toml as a checked, typed Lexicon (loaded once)."""
    return typed_table(Lexicon, _toml("lexicon.toml"), DATA_DIR / "lexicon.toml")


@cache
def templates() -> Templates:
    """templates.toml as a checked, typed Templates (loaded once)."""
    return typed_table(Templates, _toml("templates.toml"), DATA_DIR / "templates.toml")


@lru_cache(maxsize=1)
def sara_am_repairs() -> dict[str, str]:
    """Damaged form → repaired word, e.g. ตาแหน่ง → ตำแหน่ง."""
    repairs: dict[str, str] = {}
    for line in (DATA_DIR / "sara_am.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            damaged, repaired = line.split("\t")
            repairs[damaged] = repaired
    return repairs


@dataclass(frozen=True)
class Province:
    name_th: str
    name_en: str
    iso_code: str


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    """The 77 provinces (76 + Bangkok) with their ISO 3166-2:TH codes."""
    rows = []
    for line in (DATA_DIR / "provinces.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, name_th, name_en = line.split("\t")
            rows.append(Province(name_th, name_en, iso))
    return tuple(rows)
