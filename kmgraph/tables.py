"""Load the data tables that hold kmgraph's Thai knowledge (kmgraph/data, ontology/).

lexicon.toml, templates.toml and readers.toml are read once into typed, frozen objects (`Lexicon`, `Templates`,
`Readers`), each key checked against its declared type: a missing or mistyped key is one ConfigError naming the
file and the key. No other module opens a data table itself (tests/test_defined_once.py)."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from .errors import ConfigError

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


def _tomllib() -> Any:
    """The TOML parser, imported when a table is first loaded (not at import: it costs a few milliseconds)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def __getattr__(name: str) -> Any:
    """`tables.tomllib` on first use, for the modules not yet switched over to the typed tables."""
    if name == "tomllib":
        return _tomllib()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _toml(name: str) -> dict[str, Any]:
    tomllib = _tomllib()
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
    teams: Words = ()  # a team, unit or staff of an office (ทีม…, คณะทำงาน…, เจ้าหน้าที่…): the office after it owns

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
    villages: Words = ()  # words that open a village's name (บ้านโนนสวรรค์): a group named after its village
    village_numbers: Words = ()  # words numbering a village when a number follows (หมู่ 6, ม.6): an address opens

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
    section_line_leads: Words = ()  # a portal's category line opens so (องค์ความรู้หมวด…): the line is the category
    section_name_leads: Words = ()  # a portal's section name, one word alone on its line, opens so (ด้านการ…)
    header_labels: Words = ()  # a portal's category label on a header line (ประเภทองค์ความรู้ : …, or over boxes)


@dataclass(frozen=True)
class ClosingPhone:
    """[closing_phone]: the words a phone follows on a record's closing lines besides the phone labels."""

    labels: Words = ()  # ติดต่อ… (ติดต่อศึกษาดูงาน 063-…)


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
    stamp_leads: Words = ()  # a post's stamp line opens with one before its date (อัปเดต 03/02/2022  ดู 61)
    view_counts: Words = ()  # a post's stamp line closes with one and a count (อ่าน 211, ดู 61, views 88)
    time_leads: Words = ()  # a post's time after its date opens so (วันที่ 2 ก.ย. 2557 เวลา 15:20 น.)
    time_suffixes: Words = ()  # and closes so
    recorded_verbs: Words = ()  # a closing sentence's verb of setting the story down (บันทึกเรื่องนี้ไว้เมื่อวันที่ …)
    recorded_leads: Words = ()  # and the words right before its date (ไว้เมื่อวันที่)


@dataclass(frozen=True)
class TextWords:
    """[text]: one-letter words, and the pattern of a picture's placeholder line."""

    single_letter_words: Words
    picture_placeholder: str
    value_leads: Words = ()  # words between a section's label said in prose and its value (ผลที่ได้รับคือ …)
    sentence_continuations: Words = ()  # words glued after a field's label that make it a sentence's (…นี้เป็นของ)


@dataclass(frozen=True)
class GazetteerWords:
    """[gazetteer]: the words read around place names, and the provinces' other names."""

    district_prefixes: Words
    subdistrict_prefixes: Words
    province_prefixes: Words
    capital_district_word: str
    ignored_characters: Words
    province_aliases: dict[str, Words]


@dataclass(frozen=True, eq=False)
class Bylines:
    """[bylines]: the words that put a byline after a title on the same line (KM : TITLE โดย NAME)."""

    words: Words
    glued_leads: Words = ()  # words a name follows with no space inside a sentence (ความรู้ของนางปราณี …)
    role_joiners: Words = ()  # what joins two roles of one credit's label (ภาพ/ข่าว, เรื่องและภาพ)
    not_name_words: Words = ()  # words no Thai given or family name holds (ได้, ให้, ชุมชน …): a title, not a name
    teller_words: Words = ()  # words crediting who tells a story, glued or not (เรื่องนี้เล่าโดย X): X owns it
    pronouns: Words = ()  # first-person pronouns a story glues before its teller's honorific (ข้าพเจ้านางสาว…)
    news_roles: Words = ()  # credit roles naming who reported a story (ข่าว/ภาพ : OFFICE), not who owns its knowledge
    presiding_words: Words = ()  # after an officer's post in a news lead (เป็นประธาน): the credited office's news


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
    heading_words: Words  # a book's headings (คำนำ, สารบัญ, บทนำ …): never anyone's name
    bylines: Bylines
    credit_roles: dict[str, int]  # a credit's role word → its rank as the record's owner (0 the writer)
    head_posts: dict[str, str]  # a post heading the office of its place → that office's level
    closing_phone: ClosingPhone = ClosingPhone()


