"""Owners seen failing on held-out records in the wild (issue #10, round 13): a district office named only in a
closing line, an office a maker's words credit under the title, an office named only in a book's running heads, a
blog's byline glued to its date, a teaser's title taken for a name, phones on the line below an owner's closing line.
Records invented (stories, people), places real."""

from __future__ import annotations

from kmgraph import tables
from kmgraph.extract.names import names_someone
from tests.conftest import read_text_record

STORY = ("การทำปุ๋ยหมักจากเศษใบไม้ในหมู่บ้าน\n\nความเป็นมา\n"
         "ชาวบ้านบ้านควนโดนเผาใบไม้ทุกปีจนควันรบกวน จึงรวมกันนำใบไม้มาหมักทำปุ๋ยใช้ในสวนยางและสวนผัก\n"
         "ขั้นตอน\n1) กองใบไม้สลับกับมูลวัวเป็นชั้น ๆ\n2) รดน้ำหมักชีวภาพและกลับกองทุกสัปดาห์\n"
         "ผลที่ได้รับ\nครัวเรือนลดค่าปุ๋ยเคมีได้เดือนละ ๕๐๐ บาท\n\n")


def _owner(got: dict) -> tuple:
    return (got["author"] and got["author"]["kind"], got["author"] and got["author"]["name"],
            got["office"] and got["office"]["name"], got["district"], got["province"], got["phone"])


def test_a_district_office_in_the_closing_line_owns_the_record(tmp_path):
    """Regression: a Joomla district site closes the story with its office (and phone), the province only implied:
    no author, office, district, province or phone was read."""
    got = read_text_record(tmp_path, STORY + "สำนักงานพัฒนาชุมชนอำเภอละงู โทร ๐-๗๔๗๘-๑๒๓๖\n")
    assert _owner(got) == ("organization", "สำนักงานพัฒนาชุมชนอำเภอละงู", "สำนักงานพัฒนาชุมชนอำเภอละงู", "ละงู", "สตูล",
                           "074781236")
    got = read_text_record(tmp_path, STORY + "ข้อมูล: สำนักงานพัฒนาชุมชนอำเภอละงู\n")
    assert _owner(got)[:5] == ("organization", "สำนักงานพัฒนาชุมชนอำเภอละงู", "สำนักงานพัฒนาชุมชนอำเภอละงู", "ละงู",
                               "สตูล")


def test_an_office_in_a_closing_sentence_owns_nothing(tmp_path):
    """Guard: an office that opens a line of the story's prose (more words after it than its address) is no
    closing credit."""
    got = read_text_record(tmp_path, STORY + "สำนักงานพัฒนาชุมชนอำเภอละงู ได้ติดตามผลการทำปุ๋ยของกลุ่มทุกเดือน\n")
    assert got["author"] is None or got["author"]["kind"] != "organization"


def test_an_office_the_maker_words_credit_under_the_title_owns_the_record(tmp_path):
    """Regression: a docplayer transcription, จัดทำโดย OFFICE โทร … under the title (sara am dropped in one copy):
    the office and phone were read but no author."""
    for credit in ("จัดทำโดย สำนักงานพัฒนาชุมชนอำเภอบ้านหมี่ โทร 036-471582",
                   "จัดทําโดย สํานักงานพัฒนาชุมชนอําเภอบานหมี โทร 036-471582",
                   "รวบรวมโดย สำนักงานพัฒนาชุมชนอำเภอบ้านหมี่ โทร 036-471582"):
        text = STORY.replace("\n\n", "\n" + credit + "\n\n", 1)
        got = read_text_record(tmp_path, text)
        assert _owner(got) == ("organization", "สำนักงานพัฒนาชุมชนอำเภอบ้านหมี่", "สำนักงานพัฒนาชุมชนอำเภอบ้านหมี่",
                               "บ้านหมี่", "ลพบุรี", "036471582"), credit


def test_the_office_of_a_books_running_heads_owns_a_book_that_names_no_one(tmp_path):
    """Regression: docplayer/issuu, the office named only in the running head of each page (after the page's number
    on a transcription): no author."""
    for head in ("สำนักงานพัฒนาชุมชนอำเภอทุ่งสง องค์ความรู้ชุมชน ๒๕๖๔ หน้า {}\n",
                 "{} สํานักงานพัฒนาชุมชนอําเภอทุงสง โทร 075-411-238\n"):
        text = ("docplayer\n" + STORY.replace("ขั้นตอน\n", head.format("๒") + "ขั้นตอน\n")
                .replace("ผลที่ได้รับ\n", head.format("๓") + "ผลที่ได้รับ\n"))
        got = read_text_record(tmp_path, text)
        assert _owner(got)[:5] == ("organization", "สำนักงานพัฒนาชุมชนอำเภอทุ่งสง", "สำนักงานพัฒนาชุมชนอำเภอทุ่งสง",
                                   "ทุ่งสง", "นครศรีธรรมราช"), head


