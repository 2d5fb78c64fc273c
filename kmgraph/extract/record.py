"""Extract a Record's fields from a segmented record."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import tables
from ..model import Author, CleanText, InputError, Line, Record, Section, Segmented, SourceText, Text
from ..thai import compact, longest_first
from .authors import all_writers
from .dates import DateMatch, find_dates, parse_date
from .fields import HeaderFields, before_next_label, split_inline_fields
from .items import inline_steps, is_list_item, section_lines, section_text, split_items
from .letters import lexicon_prefix
from .link import find_mentions, kind_of, link_category
from .persons import parse_author, parse_position
from .phones import parse_phone
from .places import capital_district, find_office, find_place, opens_with_office, place_name
from .quantities import find_quantities
from .segment import NARRATIVE, run_on_label, value_lead

FIELD_KINDS = ("title", "author", "phone", "address", "place", "category", "problem_about", "date", "endorser")
MIN_THAI_SHARE = 0.3  # of the letters: below it a text is not a Thai record
THAI_SAMPLE = 2000  # characters looked at for it
CONTEXT_CHARS = 5000  # characters of a record read for places that tell an ambiguous district's province
LIST_KINDS = ("techniques", "cautions", "success_factors", "problems", "outcomes")
LINE_CACHE = 4096  # answers kept about lines of text that several readers ask about


def _first_text(segmented: Segmented, kind: str) -> Text | None:
    for section in segmented.of_kind(kind):
        text = section_text(section)
        if text:
            return text
    return None


def _section_spans(clean: CleanText, segmented: Segmented, *kinds: str) -> list[Text]:
    """Sections' values as they stand in the clean text, line breaks kept (a line break ends a name)."""
    spans = []
    for section in segmented.of_kind(*kinds):
        lines = [line for line in section_lines(section) if line.text.strip()]
        if lines:
            start, end = lines[0].start, lines[-1].end
            spans.append(Text(clean.text[start:end], start, end))
    return spans


def _texts(segmented: Segmented, *kinds: str) -> list[Text]:
    return [text for section in segmented.of_kind(*kinds) if (text := section_text(section))]


def _header_lines(segmented: Segmented) -> list[Line]:
    titles = _template_titles()
    return [line for line in segmented.header if line.text.strip() and compact(line.text) not in titles]


@lru_cache(maxsize=1)
def _template_titles() -> frozenset[str]:
    return frozenset(compact(t) for spec in tables.templates().templates.values() for t in spec.titles)


def _header_category(segmented: Segmented) -> Text | None:
    """A portal page's section name (its first line, above the title) stands for the record's category."""
    for name, spec in tables.templates().templates.items():
        if not spec.titles_are_category:
            continue
        keys = {compact(t) for t in spec.titles}
        lines = [line for line in segmented.header
                 if line.text.strip() and not _is_chrome(line.text) and not _is_site_name(line.text)]
        known = [line for line in lines if compact(line.text) in keys]
        if not known and segmented.template == name and len(lines) >= 2:
            known = lines[:1]
        for line in known:
            lead = len(line.text) - len(line.text.lstrip())
            return Text(line.text.strip(), line.start + lead, line.start + lead + len(line.text.strip()))
    return None


CHECKED = re.compile(r"^\s*(?:\[\s*[xX✓✔/]\s*\]|\(\s*[xX✓✔/]\s*\)|[☑☒✓✔■●])\s*")
UNCHECKED = re.compile(r"^\s*(?:\[\s*\]|\(\s*\)|[☐□○])\s*")
CROSSED = re.compile(r"^\s*[✗✘]\s*")


def _category(segmented: Segmented) -> Text | None:
    """The category field; on a form listing every category, the one ticked."""
    for section in segmented.of_kind("category"):
        lines = [line for line in section_lines(section) if line.text.strip()]
        ticked = [line for line in lines if CHECKED.match(line.text)]
        crossed = [line for line in lines if CROSSED.match(line.text)]
        if len(crossed) >= 2 and len(lines) - len(crossed) == 1:  # every line crossed out but the one chosen
            ticked = [line for line in lines if not CROSSED.match(line.text)]
            line = ticked[0]
            lead = len(line.text) - len(line.text.lstrip())
            return Text(line.text.strip(), line.start + lead, line.end)
        if ticked or any(UNCHECKED.match(line.text) for line in lines):
            if not ticked:
                continue
            line = ticked[0]
            mark = CHECKED.match(line.text).end()
            return Text(line.text[mark:].strip(), line.start + mark, line.end)
        text = section_text(section)
        if text:
            return _marked_option(text) or text
    return None