# templates.toml --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LabelFamily:
    """[[sections.KIND.families]]: labels made of words, every lead + role + object, ending in mark."""

    leads: Words
    roles: Words
    objects: Words
    mark: str = ""

    def labels(self) -> Words:
        """Every label of the family, as written in a section's labels (with its mark)."""
        return tuple(f"{lead}{role}{thing}{self.mark}" for lead in self.leads for role in self.roles
                     for thing in self.objects)


@dataclass(frozen=True)
class Section:
    """[sections.KIND]: "field" or "block", the labels that open it and the families of labels made of words."""

    type: str
    labels: Words
    families: tuple[LabelFamily, ...] = ()

    def all_labels(self) -> Words:
        """The labels, then the families' labels not written among them (in any form)."""
        written = {label.rstrip("#:=@") for label in self.labels}
        made = (label for family in self.families for label in family.labels())
        return self.labels + tuple(dict.fromkeys(label for label in made if label.rstrip("#:=@") not in written))


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
    """[steps_fallback]: narrative sections whose numbered list stands for the steps when there is no steps list."""

    kinds: Words
    first_words: Words = ()  # words that tell steps in order inside prose: the first step's,
    next_words: Words = ()  # the next one's,
    last_words: Words = ()  # and the last one's (ขั้นตอนแรก … ต่อมา … สุดท้าย …)


@dataclass(frozen=True)
class Footer:
    """[footer]: the lines a record's footer starts with."""

    starts: Words


@dataclass(frozen=True)
class Chrome:
    """[chrome]: a web page's lines that are not the record's."""

    line_patterns: Words
    menu_words: Words
    byline_starts: Words
    profile_marks: Words
    upload_stamps: Words = ()  # regular expressions: a host's stamp under an upload's name (Published on …)
    upload_name_leads: Words = ()  # a host's path before an upload's name (Home Explore NAME)
    informal_offices: Words = ()  # an office's informal name before a province's (พช.ยโสธร): a site's banner
    informal_office_leads: Words = ()  # words before such a banner (KM พช. ตาก)
    issuing_bodies: Words = ()  # a department's or ministry's name: a line of these alone issues, never titles


@dataclass(frozen=True)
class TitleWords:
    """[title_words]: words a knowledge title is written with."""

    words: Words


@dataclass(frozen=True)
class Placeholders:
    """[placeholders]: lines that say "nothing here"."""

    values: Words


@dataclass(frozen=True, eq=False)
class TitleTails:
    """[title_tails]: what is glued to a title or around it but is not its words."""

    patterns: Words  # regular expressions: a site's article tools at a title's end (PDF พิมพ์ อีเมล, Hits: 12)
    run_on_openers: Words  # words a story's first sentence opens with
    clause_subjects: Words  # nouns a story's clause opens with as its subject
    governing_words: Words  # words that make such a noun the title's own object (ของ, ให้ …)
    loose_title_labels: Words  # labels a title follows with no colon (องค์ความรู้ TITLE)
    title_lead_prefixes: Words  # a document host's words before such a label (Download)
    series_phrases: Words  # series phrases set above a record's own title
    publication_markers: Words  # a series', volume's or issue's marker before its number (เล่มที่ ๒)
    unfinished_ends: Words  # words that cannot end a phrase: a labelled title's line ending on one continues
    place_line_openers: Words  # a line opening with one (a village's name) does not continue a title
    running_heads: Words  # a story page's running heads: never the title
    genre_words: Words = ()  # a genre's word that with genre_label after it is a loose title label
    genre_label: str = ""  # the label after a genre's word (เรื่อง: ถอดบทเรียน เรื่อง TITLE)
    genre_label_forms: Words = ()  # the genre label as PDF damage leaves it (เรือง: its tone mark lost)
    clause_joiners: Words = ()  # words joining a sentence's clauses (ซึ่ง, จึง): a long line holding one is prose
    year_line_leads: Words = ()  # a year's words before it on a credit's line (ปีงบประมาณ ๒๕๖๖): never a title's line
    continuation_openers: Words = ()  # a cover title's second line opening with one (ใน…, ของ…) continues the first
    column_leads: Words = ()  # a column's name opens so (เรื่องเล่าจาก): with column_words after it, never a title
    column_words: Words = ()  # places and units a column is named for (ชุมชน, ห้องเรียน, ศูนย์เรียนรู้)
    value_end_labels: Words = ()  # a form's field labels (สถานที่, ระยะเวลา) that end a title's value run on into them
    running_head_phone_words: Words = ()  # words between a running head's numbers (โทรสาร, ต่อ): still its phones
    address_openers: Words = ()  # an address's first word (หมู่ที่, ตำบล): a running head's title ends before it
    heading_words: Words = ()  # a kind of document's word alone over the title (ชุดความรู้): never the title
    heading_scopes: Words = ()  # a level or scope after such a word (องค์ความรู้ระดับกลุ่ม): still the heading alone
    owner_label_leads: Words = ()  # an owner's label opens so (ผู้ถ่ายทอดความรู้ : นาย…): its line is never a title


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
    title_tails: TitleTails


