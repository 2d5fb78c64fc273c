"""The record's category: a category field (the option ticked or marked), else a portal's section line."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import tables
from ..model import Line, Record, Section, Segmented, Text
from ..thai import compact, longest_first
from .chrome import chrome_words, is_chrome, is_site_name
from .datelines import teaser_head
from .items import section_lines, section_text
from .link import link_category
from .segment import NUMBERING


def listing_sections_as_header(segmented: Segmented) -> Segmented:
    """A listing page's section line read as a category field (หมวด: องค์ความรู้   แสดง 1 - 3 จาก 11 รายการ, or a
    category heading alone over the first teaser's TITLE DATE | โดย NAME): the listing's counter ends the value,
    and the lines below it (the first post's title, dateline and story) are the page's header lines, not the
    category's. What is left before the counter stays the category only when it
    names a category of the concept scheme."""
    listings = [(section, cut) for section in segmented.of_kind("category")
                if (cut := _listing_counter(section.value)) is not None or _over_a_teaser(section)]
    if not listings:
        return segmented
    moved = [line for section, _ in listings for line in section.lines]
    kept: list[Section] = []
    for section in segmented.sections:
        found = next(((cut,) for listing, cut in listings if listing is section), None)
        if found is None:
            kept.append(section)
            continue
        cut = found[0]  # None: over a teaser, the heading has no value of its own
        value = section.value[:cut].rstrip() if cut is not None else section.value.strip()
        if value and link_category(Text(value, section.value_start, section.value_start + len(value))):
            kept.append(replace(section, value=value, lines=()))
    header = tuple(sorted([*segmented.header, *moved], key=lambda line: line.start))
    return replace(segmented, header=header, sections=tuple(kept))


def _over_a_teaser(section: Section) -> bool:
    """A category heading alone on its line over a listing's first teaser (หมวดองค์ความรู้ / TITLE 5 ม.ค. 2565 | โดย
    NAME, or TITLE / 12 มี.ค. 2563 | โดย NAME): its lines are the page's header lines, not the category's."""
    first_two = [line for line in section.lines[:4] if line.text.strip()][:2]
    return not section.value.strip() and any(teaser_head(line.text) for line in first_two)


def _listing_counter(value: str) -> int | None:
    """Where a listing's counter (แสดง 1 - 3 จาก 11 รายการ, a whole chrome line of templates.toml) closing a value
    begins, at a word's start; None when the value holds none."""
    pattern, _, _, _ = chrome_words()
    for word in re.finditer(r"(?:^|(?<=\s))\S", value):
        if pattern.fullmatch(value[word.start():].rstrip()):
            return word.start()
    return None


def header_category(segmented: Segmented) -> Text | None:
    """A portal page's section name (its first line, above the title) stands for the record's category, or a header
    line opening with a category line's lead (องค์ความรู้หมวด…, องค์ความรู้ด้าน…), or a one-word header line opening
    with a section name's lead (ด้านการ…)."""
    options = tables.lexicon().category_options
    labelled = _labelled_header_category(segmented.header, tuple(options.header_labels))
    if labelled is not None:
        return labelled
    leads, name_leads = tuple(options.section_line_leads), tuple(options.section_name_leads)
    above: Line | None = None
    for line in segmented.header if leads or name_leads else ():
        stripped = line.text.strip()
        named = (stripped.startswith(leads) and len(stripped) > len(min(leads, key=len))
                 or stripped.startswith(name_leads) and len(stripped) > len(min(name_leads, key=len))
                 and not any(char.isspace() for char in stripped) and not _continues_genre_title(above, line))
        above = line
        if named and not is_chrome(stripped):
            lead = len(line.text) - len(line.text.lstrip())
            return Text(stripped, line.start + lead, line.start + lead + len(stripped))
    for name, spec in tables.templates().templates.items():
        if not spec.titles_are_category:
            continue
        keys = {compact(t) for t in spec.titles}
        lines = [line for line in segmented.header
                 if line.text.strip() and not is_chrome(line.text) and not is_site_name(line.text)]
        known = [line for line in lines if compact(line.text) in keys]
        if not known and segmented.template == name:
            above = _above_byline(lines)
            known = above[-2:-1]  # the section line stands over the picture and the title
        for line in known:
            lead = len(line.text) - len(line.text.lstrip())
            return Text(line.text.strip(), line.start + lead, line.start + lead + len(line.text.strip()))
    return None