@lru_cache(maxsize=1)
def _option_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An option's number (หมวดที่ 3, ด้านที่ ๒) and a chosen-mark ending an option's text (lexicon.toml)."""
    spec = tables.lexicon().category_options
    words = "|".join(map(re.escape, longest_first(spec.option_words)))
    marks = "|".join(map(re.escape, longest_first(spec.chosen_marks)))
    return (re.compile(rf"(?<!\S)(?:{words})\s*[0-9๐-๙]{{1,2}}(?![0-9๐-๙])"),
            re.compile(rf"\s(?:{marks})\s*$"))


def _marked_option(text: Text) -> Text | None:
    """Of a category field listing the options (หมวดที่ 1 … หมวดที่ 2 … / หมวดที่ 3 …), the one option followed by
    a chosen-mark; None unless exactly one of two or more is marked."""
    numbers, mark = _option_patterns()
    starts = [match.start() for match in numbers.finditer(text.text)]
    if len(starts) < 2:
        return None
    marked = []
    for start, end in zip(starts, starts[1:] + [len(text.text)], strict=True):
        found = mark.search(text.text, start, end)
        if found:
            marked.append((start, text.text[start:found.start()].rstrip()))
    if len(marked) != 1:
        return None
    start, option = marked[0]
    return Text(option, text.start + start, text.start + start + len(option))


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
    for section in segmented.of_kind(*tables.templates().steps_fallback.kinds):
        steps = split_items(section_lines(section), lists_only=True)
        if steps:
            return steps
    if not sections:
        for section in segmented.of_kind(*FIELD_KINDS):
            steps = _list_after_field(section)
            if steps:
                return steps
    return [item for s in sections for item in split_items(section_lines(s))]


def _list_after_field(section: Section) -> list[Text]:
    """A numbered list standing, after a blank line, under a one-line field (สังกัด : OFFICE / blank / 1. … 2. …):
    not the field's value but the record's unlabelled steps (two at least)."""
    lines = list(section.lines)
    blank = next((index for index, line in enumerate(lines) if not line.text.strip()), None)
    if blank is None:
        return []
    after = [line for line in lines[blank:] if line.text.strip()]
    if not after or not is_list_item(after[0].text):
        return []
    steps = split_items(after, lists_only=True)
    return steps if len(steps) >= 2 else []


def _body_pieces(clean: CleanText, segmented: Segmented, with_title: bool) -> list[Text]:
    """The text of every section that is not a header field, as spans of the clean text."""
    pieces = []
    for section in segmented.sections:
        if section.kind in FIELD_KINDS and not (with_title and section.kind == "title"):
            continue
        lines = section_lines(section)
        if lines:
            start = lines[0].start
            for line, after in zip(lines, lines[1:], strict=False):
                if after.start < line.end or clean.text[line.end:after.start].strip():  # a column's lines: one
                    pieces.append(Text(clean.text[start:line.end], start, line.end))  # piece per run of them
                    start = after.start
            end = lines[-1].end
            pieces.append(Text(clean.text[start:end], start, end))
    return pieces


def _thai_share(text: str) -> float:
    """The share of Thai characters among the letters of text (its first THAI_SAMPLE characters)."""
    sample = text[:THAI_SAMPLE]
    thai = len(sample) - len(_THAI_CHARS.sub("", sample))
    not_thai = _THAI_BLOCK.sub("", sample)  # other letters are looked for outside the Thai block only
    letters = thai + len(not_thai) - len(_OTHER_LETTERS.sub("", not_thai))
    return thai / letters if letters else 0.0


_THAI_CHARS = re.compile("[\u0e01-\u0e4e]+")  # runs: removed at once, not character by character
_THAI_BLOCK = re.compile("[\u0e00-\u0e7f]+")
_OTHER_LETTERS = re.compile("[^\\W\\d_\u0e00-\u0e7f]")


def extract(source: SourceText, clean: CleanText, segmented: Segmented, warnings: list[str]) -> Record:
    """Build the record; raise InputError when the text is not Thai (anything a person can read is a record:
    Thai text in no known layout is read as a narrative, with a warning)."""
    if _thai_share(clean.text) < MIN_THAI_SHARE:
        raise InputError(source.path, "not a knowledge record (no Thai text)")
    record = Record(id=source.path.stem, source=str(source.path), template=segmented.template,
                    encoding=source.encoding, clean=clean, source_text=source.text,
                    source_sha256=source.sha256)
    record.warnings = list(warnings)
    if segmented.template == NARRATIVE:
        record.warnings.append("no known template: read as a narrative record")
    segmented = _sign_offs_as_header(_credits_as_authors(segmented))
    header = _header_lines(segmented)
    run_on = _extract_title(record, segmented, header)
    _extract_category(record, segmented)
    notes: list[Text] = []  # values of labels the reader does not know (หลักการ : …): body text
    _extract_author(record, segmented, header, notes, run_on)
    closing = _extract_date(record, segmented, header)

    body_lines = [] if _has_form(segmented) else _body_lines(header, record.title)
    story = body_lines or _body_lines(header, record.title)  # above a form: the story before its first heading
    record.steps = _steps(segmented) or split_items(story, lists_only=True)
    if len(record.steps) < 2:  # steps written inside the prose (ขั้นตอนที่ ๑ : … ขั้นตอนที่ ๒ : …, 1) … 2) …)
        prose = story + [line for section in segmented.of_kind(*tables.templates().steps_fallback.kinds,
                                                                     "steps") for line in section_lines(section)]
        record.steps = inline_steps(sorted(prose, key=lambda line: line.start)) or record.steps
    told = [line for line in story + [line for section in segmented.of_kind(*tables.templates().steps_fallback.kinds)
                                      for line in section.lines]  # the prose a narrative tells its sections in
            if _says_value(line.text)]
    for kind in LIST_KINDS:
        setattr(record, kind, _list_items(segmented, kind) or _labelled_lines(body_lines, kind)
                or _stated_items(told, kind))
    credit = _closing_credit(clean, segmented, header)
    if credit is not None:  # the lists end where the credit's line begins (an item run on into it cut there)
        begins = clean.text.rfind("\n", 0, credit.start) + 1
        opening = clean.text[begins:credit.start + 1].strip()
        for kind in ("steps", *LIST_KINDS):
            setattr(record, kind, _cut_before(getattr(record, kind), begins, opening))
    if closing is not None:
        for kind in ("steps", *LIST_KINDS):
            setattr(record, kind, _cut_at(getattr(record, kind), closing))

    titled = segmented.of_kind("title") or record.title is None
    story_lines = body_lines or _header_prose(header, record.title, clean.text)
    body = [Text(line.text, line.start, line.end) for line in story_lines]
    pieces = _body_pieces(clean, segmented, with_title=True) + ([] if titled else [record.title]) + body + notes
    mentions = find_mentions(sorted(pieces, key=lambda piece: piece.start))
    record.principles = [m for m in mentions if kind_of(m) == "principle"]
    record.programmes = [m for m in mentions if kind_of(m) == "programme"]
    record.category_concept = link_category(record.category)
    record.quantities = find_quantities(sorted(_body_pieces(clean, segmented, with_title=False) + body,
                                               key=lambda piece: piece.start))
    for name in ("title", "author", "province"):
        if getattr(record, name) is None:
            record.warnings.append(f"no {name} found")
    return record


def _extract_title(record: Record, segmented: Segmented, header: list[Line]) -> list[Text]:
    """The title: a title field's value, cut where another field's label begins on its line (the fields it runs
    on into are returned, to be read with the author's), else the header line guessed to be the title."""
    clean = record.clean
    assert clean is not None
    title_section = _first_text(segmented, "title")
    if title_section is None:
        record.title = _guess_title(header, segmented, clean.text)
        if record.title:
            record.found_by["title"] = "guessed"
        return []
    run_on: list[Text] = []
    value = _title_value_alone(segmented)
    if value is not None and len(title_section.text) > MAX_TITLE:  # the story runs on under ชื่องาน : TITLE
        title_section = value
    one_line = "\n" not in clean.text[title_section.start:title_section.end]
    whole = verbatim(clean, title_section) if one_line else title_section
    title = before_next_label(whole)
    if title.end < whole.end and one_line:
        rest = clean.text[title.end:whole.end]
        lead = len(rest) - len(rest.lstrip())
        run_on.append(Text(rest.strip(), title.end + lead, title.end + lead + len(rest.strip())))
    record.title = _clean_title(title)
    record.found_by["title"] = "label"
    return run_on


def _title_value_alone(segmented: Segmented) -> Text | None:
    """The value written on a title field's own line (ชื่องาน : TITLE), without the lines below it."""
    section = segmented.of_kind("title")[0]
    value = section.value.strip()
    if not value:
        return None
    start = section.value_start + section.value.index(value)
    return Text(value, start, start + len(value))


def _credits_as_authors(segmented: Segmented) -> Segmented:
    """A closing credit read as a title field (เรื่อง : นายณัฐพล ใจกล้า / นักวิชาการพัฒนาชุมชน… สพอ.…): a value that is
    a person's name alone with a post title on the line below it names the author, not the title."""
    sections = segmented.sections
    credits = []
    for index, section in enumerate(sections):
        if section.kind != "title" or not _is_name_line(section.value.strip()):
            continue
        below = [line for later in sections[index:index + 2] for line in later.lines if line.text.strip()]
        if below and lexicon_prefix(below[0].text.strip(), tables.lexicon().post_titles) is not None:
            credits.append(section)  # the post may open the next section (a dated line below it opens the body)
    if not credits:
        return segmented
    return replace(segmented, sections=tuple(replace(section, kind="author") if section in credits else section
                                             for section in sections))


def _sign_offs_as_header(segmented: Segmented) -> Segmented:
    """A foreword's sign-off (คำนำ … / ผู้จัดทำ) read as an owner's label with no name: when a later owner field
    names someone, the lines under the sign-off (the record's title, on a book's page) are header lines."""
    authors = segmented.of_kind("author")
    named = [section for section in authors if section.value.strip()]
    blank = [section for section in authors if not section.value.strip() and named
             and section.heading_start < named[-1].heading_start
             and not any(_names_someone(line.text) for line in section.lines if line.text.strip())]
    if not blank:
        return segmented
    header = tuple(sorted([*segmented.header, *(line for section in blank for line in section.lines)],
                          key=lambda line: line.start))
    return replace(segmented, header=header,
                   sections=tuple(section for section in segmented.sections if section not in blank))


def _extract_category(record: Record, segmented: Segmented) -> None:
    record.category = _category(segmented)
    if record.category:
        record.found_by["category"] = "label"
        return
    record.category = _header_category(segmented)
    if record.category:
        record.found_by["category"] = "lexicon"  # a portal's section line above the title


def verbatim(clean: CleanText, piece: Text) -> Text:
    """The clean text a value spans, exactly as it stands (a value joined from several lines keeps their line
    ends), so that an offset found in its text plus its start is an offset in the clean text."""
    return Text(clean.text[piece.start:piece.end], piece.start, piece.end)


def _extract_author(record: Record, segmented: Segmented, header: list[Line], record_notes: list[Text],
                    run_on: list[Text]) -> None:
    """Author, post, office, places and phone: from labelled fields first, then from what the words of the header
    are (a byline, a profile, an organization named in the title), places completed from the gazetteer. The
    header fields are searched as they stand in the clean text (verbatim), since the spans of what is found in
    them are computed from offsets."""
    clean = record.clean
    assert clean is not None

    def texts(*kinds: str) -> list[Text]:
        return [verbatim(clean, text) for text in _texts(segmented, *kinds)]

    sources = [("label", text) for text in run_on] + _author_sources(clean, segmented, header, record.title)
    found = record.found_by
    inline: dict[str, list[Text]] = {}
    writer_texts = [text for how, text in sources if how == "label"]  # where the co-writers are named
    labelled: set[int] = set()  # starts of values read after a label; the others were known by their words
    for how, text in sources:
        fields = split_inline_fields(_without_item_number(text))
        author = None
        if not (fields.name and fields.name.text.strip()) and fields.fields.get("author"):
            inner = split_inline_fields(fields.fields["author"][0])  # ชื่อ-สกุล เจ้าของความรู้ NAME: labels in a row
            fields = HeaderFields(inner.name, {**fields.fields, **inner.fields}, fields.labelled | inner.labelled)
        if not (fields.name and fields.name.text.strip()) and fields.fields.get("position"):
            fields = _name_after_post(fields)  # นักวิชาการพัฒนาชุมชนชำนาญการ นายสมชาย ใจดี
        if fields.name and _names_someone(fields.name.text):
            author = parse_author(fields.name.text)
            span = fields.name
        elif not (fields.name and fields.name.text.strip()) and fields.fields.get("office"):
            office = find_office(fields.fields["office"][0])
            if office:
                author, span = Author("organization", office[0].text), office[0]
        if record.author is None and author is not None:
            record.author, record.author_span, found["author"] = author, span, how
            writer_texts.append(text)
            if how == "guessed":
                record.warnings.append(f"author {author.name} guessed from the organization the title or the text "
                                       "opens with")
        if record.author is not None and how == found.get("author") or how == "label":
            for kind, values in fields.fields.items():
                inline.setdefault(kind, []).extend(values)
            labelled |= fields.labelled
    if record.author is None and (owner := _site_owner(header)) is not None:
        record.author, record.author_span, found["author"] = Author("organization", owner.text), owner, "lexicon"
    record_notes.extend(inline.get("other", []))
    if record.author and record.author.kind == "person" and not record.author.honorific:
        record.author = _honorific_from_text(record.author, record.clean.text if record.clean else "")

    addresses: list[Text] = []
    for address in texts("address"):
        parts = split_inline_fields(address)
        addresses += [parts.name] if parts.name else []
        # everything in an address section's value follows its label (ที่อยู่ : กลุ่มงาน… สำนักงาน…)
        labelled |= {address.start} | {value.start for values in parts.fields.values() for value in values}
        for kind, values in parts.fields.items():
            inline.setdefault(kind, []).extend(values)

    position_rest: list[Text] = []
    if inline.get("position"):
        piece = inline["position"][0]
        record.position, rest = parse_position(piece.text)
        found["position"] = _how(found, piece, labelled)
        if rest:
            offset = piece.text.rfind(rest)
            position_rest.append(Text(rest, piece.start + max(offset, 0), piece.end))
            _place_of_post(record, position_rest[-1])

    author_text = record.author_span
    places = inline.get("office", []) + position_rest + addresses + inline.get("place", [])
    place_fields = texts("place")
    places += ([author_text] if author_text else []) + place_fields
    for piece in places:
        office = find_office(piece)
        if office:
            record.office, level, place = office
            found["office"] = _how(found, piece, labelled | {p.start for p in place_fields})
            start = record.office.end - len(place)
            if level == "district":
                record.district = Text(place, max(start, record.office.start), record.office.end)
                found["district"] = found["office"]
            else:
                record.province = Text(place, max(start, record.office.start), record.office.end)
                found["province"] = found["office"]
            break
    if record.author and record.author.kind == "organization" and record.office is None:
        office = find_office(author_text) if author_text else None
        if office:
            record.office = office[0]

    if record.office is None:  # the department itself, after an executive's post (รองอธิบดีกรมการพัฒนาชุมชน)
        record.office = _department_in(inline.get("office", []) + position_rest)
    if record.office is None:
        _office_of_page(record, header)
    labelled = {id(piece) for piece in place_fields + addresses + inline.get("place", [])}
    if record.district is None and record.office is None or record.district is None and record.province:
        for piece in places:  # a labelled place is read as written; a district named in prose must be known
            record.district = find_place(piece, "district", known_only=id(piece) not in labelled)
            if record.district:
                found["district"] = found.get("author", "label")
                break
    if record.province is None:
        for piece in places:
            record.province = find_place(piece, "province")
            if record.province:
                found["province"] = found.get("author", "label")
                break
    if record.province is None and record.district is not None:
        context = "\n".join([piece.text for piece in places] + [line.text for line in header]
                            + [record.clean.text[:CONTEXT_CHARS] if record.clean else ""])
        record.province = _province_of_district(record, context)
    if record.district is not None and record.province is not None:
        capital = capital_district(record.district.text, "จังหวัด" + record.province.text)
        if capital:
            record.district = Text(capital, record.district.start, record.district.end)
            if record.office and record.office.text.endswith(tables.lexicon().gazetteer.capital_district_word):
                record.office = Text(tables.lexicon().offices.district_canonical + capital,
                                     record.office.start, record.office.end)
    if record.province is None and record.title is not None:
        record.province = find_place(verbatim(clean, record.title), "province")
        if record.province:
            found["province"] = "guessed"

    phones = texts("phone") + inline.get("phone", [])
    for piece in phones:
        record.phone = parse_phone(piece)
        if record.phone:
            found["phone"] = "label"
            break
    if record.phone is None:  # a number written without its label, in the header or the author's lines
        unlabelled = [text for _, text in sources] + [Text(line.text, line.start, line.end) for line in header]
        for piece in unlabelled:
            record.phone = parse_phone(piece)
            if record.phone:
                found["phone"] = "lexicon"
                break
    for piece in inline.get("date", []):
        iso = parse_date(piece.text)
        if iso:
            record.date = Text(iso, piece.start, piece.end)
            found["date"] = "label"
            break
    record.authors = all_writers(record, writer_texts)


_ITEM_NUMBER = re.compile(r"^\s*[0-9๐-๙]{1,2}\s?[.)]\s*")


def _without_item_number(text: Text) -> Text:
    """An author field whose value is a numbered list of names (ชื่อเจ้าของความรู้ / 1) นาย… / 2) นาง…): the
    first name without its number (taken for a numbered item of the header, it would hide the name)."""
    number = _ITEM_NUMBER.match(text.text)
    if number is None or not compact(text.text[number.end():]).startswith(_honorific_keys()):
        return text
    return Text(text.text[number.end():], text.start + number.end(), text.end)


def _labelled_lines(lines: list[Line], kind: str) -> list[Text]:
    """A narrative's lines that open with a section's label and run on with its value (ผลลัพธ์ กลุ่มลด…,
    ปัจจัยแห่งความสำเร็จ คือ …): the values, one item each."""
    items: list[Text] = []
    for line in lines:
        found = run_on_label(line.text, (kind,))
        if found:
            at = found[1] + (value_lead(line.text[found[1]:]) or 0)
            value = line.text[at:].rstrip()
            if value:
                items.append(Text(value, line.start + at, line.start + at + len(value)))
    return items




@lru_cache(maxsize=8)
def _statement(kind: str) -> re.Pattern[str]:
    """A section's label said in prose and its value after "คือ" (… และเสริมว่าสิ่งที่ต้องระวังคือ อย่าเร่ง…)."""
    labels = [label.rstrip("#:=@") for label in tables.templates().sections[kind].labels]
    words = "|".join(map(re.escape, longest_first(labels)))
    copulas = "|".join(map(re.escape, tables.lexicon().text.value_leads))
    return re.compile(rf"(?:{words})\s?(?:{copulas})\s*(?=\S)")


@lru_cache(maxsize=1)
def _value_lead_words() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, tables.lexicon().text.value_leads)) or "(?!)")


