"""Titles and categories in layouts unseen records showed (issue #10, round 14): an anyflip story page under its book's
name, Joomla's icon words glued to a title with no space, a labelled title under an office line, a DocPlayer lesson
with its marks dropped, a cover title whose second line continues the first, and a ticked category box among crossed
ones. Invented records (own words, invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def test_an_anyflip_books_name_is_not_a_story_pages_title(tmp_path):
    """Regression (since round 13): an anyflip page of a book of stories: viewer chrome, the book's name
    'BOOK SERIES' near the viewer's search line, page numbers 01 02, then the story's title alone: part of the
    book's name (its series) was taken."""
    text = ("The words you are searching are inside this book. To get more targeted content, please make full-text "
            "search by clicking here.\n"
            "เรื่องเล่าเร้าพลัง นักพัฒนาภาคเหนือ\n"
            "Discover the best professional documents and content resources in AnyFlip Document Base.\n"
            "Search\n"
            "Published by สำนักงานพัฒนาชุมชนจังหวัดลำปาง, 2023-02-14 09:11:40\n"
            "Keywords: #KM #เรื่องเล่า\n"
            "01\n"
            "02\n"
            "ปลูกกาแฟใต้ร่มไม้บ้านแม่แจ๋ม\n"
            "ขา้พเจ้าได้รบัมอบหมายให้ดแูลหมู่บ้านแม่แจ๋ม ซึ่งชาวบ้านปลกูข้าวโพดจนดินเสื่อม จึงชวนกันปลูกกาแฟใต้ร่มไม้\n"
            "วันนี้กลุ่มขายเมล็ดกาแฟได้ปีละหกหมื่นบาท\n"
            "เรื่อง : นางสาวพิมพ์ชนก ใจมั่น\n"
            "นักวิชาการพัฒนาชุมชนชำนาญการ สพอ.แจ้ห่ม\n")
    assert read_text_record(tmp_path, text)["title"] == "ปลูกกาแฟใต้ร่มไม้บ้านแม่แจ๋ม"


def test_joomlas_icon_words_glued_with_no_space_come_off_the_title(tmp_path):
    """Regression: 'TITLEPDFพิมพ์อีเมล' (the icons' words glued with no space) over 'เขียนโดย Administrator', a Thai
    weekday date and 'ฮิต: 87': the story's long first sentence was taken as the title."""
    text = ("หน้าแรก | ข่าวประชาสัมพันธ์ | องค์ความรู้ | ติดต่อเรา\n"
            "น้ำพริกตาแดงแม่บ้านโคกสูงPDFพิมพ์อีเมล\n"
            "เขียนโดย Administrator\n"
            "วันพุธที่ 13 มีนาคม 2019 เวลา 09:20 น.\n"
            "ฮิต: 87\n"
            "ข้าพเจ้าได้รับมอบหมายให้ไปส่งเสริมกลุ่มแม่บ้านบ้านโคกสูง ซึ่งทำน้ำพริกกินกันในครัวเรือน "
            "จึงชวนกันทำน้ำพริกตาแดงขายในตลาดนัด\n\n"
            "ผลที่ได้คือกลุ่มมีรายได้เพิ่มขึ้นเดือนละสองพันบาท\n")
    assert read_text_record(tmp_path, text)["title"] == "น้ำพริกตาแดงแม่บ้านโคกสูง"


def test_a_labelled_title_wins_over_a_bare_office_line(tmp_path):
    """Regression: an old district site: menu, visitor counter, a bare office line, ผู้บันทึก / ตำแหน่ง / หน่วยงาน /
    วันที่ lines, then 'เรื่อง TITLE': the office line was taken as the title."""
    text = ("Home | About | Contact\n"
            "Visitors: 10234 Last update 12/08/2010\n"
            "สำนักงานพัฒนาชุมชนอำเภอบ้านไผ่\n"
            "ผู้บันทึก นายสมบัติ แสนดี\n"
            "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ\n"
            "หน่วยงาน สำนักงานพัฒนาชุมชนอำเภอบ้านไผ่ จังหวัดขอนแก่น โทร 043-272111\n"
            "วันที่ 5 สิงหาคม 2553\n"
            "เรื่อง การทอผ้าไหมมัดหมี่บ้านหนองแวง\n"
            "เนื้อหา\n"
            "กลุ่มสตรีบ้านหนองแวงทอผ้าไหมมัดหมี่ลายโบราณ ขายได้ผืนละสองพันบาท\n")
    assert read_text_record(tmp_path, text)["title"] == "การทอผ้าไหมมัดหมี่บ้านหนองแวง"


