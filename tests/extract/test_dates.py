import pytest

from kmgraph import tables
from kmgraph.extract.dates import DateMatch, find_dates, first_date, parse_date, parse_date_with_warning


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2017-04-04-13:02:20", "2017-04-04T13:02:20"),
        ("2017-04-04", "2017-04-04"),
        ("๔ เมษายน ๒๕๖๐", "2017-04-04"),
        ("15 มี.ค. 2561", "2018-03-15"),
        ("4/4/2560", "2017-04-04"),
        ("ไม่ระบุ", None),
        ("2017-13-45", None),
    ],
)
def test_dates(text, iso):
    assert parse_date(text) == iso


B, C = "buddhist", "christian"

# text, the date as written in it, iso, era, era guessed, form
FORMS = [
    # blog datelines seen in real records (dates invented)
    ("Wednesday, 28 March 2018", "Wednesday, 28 March 2018", "2018-03-28", C, False, "dateline-english"),
    ("เดือนสิงหาคม 15, 2014", "เดือนสิงหาคม 15, 2014", "2014-08-15", C, False, "dateline-thai"),
    ("วันศุกร์ที่ 21 สิงหาคม พ.ศ. 2558", "วันศุกร์ที่ 21 สิงหาคม พ.ศ. 2558", "2015-08-21", B, False, "dateline-thai"),
    ("By admin, มีนาคม 14, 2561", "มีนาคม 14, 2561", "2018-03-14", B, False, "dateline-thai"),
    ("Posted by สมศรี ใจดี, March 3, 2019 in ข่าว", "March 3, 2019", "2019-03-03", C, False, "dateline-english"),
    ("โพสต์เมื่อ วันพุธที่ 4 เมษายน 2561 เวลา 10:30 น.", "วันพุธที่ 4 เมษายน 2561", "2018-04-04", B, False,
     "dateline-thai"),
    ("Mon, Jan 7, 2019", "Mon, Jan 7, 2019", "2019-01-07", C, False, "dateline-english"),
    ("Thursday 1st February 2018", "Thursday 1st February 2018", "2018-02-01", C, False, "dateline-english"),
    ("วันอาทิตย์ 6 ม.ค. 62", "วันอาทิตย์ 6 ม.ค. 62", "2019-01-06", B, True, "dateline-thai"),
    ("พฤหัสบดีที่ 12 ก.ค. 2561", "พฤหัสบดีที่ 12 ก.ค. 2561", "2018-07-12", B, False, "dateline-thai"),
    # abbreviated Thai months, Thai digits, 2-digit years, spaces
    ("14 มี.ค. 61", "14 มี.ค. 61", "2018-03-14", B, True, "worded-thai"),
    ("๑๔ มี.ค. ๒๕๖๑", "๑๔ มี.ค. ๒๕๖๑", "2018-03-14", B, False, "worded-thai"),
    ("14มี.ค.61", "14มี.ค.61", "2018-03-14", B, True, "worded-thai"),
    ("14 มี.ค 2561", "14 มี.ค 2561", "2018-03-14", B, False, "worded-thai"),
    ("14   มีนาคม    2561", "14   มีนาคม    2561", "2018-03-14", B, False, "worded-thai"),
    ("14มีนาคม2561", "14มีนาคม2561", "2018-03-14", B, False, "worded-thai"),
    ("๙ ธ.ค. ๕๙", "๙ ธ.ค. ๕๙", "2016-12-09", B, True, "worded-thai"),
    ("1 ต.ค. 18", "1 ต.ค. 18", "2018-10-01", C, True, "worded-thai"),
    ("5 กุมภา 2562", "5 กุมภา 2562", "2019-02-05", B, False, "worded-thai"),
    ("9 กรกฏาคม 2560", "9 กรกฏาคม 2560", "2017-07-09", B, False, "worded-thai"),
    ("29 กุมภาพันธ์ 2563", "29 กุมภาพันธ์ 2563", "2020-02-29", B, False, "worded-thai"),
    # eras: markers, Christian years with Thai months, contradicting markers
    ("28 มีนาคม 2018", "28 มีนาคม 2018", "2018-03-28", C, False, "worded-thai"),
    ("28 มีนาคม ค.ศ. 2018", "28 มีนาคม ค.ศ. 2018", "2018-03-28", C, False, "worded-thai"),
    ("21 สิงหาคม พ.ศ.2558", "21 สิงหาคม พ.ศ.2558", "2015-08-21", B, False, "worded-thai"),
    ("3 มกราคม พ.ศ. 62", "3 มกราคม พ.ศ. 62", "2019-01-03", B, False, "worded-thai"),
    ("28 March 2018 AD", "28 March 2018 AD", "2018-03-28", C, False, "worded-english"),
    ("28 March 2561 B.E.", "28 March 2561 B.E.", "2018-03-28", B, False, "worded-english"),
    # English months, full and abbreviated, any case
    ("28 March 2018", "28 March 2018", "2018-03-28", C, False, "worded-english"),
    ("28th Mar. 2018", "28th Mar. 2018", "2018-03-28", C, False, "worded-english"),
    ("28-Mar-2018", "28-Mar-2018", "2018-03-28", C, False, "worded-english"),
    ("2 SEPT 2019", "2 SEPT 2019", "2019-09-02", C, False, "worded-english"),
    ("December 31, 2017", "December 31, 2017", "2017-12-31", C, False, "dateline-english"),
    ("Dec 31 2017", "Dec 31 2017", "2017-12-31", C, False, "dateline-english"),
    # numeric, ISO
    ("4/4/2560", "4/4/2560", "2017-04-04", B, False, "numeric"),
    ("๒๘/๐๓/๒๕๖๑", "๒๘/๐๓/๒๕๖๑", "2018-03-28", B, False, "numeric"),
    ("28-03-2018", "28-03-2018", "2018-03-28", C, False, "numeric"),
    ("28.03.2561", "28.03.2561", "2018-03-28", B, False, "numeric"),
    ("14/3/61", "14/3/61", "2018-03-14", B, True, "numeric"),
    ("2018-03-28T09:15", "2018-03-28T09:15", "2018-03-28", C, False, "iso"),
    ("2561-03-28", "2561-03-28", "2018-03-28", B, False, "iso"),
    ("๒๕๖๑-๐๓-๒๘ ๑๐:๒๐:๓๐", "๒๕๖๑-๐๓-๒๘ ๑๐:๒๐:๓๐", "2018-03-28", B, False, "iso"),
    ("2018/03/28", "2018/03/28", "2018-03-28", C, False, "iso"),
    # leads, dates inside longer lines
    ("ณ วันที่ 1 ตุลาคม 2560", "1 ตุลาคม 2560", "2017-10-01", B, False, "worded-thai"),
    ("ณวันที่ 1 ต.ค. 2560 ณ ห้องประชุม", "1 ต.ค. 2560", "2017-10-01", B, False, "worded-thai"),
    ("จัดประชุมเมื่อวันที่ 9 ก.พ. 2561 ที่ศาลา", "9 ก.พ. 2561", "2018-02-09", B, False, "worded-thai"),
    ("โดย : นายปรีชา ปวงคำ วันที่ : 2017-04-04-13:02:20", "2017-04-04-13:02:20", "2017-04-04", C, False, "iso"),
    ("อบรม 12 คน วันที่ 3 มี.ค. 2562 จำนวน 15,000 บาท", "3 มี.ค. 2562", "2019-03-03", B, False, "worded-thai"),
    # month and year only
    ("ประจำเดือน มีนาคม 2561", "มีนาคม 2561", "2018-03", B, False, "month-thai"),
    ("ประจำเดือนมี.ค.61", "มี.ค.61", "2018-03", B, True, "month-thai"),
    ("รายงานเดือน ก.พ. 2562", "เดือน ก.พ. 2562", "2019-02", B, False, "month-thai"),
    ("รายงานเดือนสิงหาคม พ.ศ. 2560", "เดือนสิงหาคม พ.ศ. 2560", "2017-08", B, False, "month-thai"),
    ("Newsletter, March 2018", "March 2018", "2018-03", C, False, "month-english"),
]


