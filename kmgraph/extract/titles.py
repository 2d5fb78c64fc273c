"""The record's title: a title field's value, else the header line guessed to be it (running heads, title blocks,
place lines, titles run on into the story), cleaned of tags, bylines and site tools."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import NamedTuple

from .. import tables
from ..model import Line, Record, Segmented, Text
from ..thai import compact, longest_first
from .categories import header_category
from .chrome import chrome_words, is_chrome, is_site_name
from .datelines import DATELINE_FORMS, dateline_in, news_dateline
from .dates import find_dates
from .fields import before_next_label, split_inline_fields
from .header import has_form, paragraph_lines
from .items import BULLET, is_list_item
from .lengths import CHROME_DATELINE, MAX_BYLINE, MAX_NAME, MAX_TITLE
from .letters import lexicon_prefix, skeleton_key
from .names import byline_in, is_byline, is_name_line, names_someone
from .persons import opens_with_honorific
from .places import find_office, find_place, opens_with_office, place_name
from .repeats import line_key, repeated_lines
from .sections import first_text, verbatim
from .thai_text import THAI_CHARS, thai_share


def extract_title(record: Record, segmented: Segmented, header: list[Line]) -> list[Text]:
    """The title: a title field's value, cut where another field's label begins on its line (the fields it runs
    on into are returned, to be read with the author's), else the header line guessed to be the title."""
    clean = record.clean
    assert clean is not None
    title_section = first_text(segmented, "title")
    if (title_section is not None and (alone := _title_value_alone(segmented))
            and (is_name_line(alone.text) or is_byline(alone.text))):
        title_section = None  # a story's credit (เรื่อง : นางสาว… [POST], at its end): a writer, not the title
    if title_section is None:
        record.title = _guess_title(header, segmented, clean.text)
        if record.title is None or is_credit_line(record.title.text):  # an office line is no title a label names
            record.title = _genre_labelled_title(clean.text) or record.title
        if record.title is not None and (own := _title_under_its_entry(clean.text, record.title)) is not None:
            record.title = own  # a contents entry taken for the title: the story's heading under the contents
        elif record.title is not None and (own := _title_after_preface(segmented, record.title)) is not None:
            record.title = own  # a cover naming its owner (ปราชญ์ชาวบ้านด้าน…): the title follows the preface
        elif record.title is not None and (own := _title_after_contents(clean.text, record.title)) is not None:
            record.title = own  # a book's cover over its contents: the story's title repeats an entry of them
        elif record.title is not None and (own := _heading_under_story_number(clean.text, record.title)) is not None:
            record.title = own  # a centre's story book: its owner's name on the cover, the story's heading inside
        if record.title:
            record.found_by["title"] = "guessed"
        return []
    run_on: list[Text] = []
    value = _title_value_alone(segmented)
    if value is not None and len(title_section.text) > MAX_TITLE:  # the story runs on under ชื่องาน : TITLE
        title_section = value
    elif value is not None and title_section.end > value.end:
        title_section = _wrapped_value(value, title_section, clean.text)  # never into the sentence below
    elif value is None:
        title_section = _before_credit_lines(title_section, clean.text)  # เรื่อง / TITLE / NAME / POST / OFFICE
    one_line = "\n" not in clean.text[title_section.start:title_section.end]
    whole = verbatim(clean, title_section) if one_line else title_section
    title = before_next_label(whole)
    if one_line:
        title = _before_field_label(title)
    if title.end < whole.end:
        title = _without_item_number(title)
    if title.end < whole.end and one_line:
        rest = clean.text[title.end:whole.end]
        lead = len(rest) - len(rest.lstrip())
        run_on.append(Text(rest.strip(), title.end + lead, title.end + lead + len(rest.strip())))
    record.title = _clean_title(title)
    record.found_by["title"] = "label"
    return run_on


_ITEM_NUMBER_END = re.compile(r"\s+[0-9๐-๙]{1,2}[.)]$")  # 2. / 2) ending a value: the next item's number


def _without_item_number(title: Text) -> Text:
    """A title's value cut where the next item's label begins, without that item's number (1.ชื่อองค์ความรู้ TITLE
    2.ชื่อ-สกุล NAME on one line: TITLE, not TITLE 2)."""
    number = _ITEM_NUMBER_END.search(title.text)
    if number is None:
        return title
    return Text(title.text[:number.start()], title.start, title.start + number.start())


def _title_value_alone(segmented: Segmented) -> Text | None:
    """The value written on a title field's own line (ชื่องาน : TITLE), without the lines below it."""
    section = segmented.of_kind("title")[0]
    value = section.value.strip()
    if not value:
        return None
    start = section.value_start + section.value.index(value)
    return Text(value, start, start + len(value))


WRAPPED_SHARE = 0.85  # a line at least this share of the text's long lines' length was wrapped by its writer
UNWRAPPED_SHARE = 0.5  # a line under this share of the line below it was not wrapped at that line's width


@lru_cache(maxsize=1)
def _unfinished_ends() -> tuple[str, ...]:
    return tables.templates().title_tails.unfinished_ends


def _wrapped_value(value: Text, section: Text, text: str) -> Text:
    """A labelled title's value with the lines below it that continue it: each only while the line above looks
    wrapped (about as long as the text's long lines, or ending on a word that cannot end a phrase such as และ/ของ)
    and the value stays a title's length, or the one line left under the value (its phrase's end, ทำแผนอนุรักษ์…);
    never a sentence below the title, nor a line opening with a form's label (กลุ่มเป้าหมาย<TAB>…) or an item's
    number (๕. วัน/เดือน/ปี ที่บันทึก …: a numbered form's next item)."""
    lines = text[value.start:section.end].split("\n")
    widths = sorted((len(line.rstrip()) for line in text.splitlines() if line.strip()), reverse=True)
    wrap = widths[len(widths) // 10] * WRAPPED_SHARE if widths else MAX_TITLE
    line_start = text.rfind("\n", 0, value.start) + 1
    end, full_line = value.end, text[line_start:value.end]
    for at, below in enumerate(lines[1:], start=2):
        above = full_line.rstrip()
        if (not below.strip() or _field_label_opening().match(below) or _choice_row(below) or is_list_item(below)
                or is_story_sentence(below)):
            break  # (a sentence of the story right under the value: ครัวเรือน…มีถึง 27 ครัวเรือน จึงชวน…)
        last = not any(line.strip() for line in lines[at:])
        if not (len(above) >= wrap or above.endswith(_unfinished_ends()) or last and _ends_the_phrase(below)):
            break
        if end - value.start + len(below.strip()) > MAX_TITLE:
            break
        end = text.index(below, end) + len(below.rstrip())
        full_line = below
    return Text(section.text, section.start, section.end) if end >= section.end else Text(
        text[value.start:end].replace("\n", ""), value.start, end)


@lru_cache(maxsize=1)
def _tick_boxes() -> re.Pattern[str]:
    """A form's tick box, ticked or empty, set off before an option (■ ด้าน…, □ ด้าน…; lexicon.toml
    [category_options] ticked_boxes, empty_boxes)."""
    spec = tables.lexicon().category_options
    boxes = "|".join(re.escape(box) for box in longest_first((*spec.ticked_boxes, *spec.empty_boxes)))
    return re.compile(rf"(?<!\S)(?:{boxes or '(?!)'})(?=\s|[^\x00-\x7f])")


CHOICE_ROW_BOXES = 2  # tick boxes on a line: a form's row of options (หมวด ■ … □ …), never a title's wrapped line


def _choice_row(line: str) -> bool:
    """A form's row of options with their tick boxes (หมวด ■ ด้านการส่งเสริม… □ ด้านการบริหาร…): the category's
    field under a title's value, never the title's second line."""
    return len(_tick_boxes().findall(line)) >= CHOICE_ROW_BOXES


@lru_cache(maxsize=1)
def _field_label_opening() -> re.Pattern[str]:
    """A line opening with a form's field label the header's reader does not know, a colon or a space after it
    (กลุ่มเป้าหมาย<TAB>…, its tab read as a space; templates.toml [title_tails] value_end_labels)."""
    labels = "|".join(re.escape(word) for word in longest_first(tables.templates().title_tails.value_end_labels))
    return re.compile(rf"^\s*(?:{labels or '(?!)'})(?:\s*[:：]|\s)")


def _ends_the_phrase(line: str) -> bool:
    """A short line under a labelled title's value that ends its phrase (เทคนิคการพาชุมชนประมงพื้นบ้าน / ทำแผนอนุรักษ์
    หญ้าทะเล): one run of words with no space (no sentence's clauses), no credit's, place's or sentence's line."""
    stripped = line.strip()
    return (MIN_RUN_ON_TITLE <= len(stripped) <= TITLE_LINE and not any(char.isspace() for char in stripped)
            and THAI_CHARS.match(stripped) is not None and not is_credit_line(stripped)
            and not stripped.startswith((*_place_openers(), *_two_line_spec()[0]))
            and _sentence_marks()[0].match(stripped) is None and not is_chrome(stripped))


@lru_cache(maxsize=1)
def _credit_line_marks() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A year line (ปีงบประมาณ ๒๕๖๖, a B.E. year alone) and the posts a post line opens with (lexicon.toml)."""
    leads = "|".join(re.escape(word).replace(r"\ ", r"\s*")
                     for word in longest_first(tables.templates().title_tails.year_line_leads))
    year = re.compile(rf"^(?:(?:{leads or '(?!)'})\s*)?(?:25|๒๕)[0-9๐-๙]{{2}}$")
    lexicon = tables.lexicon()
    return year, tuple(lexicon.post_titles) + tuple(lexicon.post_abbreviations)


def is_credit_line(text: str) -> bool:
    """A cover's credit line under its title: a person's name, a post, an office or a year alone on its line."""
    year, posts = _credit_line_marks()
    stripped = text.strip()
    return bool(year.match(stripped) or is_name_line(stripped) or opens_with_office(stripped)
                or lexicon_prefix(stripped, posts))


def _before_credit_lines(section: Text, text: str) -> Text:
    """A title written under its label alone on its line, ended where a credit's line begins (the owner's name, a
    post, an office, a year): those lines are never its wrapped continuation."""
    block = text[section.start:section.end]
    at = section.start + len(block) - len(block.lstrip())
    end = text.find("\n", at, section.end)
    while end != -1:  # end: where the title's lines so far end; a line below opens after its "\n"
        below_end = text.find("\n", end + 1, section.end)
        below = text[end + 1:section.end if below_end == -1 else below_end]
        if below.strip() and is_credit_line(below):
            end = at + len(text[at:end].rstrip())
            return Text(text[at:end].replace("\n", ""), at, end)
        end = below_end
    return section


def _title_after_preface(segmented: Segmented, cover: Text) -> Text | None:
    """A book's own title set after its preface, under the preface's signature (คำนำ … / ผู้จัดทำ / TITLE / story),
    when the cover's line taken for the title opens with no title word (it names the owner: ปราชญ์ชาวบ้านด้าน…): that
    line, a title's length, opening with a title word (การทำ…), no sentence, no credit's line, the story under it."""
    _, _, _, title_words = chrome_words()
    if cover.text.lstrip(_QUOTES + " ").startswith(title_words):
        return None
    sections = segmented.sections
    for preface, signature in zip(sections, sections[1:], strict=False):
        if preface.kind != "preface" or signature.kind != "author" or signature.value.strip():
            continue
        if not signature.lines or len(signature.lines) < 2 and signature is sections[-1]:
            return None  # no line, or nothing under it: no story follows a title
        line = signature.lines[0]
        text = line.text.strip()
        if (MIN_RUN_ON_TITLE <= len(text) <= TITLE_LENGTH and text.startswith(title_words)
                and not is_story_sentence(text) and not is_credit_line(text) and not is_chrome(text)
                and text[-1:] not in ".:!?" and cover.end <= line.start):
            lead = len(line.text) - len(line.text.lstrip())
            return _clean_title(Text(text, line.start + lead, line.start + lead + len(text)))
        return None
    return None


_CONTENTS = re.compile(r"(?:^[^\n]*?\S[ \t]+[0-9๐-๙]{1,3}[ \t]*\n){2,}(?P<title>[^\n]+)", re.M)
_CONTENTS_ENTRY = re.compile(r"^\s*(?P<entry>\S.*?)\s+[0-9๐-๙]{1,3}\s*$")


def _title_after_contents(text: str, cover: Text) -> Text | None:
    """A book's story title under its contents (สารบัญ / TITLE 1 / OTHER 7 / TITLE…): the line right after two or
    more entries ending in their page numbers, when it opens with an entry's words (an entry may be cut short), is a
    title's length and no sentence, below the cover's line taken for the title."""
    for contents in _CONTENTS.finditer(text, cover.end):
        entries = tuple(compact(found.group("entry")) for line in contents.group(0).splitlines()[:-1]
                        if (found := _CONTENTS_ENTRY.match(line)) is not None
                        and len(found.group("entry")) >= MIN_RUN_ON_TITLE)
        title = contents.group("title").strip()
        if (entries and compact(title).startswith(entries) and MIN_RUN_ON_TITLE <= len(title) <= TITLE_LENGTH
                and not is_story_sentence(title) and _CONTENTS_ENTRY.match(title) is None):
            start = contents.start("title") + len(contents.group("title")) - len(contents.group("title").lstrip())
            return _clean_title(Text(title, start, start + len(title)))
    return None


_STORY_NUMBER = re.compile(r"^[ \t]*[0-9๐-๙]{1,3}[ \t]*\n[ \t]*(?P<heading>\S[^\n]*?)[ \t]*\n", re.M)


def _heading_under_story_number(text: str, cover: Text) -> Text | None:
    """A story book's heading when the line taken for the title is its owner's name (a centre's or an office's, on
    the cover or a running head: ศูนย์ศึกษาและพัฒนาชุมชน…): the first line below it standing under a story's bare
    number (01 / HEADING), a title's length, no sentence, chrome or office, with a longer paragraph under it."""
    if not opens_with_office(cover.text):
        return None
    for found in _STORY_NUMBER.finditer(text, cover.end):
        heading = found.group("heading")
        under = next((line.strip() for line in text[found.end():].split("\n") if line.strip()), "")
        if (MIN_RUN_ON_TITLE <= len(heading) <= TITLE_LENGTH and heading[-1:] not in ".:!?"
                and not is_story_sentence(heading) and not is_chrome(heading) and not opens_with_office(heading)
                and not is_credit_line(heading) and len(under) > len(heading)):
            return _clean_title(Text(heading, found.start("heading"), found.start("heading") + len(heading)))
        return None
    return None


CONTENTS_LOOKAHEAD = 4  # lines: a story's heading follows its book's contents within this many non-blank lines


def _title_under_its_entry(text: str, chosen: Text) -> Text | None:
    """A contents entry taken for the title (TITLE 1 / ภาคผนวก 9, or the next story's entry OTHER ๑๘ over this
    story's heading): the line that follows the run of two or more entries (blank lines, page numbers and running
    heads ending in a page number passed over) and repeats one of them, a title's length and no sentence."""
    start = text.rfind("\n", 0, chosen.start) + 1
    lines = text[start:].split("\n")
    above = text[:start].split("\n")[:-1]
    if _CONTENTS_ENTRY.match(lines[0]) is None:
        return None
    run_before = 0
    while run_before < len(above) and _CONTENTS_ENTRY.match(above[len(above) - 1 - run_before]):
        run_before += 1
    run_after = 1
    while run_after < len(lines) and _CONTENTS_ENTRY.match(lines[run_after]):
        run_after += 1
    if run_before + run_after < 2:
        return None
    entry_lines = above[len(above) - run_before:] + lines[:run_after]
    entries = tuple(compact(found.group("entry")) for line in entry_lines
                    if (found := _CONTENTS_ENTRY.match(line)) is not None
                    and len(found.group("entry").strip()) >= MIN_RUN_ON_TITLE)
    if not entries:
        return None
    offset = start + sum(len(line) + 1 for line in lines[:run_after])
    seen = 0
    for line in lines[run_after:]:
        title = line.strip()
        if title and not re.fullmatch(r"[0-9๐-๙]{1,3}", title):
            if _CONTENTS_ENTRY.match(title) is None:
                if (compact(title).startswith(entries) and MIN_RUN_ON_TITLE <= len(title) <= TITLE_LENGTH
                        and not is_story_sentence(title)):
                    at = offset + len(line) - len(line.lstrip())
                    return _clean_title(Text(title, at, at + len(title)))
                return None
            seen += 1
            if seen > CONTENTS_LOOKAHEAD:
                return None
        offset += len(line) + 1
    return None


def _opens_running_head(text: str, repeated: frozenset[str]) -> bool:
    """A line a book's running heads open with (เรื่องเล่าชุมชนนักปฏิบัติ ๒๕๖๕ over pages headed เรื่องเล่าชุมชนนัก
    ปฏิบัติ ศูนย์ฯ… ๑๑): the book's name, its year or page off, never a story's title."""
    key = line_key(text)
    return len(key) >= MIN_RUN_ON_TITLE and any(head != key and head.startswith(key) for head in repeated)


@lru_cache(maxsize=1)
def _genre_label_pattern() -> str:
    """The genre's label (เรื่อง) and its damaged forms (เรือง) as one alternation (templates.toml [title_tails])."""
    spec = tables.templates().title_tails
    return "|".join(re.escape(form) for form in longest_first([spec.genre_label, *spec.genre_label_forms]))


LABELLED_TITLE_LINES = 20  # lines: a record's own เรื่อง TITLE line is written among its first lines


def _genre_labelled_title(text: str) -> Text | None:
    """A title written after the genre's label alone on its line among the record's first lines (เรื่อง TITLE,
    เรื่อง : TITLE) that the segmenter read as no title field: the value, when it is no one's name or byline (a
    story's credit, เรื่อง : NAME) and a title's length."""
    label = _genre_label_pattern()
    pattern = re.compile(rf"^[ \t]*(?:{label})(?:[ \t]*:[ \t]*|[ \t]+)(?P<value>[\u0e01-\u0e4e\"“].*?)[ \t]*$", re.M)
    first_lines = text[:sum(len(line) + 1 for line in text.split("\n")[:LABELLED_TITLE_LINES])]
    for found in pattern.finditer(first_lines):
        value = found.group("value")
        if len(value) <= MAX_TITLE and not (is_name_line(value) or is_byline(value) or is_credit_line(value)):
            title = _clean_title(Text(value, found.start("value"), found.end("value")))
            return title if title.text else None
    return None


MIN_DATED_TITLE = 20  # characters: a title with no title word written next to its date is at least this long


def _teaser_title(text: str) -> str | None:
    """The title of a listing's teaser head longer than a dateline: TITLE, a date (worded or D/M/YYYY), then a byline
    and what a listing adds (TITLE 3/8/2564 | โดย NAME | อ่าน 96 ครั้ง)."""
    _, _, byline_starts, _ = chrome_words()
    if "โดย" not in text and not any(start in text for start in byline_starts):
        return None  # a scan first: most long lines are prose
    for date in find_dates(text):
        if date.form not in DATELINE_FORMS and date.form != "numeric" or date.lead:
            continue
        title = text[:date.start].rstrip(" ,|–-(")
        if not text[date.end:].strip(" .,|–-()").startswith(byline_starts):
            continue
        if (title and len(title) <= MAX_TITLE and THAI_CHARS.match(title) and not title.startswith(byline_starts)
                and not is_chrome(title) and not is_byline(title)):
            return title
        return None
    return None


def _title_beside_date(text: str) -> str | None:
    """A post's title with its date written before or after it on the same line (การทำน้ำหมัก… 15 ก.ค. 2559):
    the title, when what is left is a title (a title word, or long enough) and not a dateline's lead."""
    found = [date for date in find_dates(text) if date.form in DATELINE_FORMS]
    if len(found) != 1 or found[0].lead:
        return None
    date = found[0]
    _, _, byline_starts, title_words = chrome_words()
    after = text[date.end:].strip(" .,|–-()")
    if not after or (after.startswith(byline_starts) or is_chrome(after)) and text[:date.start].strip(" .,|–-()"):
        # TITLE DATE, or TITLE DATE | โดย NAME, or TITLE DATE | อ่าน 88 ครั้ง (a listing's teaser head, its byline or
        # its counter after the date: the title ends where the date starts)
        title = text[:date.start].rstrip(" ,|–-(")
    elif not text[:date.start].strip(" .,|–-()"):
        title = text[date.end:].lstrip(" .,|–-)")
    else:
        return None
    if not THAI_CHARS.match(title) or title.startswith(byline_starts) or is_chrome(title):
        return None
    return title if any(word in title for word in title_words) or len(title) >= MIN_DATED_TITLE else None


# --- header lines: titles, bylines, profiles, datelines --------------------------------------------------------

_TAG = re.compile(r"\{\{[^{}]{0,40}\}\}")
_QUOTES = "“”\"'‘’«»"


# a tool's word is never part of a longer Latin word; written glued (TITLEPDFพิมพ์อีเมล), a Thai tool may follow a
# Latin one and a Latin one a Thai word
_TOOL_START = r"(?:(?<![A-Za-z])|(?![A-Za-z]))"
_TOOL_END = r"(?:(?![A-Za-z])|(?<![A-Za-z]))"


@lru_cache(maxsize=1)
def _title_tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A site's article tools glued to a title's end (PDF พิมพ์ อีเมล, Hits: 12), and the words a story's first
    sentence opens with (ก่อนหน้านี้, ข้าพเจ้า …), from templates.toml [title_tails]."""
    spec = tables.templates().title_tails
    tools = "|".join(f"(?:{pattern})" for pattern in spec.patterns)
    openers = "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in longest_first(spec.run_on_openers))
    return re.compile(rf"(?:\s*{_TOOL_START}(?:{tools}){_TOOL_END})+\s*$", re.I), re.compile(openers)


@lru_cache(maxsize=1)
def _article_tools() -> re.Pattern[str]:
    """Two or more of a site's article tools glued after a line's words (TITLE PDF พิมพ์ อีเมล): written only after
    an article's title (templates.toml [title_tails] patterns)."""
    tools = "|".join(f"(?:{pattern})" for pattern in tables.templates().title_tails.patterns)
    one = rf"{_TOOL_START}(?:{tools}){_TOOL_END}"
    return re.compile(rf"\s*{one}(?:\s*{one})+\s*$", re.I)


@lru_cache(maxsize=1)
def _any_tool() -> re.Pattern[str]:
    """Any one of a site's article tools (templates.toml [title_tails] patterns), wherever it stands."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in tables.templates().title_tails.patterns), re.I)


def _search_tools(tools: re.Pattern[str], text: str) -> re.Match[str] | None:
    """tools.search(text) for a pattern of spaces and article tools running to the line's end (_title_tails,
    _article_tools), begun where a match can first start: in the spaces before the first tool the line holds
    (found by a cheap scan; most lines hold none), as a match's spaces are followed by a tool."""
    first = _any_tool().search(text)
    if first is None:
        return None
    return tools.search(text, len(text[:first.start()].rstrip()))