def test_a_docplayer_lessons_title_with_its_marks_dropped_is_the_title(tmp_path):
    """Regression: DocPlayer: 'Download "SHORT"', then 'ถอดบทเรียน TITLE PLACE' with its tone marks dropped, the
    compiler's line and the heading สภาพปัญหา: the heading was taken."""
    text = ("DocPlayer.net\n"
            'Download "ถอดบทเรียน การฟืนฟูกองทุน"\n'
            "ถอดบทเรียน การฟืนฟูกองทุนหมูบานทีขาดทุน บานหนองโรง หมูที 5 ตําบลหนองโรง อําเภอหนองแค จังหวัดสระบุรี\n"
            "จัดทําโดย สํานักงานพัฒนาชุมชนอําเภอหนองแค โทร 036-371222\n"
            "สภาพปัญหา\n"
            "กองทุนหมูบานขาดทุนมาสามป เพราะสมาชิกคางชําระหนี และกรรมการไมไดประชุมกันเลย จึงไมมีเงินใหสมาชิกกู\n"
            "ขันตอนการดําเนินงาน\n"
            "1) ประชุมกรรมการและสมาชิก\n"
            "2) ทําแผนฟืนฟูกองทุน\n")
    title = read_text_record(tmp_path, text)["title"]
    assert title.startswith("ถอดบทเรียน การฟืนฟูกองทุน") and title.endswith("สระบุรี")


def test_a_cover_titles_second_line_that_continues_it_joins_it(tmp_path):
    """Regression: a pubhtml5 cover: the title over two lines, the second opening with ใน (a continuation), then the
    owner (a villager, marks moved), the office and คำนำ: only the second line was read."""
    text = ("การปลูกผักสวนครัวปลอดสาร\n"
            "ในกระถางหน้าบ้าน\n"
            "นางบญุเรือน ศรีสขุ\n"
            "สำนักงานพัฒนาชุมชนอำเภอสว่างแดนดิน จังหวัดสกลนคร\n"
            "คำนำ\n"
            "เอกสารเล่มนี้รวบรวมความรู้การปลูกผักในกระถางของนางบุญเรือน ศรีสุข เพื่อเผยแพร่ให้ผู้สนใจ\n")
    assert read_text_record(tmp_path, text)["title"] == "การปลูกผักสวนครัวปลอดสาร ในกระถางหน้าบ้าน"


def test_the_ticked_options_mark_comes_off_the_category(tmp_path):
    """Regression: a unit-level form with Thai digits: '๒. หมวดองค์ความรู้' then one option a line, crossed ✗ or
    ticked ✓: the tick stayed on the category."""
    text = ("แบบบันทึกองค์ความรู้ระดับหน่วยงาน\n"
            "๑. ชื่อองค์ความรู้ การทำปุ๋ยหมักจากผักตบชวา\n"
            "๒. หมวดองค์ความรู้\n"
            "    ✗ องค์ความรู้หมวดการบริหารจัดการ\n"
            "    ✓ องค์ความรู้หมวดเทคนิคการปฏิบัติงาน\n"
            "    ✗ องค์ความรู้ด้านการพัฒนาตนเอง\n"
            "๓. ชื่อเจ้าของความรู้ นายสุเทพ ใจกล้า\n"
            "๔. เนื้อหาองค์ความรู้\n"
            "ชาวบ้านนำผักตบชวามาหมักกับมูลวัว ได้ปุ๋ยใช้ในนา\n")
    assert read_text_record(tmp_path, text)["category"] == "องค์ความรู้หมวดเทคนิคการปฏิบัติงาน"