@pytest.mark.parametrize("text, written, iso, era, guessed, form", FORMS)
def test_find_dates_reads_each_form(text, written, iso, era, guessed, form):
    [found] = find_dates(text)
    assert (text[found.start:found.end], found.iso, found.era, found.era_guessed, found.form) == (
        written, iso, era, guessed, form)
    assert found.start == text.index(written)
    assert bool(found.warnings) == guessed


def test_forms_table_covers_forty_forms():
    assert len(FORMS) >= 40
    assert {form for *_, form in FORMS} == {
        "iso", "numeric", "worded-thai", "worded-english", "dateline-thai", "dateline-english", "month-thai",
        "month-english"}


@pytest.mark.parametrize(
    "text, lead",
    [
        ("ณ วันที่ 1 ตุลาคม 2560", "ณ วันที่"),
        ("By admin, มีนาคม 14, 2561", "By"),
        ("โพสต์เมื่อ วันพุธที่ 4 เมษายน 2561", "โพสต์เมื่อ"),
        ("ประจำเดือน มีนาคม 2561", "ประจำเดือน"),
        ("Posted on March 3, 2019", "Posted on"),
        ("1 ตุลาคม 2560", None),
    ],
)
def test_lead_word_is_reported_outside_the_span(text, lead):
    [found] = find_dates(text)
    assert found.lead == lead
    if lead:
        assert lead not in text[found.start:found.end]