def _without_article_tools(line: Line) -> Line | None:
    """A header line less the article tools glued at its end (TITLE PDF พิมพ์ อีเมล), or None when it has none."""
    tools = _search_tools(_article_tools(), line.text)
    if tools is None or not THAI_CHARS.search(line.text, 0, tools.start()):
        return None
    return Line(line.start, line.text[:tools.start()])


MIN_RUN_ON_TITLE = 8  # characters: a title run on into the story is at least this long


def _run_on_title(text: str) -> str | None:
    """A line far longer than a title that opens with one run on into the story (…ชันโรงก่อนหน้านี้ข้าพเจ้าทำงาน…):
    the title, ended where the first sentence opener begins, if it then fits a title."""
    _, openers = _title_tails()
    opener = openers.search(text, MIN_RUN_ON_TITLE, MAX_TITLE)
    if opener is None:
        return None
    title = text[:opener.start()].rstrip()
    return title if len(title) >= MIN_RUN_ON_TITLE and THAI_CHARS.search(title) else None


@lru_cache(maxsize=1)
def _title_leads() -> tuple[re.Pattern[str], tuple[str, ...], frozenset[str]]:
    """A loose title label opening a line (องค์ความรู้ TITLE), the nouns a story's clause opens with and the words
    that govern such a noun, from templates.toml [title_tails]."""
    spec = tables.templates().title_tails
    genre_labels = [f"{word} {spec.genre_label}" for word in spec.genre_words]  # ถอดบทเรียน เรื่อง TITLE
    labels = "|".join(re.escape(word).replace(r"\ ", r"\s*")
                      for word in longest_first({*spec.loose_title_labels, *genre_labels}))
    hosts = "|".join(re.escape(word) for word in longest_first(spec.title_lead_prefixes))
    # a host's word and quote (Download "…), or a transcribed page's number (1 องค์ความรู้ …, glued on: 1บันทึก…)
    # may come first
    lead = re.compile(rf"^\s*(?:(?:{hosts})\s*[\"“]?\s*|[0-9๐-๙]{{1,3}}\s*)?(?:{labels})(?:\s*:\s*|\s+)"
                      rf"(?=[\u0e01-\u0e4e\"“])")
    return lead, spec.clause_subjects, frozenset(spec.governing_words)


