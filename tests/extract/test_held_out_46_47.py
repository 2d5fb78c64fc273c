"""An owner of held-out set 47's layout (regression): a provincial office's story page whose lead, under the post's
date line, names the officer who tells it with her post, level and district office (เมื่อ… นางสาวก ข
นักวิชาการพัฒนาชุมชนปฏิบัติการ สำนักงานพัฒนาชุมชนอำเภอ… เล่าว่า…): the site's provincial office was taken as owner
and office, the officer, her post, level, office and district missed."""

import pytest

from tests.conftest import read_text_record

_LEADS = [
    ("ช่วงที่ยางพาราราคาตก นางสาวกมลวรรณ ศรีสุวรรณ นักวิชาการพัฒนาชุมชนปฏิบัติการ สำนักงานพัฒนาชุมชนอำเภอรัตภูมิ "
     "เล่าว่าได้ชวนแม่บ้านในตำบลเขาพระปลูกผักกางมุ้งขายในตลาดนัดชุมชน ใช้น้ำจากบ่อบาดาลของหมู่บ้าน",
     ("person", "นางสาว", "กมลวรรณ", "ศรีสุวรรณ"), ("นักวิชาการพัฒนาชุมชน", "ปฏิบัติการ"), "รัตภูมิ"),
    ("หลังน้ำลด นายประเสริฐ ทองคำ เจ้าพนักงานพัฒนาชุมชนชำนาญงาน สำนักงานพัฒนาชุมชนอำเภอสะเดา "
     "บอกว่ากลุ่มเลี้ยงปลาดุกบ้านปริกเริ่มต้นใหม่ด้วยบ่อพลาสติกสิบบ่อ",
     ("person", "นาย", "ประเสริฐ", "ทองคำ"), ("เจ้าพนักงานพัฒนาชุมชน", "ชำนาญงาน"), "สะเดา"),
]


@pytest.mark.parametrize(("lead", "author", "post", "district"), _LEADS, ids=["academic", "officer"])
def test_an_officer_named_in_a_story_lead_under_the_date_owns_it_over_the_sites_office(tmp_path, lead, author,
                                                                                          post, district):
    """Regression: 'สำนักงานพัฒนาชุมชนจังหวัดสงขลา' / menu / TITLE / 'โพสต์เมื่อ DATE' / a lead of a byline's
    length naming NAME POST OFFICE: the site's provincial office was the owner, no post, district or district
    office read."""
    page = "\n".join([
        "สำนักงานพัฒนาชุมชนจังหวัดสงขลา", "หน้าหลัก  เกี่ยวกับเรา  ข่าวกิจกรรม  เรื่องเล่าจากพื้นที่", "",
        "ผักกางมุ้งของแม่บ้านตำบลเขาพระ", "โพสต์เมื่อ 8 มีนาคม 2566", "",
        lead, "",
        "ขั้นตอนการดำเนินงาน", "1. ขึงมุ้งไนลอนคลุมแปลงผัก", "2. รดน้ำเช้าเย็นจากบ่อบาดาล", "",
        "ผลที่ได้รับ", "แม่บ้าน 17 คนมีรายได้เพิ่มจากการขายผัก", "", "(Visited 52 times, 1 visits today)", ""])
    record = read_text_record(tmp_path, page)
    got = record["author"]
    assert (got["kind"], got["honorific"], got["given_name"], got["family_name"]) == author
    position = record["position"] or {}
    assert (position.get("title"), position.get("level")) == post
    assert record["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอ" + district}
    assert (record["district"], record["province"]) == (district, "สงขลา")