@pytest.mark.parametrize(
    "text",
    [
        "จำนวน 15,000 บาท",
        "ร้อยละ 80 ของครัวเรือน",
        "โทรศัพท์ ๐๘๑-๙๙๒๐๓๘๗",
        "โทร. 02-141-6000 หรือ 081 234 5678",
        "ปี 2561",
        "ปีงบประมาณ พ.ศ. 2561",
        "เวลา 10:30 น.",
        "ข้อ 1.2.15 ของระเบียบ",
        "ระหว่างวันที่ 14 มีนาคม ของทุกปี",
        "March 15 was a Thursday",
        "31 เมษายน 2561",
        "29 กุมภาพันธ์ 2561",
        "31/04/2561",
        "2018-02-30",
        "2018-13-01",
        "14 มีนาคม 3000",
        "0/0/00",
        "แผนพัฒนา 2561-2565",
        "ตามมติ ก.พ. 2551 และ มี.ค.61",
        "",
    ],
)
def test_not_dates_and_impossible_dates_are_left_alone(text):
    assert find_dates(text) == []
    assert parse_date(text) is None


def test_offsets_are_those_of_the_given_text_among_several_dates():
    text = "บันทึก ๑ มี.ค. ๒๕๖๑ แก้ไข 2018-03-05 และ Friday, 9 March 2018\nเผยแพร่ 12/3/2561"
    found = find_dates(text)
    assert [text[d.start:d.end] for d in found] == [
        "๑ มี.ค. ๒๕๖๑", "2018-03-05", "Friday, 9 March 2018", "12/3/2561"]
    assert [d.iso for d in found] == ["2018-03-01", "2018-03-05", "2018-03-09", "2018-03-12"]


def test_a_date_does_not_span_lines():
    assert find_dates("14 มีนาคม\n2561") == []


def test_wrong_weekday_is_a_warning_not_a_rejection():
    [found] = find_dates("วันจันทร์ที่ 4 เมษายน 2561")  # 4 April 2018 was a Wednesday
    assert found.iso == "2018-04-04" and found.weekday == 1
    assert found.warnings == ("weekday 'จันทร์' does not agree with 2018-04-04, a Wednesday",)
    [right] = find_dates("วันพุธที่ 4 เมษายน 2561")
    assert right.weekday == 3 and right.warnings == ()


def test_marker_that_contradicts_the_year_is_a_warning():
    [found] = find_dates("28 มีนาคม พ.ศ. 2018")
    assert (found.iso, found.era, found.era_guessed) == ("2018-03-28", "christian", False)
    assert found.warnings == ("year 2018 is marked 'พ.ศ.' but read as christian era (2018)",)


def test_month_first_numeric_only_when_day_first_is_impossible():
    [found] = find_dates("12/25/2018")
    assert found.iso == "2018-12-25" and "month/day/year" in found.warnings[0]
    assert find_dates("05/04/2018")[0].iso == "2018-04-05"


def test_parse_date_passes_over_a_month_without_a_day():
    assert parse_date("ประจำเดือน มีนาคม 2561 บันทึกวันที่ 5 เม.ย. 2561") == "2018-04-05"
    assert parse_date("ประจำเดือน มีนาคม 2561") is None
    assert first_date("ประจำเดือน มีนาคม 2561") is None


def test_parse_date_with_warning_says_when_the_era_was_guessed():
    assert parse_date_with_warning("14 มี.ค. 61") == (
        "2018-03-14", "2-digit year '61' has no era: read as พ.ศ. 2561 (2018)")
    assert parse_date_with_warning("14 มี.ค. 2561") == ("2018-03-14", None)
    assert parse_date_with_warning("2017-04-04-13:02:20") == ("2017-04-04T13:02:20", None)
    assert parse_date_with_warning("ไม่ระบุ") == (None, None)


