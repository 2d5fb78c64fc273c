"""Whole-record extraction on records of our own, beyond the seeds: each template and each damage."""

import codecs

import pytest

from kmgraph.exports.records import record_to_dict
from kmgraph.extract.records import parse_record
from tests.conftest import FIXTURES


def extract(path):
    return record_to_dict(parse_record(path))


def test_individual_form_with_crlf_and_ticked_category():
    r = extract(FIXTURES / "individual_form.txt")
    assert r["template"] == "individual-form"
    assert r["title"] == "เทคนิคการส่งเสริมกลุ่มออมทรัพย์เพื่อการผลิตให้เป็นแหล่งทุนของชุมชน"
    assert r["author"] == {"kind": "person", "name": "ว่าที่ร้อยตรีสมชาย ใจดี", "honorific": "ว่าที่ร้อยตรี",
                           "given_name": "สมชาย", "family_name": "ใจดี"}
    assert r["position"] == {"title": "พัฒนาการอำเภอ", "level": None}
    assert r["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอเมืองน่าน"}
    assert (r["district"], r["province"], r["phone"], r["date"]) == ("เมืองน่าน", "น่าน", "054710123", "2018-03-15")
    assert r["category"] == "หมวดที่ 3 เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล"
    assert r["steps"] == [
        "ประชุมคณะกรรมการกลุ่มเพื่อทบทวนระเบียบและข้อบังคับของกลุ่ม",
        "จัดทำแผนการส่งเสริมการออม สำรวจความต้องการของสมาชิก กำหนดเป้าหมายการออมรายเดือน",
        "ติดตามและประเมินผลทุกไตรมาส",
    ]
    assert len(r["outcomes"]) == 2 and len(r["success_factors"]) == 2 and len(r["cautions"]) == 1
    assert set(r["principles"]) == {"ปรัชญาของเศรษฐกิจพอเพียง", "หลักการทรงงาน", "ระเบิดจากข้างใน",
                                    "ความซื่อสัตย์ สุจริต จริงใจต่อกัน", "การมีส่วนร่วม"}
    assert {(q["value"], q["unit"]) for q in r["quantities"]} >= {(1250, "คน"), (1250000, "บาท"), (15, "ร้อยละ")}


def test_pdf_damage_is_repaired_and_said():
    r = extract(FIXTURES / "pdf_damaged.txt")
    assert r["encoding"] == "utf-8-sig"
    assert r["title"] == "เทคนิคการจัดทำแผนชุมชนแบบมีส่วนร่วม"
    assert r["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอแม่ริม"}
    assert r["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ปฏิบัติการ"}
    assert r["steps"] == ["ประชุมชี้แจงผู้นำชุมชน", "จัดเวทีประชาคมเพื่อร่วมคิด ร่วมตัดสินใจ", "ดำเนินการตามแผนและติดตามผล"]
    assert r["cautions"] == [] and len(r["problems"]) == 1
    assert {(q["value"], q["unit"]) for q in r["quantities"]} == {(12, "หมู่บ้าน"), (100, "ร้อยละ")}
    assert "ปรัชญาของเศรษฐกิจพอเพียง" in r["principles"]
    assert any("sara am" in w for w in r["warnings"])


def test_portal_page_footer_and_date():
    r = extract(FIXTURES / "portal_page.txt")
    assert r["category"] == "เทคนิคส่งเสริมสัมมาชีพ" and r["date"] == "2018-11-20T09:15:00"
    assert r["phone"] is None  # the footer's empty โทรศัพท์ is not the record's
    assert r["steps"] == ["สำรวจผลิตภัณฑ์ของกลุ่ม", "จัดอบรมการออกแบบบรรจุภัณฑ์", "เชื่อมโยงตลาดออนไลน์"]
    assert r["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ชำนาญการพิเศษ"}
    assert r["principles"] == ["การมีส่วนร่วม"]  # named in the title


def test_label_value_form_by_a_person():
    r = extract(FIXTURES / "label_value_person.txt")
    assert r["author"]["kind"] == "person" and r["author"]["family_name"] == "วงศ์ดี"
    assert (r["district"], r["province"], r["phone"]) == ("โนนสูง", "นครราชสีมา", "0812345678")
    assert r["steps"] == ["ประชุมสมาชิกเพื่อชี้แจงสถานะกองทุน", "ตั้งคณะทำงานติดตามหนี้", "ปรับระเบียบการกู้ยืมให้เหมาะสม"]


@pytest.mark.parametrize("codec, bom", [("cp874", b""), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-8", b"")])
def test_every_encoding_gives_the_same_record(tmp_path, codec, bom):
    text = (FIXTURES / "portal_page.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "portal_page.txt"
    path.write_bytes(bom + text.encode(codec))
    got, want = extract(path), extract(FIXTURES / "portal_page.txt")
    for key in ("title", "author", "office", "steps", "principles", "quantities", "date"):
        assert got[key] == want[key]
    assert any("guessed" in w for w in got["warnings"]) == (codec == "cp874")


def test_spans_name_the_source_text(tmp_path):
    path = FIXTURES / "pdf_damaged.txt"
    record = parse_record(path)
    source = path.read_bytes().decode("utf-8-sig")
    data = record_to_dict(record)
    a, b = data["spans"]["title"]
    assert source[a:b] == "เทคนิคการจัดทําแผนชุมชนแบบมีส่วนร่วม"  # as written, before repair
    a, b = data["spans"]["steps"][2]
    assert source[a:b] == "ดาเนินการตามแผนและติดตามผล"
