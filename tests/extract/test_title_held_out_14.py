"""Titles, dates and categories in layouts unseen records showed (issue #10, round 13): a Joomla story page whose
lead sentence is long, a district listing under a visitor counter, a pubhtml5 form on one line, an issuu running
head, an office line over the title, a blog's column word, a DocPlayer page over a section heading, a portal's
category line and a ticked category box. Invented records (own words, invented people, real district/province
pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def test_a_story_sentence_under_a_short_heading_is_not_the_title(tmp_path):
    """Regression: a Joomla district page ('PDF พิมพ์ อีเมล' glued, 'เขียนโดย Administrator', a Thai weekday date):
    the story's long first-person lead sentence was taken as the title over the short heading above it."""
    text = ("กล้วยตากพลังแสงอาทิตย์ PDF พิมพ์ อีเมล\n"
            "เขียนโดย Administrator\n"
            "วันอังคารที่ 14 มิถุนายน 2565 เวลา 10:21 น.\n"
            "ข้าพเจ้าได้รับมอบหมายให้ลงพื้นที่บ้านดอนแดงเพื่อส่งเสริมกลุ่มแม่บ้านแปรรูปกล้วย ซึ่งมีผลผลิตล้นตลาด\n\n"
            "ผลที่ได้คือกลุ่มมีรายได้เพิ่มขึ้นเดือนละสามพันบาท และสมาชิกมีงานทำในหมู่บ้าน\n")
    assert read_text_record(tmp_path, text)["title"] == "กล้วยตากพลังแสงอาทิตย์"


def test_a_visitor_counter_is_chrome_and_a_dateline_with_a_byline_heads_no_title(tmp_path):
    """Regression: a district listing: 'ผู้เข้าชมวันนี้ 37 | ทั้งหมด 20,114' (a counter with a separator) over the first
    teaser; the teaser under 'DD มี.ค. YYYY | โดย NAME' was taken for a post under a blog's date header."""
    text = ("สำนักงานพัฒนาชุมชนอำเภอนาแก\n"
            "หน้าหลัก | ข่าวสาร | องค์ความรู้ | ติดต่อเรา\n"
            "ผู้เข้าชมวันนี้ 37 | ทั้งหมด 20,114\n"
            "การทำน้ำยาล้างจานจากมะกรูด\n"
            "12 มี.ค. 2563 | โดย สมศรี ใจงาม\n"
            "กลุ่มแม่บ้านบ้านนาคูรวมกลุ่มกันทำน้ำยาล้างจานจากมะกรูดที่ปลูกในหมู่บ้าน ขายในตลาดนัดชุมชนทุกวันเสาร์ อ่านต่อ\n"
            "การเลี้ยงกบในกระชัง 2 ก.พ. 2563 | โดย สมชาย ดีมาก\n"
            "สมาชิกเลี้ยงกบในกระชังริมหนองน้ำ ขายได้ทุกสามเดือน อ่านต่อ\n")
    assert read_text_record(tmp_path, text)["title"] == "การทำน้ำยาล้างจานจากมะกรูด"


def test_a_teaser_heads_title_ends_where_its_date_starts(tmp_path):
    """Regression: a listing whose first teaser is 'TITLE DD ม.ค. 2565 | โดย NAME' on one line: no title read from it
    (the line was taken for a dateline), the second teaser's story was taken."""
    text = ("สำนักงานพัฒนาชุมชนอำเภอนาแก\n"
            "ผู้เข้าชมวันนี้ 37 | ทั้งหมด 20,114\n"
            "องค์ความรู้\n"
            "การเลี้ยงกบในกระชังริมหนองน้ำ 5 ม.ค. 2565 | โดย สมชาย ดีมาก\n"
            "สมาชิกเลี้ยงกบในกระชังริมหนองน้ำ ขายได้ทุกสามเดือน อ่านต่อ\n"
            "การทำน้ำยาล้างจานจากมะกรูด\n"
            "12 มี.ค. 2563 | โดย สมศรี ใจงาม\n"
            "กลุ่มแม่บ้านบ้านนาคูรวมกลุ่มกันทำน้ำยาล้างจาน อ่านต่อ\n")
    assert read_text_record(tmp_path, text)["title"] == "การเลี้ยงกบในกระชังริมหนองน้ำ"


