"""Find the dates written in records and blog datelines, and read them to ISO 8601 (Christian era).

`find_dates(text)` returns every date in text, in order, as a DateMatch whose start/end are offsets in the
given text (text[start:end] is the date as written; a lead word such as "ณ วันที่" or "By admin," is outside
the span and reported in .lead). Forms (.form):

    iso               2018-03-28, 2561-03-28, 2017-04-04-13:02:20 (the time goes to .time), 2018/03/28
    numeric           28/3/2561, 28-03-2018, 28.03.2561, 14/3/61 (day first; see below)
    worded-thai       28 มีนาคม 2561, ๒๘ มี.ค. ๖๑, 28มี.ค.61, 21 สิงหาคม พ.ศ. 2558, 28 มีนาคม 2018
    worded-english    28 March 2018, 28th Mar. 2018, 28-Mar-2018
    dateline-thai     วันพุธที่ 28 มีนาคม 2561, มีนาคม 14, 2561, เดือนสิงหาคม 15, 2014
    dateline-english  Wednesday, 28 March 2018, March 28, 2018
    month-thai        มีนาคม 2561, ประจำเดือน มี.ค.61, เดือนมี.ค.61   → .iso is "YYYY-MM"
    month-english     March 2018                               → .iso is "YYYY-MM"

The language in a form is the month name's; "dateline" means a weekday opens the date or the month comes
before the day. All words (months, weekdays, era markers, leads) are in kmgraph/data/lexicon.toml.
pythainlp (5.x) is no finder: util.thai_strptime reads one known format and raises IndexError on any other,
and its month regex takes the dots of ม.ค. as any character; its month and weekday lists check the lexicon's
in tests/test_dates.py (offline, nothing downloaded).

Era rule (.era, .era_guessed):
  * a marker (พ.ศ., B.E. → Buddhist; ค.ศ., A.D. → Christian) decides, not a guess; a 4-digit year whose size
    contradicts its marker (พ.ศ. 2018) is read by its size, with a warning;
  * a 4-digit year from 2400 to 2600 is Buddhist, from 1800 to 2200 Christian (2018 with a Thai month is
    Christian), not a guess; any other 4-digit year is not a date;
  * a 2-digit year without a marker is a guess (era_guessed=True, with a warning): 40-99 is Buddhist
    (61 → พ.ศ. 2561 → 2018), 00-39 Christian (18 → 2018).
A weekday that does not agree with the date is a warning, not a rejection. Impossible dates (31 เมษายน 2561)
are skipped whole (no month is read out of them). Not dates:
  * a year alone (ปี 2561, พ.ศ. 2561), a day and month with no year (14 มีนาคม);
  * numbers without a month name (15,000 บาท, ร้อยละ 80), phone numbers (081-992-0387), times (10:30),
    dotted numbers with a 2-digit year (1.2.15: section numbers), d/m/y ranges written without spaces;
  * an English month with a 2-digit number and nothing else (March 15);
  * an abbreviated Thai month (a name with a dot) and a year with neither "เดือน" nor a lead word before them
    (มติ ก.พ. 2551: ก.พ. is also the civil service commission), while ประจำเดือน มี.ค.61 is a month;
  * a 2-digit "year" followed by a comma and a number (in 1 สิงหาคม 15, 2014 the date is สิงหาคม 15, 2014).
Numeric dates are day first; month first (12/25/2018) is taken only when day first is impossible, with a
warning. Every regex is built once, longest names first, with bounded repeats only, so finding is linear in
the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .. import tables
from ..thai import alternation, to_arabic_digits

BUDDHIST_ERA_OFFSET = 543
BUDDHIST_YEARS = range(2400, 2601)
CHRISTIAN_YEARS = range(1800, 2201)
TWO_DIGIT_BUDDHIST_FROM = 40  # a 2-digit year from 40 is พ.ศ. 25xx, below it ค.ศ. 20xx
BUDDHIST = "buddhist"
CHRISTIAN = "christian"

_MAX_SPACES = 4
_SPACE = rf"[^\S\n]{{0,{_MAX_SPACES}}}"  # up to 4 spaces or tabs; a date never spans lines
_BY_NAME_MAX = 40  # the most characters of an author's name between "By" and the dateline's comma
_MARGIN = 12  # more than any lookahead after a date's last character
_NOT_LETTER_AFTER = r"(?![A-Za-z])"


@dataclass(frozen=True)
class DateMatch:
    """One date found in a text: text[start:end] is the date as written."""

    start: int
    end: int
    iso: str  # YYYY-MM-DD, or YYYY-MM for a month written without a day (form month-*)
    era: str  # "buddhist" or "christian": the era the year was written in
    era_guessed: bool
    form: str
    time: str | None = None  # HH:MM:SS written with an ISO date
    weekday: int | None = None  # ISO weekday named in the text (Monday = 1), whether right or wrong
    lead: str | None = None  # the lead word before the date as written: "ณ วันที่", "By", "โพสต์เมื่อ"
    warnings: tuple[str, ...] = ()

    @property
    def month_only(self) -> bool:
        return len(self.iso) == 7

    @property
    def moment(self) -> str:
        """iso with the time when one was written: 2017-04-04T13:02:20."""
        return f"{self.iso}T{self.time}" if self.time else self.iso


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]  # key: the name folded by _fold
    weekdays: dict[str, int]
    buddhist_era: frozenset[str]
    era_markers: dict[str, str]  # era → its first marker in the lexicon, for warnings: buddhist → พ.ศ.
    pattern: re.Pattern[str]  # a whole date with its lead and weekday
    anchor: re.Pattern[str]  # what every date holds: a Thai month, a Latin word (a month?), d/m/y digits
    before_anchor: int  # the most characters a date (with its lead) may have before its anchor
    after_anchor: int  # the most characters a date may have from its anchor's start on, and a margin


def _fold(name: str) -> str:
    """A name's lookup key: lower case, no final dot, no spaces (Mar. → mar, มี.ค. → มี.ค)."""
    return re.sub(r"\s+", "", name).lower().rstrip(".")