def test_a_running_head_does_not_displace_a_person(tmp_path):
    """Guard: a named writer stays the owner of a book with running heads."""
    head = "สำนักงานพัฒนาชุมชนอำเภอทุ่งสง องค์ความรู้ชุมชน ๒๕๖๔ หน้า {}\n"
    text = (STORY.replace("\n\n", "\nผู้เขียน : นางสาววันเพ็ญ ทองมาก\n\n", 1)
            .replace("ขั้นตอน\n", head.format("๒") + "ขั้นตอน\n").replace("ผลที่ได้รับ\n", head.format("๓") + "ผลที่ได้รับ\n"))
    got = read_text_record(tmp_path, text)
    assert got["author"]["name"] == "นางสาววันเพ็ญ ทองมาก"


def test_a_name_glued_to_its_byline_word_ends_where_the_date_starts(tmp_path):
    """Regression: a KM blog's byline, โดย glued to the name, then spaces and a short Thai-digit date: the family
    name was read as ศรีวงศ์๒๒ส.ค and the date was missed."""
    text = STORY.replace("\n\n", "\nโดยนางเยาวลักษณ์ ศรีวงศ์   ๒๒ ส.ค. ๖๓\n\n", 1)
    got = read_text_record(tmp_path, text)
    assert got["author"]["name"] == "นางเยาวลักษณ์ ศรีวงศ์"
    assert (got["author"]["given_name"], got["author"]["family_name"]) == ("เยาวลักษณ์", "ศรีวงศ์")
    assert got["date"] == "2020-08-22"


def test_a_teasers_title_under_a_bare_writers_label_is_no_name(tmp_path):
    """Regression: a listing page, เขียนโดย with its name dropped, the teaser's title (two words) below it, then
    DATE | โดย NAME: the title was read as a person with no honorific; the honorific name after โดย is the owner."""
    text = ("ข่าวกิจกรรม\nเขียนโดย\nผ้าย้อมครามบ้านนาเข ทำให้ขายได้ทั้งปี\n12 มี.ค. 2563 | โดย นายธนากร พรมสุวรรณ\n\n"
            + STORY.split("\n\n", 1)[1])
    got = read_text_record(tmp_path, text)
    assert got["author"]["name"] == "นายธนากร พรมสุวรรณ"
    assert got["author"]["honorific"] == "นาย"


def test_words_no_name_holds_are_in_no_thai_name_list():
    """The data's not-a-name words stand inside none of pythainlp's given or family names."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    names = [*thai_family_names(), *thai_female_names(), *thai_male_names()]
    words = tables.lexicon().bylines.not_name_words
    assert words
    assert [(word, name) for word in words for name in names if word in name] == []
    assert not names_someone("ผ้าย้อมครามบ้านนาเข ทำให้ขายได้ทั้งปี")
    assert names_someone("สมศักดิ์ บุญมาก")


def test_a_phone_alone_below_the_owners_closing_line_is_the_phone(tmp_path):
    """Regression: (a) a KM blog closes with the office, โทร … on its own line, then the platform's footer; (b) a
    Joomla credit NAMEตำแหน่ง POST, then โทร. 036 – 244 – 517 (spaced en dashes), then the pager and Copyright:
    no phone was read."""
    got = read_text_record(tmp_path, STORY + "สำนักงานพัฒนาชุมชนจังหวัดหนองบัวลำภู\nโทร 042-611372\n"
                                             "บันทึกงานล่าสุด | ความคิดเห็น (0) | แจ้งลบ\n")
    assert _owner(got) == ("organization", "สำนักงานพัฒนาชุมชนจังหวัดหนองบัวลำภู",
                           "สำนักงานพัฒนาชุมชนจังหวัดหนองบัวลำภู", None, "หนองบัวลำภู", "042611372")
    profiled = "KM Blog\nพัฒนาชุมชนจังหวัดหนองบัวลำภู :: โปรไฟล์\n" + STORY  # the blog's profile names the owner
    got = read_text_record(tmp_path, profiled + "สำนักงานพัฒนาชุมชนจังหวัดหนองบัวลำภู\nโทร 042-611372\n"
                                                "บันทึกงานล่าสุด | ความคิดเห็น (0) | แจ้งลบ\n")
    assert got["office"]["name"] == "สำนักงานพัฒนาชุมชนจังหวัดหนองบัวลำภู"
    assert got["phone"] == "042611372"
    got = read_text_record(tmp_path, STORY + "นายสมพงษ์ ใจดีตำแหน่ง พัฒนาการอำเภอท่าวุ้ง\nโทร. 036 – 244 – 517\n"
                                             "< ก่อนหน้า   ถัดไป >\nCopyright © 2020 สำนักงานพัฒนาชุมชนจังหวัดลพบุรี\n")
    assert got["author"]["name"] == "นายสมพงษ์ ใจดี"
    assert got["phone"] == "036244517"