def _says_value(text: str) -> bool:
    """Whether a line holds a word that leads a value said in prose (คือ, ได้แก่): most lines do not."""
    return _value_lead_words().search(text) is not None


def _stated_items(lines: list[Line], kind: str) -> list[Text]:
    """Items a narrative states in its prose, a section's label then "คือ" and the value to the line's end
    (ผลที่เกิดขึ้นคือ ร้านค้า…, สิ่งที่ต้องระวังคือ …): one item a line."""
    items: list[Text] = []
    pattern = _statement(kind)
    for line in lines:
        found = pattern.search(line.text)
        if found:
            value = line.text[found.end():].rstrip()
            items.append(Text(value, line.start + found.end(), line.start + found.end() + len(value)))
    return items


def _office_of_page(record: Record, header: list[Line]) -> None:
    """No office or district with the author: the district office a page's short header lines name (a site's
    "ข่าวกิจกรรม สพอ.กุยบุรี"), else the district a news dateline opens with, if the gazetteer knows it."""
    from .gazetteer import gazetteer

    for line in header:
        if len(line.text) > MAX_BYLINE:
            continue
        office = find_office(Text(line.text, line.start, line.end))
        if (office and office[1] == "district" and gazetteer().districts_named(office[2])
                and (record.district is None or record.district.text == office[2])):
            record.office, _, place = office
            record.found_by["office"] = "lexicon"
            if record.district is None:  # the span of the place's name, the office's last words
                record.district = Text(place, max(record.office.end - len(place), record.office.start),
                                       record.office.end)
                record.found_by["district"] = "lexicon"
            return
    for line in header if record.district is None else []:
        news = _news_dateline(line.text)
        if news and gazetteer().districts_named(news[0].group("place")):
            start = line.start + news[0].start("place")
            record.district = Text(news[0].group("place"), start, start + len(news[0].group("place")))
            record.found_by["district"] = "lexicon"
            return


def _department_in(pieces: list[Text]) -> Text | None:
    """The department named as an office (สังกัด กรมการพัฒนาชุมชน, a post's rest): an office with no place."""
    department = tables.lexicon().offices.department
    for piece in pieces:
        lead = len(piece.text) - len(piece.text.lstrip())
        if piece.text.startswith(department, lead):
            return Text(department, piece.start + lead, piece.start + lead + len(department))
    return None


def _how(found: dict[str, str], piece: Text, labelled: set[int]) -> str:
    """How a value was found: after a label, else by its words (lexicon), unless the author itself was guessed."""
    if found.get("author") == "guessed":
        return "guessed"
    return "label" if piece.start in labelled else "lexicon"