# readers.toml ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class PdfWords:
    """[pdf]: the words a page-number line may hold besides its numbers (หน้า 3, Page 3 of 9)."""

    page_number_words: Words


@dataclass(frozen=True, eq=False)
class HtmlSettings:
    """[html]: the class or id words of what is around a post, and the containers of a post, most specific first."""

    boilerplate_words: Words
    content_selectors: Words


@dataclass(frozen=True, eq=False)
class Tis620ShownAs:
    """[[mojibake.tis620_shown_as]]: a one-byte code page TIS-620 bytes were read through."""

    name: str
    codec: str  # Python's name for the code page
    mac_thai: bool = False  # Apple's Mac OS Thai positional variants too
    variants: dict[str, str] = field(default_factory=dict)  # a character some systems show → the codec's one


@dataclass(frozen=True, eq=False)
class Utf8ShownAs:
    """[[mojibake.utf8_shown_as]]: the code pages UTF-8 bytes were shown through, each byte by the first that has it."""

    name: str
    codecs: Words


@dataclass(frozen=True, eq=False)
class MojibakeSettings:
    """[mojibake]: when a run is read back as Thai, and the code pages Thai is tried through."""

    word_share: float
    least_letters: int
    most_guessed: float
    tis620_shown_as: tuple[Tis620ShownAs, ...]
    utf8_shown_as: tuple[Utf8ShownAs, ...]
    mac_thai_variants: dict[str, str]  # "0x83" → the Thai character Mac OS Thai's byte is a form of


@dataclass(frozen=True, eq=False)
class Readers:
    """readers.toml: Thai fonts' private-use glyphs, page-number words, web pages' chrome, code pages."""

    thai_private_use: dict[str, str]  # a Thai font's private-use glyph → the Thai character it is a form of
    symbol_private_use: dict[str, str]  # a Symbol/Wingdings bullet's private-use glyph → "-"
    pdf: PdfWords
    html: HtmlSettings
    mojibake: MojibakeSettings


# loading and checking --------------------------------------------------------------------------------------------

_KIND_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false",
               Words: "a list of strings"}


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
    if get_origin(kind) is tuple:  # tuple[SomeTable, ...]: an array of tables ([[key]])
        if not isinstance(value, list):
            raise wrong("an array of tables")
        return tuple(_convert(get_args(kind)[0], item, file, f"{key}[{index}]") for index, item in enumerate(value))
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise wrong("an integer")
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise wrong("a number")
        return float(value)
    if not isinstance(value, kind):
        raise wrong(_KIND_NAMES.get(kind, kind.__name__))
    return value


def typed_table(cls: type, data: dict[str, Any], file: Path, where: str = "") -> Any:
    """cls from a TOML table; a ConfigError naming the file and the key for a missing or mistyped key."""
    hints = get_type_hints(cls)
    values = {}
    for member in fields(cls):
        key = f"{where}.{member.name}" if where else member.name
        if member.name not in data:
            if member.default is not MISSING or member.default_factory is not MISSING:
                continue
            if not where and (is_dataclass(hints[member.name]) or get_origin(hints[member.name]) is dict):
                raise ConfigError(f"{file}: the table [{member.name}] is missing")
            raise ConfigError(f"{file}: the key {key} is missing")
        values[member.name] = _convert(hints[member.name], data[member.name], file, key)
    return cls(**values)


@cache
def lexicon() -> Lexicon:
    """lexicon.toml as a checked, typed Lexicon (loaded once)."""
    return typed_table(Lexicon, _toml("lexicon.toml"), DATA_DIR / "lexicon.toml")


@cache
def templates() -> Templates:
    """templates.toml as a checked, typed Templates (loaded once)."""
    return typed_table(Templates, _toml("templates.toml"), DATA_DIR / "templates.toml")


@cache
def readers() -> Readers:
    """readers.toml as a checked, typed Readers (loaded once): each glyph table's key one character, each Mac OS
    Thai byte a hexadecimal byte (0x80–0xFF)."""
    path = DATA_DIR / "readers.toml"
    loaded = typed_table(Readers, _toml("readers.toml"), path)
    for name in ("thai_private_use", "symbol_private_use"):
        for glyph in getattr(loaded, name):
            if len(glyph) != 1:
                raise ConfigError(f"{path}: {name} keys should be one character each, not {glyph!r:.60}")
    for byte in loaded.mojibake.mac_thai_variants:
        if not re.fullmatch(r"0x[89A-Fa-f][0-9A-Fa-f]", byte):
            raise ConfigError(f"{path}: mojibake.mac_thai_variants keys should be bytes 0x80–0xFF, not {byte!r:.60}")
    return loaded


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
    """A province: its Thai and English names and its ISO 3166-2:TH code."""

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
