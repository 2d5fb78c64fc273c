import pytest

from kmgraph.extract.people import (
    find_office,
    find_place,
    parse_author,
    parse_phone,
    parse_position,
    split_inline_fields,
    split_name,
)
from kmgraph.model import Text


@pytest.mark.parametrize(
    "name, honorific, given, family",
    [
        ("นางสุภาพ รัตน์สุภาพงค์", "นาง", "สุภาพ", "รัตน์สุภาพงค์"),
        ("นางสาวทัศนียา   หนองคู", "นางสาว", "ทัศนียา", "หนองคู"),
        ("ว่าที่ ร.ต.สมชาย ใจดี", "ว่าที่ ร.ต.", "สมชาย", "ใจดี"),
        ("ว่าที่ร้อยตรีหญิงสมศรี มีสุข", "ว่าที่ร้อยตรีหญิง", "สมศรี", "มีสุข"),
        ("ดร.ปรีชา ปวงคำ", "ดร.", "ปรีชา", "ปวงคำ"),
        ("สมปอง ทองดี", None, "สมปอง", "ทองดี"),
    ],
)
def test_person_authors(name, honorific, given, family):
    author = parse_author(name)
    assert (author.kind, author.honorific, author.given_name, author.family_name) == (
        "person", honorific, given, family)


def test_organization_author():
    author = parse_author("ชมรมอาสาพัฒนาพัฒนาชุมชนอำเภอคลองขลุง")
    assert author.kind == "organization" and author.name == "ชมรมอาสาพัฒนาพัฒนาชุมชนอำเภอคลองขลุง"


def test_names_run_together_are_split_with_the_name_lists():
    assert split_name("สมชายใจดี") == ("สมชาย", "ใจดี")


def test_inline_fields():
    text = Text("นายปรีชา ปวงคำ ตำแหน่ง : เจ้าหน้าที่พัฒนาชุมชน วันที่ : 2017-04-04", 100, 160)
    fields = split_inline_fields(text)
    assert fields.name.text == "นายปรีชา ปวงคำ"
    assert fields.fields["position"][0].text == "เจ้าหน้าที่พัฒนาชุมชน"
    assert fields.fields["date"][0].text == "2017-04-04"
    assert fields.fields["position"][0].start == 100 + text.text.index("เจ้าหน้าที่")


@pytest.mark.parametrize(
    "text, title, level",
    [
        ("นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงาน", "นักวิชาการพัฒนาชุมชน", "ชำนาญการ"),
        ("นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ", "นักวิชาการพัฒนาชุมชน", "ชำนาญการพิเศษ"),
        ("เจ้าหน้าที่พัฒนาชุมชน", "เจ้าหน้าที่พัฒนาชุมชน", None),
        ("นักประชาสัมพันธ์ปฏิบัติการ สำนักงานพัฒนาชุมชน", "นักประชาสัมพันธ์", "ปฏิบัติการ"),
    ],
)
def test_positions(text, title, level):
    position, _ = parse_position(text)
    assert (position.title, position.level) == (title, level)


def test_offices_districts_and_provinces():
    office, level, place = find_office(Text("สำนักงานพัฒนาชุมชนอำเภอเสริมงามจังหวัดลำปาง", 0, 40))
    assert (office.text, level, place) == ("สำนักงานพัฒนาชุมชนอำเภอเสริมงาม", "district", "เสริมงาม")
    office, level, place = find_office(Text("กลุ่มงานส่งเสริม สำนักงานพัฒนาชุมชนจังหวัดเชียงราย", 0, 50))
    assert (office.text, level, place) == ("สำนักงานพัฒนาชุมชนจังหวัดเชียงราย", "province", "เชียงราย")
    assert find_place(Text("ชมรม อำเภอคลองขลุง จังหวัดกำแพงเพชร", 0, 40), "province").text == "กำแพงเพชร"
    assert find_place(Text("จังหวัดนอกประเทศ", 0, 16), "province") is None  # not a province
    assert find_place(Text("ใน 18 อำเภอ 576 หมู่บ้าน", 0, 20), "district") is None


def test_phone_numbers():
    assert parse_phone(Text("โทรศัพท์ ๐๘๑-๙๙๒๐๓๘๗", 0, 20)).text == "0819920387"
    assert parse_phone(Text("๐๕๕-๗๐๕-๐๓๒", 0, 11)).text == "055705032"
    assert parse_phone(Text("+66 81 234 5678", 0, 15)).text == "0812345678"
    assert parse_phone(Text("ปี 2560", 0, 7)) is None