def _name(name: str) -> str:
    """A regex for one lexicon entry: spaces match up to 4 spaces, a final dot may be left out,
    and an entry that starts or ends with a Latin letter must not run into another word."""
    body = _SPACE.join(re.escape(part) for part in name.split())
    if name.endswith(".") and len(name) > 2:
        body = body[: -len(re.escape("."))] + r"\.?"
    if name[:1].isascii() and name[:1].isalpha():
        body = r"(?<![A-Za-z])" + body
    if name[-1:].isascii() and name[-1:].isalpha():
        body += _NOT_LETTER_AFTER
    return body


def _alternation(names: Iterable[str]) -> str:
    return alternation(names, _name)


def _pattern(lexicon: dict) -> str:
    words = lexicon.dates
    thai_month = _alternation(lexicon.months)
    english_month = _alternation(lexicon.months_english)
    era = _alternation(words.buddhist_era + words.christian_era)
    month_prefixes = _alternation(words.month_prefixes)
    day_suffix = rf"(?:{_alternation(words.day_suffixes)})?"

    def month(tag: str) -> str:
        prefix = rf"(?:(?P<mp{tag}>{month_prefixes}){_SPACE})?"
        return rf"{prefix}(?:(?P<mt{tag}>{thai_month})|(?P<me{tag}>{english_month})\.?)"

    def day(tag: str) -> str:
        return rf"(?<!\d)(?P<d{tag}>\d{{1,2}}){day_suffix}(?!\d)"

    def year(tag: str) -> str:
        return (rf"(?:(?P<ea{tag}>{era}){_SPACE})?(?<!\d)(?P<y{tag}>\d{{4}}|\d{{2}}(?!{_SPACE},{_SPACE}\d))(?!\d)"
                rf"(?:{_SPACE}(?P<eb{tag}>{era}))?")

    weekday = (rf"(?:(?:{_alternation(words.weekday_prefixes)})?(?P<wt>{_alternation(lexicon.weekdays)})"
               rf"(?:{_alternation(words.weekday_suffixes)})?|(?P<we>{_alternation(lexicon.weekdays_english)})"
               rf"\.?){_SPACE},?{_SPACE}")
    lead = (rf"(?:(?P<lead>{_alternation(words.leads)}){_SPACE}[:.]?{_SPACE}"
            rf"|(?P<by>{_alternation(words.by_leads)}){_SPACE}:?[^\S\n]{{1,4}}[^,\n]{{1,{_BY_NAME_MAX}}}?,{_SPACE})")
    iso = (r"(?<![\d.,/:-])(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d)"
           r"(?:(?:[-T]|[^\S\n]{1,4})(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2}))?(?![\d:]))?")
    numeric = (r"(?<![\d.,/:-])(?P<nd>\d{1,2})(?P<nsep>[-/.])(?P<nm>\d{1,2})(?P=nsep)(?P<ny>\d{4}|\d{2})"
               r"(?![\d/:-]|[.,]\d)")
    day_first = rf"{day('1')}{_SPACE}[-/]?{_SPACE}{month('1')}{_SPACE}[-/,]?{_SPACE}{year('1')}"
    month_first = rf"{month('2')}{_SPACE}{day('2')}{_SPACE},?{_SPACE}{year('2')}"
    month_only = rf"{month('3')}{_SPACE}[-/,]?{_SPACE}{year('3')}"
    body = f"{iso}|{numeric}|{day_first}|{month_first}|{month_only}"
    return rf"(?:{lead})?(?P<date>(?:{weekday})?(?:{body}))"