@lru_cache(maxsize=1)
def _series_phrases() -> frozenset[str]:
    """Series phrases set above a record's own title on a cover or heading (templates.toml [title_tails])."""
    return frozenset(compact(phrase) for phrase in tables.templates().title_tails.series_phrases)


@lru_cache(maxsize=1)
def _publication_head() -> re.Pattern[str]:
    """A publication's head on a line: a series, volume or issue marker before its number, or a B.E. year and a
    page number at the line's end (a book's running head; the gap between them is gone once spaces are
    collapsed), from templates.toml [title_tails] publication_markers."""
    markers = tables.templates().title_tails.publication_markers
    words = "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in longest_first(markers))
    return re.compile(rf"(?:{words})\s*[0-9๐-๙]{{1,4}}\b\s*|(?:25|๒๕)[0-9๐-๙]{{2}}\s+[0-9๐-๙]{{1,3}}\s*$", re.I)


_DIGIT = re.compile("[0-9๐-๙]")


def _without_publication_head(line: Line) -> Line | None:
    """A header line less a publication's head: None when the line is the head alone (คลังความรู้ … เล่มที่ ๒, a
    book's name, year and page number), the text after it when a title is glued after the head, else the line."""
    if _DIGIT.search(line.text) is None:  # a publication's head holds a number: most lines have none
        return line
    head = _publication_head().search(line.text)
    if head is None:
        return line
    rest = line.text[head.end():]
    if len(rest.strip()) < MIN_RUN_ON_TITLE or not THAI_CHARS.search(rest):
        return None
    return Line(line.start + head.end(), rest)


@lru_cache(maxsize=1)
def _two_line_spec() -> tuple[tuple[str, ...], frozenset[str]]:
    """Openers of a place line, that does not continue a title, and a story page's running heads (templates.toml
    [title_tails])."""
    spec = tables.templates().title_tails
    openers = tuple(longest_first(spec.place_line_openers))
    return openers, frozenset(compact(head) for head in spec.running_heads)


@lru_cache(maxsize=1)
def _heading_words() -> frozenset[str]:
    """A kind of document's word set alone over its title (ชุดความรู้, ถอดบทเรียน), compact (templates.toml
    [title_tails] heading_words)."""
    return frozenset(compact(word) for word in tables.templates().title_tails.heading_words)


@lru_cache(maxsize=1)
def _scoped_headings() -> frozenset[str]:
    """A kind of document's word with a level after it (องค์ความรู้ระดับกลุ่ม), compact (templates.toml [title_tails]
    heading_words, heading_scopes)."""
    scopes = [compact(scope) for scope in tables.templates().title_tails.heading_scopes]
    return frozenset(word + scope for word in _heading_words() for scope in scopes)


@lru_cache(maxsize=1)
def _column_name() -> re.Pattern[str]:
    """A column's name by its letters' key (marks and spaces dropped): a column lead alone or then only column words
    (templates.toml [title_tails] column_leads, column_words)."""
    spec = tables.templates().title_tails
    leads = "|".join(re.escape(skeleton_key(word)) for word in longest_first(spec.column_leads))
    words = "|".join(re.escape(skeleton_key(word)) for word in longest_first(spec.column_words))
    # a bare column word too (เรื่องเล่า); a column's number after its name (เรื่องเล่าพัฒนากรใหม่ ๑๗) is its own
    return re.compile(rf"(?:{leads or '(?!)'})(?:{words or '(?!)'})*(?:[0-9๐-๙]{{1,3}})?")


def is_column_name(text: str) -> bool:
    """A column's name alone on a line (เรื่องเล่าจากชุมชน, เรอื่งเล่าจากหอ้งเรียนชุมชน): over or under a story's
    title, never the title and never joined to it."""
    return len(text) <= TITLE_LINE and _column_name().fullmatch(skeleton_key(text)) is not None


@lru_cache(maxsize=1)
def _column_head() -> re.Pattern[str]:
    """A story page's running head (a column's name) written before the title on its line, with the space after it
    (templates.toml [title_tails] running_heads)."""
    heads = "|".join(re.escape(head).replace(r"\ ", r"\s*")
                     for head in longest_first(tables.templates().title_tails.running_heads))
    return re.compile(rf"^\s*(?:{heads or '(?!)'})\s*[:：\-–]?\s+(?=[\u0e01-\u0e4e\"“])")


_TEASER_ENDS = ("...", "…")  # a line trailing off so under a headline is its teaser (a pull quote), not its second line
TITLE_LINE = 50  # characters: each line of a title set over two lines is at most this long
TITLE_LENGTH = 100  # characters: a title is rarely longer on one line; a longer candidate under a shorter is the story


def _with_next_line(chosen: Line, header: list[Line], candidates: list[Line], text: str) -> Line:
    """A title set over two short lines (a cover's, a story head's): the chosen line joined with the line right
    below it, when that line is a title candidate too (no chrome, name, byline, date, list item) and no label's,
    place's or sentence's line (one opening as a story's sentence does: เมื่อชาวบ้าน… under a headline is its lead)
    nor a teaser trailing off (ถามเรื่องหนี้ในวันแรก…)."""
    at = next((index for index, line in enumerate(header) if line.start == chosen.start), None)
    if at is None or at + 1 >= len(header) or chosen.end != header[at].end:
        return chosen
    below = header[at + 1]
    second, first = below.text.strip(), chosen.text.strip()
    if (text[chosen.end:below.start] != "\n" or below.start not in {line.start for line in candidates}
            or len(first) > TITLE_LINE or len(second) > TITLE_LINE or len(first) + len(second) > MAX_TITLE
            or first[-1:] in ".:!?" or second.endswith(_TEASER_ENDS)
            or second.startswith(_two_line_spec()[0]) or _sentence_marks()[0].match(second)
            or split_inline_fields(Text(second, 0, len(second))).fields or _after_title_label(second) is not None
            or _labels_options(header, at + 1, text)):
        return chosen
    return Line(chosen.start, f"{chosen.text} {below.text}")


