"""Owners round 20: a district head named with his post in the opening of a news post's one long lead owns it over
the office its news credit names; an organization's name run on over post words ends at its subdistrict too."""

from pathlib import Path

from kmgraph.extract.records import parse_file

STEPS = ("เพื่อถอดบทเรียนกลุ่มทอผ้าฝ้ายบ้านหนองหว้า ซึ่งเป็นกลุ่มที่สร้างงานสร้างรายได้ให้สมาชิกในชุมชน โดยมีขั้นตอน"
         "การดำเนินงานดังนี้ 1) การรวมกลุ่มสมาชิกที่มีความสนใจทอผ้า จำนวน 25 คน และตั้งคณะกรรมการบริหารกลุ่ม "
         "2) การระดมทุนจากสมาชิกเพื่อซื้อวัตถุดิบ ได้แก่ ฝ้าย สีย้อมธรรมชาติ และอุปกรณ์การทอ 3) การฝึกอบรมพัฒนาฝีมือ"
         "การทอผ้าและการออกแบบลวดลายใหม่ร่วมกับปราชญ์ชาวบ้าน 4) การจัดทำบัญชีรายรับรายจ่ายของกลุ่มอย่างโปร่งใส "
         "5) การหาตลาดจำหน่าย ทั้งตลาดในชุมชน งานแสดงสินค้า และช่องทางออนไลน์ ")
OUTCOME = ("ผลการดำเนินงานพบว่าสมาชิกมีรายได้เพิ่มขึ้นเฉลี่ยเดือนละ 3,000 บาท และกลุ่มสามารถจ่ายเงินปันผลให้สมาชิก"
           "ได้ทุกปี ปัจจัยความสำเร็จคือความสามัคคีของสมาชิก การสนับสนุนจากหน่วยงานภาครัฐ และผู้นำกลุ่มที่เสียสละ ")
LEAD = ("วันจันทร์ที่ 6 กุมภาพันธ์ 2566 นายวีระพงษ์ ศรีสุวรรณ พัฒนาการอำเภอกุมภวาปี พร้อมทีมพัฒนากร ลงพื้นที่"
        "บ้านหนองหว้า หมู่ที่ 4 ตำบลเวียงคำ " + STEPS + OUTCOME * 3)
NEWS = "\n".join([
    "สำนักงานพัฒนาชุมชนจังหวัดอุดรธานี",
    "หน้าแรก | ข่าวประชาสัมพันธ์ | องค์ความรู้ | ติดต่อเรา",
    "ถอดบทเรียนกลุ่มทอผ้าฝ้ายบ้านหนองหว้า สร้างงานให้คนในชุมชน",
    "โพสต์เมื่อ 6 กุมภาพันธ์ 2566",
    LEAD,
    "ข่าว/ภาพ : สพอ.กุมภวาปี",
    "",
])

FEATURE = "\n".join([
    "ตลาดนัดชุมชนริมคลอง ความสุขเล็ก ๆ ของคนบ้านนา",
    "เรื่องเล่าจากพื้นที่",
    "ทุกเช้าวันเสาร์ ชาวบ้านจะนำผักปลอดสารพิษ ขนมพื้นบ้าน และงานจักสานมาวางขายริมคลอง ตลาดเล็ก ๆ แห่งนี้เกิดจาก"
    "ชมรมผู้นำอาสาพัฒนาตำบลบ้านนา อำเภอเมืองนครนายก จังหวัดนครนายก ที่เห็นว่าชาวบ้านมีผลผลิตเหลือแต่ไม่มีที่ขาย",
    "ขั้นตอนการดำเนินงาน",
    "1. ประชุมสมาชิกชมรมเพื่อหาพื้นที่ตั้งตลาด",
    "2. ประชาสัมพันธ์ให้ชาวบ้านนำสินค้ามาขาย",
    "",
])


def _record(name: str, page: str):
    return next(iter(parse_file(Path(name), page.encode("utf-8"))))


def test_the_person_opening_a_long_lead_owns_the_news_post():
    """Regression: the lead (over a byline's length) was not read, so the office of the news credit owned the post."""
    assert len(LEAD) > 400
    record = _record("news.txt", NEWS)
    assert record.author.kind == "person"
    assert record.author.name == "นายวีระพงษ์ ศรีสุวรรณ"
    assert record.position is not None and record.position.title == "พัฒนาการอำเภอ"
    assert record.district.text == "กุมภวาปี"


def test_an_organization_runs_on_over_post_words_to_its_subdistrict():
    """Regression: ชมรมผู้นำอาสาพัฒนาตำบล… was read as the club ชมรม holding the post ผู้นำอาสาพัฒนา."""
    record = _record("feature.txt", FEATURE)
    assert record.author.kind == "organization"
    assert record.author.name == "ชมรมผู้นำอาสาพัฒนาตำบลบ้านนา"
    assert record.position is None
