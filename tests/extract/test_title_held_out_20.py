"""A listing's teaser "TITLE | โดย NAME" over a form run into one paragraph: the separator before the byline is no
part of the title (regression: the title kept a trailing "|")."""

from tests.conftest import read_text_record

TITLE = "การทำน้ำพริกปลาทูแม่กลองส่งร้านของฝาก"
PAGE = "\n".join([
    "พัฒนาชุมชนอำเภออัมพวา", "สถิติผู้เข้าชม วันนี้ 8 | เมื่อวาน 31 | ทั้งหมด 12,904", "คลังความรู้",
    f"{TITLE} | โดย นางสาวปิยนุช แสงทอง",
    "เจ้าของความรู้ นางสาวปิยนุช แสงทอง สังกัด สำนักงานพัฒนาชุมชนอำเภออัมพวา จังหวัดสมุทรสงคราม โทร 034-751234 "
    "ขั้นตอนการดำเนินงาน 1. คัดปลาทูสดจากแพ 2. นึ่งและแกะเนื้อ 3. ผัดกับพริกแกงจนแห้ง",
    "โพสต์เมื่อ 23/11/2565 | อ่าน 131 ครั้ง", "อ่านต่อ... | ความคิดเห็น (1)",
    "ข้าวเกรียบปลาทูสูตรไม่ใส่ผงชูรส | โดย กลุ่มสตรีบ้านบางพรม", "หน้า 1 2 ถัดไป", "",
])


def test_the_separator_before_a_teasers_byline_comes_off_the_title(tmp_path):
    record = read_text_record(tmp_path, PAGE)
    assert record["title"] == TITLE
    assert record["date"] == "2022-11-23"
