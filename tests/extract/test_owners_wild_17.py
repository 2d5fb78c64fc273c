"""A story book page's closing credit "เรื่อง : NAME" with the writer's post and office on the line below and the date
under them: the post and level are the writer's (regression: the post line opened the next section and was lost,
only the office was read)."""

from pathlib import Path

import pytest

from kmgraph.extract.records import parse_file

STORY = ("เดือนแรกที่ข้าพเจ้ารับผิดชอบตำบล กองทุนหมู่บ้านบ้านนาเกลือมีหนี้ค้างชำระมาก ข้าพเจ้าจึงชวนกรรมการมาทบทวนระเบียบ"
         "และติดตามลูกหนี้ทีละราย จนหนี้ค้างลดลงเหลือไม่ถึงครึ่ง")


def _page(post_line: str, date_line: str) -> str:
    return "\n".join(["เรื่องเล่าพัฒนากรบรรจุใหม่ จังหวัดตรัง ๒๕๖๕   ๒๑", "กองทุนหมู่บ้านที่เกือบล้ม", STORY,
                      "เรื่อง : นางสาวสุดารัตน์ หมื่นหาญ", post_line, date_line,
                      "เรื่องเล่าพัฒนากรบรรจุใหม่ จังหวัดตรัง ๒๕๖๕   ๒๒", ""])


@pytest.mark.parametrize("post_line", ["นักวิชาการพัฒนาชุมชนปฏิบัติการ สพอ.กันตัง",
                                       "นักวิชาการพัฒนาชุมชนปฏิบัติการ สำนักงานพัฒนาชุมชนอำเภอกันตัง"])
def test_the_post_under_a_closing_credit_is_the_writers(post_line):
    record = next(iter(parse_file(Path("story.txt"), _page(post_line, "๑๒ ก.ย. ๖๕").encode("utf-8"))))
    assert record.author.family_name == "หมื่นหาญ"
    assert (record.position.title, record.position.level) == ("นักวิชาการพัฒนาชุมชน", "ปฏิบัติการ")
    assert record.office.text == "สำนักงานพัฒนาชุมชนอำเภอกันตัง"
    assert record.date.text == "2022-09-12"