def test_a_one_line_pubhtml5_form_gives_its_title_labels_value(tmp_path):
    """Regression: a pubhtml5 form with every field on one line (upload stamp, '- 4 -' page marks, ชื่อเรื่อง … ชื่อ-สกุล …
    ตำแหน่ง …): title None. The value ends where the next label starts."""
    text = ("Home Explore แบบบันทึกองค์ความรู้ Published by Guest User, 2022-05-10 03:12:44 Description: - 4 - "
            "ชื่อเรื่อง การทำผ้ามัดย้อมจากเปลือกมังคุด ชื่อ-สกุล นางสาวรัตนา ใจดี ตำแหน่ง "
            "นักวิชาการพัฒนาชุมชนปฏิบัติการ สังกัด สำนักงานพัฒนาชุมชนอำเภอขลุง จังหวัดจันทบุรี "
            "เนื้อหา กลุ่มสตรีบ้านตกพรมนำเปลือกมังคุดมาย้อมผ้า ขายได้ดี - 5 -\n")
    assert read_text_record(tmp_path, text)["title"] == "การทำผ้ามัดย้อมจากเปลือกมังคุด"


def test_the_heading_a_running_head_repeats_is_the_title(tmp_path):
    """Regression: an issuu transcription whose running head (OFFICE โทร PHONE TITLE ADDRESS หน้า ๑) is repeated on each
    page, the title alone under it: the head's title with its address was taken."""
    text = ("สำนักงานพัฒนาชุมชนอำเภอเขาสมิง โทร 039-599123 การเลี้ยงไก่ไข่อารมณ์ดี "
            "บ้านแสนตุ้ง หมู่ที ๓ ตำบลแสนตุ้ง อำเภอเขาสมิง จังหวัดตราด หน้า ๑\n"
            "การเลี้ยงไก่ไข่อารมณ์ดี\n"
            "ชาวบ้านบ้านแสนตุ้งเลี้ยงไก่ไข่แบบปล่อยในสวนยางพารา ไข่ขายได้ราคาดีกว่าไข่ทั่วไป\n"
            "สำนักงานพัฒนาชุมชนอำเภอเขาสมิง โทร 039-599123 การเลี้ยงไก่ไข่อารมณ์ดี "
            "บ้านแสนตุ้ง หมู่ที ๓ ตำบลแสนตุ้ง อำเภอเขาสมิง จังหวัดตราด หน้า ๒\n"
            "สมาชิกกลุ่มช่วยกันดูแลเล้าไก่และเก็บไข่ทุกเช้า\n")
    assert read_text_record(tmp_path, text)["title"] == "การเลี้ยงไก่ไข่อารมณ์ดี"


def test_a_columns_name_comes_off_the_title_on_its_line(tmp_path):
    """Regression: a narrative blog: 'เรื่องเล่าจากพื้นที่ TITLE' on one line: the column's name stayed in the title."""
    text = ("เรื่องเล่าจากพื้นที่ ปลาร้าบองแม่บุญมีสร้างรายได้\n"
            "โพสต์เมื่อ 3 มีนาคม 2565\n"
            "แม่บุญมีเริ่มทำปลาร้าบองขายในหมู่บ้านเมื่อสามปีก่อน ตอนนี้มีลูกค้าทั่วจังหวัด และส่งขายทางออนไลน์ได้ทุกสัปดาห์\n"
            "\n"
            "เธอบอกว่าความสำเร็จมาจากการใช้ปลาสดจากหนองน้ำในหมู่บ้าน\n")
    assert read_text_record(tmp_path, text)["title"] == "ปลาร้าบองแม่บุญมีสร้างรายได้"


