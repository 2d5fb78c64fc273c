"""Extract a Record's fields from a segmented record."""

from __future__ import annotations

import re

from .. import tables
from ..model import CleanText, InputError, Line, Record, Segmented, SourceText, Text
from .categories import extract_category, listing_sections_as_header
from .chrome import is_chrome
from .datelines import extract_date
from .header import has_form, header_lines, header_prose, lines_after_title
from .items import inline_steps, section_lines, split_items
from .link import find_mentions, kind_of, link_category
from .owners import closing_credit, credits_as_authors, extract_author, sign_offs_as_header
from .quantities import find_quantities
from .sections import (
    body_pieces,
    cut_at,
    cut_before,
    field_tail_lines,
    labelled_lines,
    lines_before_label,
    list_items,
    ordered_steps,
    record_steps,
    says_value,
    stated_items,
    told_sections,
    verbatim,
)
from .segment import NARRATIVE, split_lines
from .thai_text import thai_share
from .titles import extract_title

_LETTER = re.compile(r"[A-Za-zก-๛]")


def ends_a_section(text: str) -> bool:
    """Page chrome after a section's text (Posted in … | Leave a comment, Similar documents): it ends the section
    (a page's mark without a letter, - 5 -, does not)."""
    return _LETTER.search(text) is not None and is_chrome(text)


MIN_THAI_SHARE = 0.3  # of the letters: below it a text is not a Thai record
LIST_KINDS = ("techniques", "cautions", "success_factors", "problems", "outcomes")


def extract(source: SourceText, clean: CleanText, segmented: Segmented, warnings: list[str]) -> Record:
    """Build the record; raise InputError when the text is not Thai (anything a person can read is a record:
    Thai text in no known layout is read as a narrative, with a warning)."""
    if thai_share(clean.text) < MIN_THAI_SHARE:
        raise InputError(source.path, "not a knowledge record (no Thai text)")
    record = Record(id=source.path.stem, source=str(source.path), template=segmented.template,
                    encoding=source.encoding, clean=clean, source_text=source.text,
                    source_sha256=source.sha256)
    record.warnings = list(warnings)
    if segmented.template == NARRATIVE:
        record.warnings.append("no known template: read as a narrative record")
    segmented = listing_sections_as_header(sign_offs_as_header(credits_as_authors(segmented)))
    header = header_lines(segmented)
    run_on = extract_title(record, segmented, header)
    extract_category(record, segmented)
    notes: list[Text] = []  # values of labels the reader does not know (หลักการ : …): body text
    extract_author(record, segmented, header, notes, run_on)
    closing = extract_date(record, segmented, header)

    body_lines = [] if has_form(segmented) else lines_after_title(header, record.title)
    story = body_lines or lines_after_title(header, record.title)  # above a form: the story before its first heading
    record.steps = record_steps(segmented) or split_items(lines_before_label(story), lists_only=True)
    if len(record.steps) < 2:  # steps written inside the prose (ขั้นตอนที่ ๑ : … ขั้นตอนที่ ๒ : …, 1) … 2) …)
        prose = story + [line for section in segmented.of_kind(*tables.templates().steps_fallback.kinds,
                                                                     "steps") for line in section_lines(section)]
        record.steps = inline_steps(sorted(prose, key=lambda line: line.start)) or record.steps
    narrative = story + [line for section in segmented.of_kind(*tables.templates().steps_fallback.kinds)
                         for line in section_lines(section)]
    told_apart = told_sections(narrative)  # headings told inside one paragraph (… ขั้นตอนการดำเนินงาน ๑.… ผลการ…)
    if not told_apart:  # a whole form run into one line, under a title or a header field (… ขั้นตอน 1) … ผลที่ได้รับ …):
        told_anywhere = told_sections(split_lines(clean))  # only where its numbered steps show it is one
        if inline_steps([Line(t.start, t.text) for t in told_anywhere.get("steps", [])], dotted=True):
            told_apart = told_anywhere
    if len(record.steps) < 2 and told_apart.get("steps"):
        record.steps = inline_steps([Line(t.start, t.text) for t in told_apart["steps"]], dotted=True) or record.steps
    if len(record.steps) < 2:  # steps told in order words (ขั้นตอนแรก … ต่อมา … สุดท้าย …)
        record.steps = ordered_steps(narrative) or record.steps
    told = [line for line in story + [line for section in segmented.of_kind(*tables.templates().steps_fallback.kinds)
                                      for line in section.lines]  # the prose a narrative tells its sections in
            if says_value(line.text)]
    for kind in LIST_KINDS:
        told_alone = body_lines + field_tail_lines(segmented)  # a heading and its value on one line
        setattr(record, kind, list_items(segmented, kind, ends_a_section) or labelled_lines(told_alone, kind)
                or stated_items(told, kind) or told_apart.get(kind, []))
    credit = closing_credit(clean, segmented, header)
    if credit is not None:  # the lists end where the credit's line begins (an item run on into it cut there)
        begins = clean.text.rfind("\n", 0, credit.start) + 1
        word_end = re.compile(r"\s|$").search(clean.text, credit.start + 1).start()  # to its first word's end:
        opening = clean.text[begins:word_end].strip()  # one letter would be found inside an item's words
        for kind in ("steps", *LIST_KINDS):
            setattr(record, kind, cut_before(getattr(record, kind), begins, opening))
    if closing is not None:
        for kind in ("steps", *LIST_KINDS):
            setattr(record, kind, cut_at(getattr(record, kind), closing))

    titled = segmented.of_kind("title") or record.title is None
    story_lines = body_lines or header_prose(header, record.title, clean.text)
    body = [Text(line.text, line.start, line.end) for line in story_lines]
    with_title, without_title = body_pieces(clean, segmented)
    pieces = with_title + ([] if titled else [record.title]) + body + notes
    mentions = find_mentions(sorted(pieces, key=lambda piece: piece.start))
    record.principles = [m for m in mentions if kind_of(m) == "principle"]
    record.programmes = [m for m in mentions if kind_of(m) == "programme"]
    record.category_concept = link_category(record.category)
    counted = without_title + body
    items = [verbatim(clean, item) for kind in ("steps", *LIST_KINDS) for item in getattr(record, kind)
             if not any(piece.start < item.end and item.start < piece.end for piece in counted)]
    record.quantities = find_quantities(sorted(counted + items, key=lambda piece: piece.start))  # an item's
    # quantity is counted where its line stands outside the body (a heading run on with it under a byline)
    for name in ("title", "author", "province"):
        if getattr(record, name) is None:
            record.warnings.append(f"no {name} found")
    return record
