"""The record's date: a date field, a blog's or a news story's dateline, or the date its last line closes with."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables
from ..model import Line, Record, Segmented, Text
from ..thai import compact, longest_first
from .dates import DateMatch, find_dates, first_date, parse_date
from .repeats import line_key, repeated_lines
from .sections import section_texts


def extract_date(record: Record, segmented: Segmented, header: list[Line]) -> int | None:
    """The record's date: a date field (เขียนเมื่อ, บันทึก ณ วันที่ …), else a dateline among the header lines
    (not a host's upload stamp or a counter), else the date the record's last line closes with. For that last
    one, where its words begin is returned (the item it ran on into is cut there)."""
    title_start = _title_line_start(record, header)
    own = _counted_dateline(header, title_start)
    if own is not None and (record.date is None or _on_a_counted_line(record, own)):
        record.date = own  # the post's own stamp under its title, not a later teaser's (read as a date field)
        record.found_by["date"] = "lexicon"
        return None
    if record.date is not None:
        return None
    for piece in section_texts(segmented, "date"):
        iso = parse_date(piece.text) or next((found.iso for found in find_dates(piece.text)), None)
        if iso:  # a day's date, else the month the field gives (เขียนเมื่อ พฤษภาคม 2560)
            record.date = Text(iso, piece.start, piece.end)
            record.found_by["date"] = "label"
            return None
    dated = _dateline(header, title_start, compact(record.title.text) if record.title else "")
    if dated:
        record.date = dated
        record.found_by["date"] = "lexicon"
        return None
    assert record.clean is not None
    closing = _closing_date(record.clean.text)
    if closing is None:
        stamp = _stamp_under_a_field(segmented)  # a byline's dateline, a blog title field's stamp
        inline = None if stamp else _record_lead_date(header)  # a one-line form's … บันทึกเมื่อ 3 ก.ย. 2563 …
        recorded = None if stamp or inline else _recorded_sentence_date(record.clean.text)
        if stamp or inline or recorded:
            record.date = stamp or inline or recorded
            record.found_by["date"] = "lexicon" if stamp or recorded else "label"
        return None
    record.date, lead_start = closing
    record.found_by["date"] = "label"
    return lead_start


def _title_line_start(record: Record, header: list[Line]) -> int:
    """Where the record's title stands on the page: the first header line that is the title (a listing page's
    post title over its stamp, when the title was read from the form's title field below), else the title."""
    if record.title is None:
        return 0
    key = compact(record.title.text)
    for line in header:
        if line.start >= record.title.start:
            break
        if key and compact(line.text) == key:
            return line.start
    return record.title.start


_THAI_LETTER_ANY = re.compile("[ก-ฮ]")


def _closing_date(text: str) -> tuple[Text, int] | None:
    """The date a record's last line of Thai ends with, after a closing lead (บันทึก ณ วันที่ 12 มี.ค. 63, … ณ
    วันที่ ๑๒ มีนาคม ๒๕๖๓): the date and where its lead begins. Lines with no Thai letter after it (a page
    number, a viewer's footer) do not count."""
    end = len(text)
    repeated = repeated_lines(text)
    tail = _dated_tail_line(text, repeated)
    if tail is not None:
        return tail
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _THAI_LETTER_ANY.search(line) and line_key(line) not in repeated:  # a running head is not the last line
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
    if squeezed.strip() in tables.lexicon().dates.line_leads:  # วันที่ ๙ ก.ย. ๒๕๖๕: the whole last line
        return Text(date.moment, start + date.start, start + date.end), start + len(before) - len(before.lstrip())
    key = "".join(squeezed.split())  # spaces aside: a PDF's Thai repair may drop the one before ณ (ข้อมูลณ วันที่)
    for lead in longest_first(tables.lexicon().dates.closing_leads):
        lead_key = "".join(lead.split())
        if key.endswith(lead_key) and _lead_starts_word(key[: len(key) - len(lead_key)], lead_key):
            lead_start = _start_of_tail(before, lead)
            return Text(date.moment, start + date.start, start + date.end), start + lead_start
    return None


RECORDED_OBJECT = 24  # characters: what a closing sentence says was set down (เรื่องนี้) is at most this long


@lru_cache(maxsize=1)
def _recorded_sentence() -> re.Pattern[str]:
    """A closing sentence's verb of setting the story down, what was set down, and the words before its date
    (บันทึกเรื่องนี้ไว้เมื่อวันที่; lexicon.toml [dates] recorded_verbs, recorded_leads)."""
    spec = tables.lexicon().dates
    verbs = "|".join(map(re.escape, longest_first(spec.recorded_verbs))) or "(?!)"
    leads = "|".join(re.escape(lead).replace("\\ ", r"\s+") for lead in longest_first(spec.recorded_leads)) or "(?!)"
    return re.compile(rf"(?:{verbs})\S{{0,{RECORDED_OBJECT}}}?(?:{leads})\s*")


def _tail_lines(text: str, repeated: frozenset[str] | set[str]):
    """The text's last MAX_TAIL_LINES lines that hold something and are no running head (repeated), last first,
    each with where it starts."""
    end, seen = len(text), 0
    while end > 0 and seen < MAX_TAIL_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip() or line_key(line) in repeated:
            continue
        seen += 1
        yield start, line

def _recorded_sentence_date(text: str) -> Text | None:
    """The date a sentence among a record's last lines says its writer set the story down on (ทีมงานบันทึกเรื่องนี้
    ไว้เมื่อวันที่ ๒๘ กุมภาพันธ์ ๒๕๖๖ หลังกลับจาก…): a day's date right after the sentence's lead, more may follow."""
    for start, line in _tail_lines(text, repeated_lines(text)):
        for lead in _recorded_sentence().finditer(line):
            found = next((date for date in find_dates(line[lead.end():]) if date.start == 0), None)
            if found is not None and not found.month_only and len(found.iso) == len("YYYY-MM-DD"):
                return Text(found.moment, start + lead.end() + found.start, start + lead.end() + found.end)
    return None


def _date_alone(line: str) -> DateMatch | None:
    """A date with a month's name that is all a line holds (July 15, 2016; 15 ก.ค. 2559), not a numeric stamp."""
    found = find_dates(line)
    if len(found) != 1 or found[0].form not in DATELINE_FORMS or len(found[0].iso) != len("YYYY-MM-DD"):
        return None
    return found[0] if not (line[:found[0].start] + line[found[0].end:]).strip(" .,|–-") else None


def _is_number_only(text: str) -> bool:
    """A date written in digits alone (12/07/66): alone on a line it may be a page's stamp, not a closing date."""
    return not _THAI_LETTER_ANY.search(text) and not re.search("[A-Za-z]", text)


_THAI_WORD_CHAR = re.compile("[ก-ฮะ-ฺเ-๎]")  # a Thai letter, vowel or mark (ุ of คุณ): inside a word
WORD_CONTEXT = 24  # characters before a glued lead the word segmenter is shown


def _lead_starts_word(head: str, lead: str) -> bool:
    """Whether a closing lead begins a word after the text before it (no spaces in either): nothing or no letter
    before it, or Thai glued to it that the word segmenter ends where the lead begins (ข้อมูล|ณวันที่, not
    ประมาณ|วันที่: the lead's ณ closes ประมาณ there)."""
    if not head or not (head[-1].isalnum() or _THAI_WORD_CHAR.match(head[-1])):
        return True
    if not (_THAI_WORD_CHAR.match(head[-1]) and _THAI_LETTER_ANY.match(lead[0])):
        return False
    from pythainlp.tokenize import word_tokenize  # only for a lead glued to a Thai word: rare

    context = head[-WORD_CONTEXT:]
    at = 0
    for word in word_tokenize(context + lead, engine="newmm"):
        at += len(word)
        if at >= len(context):
            return at == len(context)
    return False


def _start_of_tail(text: str, tail: str) -> int:
    """Where text's last characters spelling tail (spaces aside) begin."""
    wanted = len(tail.replace(" ", ""))
    index = len(text)
    while wanted > 0 and index > 0:
        index -= 1
        if not text[index].isspace():
            wanted -= 1
    return index
MAX_DATELINE = 80  # characters: a longer line is prose, not a dateline
DATELINE_FORMS = ("dateline-thai", "dateline-english", "worded-thai", "worded-english")  # not iso, numeric


def dateline_in(text: str) -> str | None:
    """The ISO date of a dateline written with a month's name (not a numeric upload stamp or counter)."""
    for found in find_dates(text):
        if found.form in DATELINE_FORMS and len(found.iso) == len("YYYY-MM-DD"):
            return found.iso
    return None


_NEWS_DATELINE = re.compile(r"^\s*(?P<place>[ก-์]{2,25})\s*[–—-]\s*(?=[0-9๐-๙])")


def news_dateline(text: str) -> tuple[re.Match[str], DateMatch] | None:
    """A news dateline opening a line, a place and a date before the story (กุยบุรี – 3 พ.ย. 65 สพอ.…): the match
    (its group "place") and the date found (offsets in text)."""
    opening = _NEWS_DATELINE.match(text)
    if not opening:
        return None
    for found in find_dates(text[: opening.end() + 40]):
        if found.start == opening.end() and found.form in DATELINE_FORMS and len(found.iso) == len("YYYY-MM-DD"):
            return opening, found
    return None


_PLACE_BEFORE_DATE = re.compile(r"^\s*[ก-์]{2,25}\s+(?=[0-9๐-๙])")
_DASH_AFTER_DATE = re.compile(r"\s*[–—-]\s")


def _place_date_lead(text: str) -> DateMatch | None:
    """A news lead opening with its place and date, the dash after the date (ด่านมะขามเตี้ย 12 ก.พ. 2567 – นาย…): the
    date, written with a month's name and a day."""
    opening = _PLACE_BEFORE_DATE.match(text)
    if opening is None:
        return None  # most lines open otherwise: cheap first
    for found in find_dates(text[: opening.end() + 40]):
        if (found.start == opening.end() and found.form in DATELINE_FORMS and len(found.iso) == len("YYYY-MM-DD")
                and _DASH_AFTER_DATE.match(text, found.end)):
            return found
    return None


def _dateline(header: list[Line], title_start: int = 0, title_key: str = "") -> Text | None:
    """The first blog or page dateline among the header lines (By admin, มีนาคม 14, 2561; Wednesday, 11 April
    2018; วันศุกร์ที่ 21 สิงหาคม พ.ศ. 2558), not a host's upload stamp or a counter (numeric dates); a post's
    byline with a numeric date (โดย admin | 22/06/2021) counts from the title on (above it, other posts' own);
    a month and year after a record-date lead (บันทึกเมื่อ พฤษภาคม 2560) is the date to the month; the record's own
    teaser on a listing (TITLE 28/07/2021 | โดย NAME) is its date wherever it stands."""
    for line in header:
        if title_key and (teaser := _own_teaser(line.text, title_key)) is not None:
            return Text(teaser.iso, line.start + teaser.start, line.start + teaser.end)
        news = news_dateline(line.text)
        if news:
            return Text(news[1].iso, line.start + news[1].start, line.start + news[1].end)
        if (placed := _place_date_lead(line.text)) is not None:
            return Text(placed.iso, line.start + placed.start, line.start + placed.end)
        if len(line.text.strip()) >= MAX_DATELINE:
            lead = _opening_dateline(line.text)
            if lead is not None:  # a news story's lead paragraph opening with its date (วันพุธที่ 25 มกราคม 2566 นาย…)
                return Text(lead.iso, line.start + lead.start, line.start + lead.end)
            posted = _post_lead_date(line.text)
            if posted is not None:  # an article's details line: หมวด: … เผยแพร่เมื่อ DATE เขียนโดย admin ฮิต: N
                return Text(posted.iso, line.start + posted.start, line.start + posted.end)
            bracketed = _bracketed_dateline(line.text)
            if bracketed is not None:  # a news lead's date in brackets: … ในตะกร้า (วันพุธที่ 24 มกราคม 2567) โดย…
                return Text(bracketed.iso, line.start + bracketed.start, line.start + bracketed.end)
            continue
        if _upload_stamp().match(line.text.strip()):
            continue  # a viewer's upload stamp (Published on Jun 2, 2016; Uploaded by … on …) dates the upload
        for found in find_dates(line.text):
            # a post's own date, day/month/year too (an ISO stamp, 2020-01-01, is a machine's, not the post's)
            posted = found.form == "numeric" and ((found.lead or "").casefold() in _post_leads()
                                                  or (line.start >= title_start and _bylined(line.text[:found.start])))
            if (found.form in DATELINE_FORMS or posted) and len(found.iso) == len("YYYY-MM-DD"):
                return Text(found.iso, line.start + found.start, line.start + found.end)
            if found.month_only and (found.lead or "") in tables.lexicon().dates.month_leads:
                return Text(found.iso, line.start + found.start, line.start + found.end)
    return None


def _post_lead_date(text: str, leads: frozenset[str] | None = None) -> DateMatch | None:
    """A full date after a post's lead (เผยแพร่เมื่อ, โพสต์เมื่อ, Posted on; or one of `leads`) anywhere in a line,
    however long."""
    leads = leads if leads is not None else _post_leads()
    if not any(lead in text.casefold() for lead in leads):
        return None  # a scan first: most long lines are prose
    for found in find_dates(text):
        if ((found.lead or "").casefold() in leads and (found.form in DATELINE_FORMS or found.form == "numeric")
                and len(found.iso) == len("YYYY-MM-DD")):
            return found  # not a machine's ISO stamp
    return None


def _record_lead_date(header: list[Line]) -> Text | None:
    """A full date after a record date's lead (บันทึกเมื่อ, วันที่บันทึก) inside a long header line: a form written
    on one line, its date field among the others (… โทร 098-… บันทึกเมื่อ 3 ก.ย. 2563 ชื่อเรื่อง …)."""
    for line in header:
        if len(line.text.strip()) >= MAX_DATELINE and (found := _post_lead_date(line.text, _record_leads())):
            return Text(found.iso, line.start + found.start, line.start + found.end)
    return None


def _bracketed_dateline(text: str) -> DateMatch | None:
    """A full date with a month's name standing alone in brackets inside a long line (… ในตะกร้า (วันพุธที่ 24
    มกราคม 2567) โดยมี…): a news story's lead giving its day."""
    if "(" not in text:
        return None  # cheap first: most lines hold no bracket
    for found in find_dates(text):
        if found.form not in DATELINE_FORMS or len(found.iso) != len("YYYY-MM-DD") or found.lead:
            continue
        if text[: found.start].rstrip().endswith("(") and text[found.end:].lstrip().startswith(")"):
            return found
    return None


def _stamp_under_a_field(segmented: Segmented) -> Text | None:
    """A post's stamp line standing among the lines of a header field (a Joomla byline's section: เขียนโดย NAME /
    วันพุธที่ 9 ตุลาคม 2556; a blog's title field: ชื่อ บล็อก : TITLE / วันที่ 2 ก.ย. 2557 เวลา 15:20 น.): the line
    holds a date with a month's name, a date lead before it or none and the post's time after it or none."""
    for section in segmented.of_kind("title", "author"):
        for line in section.lines:
            found = _stamp_alone(line.text)
            if found is not None:
                return Text(found.iso, line.start + found.start, line.start + found.end)
    return None


def _stamp_alone(text: str) -> DateMatch | None:
    """The date of a line that is a lead or none, a date with a month's name and a time or none (วันที่ 2 ก.ย. 2557
    เวลา 15:20 น.; วันพุธที่ 9 ตุลาคม 2556)."""
    if not text.strip() or len(text.strip()) >= MAX_DATELINE:
        return None
    found = find_dates(text)
    if len(found) != 1 or found[0].form not in DATELINE_FORMS or len(found[0].iso) != len("YYYY-MM-DD"):
        return None
    before = re.sub(r"\s+", " ", text[: found[0].start]).strip(" :")
    dates = tables.lexicon().dates
    if before and before not in dates.leads and before not in dates.line_leads:
        return None
    return found[0] if _time_after().fullmatch(text[found[0].end:]) else None


@lru_cache(maxsize=1)
def _time_after() -> re.Pattern[str]:
    """What may follow a post's date on its stamp line: nothing, or its time (เวลา 15:20 น., 15.20)."""
    dates = tables.lexicon().dates
    leads = "|".join(re.escape(word) for word in longest_first(dates.time_leads))
    suffixes = "|".join(re.escape(word) for word in longest_first(dates.time_suffixes))
    return re.compile(rf"\s*(?:[,|]?\s*(?:(?:{leads or '(?!)'})\s*)?[0-9๐-๙]{{1,2}}[:.][0-9๐-๙]{{2}}"
                      rf"(?:[:.][0-9๐-๙]{{2}})?\s*(?:{suffixes or '(?!)'})?)?\s*", re.I)


def _opening_dateline(text: str) -> DateMatch | None:
    """The date a long line opens with, written with a month's name and a day (วันพุธที่ 25 มกราคม 2566 นาย…,
    เมื่อวันที่ 3 ก.พ. 2565 …): a news story's lead paragraph dated in its first words."""
    opening = text[: len(text) - len(text.lstrip()) + MAX_DATELINE]
    found = first_date(opening)
    if found is None or found.form not in DATELINE_FORMS or len(found.iso) != len("YYYY-MM-DD"):
        return None
    before = opening[: found.start].strip()
    return found if not before or before == (found.lead or "").strip() else None


def _counted_stamp(text: str) -> DateMatch | None:
    """A post's stamp line: a lead (วันที่, อัปเดต) or none, one date in any form, a section's name or none and the
    post's view count, joined by | or spaces (วันที่ 12/08/2022 | อ่าน 56 ครั้ง; อัปเดต 03/02/2022  ดู 61;
    17/11/2565 | ข่าวองค์ความรู้ | อ่าน 211; lexicon.toml [dates] stamp_leads, view_counts): its date."""
    stripped = text.strip()
    if len(stripped) >= MAX_DATELINE or (count := _view_count().search(stripped)) is None:
        return None  # cheap first: most lines close on no view count
    found = find_dates(stripped[:count.start()])
    if len(found) != 1 or len(found[0].iso) != len("YYYY-MM-DD"):
        return None
    lead = stripped[: found[0].start].strip(" |｜:")
    dates = tables.lexicon().dates
    if lead and lead not in dates.line_leads and lead not in dates.stamp_leads:
        return None
    section = stripped[found[0].end:count.start()].strip()
    if section and not _STAMP_SECTION.fullmatch(section):
        return None
    return found[0]


_STAMP_SECTION = re.compile(r"[|｜·•]?(?:\s*[^\d๐-๙|｜·•]{1,40}?\s*[|｜·•]?)?")


@lru_cache(maxsize=1)
def _view_count() -> re.Pattern[str]:
    """A post's view count closing its stamp line (| อ่าน 211 ครั้ง, ดู 61, views 88), after a separator or spaces."""
    words = "|".join(re.escape(word) for word in longest_first(tables.lexicon().dates.view_counts))
    return re.compile(rf"(?:^|[\s|｜·•])(?:{words or '(?!)'})\s*:?\s*[0-9๐-๙][0-9๐-๙,]*\s*(?:ครั้ง|คน|times)?$", re.I)


def is_post_stamp(text: str) -> bool:
    """Whether a line is a post's stamp (a date and a view count): chrome, never the title nor joined to it."""
    return _counted_stamp(text) is not None


def _counted_dateline(header: list[Line], title_start: int) -> Text | None:
    """The first listing post's stamp from the title on (วันที่ 12/08/2022 | อ่าน 56 ครั้ง): the title's post's."""
    for line in header:
        if line.start >= title_start and (found := _counted_stamp(line.text)) is not None:
            return Text(found.iso, line.start + found.start, line.start + found.end)
    return None


def _on_a_counted_line(record: Record, own: Text) -> bool:
    """Whether the date read before (a date field's) stands on a later post's stamp line: that post's, not this."""
    assert record.date is not None and record.clean is not None
    text = record.clean.text
    if record.date.start <= own.start:
        return False
    start = text.rfind("\n", 0, record.date.start) + 1
    end = text.find("\n", record.date.start)
    return _counted_stamp(text[start:end if end >= 0 else len(text)]) is not None


@lru_cache(maxsize=1)
def _upload_stamp() -> re.Pattern[str]:
    """A document host's upload stamp (issuu's Published on, docplayer's and scribd's Uploaded by; templates.toml
    [chrome] upload_stamps): the date on it is the upload's, not the record's."""
    stamps = "|".join(f"(?:{pattern})" for pattern in tables.templates().chrome.upload_stamps)
    return re.compile(stamps or "(?!)", re.I)


_BYLINE_SEPARATORS = "|│/·•,-–—"


def teaser_head(text: str) -> bool:
    """A listing teaser's head: a date with a month's name, a separator and a byline after it, the teaser's title
    before it or on the line above (TITLE 5 ม.ค. 2565 | โดย NAME, 12 มี.ค. 2563 | โดย NAME)."""
    return _teaser_date(text, DATELINE_FORMS) is not None


def _teaser_date(text: str, forms: tuple[str, ...]) -> DateMatch | None:
    """The date of a listing teaser's head (TITLE DATE | โดย NAME), its first date in one of `forms`."""
    if len(text.strip()) >= MAX_DATELINE + MAX_DATELINE:
        return None
    for found in find_dates(text):
        if found.form not in forms:
            continue
        after = text[found.end:].lstrip()
        if not after or after[0] not in _BYLINE_SEPARATORS:
            return None
        after = after[1:].lstrip()
        bylined = any(after.casefold().startswith(lead.casefold()) for lead in tables.lexicon().dates.by_leads)
        return found if bylined else None
    return None


def _own_teaser(text: str, title_key: str) -> DateMatch | None:
    """The date of the teaser of the record's own post (its title, a date in any form, | โดย NAME: TITLE
    28/07/2021 | โดย NAME), wherever it stands on the listing: the title before the date is the record's."""
    if not title_key or title_key not in compact(text):
        return None  # cheap first: most lines do not hold the title
    found = _teaser_date(text, (*DATELINE_FORMS, "numeric"))
    if found is None or len(found.iso) != len("YYYY-MM-DD"):
        return None
    before = compact(text[: found.start])
    number = before[: len(before) - len(title_key)]  # a listing's item number (เรื่องที่ 7 :) before the title
    numbered = len(number) <= MAX_ITEM_NUMBER and _ITEM_NUMBER_END.search(number) is not None
    return found if before.endswith(title_key) and (not number or numbered) else None


MAX_ITEM_NUMBER = 16  # characters (spaces aside) of a listing's item number before a teaser's title: เรื่องที่ 7 :
_ITEM_NUMBER_END = re.compile(r"[0-9๐-๙][.:)]?$|[:.)]$")


def _bylined(before: str) -> bool:
    """Whether the text before a date is a byline ending in a separator (โดย admin |, By somchai ·)."""
    squeezed = before.strip()
    if not squeezed or squeezed[-1] not in _BYLINE_SEPARATORS:
        return False
    words = squeezed[:-1].split()
    return any(squeezed.casefold().startswith(lead.casefold() + " ") or squeezed.startswith(lead + ":")
               for lead in tables.lexicon().dates.by_leads) and 2 <= len(words) <= 6


MAX_TAIL_LINES = 6  # the last lines of a page a whole-line record date may stand among (comments, share links after)


def _dated_tail_line(text: str, repeated: frozenset[str] | set[str]) -> tuple[Text, int] | None:
    """A line among a page's last lines that is wholly a closing lead and a date (บันทึกเมื่อ 3 สิงหาคม 2565),
    with a page's links or comments after it, or that opens with a post's lead and its date (a footer's Posted on
    Sep 5, 2023 by …): the date and where its lead begins."""
    leads = tables.lexicon().dates.closing_leads
    for start, line in _tail_lines(text, repeated):
        posted = _post_lead_date(line) if line.lstrip().casefold().startswith(_post_leads_tuple()) else None
        if posted is not None:  # a post's footer stamp opening its line (Posted on Sep 5, 2023 by NAME | หมวด …)
            return Text(posted.iso, start + posted.start, start + posted.end), start + len(line) - len(line.lstrip())
        if not any(lead in line for lead in leads):
            continue
        found = find_dates(line)
        if len(found) != 1 or found[0].month_only or line[found[0].end:].strip(" .)]"):
            continue
        before = re.sub(r"\s+", " ", line[: found[0].start]).strip()
        if before in leads:
            lead_start = len(line) - len(line.lstrip())
            return Text(found[0].moment, start + found[0].start, start + found[0].end), start + lead_start
    return None


@lru_cache(maxsize=1)
def _post_leads() -> frozenset[str]:
    return frozenset(lead.casefold() for lead in tables.lexicon().dates.post_leads)


@lru_cache(maxsize=1)
def _record_leads() -> frozenset[str]:
    """A post's leads and a record date's (บันทึกเมื่อ, วันที่บันทึก: lexicon.toml [dates] month_leads)."""
    return _post_leads() | frozenset(lead.casefold() for lead in tables.lexicon().dates.month_leads)


@lru_cache(maxsize=1)
def _post_leads_tuple() -> tuple[str, ...]:
    return tuple(_post_leads())
