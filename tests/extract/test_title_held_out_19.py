"""Titles in layouts unseen records showed (issue #10, round 18): a story column's page with a tag line near its end,
a provincial Blogspot post whose blog's name and tagline stand above its dateline and a form below its title, a KM
book's cover whose title's second line opens with a joining word, and an AnyFlip page whose first line is the viewer's
chrome with the book's name and a page strip. Invented records (own words, invented people, real district/province
pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record

STORY_COLUMN = ("เรื่องเล่าจากพื้นที่\n"
                "ชมรมอาสาพัฒนาผู้สูงอายุบ้านห้วยทรายใต้ ตำบลนาแห้ว กับห้องเรียนกลางแปลงถั่วแดง\n"
                "วันที่ 14 กุมภาพันธ์ 2566\n"
                "เช้าวันนั้นลมหนาวยังพัดผ่านแปลงถั่วแดงของบ้านห้วยทราย ตำบลนาแห้ว อำเภอนาแห้ว จังหวัดเลย\n"
                "สมาชิกชมรมอาสาพัฒนาสิบกว่าคนนั่งล้อมวงกับเด็กนักเรียน เล่าวิธีเก็บเมล็ดพันธุ์ไว้ปลูกปีหน้า\n"
                "ลุงสมบัติ ใจเย็น ประธานชมรม บอกว่าห้องเรียนกลางแปลงทำให้เด็กรู้จักที่มาของอาหาร\n"
                "ปีนี้ชมรมตั้งใจขยายแปลงเรียนรู้ไปอีกสองหมู่บ้าน\n"
                "{tags}\n"
                "แชร์เรื่องนี้\n")


def test_a_tag_line_near_a_story_columns_end_is_not_the_title(tmp_path):
    """Regression: 'แท็ก: อช. ถั่วแดง นาแห้ว' near the end of a column's page was read as its title."""
    record = read_text_record(tmp_path, STORY_COLUMN.format(tags="แท็ก: อช. ถั่วแดง นาแห้ว"))
    assert record["title"] == "ชมรมอาสาพัฒนาผู้สูงอายุบ้านห้วยทรายใต้ ตำบลนาแห้ว กับห้องเรียนกลางแปลงถั่วแดง"


def test_tag_lines_are_chrome():
    """Regression: a tag line (แท็ก:, ป้ายกำกับ:, Tags:, คำค้น:) is a site's chrome, whatever tags it lists."""
    from kmgraph.extract.chrome import is_chrome

    assert is_chrome("แท็ก: อช. ถั่วแดง นาแห้ว")
    assert is_chrome("ป้ายกำกับ: กลุ่มอาชีพ, เลย")
    assert is_chrome("Tags: ออมทรัพย์ ชุมชนเข้มแข็ง")
    assert is_chrome("คำค้น : ถั่วแดง แปลงเรียนรู้")
    assert not is_chrome("แท็กซี่ชุมชนกับการรับส่งผู้สูงอายุ")


BLOGSPOT_POST = ("พัฒนาชุมชนชัยภูมิ ร่วมแบ่งปันความรู้\n"
                 "วันจันทร์ที่ 7 ธันวาคม พ.ศ. 2563\n"
                 "กลุ่มเลี้ยงไก่พื้นเมืองบ้านโนนคูณ สร้างรายได้เสริมทุกเดือน\n"
                 "{form}"
                 "กลุ่มเลี้ยงไก่พื้นเมืองบ้านโนนคูณรวมกันซื้อพันธุ์ไก่และแบ่งกันดูแล ขายได้ทุกเดือน\n"
                 "โพสต์โดย พช.ชัยภูมิ ที่ 10:15\n")
BLOGSPOT_FORM = ("ชื่อ-นามสกุล      นางสาวมณีรัตน์ ศรีสุข\n"
                 "ตำแหน่ง           นักวิชาการพัฒนาชุมชนชำนาญการ\n"
                 "สังกัด             สำนักงานพัฒนาชุมชนอำเภอแก้งคร้อ จังหวัดชัยภูมิ\n")


def test_a_blogspot_posts_title_under_its_dateline_over_a_form(tmp_path):
    """Regression: the blog's name and tagline above the dateline were read as the title when a form followed."""
    record = read_text_record(tmp_path, BLOGSPOT_POST.format(form=BLOGSPOT_FORM))
    assert record["title"] == "กลุ่มเลี้ยงไก่พื้นเมืองบ้านโนนคูณ สร้างรายได้เสริมทุกเดือน"


