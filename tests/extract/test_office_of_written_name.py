"""A centre written short in a closing credit (ศูนย์ฯ<province>) is owned by its full name; every span the reader gives
must stay inside the clean text (held-out set 59: the exporter failed with an IndexError on such a record)."""


from kmgraph.exports.records import record_to_dict
from kmgraph.extract.places import find_office
from kmgraph.extract.records import parse_record
from kmgraph.model import Text

STORY = """เรื่องเล่าจากแปลงผักของชุมชน

ชาวบ้านหมู่ที่ ๔ ร่วมกันปลูกผักปลอดสารไว้กินในครัวเรือน ที่เหลือนำไปขายในตลาดนัดของตำบล
ทุกเดือนกลุ่มจะประชุมกันเพื่อแบ่งเมล็ดพันธุ์และทบทวนบัญชีรายรับรายจ่าย

จัดทำโดย ทีมวิทยากร ศูนย์ฯสุราษฎร์ธานี
"""


def test_a_canonical_name_keeps_the_span_it_was_read_from():
    written = Text("ศูนย์ศึกษาและพัฒนาชุมชนสุราษฎร์ธานี", 100, 119)  # expanded from ศูนย์ฯสุราษฎร์ธานี
    office, level, place = find_office(written)
    assert (office.text, level, place) == ("ศูนย์ศึกษาและพัฒนาชุมชนสุราษฎร์ธานี", "province", "สุราษฎร์ธานี")
    assert written.start <= office.start <= office.end <= written.end


def test_every_span_of_a_credited_centre_lies_inside_the_record(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    record = parse_record(path)
    length = len(record.clean.text)
    for name in ("title", "office", "district", "province", "phone", "date", "author_span"):
        value = getattr(record, name, None)
        if isinstance(value, Text):
            assert 0 <= value.start <= value.end <= length, name
    assert record_to_dict(record)["office"]["name"] == "ศูนย์ศึกษาและพัฒนาชุมชนสุราษฎร์ธานี"
