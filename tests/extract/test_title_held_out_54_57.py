"""Titles in layouts held-out sets 54–57 showed (issue #10, session 11): a post's hashtags between its date and its
title, a numbered form whose next item sits under the title's value, and a cover whose title's owner is introduced
by ของ alone on its line. Invented records (own words, invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def _title(tmp_path, text: str) -> str | None:
    return read_text_record(tmp_path, text)["title"]


def test_a_posts_hashtags_are_not_its_title(tmp_path):
    """Regression: a Facebook post's tag line (#องค์ความรู้ชุมชน #พช.…) between its date and its title was kept in
    front of the title."""
    text = ("กลุ่มทอผ้าไหมบ้านหนองสรวง\n"
            "3 มีนาคม 2566 เวลา 10:20 น. · 🌏\n"
            "#องค์ความรู้ชุมชน #พช.ชุมพลบุรี\n"
            "วิธีย้อมไหมด้วยเปลือกประดู่ให้สีไม่ตก\n"
            "กลุ่มของเราย้อมผ้ากันมาสิบกว่าปี เลยอยากเล่าวิธีที่ทำให้สีติดทนนานให้เพื่อนกลุ่มอื่นลองทำดูค่ะ\n"
            "ขั้นตอนการทำ\n"
            "1. ต้มเปลือกประดู่กับน้ำจนได้สีเข้ม\n"
            "2. แช่ไหมในน้ำด่างขี้เถ้าก่อนย้อม\n"
            "3. ย้อมซ้ำสามรอบแล้วตากในที่ร่ม\n")
    assert _title(tmp_path, text) == "วิธีย้อมไหมด้วยเปลือกประดู่ให้สีไม่ตก"


def test_a_numbered_forms_next_item_is_not_the_titles_wrap(tmp_path):
    """Regression: a numbered form (๔. ชื่อองค์ความรู้ TITLE / ๕. วัน/เดือน/ปี ที่บันทึก DATE): the next item's line
    was run into the title as its wrapped end."""
    text = ("แบบบันทึกองค์ความรู้ (รายบุคคล)\n"
            "๑. ชื่อ-สกุล นายสมพงษ์ ใจกว้าง\n"
            "๒. ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ\n"
            "๓. ส่วนราชการ สำนักงานพัฒนาชุมชนอำเภอท่าใหม่ โทร ๐๓๙-๔๓๑-๒๒๐\n"
            "๔. ชื่อองค์ความรู้ การรวมกลุ่มผู้ปลูกมังคุดขายผ่านสหกรณ์ของตำบล\n"
            "๕. วัน/เดือน/ปี ที่บันทึก ๐๓/๐๘/๒๕๖๔\n"
            "๖. ขั้นตอน/วิธีการ\n"
            "   ๑. ชวนเจ้าของสวนมาประชุมที่ศาลาหมู่บ้าน\n"
            "   ๒. ตกลงราคากลางและวันรับซื้อร่วมกัน\n"
            "๗. ผลที่ได้รับ\n"
            "   สมาชิกขายมังคุดได้ราคาดีขึ้นกิโลกรัมละห้าบาท\n")
    assert _title(tmp_path, text) == "การรวมกลุ่มผู้ปลูกมังคุดขายผ่านสหกรณ์ของตำบล"


def test_a_lone_of_over_the_owners_name_is_not_the_titles_end(tmp_path):
    """Regression: a cover (TITLE / ของ / OWNER'S NAME): the ของ alone on its line was kept at the title's end."""
    text = ("หน้าปก\n"
            "ปราชญ์ชาวบ้าน คนต้นแบบ\n"
            "การทำน้ำหมักชีวภาพจากหอยเชอรี่\n"
            "ของ\n"
            "นายประยูร ทองดี\n"
            "บ้านโพนงาม หมู่ที่ 4 อำเภอกุดชุม จังหวัดยโสธร\n"
            "จัดทำโดย สำนักงานพัฒนาชุมชนอำเภอกุดชุม\n"
            "วิธีการ\n"
            "1. เก็บหอยเชอรี่มาทุบให้แตก\n"
            "2. หมักกับกากน้ำตาลในถังปิดฝาสามเดือน\n"
            "ผลที่ได้\n"
            "ใช้รดแปลงผักแทนปุ๋ยเคมีได้ทั้งปี\n")
    assert _title(tmp_path, text) == "การทำน้ำหมักชีวภาพจากหอยเชอรี่"


def test_a_breadcrumb_ending_on_the_records_category_is_not_its_title(tmp_path):
    """Regression: a KM portal's page (หน้าแรก > คลังความรู้ > ด้านการพัฒนาผู้นำ, the category alone under it): the
    category the breadcrumb ends with was taken for the title over the story's own title line."""
    text = ("ระบบจัดการองค์ความรู้ (KM) กรมการพัฒนาชุมชน\n"
            "หน้าแรก | คลังความรู้ | ค้นหา | เข้าสู่ระบบ\n"
            "หน้าแรก > คลังความรู้ > ด้านการพัฒนาผู้นำ\n"
            "ด้านการพัฒนาผู้นำ\n"
            "[รูปภาพ]\n"
            "การชวนเยาวชนเข้าร่วมเวทีประชาคมหมู่บ้าน\n"
            "โดย : นายอนุชา ทองมา ตำแหน่ง : นักวิชาการพัฒนาชุมชนปฏิบัติการ วันที่ : 2020-03-14-10:12:40\n"
            "ที่อยู่ : สำนักงานพัฒนาชุมชนอำเภอวานรนิวาส จังหวัดสกลนคร\n"
            "ความเป็นมา ->\n"
            "เวทีประชาคมในหลายหมู่บ้านมีแต่ผู้สูงอายุมาร่วม คนหนุ่มสาวไม่ค่อยออกความเห็น\n"
            "ขั้นตอนการดำเนินงาน ->\n"
            "1. ชวนเยาวชนมาเป็นผู้จดบันทึกการประชุม\n"
            "2. ให้เยาวชนนำเสนอปัญหาของหมู่บ้านด้วยตนเอง\n")
    assert _title(tmp_path, text) == "การชวนเยาวชนเข้าร่วมเวทีประชาคมหมู่บ้าน"


def test_a_breadcrumb_line_is_not_the_headline(tmp_path):
    """Regression: a province office's news page (ข่าวกิจกรรม > อำเภอ…): the breadcrumb itself was taken for the
    title over the news story's headline."""
    text = ("สำนักงานพัฒนาชุมชนจังหวัดร้อยเอ็ด\n"
            "หน้าหลัก | ข่าวกิจกรรม | องค์ความรู้ | ติดต่อ\n"
            "ข่าวกิจกรรม > อำเภอเสลภูมิ\n"
            "พัฒนาการอำเภอเสลภูมิ ลงพื้นที่หนุนกลุ่มทอเสื่อกกบ้านดงสวรรค์ ทำลายใหม่ส่งตลาดในเมือง\n"
            "วันนี้ นายวีระพงษ์ ศรีบุญ พัฒนาการอำเภอเสลภูมิ พร้อมเจ้าหน้าที่ ได้เยี่ยมกลุ่มทอเสื่อกกที่ศาลาวัด "
            "สมาชิกเล่าว่าเดิมทอแต่ลายเรียบขายในหมู่บ้าน เมื่อได้ลายใหม่ก็มีร้านในเมืองสั่งเพิ่มทุกเดือน\n")
    assert _title(tmp_path, text) == ("พัฒนาการอำเภอเสลภูมิ ลงพื้นที่หนุนกลุ่มทอเสื่อกกบ้านดงสวรรค์ "
                                      "ทำลายใหม่ส่งตลาดในเมือง")


def test_a_posts_stamp_of_counts_is_not_its_title(tmp_path):
    """Regression: a news page's stamp under its menu (14 ก.พ. 65 | ผู้เข้าชม 143 | 0 ความคิดเห็น): its counts, the
    date taken off, were taken for the title over the headline below."""
    text = ("สำนักงานพัฒนาชุมชนจังหวัดร้อยเอ็ด\n"
            "หน้าหลัก | ข่าวกิจกรรม | องค์ความรู้ | ติดต่อ\n"
            "3 มี.ค. 66 | ผู้เข้าชม 87 | 2 ความคิดเห็น\n"
            "พัฒนาการอำเภอเสลภูมิ ลงพื้นที่หนุนกลุ่มทอเสื่อกกบ้านดงสวรรค์ ทำลายใหม่ส่งตลาดในเมือง\n"
            "วันนี้ นายวีระพงษ์ ศรีบุญ พัฒนาการอำเภอเสลภูมิ พร้อมเจ้าหน้าที่ ได้เยี่ยมกลุ่มทอเสื่อกกที่ศาลาวัด "
            "สมาชิกเล่าว่าเดิมทอแต่ลายเรียบขายในหมู่บ้าน เมื่อได้ลายใหม่ก็มีร้านในเมืองสั่งเพิ่มทุกเดือน\n")
    assert _title(tmp_path, text) == ("พัฒนาการอำเภอเสลภูมิ ลงพื้นที่หนุนกลุ่มทอเสื่อกกบ้านดงสวรรค์ "
                                      "ทำลายใหม่ส่งตลาดในเมือง")


def test_a_listing_teasers_counter_after_its_date_is_not_the_title(tmp_path):
    """Regression: a province office's listing (TITLE 26 ส.ค. 62 | อ่าน 88 ครั้ง, the site's name as its running
    head): the teaser's title was not read for the counter after its date, and the site's name became the title."""
    text = ("สำนักงานพัฒนาชุมชนจังหวัดสิงห์บุรี\n"
            "หน้าหลัก | ข่าวประชาสัมพันธ์ | คลังความรู้ | ติดต่อเรา\n"
            "ผู้เข้าชมวันนี้ 12 | ทั้งหมด 5,310\n"
            "คลังความรู้\n"
            "การทำกล้วยกวนสูตรลดหวาน 4 ก.ย. 63 | อ่าน 41 ครั้ง\n"
            "เจ้าของความรู้ นางสาวศิริพร มั่นคง นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอค่ายบางระจัน "
            "โทร 036-591-204 ความเป็นมา กลุ่มแม่บ้านมีกล้วยน้ำว้าล้นตลาดทุกปี จึงคิดแปรรูปเป็นกล้วยกวน\n"
            "ขั้นตอนการดำเนินงาน\n"
            "1. เลือกกล้วยที่สุกงอมมาบดให้ละเอียด\n"
            "2. กวนกับน้ำตาลมะพร้าวในกระทะทองเหลือง\n")
    assert _title(tmp_path, text) == "การทำกล้วยกวนสูตรลดหวาน"


def test_a_forms_post_line_is_not_the_title(tmp_path):
    """Regression: a Knowledge Assets form (ชื่อโครงการ TITLE / หัวหน้าโครงการ NAME / ตำแหน่ง POST): the post's
    labelled line was taken for the title (the lines set together as one title block)."""
    text = ("แบบบันทึกองค์ความรู้ (Knowledge Assets)\n"
            "ชื่อโครงการ\tการทำแปลงผักปลอดสารในโรงเรียนบ้านนาเหนือ\n"
            "หัวหน้าโครงการ\tนางสุดารัตน์ พรหมมา\n"
            "ตำแหน่ง\tนักวิชาการพัฒนาชุมชนปฏิบัติการ\n"
            "หน่วยงาน\tสำนักงานพัฒนาชุมชนอำเภอสะเดา จังหวัดสงขลา\n"
            "โทรศัพท์\t081-4412095\n"
            "ขั้นตอนการดำเนินงาน\n"
            "\t1.\tเตรียมแปลงหลังอาคารเรียนร่วมกับผู้ปกครอง\n"
            "\t2.\tให้นักเรียนแต่ละชั้นดูแลแปลงของตน\n"
            "ผลที่ได้รับ\tนักเรียนได้ผักปลอดสารไปทำอาหารกลางวันทุกสัปดาห์\n")
    assert _title(tmp_path, text) == "การทำแปลงผักปลอดสารในโรงเรียนบ้านนาเหนือ"


def test_a_flipbooks_contents_line_is_no_title(tmp_path):
    """Regression: a flipbook page (the book's name / สารบัญ 01 02 03 / a page number / the story's title): the
    book's name joined with its contents line was taken for the title; the contents line is the book's page index."""
    text = ("AnyFlip\n"
            "เรื่องเล่าชาวบ้าน 2565 - ศูนย์ศึกษาและพัฒนาชุมชนขอนแก่น\n"
            "ZOOM  SHARE  AUTO FLIP  FULL SCREEN\n"
            "เรื่องเล่าชาวบ้าน ๒๕๖๕\n"
            "สารบัญ 01 02 03\n"
            "02\n"
            "ลุงเขียวกับแปลงผักหลังบ้าน\n"
            "ตอนเราไปถึงบ้านลุงเขียวครั้งแรก ลุงกำลังรดน้ำผักบุ้งอยู่หลังบ้าน แปลงเล็กนิดเดียวแต่เขียวทั้งแปลง "
            "ลุงเล่าว่าปลูกไว้กินเองก่อน เหลือจึงแบ่งขายให้เพื่อนบ้านในซอย\n"
            "สามเดือนต่อมา เพื่อนบ้านอีกหลายหลังขอเมล็ดพันธุ์ไปปลูกตาม จนหมู่บ้านมีตลาดผักเล็กๆ ทุกเช้าวันเสาร์\n")
    assert _title(tmp_path, text) == "ลุงเขียวกับแปลงผักหลังบ้าน"
