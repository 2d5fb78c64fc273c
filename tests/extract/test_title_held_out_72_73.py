"""Titles in layouts held-out sets 72 and 73 showed (issue #10): a KM book's cover title set over two lines whose
second is a ด้าน… phrase (ถอดบทเรียนผู้นำต้นแบบ / ด้านการ…) cut at the first line and its second read as the
category; a labelled title whose label lost its tone mark in the PDF (เรือง TITLE) keeping the label in the title.
Invented records (own words, invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def test_a_field_phrase_continuing_a_cover_title_is_part_of_it(tmp_path):
    text = ("ถอดบทเรียนปราชญ์ชุมชน\n"
            "ด้านการออมทรัพย์ของกลุ่มสตรี\n"
            "นางสมพร ใจเย็น\n"
            "ประธานกลุ่มออมทรัพย์ บ้านโพนางดำ หมู่ที่ 4 ตำบลโพนางดำออก\n"
            "อำเภอสรรพยา จังหวัดชัยนาท\n"
            "จัดทำโดย\n"
            "สำนักงานพัฒนาชุมชนอำเภอสรรพยา\n"
            "คำนำ\n"
            "เอกสารเล่มนี้เล่าวิธีที่กลุ่มสตรีชวนกันออมเงินวันละสิบบาทจนมีทุนให้สมาชิกกู้ยืม\n"
            "วิธีการ\n"
            "1. เก็บเงินออมทุกวันที่ห้าของเดือนที่ศาลาประชาคม\n"
            "2. ลงบัญชีต่อหน้าสมาชิกทุกครั้ง\n")
    record = read_text_record(tmp_path, text)
    assert record["title"] == "ถอดบทเรียนปราชญ์ชุมชน ด้านการออมทรัพย์ของกลุ่มสตรี"
    assert record["category"] is None


def test_a_title_label_that_lost_its_tone_mark_is_still_the_label(tmp_path):
    text = ("ถอดบทเรียนการพัฒนาชุมชน อําเภอท่าแซะ ๒๕๖๕   ๗\n"
            "\n"
            "เรือง การเลี้ยงผึ้งโพรงในสวนทุเรียนของกลุ่มบ้านคุริง\n"
            "ผู้ถอดองค์ความรู้ นายวีระ ทองมาก\n"
            "ตําแหน่ง นักวิชาการพัฒนาชุมชนปฏิบัติการ\n"
            "สํานักงานพัฒนาชุมชนอําเภอท่าแซะ จังหวัดชุมพร\n"
            "วิธีการทํางาน\n"
            "๑. วางกล่องล่อผึ้งใต้ร่มทุเรียนก่อนดอกบาน\n"
            "๒. ตรวจรังทุกสัปดาห์และกันมดไม่ให้ขึ้นกล่อง\n")
    assert read_text_record(tmp_path, text)["title"] == "การเลี้ยงผึ้งโพรงในสวนทุเรียนของกลุ่มบ้านคุริง"


def test_a_centres_name_on_its_story_books_cover_is_no_title(tmp_path):
    text = ("Keywords: #KM #เรื่องเล่า\n"
            "\n"
            "เรื่องเล่าจากแปลงสาธิต\n"
            "\n"
            "เรื่องเล่าจากแปลงสาธิต\n"
            "ศูนย์ศึกษาและพัฒนาชุมชนลำปาง\n"
            "\n"
            "คำนำ\n"
            "หนังสือเล่มนี้รวมเรื่องเล่าสั้น ๆ จากแปลงสาธิตของศูนย์ฯ ที่ผู้เข้าอบรมลงมือทำเอง\n"
            "\n"
            "01\n"
            "ปุ๋ยหมักจากใบก้ามปู\n"
            "\n"
            "     ผู้เข้าอบรมรุ่นที่สองช่วยกันกวาดใบก้ามปูรอบศูนย์ฯ มากองรวมกับมูลวัว แล้วรดน้ำหมักทุกสามวัน"
            "จนได้ปุ๋ยพอใช้ในแปลงผักของศูนย์ฯ ทั้งฤดู\n"
            "ขั้นตอน\n"
            "1. กองใบไม้สลับกับมูลวัวเป็นชั้น ๆ\n"
            "2. รดน้ำหมักและกลับกองทุกสามวัน\n")
    assert read_text_record(tmp_path, text)["title"] == "ปุ๋ยหมักจากใบก้ามปู"