def _name_after_post(fields: HeaderFields) -> HeaderFields:
    """A header that opens with the post and names the person after it: the name is what follows the post."""
    piece = fields.fields["position"][0]
    _, rest = parse_position(piece.text)
    line = rest.split("\n", 1)[0].strip()
    if not line or not _names_someone(line):
        return fields
    start = piece.start + piece.text.find(line)
    post = Text(piece.text[: start - piece.start].strip(), piece.start, start)
    return HeaderFields(Text(line, start, start + len(line)), {**fields.fields, "position": [post]})


def _place_of_post(record: Record, rest: Text) -> None:
    """A post named after its place (พัฒนาการอำเภอสวี, พัฒนาการจังหวัดน่าน): the place is the record's."""
    places = tables.lexicon().places
    if record.position is None:
        return
    for level in ("district", "province"):
        if record.position.title.endswith(places.level(level)):
            name, used = place_name(rest.text, level, known_only=True)
            if name:
                lead = len(rest.text) - len(rest.text.lstrip())
                setattr(record, level, Text(name, rest.start + lead, rest.start + max(used, lead)))
                record.found_by[level] = "lexicon"


def _extract_date(record: Record, segmented: Segmented, header: list[Line]) -> int | None:
    """The record's date: a date field (เขียนเมื่อ, บันทึก ณ วันที่ …), else a dateline among the header lines
    (not a host's upload stamp or a counter), else the date the record's last line closes with. For that last
    one, where its words begin is returned (the item it ran on into is cut there)."""
    if record.date is not None:
        return None
    for piece in _texts(segmented, "date"):
        iso = parse_date(piece.text)
        if iso:
            record.date = Text(iso, piece.start, piece.end)
            record.found_by["date"] = "label"
            return None
    dated = _dateline(header)
    if dated:
        record.date = dated
        record.found_by["date"] = "lexicon"
        return None
    assert record.clean is not None
    closing = _closing_date(record.clean.text)
    if closing is None:
        return None
    record.date, lead_start = closing
    record.found_by["date"] = "label"
    return lead_start


_THAI_LETTER_ANY = re.compile("[ก-ฮ]")


def _closing_date(text: str) -> tuple[Text, int] | None:
    """The date a record's last line of Thai ends with, after a closing lead (บันทึก ณ วันที่ 12 มี.ค. 63, … ณ
    วันที่ ๑๒ มีนาคม ๒๕๖๓): the date and where its lead begins. Lines with no Thai letter after it (a page
    number, a viewer's footer) do not count."""
    end = len(text)
    repeated = _repeated_lines(text)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _THAI_LETTER_ANY.search(line) and _line_key(line) not in repeated:  # a running head is not the last line
            break
        alone = _date_alone(line)
        if alone is not None:  # a post's footer date in English, alone on its line (July 15, 2016)
            return Text(alone.iso, start + alone.start, start + alone.end), start + alone.start
        end = start - 1
    else:
        return None
    found = find_dates(line)
    if not found or line[found[-1].end:].strip(" .)]") or found[-1].month_only:
        return None
    date = found[-1]
    before = line[: date.start].rstrip()
    if not before and not _is_number_only(line[date.start:date.end]):  # a date alone closing the record (๑๒ ก.ค. ๖๖)
        return Text(date.moment, start + date.start, start + date.end), start + date.start
    squeezed = re.sub(r"\s+", " ", before)
    for lead in longest_first(tables.lexicon().dates.closing_leads):
        if squeezed.endswith(lead) and (len(squeezed) == len(lead) or not squeezed[-len(lead) - 1].isalnum()):
            lead_start = _start_of_tail(before, lead)
            return Text(date.moment, start + date.start, start + date.end), start + lead_start
    return None


def _date_alone(line: str) -> DateMatch | None:
    """A date with a month's name that is all a line holds (July 15, 2016; 15 ก.ค. 2559), not a numeric stamp."""
    found = find_dates(line)
    if len(found) != 1 or found[0].form not in DATELINE_FORMS or len(found[0].iso) != len("YYYY-MM-DD"):
        return None
    return found[0] if not (line[:found[0].start] + line[found[0].end:]).strip(" .,|–-") else None


MIN_DATED_TITLE = 20  # characters: a title with no title word written next to its date is at least this long


def _title_beside_date(text: str) -> str | None:
    """A post's title with its date written before or after it on the same line (การทำน้ำหมัก… 15 ก.ค. 2559):
    the title, when what is left is a title (a title word, or long enough) and not a dateline's lead."""
    found = [date for date in find_dates(text) if date.form in DATELINE_FORMS]
    if len(found) != 1 or found[0].lead:
        return None
    date = found[0]
    if not text[date.end:].strip(" .,|–-()"):
        title = text[:date.start].rstrip(" ,|–-(")
    elif not text[:date.start].strip(" .,|–-()"):
        title = text[date.end:].lstrip(" .,|–-)")
    else:
        return None
    _, _, byline_starts, title_words = _chrome()
    if not _THAI_CHARS.match(title) or title.startswith(byline_starts) or _is_chrome(title):
        return None
    return title if any(word in title for word in title_words) or len(title) >= MIN_DATED_TITLE else None


def _is_number_only(text: str) -> bool:
    """A date written in digits alone (12/07/66): alone on a line it may be a page's stamp, not a closing date."""
    return not _THAI_LETTER_ANY.search(text) and not re.search("[A-Za-z]", text)


def _start_of_tail(text: str, tail: str) -> int:
    """Where text's last characters spelling tail (spaces aside) begin."""
    wanted = len(tail.replace(" ", ""))
    index = len(text)
    while wanted > 0 and index > 0:
        index -= 1
        if not text[index].isspace():
            wanted -= 1
    return index


def _cut_before(items: list[Text], at: int, opening: str) -> list[Text]:
    """Items before a credit line closing them: the one it runs on into cut where the line's opening words stand in
    it (a byline above the items leaves them be)."""
    if not items or items[0].start >= at:
        return items
    kept = []
    for item in items:
        if item.start >= at:
            continue
        if item.end > at and opening and (where := item.text.find(opening)) >= 0:
            text = item.text[:where].rstrip()
            if not text:
                continue
            item = Text(text, item.start, item.start + len(text))
        kept.append(item)
    return kept


def _cut_at(items: list[Text], at: int) -> list[Text]:
    """Items with the one running on into a closing date cut before it (an item left empty dropped)."""
    kept = []
    for item in items:
        if item.start < at < item.end:  # counted from the end: the item's text may be repaired before the date
            text = item.text[: max(len(item.text) - (item.end - at), 0)].rstrip()
            if not text:
                continue
            item = Text(text, item.start, item.start + len(text))
        elif item.start >= at:
            continue
        kept.append(item)
    return kept


# --- header lines: titles, bylines, profiles, datelines --------------------------------------------------------

_TAG = re.compile(r"\{\{[^{}]{0,40}\}\}")
_QUOTES = "“”\"'‘’«»"


@lru_cache(maxsize=1)
def _chrome() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Page chrome (lines that are a site's, not the record's), menu words, byline openers, title words."""
    spec = tables.templates().chrome
    pattern = re.compile("|".join(f"(?:{p})" for p in spec.line_patterns), re.I)
    return (pattern, frozenset(compact(w) for w in spec.menu_words), tuple(spec.byline_starts),
            tuple(tables.templates().title_words.words))


@lru_cache(maxsize=LINE_CACHE)
def _is_chrome(text: str) -> bool:
    """A line of page chrome: no Thai, a menu, a counter, a host's banner or stamp, a dateline (asked of a header
    line by the title's, the category's and the body's readers: answered once)."""
    pattern, menu, _, _ = _chrome()
    stripped = text.strip()
    if not stripped or not _THAI_CHARS.search(stripped, 0, THAI_SAMPLE) or pattern.search(stripped[:MAX_CHROME]):
        return True
    if len(stripped) > MAX_CHROME:
        return False  # prose
    words = [compact(w) for w in re.split(r"[\s|»«·•/]+", stripped) if w]
    if words and sum(1 for w in words if w in menu) * 2 >= len(words):
        return True
    return len(stripped) < CHROME_DATELINE and _dateline_in(stripped) is not None


@lru_cache(maxsize=LINE_CACHE)
def _is_site_name(text: str) -> bool:
    """A line opening with an office's name (a site's name, a book's publisher), not a knowledge title."""
    _, _, _, title_words = _chrome()
    if opens_with_office(text):
        return not any(word in text for word in title_words[:1])
    if len(text) > MAX_NAME:
        return False
    office = find_office(Text(text, 0, len(text)))  # a blog's name: KM ศูนย์ฯพิษณุโลก
    if office is None or office[0].end != len(text):
        return False
    # a column's or series' head naming its centre or office (เรื่องเล่าจากพื้นที่ ศพช.อุบลราชธานี), not a title
    before = text[:office[0].start]
    return not _THAI_CHARS.search(before) or not any(word in before for word in title_words)