def _labels_options(header: list[Line], at: int, text: str) -> bool:
    """The header line at `at` is a field's label whose options are ticked on the lines right below it
    (ประเภทองค์ความรู้ / ☐ ด้าน… / ✓ ด้าน…): a field, never a title's second line."""
    if at + 1 >= len(header) or text[header[at].end:header[at + 1].start] != "\n":
        return False
    return _tick_boxes().match(header[at + 1].text.lstrip()) is not None


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
    """A title without {{tags}}, stray or enclosing quotes, a "KM :" prefix, a news lead's place and date before
    it, or a byline after " : "; its span
    shrinks with what is cut from either end."""
    text, start, end = title.text, title.start, title.end

    def cut(head: int = 0, tail: int = 0) -> None:
        nonlocal text, start, end
        text, start, end = text[head:len(text) - tail], start + head, end - tail

    while (tag := _TAG.match(text)) or text[:1].isspace():
        cut(head=tag.end() if tag else 1)
    if text[:1] in _BRACKETS and (placeholder := _PLACEHOLDER_HEAD.match(text)) is not None \
            and _picture_placeholder().fullmatch(placeholder.group(1)):
        cut(head=placeholder.end())  # [ภาพ] TITLE: a picture's placeholder opening the title's line
    while (tag := _TAG.search(text)) and tag.end() == len(text.rstrip()) or text[-1:].isspace():
        cut(tail=len(text) - tag.start() if tag and tag.end() == len(text.rstrip()) else 1)
    text = _TAG.sub("", text)  # a tag inside the title (rare): its span keeps the tag
    tools = _search_tools(_title_tails()[0], text)
    if tools is not None and tools.start() > 0 and THAI_CHARS.search(text, 0, tools.start()):
        cut(tail=len(text) - tools.start())  # Joomla's icons (PDF พิมพ์ อีเมล) after the title
    for match in re.finditer(r"\s[:|–-]\s", text):
        after = text[match.end():]
        parts = split_inline_fields(Text(after, 0, len(after)))
        if parts.fields.get("position") or parts.fields.get("office"):
            cut(tail=len(text) - match.start())
            break
    else:
        byline = byline_in(Text(text, 0, len(text)))
        if byline is not None and byline.start > 0:  # a byline run on after the title with no separator
            cut(tail=len(text) - byline.start)
        elif (by := byline_after_title(text)) is not None:
            cut(tail=len(text) - by)  # a listing's teaser or a blog's title: TITLE โดยนายสมชาย ใจดี, TITLE โดย ชื่อ สกุล
            while text and text[-1] in _BYLINE_SEPARATORS:
                cut(tail=1)  # TITLE | โดย NAME: the separator before the byline
    if (lead := news_dateline(text)) is not None and len(text[lead[1].end:].strip()) >= MIN_RUN_ON_TITLE:
        cut(head=lead[1].end)  # สะบ้าย้อย - 2 ธ.ค. 63 TITLE: a news lead's place and date before its headline
    label = _genre_label_pattern()
    prefix = re.match(rf"^\s*(?:(?:KM|{label})\s*:|(?:{label})\s)\s*", text, re.I)
    if prefix:
        cut(head=prefix.end())
    if (label_end := _after_title_label(text)) is not None:
        cut(head=label_end)  # องค์ความรู้ TITLE, ความรู้เรื่อง TITLE
    while text and (text[:1] in _QUOTES and not _closed_inside(text) or text[:1].isspace()):
        cut(head=1)  # a stray quote, or one enclosing the whole title; “ออมทุกวัน” สร้าง… keeps its own
    while text and (text[-1] in _QUOTES and not _opened_inside(text) or text[-1].isspace()
                    or text[-1] in ".…" and not _ABBREVIATION_END.search(text)):
        cut(tail=1)
    if len(text) > 1 and text[0] in _OPENING and text[-1] in _CLOSING and not _QUOTE_INSIDE.search(text[1:-1]):
        cut(head=1, tail=1)  # a title wholly in quotes
    while text and text[-1] in ".…" and not _ABBREVIATION_END.search(text):
        cut(tail=1)
    return Text(text, start, max(start, end))


_BRACKETS = "[(（"
_BYLINE_SEPARATORS = " |｜–-:·•"
_PLACEHOLDER_HEAD = re.compile(r"([\[(（][^\])）\n]{1,40}[\])）])\s+")


@lru_cache(maxsize=1)
def _picture_placeholder() -> re.Pattern[str]:
    """A picture's placeholder ([ภาพ], (ภาพประกอบ); lexicon.toml [text] picture_placeholder)."""
    return re.compile(tables.lexicon().text.picture_placeholder, re.I)


# a title ending in an abbreviation keeps its dot (กองทุน กข.คจ., พช.)
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[\u0e01-\u0e4e]{1,3}\.$")
_OPENING = "“\"'‘«"
_CLOSING = "”\"'’»"
_QUOTE_INSIDE = re.compile(f"[{_QUOTES}]")


def _closed_inside(text: str) -> bool:
    """A title opening with a quote that closes before the title's end (“ออมทุกวัน” สร้างนิสัยให้เด็ก)."""
    return text[0] in _OPENING and any(mark in _CLOSING for mark in text[1:-1])


def _opened_inside(text: str) -> bool:
    """A title ending with a quote opened after the title's start (สร้างนิสัย “ออมทุกวัน”)."""
    return text[-1] in _CLOSING and any(mark in _OPENING for mark in text[1:-1])


def byline_after_title(text: str) -> int | None:
    """Where a byline run on after a title begins (TITLE โดยนายสมชาย ใจดี, KM : TITLE โดย วรวุฒิ ทองสุข): at the
    last ' โดย' whose rest of the line is a person's name alone (an honorific, or two Thai words that are no
    title's, or a group's name: one run opening with an organization's word, โดยกลุ่มแม่บ้าน…), else None. The
    owners' reader finds the name after it."""
    found = None
    for by in _BY_NAME.finditer(text):
        rest = text[by.end():].strip()
        if is_name_line(rest) or len(rest.split()) == 2 and names_someone(rest) or _group_name_alone(rest):
            found = by.start()
    return found


def _group_name_alone(text: str) -> bool:
    """A group's or organization's name alone, one run of Thai opening with an organization's word (lexicon.toml
    organization_prefixes: กลุ่มแม่บ้านเกษตรกรบ้าน…, วิสาหกิจชุมชน…)."""
    return (len(text) <= MAX_NAME and len(text.split()) == 1
            and text.startswith(tuple(tables.lexicon().organization_prefixes)))


_PAGE_LEAD = re.compile(r"^\s*[0-9๐-๙]{1,3}\s+(?=[\u0e01-\u0e4e\"“])")  # a bare page number before a line's Thai
_IMAGE_NAME = re.compile(r"\s*\S+\.(?:jpe?g|png|gif|webp|bmp)(?=[\u0e01-\u0e4e])", re.I)
_BY_NAME = re.compile(r"\sโดย\s*(?=\S)")


