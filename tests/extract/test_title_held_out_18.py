"""Titles in layouts unseen records showed (issue #10, round 17): a district office's news post whose title (as
long as a wrapped line) stands over a far longer lead, a provincial news site's name (a section's word glued to an
office's name), a transcribed page's number glued to its genre label, and a profile page's form run into one
paragraph whose title value runs on into a field label the reader did not know. Invented records (own words,
invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record

DISTRICT_NEWS = ("ข่าวกิจกรรม สพอ.กันทรลักษ์\n"
                 "{menu}\n"
                 "พัฒนาชุมชนกันทรลักษ์ชวนกลุ่มผู้ปลูกหอมแดงตั้งราคากลางร่วมกัน\n"
                 "กันทรลักษ์ – ๖ มิ.ย. ๖๕ นายประเสริฐ ใจมั่น พัฒนาการอำเภอกันทรลักษ์ พร้อมด้วยเจ้าหน้าที่พัฒนาชุมชน "
                 "ลงพื้นที่บ้านภูมิซรอล ชวนกลุ่มผู้ปลูกหอมแดงคุยกันเรื่องราคา โดย 1) สำรวจราคาที่พ่อค้ารับซื้อ "
                 "2) ตกลงราคากลางของกลุ่ม 3) นัดวันขายพร้อมกัน ทำให้สมาชิกขายได้ราคาดีขึ้น\n"
                 "ข่าว/ภาพ : สพอ.กันทรลักษ์\n")


def test_a_news_title_as_long_as_a_wrapped_line_over_a_far_longer_lead_is_the_title(tmp_path):
    """Regression: a 60-letter title over a lead four times longer was read as the lead's wrapped first line: None."""
    record = read_text_record(tmp_path, DISTRICT_NEWS.format(menu="หน้าแรก > ข่าวกิจกรรม > องค์ความรู้"))
    assert record["title"] == "พัฒนาชุมชนกันทรลักษ์ชวนกลุ่มผู้ปลูกหอมแดงตั้งราคากลางร่วมกัน"


def test_a_news_title_under_a_menu_joined_by_bars_is_the_title(tmp_path):
    """Regression: the same post under a menu joined by | (the menu's form did not matter): None."""
    record = read_text_record(tmp_path, DISTRICT_NEWS.format(menu="หน้าแรก | ข่าวกิจกรรม | องค์ความรู้ | ติดต่อเรา"))
    assert record["title"] == "พัฒนาชุมชนกันทรลักษ์ชวนกลุ่มผู้ปลูกหอมแดงตั้งราคากลางร่วมกัน"


def test_a_site_name_set_off_over_the_title_does_not_begin_the_story(tmp_path):
    """Regression: with no menu, the site's name opening the block was taken for the story's first line, so the
    title under it was read as the story: None."""
    text = "\n".join(line for line in DISTRICT_NEWS.split("\n") if line != "{menu}")
    assert read_text_record(tmp_path, text)["title"] == "พัฒนาชุมชนกันทรลักษ์ชวนกลุ่มผู้ปลูกหอมแดงตั้งราคากลางร่วมกัน"


def test_a_provincial_news_sites_name_is_not_the_title(tmp_path):
    """Regression: 'ข่าวสารพัฒนาชุมชนจังหวัดยโสธร' (a section's word glued to an office's name) was the title."""
    text = ("ข่าวสารพัฒนาชุมชนจังหวัดยโสธร\n"
            "หน้าแรก | ข่าวสาร | องค์ความรู้ | ติดต่อ\n"
            "กลุ่มทอเสื่อกกบ้านสร้างมิ่งกับการขายออนไลน์\n"
            "โพสต์เมื่อ 12 มกราคม 2565\n"
            "กลุ่มทอเสื่อกกบ้านสร้างมิ่ง อำเภอเลิงนกทา ทอเสื่อขายมานาน ปีนี้สมาชิกรุ่นใหม่ช่วยถ่ายรูปลงเพจ ขายได้ทั่วประเทศ\n"
            "(Visited 318 times, 4 visits today)\n")
    assert read_text_record(tmp_path, text)["title"] == "กลุ่มทอเสื่อกกบ้านสร้างมิ่งกับการขายออนไลน์"


