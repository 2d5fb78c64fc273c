"""Titles in the layouts the session-7 held-out records showed (issue #10): a flipbook cover's title over two lines
above its owner, a Joomla article's title with its tools glued on and a hit counter under it, a Blogspot post under
its blog's name, tagline and date header, and a story book page whose section heading comes after the story began.
Invented records (own words, invented people, real district/province pairs)."""

from __future__ import annotations

import pytest

from kmgraph.extract.chrome import is_chrome
from tests.conftest import read_text_record

WRAPPED = ("กลุ่มแม่บ้านบ้านแม่ทะรวมตัวกันทำน้ำพริกตาแดงขายในตลาดนัดชุมชนตั้งแต่ปี ๒๕๖๑ โดยใช้พริกที่ปลูกเองใน\n"
           "แปลงของสมาชิก ทำให้ต้นทุนต่ำและได้รสชาติที่ลูกค้าติดใจ จนมีรายได้เข้ากลุ่มทุกเดือนอย่างสม่ำเสมอ\n")
PROSE = ("กลุ่มแม่บ้านในหมู่บ้านรวมตัวกันตั้งแต่ปี 2562 โดยมีพัฒนากรเป็นพี่เลี้ยง ช่วยวางแผนการผลิตและการตลาด "
         "จนสมาชิกมีรายได้เพิ่มขึ้นทุกเดือนและกลุ่มมีเงินทุนหมุนเวียนของตนเอง\n")


def _title(tmp_path, text: str) -> str | None:
    return read_text_record(tmp_path, text)["title"]


def _cover(viewer: str, first: str, second: str, owner: str, village: str, district: str, office: str) -> str:
    return (f"{viewer}\n\n{first}\n{second}\n{owner}\n{village}\n{district}\n{office}\nคำนำ\n" + PROSE + PROSE)


@pytest.mark.parametrize(("first", "second", "viewer"), [
    ("ความสาํ เร็จของครัวเรือนต้นแบบ", "การเลี้ยงปลาดุกในบ่อพลาสติก", "Published by สพอ.พนมไพร\nPublished on 2023-05-02"),
    ("ผู้นําต้นแบบการขับเคลื่อน", "หมู่บ้านเศรษฐกิจพอเพียง", "Published by สพอ.พนมไพร"),
    ("ส่งเสริมอาชีพเสริมของ", "กลุ่มทอเสื่อกกบ้านหนองแวง", "Published by สพอ.พนมไพร"),
])
def test_a_cover_title_whose_first_line_does_not_end_there_is_joined_over_its_owner(tmp_path, first, second, viewer):
    """Regression: a flipbook cover's title over two lines (a series phrase, or a line ending on ของ/การ, over the
    technique), then the owner, village, district, office and คำนำ: only the second line was kept."""
    text = _cover(viewer, first, second, "นางบัวผัน ศรีงาม", "บ้านหนองแวง หมู่ที่ 4 ตำบลหนองแวง",
                  "อำเภอพนมไพร จังหวัดร้อยเอ็ด", "สำนักงานพัฒนาชุมชนอำเภอพนมไพร")
    got = _title(tmp_path, text)
    assert got is not None and got.endswith(" " + second) and got.count(" ") == 1, got
    assert got.startswith(("ความสำเร็จ", "ผู้นำ", "ส่งเสริม")), got


def test_a_cover_title_over_two_lines_that_the_books_name_shows_joined_is_joined(tmp_path):
    """Regression: a first line that ends finished joins the technique below when the viewer's book name (above
    Published by) shows the two as one title."""
    text = _cover("ครัวเรือนพอเพียงบ้านหนองแวง การปลูกผักปลอดสารพิษ\nPublished by สพอ.พนมไพร",
                  "ครัวเรือนพอเพียงบ้านหนองแวง", "การปลูกผักปลอดสารพิษ", "นางบัวผัน ศรีงาม",
                  "บ้านหนองแวง หมู่ที่ 4 ตำบลหนองแวง", "อำเภอพนมไพร จังหวัดร้อยเอ็ด", "สำนักงานพัฒนาชุมชนอำเภอพนมไพร")
    assert _title(tmp_path, text) == "ครัวเรือนพอเพียงบ้านหนองแวง การปลูกผักปลอดสารพิษ"


