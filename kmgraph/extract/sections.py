"""Section values and items: a section's text as it stands in the clean text, the steps, the lists, items stated
in prose, and the cuts where a closing credit or date ends them."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import tables
from ..model import CleanText, Line, Section, Segmented, Text
from ..thai import longest_first
from .items import is_list_item, section_lines, section_text, split_items, worded_steps
from .segment import SEPARATOR, run_on_label, value_lead

FIELD_KINDS = ("title", "author", "phone", "address", "place", "category", "problem_about", "date", "endorser")


def first_text(segmented: Segmented, kind: str) -> Text | None:
    for section in segmented.of_kind(kind):
        text = section_text(section)
        if text:
            return text
    return None


def section_spans(clean: CleanText, segmented: Segmented, *kinds: str) -> list[Text]:
    """Sections' values as they stand in the clean text, line breaks kept (a line break ends a name)."""
    spans = []
    for section in segmented.of_kind(*kinds):
        lines = [line for line in section_lines(section) if line.text.strip()]
        if lines:
            start, end = lines[0].start, lines[-1].end
            spans.append(Text(clean.text[start:end], start, end))
    return spans


def section_texts(segmented: Segmented, *kinds: str) -> list[Text]:
    return [text for section in segmented.of_kind(*kinds) if (text := section_text(section))]


def list_items(segmented: Segmented, kind: str, ends: Callable[[str], bool] | None = None) -> list[Text]:
    """The items of a kind's sections; a line that ends (page chrome after a section's text) cuts its section."""
    items: list[Text] = []
    for section in segmented.of_kind(kind):
        lines = section_lines(section)
        if ends is not None:
            lines = next((lines[:index] for index, line in enumerate(lines) if index and ends(line.text)), lines)
        items.extend(split_items(lines))
    return items


def record_steps(segmented: Segmented) -> list[Text]:
    """Numbered steps of the steps sections; else steps opened by a step word under any body heading; else the
    first numbered list of a narrative section."""
    sections = segmented.of_kind("steps")
    steps = [item for s in sections for item in split_items(section_lines(s), lists_only=True)]
    if steps:
        return steps
    for section in segmented.sections:  # steps opened by a step word (ขั้นตอนที่ ๑ …) are steps under any heading
        if section.kind not in FIELD_KINDS + LIST_LABEL_KINDS:
            steps = worded_steps(section_lines(section))
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


OPTION_FIELDS = ("category", "problem_about")  # fields whose value may itself be a numbered list (the options)
LIST_LABEL_KINDS = ("outcomes", "techniques", "cautions", "success_factors", "problems")


def _list_after_field(section: Section) -> list[Text]:
    """A numbered list standing under a one-line field, after a blank line (สังกัด : OFFICE / blank / 1. … 2. …)
    or, under an owner's line or a byline (โดย นาย… / 1. … 2. …), right after it: not the field's value but the
    record's unlabelled steps (two at least), up to a heading run on with its value (ผลที่ได้รับ ยอดขาย…)."""
    lines = list(section.lines)
    blank = next((index for index, line in enumerate(lines) if not line.text.strip()), None)
    if blank is None:
        if section.kind in OPTION_FIELDS or not section.value.strip():
            return []
        blank = 0
    after = lines_before_label([line for line in lines[blank:] if line.text.strip()])
    if not after or not is_list_item(after[0].text):
        return []
    steps = split_items(after, lists_only=True)
    return steps if len(steps) >= 2 else []


def lines_before_label(lines: list[Line]) -> list[Line]:
    """Lines up to the first that opens with a list section's heading and runs on with its value (ผลที่ได้รับ
    ยอดขายเพิ่มขึ้น 35,000 บาท): that line is an item of its own section, not the end of a step."""
    for index, line in enumerate(lines):
        if index and run_on_label(line.text, LIST_LABEL_KINDS):
            return lines[:index]
    return lines


def field_tail_lines(segmented: Segmented) -> list[Line]:
    """The lines under owner fields and bylines (a byline's section runs on over the body when no heading
    follows): where a heading run on with its value may stand."""
    return [line for section in segmented.of_kind(*FIELD_KINDS) if section.kind not in OPTION_FIELDS
            for line in section.lines]


def body_pieces(clean: CleanText, segmented: Segmented) -> tuple[list[Text], list[Text]]:
    """The text of every section that is not a header field, as spans of the clean text: with the title's section,
    and without it (one pass over the sections gives both)."""
    with_title: list[Text] = []
    without_title: list[Text] = []
    for section in segmented.sections:
        is_title = section.kind == "title"
        if section.kind in FIELD_KINDS and not is_title:
            continue
        lines = section_lines(section)
        if lines:
            pieces = []
            start = lines[0].start
            for line, after in zip(lines, lines[1:], strict=False):
                if after.start < line.end or clean.text[line.end:after.start].strip():  # a column's lines: one
                    pieces.append(Text(clean.text[start:line.end], start, line.end))  # piece per run of them
                    start = after.start
            end = lines[-1].end
            pieces.append(Text(clean.text[start:end], start, end))
            with_title += pieces
            if not is_title:
                without_title += pieces
    return with_title, without_title


