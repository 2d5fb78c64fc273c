"""A Joomla article's details line packs its category, date, author and hits on one line longer than a dateline
(รายละเอียด หมวด: … เผยแพร่เมื่อ วันอังคารที่ … เขียนโดย admin ฮิต: N): the date after a post's lead (เผยแพร่เมื่อ,
โพสต์เมื่อ) is the post's date however long the line (regression: the line was skipped as prose, no date)."""

import pytest

from tests.conftest import read_text_record

STORY = ("เมื่อข้าพเจ้าย้ายมาประจำที่อำเภอนี้ ได้พบว่ากลุ่มแม่บ้านทำขนมขายกันเองคนละทาง จึงชวนมารวมกลุ่มกันผลิต "
         "และแบ่งงานกันตามความถนัด ปัจจุบันกลุ่มมีสมาชิก 18 คน")


def _date(tmp_path, details: str) -> str | None:
    text = "\n".join(["หน้าแรก เกี่ยวกับเรา ข่าวสาร องค์ความรู้ ติดต่อเรา", "คุณอยู่ที่: หน้าแรก องค์ความรู้",
                      "การรวมกลุ่มแม่บ้านทำขนมไทยส่งร้านกาแฟPDFพิมพ์อีเมล", details, STORY,
                      "นางสาวรัตนา ศรีสวัสดิ์ พัฒนากร สำนักงานพัฒนาชุมชนอำเภอบ้านแพ้ว จังหวัดสมุทรสาคร", ""])
    return read_text_record(tmp_path, text)["date"]


@pytest.mark.parametrize("details, iso", [
    ("รายละเอียด หมวด: องค์ความรู้ เผยแพร่เมื่อ วันพฤหัสบดีที่ 12 มีนาคม 2020 09:15 เขียนโดย admin ฮิต: 342",
     "2020-03-12"),
    ("รายละเอียด หมวด: ข่าวประชาสัมพันธ์และองค์ความรู้ โพสต์เมื่อ 5 สิงหาคม 2564 เขียนโดย ผู้ดูแลระบบ ฮิต: 57",
     "2021-08-05"),
])
def test_a_post_leads_date_on_a_long_details_line_dates_the_post(tmp_path, details, iso):
    assert len(details) >= 80
    assert _date(tmp_path, details) == iso


def test_a_long_story_line_with_a_date_inside_gives_no_date(tmp_path):
    line = ("ชาวบ้านเล่าว่าเมื่อวันที่ 4 มีนาคม 2562 น้ำท่วมหนักจนต้องย้ายของขึ้นที่สูง กลุ่มจึงเริ่มคิดเรื่องการออมเงินไว้"
            "ใช้ยามฉุกเฉินร่วมกัน")
    assert _date(tmp_path, line) is None