def test_date_match_is_frozen():
    found = find_dates("1 มกราคม 2561")[0]
    assert isinstance(found, DateMatch)
    with pytest.raises(AttributeError):
        found.iso = "2000-01-01"


def test_lexicon_month_and_weekday_names_agree_with_pythainlp():
    """pythainlp's offline lists (no download) check the Thai names kmgraph keeps in lexicon.toml."""
    from pythainlp.util.date import thai_abbr_months, thai_full_months, thai_full_weekdays

    lexicon = tables.lexicon()
    for number, (full, abbreviated) in enumerate(zip(thai_full_months, thai_abbr_months, strict=True), start=1):
        assert lexicon.months[full] == number and lexicon.months[abbreviated] == number
        assert find_dates(f"2 {full} 2561")[0].iso == f"2018-{number:02d}-02"
        assert find_dates(f"2 {abbreviated} 61")[0].iso == f"2018-{number:02d}-02"
    prefix = lexicon.dates.weekday_prefixes[0]
    for number, weekday in enumerate(thai_full_weekdays, start=1):
        assert lexicon.weekdays[weekday.removeprefix(prefix)] == number


@pytest.mark.parametrize("table", ["months_english", "weekdays_english"])
def test_english_names_match_in_any_case(table):
    for name, number in getattr(tables.lexicon(), table).items():
        if table == "months_english":
            for written in (name, name.lower(), name.upper()):
                assert find_dates(f"3 {written} 2019")[0].iso == f"2019-{number:02d}-03"
        else:
            # 2019-07-01 was a Monday
            found = find_dates(f"{name.lower()}, 1 July 2019")[0]
            assert found.weekday == number and bool(found.warnings) == (number != 1)


def _spans(text: str, anchored: bool) -> list[tuple[tuple[int, int], str]]:
    from kmgraph.extract.dates import _matches
    from kmgraph.thai import to_arabic_digits

    return [(match.span(), match.group(0)) for match in _matches(to_arabic_digits(text), anchored=anchored)]


def test_searching_near_anchors_finds_what_searching_everywhere_finds():
    from pathlib import Path

    seed_dir = Path(__file__).resolve().parents[2] / "seeds"
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seed_dir.glob("*.txt"))]
    longest = ("Posted  by :    " + "ก" * 40 + ",    วันพฤหัสบดีที่    ,    28th    -    เดือน    กรกฏาคม    ,    "
               "B.E.    2561    B.E.")
    pieces = [text for text, *_ in FORMS] + [longest, "1 มี.ค. 2561-5 มี.ค. 2561", "๑/๓/๖๑ - ๕/๓/๖๑"] + seeds
    text = "\n".join(f"ข้อความ {i} {piece} ท้าย" for i, piece in enumerate(pieces))
    everywhere = _spans(text, anchored=False)
    assert _spans(text, anchored=True) == everywhere
    assert len(everywhere) == len(FORMS) + 1 + 2 + 2 + 1  # the seeds hold one date
    [found] = find_dates(longest)
    assert (found.lead, found.iso, found.start) == ("Posted  by", "2018-07-28", longest.index("วันพฤหัสบดี"))


def test_parse_date_returns_the_first_date_in_the_text_whatever_its_form():
    # the 40-line parse_date tried ISO anywhere first: it returned 2018-03-05 here
    assert parse_date("บันทึก ๑ มี.ค. ๒๕๖๑ แก้ไข 2018-03-05") == "2018-03-01"
    # and read 2018/03/28 as day/month/2-digit year: 2028-03-18
    assert parse_date("2018/03/28") == "2018-03-28"


def test_random_mixes_of_date_pieces_never_crash_and_search_near_anchors_misses_nothing():
    import random

    pieces = ["1", "14", "31", "61", "2561", "2018", "3000", "มี.ค.", "มีนาคม", "ก.พ.", "March", "Sept.", "วันพุธที่",
              "Friday,", "พ.ศ.", "AD", "ณ วันที่", "By ก,", "เดือน", "ประจำเดือน", "/", "-", ".", ",", ":", " ", "    ",
              "\n", "ก", "th", "2018-03-28", "10:30", "๑๔", "๒๕๖๑"]
    generator = random.Random(10)
    for _ in range(300):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(1, 40)))
        assert _spans(text, anchored=True) == _spans(text, anchored=False), text
        for found in find_dates(text):
            assert 0 <= found.start < found.end <= len(text) and "\n" not in text[found.start:found.end]
            assert found.era in ("buddhist", "christian") and len(found.iso) in (7, 10)
