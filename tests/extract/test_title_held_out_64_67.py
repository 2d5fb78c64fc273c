"""Titles in the layouts held-out sets 64 to 67 showed (issue #10): a training centre's menu bar whose items are its
own sections between a site's home and contact words, a news page whose headline follows its lead's place and date
on one line, a labelled title (ชื่องาน : TITLE) with the story's first sentence right under it. Invented records
(own words, invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def _record(tmp_path, text: str) -> dict:
    return read_text_record(tmp_path, text)


def test_menu_bar_of_a_centres_own_sections_is_no_title(tmp_path):
    text = ("ศูนย์ศึกษาและพัฒนาชุมชนนครราชสีมา\n"
            "หน้าแรก  วิสัยทัศน์  หลักสูตรอบรม  ศูนย์เรียนรู้  ติดต่อ\n"
            "บันทึกจากแปลงสาธิต\n"
            "\n"
            "แปลงผักปลอดสารของกลุ่มแม่บ้านโนนไทย\n"
            "\n"
            "วิทยากรของศูนย์ไปเยี่ยมกลุ่มแม่บ้านบ้านโนนไทยเมื่อต้นฝน ตอนนั้นสมาชิกยังพ่นยาฆ่าแมลงทุกสัปดาห์จนค่าใช้จ่ายสูง"
            "กว่ารายได้จากผัก ผู้ใหญ่บ้านจึงขอให้ศูนย์ช่วยสอนทำสารไล่แมลงจากพืช\n"
            "ขั้นตอนที่ใช้\n"
            "1. หมักสะเดากับตะไคร้หอมไว้หนึ่งสัปดาห์\n"
            "2. ฉีดพ่นแปลงผักทุกเย็นวันเว้นวัน\n"
            "ผลที่ได้รับ\n"
            "กลุ่มเลิกซื้อยาฆ่าแมลงได้ทั้งหมด ลดรายจ่ายเดือนละ 1,800 บาท\n")
    assert _record(tmp_path, text)["title"] == "แปลงผักปลอดสารของกลุ่มแม่บ้านโนนไทย"


def test_news_leads_place_and_date_before_the_headline_are_no_title(tmp_path):
    text = ("<< Back | Print\n"
            "ข่าวกิจกรรม สพอ.ท่าศาลา\n"
            "ท่าศาลา - 14 มี.ค. 64 ส่งเสริมกลุ่มสตรีแปรรูปปลาหลังเขียวเป็นปลาแดดเดียว\n"
            "ผู้เขียน นางสาวอรุณี ทองคำ นักวิชาการพัฒนาชุมชนปฏิบัติการ สำนักงานพัฒนาชุมชนอำเภอท่าศาลา"
            " จังหวัดนครศรีธรรมราช โทร 089-114-2753\n"
            "ปีนี้ปลาหลังเขียวล้นตลาด กลุ่มสตรีบ้านในถุ้งจึงขอให้ช่วยหาทางแปรรูป\n"
            "ขั้นตอนที่ทำ 1) อบรมการล้างและหมักเกลือ 2) ทำตะแกรงตากปลา 3) ออกแบบถุงบรรจุ\n"
            "ผลที่ได้รับ กลุ่มขายปลาแดดเดียวได้ 420 ถุง\n"
            "Copyright 2021 All Rights Reserved\n")
    assert _record(tmp_path, text)["title"] == "ส่งเสริมกลุ่มสตรีแปรรูปปลาหลังเขียวเป็นปลาแดดเดียว"


def test_labelled_title_does_not_run_on_into_the_first_sentence(tmp_path):
    text = ("KM พัฒนาชุมชนจังหวัดสระแก้ว\n"
            "หน้าแรก  องค์ความรู้  ติดต่อเรา\n"
            "การออมเงินวันละบาทของเด็กนักเรียน\n"
            "By admin, มีนาคม 9, 2563\n"
            "ผู้เขียน : นางสาวจิราพร คำมา\n"
            "ตำแหน่ง : นักวิชาการพัฒนาชุมชนชำนาญการ\n"
            "สังกัด : สำนักงานพัฒนาชุมชนอำเภอวัฒนานคร\n"
            "ชื่องาน : การออมเงินวันละบาทของเด็กนักเรียน\n"
            "นักเรียนในตำบลแซร์ออมักใช้เงินค่าขนมหมดทุกวันโดยไม่มีเงินเก็บ จึงชวนครูตั้งกระปุกออมประจำห้องร่วมกับกลุ่มออม"
            "ทรัพย์\n"
            "ขั้นตอน\n"
            "1. ตั้งกระปุกออมประจำห้องเรียน\n"
            "2. ให้นักเรียนจดยอดออมในสมุดทุกวัน\n"
            "ผลที่ได้รับ\n"
            "นักเรียน 64 คนมีเงินออมรวม 9,320 บาท\n"
            "หมวดหมู่: องค์ความรู้อำเภอ\n")
    assert _record(tmp_path, text)["title"] == "การออมเงินวันละบาทของเด็กนักเรียน"
