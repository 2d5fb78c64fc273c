"""An issuu page: the host's document name over its upload stamp (Published on …), then a book's running head whose
office gives more than one number (โทร/โทรสาร, a mobile after "/", an extension) and the village after the title
(… หมู่ที่ ๗ หน้า ๑): the running head's title is the record's, with its village as tests/gold/wild-3.json keeps it,
without the numbers (regression: the upload's name was read, or the extension or fax number opened the title)."""

from pathlib import Path

import pytest

from kmgraph.extract.letters import skeleton_key
from kmgraph.extract.records import parse_file

TITLE = "การจัดการขยะเปียกด้วยถังหมักหน้าบ้าน หมู่ที่ ๗"
HEAD = "สานักงานพัฒนาชุ มชนอาเภอสามร้อยยอด {phones} การจัดการขยะเปียกด้ วยถังหมักหน้าบ้ าน หมู่ที่ ๗ หน้า ๑"
PHONES = {
    "phone and fax": "โทร/โทรสาร ๐๓๒-๐๕๙๑๒๓",
    "two phones": "โทร ๐๓๒-๐๕๙๑๒๓, ๐๘๑-๒๓๔๕๖๗๘",
    "a mobile after a slash": "โทร ๐๓๒-๐๕๙๑๒๓/๐๘๙-๑๒๓๔๕๖๗",
    "an extension": "โทร ๐๓๒-๐๕๙๑๒๓ ต่อ ๑๒",
    "a fax after the phone": "โทร ๐๓๒-๐๕๙๑๒๓ โทรสาร ๐๓๒-๐๕๙๑๒๔",
    "one phone": "โทร ๐๓๒-๐๕๙๑๒๓",
}


def _page(phones: str) -> str:
    return "\n".join([
        "issuu", "Search", "สามร้อยยอด บทเรียน 2563", "Published on Oct 5, 2020", HEAD.format(phones=phones),
        "๑. ความเป็ นมา", "ชุมชนมีขยะเปียกจำนวนมาก ชาวบ้านจึงรวมกลุ่มกันทำถังหมัก",
        "๒. วิธีการ", "ขุดหลุมหน้าบ้าน วางถังเจาะก้น ใส่เศษอาหารทุกวัน", "",
    ])


@pytest.mark.parametrize("phones", PHONES.values(), ids=PHONES.keys())
def test_the_running_heads_title_wins_over_an_uploads_name(phones):
    record = next(iter(parse_file(Path("issuu.txt"), _page(phones).encode("utf-8"))))
    assert record.title.text == TITLE


COVER_TITLE = "เส้นทางสู่ครัวเรือนต้นแบบ ปลูกผักปลอดสารบนที่ดินหนึ่งไร่"
BOOK_NAMES = ["ครัวเรือนต้นแบบ ทับสะแก 2564", "ครัวเรือนต้นแบบ อำเภอทับสะแก ปี 2564", "ครัวเรือนต้นแบบทับสะแก2564",
              "ครัวเรือนต้นแบบ บ้านหนองแก ทับสะแก ๒๕๖๔"]
COVER = "\n".join([
    "AnyFlip", "{name}", "Published by สมหญิง ใจดี",
    "เสน้ทางสคู่รวัเรอืนตน้แบบ", "ปลกูผกัปลอดสารบนที่ดนิ หนึ่งไร่",  # marks moved, as the viewer's text layer has them
    "นางสมหญิง ใจดี", "บ้านเลขที่ ๑๒ หมู่ที่ ๓ ตำบลแสงอรุณ อำเภอทับสะแก จังหวัดประจวบคีรีขันธ์",
    "สำนักงานพัฒนาชุมชนอำเภอทับสะแก", "ความเป็นมา", "ครอบครัวปลูกผักหลายชนิดไว้กินเองและขาย", "",
])


@pytest.mark.parametrize("name", BOOK_NAMES)
def test_a_cover_line_holding_the_books_name_opens_the_title(name):
    """AnyFlip: the book's name (ครัวเรือนต้นแบบ PLACE YEAR) over Published by, the cover's title over two lines whose
    first holds that name: both lines are the title (regression: the second line alone), letters compared alone."""
    record = next(iter(parse_file(Path("anyflip.txt"), COVER.replace("{name}", name).encode("utf-8"))))
    assert skeleton_key(record.title.text.replace(" ", "")) == skeleton_key(COVER_TITLE.replace(" ", ""))