def test_a_cover_line_above_the_title_that_ends_finished_is_not_joined(tmp_path):
    text = _cover("Published by สพอ.พนมไพร", "รวมผลงานพัฒนากร 2566", "การเลี้ยงปลาดุกในบ่อพลาสติก",
                  "นางบัวผัน ศรีงาม", "บ้านหนองแวง หมู่ที่ 4 ตำบลหนองแวง", "อำเภอพนมไพร จังหวัดร้อยเอ็ด",
                  "สำนักงานพัฒนาชุมชนอำเภอพนมไพร")
    assert _title(tmp_path, text) == "การเลี้ยงปลาดุกในบ่อพลาสติก"


@pytest.mark.parametrize("counter", ["ฮิต: 212", "Hits: 45", "เปิดอ่าน 120 ครั้ง", "Views 88", "ผู้ชม : 1,204"])
def test_a_hit_counter_alone_on_its_line_is_chrome(counter):
    assert is_chrome(counter)


SITE = "สำนักงานพัฒนาชุมชนอำเภอเชียงคาน\nหน้าแรก | ข่าวกิจกรรม | องค์ความรู้ | ติดต่อเรา\n"
BY = "เขียนโดย Administrator วันอังคารที่ 14 มีนาคม 2566 เวลา 09:12\nฮิต: 212\n"


@pytest.mark.parametrize(("page", "title"), [
    (SITE + "\nการส่งเสริมอาชีพทอผ้าฝ้ายย้อมครามของกลุ่มสตรีบ้านนาซ่าว PDF พิมพ์ อีเมล\n" + BY + WRAPPED,
     "การส่งเสริมอาชีพทอผ้าฝ้ายย้อมครามของกลุ่มสตรีบ้านนาซ่าว"),
    (SITE + "ทอผ้าย้อมคราม PDF พิมพ์ อีเมล\n" + BY + WRAPPED, "ทอผ้าย้อมคราม"),
    (SITE + "การส่งเสริมอาชีพทอผ้าฝ้ายย้อมครามของกลุ่มสตรีบ้านนาซ่าว Print Email\n" + BY + "\n" + WRAPPED
     + "\nวัตถุดิบ\nฝ้าย\nคราม\n", "การส่งเสริมอาชีพทอผ้าฝ้ายย้อมครามของกลุ่มสตรีบ้านนาซ่าว"),
])
def test_a_joomla_title_with_its_article_tools_glued_on_is_the_title_not_the_counter_or_the_story(
        tmp_path, page, title):
    """Regression: the title line with PDF พิมพ์ อีเมล glued on was long enough to be read as the first line of the
    story's paragraph; the counter (ฮิต: 212), the story, or nothing was taken instead."""
    assert _title(tmp_path, page) == title


def test_a_blogspot_posts_title_is_the_line_under_its_date_header_not_the_tagline(tmp_path):
    """Regression: blog name, tagline, Thai date header, post title, story: the tagline was the title."""
    text = ("KM พัฒนาชุมชนอำเภอโพนทอง\nแบ่งปันความรู้ของคนพัฒนาชุมชน\nวันพฤหัสบดีที่ 9 มีนาคม พ.ศ. 2566\n"
            "การบริหารจัดการกองทุนแม่ของแผ่นดินบ้านโนนสวรรค์\n" + PROSE + PROSE)
    assert _title(tmp_path, text) == "การบริหารจัดการกองทุนแม่ของแผ่นดินบ้านโนนสวรรค์"


@pytest.mark.parametrize("heading", ["สิ่งที่เราทา", "สิ่งที่เราทำ", "ปัญหาที่พบ"])
def test_a_heading_after_the_story_began_is_not_the_title_over_a_short_line_heading_the_story(tmp_path, heading):
    """Regression: a story book page (running head with volume and page number, the story's short title over its
    paragraph, then a heading over short lines): the heading was taken for the title."""
    text = ("ศูนย์ศึกษาและพัฒนาชุมชนลำปาง เรื่องเล่า เล่ม ๓      ๙\n\nน้ำพริกตาแดงแม่ทะ\n" + WRAPPED
            + f"\n{heading}\nปลูกพริกเอง\nคั่วด้วยเตาถ่าน\nบรรจุถุงขาย\n\n" + WRAPPED)
    assert _title(tmp_path, text) == "น้ำพริกตาแดงแม่ทะ"


def test_a_running_head_with_a_volume_and_page_number_is_not_joined_to_the_title(tmp_path):
    """Regression: BOOK NAME เล่ม ๓ … ๙ over the story's title was read as the title's first line."""
    text = "เรื่องเล่าศูนย์ศึกษาและพัฒนาชุมชนลำปาง เล่ม ๓      ๙\nน้ำพริกแม่ศรี\n" + PROSE + "สิ่งที่เราทา\n" + PROSE
    assert _title(tmp_path, text) == "น้ำพริกแม่ศรี"
