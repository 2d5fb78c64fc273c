"""A phone and a date held-out sets 70 and 71 missed (issue #10): a Word form's phone under the label เบอร์ติดต่อ,
an unknown label, so the line was folded into the office field above it and never read as a phone (the form saved
as text in TIS-620 and read back as Latin-1, with Thai digits); a PDF's closing ข้อมูล ณ วันที่ DATE line whose space
before ณ the Thai repair drops (ข้อมูลณ วันที่): the lead glued to the word before it was taken for the end of a
word like ประมาณ. Invented records (own words, invented people, real district/province pairs)."""

from __future__ import annotations

import pytest

from tests.conftest import read_text_record


def _word_form_read_as_latin1(thai: str) -> str:
    """A Word form saved as text in TIS-620 and read back as Latin-1 (ª×èÍÍ§¤ì…), saved again as UTF-8."""
    return thai.encode("cp874").decode("latin-1")


def test_phone_under_the_contact_number_label_of_a_mojibake_word_form(tmp_path):
    thai = ("แบบบันทึกองค์ความรู้ (Knowledge Assets)\n"
            "ชื่อองค์ความรู้\tการทำปุ๋ยหมักจากเศษใบไม้ของกลุ่มเกษตรกรบ้านหนองแวง\n"
            "ผู้บันทึก\tนางวิมลรัตน์ บุญมาก\n"
            "ตำแหน่ง\tนักวิชาการพัฒนาชุมชนปฏิบัติการ\n"
            "หน่วยงาน\tสำนักงานพัฒนาชุมชนอำเภอพล จังหวัดขอนแก่น\n"
            "เบอร์ติดต่อ\t๐๔๓-๔๑๔-๒๗๕\n"
            "ขั้นตอนการดำเนินงาน\n"
            "\t๑.\tชวนสมาชิกเก็บใบไม้แห้งในหมู่บ้านมากองรวมกันที่ศาลากลางบ้าน\n"
            "\t๒.\tผสมมูลวัวและรดน้ำหมักชีวภาพทุกสัปดาห์\n"
            "ผลที่ได้รับ\tสมาชิกลดค่าปุ๋ยเคมีได้ครอบครัวละ ๑,๒๐๐ บาทต่อฤดู\n"
            "ณ วันที่ ๑๕ มิถุนายน ๒๕๖๕\n")
    record = read_text_record(tmp_path, _word_form_read_as_latin1(thai))
    assert record["phone"] == "043414275"
    assert record["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอพล"}


_STORY = ("เทคนิคการฟื้นฟูกลุ่มผู้ใช้น้ำที่เลิกประชุมไปแล้ว\n"
          "นายอนุชา ศรีสุข พัฒนาการอำเภอพล เล่าว่ากลุ่มผู้ใช้น้ำบ้านโคกสูงไม่ได้ประชุมมาหนึ่งปี "
          "เพราะประธานคนเดิมย้ายไปอยู่กับลูกที่ต่างจังหวัด จึงชวนสมาชิกมาเลือกกรรมการใหม่\n"
          "ขั้นตอน\n"
          "1. นัดสมาชิกทุกครัวเรือนมาประชุมที่วัด\n"
          "2. ตั้งกติกาการใช้น้ำและค่าบำรุงรายเดือน\n"
          "ผลที่ได้รับ\n"
          "กลุ่มกลับมาประชุมทุกเดือน มีเงินค่าบำรุงสะสม 18,500 บาท\n")


@pytest.mark.parametrize("closing", ["ข้อมูลณ วันที่ 9 กุมภาพันธ์ 2565", "ข้อมูล ณ วันที่ 9 กุมภาพันธ์ 2565",
                                     "ข้อมูลณวันที่ 9 กุมภาพันธ์ 2565"])
def test_closing_data_as_of_date_with_or_without_the_space_before_na(tmp_path, closing):
    assert read_text_record(tmp_path, _STORY + closing + "\n")["date"] == "2022-02-09"


def test_about_the_date_closing_a_story_is_no_record_date(tmp_path):
    """Guard: ประมาณ ends with ณ; ประมาณ วันที่ … (around the day) closes no record with its date."""
    text = _STORY + "น้ำในฝายจะเต็มอีกครั้งประมาณ วันที่ 9 กุมภาพันธ์ 2565\n"
    assert read_text_record(tmp_path, text)["date"] is None
