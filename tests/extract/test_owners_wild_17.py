"""A story book page's closing credit "เรื่อง : NAME" with the writer's post and office on the line below and the date
under them: the post and level are the writer's (regression: the post line opened the next section and was lost,
only the office was read)."""

import pytest

from tests.conftest import read_text_record

STORY = ("เดือนแรกที่ข้าพเจ้ารับผิดชอบตำบล กองทุนหมู่บ้านบ้านนาเกลือมีหนี้ค้างชำระมาก ข้าพเจ้าจึงชวนกรรมการมาทบทวนระเบียบ"
         "และติดตามลูกหนี้ทีละราย จนหนี้ค้างลดลงเหลือไม่ถึงครึ่ง")


def _page(post_line: str, date_line: str) -> str:
    return "\n".join(["เรื่องเล่าพัฒนากรบรรจุใหม่ จังหวัดตรัง ๒๕๖๕   ๒๑", "กองทุนหมู่บ้านที่เกือบล้ม", STORY,
                      "เรื่อง : นางสาวสุดารัตน์ หมื่นหาญ", post_line, date_line,
                      "เรื่องเล่าพัฒนากรบรรจุใหม่ จังหวัดตรัง ๒๕๖๕   ๒๒", ""])


@pytest.mark.parametrize("post_line", ["นักวิชาการพัฒนาชุมชนปฏิบัติการ สพอ.กันตัง",
                                       "นักวิชาการพัฒนาชุมชนปฏิบัติการ สำนักงานพัฒนาชุมชนอำเภอกันตัง"])
def test_the_post_under_a_closing_credit_is_the_writers(tmp_path, post_line):
    record = read_text_record(tmp_path, _page(post_line, "๑๒ ก.ย. ๖๕"))
    assert record["author"]["family_name"] == "หมื่นหาญ"
    assert record["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ปฏิบัติการ"}
    assert record["office"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอกันตัง"
    assert record["date"] == "2022-09-12"