def verbatim(clean: CleanText, piece: Text) -> Text:
    """The clean text a value spans, exactly as it stands (a value joined from several lines keeps their line
    ends), so that an offset found in its text plus its start is an offset in the clean text."""
    return Text(clean.text[piece.start:piece.end], piece.start, piece.end)


def labelled_lines(lines: list[Line], kind: str) -> list[Text]:
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




TOLD_KINDS = ("steps", *LIST_LABEL_KINDS)


@lru_cache(maxsize=1)
def _told_labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """The headings of steps and lists as words inside prose (the numbered-only ones, ending "#", too short to
    tell), and the kind of each."""
    sections = tables.templates().sections
    kinds = {label.rstrip(":=@"): kind for kind in TOLD_KINDS for label in sections[kind].labels
             if not label.endswith("#")}
    words = "|".join(map(re.escape, longest_first(list(kinds))))
    # a heading after a blank (the line's start is one: told_sections puts a space before each line): opening with
    # \s, the regex engine skips in C to the blanks, rare in Thai, instead of trying a look behind everywhere
    return re.compile(rf"\s(?P<word>{words})(?=\s|:)"), kinds


def told_sections(lines: list[Line]) -> dict[str, list[Text]]:
    """Sections told inside one paragraph (… ขั้นตอนการดำเนินงาน ๑.… ๒.… ผลการดำเนินงาน งานบุญ…): a line holding
    the headings of two kinds or more, each heading's value running to the next heading or the line's end."""
    pattern, kinds = _told_labels()
    told: dict[str, list[Text]] = {}
    for line in lines:
        found = [(match.start("word") - 1, match.end() - 1, match.group("word"))  # offsets in the line
                 for match in pattern.finditer(" " + line.text)]
        if len({kinds[word] for _, _, word in found}) < 2:
            continue
        for (_, end, word), after in zip(found, [*found[1:], None], strict=True):
            begin = end + SEPARATOR.match(line.text[end:]).end()
            stop = after[0] if after else len(line.text)
            value = line.text[begin:stop].rstrip()
            if value:
                told.setdefault(kinds[word], []).append(
                    Text(value, line.start + begin, line.start + begin + len(value)))
    return told


@lru_cache(maxsize=1)
def _order_words() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """The words telling steps in order (templates.toml steps_fallback), their places (first, next, last), and
    where the last step ends: a list heading's words inside the prose (ผลที่ได้รับคือ …)."""
    fallback = tables.templates().steps_fallback
    places = {word: place for place, words in (("next", fallback.next_words), ("last", fallback.last_words),
                                               ("first", fallback.first_words)) for word in words}
    words = "|".join(map(re.escape, longest_first(list(places)))) or "(?!)"
    headings = "|".join(map(re.escape, longest_first(list(_told_labels()[1]))))
    return re.compile(rf"(?<!\S)(?:{words})(?!\S)[\s:]*"), places, re.compile(rf"(?<!\S)(?:{headings})")


def ordered_steps(lines: list[Line]) -> list[Text]:
    """Steps a paragraph tells in order (ขั้นตอนแรก … ต่อมา … จากนั้น … สุดท้าย …): from a first word to a last word
    on one line, each step up to the next word, the last up to a list heading's words or the line's end."""
    pattern, places, heading = _order_words()
    for line in lines:
        markers: list[re.Match[str]] = []
        for match in pattern.finditer(line.text):
            place = places[match.group().rstrip(" :\t")]
            if place == "first" and not markers:
                markers.append(match)
            elif markers and place != "first":
                markers.append(match)
                if place == "last":
                    break
        if len(markers) < 2 or places[markers[-1].group().rstrip(" :\t")] != "last":
            continue
        ends = [match.start() for match in markers[1:]]
        closing = heading.search(line.text, markers[-1].end())
        ends.append(closing.start() if closing else len(line.text))
        steps = []
        for match, end in zip(markers, ends, strict=True):
            value = line.text[match.end():end].rstrip()
            if value:
                steps.append(Text(value, line.start + match.end(), line.start + match.end() + len(value)))
        if len(steps) >= 2:
            return steps
    return []


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


def says_value(text: str) -> bool:
    """Whether a line holds a word that leads a value said in prose (คือ, ได้แก่): most lines do not."""
    return _value_lead_words().search(text) is not None


def stated_items(lines: list[Line], kind: str) -> list[Text]:
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


def cut_before(items: list[Text], at: int, opening: str) -> list[Text]:
    """Items before a credit line closing them: the one it runs on into cut where the line's opening words stand in
    it (a byline above the items leaves them be)."""
    if not items or items[0].start >= at:
        return items
    kept = []
    for item in items:
        if item.start >= at:
            continue
        if item.end > at and opening and (where := item.text.rfind(opening)) >= 0:
            text = item.text[:where].rstrip()
            if not text:
                continue
            item = Text(text, item.start, item.start + len(text))
        kept.append(item)
    return kept


def cut_at(items: list[Text], at: int) -> list[Text]:
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
