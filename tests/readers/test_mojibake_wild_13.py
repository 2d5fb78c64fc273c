"""A Joomla page saved as TIS-620 and shown as Latin-1/CP1252, whole page: a run of Thai glued to an ASCII word (the
title with Joomla's icon words "PDF" and "พิมพ์อีเมล" after it, the closing office line with a footer's "Joomla"
after it) is read as Thai when it holds more than a few letters that read as Thai words; an accented letter in a
real Latin word (é in café) stays as it is (regression: the title from "ราย…" on stayed mojibake, glued to "PDF",
and the closing office line with it; the record lost its title and its phone)."""

from __future__ import annotations

from kmgraph.readers.mojibake import repair_mojibake
from tests.conftest import read_text_record

TITLE = "ผ้าทอมือลายดอกพิกุล สร้างรายได้ให้กลุ่มแม่บ้าน"


def _latin(thai: str) -> str:
    """Thai as a TIS-620 page shown through Latin-1/CP1252 shows it."""
    return thai.encode("cp874").decode("cp1252")


def _joomla_page(closing: str) -> str:
    return "\n".join([
        "Get Adobe Flash player",
        "Home",
        _latin("สำนักงานพัฒนาชุมชนอำเภอท่าวุ้ง จังหวัดลพบุรี"),
        _latin(TITLE) + "PDF" + _latin("พิมพ์อีเมล"),
        _latin("เขียนโดย") + " Administrator",
        _latin("วันอังคารที่ 14 กรกฎาคม 2558 เวลา 09:30 น."),
        _latin("ฮิต") + ": 48",
        _latin("กลุ่มแม่บ้านบ้านโพธิ์ทองรวมตัวกันทอผ้าฝ้ายลายดอกพิกุล ขายให้นักท่องเที่ยวที่มาเยี่ยมชมหมู่บ้าน "
               "สมาชิกมีรายได้เสริมทุกเดือน"),
        closing,
    ]) + "\n"


def test_a_title_glued_to_joomla_icon_words_reads_as_thai():
    repaired, warnings = repair_mojibake(_joomla_page(_latin("สำนักงานพัฒนาชุมชนอำเภอท่าวุ้ง โทร. 0-3646-1234")))
    assert repaired.splitlines()[3] == TITLE + "PDFพิมพ์อีเมล"
    assert len(warnings) == 1


def test_the_record_reads_its_title_from_the_glued_line(tmp_path):
    record = read_text_record(tmp_path, _joomla_page(_latin("สำนักงานพัฒนาชุมชนอำเภอท่าวุ้ง โทร. 0-3646-1234")))
    assert record["title"] == TITLE


def test_a_closing_office_line_glued_to_a_footer_keeps_its_phone(tmp_path):
    closing = _latin("สำนักงานพัฒนาชุมชนอำเภอท่าวุ้ง") + "Powered by Joomla" + _latin("โทร. 0-3646-1234")
    text = _joomla_page(closing)
    assert repair_mojibake(text)[0].splitlines()[-1].startswith("สำนักงานพัฒนาชุมชนอำเภอท่าวุ้งPowered")
    assert read_text_record(tmp_path, text)["phone"] == "036461234"


def test_an_accented_letter_in_a_latin_word_stays_as_it_is():
    text = _joomla_page(_latin("สำนักงานพัฒนาชุมชนอำเภอท่าวุ้ง โทร. 0-3646-1234")) + "Café Crème, São Paulo, Señor\n"
    assert repair_mojibake(text)[0].splitlines()[-1] == "Café Crème, São Paulo, Señor"