@lru_cache(maxsize=1)
def _title_tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A site's article tools glued to a title's end (PDF พิมพ์ อีเมล, Hits: 12), and the words a story's first
    sentence opens with (ก่อนหน้านี้, ข้าพเจ้า …), from templates.toml [title_tails]."""
    with open(tables.DATA_DIR / "templates.toml", "rb") as handle:
        spec = tables.tomllib.load(handle)["title_tails"]
    tools = "|".join(f"(?:{pattern})" for pattern in spec["patterns"])
    openers = "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in longest_first(spec["run_on_openers"]))
    return re.compile(rf"(?:\s*(?<![A-Za-z])(?:{tools})(?![A-Za-z]))+\s*$", re.I), re.compile(openers)


MIN_RUN_ON_TITLE = 8  # characters: a title run on into the story is at least this long


def _run_on_title(text: str) -> str | None:
    """A line far longer than a title that opens with one run on into the story (…ชันโรงก่อนหน้านี้ข้าพเจ้าทำงาน…):
    the title, ended where the first sentence opener begins, if it then fits a title."""
    _, openers = _title_tails()
    opener = openers.search(text, MIN_RUN_ON_TITLE, MAX_TITLE)
    if opener is None:
        return None
    title = text[:opener.start()].rstrip()
    return title if len(title) >= MIN_RUN_ON_TITLE and _THAI_CHARS.search(title) else None


@lru_cache(maxsize=1)
def _title_leads() -> tuple[re.Pattern[str], tuple[str, ...], frozenset[str]]:
    """A loose title label opening a line (องค์ความรู้ TITLE), the nouns a story's clause opens with and the words
    that govern such a noun, from templates.toml [title_tails]."""
    with open(tables.DATA_DIR / "templates.toml", "rb") as handle:
        spec = tables.tomllib.load(handle)["title_tails"]
    labels = "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in longest_first(spec["loose_title_labels"]))
    lead = re.compile(rf"^\s*(?:{labels})(?:\s*:\s*|\s+)(?=[\u0e01-\u0e4e\"“])")
    return lead, tuple(spec["clause_subjects"]), frozenset(spec["governing_words"])


@lru_cache(maxsize=1)
def _series_phrases() -> frozenset[str]:
    """Series phrases set above a record's own title on a cover or heading (templates.toml [title_tails])."""
    with open(tables.DATA_DIR / "templates.toml", "rb") as handle:
        return frozenset(compact(p) for p in tables.tomllib.load(handle)["title_tails"]["series_phrases"])


def _after_title_label(text: str) -> int | None:
    """Where the title begins on a line opening with a loose title label (องค์ความรู้ การทำ…), else None."""
    match = _title_leads()[0].match(text)
    return match.end() if match else None


LONG_TITLE_RUN = 90  # characters of Thai with no space: longer than any title's run (the longest seen: 81)


def _clause_cut(text: str) -> str | None:
    """A title run on into a story's clause with no separator (…ริมแม่น้ำท่าจีนชาวบ้านริมน้ำรวมกลุ่ม…): the title, ended
    at the first clause subject newmm finds at a word boundary, when a run of the line is far longer than a title's
    and the word before the subject does not govern it."""
    if max((len(run) for run in text.split()), default=0) <= LONG_TITLE_RUN:
        return None
    _, subjects, governing = _title_leads()
    if not any(subject in text for subject in subjects):
        return None
    from pythainlp.tokenize import word_tokenize  # only for a line that shows the damage

    at = 0
    previous = ""
    for word in word_tokenize(text, engine="newmm", keep_whitespace=True):
        if at >= MIN_RUN_ON_TITLE and word.startswith(subjects) and previous not in governing:
            title = text[:at].rstrip()
            return title if len(title) >= MIN_RUN_ON_TITLE else None
        at += len(word)
        if at > MAX_TITLE:
            return None
        if word.strip():
            previous = word
    return None


def _clean_title(title: Text) -> Text:
    """A title without {{tags}}, stray or enclosing quotes, a "KM :" prefix, or a byline after " : "; its span
    shrinks with what is cut from either end."""
    text, start, end = title.text, title.start, title.end

    def cut(head: int = 0, tail: int = 0) -> None:
        nonlocal text, start, end
        text, start, end = text[head:len(text) - tail], start + head, end - tail

    while (tag := _TAG.match(text)) or text[:1].isspace():
        cut(head=tag.end() if tag else 1)
    while (tag := _TAG.search(text)) and tag.end() == len(text.rstrip()) or text[-1:].isspace():
        cut(tail=len(text) - tag.start() if tag and tag.end() == len(text.rstrip()) else 1)
    text = _TAG.sub("", text)  # a tag inside the title (rare): its span keeps the tag
    tools = _title_tails()[0].search(text)
    if tools is not None and tools.start() > 0 and _THAI_CHARS.search(text, 0, tools.start()):
        cut(tail=len(text) - tools.start())  # Joomla's icons (PDF พิมพ์ อีเมล) after the title
    for match in re.finditer(r"\s[:|–-]\s", text):
        after = text[match.end():]
        parts = split_inline_fields(Text(after, 0, len(after)))
        if parts.fields.get("position") or parts.fields.get("office"):
            cut(tail=len(text) - match.start())
            break
    else:
        byline = _byline_in(Text(text, 0, len(text)))
        if byline is not None and byline.start > 0:  # a byline run on after the title with no separator
            cut(tail=len(text) - byline.start)
        elif (by := _BY_NAME.search(text)) and _is_name_line(text[by.end():].strip()):
            cut(tail=len(text) - by.start())  # a listing's teaser: TITLE โดยนายสมชาย ใจดี
    prefix = re.match(r"^\s*(?:(?:KM|เรื่อง)\s*:|เรื่อง\s)\s*", text, re.I)
    if prefix:
        cut(head=prefix.end())
    if (label_end := _after_title_label(text)) is not None:
        cut(head=label_end)  # องค์ความรู้ TITLE, ความรู้เรื่อง TITLE
    while text[:1] in _QUOTES and text or text[:1].isspace():
        cut(head=1)
    while text and (text[-1] in _QUOTES or text[-1].isspace() or text[-1] in ".…"):
        cut(tail=1)
    return Text(text, start, max(start, end))


_IMAGE_NAME = re.compile(r"\s*\S+\.(?:jpe?g|png|gif|webp|bmp)(?=[\u0e01-\u0e4e])", re.I)
_BY_NAME = re.compile(r"\sโดย\s*(?=\S)")