def _continues_genre_title(above: Line | None, line: Line) -> bool:
    """A section name's line (ด้านการ…) right under a cover's title line that opens with a genre's word and names
    more than it (ถอดบทเรียนผู้นำต้นแบบ / ด้านการจัดการขยะในหมู่บ้าน): the title's second line, never the category
    (a portal's section name stands above its title)."""
    if above is None or line.start != above.end + 1:
        return False
    first = above.text.strip()
    genres = tables.templates().title_tails.genre_words
    return (any(first.startswith(word) and len(first) > len(word) for word in genres)
            and not is_chrome(first) and not is_site_name(first))


def _labelled_header_category(header: tuple[Line, ...], labels: tuple[str, ...]) -> Text | None:
    """A header line opening with a portal's category label (lexicon.toml category_options header_labels): the
    value after it on its line (ประเภทองค์ความรู้ : เทคนิค…), or, the label alone, the option ticked among the boxes
    opening the lines right below it (☐ … / ✓ … / ☐ …)."""
    if not labels:
        return None
    boxes, _ = _boxes()
    for at, line in enumerate(header):
        stripped = line.text.lstrip()
        label = next((label for label in longest_first(labels) if stripped.startswith(label)), None)
        if label is None:
            continue
        rest = stripped[len(label):]
        value = rest.lstrip(" \t:：").strip()
        if value and rest[:1] in (" ", "\t", ":", "："):
            start = line.start + len(line.text) - len(stripped) + len(label) + len(rest) - len(rest.lstrip(" \t:："))
            return Text(value, start, start + len(value))
        if value:
            continue  # the label glued to a word (ประเภทองค์ความรู้ที่…): prose, not the label
        row = []
        for below in header[at + 1:]:
            if not boxes.match(below.text, len(below.text) - len(below.text.lstrip())):
                break
            row.append(below)
        boxed = boxed_option(row)
        if boxed is not None:
            return boxed
    return None


def _above_byline(lines: list[Line]) -> list[Line]:
    """A page's header lines above its byline (โดย : … ตำแหน่ง : …)."""
    _, _, byline_starts, _ = chrome_words()
    for at, line in enumerate(lines):
        if line.text.lstrip().startswith(byline_starts):
            return lines[:at]
    return lines


CHECKED = re.compile(r"^\s*(?:\[\s*[xX✓✔/]\s*\]|\(\s*[xX✓✔/]\s*\)|[☑☒✓✔■●])\s*")
UNCHECKED = re.compile(r"^\s*(?:\[\s*\]|\(\s*\)|[☐□○])\s*")
CROSSED = re.compile(r"^\s*[✗✘]\s*")


@lru_cache(maxsize=1)
def _boxes() -> tuple[re.Pattern[str], frozenset[str]]:
    """A box written before an option (lexicon.toml category_options), and the ticked ones."""
    spec = tables.lexicon().category_options
    ticked = frozenset(spec.ticked_boxes)
    boxes = "|".join(map(re.escape, longest_first(ticked | set(spec.empty_boxes))))
    return re.compile(rf"(?<!\S)(?:{boxes})(?=\s|[^\x00-\x7f])" if boxes else "(?!)"), ticked


def boxed_option(lines: list[Line]) -> Text | None:
    """Of a category field listing every option, each after a box (□ หมวดที่ 1 …<TAB>■ หมวดที่ 3 …, on one line
    or several), the option after the one ticked box, to the next box or its line's end; None unless exactly one
    of two or more boxes is ticked."""
    pattern, ticked = _boxes()
    marks = [(line, mark) for line in lines for mark in pattern.finditer(line.text)]
    chosen = [index for index, (_, mark) in enumerate(marks) if mark.group() in ticked]
    if len(marks) < 2 or len(chosen) != 1:
        return None
    line, mark = marks[chosen[0]]
    following = marks[chosen[0] + 1] if chosen[0] + 1 < len(marks) else None
    end = following[1].start() if following and following[0] is line else len(line.text)
    option = line.text[mark.end():end].strip()
    if not option:
        return None
    start = line.text.index(option, mark.end())
    return Text(option, line.start + start, line.start + start + len(option))


@lru_cache(maxsize=1)
def _row_lead() -> re.Pattern[str]:
    """An option word (หมวด) or a category label (ประเภทองค์ความรู้, lexicon.toml category_options option_words and
    header_labels) opening a line, before the row's first box."""
    options = tables.lexicon().category_options
    words = "|".join(map(re.escape, longest_first([*options.option_words, *options.header_labels])))
    return re.compile(rf"^\s*(?:{words})\s*:?\s*" if words else "(?!)")