def _guess_title(header: list[Line], segmented: Segmented, clean_text: str) -> Text | None:
    """The first prominent header line that is not chrome, a byline, a dateline, a site or office name or the
    category line: on a page with no form the first such line (its headline); above a form the first with a
    title word (เทคนิค, การ …), else the last header line."""
    running = _running_head_title(header, clean_text)
    if running is not None:
        return running
    category = header_category(segmented)
    _, _, byline_starts, title_words = chrome_words()
    candidates: list[Line] = []
    prose = paragraph_lines(header, clean_text)
    repeated = repeated_lines(clean_text)
    crumbs = _breadcrumb_ends(header)
    under_section_crumb = _under_section_crumb(header, clean_text)
    below = {line.start: following for line, following in zip(header, header[1:], strict=False)
             if clean_text[line.end:following.start] == "\n"}
    over = {following.start: line for line, following in zip(header, header[1:], strict=False)
            if clean_text[line.end:following.start] == "\n"}
    story_head: Line | None = None  # a short line opening the story's first paragraph (its title, on a book page)
    teaser_head: Line | None = None  # the title of the record's own teaser on a listing page
    story_began = False
    transcribed = False  # under a host's Download "NAME" line: the transcription's first line may open with its page
    column_end: int | None = None  # where a column's name alone on its line ends (เรื่องเล่าจากพื้นที่)
    for line in header:
        line_start = line.start  # the header line's own start, before a head or a column's name comes off it
        if transcribed and not is_chrome(line.text):
            transcribed = False
            if page := _PAGE_LEAD.match(line.text):  # 1 TITLE: the transcription's page number, not the title's
                line = Line(line.start + page.end(), line.text[page.end():])
        if _upload_marks()[2].match(line.text):
            transcribed = True
        if (unheaded := _without_publication_head(line)) is None:
            if candidates and clean_text[candidates[-1].end:line.start].strip(" \t") == "\n":
                candidates.pop()  # the series' name right over its volume line (เรื่องเล่าชุมชนเข้มแข็ง / เล่มที่ ๓)
            continue  # a book's series, volume or issue, or its name over a page number
        line = unheaded
        if (compact(line.text) in _two_line_spec()[1] or is_column_name(line.text.strip())
                or compact(line.text) in _heading_words()
                or compact(line.text) in _scoped_headings() and compact(line.text) not in crumbs):
            column_end = line.end
            continue  # a story page's running head (เรื่องเล่าจากพัฒนากร), a cover's ชุดความรู้: the title is below it
            # (a level's heading a breadcrumb ends with is the listing's section: kept, a teaser may name the title)
        under_column = column_end is not None and clean_text[column_end:line_start] == "\n"
        column_end = None
        if (column := _column_head().match(line.text)) is not None:
            line = Line(line.start + column.end(), line.text[column.end():])  # เรื่องเล่าจากพื้นที่ TITLE: a column's
        if image := _IMAGE_NAME.match(line.text):  # an image's file name glued to the title (…_prasert.jpgประชาคม)
            line = Line(line.start + image.end(), line.text[image.end():])
        if (tooled := _without_article_tools(line)) is not None:
            line = tooled  # TITLE PDF พิมพ์ อีเมล: a site's article tools follow an article's title, never its prose
        text = line.text.strip()
        if len(_CRUMB.split(text)) >= 2:
            continue  # the breadcrumb itself (ข่าวกิจกรรม > อำเภอ…): the site's path to the page, never its title
        if crumbs and compact(text) in crumbs and not (category and compact(category.text) == compact(text)):
            candidates.append(line)  # the line a breadcrumb ends with is the page's title, even amid its prose
            continue  # (not the record's category it ends with: the listing's section, ด้านการพัฒนาผู้นำ)
        if _headline_over_lead(text, below.get(line_start)):
            candidates.append(line)  # OFFICE ชวนผู้นำ… over ภูหลวง – ๒๐ ม.ค. ๖๗ …: a news story's headline, no site name
            continue
        if not candidates and not story_began and _first_headline_over_lead(text, below.get(line_start), category,
                                                                            repeated):
            candidates.append(line)  # พัฒนาการอำเภอ…ลงพื้นที่… over เด่นชัย – 14 พ.ย. 65 …: the headline, however long
            continue
        if teaser_head is None and len(text) >= CHROME_DATELINE and (teaser := _teaser_title(text)) is not None:
            at = line.text.find(teaser)
            teaser_head = Line(line.start + at, teaser)  # TITLE D/M/YYYY | โดย NAME | อ่าน N ครั้ง: a listing's teaser
            candidates.append(teaser_head)
            continue
        if len(text) <= MAX_TITLE and (label_end := _after_title_label(line.text)) is not None:
            line = Line(line.start + label_end, line.text[label_end:])  # องค์ความรู้ TITLE: never a menu or a name
            if byline_in(Text(line.text, line.start, line.end)) is None:  # … ชื่อ-นามสกุล NAME: the name's
                value = before_next_label(Text(line.text, line.start, line.end))
                line = Line(value.start, value.text)
            rest = line.text.strip()
            if not is_site_name(rest) and not is_byline(rest) and not is_chrome(rest):
                candidates.append(line)  # (องค์ความรู้ พช.: a label over the site's own short name, a menu's word)
            continue
        if (under_column and not candidates and len(text) <= TITLE_LENGTH and text[-1:] not in ".:!?"
                and not is_story_sentence(text) and not _not_a_title(text, category, repeated)):
            candidates.append(line)  # the line right under a column's name is the story's title, even over its prose
            continue
        if (not candidates and not story_began and line_start in under_section_crumb and len(text) <= TITLE_LENGTH
                and text[-1:] not in ".:!?" and not is_story_sentence(text)
                and not _not_a_title(text, category, repeated, actor_headline=True)):
            candidates.append(line)  # หน้าแรก » ข่าวกิจกรรม / HEADLINE: the headline under the section's breadcrumb
            continue
        if line_start in prose and tooled is None:
            if not story_began and candidates and _bylined_post_title(text, over.get(line_start)):
                candidates.append(line)  # DATE / KM : TITLE โดย NAME over the story: a post's title, its byline on it
                continue
            if not story_began and not candidates and _tagged_headline(text):
                candidates.append(line)  # {{PROVINCE}}TITLE{{CATEGORY}}: a post's headline set in its tags, no prose
                continue
            if _upload_marks()[2].match(line.text):
                continue  # a host's Download "NAME" line over the page it transcribes: the host's, not the story's
            if not story_began and is_site_name(text) and not _office_then_clause(text):
                continue  # a site's name set off over the story's block: the site's, the story not begun
            above = [other for other in candidates if not _upload_marks()[2].match(other.text)  # Download "NAME"
                     and not (repeated and _opens_running_head(other.text, repeated))  # the book's name
                     and not _is_menu_bar(other.text)]  # a site's menu bar: chrome, no title above the story
            if not story_began and not above and text[-1:] not in ".:!?" and \
                    (_short_or_placed(text) or _unwrapped(text, below.get(line_start))
                     or _over_its_date(text, below.get(line_start))) and \
                    not _not_a_title(text, category, repeated, actor_headline=True):
                story_head = line  # a short line over the first paragraph (its opening line, or the story's title)
            story_began = True
            continue  # a line of a paragraph wrapped over several lines is the story, not a title
        if len(text) > MAX_TITLE:
            if candidates:
                break
            run_on = None if is_chrome(text) else _run_on_title(text)
            if run_on is not None:  # a title run on into the story's first sentence
                lead = len(line.text) - len(line.text.lstrip())
                candidates.append(Line(line.start + lead, run_on))
                break
            continue
        if not candidates and (clause := _clause_cut(text)) is not None and not is_chrome(text):
            lead = len(line.text) - len(line.text.lstrip())
            candidates.append(Line(line.start + lead, clause))  # a title run on into a clause of the story
            break
        if max((len(run) for run in text.split()), default=0) > LONG_TITLE_RUN:
            continue  # a run of Thai longer than any title's with no clause cut in it: a sentence of the story
        if text and len(text) < CHROME_DATELINE and (dated := _title_beside_date(text)) is not None:
            at = line.text.find(dated)
            candidates.append(Line(line.start + at, dated))  # a post's title with its date beside it
            continue
        if (not candidates and not story_began and is_site_name(text) and _office_then_clause(text)
                and _unwrapped(text, below.get(line_start)) and not is_story_sentence(text)):
            candidates.append(line)  # สพอ.… ถอดบทเรียน… over its lead (วันนี้ สำนักงาน… ลงพื้นที่…): the headline
            continue  # an office's short name opening it, the story's far longer lead under it
        if _not_a_title(text, category, repeated):
            continue
        candidates.append(line)
    if repeated and (story_head is not None or any(not _opens_running_head(line.text, repeated)
                                                   for line in candidates)):
        candidates = [line for line in candidates if not _opens_running_head(line.text, repeated)]  # the book's name
    if story_head is not None and all(line.start > story_head.start or _upload_marks()[2].match(line.text)
                                      for line in candidates):
        candidates = [story_head]  # a heading after the story began (สิ่งที่เราทำ) is never the title
    menu = _menu_items(header)
    if menu and any(compact(line.text) not in menu for line in candidates):
        candidates = [line for line in candidates if compact(line.text) not in menu]  # a section in its menu
    if any(not _is_menu_bar(line.text) for line in candidates):
        candidates = [line for line in candidates if not _is_menu_bar(line.text)]  # the menu bar itself
    uploads = _upload_names(header, clean_text)
    if uploads and any(line.end not in uploads.ends and compact(line.text) not in uploads.names
                       for line in candidates):  # a host's upload name only when no other line will do
        candidates = [line for line in candidates
                      if line.end not in uploads.ends and compact(line.text) not in uploads.names]
    index_end = _page_index_end(header, clean_text)
    if index_end is not None and any(line.start >= index_end for line in candidates):
        candidates = [line for line in candidates if line.start >= index_end]  # a book's cover is above its index
    # lines mostly in other letters (a host's banner, an English menu) only when no Thai line will do
    candidates.sort(key=lambda line: thai_share(line.text) < MOSTLY_THAI)
    named = [line for line in candidates if compact(line.text) in crumbs] if crumbs else []
    if named and teaser_head is not None and teaser_head.start > named[0].start:
        chosen = teaser_head  # the breadcrumb ends with the listing's section; the post's teaser below it names it
    elif named:  # the line a site's breadcrumb ends with (Home » TITLE) is the page's title
        chosen = named[0]
    elif not has_form(segmented):  # a page with no form: its headline comes first
        if (dated := _after_dateline(candidates, header, clean_text)) is not None:
            candidates = [dated]  # a blog's post title under its date header; the blog's name and tagline above
        chosen = _with_place_line(candidates[0], header, clean_text) if candidates else None
        if chosen is not None and chosen is candidates[0]:
            chosen = _with_next_line(chosen, header, candidates, clean_text)
        if chosen is not None and compact(chosen.text).strip(_QUOTES + ".:") in _series_phrases():
            chosen = _with_title_block(chosen, header, candidates, clean_text)  # a series phrase over the title
    else:  # above a form: the title is the last line opening with a title word, else the last holding one (a
        # portal's section line and a book's cover lines come first; a generic heading, บทเรียนจากการทำงาน, after)
        # of a short line and a story's long first line under it, the short one
        listed = _over_a_list(candidates, header, clean_text)
        if listed and len(listed) < len(candidates):  # a short line over numbered items heads the list (สิ่งที่เราทำ)
            candidates = [line for line in candidates if line not in listed]
        teasers = _teasers_under(candidates, header, clean_text)
        if teasers and len(teasers) < len(candidates):  # a story's first line trailing off under its title (…...)
            candidates = [line for line in candidates if line not in teasers]
        fitting = [line for line in candidates if len(line.text.strip()) <= TITLE_LENGTH] or candidates
        worded = [line for line in fitting if any(word in line.text for word in title_words)]
        bylined = _over_a_byline(candidates, header, clean_text)
        dated = _after_dateline(candidates, header, clean_text)
        if bylined and dated is not None and bylined[0].start < dated.start:
            bylined = [dated]  # a blog's name and tagline over its date header, the post's title under it
        opening = (line for line in reversed(worded) if line.text.lstrip(_QUOTES + " ").startswith(title_words))
        chosen = bylined[0] if bylined else next(opening, worded[-1] if worded else None)
        if chosen is None and candidates:  # no title word: the last line that can be a title (not a sentence)
            chosen = fitting[-1]
        if (chosen is not None and dated is not None and chosen.start < dated.start
                and _under_date_header(dated, header, clean_text)):
            chosen = dated  # a blog's name and tagline over its date header (a title word in them): the post's under it
        if chosen is not None:
            blocked = _with_title_block(chosen, header, candidates, clean_text)
            if blocked is chosen:
                above = _with_line_above(chosen, header, candidates, clean_text)
                blocked = _with_next_line(chosen, header, candidates, clean_text) if above is chosen else above
            chosen = blocked
    if chosen is None and (inline := _inline_title(header)) is not None:
        return inline
    if chosen is None and (dated_heading := _heading_under_date_field(segmented)) is not None:
        return dated_heading
    if chosen is None:
        usable = [line for line in header if line.text.strip() and not is_chrome(line.text)
                  and len(line.text.strip()) <= MAX_TITLE]
        chosen = usable[-1] if usable and segmented.sections else None
    if chosen is None:
        return None
    if (upload := _upload_marks()[2].match(chosen.text)) is not None:
        chosen = Line(chosen.start + upload.start("name"), upload.group("name"))  # Download "NAME": no other line
    lead = len(chosen.text) - len(chosen.text.lstrip())
    title = _clean_title(Text(chosen.text.strip(), chosen.start + lead, chosen.end))
    return title if title.text else None


def _heading_under_date_field(segmented: Segmented) -> Text | None:
    """A story's heading right under a date field opening the record (บันทึกเมื่อวัน… DATE / HEADING / its story),
    no header line above able to be a title (a book's running head, repeated on every page): the line under the
    date, a title's length, no sentence, set off over the far longer paragraph under it."""
    sections = segmented.sections
    if not sections or sections[0].kind != "date" or not sections[0].value.strip():
        return None
    lines = [line for line in sections[0].lines if line.text.strip()]
    if not lines and len(sections) > 1 and sections[1].kind == "body" and not sections[1].heading.strip():
        lines = [line for line in sections[1].lines if line.text.strip()]  # the story's block, no heading of its own
    if len(lines) < 2:
        return None
    heading, under = lines[0], lines[1]
    text = heading.text.strip()
    if (not MIN_RUN_ON_TITLE <= len(text) <= TITLE_LENGTH or text[-1:] in ".:!?" or is_chrome(text)
            or is_story_sentence(text) or not _unwrapped(text, under)):
        return None
    return _whole_heading(heading)


def _inline_title(header: list[Line]) -> Text | None:
    """A form transcribed on one long line (pubhtml5: … - 4 - ชื่อเรื่อง TITLE ชื่อ-สกุล NAME ตำแหน่ง …): the value
    of its one title label, ended where the next label starts; asked only when no header line can be the title."""
    for line in header:
        if len(line.text) <= MAX_TITLE:
            continue
        found = split_inline_fields(Text(line.text, line.start, line.end))
        titles = [value for value in found.fields.get("title", []) if value.start in found.labelled]
        if len(titles) == 1 and len(found.fields) > 1 and len(titles[0].text) <= MAX_TITLE:
            title = _clean_title(_before_field_label(titles[0]))
            return title if title.text else None
    return None