def _guess_title(header: list[Line], segmented: Segmented, clean_text: str) -> Text | None:
    """The first prominent header line that is not chrome, a byline, a dateline, a site or office name or the
    category line: on a page with no form the first such line (its headline); above a form the first with a
    title word (เทคนิค, การ …), else the last header line."""
    running = _running_head_title(header)
    if running is not None:
        return running
    category = _header_category(segmented)
    _, _, byline_starts, title_words = _chrome()
    candidates: list[Line] = []
    prose = _paragraph_lines(header, clean_text)
    repeated = _repeated_lines(clean_text)
    for line in header:
        if image := _IMAGE_NAME.match(line.text):  # an image's file name glued to the title (…_prasert.jpgประชาคม)
            line = Line(line.start + image.end(), line.text[image.end():])
        text = line.text.strip()
        if len(text) <= MAX_TITLE and (label_end := _after_title_label(line.text)) is not None:
            line = Line(line.start + label_end, line.text[label_end:])  # องค์ความรู้ TITLE: never a menu or a name
            if not _is_site_name(line.text.strip()) and not _is_byline(line.text.strip()):
                candidates.append(line)
            continue
        if line.start in prose:
            continue  # a line of a paragraph wrapped over several lines is the story, not a title
        if len(text) > MAX_TITLE:
            if candidates:
                break
            run_on = None if _is_chrome(text) else _run_on_title(text)
            if run_on is not None:  # a title run on into the story's first sentence
                lead = len(line.text) - len(line.text.lstrip())
                candidates.append(Line(line.start + lead, run_on))
                break
            continue
        if not candidates and (clause := _clause_cut(text)) is not None and not _is_chrome(text):
            lead = len(line.text) - len(line.text.lstrip())
            candidates.append(Line(line.start + lead, clause))  # a title run on into a clause of the story
            break
        if max((len(run) for run in text.split()), default=0) > LONG_TITLE_RUN:
            continue  # a run of Thai longer than any title's with no clause cut in it: a sentence of the story
        if text and len(text) < CHROME_DATELINE and (dated := _title_beside_date(text)) is not None:
            at = line.text.find(dated)
            candidates.append(Line(line.start + at, dated))  # a post's title with its date beside it
            continue
        if not text or _is_chrome(text) or text.startswith(byline_starts):
            continue
        if category and category.text == text or _is_site_name(text) or _is_byline(text):
            continue
        if is_list_item(text) or _news_dateline(text):
            continue  # a numbered step (1) รวมกลุ่ม… 2) …) or a news story's lead is the body, not a title
        if _is_name_line(text):
            continue  # a person's name alone (a cover's owner, a book's uploader) is not a title
        if _line_key(text) in repeated:
            continue  # a blog's, site's or book's name repeats on its pages (alone or with a page number)
        candidates.append(line)
    index_end = _page_index_end(header, clean_text)
    if index_end is not None and any(line.start > index_end for line in candidates):
        candidates = [line for line in candidates if line.start > index_end]  # a book's cover is above its index
    # lines mostly in other letters (a host's banner, an English menu) only when no Thai line will do
    candidates.sort(key=lambda line: _thai_share(line.text) < MOSTLY_THAI)
    crumbs = _breadcrumb_ends(header)
    named = [line for line in candidates if compact(line.text) in crumbs] if crumbs else []
    if named:  # the line a site's breadcrumb ends with (Home » TITLE) is the page's title
        chosen = named[0]
    elif not _has_form(segmented):  # a page with no form: its headline comes first
        chosen = _with_place_line(candidates[0], header, clean_text) if candidates else None
        if chosen is not None and compact(chosen.text).strip(_QUOTES + ".:") in _series_phrases():
            chosen = _with_title_block(chosen, header, candidates, clean_text)  # a series phrase over the title
    else:  # above a form: the title is the last line opening with a title word, else the last holding one (a
        # portal's section line and a book's cover lines come first; a generic heading, บทเรียนจากการทำงาน, after)
        worded = [line for line in candidates if any(word in line.text for word in title_words)]
        bylined = _over_a_byline(candidates, header, clean_text)
        opening = (line for line in reversed(worded) if line.text.lstrip(_QUOTES + " ").startswith(title_words))
        chosen = bylined[0] if bylined else next(opening, worded[-1] if worded else None)
        if chosen is None and candidates:  # no title word: the last line that can be a title (not a sentence)
            chosen = candidates[-1]
        if chosen is not None:
            chosen = _with_title_block(chosen, header, candidates, clean_text)
    if chosen is None:
        usable = [line for line in header if line.text.strip() and not _is_chrome(line.text)
                  and len(line.text.strip()) <= MAX_TITLE]
        chosen = usable[-1] if usable and segmented.sections else None
    if chosen is None:
        return None
    lead = len(chosen.text) - len(chosen.text.lstrip())
    title = _clean_title(Text(chosen.text.strip(), chosen.start + lead, chosen.end))
    return title if title.text else None


_PAGE_NUMBER = re.compile(r"[\s0-9๐-๙]+$")


def _line_key(text: str) -> str:
    """A line as it repeats on a book's or blog's pages: compact, without a page number at its end."""
    return compact(_PAGE_NUMBER.sub("", text.strip()))


@lru_cache(maxsize=4)
def _repeated_lines(text: str) -> frozenset[str]:
    """The keys of the lines written more than once in a record (a running head, a blog's name over and under each
    post): a name of the site, blog or book, not the record's title."""
    seen: set[str] = set()
    twice: set[str] = set()
    for line in text.splitlines():
        if line.strip() and len(line) <= MAX_TITLE and _THAI_CHARS.search(line):
            key = _line_key(line)
            (twice if key in seen else seen).add(key)
    return frozenset(twice)


_PAGE_INDEX = re.compile(r"^(?:[ \t]*[0-9๐-๙]{1,3}[ \t]*\n){2,}", re.M)


def _page_index_end(header: list[Line], text: str) -> int | None:
    """Where the last page index among the header lines ends (lines one under the other that are page numbers
    alone, 01 / 02 / 03): a flipbook's cover and contents are above it, the story below."""
    if not header:
        return None
    ends = [match.end() for match in _PAGE_INDEX.finditer(text, header[0].start, header[-1].end)]
    return ends[-1] if ends else None


@lru_cache(maxsize=1)
def _running_head() -> re.Pattern[str]:
    """A running head's phone after its office and its page number at the end (โทร ๐๒-xxxxxxx … หน้า ๑)."""
    with open(tables.DATA_DIR / "readers.toml", "rb") as handle:
        page_words = tables.tomllib.load(handle)["pdf"]["page_number_words"]
    phone_labels = "|".join(map(re.escape, longest_first(tables.lexicon().inline_fields["phone"])))
    page = "|".join(map(re.escape, page_words))
    return re.compile(rf"\s*(?:{phone_labels})?\s*[.:]?\s*[0-9๐-๙][0-9๐-๙\s\-–]{{6,14}}[0-9๐-๙]\s+"
                      rf"(?P<title>.+?)\s+(?:{page})\s*[0-9๐-๙]{{1,4}}\s*$", re.I)


def _running_head_title(header: list[Line]) -> Text | None:
    """The title a book's running head carries between its office and phone and its page number
    (OFFICE โทร PHONE TITLE … หน้า ๑)."""
    for line in header:
        if len(line.text) > MAX_BYLINE or not opens_with_office(line.text.strip()):
            continue
        office = find_office(Text(line.text, line.start, line.end))
        if office is None:
            continue
        rest = office[0].end - line.start
        head = _running_head().match(line.text, rest)
        if head:
            return _clean_title(Text(head.group("title"), line.start + head.start("title"),
                                     line.start + head.end("title")))
    return None


def _over_a_byline(candidates: list[Line], header: list[Line], text: str) -> list[Line]:
    """The candidates standing right above a person's name alone, a byline or a short dateline (a post's headline
    over its writer or its date)."""
    below = {line.end: following for line, following in zip(header, header[1:], strict=False)
             if text[line.end:following.start] == "\n"}
    return [line for line in candidates
            if (following := below.get(line.end)) is not None
            and (_is_name_line(following.text.strip()) or _is_byline(following.text)
                 or len(following.text.strip()) < CHROME_DATELINE and _dateline_in(following.text) is not None)]


_CRUMB = re.compile(r"\s[»›>]\s")


def _breadcrumb_ends(header: list[Line]) -> frozenset[str]:
    """The last steps of the breadcrumbs among the header lines (Home » คลังความรู้ » TITLE), compact."""
    ends = set()
    for line in header:
        parts = _CRUMB.split(line.text.strip())
        if len(parts) >= 2 and parts[-1]:
            ends.add(compact(parts[-1]))
    return frozenset(ends)


PROSE_LINE = 60  # characters: a wrapped paragraph's lines are this long, two of them at least


def _paragraph_lines(header: list[Line], text: str) -> set[int]:
    """Starts of the header lines that belong to a paragraph wrapped over several lines (lines one under the other,
    two of them long, longer together than a title): a flipbook page's story under its quoted title."""
    prose: set[int] = set()
    block: list[Line] = []
    for line in [*header, None]:
        if line is not None and line.text.strip() and (not block or text[block[-1].end:line.start] == "\n"):
            block.append(line)
            continue
        long_lines = sum(1 for member in block if len(member.text.strip()) >= PROSE_LINE)
        if long_lines >= 2 and sum(len(member.text.strip()) for member in block) > MAX_TITLE:
            prose.update(member.start for member in block)
        block = [line] if line is not None and line.text.strip() else []
    return prose


def _is_name_line(text: str) -> bool:
    """A line that is a person's name and nothing else (นางบุญเรือง คำมูล): an honorific and two words at most."""
    return (len(text) <= MAX_NAME and compact(text).startswith(_honorific_keys()) and len(text.split()) <= 3
            and not split_inline_fields(Text(text, 0, len(text))).fields)


@lru_cache(maxsize=1)
def _place_openers() -> tuple[str, ...]:
    places = tables.lexicon().places
    return tuple(longest_first([*places.smaller, *places.district, *places.province]))


def _with_place_line(chosen: Line, header: list[Line], text: str) -> Line:
    """A headline set over two lines whose second holds its place (…ปลูกผักปลอดภัย บ้าน… / ตำบล… อำเภอ…): the
    two lines joined."""
    at = next((index for index, line in enumerate(header) if line.end == chosen.end), None)
    if at is None or at + 1 >= len(header):
        return chosen
    below = header[at + 1]
    place = below.text.strip()
    if (text[chosen.end:below.start] != "\n" or not place.startswith(_place_openers())
            or len(chosen.text.strip()) + len(place) > MAX_TITLE or _is_chrome(place)):
        return chosen
    return Line(chosen.start, f"{chosen.text} {below.text}")


