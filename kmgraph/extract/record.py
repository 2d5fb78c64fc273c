"""Extract a Record's fields from a segmented record."""

from __future__ import annotations

import re

from .. import tables
from ..model import CleanText, InputError, Line, Record, Segmented, SourceText, Text
from ..thai import compact
from .dates import parse_date
from .items import section_lines, section_text, split_items
from .link import find_mentions, kind_of, link_category
from .people import find_office, find_place, parse_author, parse_phone, parse_position, split_inline_fields
from .quantities import find_quantities

FIELD_KINDS = ("title", "author", "phone", "address", "place", "category", "problem_about")
LIST_KINDS = ("techniques", "cautions", "success_factors", "problems", "outcomes")


def _first_text(segmented: Segmented, kind: str) -> Text | None:
    for section in segmented.of_kind(kind):
        text = section_text(section)
        if text:
            return text
    return None


def _texts(segmented: Segmented, *kinds: str) -> list[Text]:
    return [text for section in segmented.of_kind(*kinds) if (text := section_text(section))]


def _header_lines(segmented: Segmented) -> list[Line]:
    titles = {compact(t) for spec in tables.templates()["templates"].values() for t in spec["titles"]}
    return [line for line in segmented.header if line.text.strip() and compact(line.text) not in titles]


def _header_category(segmented: Segmented) -> Text | None:
    """A portal page's section name (its first line) stands for the record's category."""
    for spec in tables.templates()["templates"].values():
        if not spec.get("titles_are_category"):
            continue
        keys = {compact(t) for t in spec["titles"]}
        for line in segmented.header:
            if compact(line.text) in keys:
                lead = len(line.text) - len(line.text.lstrip())
                return Text(line.text.strip(), line.start + lead, line.start + lead + len(line.text.strip()))
    return None


CHECKED = re.compile(r"^\s*(?:\[\s*[xX✓✔/]\s*\]|\(\s*[xX✓✔/]\s*\)|[☑☒✓✔■●])\s*")
UNCHECKED = re.compile(r"^\s*(?:\[\s*\]|\(\s*\)|[☐□○])\s*")


def _category(segmented: Segmented) -> Text | None:
    """The category field; on a form listing every category, the one ticked."""
    for section in segmented.of_kind("category"):
        lines = [line for line in section_lines(section) if line.text.strip()]
        ticked = [line for line in lines if CHECKED.match(line.text)]
        if ticked or any(UNCHECKED.match(line.text) for line in lines):
            if not ticked:
                continue
            line = ticked[0]
            mark = CHECKED.match(line.text).end()
            return Text(line.text[mark:].strip(), line.start + mark, line.end)
        text = section_text(section)
        if text:
            return text
    return None


def _list_items(segmented: Segmented, kind: str) -> list[Text]:
    items: list[Text] = []
    for section in segmented.of_kind(kind):
        items.extend(split_items(section_lines(section)))
    return items


def _steps(segmented: Segmented) -> list[Text]:
    """Numbered steps of the steps sections; else the first numbered list of a narrative section."""
    sections = segmented.of_kind("steps")
    steps = [item for s in sections for item in split_items(section_lines(s), lists_only=True)]
    if steps:
        return steps
    for section in segmented.of_kind(*tables.templates()["steps_fallback"]["kinds"]):
        steps = split_items(section_lines(section), lists_only=True)
        if steps:
            return steps
    return [item for s in sections for item in split_items(section_lines(s))]


def _body_pieces(clean: CleanText, segmented: Segmented, with_title: bool) -> list[Text]:
    """The text of every section that is not a header field, as spans of the clean text."""
    pieces = []
    for section in segmented.sections:
        if section.kind in FIELD_KINDS and not (with_title and section.kind == "title"):
            continue
        lines = section_lines(section)
        if lines:
            start, end = lines[0].start, lines[-1].end
            pieces.append(Text(clean.text[start:end], start, end))
    return pieces