def test_a_blogspot_posts_title_under_its_dateline_with_no_form(tmp_path):
    """The same post with no form below its title: the line under the dateline."""
    record = read_text_record(tmp_path, BLOGSPOT_POST.format(form=""))
    assert record["title"] == "กลุ่มเลี้ยงไก่พื้นเมืองบ้านโนนคูณ สร้างรายได้เสริมทุกเดือน"


BOOK_COVER = ("ครัวเรือนต้นแบบการพัฒนาพื้นที่ตามหลักทฤษฎีใหม่\n"
              "เลี้ยงกบในบ่อซีเมนต์\n"
              "{second}\n"
              "นายทองใบ มีสุข\n"
              "บ้านเลขที่ 45 หมู่ 3 ตำบลโพนทอง อำเภอโพนทอง จังหวัดร้อยเอ็ด\n"
              "สำนักงานพัฒนาชุมชนอำเภอโพนทอง\n"
              "คำนำ\n"
              "เอกสารเล่มนี้รวบรวมความรู้ของครัวเรือนต้นแบบ เพื่อเผยแพร่ให้ผู้สนใจนำไปปรับใช้\n")


def test_a_covers_second_title_line_opening_with_a_joining_word_continues_the_first(tmp_path):
    """Regression: a cover's title over two lines, the second opening with ควบคู่: only the second line was read."""
    record = read_text_record(tmp_path, BOOK_COVER.format(second="ควบคู่การปลูกผักริมคันบ่อ"))
    assert record["title"] == "เลี้ยงกบในบ่อซีเมนต์ ควบคู่การปลูกผักริมคันบ่อ"


def test_a_covers_second_title_line_opening_with_พร้อม_continues_the_first(tmp_path):
    """The same cover with พร้อม opening its second line."""
    record = read_text_record(tmp_path, BOOK_COVER.format(second="พร้อมปลูกผักบุ้งริมคันบ่อ"))
    assert record["title"] == "เลี้ยงกบในบ่อซีเมนต์ พร้อมปลูกผักบุ้งริมคันบ่อ"


ANYFLIP_PAGE = ("AnyFlip  เรื่องเล่าพัฒนากรรุ่นใหม่ ศพช.ยะลา  01 02 03 04 05\n"
                "Keywords: #KM #เรื่องเล่า #พัฒนากร\n"
                "ก้าวแรกของพัฒนากรกับกลุ่มทำขนมบ้านบันนังสตา\n"
                "ดิฉันได้รับมอบหมายให้ดูแลตำบลบันนังสตา อำเภอบันนังสตา จังหวัดยะลา เป็นพื้นที่แรกหลังบรรจุเข้ารับราชการ "
                "วันแรกที่ลงพื้นที่ได้พบกลุ่มแม่บ้านทำขนมที่อยากขายได้มากขึ้น จึงชวนกันคิดเรื่องบรรจุภัณฑ์\n"
                "ผ่านไปสามเดือน กลุ่มมีตราสินค้าของตัวเองและส่งขนมไปขายที่ตลาดอำเภอทุกวันศุกร์\n")


def test_an_anyflip_viewer_line_with_the_books_name_and_a_page_strip_is_chrome(tmp_path):
    """Regression: 'AnyFlip  BOOK NAME  01 02 03 04 05' (the viewer's line) was read as the title."""
    assert read_text_record(tmp_path, ANYFLIP_PAGE)["title"] == "ก้าวแรกของพัฒนากรกับกลุ่มทำขนมบ้านบันนังสตา"


def test_a_covers_two_title_lines_with_marks_moved_by_spaces_are_joined(tmp_path):
    """The same cover as a PDF's text layer gives it, its marks moved off with spaces (เลี ้ยง, ควบคู ่)."""
    text = BOOK_COVER.format(second="ควบคู ่การปลูกผักริมคันบ่อ").replace("เลี้ยงกบ", "เลี ้ยงกบ")
    assert read_text_record(tmp_path, text)["title"] == "เลี้ยงกบในบ่อซีเมนต์ ควบคู่การปลูกผักริมคันบ่อ"


def test_the_line_under_a_column_word_is_the_title_over_a_wrapped_story(tmp_path):
    """Regression: with no tag line, the title under the column's word (longer than a title's line, over the story's
    hard-broken lines) was skipped as the story's and the share button's line read as the title."""
    record = read_text_record(tmp_path, STORY_COLUMN.format(tags=""))
    assert record["title"] == "ชมรมอาสาพัฒนาผู้สูงอายุบ้านห้วยทรายใต้ ตำบลนาแห้ว กับห้องเรียนกลางแปลงถั่วแดง"