def test_a_docplayer_download_line_and_a_section_heading_are_not_the_title(tmp_path):
    """Regression: DocPlayer: 'Download "SHORT NAME"', 'ถอดบทเรียน TITLE บานX หมูที 3 …' (marks dropped), จัดทําโดย …, then
    the heading สภาพปัญหา: the heading was taken as the title."""
    text = ("Download \"ถอดบทเรียน กลุ่มทอผ้า\"\n"
            "ถอดบทเรียน การทอผาฝายยอมสีธรรมชาติ บานนาเวียง หมูที 3 ตําบลนาเวียง อําเภอเมืองมุกดาหาร จังหวัดมุกดาหาร\n"
            "จัดทําโดย สํานักงานพัฒนาชุมชนอําเภอเมืองมุกดาหาร โทร 042-611234\n"
            "\n"
            "สภาพปัญหา\n"
            "สมาชิกกลุ่มทอผ้าขายผ้าได้น้อยเพราะลายผ้าไม่ตรงกับความต้องการของตลาด\n")
    assert read_text_record(tmp_path, text)["title"].startswith("ถอดบทเรียน การทอผ")


def test_a_portals_category_line_is_the_category_not_the_title(tmp_path):
    """Regression: a portal page: 'องค์ความรู้หมวด…' above the title: category None, and the title joined it."""
    text = ("ศูนย์ความรู้ พช.\n"
            "องค์ความรู้หมวดการส่งเสริมอาชีพ\n"
            "การทำไข่เค็มใบเตย\n"
            "นายประยูร แก้วดี\n"
            "ชาวบ้านบ้านหนองบัวทำไข่เค็มใบเตยขายเป็นของฝาก รายได้ดีกว่าไข่เค็มธรรมดา\n")
    record = read_text_record(tmp_path, text)
    assert record["category"] == "องค์ความรู้หมวดการส่งเสริมอาชีพ"
    assert record["title"] == "การทำไข่เค็มใบเตย"


def test_a_category_heading_over_a_teaser_takes_none_of_it(tmp_path):
    """Regression: a district listing: office line, counter, the heading หมวดองค์ความรู้ alone, then the first teaser
    'TITLE DD ม.ค. 2565 | โดย NAME' on one line: the category took the teaser's line, the office line was the title
    and the date was None."""
    text = ("สำนักงานพัฒนาชุมชนอำเภอนาแก\n"
            "ผู้เข้าชมวันนี้ 37 | ทั้งหมด 20,114\n"
            "หมวดองค์ความรู้\n"
            "การเลี้ยงกบในกระชังริมหนองน้ำ 5 ม.ค. 2565 | โดย สมชาย ดีมาก\n"
            "สมาชิกเลี้ยงกบในกระชังริมหนองน้ำ ขายได้ทุกสามเดือน อ่านต่อ\n"
            "การทำน้ำยาล้างจานจากมะกรูด 12 มี.ค. 2563 | โดย สมศรี ใจงาม\n"
            "กลุ่มแม่บ้านทำน้ำยาล้างจาน อ่านต่อ\n")
    record = read_text_record(tmp_path, text)
    assert (record["title"], record["date"], record["category"]) == ("การเลี้ยงกบในกระชังริมหนองน้ำ", "2022-01-05", None)


def test_a_category_heading_over_a_teasers_title_and_dated_byline_takes_none_of_it(tmp_path):
    """Regression: as above with the teaser's title on its own line and '12 มี.ค. 2563 | โดย NAME' under it: the date
    of that line was not read and the title was the office line."""
    text = ("สำนักงานพัฒนาชุมชนอำเภอนาแก\n"
            "ผู้เข้าชมวันนี้ 37 | ทั้งหมด 20,114\n"
            "หมวดองค์ความรู้\n"
            "การทำน้ำยาล้างจานจากมะกรูด\n"
            "12 มี.ค. 2563 | โดย สมศรี ใจงาม\n"
            "กลุ่มแม่บ้านบ้านนาคูรวมกลุ่มกันทำน้ำยาล้างจานจากมะกรูด อ่านต่อ\n"
            "การเลี้ยงกบในกระชัง 2 ก.พ. 2563 | โดย สมชาย ดีมาก\n"
            "อ่านต่อ\n")
    record = read_text_record(tmp_path, text)
    assert (record["title"], record["date"], record["category"]) == ("การทำน้ำยาล้างจานจากมะกรูด", "2020-03-12", None)