@lru_cache(maxsize=1)
def _field_label_after() -> re.Pattern[str]:
    """A form's field label the header's reader does not know, after a space and with a value after it
    (templates.toml [title_tails] value_end_labels)."""
    labels = "|".join(re.escape(word) for word in longest_first(tables.templates().title_tails.value_end_labels))
    return re.compile(rf"\s(?:{labels or '(?!)'})\s*:?\s+(?=\S)")


def _before_field_label(value: Text) -> Text:
    """A title's value cut where a field label it ran on into begins (“TITLE” สถานที่ บ้าน…: “TITLE”)."""
    label = _field_label_after().search(value.text, MIN_RUN_ON_TITLE)
    if label is None:
        return value
    kept = value.text[:label.start()].rstrip()
    return Text(kept, value.start, value.start + len(kept))


def _short_or_placed(text: str) -> bool:
    """A line short enough to be a title over a story: a title line's length, or a title's with the place it is
    about after it (กองทุน… บ้าน… ตำบล… อำเภอ… จังหวัด…) when what comes before the place is a title line's length."""
    if len(text) <= TITLE_LINE:
        return True
    if len(text) > TITLE_LENGTH:
        return False
    province = find_place(Text(text, 0, len(text)), "province")
    if province is None or province.end != len(text):
        return False
    openers = _two_line_spec()[0]
    place = next((at + 1 for at, char in enumerate(text) if char.isspace() and text[at + 1:].startswith(openers)), None)
    if place is None:
        return False
    before = text[:place].strip()
    genre = tables.templates().title_tails.genre_words
    if before.startswith(genre):  # ถอดบทเรียน TITLE บ้าน… ตำบล…: the genre's word is no part of the title's line
        before = before[next(len(word) for word in longest_first(genre) if before.startswith(word)):].strip()
    return MIN_RUN_ON_TITLE <= len(before) <= TITLE_LINE


def _headline_over_lead(text: str, under: Line | None) -> bool:
    """A news story's headline opening with its office's name (สำนักงานพัฒนาชุมชนอำเภอ… ชวนผู้นำ อช. ถอดบทเรียน…): a
    line a title's length right above the story's dateline lead (ภูหลวง – ๒๐ ม.ค. ๖๗ นาย…), holding more after the
    office's name than a place (a site's banner, OFFICE จังหวัด…, is no headline)."""
    if under is None or len(text) > MAX_TITLE or not opens_with_office(text) or news_dateline(under.text) is None:
        return False
    office = find_office(Text(text, 0, len(text)))
    if office is None:
        return False
    rest = text[office[0].end:].strip()
    return (len(rest) >= MIN_RUN_ON_TITLE and not rest.startswith((*_place_openers(), *_two_line_spec()[0]))
            and not is_chrome(rest))


def _first_headline_over_lead(text: str, under: Line | None, category: Text | None,
                              repeated: frozenset[str]) -> bool:
    """The first line that can be a title, right above a news story's dateline lead (เด่นชัย – 14 พ.ย. 65 นาย…):
    its headline, up to a title's whole length (longer than a title line's over a paragraph), when it ends no
    sentence and joins no clauses; it may open with a post and a place (พัฒนาการอำเภอ…), which is no byline here."""
    if (under is None or not MIN_RUN_ON_TITLE <= len(text) <= MAX_TITLE or text[-1:] in ".:!?"
            or THAI_CHARS.match(text) is None or is_story_sentence(text) or news_dateline(under.text) is None):
        return False
    return not (is_chrome(text) or is_site_name(text) or is_list_item(text) or news_dateline(text) is not None
                or is_name_line(text) or line_key(text) in repeated or category is not None and category.text == text)


def _over_its_date(text: str, under: Line | None) -> bool:
    """A line a title's length, not a sentence, right over a date alone on its line (วันพุธที่ 14 มิถุนายน พ.ศ.
    2566) or a post's stamp (เผยแพร่เมื่อ: DATE | ผู้เข้าชม N): a news post's headline over its date, not a
    paragraph's line however long (the date is no prose)."""
    if under is None or len(text) > TITLE_LENGTH or is_story_sentence(text):
        return False
    date_line = under.text.strip()
    if len(date_line) < CHROME_DATELINE and dateline_in(date_line) is not None and is_chrome(date_line):
        return True  # a post's stamp (เผยแพร่เมื่อ: DATE | ผู้เข้าชม N): the page's, a date and no prose
    return any(found.form in DATELINE_FORMS and len(found.iso) == len("YYYY-MM-DD")
               and not date_line[found.end:].strip() and len(date_line[:found.start].split()) <= 1
               and not any(char.isdigit() for char in date_line[:found.start])
               for found in find_dates(date_line))


def _actor_then_clause(text: str) -> bool:
    """A byline's look ended by a clause: who acts and their place (ชมรมผู้นำอาสาพัฒนาชุมชนอำเภอป่าบอน) and then
    what they did (ชวนเยาวชนเก็บเรื่องเล่า…), Thai words no place, post, office, name or label begins: a headline."""
    places = [found for kind in ("district", "province")
              if (found := find_place(Text(text, 0, len(text)), kind)) is not None]
    if not places:
        return False
    rest = text[max(found.end for found in places):]
    clause = rest.strip()
    if not rest[:1].isspace() or len(clause) < MIN_RUN_ON_TITLE or THAI_CHARS.match(clause) is None:
        return False
    return not (any(char.isdigit() for char in clause) or clause.startswith((*_place_openers(), *_two_line_spec()[0]))
                or names_someone(clause) or find_office(Text(clause, 0, len(clause))) is not None
                or split_inline_fields(Text(clause, 0, len(clause))).fields or is_chrome(clause))


def _office_then_clause(text: str) -> bool:
    """A site's name's look ended by a clause, glued on or not: an office (พัฒนาชุมชนอำเภอปากพนัง) and then what it
    did (พาแกนนำสตรีเรียนทำน้ำพริก…), Thai words no place, post, office, name or label begins: a headline."""
    if not opens_with_office(text) or (office := find_office(Text(text, 0, len(text)))) is None:
        return False
    clause = text[office[0].end:].strip()
    if len(clause) < MIN_RUN_ON_TITLE or THAI_CHARS.match(clause) is None:
        return False
    return not (any(char.isdigit() for char in clause) or clause.startswith((*_place_openers(), *_two_line_spec()[0]))
                or names_someone(clause) or opens_with_office(clause) or is_site_name(clause)
                or split_inline_fields(Text(clause, 0, len(clause))).fields or is_chrome(clause))


def _tagged_headline(text: str) -> bool:
    """A line set between a blog's {{tags}} ({{ชัยภูมิ}}TITLE{{เรื่องเล่า}}): a post's headline, however long, with
    its title a title's length once the tags are off, never the paragraph under it; it may open with its owner's
    name (ชมรม… ปลูก…), so a byline's look does not bar it."""
    if _TAG.match(text) is None or not text.endswith("}}"):
        return False
    bare = _TAG.sub("", text).strip()
    return MIN_RUN_ON_TITLE <= len(bare) <= TITLE_LENGTH and not is_chrome(bare) and not is_site_name(bare)


def _unwrapped(text: str, under: Line | None) -> bool:
    """A line a title's length, not a sentence, over a line far longer than it: not wrapped at the paragraph's
    width (its writer ended it), so a headline over the story's lead, not the lead's first line."""
    return (under is not None and len(text) <= TITLE_LENGTH and len(text) < len(under.text.strip()) * UNWRAPPED_SHARE
            and not is_story_sentence(text))


@lru_cache(maxsize=1)
def _inline_label_opening() -> re.Pattern[str]:
    """A line opening with a header field's label and its value (ตำแหน่ง นักวิชาการ…, สังกัด …, โทร …; lexicon.toml
    [inline_fields]), a space or a colon after the label: a form's field line, never a title."""
    labels = longest_first([label for words in tables.lexicon().inline_fields.values() for label in words])
    return re.compile(rf"^(?:{'|'.join(map(re.escape, labels)) or '(?!)'})(?:\s*[:：]|\s)\s*\S")


_HASHTAGS_ONLY = re.compile(r"(?:#[^\s#]+\s*)+")  # fullmatch: a post's tags alone (#องค์ความรู้ชุมชน #พช.…)


def _not_a_title(text: str, category: Text | None, repeated: frozenset[str], actor_headline: bool = False) -> bool:
    """A header line that is never a title: chrome, a byline, a site's name, the category line, a list or bulleted
    item, a post's hashtags alone, a word alone that cannot end a phrase, a field's line (ตำแหน่ง …), a news lead, a
    person's name alone, or a line the record repeats (a blog's, site's or book's name). With actor_headline, a
    headline opening with who acts (ชมรม…อำเภอ… ชวนเยาวชน…) is no byline."""
    _, _, byline_starts, _ = chrome_words()
    if (not text or is_chrome(text) or text.startswith(byline_starts) or _HASHTAGS_ONLY.fullmatch(text)
            or text in _unfinished_ends() or _inline_label_opening().match(text)):  # ของ alone over a name
        return True
    if category and category.text == text or _owner_label_line(text):
        return True
    if is_site_name(text) and not (actor_headline and _office_then_clause(text)):
        return True
    if is_byline(text) and not (actor_headline and _actor_then_clause(text)):
        return True
    # a numbered step (1) รวมกลุ่ม… 2) …) or a news story's lead is the body; a cover's owner's name is no title
    return (is_list_item(text) or BULLET.match(text) is not None or news_dateline(text) is not None
            or is_name_line(text) or line_key(text) in repeated)


@lru_cache(maxsize=1)
def _owner_label() -> re.Pattern[str]:
    """An owner's one-word label opening a line, a colon after it (ผู้ถ่ายทอดความรู้ :; templates.toml [title_tails]
    owner_label_leads)."""
    leads = "|".join(map(re.escape, longest_first(tables.templates().title_tails.owner_label_leads)))
    return re.compile(rf"^(?:{leads or '(?!)'})[^\s:：]{{1,30}}\s*[:：]\s*")


def _owner_label_line(text: str) -> bool:
    """An owner's field line (ผู้ถ่ายทอดความรู้ : นางสาว…, a label the forms' lists need not hold): the label's
    colon and a person's honorific after it."""
    label = _owner_label().match(text)
    return label is not None and opens_with_honorific(text[label.end():])