def _with_title_block(chosen: Line, header: list[Line], candidates: list[Line], text: str) -> Line:
    """A cover's title broken over the lines of one block (ความสำเร็จของครัวเรือนต้นแบบ / โคก หนอง นา พัฒนาชุมชน):
    the chosen line with the lines right above and below it, when each is a title candidate and blank lines (or
    the header's ends) close the block."""
    at = next((index for index, line in enumerate(header) if line.end == chosen.end), None)
    if at is None:
        return chosen  # a title cut from a longer line (run on into the story)
    usable = {line.start for line in candidates}
    block = [chosen]
    for line in reversed(header[:at]):
        if not line.text.strip() or text[line.end:block[0].start] != "\n":
            break
        if line.start not in usable or len(block) == MAX_TITLE_LINES:
            return chosen
        block.insert(0, line)
    for line in header[at + 1:]:
        if not line.text.strip() or text[block[-1].end:line.start] != "\n":
            break
        if line.start not in usable or len(block) == MAX_TITLE_LINES:
            return chosen
        block.append(line)
    if len(block) == 1 or sum(len(line.text.strip()) for line in block) > MAX_TITLE:
        return chosen
    return Line(block[0].start, " ".join(line.text for line in block))  # one character for each line end


MAX_TITLE = 160
MAX_TITLE_LINES = 3
MAX_CHROME = 300  # characters: a longer line is the record's prose, not a site's chrome
CHROME_DATELINE = 60  # characters: a line with a date that is no longer than this is a dateline, not a title
MOSTLY_THAI = 0.5  # share of Thai letters under which a header line is taken for a title only as a last resort
MAX_DATELINE = 80  # characters: a longer line is prose, not a dateline
DATELINE_FORMS = ("dateline-thai", "dateline-english", "worded-thai", "worded-english")  # not iso, numeric
# sections a page with no form has too (โพสต์เมื่อ …, the story under it, a credit at its end: ผู้เขียน …)
NOT_FORM_KINDS = ("date", "body", "author")


def _has_form(segmented: Segmented) -> bool:
    return any(section.kind not in NOT_FORM_KINDS for section in segmented.sections)


def _is_byline(text: str) -> bool:
    """A line naming someone and their post or office (นายสมชาย ใจดี นักวิชาการพัฒนาชุมชน…), not a title."""
    fields = split_inline_fields(Text(text, 0, len(text)))
    return bool(fields.name and _names_someone(fields.name.text)
                and (fields.fields.get("position") or fields.fields.get("office")))


def _header_prose(header: list[Line], title: Text | None, text: str) -> list[Line]:
    """Above a form, the story told before its first heading (a book page's paragraph under its title, a blog's
    introduction): header lines after the title that are a wrapped paragraph or longer than a title."""
    after = _body_lines(header, title)
    if not after:
        return []
    paragraph = _paragraph_lines(header, text)
    return [line for line in after if line.start in paragraph or len(line.text.strip()) > MAX_TITLE]


def _body_lines(header: list[Line], title: Text | None) -> list[Line]:
    """A narrative record's body: its header lines after the title, less chrome."""
    after = [line for line in header if title is None or line.start > title.end]
    return [line for line in after if line.text.strip() and not _is_chrome(line.text)]


@lru_cache(maxsize=1)
def _name_openers() -> tuple[str, ...]:
    lexicon = tables.lexicon()
    return tuple(compact(word) for word in lexicon.honorifics + lexicon.organization_prefixes)


@lru_cache(maxsize=1)
def _heading_words() -> tuple[str, ...]:
    """A book's heading words (คำนำ, สารบัญ, บทนำ …), from lexicon.toml."""
    with open(tables.DATA_DIR / "lexicon.toml", "rb") as handle:
        return tuple(compact(word) for word in tables.tomllib.load(handle)["heading_words"])


def _names_someone(text: str) -> bool:
    """Whether text can be a person's or an organization's name (not a sentence, not a heading)."""
    stripped = text.strip(" :-–")
    if not stripped or len(stripped) > MAX_NAME or compact(stripped).startswith(_heading_words()):
        return False  # a foreword (คำนำ …) or a book's contents is not anyone's name
    if compact(stripped).startswith(_name_openers()):
        return True
    words = stripped.split()
    _, _, _, title_words = _chrome()
    return (len(words) in (2, 3) and all(_THAI_WORD.fullmatch(word) for word in words)
            and not stripped.startswith(tuple(title_words)))


_THAI_WORD = re.compile("[\u0e01-\u0e4e]+")


MAX_NAME = 70
MAX_BYLINE = 400  # characters: a longer header line is prose, not a byline


def _author_sources(clean: CleanText, segmented: Segmented, header: list[Line],
                    title: Text | None) -> list[tuple[str, Text]]:
    """Texts that may name the author, best first, with how they are known: labelled author fields; bylines
    (a name before a post title or an office, in a header line or the title line); a blog profile; an
    organization the title opens with."""
    sources = [("label", text) for text in _section_spans(clean, segmented, "author")]
    profile_mark = tables.templates().chrome.profile_marks
    lines = [Text(line.text, line.start, line.end) for line in header]
    for line in lines:
        for mark in profile_mark:
            if line.text.rstrip().endswith(mark):
                name = line.text.rstrip()[: -len(mark)].rstrip(" :")
                sources.append(("label", Text(name, line.start, line.start + len(name))))
    prose_bylines: list[tuple[str, Text]] = []
    for line in lines:
        if len(line.text) <= MAX_BYLINE and (byline := _byline_in(line)) is not None:
            (prose_bylines if len(line.text.strip()) > MAX_TITLE else sources).append(("lexicon", byline))
        elif len(line.text) <= MAX_BYLINE and (owner := _owner_run_on(line)) is not None:
            sources.append(("label", owner))
    for line in lines:  # a person after a label the reader does not know (ผู้รับผิดชอบ : นายสมชาย ใจดี)
        unknown = _UNKNOWN_LABEL_LINE.match(line.text)
        if unknown and len(line.text) <= MAX_BYLINE:
            piece = Text(line.text[unknown.end():].strip(), line.start + unknown.end(), line.end)
            fields = split_inline_fields(piece)
            if fields.name and compact(fields.name.text).startswith(_honorific_keys()):
                sources.append(("lexicon", piece))
    signature = _closing_credit(clean, segmented, header)
    if signature:
        sources.append(("lexicon", signature))
    if not sources:  # a byline closing the story, read only when nothing above names the writer
        sources += [("lexicon", byline) for byline in _closing_bylines(segmented)]
    sources += prose_bylines  # a name before a post inside a sentence: only when no credit names the writer
    owner = _cover_owner(clean, header)
    if owner:
        sources.append(("lexicon", owner))
    if title is not None:
        organization = _organization_in(title)
        if organization:
            sources.append(("guessed", organization))
    if not _has_form(segmented):  # a page with no form: an organization its story opens with
        story = _body_lines(header, title) + [line for section in segmented.of_kind("body")
                                              for line in section.lines if line.text.strip()]
        for line in story[:1]:
            lead = len(line.text) - len(line.text.lstrip())
            opening_text = line.text.strip()[:MAX_CHROME]
            opening = Text(opening_text, line.start + lead, line.start + lead + len(opening_text))
            office = find_office(opening)
            if office and office[0].start == opening.start:
                sources.append(("guessed", office[0]))
            elif (organization := _organization_in(opening)) is not None:
                sources.append(("guessed", organization))
    return sources


def _site_owner(header: list[Line]) -> Text | None:
    """The office a site, a blog or a book's running head is named for (KM ศูนย์ฯพิษณุโลก, สำนักงาน… โทร …): the
    owner of a record that names no one else."""
    for line in header:
        if len(line.text) <= MAX_BYLINE and _is_site_name(line.text.strip()):
            office = find_office(Text(line.text, line.start, line.end))
            if office:
                return office[0]
    return None


def _owner_run_on(line: Text) -> Text | None:
    """An owner's label run on inside a paragraph with the post after it (… เจ้าขององค์ความรู้ NAME ตำแหน่ง POST
    สังกัด OFFICE …): the text from the owner's name on."""
    fields = split_inline_fields(line)
    owners = fields.fields.get("author")
    if not owners or not fields.fields.get("position") or not (fields.name and fields.name.text.strip()):
        return None
    start = owners[0].start
    return Text(line.text[start - line.start:], start, line.end)


_UNKNOWN_LABEL_LINE = re.compile(r"^\s*[ก-๙A-Za-z./]{2,30}\s?:\s*(?=\S)")


@lru_cache(maxsize=1)
def _honorific_keys() -> tuple[str, ...]:
    return tuple(compact(h) for h in tables.lexicon().honorifics)


def _cover_owner(clean: CleanText, header: list[Line]) -> Text | None:
    """A book cover's owner: a line that is a person's name alone with their address right below it (a model
    household's or leader's village, tambon, district, province): the name and the address lines."""
    for index, line in enumerate(header):
        if not _is_name_line(line.text.strip()):
            continue
        end, last = line.end, line.end
        for below in header[index + 1: index + 1 + MAX_ADDRESS_LINES]:  # (village and tambon,) district, province
            if clean.text[last:below.start] != "\n" or not below.text.strip():
                break
            last = below.end
            piece = Text(below.text, below.start, below.end)
            if find_place(piece, "district") or find_place(piece, "province"):
                end = below.end
        if end > line.end:
            lead = len(line.text) - len(line.text.lstrip())
            return Text(clean.text[line.start + lead:end], line.start + lead, end)
    return None


