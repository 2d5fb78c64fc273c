"""A KM-blog profile page whose form runs into one paragraph with the owner after ผู้บันทึก (a label the templates
take without its colon only before a name): the title ends before it and the person, post and level are read
(regression: the title ran on to "… ผู้บันทึก" and the profile's office was taken as the owner)."""

import pytest

from tests.conftest import read_text_record

TITLE = "การเลี้ยงไก่ไข่อารมณ์ดีของกลุ่มแม่บ้านบ้านโคกสว่าง"
PAGE = "\n".join([
    "KM Blog", "สำนักงานพัฒนาชุมชนอำเภอพนา :: โปรไฟล์", "หน้าแรก | บันทึกงาน | อัลบั้มภาพ | เพื่อนบล็อก", "บันทึกงานล่าสุด",
    f"{TITLE} โดยนายประเสริฐ ทองมา",
    f"ชื่อเรื่อง {TITLE} ผู้บันทึก นายประเสริฐ ทองมา นักวิชาการพัฒนาชุมชนปฏิบัติการ สพอ.พนา โทร ๐๘๖-๒๒๕๗๔๓๑ "
    "กลุ่มแม่บ้านเลี้ยงไก่ในกรงแคบจนไก่เครียด วิธีการดำเนินงาน ๑) ย้ายไก่ลงเลี้ยงปล่อยในลานหญ้า ๒) ทำรางน้ำและที่กำบังแดด "
    "๓) เก็บไข่ขายร้านค้าชุมชนทุกเช้า ผลที่ได้รับ ขายไข่ได้วันละ ๒๐๐ ฟอง", ""])


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    return read_text_record(tmp_path_factory.mktemp("profile"), PAGE)


def test_the_title_ends_before_the_owners_label(record):
    assert record["title"] == TITLE


def test_the_person_after_the_label_owns_the_record(record):
    author = record["author"]
    assert (author["kind"], author["given_name"], author["family_name"]) == ("person", "ประเสริฐ", "ทองมา")
    assert record["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ปฏิบัติการ"}


def test_the_label_word_with_no_name_after_it_cuts_nothing():
    from kmgraph.extract.fields import before_next_label
    from kmgraph.model import Text

    value = "การพัฒนาผู้บันทึกบัญชีครัวเรือนรุ่นใหม่ ผู้บันทึก บัญชีรายรับรายจ่าย"
    assert before_next_label(Text(value, 0, len(value))).text == value
