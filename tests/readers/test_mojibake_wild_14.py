"""A form saved with its Thai in TIS-620 and its category boxes (□ ■) typed as UTF-8, the whole shown through
CP1252: each box's three characters ("â–¡" for □, "â– " + no-break space for ■) are read back as the box with the
Thai around them (regression: they stayed "â–ก", "â– ", the ticked box was not seen and the category held every
option with its boxes)."""

from __future__ import annotations

from kmgraph.readers.mojibake import repair_mojibake
from tests.conftest import read_text_record

CHOSEN = "ด้านการส่งเสริมการออมของครัวเรือน"


def _shown(text: str) -> str:
    """Thai typed as TIS-620 and symbols typed as UTF-8, the bytes shown through CP1252."""
    data = b"".join(char.encode("utf-8") if ord(char) >= 0x2000 else char.encode("cp874") for char in text)
    return data.decode("cp1252", errors="ignore")


def _form() -> str:
    return _shown("\n".join([
        "แบบบันทึกองค์ความรู้ (Knowledge Assets)",
        "ชื่อองค์ความรู้\tกองทุนออมวันละบาทของบ้านหนองแวง",
        "ชื่อ-นามสกุล\tนางสาวมณีรัตน์ ทองประเสริฐ",
        "ตำแหน่ง\tนักวิชาการพัฒนาชุมชนปฏิบัติการ",
        "สังกัด\tสำนักงานพัฒนาชุมชนอำเภอกันทรลักษ์ จังหวัดศรีสะเกษ",
        "โทรศัพท์\t089-2214578",
        f"หมวดองค์ความรู้\t□ ด้านการพัฒนาผู้นำ\t■ {CHOSEN}\t□ ด้านการพัฒนาองค์กร",
        "ขั้นตอนการดำเนินงาน",
        "\t1.\tชวนสมาชิกออมเงินวันละบาททุกเย็นที่ศาลาหมู่บ้าน",
        "\t2.\tจดบัญชีเงินออมให้สมาชิกตรวจได้ทุกเดือน",
    ])) + "\n"


def test_the_boxes_typed_as_utf8_read_back_with_the_thai():
    text = _form()
    assert "â–¡" in text and "â–\u00a0" in text  # the damage the form shows
    line = repair_mojibake(text)[0].splitlines()[6]
    assert line == f"หมวดองค์ความรู้\t□ ด้านการพัฒนาผู้นำ\t■ {CHOSEN}\t□ ด้านการพัฒนาองค์กร"


def test_the_ticked_box_gives_the_category(tmp_path):
    assert read_text_record(tmp_path, _form())["category"] == CHOSEN


def test_a_leading_vowel_before_thai_stays_thai():
    text = _shown("โครงการโคกหนองนาโมเดลของตำบลโพนทอง") + "\n"
    assert repair_mojibake(text)[0] == "โครงการโคกหนองนาโมเดลของตำบลโพนทอง\n"