def category_row(segmented: Segmented) -> Text | None:
    """A form's category row that no label opened (หมวด<TAB>□ …<TAB>■ …<TAB>□ …, a Word table row saved as text):
    a line opening with an option word right before a box; the option ticked among its boxes and those of the
    lines below it that open with a box."""
    boxes, _ = _boxes()
    lines = [*segmented.header, *(line for section in segmented.sections for line in section.lines)]
    for at, line in enumerate(lines):
        lead = _row_lead().match(line.text)
        if not lead or not boxes.match(line.text, lead.end()):
            continue
        row = [line]
        for below in lines[at + 1:]:
            if not boxes.match(below.text, len(below.text) - len(below.text.lstrip())):
                break
            row.append(below)
        return boxed_option(row)
    return None


def _category(segmented: Segmented) -> Text | None:
    """The category field; on a form listing every category, the one ticked."""
    for section in segmented.of_kind("category"):
        boxed = boxed_option(section_lines(section))
        if boxed:
            return boxed
        lines = [line for line in section_lines(section) if line.text.strip()]
        ticked = [line for line in lines if CHECKED.match(line.text)]
        crossed = [line for line in lines if CROSSED.match(line.text)]
        if len(crossed) >= 2 and len(lines) - len(crossed) == 1:  # every line crossed out but the one chosen
            line = next(line for line in lines if not CROSSED.match(line.text))
            mark = CHECKED.match(line.text)  # its own tick (✓ องค์ความรู้หมวด…) comes off, as any chosen box's
            lead = mark.end() if mark else len(line.text) - len(line.text.lstrip())
            return Text(line.text[lead:].strip(), line.start + lead, line.start + len(line.text.rstrip()))
        if ticked or any(UNCHECKED.match(line.text) for line in lines):
            if not ticked:
                continue
            line = ticked[0]
            mark = CHECKED.match(line.text).end()
            return Text(line.text[mark:].strip(), line.start + mark, line.end)
        marked = _marked_line(lines)
        if marked:
            return marked
        text = section_text(_before_next_item(section))
        if text:
            return _marked_option(text) or text
    return category_row(segmented)


def _before_next_item(section: Section) -> Section:
    """A numbered category field with its value on its heading's line (3. หมวดองค์ความรู้ หมวดที่ 2 …) ends where the
    form's next numbered item begins (4. หลักการ …, a label the form's reader does not know): that line and those
    below it are no part of the value."""
    number = NUMBERING.match(section.heading)
    if not section.value.strip() or number is None or not number.group("num").isdigit():
        return section
    following = int(number.group("num")) + 1
    for at, line in enumerate(section.lines):
        item = NUMBERING.match(line.text)
        if item is not None and item.group("num").isdigit() and int(item.group("num")) == following:
            return replace(section, lines=section.lines[:at])
    return section


@lru_cache(maxsize=1)
def _option_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An option's number (หมวดที่ 3, ด้านที่ ๒) and a chosen-mark ending an option's text (lexicon.toml)."""
    spec = tables.lexicon().category_options
    words = "|".join(map(re.escape, longest_first(spec.option_words)))
    marks = "|".join(map(re.escape, longest_first(spec.chosen_marks)))
    return (re.compile(rf"(?<!\S)(?:{words})\s*[0-9๐-๙]{{1,2}}(?![0-9๐-๙])"),
            re.compile(rf"\s(?:{marks})\s*$"))


def _marked_line(lines: list[Line]) -> Text | None:
    """Of a category field listing one option to a line (หมวดที่ ๑ … / หมวดที่ ๒ … / หมวดที่ ๓ … / … each on its own
    line), the one line marked chosen by a mark after its text (… /, … ✓, … (/)) or a ticked box before it; None
    unless exactly one of two or more option lines is marked."""
    numbers, mark = _option_patterns()
    options = []
    for line in lines:
        box = CHECKED.match(line.text)
        lead = box.end() if box else len(line.text) - len(line.text.lstrip())
        if numbers.match(line.text[lead:]):
            options.append((line, lead, box is not None))
    if len(options) < 2:
        return None
    marked = []
    for line, lead, boxed in options:
        after = mark.search(line.text, lead)
        if boxed or after:
            end = after.start() if after else len(line.text.rstrip())
            marked.append(Text(line.text[lead:end].rstrip(), line.start + lead,
                               line.start + lead + len(line.text[lead:end].rstrip())))
    return marked[0] if len(marked) == 1 else None


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


def extract_category(record: Record, segmented: Segmented) -> None:
    record.category = _category(segmented)
    if record.category:
        record.found_by["category"] = "label"
        return
    record.category = header_category(segmented)
    if record.category:
        record.found_by["category"] = "lexicon"  # a portal's section line above the title
