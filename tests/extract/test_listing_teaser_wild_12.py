"""A provincial site's listing page: a breadcrumb ending in the section's name, that name as a heading, then the
record's teaser "TITLE D/M/YYYY | โดย NAME | อ่าน N ครั้ง" longer than a dateline, then the story. The teaser gives the
title, the date and the owner's name (regressions: the section's heading was the title, no date, and the name ran on
into the read counter: "…|อ่าน")."""

import pytest

from tests.conftest import read_text_record

TITLE = "การทำปุ๋ยหมักจากเศษใบไม้ร่วมกับโรงเรียนผู้สูงอายุบ้านท่าข้าม"
PAGE = "\n".join([
    "สำนักงานพัฒนาชุมชนจังหวัดลำพูน",
    "หน้าหลัก > คลังความรู้ > องค์ความรู้ระดับบุคคล",
    "",
    "องค์ความรู้ระดับบุคคล",
    "",
    f"{TITLE} 14/6/2565 | โดย นายสมชาย ทองดี | อ่าน 52 ครั้ง",
    "นายสมชาย ทองดี นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอป่าซาง เล่าว่าผู้สูงอายุในหมู่บ้านอยากมีกิจกรรม"
    "ทำร่วมกัน จึงชวนมาเก็บใบไม้ในวัดมาหมักเป็นปุ๋ย ขั้นตอนที่ 1 เก็บใบไม้แห้งใส่คอก ขั้นตอนที่ 2 รดน้ำหมักชีวภาพทุกสัปดาห์ "
    "ขั้นตอนที่ 3 กลับกองทุกสิบวัน ผลที่ได้ ปุ๋ยหมักขายได้เดือนละ 40 กระสอบ",
    "",
])


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    return read_text_record(tmp_path_factory.mktemp("listing"), PAGE)


def test_the_teasers_title_over_the_sections_heading(record):
    assert record["title"] == TITLE


def test_the_teasers_numeric_date_dates_the_record(record):
    assert record["date"] == "2022-06-14"


def test_the_teasers_name_ends_before_the_read_counter(record):
    assert (record["author"]["given_name"], record["author"]["family_name"]) == ("สมชาย", "ทองดี")
