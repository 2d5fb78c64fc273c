"""The quick scans of titles and segmenting find what the plain regexes find: article tools searched from the spaces
before a line's first tool (titles._search_tools), a publication's head only on a line with a digit, a running head
only on a line ending in a digit, inline numbers found from their first digit (segment._INLINE_NUMBER)."""

import re

import pytest

from kmgraph.extract import segment, titles
from kmgraph.model import Line

TOOL_LINES = [
    "การทำปุ๋ยหมักชีวภาพ PDF พิมพ์ อีเมล", "การทำปุ๋ยหมักชีวภาพ   pdf   Print  E-mail  ", "PDF พิมพ์ อีเมล",
    "การทำปุ๋ย PDF การทำน้ำหมัก พิมพ์ อีเมล", "ข่าวกิจกรรม Hits: 1,234 เขียนโดย Administrator",
    "ข่าวกิจกรรม เปิดอ่าน 25 ครั้ง พิมพ์", "ข่าว EPDF พิมพ์ อีเมล", "ข่าว PDFX พิมพ์", "การทำปุ๋ยหมัก", "",
    "   ", "อีเมล์", "Email", "กลุ่มอาชีพ\tPDF\tพิมพ์\n", "ทดสอบ อ่าน: 7 ผู้ชม 12", "Written by admin PDF",
]
NUMBER_LINES = [
    "1. ชื่อองค์ความรู้ การทำปุ๋ย 2. ชื่อ-สกุล นายสมชาย 5.1 ขั้นตอน 5.2 ผล", "ข้อ ๑. การเตรียม ๒) การหมัก ๑๒.๓ ",
    "12.5 ไม่มีช่องว่างก่อน", "x 7 . y 8) z", " 123. สามหลัก 45.67 ", "ก\n3. บรรทัดใหม่ 4.\t",
]


@pytest.mark.parametrize("text", TOOL_LINES)
def test_tools_are_searched_from_the_first_tool_as_from_the_start(text: str) -> None:
    for pattern in (titles._article_tools(), titles._title_tails()[0]):
        quick, plain = titles._search_tools(pattern, text), pattern.search(text)
        assert (quick and quick.span()) == (plain and plain.span()), (pattern.pattern[:40], text)


@pytest.mark.parametrize("text", TOOL_LINES + ["คลังความรู้ เล่มที่ ๒ การทำปุ๋ย", "KM สพจ. 2563 12", "ฉบับที่ 3"])
def test_a_publication_head_is_what_the_full_search_gives(text: str) -> None:
    line = Line(10, text)
    head = titles._publication_head().search(text)
    expected = line if head is None else (
        None if len(text[head.end():].strip()) < titles.MIN_RUN_ON_TITLE or not titles.THAI_CHARS.search(
            text[head.end():]) else Line(10 + head.end(), text[head.end():]))
    assert titles._without_publication_head(line) == expected


@pytest.mark.parametrize("text", ["หน้า 3/12", "KM ชัยภูมิ Page 4/120", "บทนำ หน้า 4 จาก 9", "page 2 of 3 ก",
                                  "การทำปุ๋ย", "๑", "-๓-", "...", "[ภาพประกอบ]", "Page 4/120x"])
def test_noise_is_what_the_full_search_gives(text: str) -> None:
    stripped = text.strip()
    expected = bool(segment.PAGE_NUMBER.match(stripped) or segment.DOTS.match(stripped)
                    or segment._picture_line().match(stripped)
                    or (len(stripped) < segment.RUNNING_HEAD_MAX and segment.RUNNING_HEAD.search(stripped)))
    assert segment.is_noise(text) == expected


def test_inline_numbers_are_those_after_a_space() -> None:
    plain = re.compile(r"(?<=\s)(?P<num>[0-9๐-๙]{1,2})(?:(?P<dot>\s?[.)])|\.(?P<sub>[0-9๐-๙]{1,2}))(?=\s)")
    for text in NUMBER_LINES:
        assert [(m.span(), m.groupdict()) for m in segment._INLINE_NUMBER.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)], text