MAX_ADDRESS_LINES = 2
MAX_CREDIT_LINES = 8  # the last lines of a record's last section, where a closing credit stands
SIGNATURE_KINDS = ("body", "story")  # sections a closing signature may stand in


def _closing_credit(clean: CleanText, segmented: Segmented, header: list[Line]) -> Text | None:
    """A signature or closing credit among the header lines, the story's sections and the last lines of the last
    section (a credit under the last list: เรียบเรียง : NAME / POST OFFICE)."""
    lines = list(header) + [line for section in segmented.of_kind(*SIGNATURE_KINDS) for line in section.lines]
    if segmented.sections and segmented.sections[-1].kind not in SIGNATURE_KINDS:
        lines += segmented.sections[-1].lines[-MAX_CREDIT_LINES:]
    return _signature(clean, [line for line in lines if line.text.strip()])


def _closing_bylines(segmented: Segmented) -> list[Text]:
    """Bylines on a line of their own among the last lines of the record (NAME POST OFFICE closing the story)."""
    if not segmented.sections:
        return []
    last = [line for line in segmented.sections[-1].lines if line.text.strip()][-MAX_CREDIT_LINES:]
    found = []
    for line in last:
        if len(line.text) <= MAX_BYLINE and (byline := _byline_in(line)) is not None:
            found.append(byline)
    return found


def _signature(clean: CleanText, lines: list[Line]) -> Text | None:
    """A signature block: a line that is a person's name (with honorific) and a line below it opening with a
    known post title (and the office line after that): นายวีระพงษ์ คำภูแสน / นักวิชาการพัฒนาชุมชน… / สำนักงาน…"""
    honorifics = _honorific_keys()
    for index, line in enumerate(lines[:-1]):
        opener = _signature_opener().match(line.text)  # เรียบเรียงโดย : NAME, ผู้เขียน NAME (a credit at the end)
        begin = line.start + (opener.end() if opener else 0)
        text = clean.text[begin:line.end].strip()
        begin = clean.text.index(text, begin) if text else begin
        if len(text) > MAX_NAME or not compact(text).startswith(honorifics):
            continue
        if split_inline_fields(Text(text, 0, len(text))).fields:
            continue  # a byline with its post on the same line is read as a byline
        post = lines[index + 1]
        if lexicon_prefix(post.text.strip(), tables.lexicon().post_titles) is None:
            continue
        end = post.end
        if index + 2 < len(lines) and find_office(Text(lines[index + 2].text, 0, len(lines[index + 2].text))):
            end = lines[index + 2].end
        return Text(clean.text[begin:end], begin, end)
    return None


@lru_cache(maxsize=1)
def _signature_opener() -> re.Pattern[str]:
    """The words a credit line at the end of a record opens with, before the author's name (lexicon.toml)."""
    words = tables.lexicon().signature_openers
    return re.compile(r"^\s*(?:" + "|".join(map(re.escape, longest_first(words))) + r")\s*[:：]?\s*")


def _byline_in(line: Text | Line) -> Text | None:
    """A byline in a header line or headline: a person's name followed by a post title, after the line's start, a
    separator (" : ", " | ", " - ", "}}") or, with no separator, as the two Thai words before the post
    (เทคนิค… มาลัย ดวงจันทร์ นักวิชาการพัฒนาชุมชน…): the text from the name on."""
    for match in re.finditer(r"(?:^|\s[:|–-]\s|\}\})", line.text):
        piece = Text(line.text[match.end():], line.start + match.end(), line.end)
        fields = split_inline_fields(piece)
        if not (fields.name and fields.fields.get("position")):
            continue
        if _names_someone(fields.name.text):
            return piece
        words = list(re.finditer(r"\S+", fields.name.text))
        honorific = next((word for word in words[-3:] if compact(word.group()).startswith(_honorific_keys())), None)
        if honorific is not None:  # the name begins at its honorific (… ผู้เขียน นางสาวปวีณา คำแสน นักวิชาการ…)
            start = fields.name.start + honorific.start()
            return Text(line.text[start - line.start:], start, line.end)
        for count in (3, 2):  # honorific, given and family name, or given and family name
            if len(words) > count:
                tail = fields.name.text[words[-count].start():]
                if _names_someone(tail):
                    start = fields.name.start + words[-count].start()
                    return Text(line.text[start - line.start:], start, line.end)
    return None


def _organization_in(title: Text) -> Text | None:
    """An organization (a club, group, network …) the text opens with, named after its place (ชมรม…อำเภอบางระกำ):
    its name up to the end of the place's name. An office is left to find_office."""
    if not title.text.startswith(tuple(tables.lexicon().organization_prefixes)):
        return None
    office = find_office(Text(title.text[:MAX_NAME], title.start, title.start + min(len(title.text), MAX_NAME)))
    if office and office[0].start == title.start:
        return None
    place = find_place(title, "district") or find_place(title, "province")
    if place is None or place.end - title.start > MAX_NAME:
        return None
    return Text(title.text[: place.end - title.start], title.start, place.end)


def _honorific_from_text(author: Author, text: str) -> Author:
    """A person named without honorific gets the one written before their name elsewhere in the record."""
    if not author.given_name:
        return author
    for honorific in sorted(tables.lexicon().honorifics, key=len, reverse=True):
        if honorific + author.given_name in text or honorific + " " + author.given_name in text:
            name = honorific + " ".join(p for p in (author.given_name, author.family_name) if p)
            return Author(author.kind, name, honorific, author.given_name, author.family_name)
    return author


def _province_of_district(record: Record, context: str) -> Text | None:
    """The province of the record's district from the gazetteer; an ambiguous name is resolved from the context
    or left empty with a warning naming the candidates."""
    from .gazetteer import gazetteer

    district = record.district
    resolution = gazetteer().resolve_district(district.text, context_text=context)
    if resolution.resolved:
        record.found_by["province"] = "gazetteer"
        if resolution.district and resolution.district.name != district.text:
            record.district = Text(resolution.district.name, district.start, district.end)
        record.warnings.append(f"province {resolution.province.name_th} taken from the gazetteer for district "
                               f"{district.text} ({resolution.evidence})")
        return Text(resolution.province.name_th, district.start, district.end)
    if resolution.status == "ambiguous":
        names = ", ".join(sorted(d.province_name for d in resolution.candidates))
        record.warnings.append(f"district {district.text} is in several provinces ({names}): province left empty")
    return None


def _dateline_in(text: str) -> str | None:
    """The ISO date of a dateline written with a month's name (not a numeric upload stamp or counter)."""
    for found in find_dates(text):
        if found.form in DATELINE_FORMS and len(found.iso) == len("YYYY-MM-DD"):
            return found.iso
    return None


_NEWS_DATELINE = re.compile(r"^\s*(?P<place>[ก-์]{2,25})\s*[–—-]\s*(?=[0-9๐-๙])")


def _news_dateline(text: str) -> tuple[re.Match[str], DateMatch] | None:
    """A news dateline opening a line, a place and a date before the story (กุยบุรี – 3 พ.ย. 65 สพอ.…): the match
    (its group "place") and the date found (offsets in text)."""
    opening = _NEWS_DATELINE.match(text)
    if not opening:
        return None
    for found in find_dates(text[: opening.end() + 40]):
        if found.start == opening.end() and found.form in DATELINE_FORMS and len(found.iso) == len("YYYY-MM-DD"):
            return opening, found
    return None


def _dateline(header: list[Line]) -> Text | None:
    """The first blog or page dateline among the header lines (By admin, มีนาคม 14, 2561; Wednesday, 11 April
    2018; วันศุกร์ที่ 21 สิงหาคม พ.ศ. 2558), not a host's upload stamp or a counter (numeric dates)."""
    for line in header:
        news = _news_dateline(line.text)
        if news:
            return Text(news[1].iso, line.start + news[1].start, line.start + news[1].end)
        if len(line.text.strip()) >= MAX_DATELINE:
            continue
        for found in find_dates(line.text):
            # a post's own date, day/month/year too (an ISO stamp, 2020-01-01, is a machine's, not the post's)
            posted = found.form == "numeric" and (found.lead or "").casefold() in _post_leads()
            if (found.form in DATELINE_FORMS or posted) and len(found.iso) == len("YYYY-MM-DD"):
                return Text(found.iso, line.start + found.start, line.start + found.end)
    return None


@lru_cache(maxsize=1)
def _post_leads() -> frozenset[str]:
    return frozenset(lead.casefold() for lead in tables.lexicon().dates.post_leads)
