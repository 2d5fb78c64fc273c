"""Two words before a post inside a story's sentence are no name when one is a repetition mark
(… ตัวเล็ก ๆ ทีมพัฒนากรจึงชวน …): the record's owner is the office on its closing line (regression: "ๆ ทีม" was read as
a person, given name "ๆ")."""

from tests.conftest import read_text_record

PAGE = "\n".join([
    "หน้าแรก   ข่าวสาร   องค์ความรู้   ติดต่อเรา",
    "การดูแลหนองน้ำสาธารณะร่วมกันของบ้านดอนแดง",
    "เขียนโดย Administrator   ฮิต: 48",
    "หนองน้ำกลางหมู่บ้านเคยแห้งทุกปีเพราะตะกอนทับถม ลูกปลาก็ถูกจับขายตัวเล็ก ๆ ทีมพัฒนากรจึงชวนคณะกรรมการหมู่บ้าน"
    "มาตกลงกติกาการใช้น้ำร่วมกัน",
    "ขั้นตอนการดำเนินงาน",
    "1. ประชุมหมู่บ้านตั้งกติกาการใช้หนองน้ำ",
    "2. ขุดลอกตะกอนร่วมกันช่วงหน้าแล้ง",
    "สำนักงานพัฒนาชุมชนอำเภอบ้านผือ โทร. 042-281573",
    "",
])


def test_a_repetition_mark_before_a_post_names_no_one(tmp_path):
    record = read_text_record(tmp_path, PAGE)
    assert (record["author"]["kind"], record["author"]["name"]) == ("organization", "สำนักงานพัฒนาชุมชนอำเภอบ้านผือ")
    assert record["position"] is None