def extract(source: SourceText, clean: CleanText, segmented: Segmented, warnings: list[str]) -> Record:
    """Build the record; raise InputError when the text is not a knowledge record."""
    if not segmented.sections:
        raise InputError(source.path, "not a knowledge record (no known headings or labels found)")
    record = Record(id=source.path.stem, source=str(source.path), template=segmented.template,
                    encoding=source.encoding, clean=clean, source_text=source.text,
                    source_sha256=source.sha256)
    record.warnings = list(warnings)
    header = _header_lines(segmented)
    record.title = _first_text(segmented, "title") or (
        Text(header[-1].text.strip(), header[-1].start, header[-1].end) if header else None
    )
    record.category = _category(segmented) or _header_category(segmented)
    _extract_author(record, segmented)
    if record.title is None and record.author is None:
        raise InputError(source.path, "not a knowledge record (no title and no author found)")

    record.steps = _steps(segmented)
    for kind in LIST_KINDS:
        setattr(record, kind, _list_items(segmented, kind))

    titled = segmented.of_kind("title") or record.title is None
    pieces = _body_pieces(clean, segmented, with_title=True) + ([] if titled else [record.title])
    mentions = find_mentions(sorted(pieces, key=lambda piece: piece.start))
    record.principles = [m for m in mentions if kind_of(m) == "principle"]
    record.programmes = [m for m in mentions if kind_of(m) == "programme"]
    record.category_concept = link_category(record.category)
    record.quantities = find_quantities(_body_pieces(clean, segmented, with_title=False))
    for name in ("title", "author", "province"):
        if getattr(record, name) is None:
            record.warnings.append(f"no {name} found")
    return record


def verbatim(clean: CleanText, piece: Text) -> Text:
    """The clean text a value spans, exactly as it stands (a value joined from several lines keeps their line
    ends), so that an offset found in its text plus its start is an offset in the clean text."""
    return Text(clean.text[piece.start:piece.end], piece.start, piece.end)


def _extract_author(record: Record, segmented: Segmented) -> None:
    """Author, post, office, district, province, phone and date. The header fields are searched as they stand
    in the clean text (verbatim), since the spans of what is found in them are computed from offsets."""
    clean = record.clean
    assert clean is not None

    def texts(*kinds: str) -> list[Text]:
        return [verbatim(clean, text) for text in _texts(segmented, *kinds)]

    author_text = _first_text(segmented, "author")
    author_text = verbatim(clean, author_text) if author_text else None
    fields = split_inline_fields(author_text) if author_text else None
    if fields and fields.name:
        record.author = parse_author(fields.name.text)
        record.author_span = fields.name
    inline: dict[str, list[Text]] = dict(fields.fields) if fields else {}
    addresses: list[Text] = []
    for address in texts("address"):
        parts = split_inline_fields(address)
        addresses += [parts.name] if parts.name else []
        for kind, values in parts.fields.items():
            inline.setdefault(kind, []).extend(values)

    position_rest: list[Text] = []
    if inline.get("position"):
        piece = inline["position"][0]
        record.position, rest = parse_position(piece.text)
        if rest:
            offset = piece.text.rfind(rest)
            position_rest.append(Text(rest, piece.start + max(offset, 0), piece.end))

    places = inline.get("office", []) + position_rest + addresses
    places += ([author_text] if author_text else []) + texts("place")
    for piece in places:
        office = find_office(piece)
        if office:
            record.office, level, place = office
            start = record.office.end - len(place)
            if level == "district":
                record.district = Text(place, start, record.office.end)
            else:
                record.province = Text(place, start, record.office.end)
            break

    if record.district is None and record.office is None:
        for piece in places:
            record.district = find_place(piece, "district")
            if record.district:
                break
    if record.province is None:
        candidates = places + ([verbatim(clean, record.title)] if record.title else [])
        for piece in candidates:
            record.province = find_place(piece, "province")
            if record.province:
                break

    phones = texts("phone") + inline.get("phone", [])
    for piece in phones:
        record.phone = parse_phone(piece)
        if record.phone:
            break
    for piece in inline.get("date", []):
        iso = parse_date(piece.text)
        if iso:
            record.date = Text(iso, piece.start, piece.end)
            break