def _width(entries: Iterable[str]) -> int:
    """The most characters an entry of a lexicon list may take in text (a space stands for up to 4)."""
    return max(len(entry) + (_MAX_SPACES - 1) * entry.count(" ") for entry in entries)


def _reach(lexicon: dict) -> tuple[int, int]:
    """How far a date may reach before and after the start of its anchor (see _Words), from the lexicon."""
    words, space = lexicon.dates, _MAX_SPACES
    lead = max(_width(words.leads) + 2 * space + 1,
               _width(words.by_leads) + 3 * space + 2 + _BY_NAME_MAX + 1)
    weekday = (_width(words.weekday_prefixes) + _width(words.weekday_suffixes) + 2 * space + 2
               + max(_width(lexicon.weekdays), _width(lexicon.weekdays_english)))
    day = 2 + _width(words.day_suffixes) + 2 * space + 1
    month = max(_width(lexicon.months), _width(lexicon.months_english) + 1)
    era = _width(words.buddhist_era + words.christian_era)
    before = lead + weekday + day + _width(words.month_prefixes) + space
    after = month + day + 2 * space + 1 + 2 * (era + space) + 4 + _MARGIN
    return before, after


@lru_cache(maxsize=1)
def _words() -> _Words:
    lexicon = tables.lexicon()
    months = {_fold(name): number for name, number in lexicon.months.items()}
    months.update({_fold(name): number for name, number in lexicon.months_english.items()})
    weekdays = {_fold(name): number for name, number in lexicon.weekdays.items()}
    weekdays.update({_fold(name): number for name, number in lexicon.weekdays_english.items()})
    buddhist = frozenset(_fold(marker) for marker in lexicon.dates.buddhist_era)
    anchor = re.compile(rf"(?P<month>{_alternation(lexicon.months)})|(?P<latin>[A-Za-z]+)"
                        r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
    before, after = _reach(lexicon)
    markers = {BUDDHIST: lexicon.dates.buddhist_era[0], CHRISTIAN: lexicon.dates.christian_era[0]}
    pattern = re.compile(_pattern(lexicon), re.IGNORECASE)
    return _Words(months, weekdays, buddhist, markers, pattern, anchor, before, after)


@dataclass(frozen=True)
class _Year:
    christian: int
    era: str
    guessed: bool
    warning: str | None = None


def _read_year(digits: str, marker: str | None) -> _Year | None:
    """The Christian-era year for a year as written, by the era rule in the module docstring."""
    value = int(digits)
    marked = None if marker is None else BUDDHIST if _fold(marker) in _words().buddhist_era else CHRISTIAN
    if len(digits) == 2:
        era = marked or (BUDDHIST if value >= TWO_DIGIT_BUDDHIST_FROM else CHRISTIAN)
        christian = 2500 + value - BUDDHIST_ERA_OFFSET if era == BUDDHIST else 2000 + value
        if marked:
            return _Year(christian, era, False)
        written = f"{_words().era_markers[era]} {christian + BUDDHIST_ERA_OFFSET if era == BUDDHIST else christian}"
        return _Year(christian, era, True, f"2-digit year '{digits}' has no era: read as {written} ({christian})")
    era = BUDDHIST if value in BUDDHIST_YEARS else CHRISTIAN if value in CHRISTIAN_YEARS else None
    if era is None:
        return None
    christian = value - BUDDHIST_ERA_OFFSET if era == BUDDHIST else value
    warning = f"year {digits} is marked '{marker}' but read as {era} era ({christian})" if marked not in (None, era) \
        else None
    return _Year(christian, era, False, warning)


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _valid_time(hours: str | None, minutes: str | None, seconds: str | None) -> str | None:
    if hours is None or minutes is None:
        return None
    h, m, s = int(hours), int(minutes), int(seconds or 0)
    return f"{h:02d}:{m:02d}:{s:02d}" if h < 24 and m < 60 and s < 60 else None


def _read(match: re.Match[str]) -> DateMatch | None:
    """A DateMatch for a regex match, or None when the date is impossible or not a date."""
    words = _words()
    group = match.group
    start, end = match.span("date")
    warnings: list[str] = []
    time = None
    if group("iy"):
        year = _read_year(group("iy"), None)
        found = year and _valid_day(year.christian, int(group("im")), int(group("id")))
        if year is None or found is None:
            return None
        form = "iso"
        time = _valid_time(group("hh"), group("mi"), group("ss"))
        if group("hh") and time is None:
            end = match.end("id")
    elif group("nd"):
        if group("nsep") == "." and len(group("ny")) == 2:
            return None
        year = _read_year(group("ny"), None)
        if year is None:
            return None
        form = "numeric"
        found = _valid_day(year.christian, int(group("nm")), int(group("nd")))
        if found is None:
            found = _valid_day(year.christian, int(group("nd")), int(group("nm")))
            if found is None:
                return None
            warnings.append(f"'{match.group('date')}' is not a day/month/year date: read as month/day/year")
    else:
        tag = next(t for t in "123" if group(f"y{t}"))
        thai_month = group(f"mt{tag}")
        month = words.months[_fold(thai_month or group(f"me{tag}"))]
        language = "thai" if thai_month else "english"
        marker = group(f"ea{tag}") or group(f"eb{tag}")
        if tag == "3" and len(group("y3")) == 2 and not thai_month and not marker:
            return None  # "March 15": a day, not a 2-digit year
        if tag == "3" and thai_month and "." in thai_month and not (group("mp3") or group("lead")):
            return None  # "มติ ก.พ. 2551": an abbreviation alone (here the civil service commission)
        year = _read_year(group(f"y{tag}"), marker)
        if year is None:
            return None
        if tag == "3":
            found = None
            form = f"month-{language}"
        else:
            found = _valid_day(year.christian, month, int(group(f"d{tag}")))
            if found is None:
                return None
            dateline = tag == "2" or group("wt") or group("we")
            form = f"{'dateline' if dateline else 'worded'}-{language}"
    iso = found.isoformat() if found else f"{year.christian:04d}-{month:02d}"
    if year.warning:
        warnings.append(year.warning)
    weekday_name = group("wt") or group("we")
    weekday = words.weekdays[_fold(weekday_name)] if weekday_name else None
    if weekday and found and found.isoweekday() != weekday:
        actual = found.strftime("%A")
        warnings.append(f"weekday '{weekday_name}' does not agree with {iso}, a {actual}")
    lead = group("lead") or group("by")
    return DateMatch(start, end, iso, year.era, year.guessed, form, time, weekday, lead, tuple(warnings))


def _matches(text: str, anchored: bool = True) -> Iterator[re.Match[str]]:
    """Matches of the date regex in text (Arabic digits), left to right, none overlapping.

    The whole regex is slow to try at every character of a long Thai text, so it is tried only in the
    regions around anchors (every date holds one: a Thai month name, an English one, or d/m/y digits) that a
    date can reach: the windows of overlapping anchors merge, so no character is tried twice and a date never
    crosses a region's edge. anchored=False tries it everywhere (the same matches, for tests)."""
    words = _words()
    if not anchored:
        yield from words.pattern.finditer(text)
        return
    region_start = region_end = -1
    for anchor in words.anchor.finditer(text):
        latin = anchor.group("latin")
        if latin and latin.lower() not in words.months:
            continue
        window_start = max(0, anchor.start() - words.before_anchor)
        window_end = min(len(text), anchor.start() + words.after_anchor)
        if window_start > region_end:
            if region_end > 0:
                yield from words.pattern.finditer(text, region_start, region_end)
            region_start = window_start
        region_end = window_end
    if region_end > 0:
        yield from words.pattern.finditer(text, region_start, region_end)


def iter_dates(text: str) -> Iterator[DateMatch]:
    """The dates in text, in order (see find_dates)."""
    for match in _matches(to_arabic_digits(text)):  # one character for one: offsets stay those of text
        found = _read(match)
        if found is not None:  # an impossible date is skipped whole: none of it starts another one
            yield found


def find_dates(text: str) -> list[DateMatch]:
    """Every date in text, in order, with offsets in text; see the module docstring for forms and eras."""
    return list(iter_dates(text))


def first_date(text: str) -> DateMatch | None:
    """The first date with a day in text (a month written without a day is passed over), or None."""
    return next((found for found in iter_dates(text) if not found.month_only), None)


def parse_date(text: str) -> str | None:
    """ISO 8601 for the first date with a day in text (with its time when written: 2017-04-04T13:02:20)."""
    found = first_date(text)
    return found.moment if found else None


def parse_date_with_warning(text: str) -> tuple[str | None, str | None]:
    """parse_date and one line for the record's warnings when the era was guessed, the weekday disagrees
    or the date was read month first; (None, None) when there is no date."""
    found = first_date(text)
    if found is None:
        return None, None
    return found.moment, "; ".join(found.warnings) or None
