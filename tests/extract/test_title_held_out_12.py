"""Titles in two more layouts the session-7 held-out records showed (issue #10): a Blogspot KM site whose tagline
stands over the post's date header with the post's title under it, and a story book page whose story opens with one
long line and whose list heading (สิ่งที่เราทำ) stands over numbered items. Invented records (own words, invented
people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def _title(tmp_path, text: str) -> str | None:
    return read_text_record(tmp_path, text)["title"]


def test_a_blog_tagline_over_the_date_header_is_not_the_title_under_it(tmp_path):
    """Regression: blog name, tagline, a Thai dateline, the post's title, then a story with headings and numbered
    steps (read as a form): the tagline, standing right above the date, was taken as a headline over its date."""
    text = ("KM พัฒนาชุมชนลำพูน\n"
            "เล่าสู่กันฟังเรื่องงานพัฒนาชุมชน\n"
            "วันพุธที่ 9 กันยายน พ.ศ. 2563\n"
            "การฟื้นฟูกลุ่มออมทรัพย์ที่หยุดนิ่งด้วยเวทีประชาคม\n"
            "บันทึกนี้เขียนโดยนายอนุชา ใจดี นักวิชาการพัฒนาชุมชนปฏิบัติการ สำนักงานพัฒนาชุมชนอำเภอป่าซาง "
            "จังหวัดลำพูน ซึ่งดูแลกลุ่มออมทรัพย์ที่ไม่ได้ประชุมมาสองปี\n"
            "ขั้นตอนการทำงาน\n"
            "1. เชิญสมาชิกทุกคนมาฟังรายงานฐานะการเงินของกลุ่ม\n"
            "2. เลือกคณะกรรมการชุดใหม่ในเวทีเดียวกัน\n"
            "3. กำหนดวันรับฝากเงินเดือนละหนึ่งครั้ง\n"
            "ผลที่ได้รับ\n"
            "สมาชิก 64 คนกลับมาฝากเงินทุกเดือน\n")
    assert _title(tmp_path, text) == "การฟื้นฟูกลุ่มออมทรัพย์ที่หยุดนิ่งด้วยเวทีประชาคม"


def test_a_list_heading_after_a_one_line_story_is_not_the_title(tmp_path):
    """Regression: a flipbook story page (viewer lines, running head, the story's short title, its opening as one long
    line, then 'what we did' over numbered items): the list's heading was taken as the title."""
    text = ("AnyFlip\n"
            "เรื่องเล่าจากศูนย์ฯ เล่ม 2\n"
            "Published by cdd_center_lampang, 2022-08-14 10:21:05\n\n"
            "เรื่องเล่าจากศูนย์ฯ เล่ม ๒                                 ๑๗\n"
            "ตลาดเช้าหน้าศูนย์\n"
            "ทุกเช้าวันเสาร์ชาวบ้านรอบศูนย์ศึกษาและพัฒนาชุมชนนำผักและขนมมาวางขายที่ลานหน้าศูนย์ "
            "ทีมงานจึงชวนกันจัดระเบียบแผงและทำบัญชีรายรับให้ผู้ขายทุกคน\n"
            "สิ่งที่เราทำ\n"
            "๑. แบ่งแผงตามชนิดสินค้าและจับสลากที่ตั้ง\n"
            "๒. สอนผู้ขายจดรายรับรายจ่ายในสมุดเล่มเล็ก\n"
            "๓. ประชุมผู้ขายเดือนละครั้งเพื่อแก้ปัญหา\n"
            "ผลที่เกิดขึ้น\n"
            "ผู้ขาย ๒๖ รายมีบัญชีรายรับของตนเอง\n"
            "เรื่อง/ภาพ : ศูนย์ศึกษาและพัฒนาชุมชนลำปาง\n")
    assert _title(tmp_path, text) == "ตลาดเช้าหน้าศูนย์"
