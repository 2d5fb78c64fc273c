"""Authors (persons and organizations, names), posts and levels."""

import pytest

from kmgraph.extract.persons import parse_author, parse_position, split_name


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