@lru_cache(maxsize=1)
def _sentence_marks() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A story's first-person opener at a line's start (ข้าพเจ้า…), and a clause joiner after a space (… ซึ่ง…),
    from templates.toml [title_tails]."""
    spec = tables.templates().title_tails
    openers = "|".join(re.escape(word).replace(r"\ ", r"\s*") for word in longest_first(spec.run_on_openers))
    joiners = "|".join(re.escape(word) for word in longest_first(spec.clause_joiners))
    return re.compile(rf"^\s*(?:{openers or '(?!)'})"), re.compile(rf"\s(?:{joiners or '(?!)'})")


def is_story_sentence(text: str) -> bool:
    """A line longer than a title's line that is a sentence of the story: it opens as a story does (ข้าพเจ้าได้รับ…)
    or joins clauses (… ซึ่งมีผลผลิตล้นตลาด)."""
    opener, joiner = _sentence_marks()
    return len(text.strip()) > TITLE_LINE and bool(opener.match(text) or joiner.search(text))


def _bylined_post_title(text: str, above: Line | None) -> bool:
    """A blog post's title with its writer's byline on its line (KM : TITLE โดย NAME) right under the blog's date
    header alone on its line: the post's title, though the story's paragraph follows with no blank line."""
    if above is None or len(above.text.strip()) >= CHROME_DATELINE or dateline_in(above.text) is None:
        return False
    cut = byline_after_title(text)
    return (cut is not None and MIN_RUN_ON_TITLE <= cut <= TITLE_LENGTH and not _carries_byline(above.text)
            and not is_story_sentence(text[:cut]))


def _carries_byline(text: str) -> bool:
    """A dateline with a byline on its line (12 มี.ค. 2563 | โดย NAME): a post's date and writer under its title,
    not a blog's date header over it."""
    byline_starts = chrome_words()[2]
    return any(f" {start.strip()}" in text for start in byline_starts)


def _after_dateline(candidates: list[Line], header: list[Line], text: str) -> Line | None:
    """A blog post's title: the candidate right under a dateline alone on its line (Blogspot's date header, set off
    by blank lines from the lines above it and the title below it, or right over the title) when
    candidates stand above that date too (the blog's name and tagline), else None; never a sentence of the story
    (a Joomla page's lead under its date, the short title above)."""
    above = {following.start: line for line, following in zip(header, header[1:], strict=False)
             if text[line.end:following.start] == "\n"
             or _set_off(line, text) and not text[line.end:following.start].strip()}
    for at, line in enumerate(candidates):
        date_line = above.get(line.start)  # past blank lines only from a date set off on its own (Blogspot's header)
        if date_line is not None and _HASHTAGS_ONLY.fullmatch(date_line.text.strip()):
            date_line = above.get(date_line.start)  # a post's tags between its date and its title (#องค์ความรู้…)
        if (at > 0 and date_line is not None and len(line.text.strip()) <= TITLE_LENGTH
                and len(date_line.text.strip()) < CHROME_DATELINE and dateline_in(date_line.text) is not None
                and not is_story_sentence(line.text) and not _carries_byline(date_line.text)):
            return line
    return None


def _under_date_header(line: Line, header: list[Line], text: str) -> bool:
    """A line under a dateline set off by blank lines above and below it (Blogspot's date header between the blog's
    name and the post's title), not a page's date written under its title, over its counters."""
    above = [other for other in header if other.end <= line.start]
    if not above:
        return False
    date_line = above[-1]
    return (_set_off(date_line, text) and not text[date_line.end:line.start].strip()
            and text[date_line.end:line.start].count("\n") >= 2 and dateline_in(date_line.text) is not None)


def _set_off(line: Line, text: str) -> bool:
    """A header line with a blank line right above it (a blog's date header set off on its own, not a post's date
    written right under the post's title)."""
    return _BLANK_LINE_ABOVE.search(text, max(0, line.start - BLANK_LINE_REACH), line.start) is not None


BLANK_LINE_REACH = 80  # characters before a line searched for the blank line above it (its spaces included)
_BLANK_LINE_ABOVE = re.compile(r"\n[ \t]*\n[ \t]*\Z")  # searched in text[:line's start]: the line above is blank


def _with_line_above(chosen: Line, header: list[Line], candidates: list[Line], text: str) -> Line:
    """A cover's title set over two lines whose first does not end there (ความสำเร็จของครัวเรือนต้นแบบ /
    การเลี้ยงปลาดุกในบ่อพลาสติก): the line right above the chosen one joined with it, when that line is a short
    candidate that opens with a series phrase, ends on a word that cannot end a phrase (ของ, การ …), is continued by
    the chosen line (ในสวนหลังบ้าน: it opens with ใน, ของ, เพื่อ …), or is shown
    joined with the chosen line in the book's name on another line."""
    at = next((index for index, line in enumerate(header)
               if line.start == chosen.start and line.end == chosen.end), None)
    if not at:
        return chosen
    above = header[at - 1]
    first, second = above.text.strip(), chosen.text.strip()
    if (text[above.end:chosen.start] != "\n" or above.start not in {line.start for line in candidates}
            or len(first) > TITLE_LINE or len(first) + len(second) > MAX_TITLE or first[-1:] in ".:!?"):
        return chosen
    key = compact(first)
    joined = key + compact(second)
    if (any(key.startswith(phrase) for phrase in _series_phrases()) or first.endswith(_unfinished_ends())
            or second.startswith(tuple(tables.templates().title_tails.continuation_openers))
            or compact(second) in _series_phrases()  # a series phrase under a cover's first line (…ผู้นำต้นแบบ / โคก…)
            or any(joined in compact(line.text) for line in header if line is not above and line is not chosen)
            or _holds_upload_name(first, header, text)):
        return Line(above.start, f"{above.text} {chosen.text}")
    return chosen


def _holds_upload_name(first: str, header: list[Line], text: str) -> bool:
    """A cover's first title line holding the host's book name less its place and year (AnyFlip: ครัวเรือนต้นแบบ
    ทับสะแก 2565 over Published by …; the cover: เส้นทางสู่ครัวเรือนต้นแบบ / …): the cover's title begins there. The
    name's longest opening the line holds, letters compared alone (marks may have moved), must end where a place,
    a village or a year begins."""
    ends = _upload_names(header, text).ends
    key = skeleton_key("".join(first.split()))
    for line in header:
        if line.end not in ends:
            continue
        name = "".join(line.text.split())
        for cut in range(len(name), MIN_RUN_ON_TITLE - 1, -1):
            if skeleton_key(name[:cut]) in key:
                return _place_or_year_opens(name[cut:])
    return False


def _place_or_year_opens(rest: str) -> bool:
    """Whether what follows a book's name opens with its place or year (ทับสะแก 2565, อำเภอ…, บ้าน…, ปี 2565, 2565)
    or nothing follows."""
    openers = (*_place_openers(), *tables.lexicon().places.villages,
               *tables.templates().title_tails.year_line_leads)
    return (not rest or _DIGIT.match(rest) is not None or rest.startswith(openers)
            or place_name(rest, "district", known_only=True)[0] is not None)


# page numbers one under the other (01 / 02 / 03), or three or more on one line (01 02 03 04)
@lru_cache(maxsize=1)
def _page_index() -> re.Pattern[str]:
    """Page numbers one under the other, or three or more on one line, that line perhaps opening with a book's
    heading word (สารบัญ 01 02 03 04: a flipbook's contents; lexicon.toml heading_words)."""
    headings = "|".join(map(re.escape, longest_first(tables.lexicon().heading_words))) or "(?!)"
    return re.compile(r"^(?:(?:[ \t]*[0-9๐-๙]{1,3}[ \t]*\n){2,}"
                      rf"|[ \t]*(?:(?:{headings})[ \t]+)?[0-9๐-๙]{{1,3}}(?:[ \t]+[0-9๐-๙]{{1,3}}){{2,}}[ \t]*\n)", re.M)


def _page_index_end(header: list[Line], text: str) -> int | None:
    """Where the last page index among the header lines ends (lines one under the other that are page numbers
    alone, 01 / 02 / 03): a flipbook's cover and contents are above it, the story below."""
    if not header:
        return None
    ends = [match.end() for match in _page_index().finditer(text, header[0].start, header[-1].end)]
    return ends[-1] if ends else None


class _Uploads(NamedTuple):
    ends: frozenset[int]  # where header lines that are an upload's name end
    names: frozenset[str]  # upload names read from a host's path (Home Explore NAME), compact


@lru_cache(maxsize=1)
def _upload_marks() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A host's stamp under an upload's name (Published on …), its path before one (Home Explore NAME), and a
    download's name (Download "NAME"), from templates.toml [chrome] and [title_tails]."""
    chrome = tables.templates().chrome
    stamps = "|".join(f"(?:{pattern})" for pattern in chrome.upload_stamps) or "(?!)"
    leads = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in longest_first(chrome.upload_name_leads))
    hosts = "|".join(re.escape(word) for word in longest_first(tables.templates().title_tails.title_lead_prefixes))
    return (re.compile(stamps, re.I), re.compile(rf"^\s*(?:{leads or '(?!)'})\s+(?P<name>\S.*)$", re.I),
            re.compile(rf"^\s*(?:{hosts or '(?!)'})\s*[\"“](?P<name>[^\"”]+)[\"”]?\s*$", re.I))


def _upload_names(header: list[Line], text: str) -> _Uploads:
    """The header lines that name a host's upload, not the record: the line right above a host's stamp (Published
    on …), the NAME in `Home Explore NAME` wherever written, a download's name that is a blank form's or cut (…)."""
    stamp, path, download = _upload_marks()
    ends: set[int] = set()
    names: set[str] = set()
    for line, below in zip(header, header[1:], strict=False):
        if text[line.end:below.start] == "\n" and stamp.match(below.text.strip()):
            ends.add(line.end)
    for line in header:
        if found := path.match(line.text):
            names.add(compact(found.group("name")))
        elif found := download.match(line.text):  # a host's download name: the title only when no other line will do
            ends.add(line.end)
    return _Uploads(frozenset(ends), frozenset(names))


@lru_cache(maxsize=1)
def _running_head() -> re.Pattern[str]:
    """A running head's phone after its office and its page number at the end (โทร ๐๒-xxxxxxx … หน้า ๑)."""
    page_words = tables.readers().pdf.page_number_words
    labels = [*tables.lexicon().inline_fields["phone"], *tables.templates().title_tails.running_head_phone_words]
    label = "|".join(map(re.escape, longest_first(labels)))
    # a sara am repair may misread a page word's า as ำ (หน้า ๑ as หน้ำ ๑, beside สำนักงาน repaired from สานักงาน)
    page = "|".join(re.escape(word).replace("า", "[าำ]") for word in page_words)
    labelled = rf"(?:{label})(?:\s*/\s*(?:{label}))*\s*[.:]?\s*"  # โทร/โทรสาร ๐๓๒-…, ต่อ ๑๒
    phone = r"[0-9๐-๙][0-9๐-๙\s\-–]{6,14}[0-9๐-๙]"
    number = r"[0-9๐-๙](?:[0-9๐-๙\s\-–]{0,14}[0-9๐-๙])?"  # a further phone's digits, or an extension's
    phones = rf"(?:{labelled})?{phone}(?:\s*(?:[,/]\s*(?:{labelled})?|{labelled}){number})*"
    return re.compile(rf"\s*{phones}\s+(?P<title>.+?)\s+(?:{page})\s*[0-9๐-๙]{{1,4}}\s*$", re.I)