def test_a_section_word_before_an_office_or_province_is_a_site_name():
    """Regression: a site's name is a section's word (ข่าวสาร, ข่าวกิจกรรม) and an office's name, joined or not."""
    from kmgraph.extract.chrome import is_site_name

    assert is_site_name("ข่าวสารพัฒนาชุมชนจังหวัดยโสธร")
    assert is_site_name("ข่าวประชาสัมพันธ์ พช.ยโสธร")
    assert is_site_name("ข่าวกิจกรรมสำนักงานพัฒนาชุมชนอำเภอเลิงนกทา")
    assert not is_site_name("ข่าวดีของกลุ่มทอผ้าบ้านนาดี")


def test_a_page_number_glued_to_a_genre_label_comes_off_the_title(tmp_path):
    """Regression: '1บันทึกองค์ความรู้ เรื ่อง TITLE' (a transcribed page's number glued on) was read whole."""
    text = ("1บันทึกองค์ความรู้ เรื ่อง การเลี ้ยงไก่ไข่อารมณ์ดีของกลุ่มบ้านโนนสว่าง\n"
            "ชื่อ-สกุล นางสมปอง ดีมาก\n"
            "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ\n"
            "สังกัด สำนักงานพัฒนาชุมชนอำเภอกุดจับ จังหวัดอุดรธานี\n"
            "กลุ่มบ้านโนนสว่างเลี้ยงไก่ไข่แบบปล่อย ขายไข่ได้ทุกวัน\n")
    assert read_text_record(tmp_path, text)["title"] == "การเลี้ยงไก่ไข่อารมณ์ดีของกลุ่มบ้านโนนสว่าง"


PROFILE_FORM = ("การทำปุ๋ยหมักจากฟางข้าวของกลุ่มเกษตรกรบ้านนาคู” เจ้าขององค์ความรู้ นายบุญมี รักนา ตำแหน่ง "
                "นักวิชาการพัฒนาชุมชนปฏิบัติการ สังกัด สำนักงานพัฒนาชุมชนอำเภอเขาวง จังหวัดกาฬสินธุ์ ชื่อเรื่อง "
                "“การทำปุ๋ยหมักจากฟางข้าวของกลุ่มเกษตรกรบ้านนาคู” {label} บ้านนาคู ตำบลกุดสิมคุ้มใหม่ เนื้อเรื่อง "
                "เกษตรกรบ้านนาคูเอาฟางข้าวมาหมักกับมูลวัว ใช้แทนปุ๋ยเคมี\n")


def test_a_profile_pages_title_is_not_run_on_into_a_place_label(tmp_path):
    """Regression: a KM blog's profile page: the form's title value ran on into 'สถานที่ บ้าน…', quotes kept."""
    text = ("อำเภอเขาวง :: โปรไฟล์\n"
            "KM Blog\n"
            "บันทึกงานล่าสุด\n"
            "การทำปุ๋ยหมักจากฟางข้าวของกลุ่มเกษตรกรบ้านนาคู โดยนายบุญมี รักนา\n"
            + PROFILE_FORM.format(label="สถานที่"))
    assert read_text_record(tmp_path, text)["title"] == "การทำปุ๋ยหมักจากฟางข้าวของกลุ่มเกษตรกรบ้านนาคู"


def test_a_field_label_ends_a_form_run_on_titles_value(tmp_path):
    """Regression: with no teaser above, the value of ชื่อเรื่อง in a form run into one paragraph ran on into a
    field label the reader did not know (สถานที่, พื้นที่ดำเนินการ, ระยะเวลา, กลุ่มเป้าหมาย)."""
    for label in ("สถานที่", "พื้นที่ดำเนินการ", "ระยะเวลา", "กลุ่มเป้าหมาย"):
        record = read_text_record(tmp_path, "อำเภอเขาวง :: โปรไฟล์\nKM Blog\n" + PROFILE_FORM.format(label=label))
        assert record["title"] == "การทำปุ๋ยหมักจากฟางข้าวของกลุ่มเกษตรกรบ้านนาคู", label
