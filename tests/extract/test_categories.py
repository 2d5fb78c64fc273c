"""The record's category (extract/categories.py)."""
from __future__ import annotations

from tests.conftest import read_text_record

PORTAL_PAGE = ("ระบบคลังความรู้ กรมการพัฒนาชุมชน\nหน้าหลัก | คลังความรู้ | ค้นหา\nด้านการส่งเสริมอาชีพ\n[รูปภาพ]\n"
               "การทำปุ๋ยอินทรีย์ใช้เองของกลุ่มเกษตรกรบ้านหนองแซง\n"
               "โดย : นายอำนาจ ศรีสุข ตำแหน่ง : นักวิชาการพัฒนาชุมชนชำนาญการ วันที่ : 2022-02-11-09:15:42\n"
               "ที่อยู่ : สำนักงานพัฒนาชุมชนอำเภอหนองแซง จังหวัดสระบุรี\nความเป็นมา ->\n"
               "เกษตรกรซื้อปุ๋ยเคมีราคาแพงขึ้นทุกปี จึงรวมกลุ่มกันทำปุ๋ยใช้เอง\nขั้นตอนการดำเนินงาน ->\n"
               "1. รวบรวมมูลสัตว์และเศษพืชในหมู่บ้าน\n2. หมักในบ่อรวมของกลุ่ม\n3. แบ่งปุ๋ยให้สมาชิกตามหุ้น\n")


def test_a_portal_pages_section_line_over_its_picture_and_title_is_the_category(tmp_path):
    """Regression: a portal page with a numbered list was taken for the individual form (its 1. 2. 3. outweighed the
    portal's markers), and the portal's section line above the picture was lost; the one-line byline (โดย : …
    ตำแหน่ง : … วันที่ : …) now names the portal, and the line over the picture ([รูปภาพ], page chrome) and the title
    is the category."""
    got = read_text_record(tmp_path, PORTAL_PAGE)
    assert got["template"] == "portal-page"
    assert got["category"] == "ด้านการส่งเสริมอาชีพ"
    assert got["title"] == "การทำปุ๋ยอินทรีย์ใช้เองของกลุ่มเกษตรกรบ้านหนองแซง"



def test_a_category_written_as_inline_options_with_marks_in_parentheses(tmp_path):
    """Regression: options on one row with their marks in parentheses ((  ) … ( / ) …) were not read as boxes."""
    for marks in (("(  )", "( / )", "(  )"), ("( )", "(/)", "( )"), ("()", "(✓)", "()")):
        empty, ticked, other = marks
        text = (f"ชื่อเรื่อง การบริหารกองทุนแม่ของแผ่นดิน\nหมวดองค์ความรู้ {empty} สัมมาชีพชุมชน   {ticked} การพัฒนาองค์กร"
                f"   {other} ทุนชุมชน\nชื่อ นางสาวสุดา แสนดี\nขั้นตอนการดำเนินงาน\n1. ประชุมสมาชิก\n2. ลงมือทำ\n")
        assert read_text_record(tmp_path, text)["category"] == "การพัฒนาองค์กร", marks