def _whole_heading(alone: Line) -> Text:
    """A heading line as a title, its spaces around it off."""
    lead = len(alone.text) - len(alone.text.lstrip())
    return _clean_title(Text(alone.text.strip(), alone.start + lead, alone.end))


def _running_head_title(header: list[Line], clean_text: str) -> Text | None:
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
            carried = compact(head.group("title"))
            # the heading written alone under the head, that the head repeats: the title; of several (a genre's word
            # set alone, ถ อ ด บ ท เ รี ย น, over the whole title), the longest
            repeated = [alone for alone in header if alone is not line
                        and len(key := compact(alone.text)) >= MIN_RUN_ON_TITLE and carried.startswith(key)]
            # a host's upload name the head repeats (issuu's, over Published on …) shortens the record's own heading
            # under the head (…คุณภาพ บ้าน… for …คุณภาพของกลุ่มเกษตรกรบ้าน…): that heading comes first
            uploaded = _upload_names(header, clean_text).ends
            own = [alone for alone in repeated if alone.end not in uploaded]
            if own:
                return _whole_heading(max(own, key=lambda heading: len(compact(heading.text))))
            if (heading := _heading_under_head(header, line, carried)) is not None:
                return heading
            if repeated:
                return _whole_heading(max(repeated, key=lambda heading: len(compact(heading.text))))
            carried_title = head.group("title")
            if _cover_names_subject(header, line, carried_title):
                return None  # the cover's own title above the heads names more than the head's genre and group
            if (carried_title.startswith(chrome_words()[3])
                    and (address := _address_tail().search(carried_title, MIN_RUN_ON_TITLE)) is not None):
                # an activity's title (การ…) run on into its place (หมู่ที่ ๒ ตำบล… อำเภอ… จังหวัด…): the head's; a
                # place's own title (ถอดองค์ความรู้ หมู่บ้าน…ต้นแบบ บ้าน… หมู่ที่ ๕ …) keeps its address
                carried_title = carried_title[:address.start()]
            return _clean_title(Text(carried_title, line.start + head.start("title"),
                                     line.start + head.start("title") + len(carried_title)))
    return None


@lru_cache(maxsize=1)
def _genre_opening() -> re.Pattern[str]:
    """A genre's word opening a running head's title (ถอดบทเรียนกลุ่ม…): templates.toml [title_tails] genre_words and
    heading_words."""
    spec = tables.templates().title_tails
    words = "|".join(re.escape(word) for word in longest_first([*spec.genre_words, *spec.heading_words]))
    return re.compile(rf"\s*(?:{words or '(?!)'})\s*")


def _cover_names_subject(header: list[Line], head: Line, carried: str) -> bool:
    """A running head's title that is a genre's word and its subject (ถอดบทเรียนกลุ่ม…บ้าน… ตำบล…) under a cover's
    heading above the head that holds the subject and names more (การเลี้ยงปลา… / ของกลุ่ม…บ้าน…): the cover's
    heading is the record's title, the head's only the book's."""
    genre = _genre_opening().match(carried)
    if genre is None or not (words := carried[genre.end():].split()):
        return False
    subject = compact(words[0])
    if len(subject) < MIN_RUN_ON_TITLE:
        return False
    for line in header:
        if line is head:
            return False
        text = line.text.strip()
        key = compact(text)
        if (subject in key and len(key) > len(subject) and len(text) <= TITLE_LINE
                and not _genre_opening().match(text) and not is_chrome(text) and not is_site_name(text)):
            return True
    return False


@lru_cache(maxsize=1)
def _address_tail() -> re.Pattern[str]:
    """An address a running head's title runs on into (… หมู่ที่ ๒ ตำบล… อำเภอ… จังหวัด…): one of templates.toml
    [title_tails] address_openers after a space, then to the end a place's words (the last a district's or
    province's)."""
    openers = "|".join(re.escape(word) for word in longest_first(tables.templates().title_tails.address_openers))
    places = tables.lexicon().places
    levels = "|".join(re.escape(word) for word in longest_first([*places.district, *places.province]))
    return re.compile(rf"\s+(?=(?:{openers or '(?!)'}))(?=.*(?:{levels or '(?!)'})\s*\S+\s*$)")


def _heading_under_head(header: list[Line], head: Line, carried: str) -> Text | None:
    """The standalone heading on the line right under a running head, opening with the words the head's title opens
    with (the head shortens the title and runs on into the place): the whole title, not the head's."""
    at = next((index for index, line in enumerate(header) if line is head), None)
    if at is None or at + 1 >= len(header):
        return None
    below = header[at + 1]
    text = below.text.strip()
    key = compact(text)
    shared = len(os.path.commonprefix([key, carried]))
    if shared < MIN_RUN_ON_TITLE or len(text) > MAX_TITLE or is_chrome(text) or is_site_name(text):
        return None
    lead = len(below.text) - len(below.text.lstrip())
    return _clean_title(Text(text, below.start + lead, below.end))


def _over_a_byline(candidates: list[Line], header: list[Line], text: str) -> list[Line]:
    """The candidates standing right above a person's name alone, a byline or a short dateline (a post's headline
    over its writer or its date)."""
    below = {line.end: following for line, following in zip(header, header[1:], strict=False)
             if text[line.end:following.start] == "\n"}
    return [line for line in candidates
            if (following := below.get(line.end)) is not None
            and (is_name_line(following.text.strip()) or is_byline(following.text)
                 or len(following.text.strip()) < CHROME_DATELINE and dateline_in(following.text) is not None)]


def _over_a_list(candidates: list[Line], header: list[Line], text: str) -> list[Line]:
    """The candidates standing right above a numbered item (๑. …, 1) …): the heading of a list, not a title."""
    below = {line.end: following for line, following in zip(header, header[1:], strict=False)
             if text[line.end:following.start] == "\n"}
    return [line for line in candidates
            if (following := below.get(line.end)) is not None and is_list_item(following.text)]


def _teasers_under(candidates: list[Line], header: list[Line], text: str) -> list[Line]:
    """The candidates trailing off (… or ...) right under another candidate: a story's first line set as a teaser
    under its title (บัญชีครัวเรือน… / วันแรกที่ลงหมู่บ้าน ฉันไม่รู้เลยว่า...), never the title."""
    starts = {line.start for line in candidates}
    above = {following.start: line for line, following in zip(header, header[1:], strict=False)
             if text[line.end:following.start] == "\n"}
    return [line for line in candidates if line.text.rstrip().endswith(_TEASER_ENDS)
            and (over := above.get(line.start)) is not None and over.start in starts]


_CRUMB = re.compile(r"\s[»›>]\s")


def _breadcrumb_ends(header: list[Line]) -> frozenset[str]:
    """The last steps of the breadcrumbs among the header lines (Home » คลังความรู้ » TITLE), compact."""
    ends = set()
    for line in header:
        parts = _CRUMB.split(line.text.strip())
        if len(parts) >= 2 and parts[-1]:
            ends.add(compact(parts[-1]))
    return frozenset(ends)


def _under_section_crumb(header: list[Line], text: str) -> frozenset[int]:
    """Where the header line right below a breadcrumb ending with a site's section (หน้าแรก » ข่าวกิจกรรม, its last
    step a menu word of templates.toml [chrome]) starts: the page's headline, however long the lead under it."""
    menu = chrome_words()[1]
    starts = set()
    for line, following in zip(header, header[1:], strict=False):
        parts = _CRUMB.split(line.text.strip())
        if len(parts) >= 2 and compact(parts[-1]) in menu and text[line.end:following.start] == "\n":
            starts.add(following.start)
    return frozenset(starts)


_MENU_BAR = re.compile(r"\s+[|｜]\s+")


def _menu_items(header: list[Line]) -> frozenset[str]:
    """The items of a site's menu bar among the header lines (หน้าหลัก | ข่าวสาร | เรื่องเล่าความสำเร็จ | …, or set
    apart by spaces alone: หน้าหลัก  องค์ความรู้ชุมชน  ภาพกิจกรรม), compact: a line that repeats one names the site's
    section the page is in, not the page."""
    items = set()
    for line in header:
        parts = _MENU_BAR.split(line.text.strip())
        if len(parts) >= 3:
            items.update(compact(part) for part in parts if part)
        elif (spaced := _spaced_menu_bar(line.text)) is not None:
            items.update(spaced)
    return frozenset(items)


MENU_BAR_ITEMS = 3  # items on a line: fewer is no menu bar
MENU_ITEM = 25  # characters: a menu's item is no longer


def _spaced_menu_bar(text: str) -> list[str] | None:
    """A menu bar whose items are set apart by spaces alone: at least three short words, at least half of them a
    site's menu words (templates.toml [chrome] menu_words), or its first and last one such words (หน้าแรก … ติดต่อ,
    a site's own sections between them), compact; else None."""
    words = [compact(word) for word in text.split()]
    menu = chrome_words()[1]
    if len(words) < MENU_BAR_ITEMS or any(len(word) > MENU_ITEM for word in words):
        return None
    listed = sum(word in menu for word in words)
    if listed * 2 >= len(words):
        return words
    if words[0] in menu and words[-1] in menu:
        return words  # หน้าแรก  เกี่ยวกับศูนย์  หลักสูตร  ติดต่อ: a bar opens and ends with a site's menu words
    return None


def _is_menu_bar(text: str) -> bool:
    """A site's menu bar itself (หน้าหลัก | บันทึกงาน | อัลบั้มภาพ | สมุดเยี่ยม): short items set apart by bars, one
    of them a site's menu word; never a title, nor a title's first line."""
    parts = [compact(part) for part in _MENU_BAR.split(text.strip()) if part]
    return (len(parts) >= MENU_BAR_ITEMS and all(len(part) <= MENU_ITEM for part in parts)
            and any(part in chrome_words()[1] for part in parts)) or _spaced_menu_bar(text) is not None


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
            or len(chosen.text.strip()) + len(place) > MAX_TITLE or is_chrome(place)):
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
MAX_TITLE_LINES = 3
MOSTLY_THAI = 0.5  # share of Thai letters under which a header line is taken for a title only as a last resort
