"""Titles and dates in layouts unseen records showed (issue #10, round 16): a post's stamp line under its title in
other forms (อัปเดต D/M/YYYY  ดู N; D/M/YYYY | SECTION | อ่าน N), a bracketed picture placeholder opening the title
line, and a bare column word alone over the title, its marks printed as spaces too. Invented records (own words,
invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record

UPDATED_STAMP = ("หน้าแรก | ข่าวประชาสัมพันธ์ | คลังความรู้ | ติดต่อ\n"
                 "การทำน้ำพริกตาแดงส่งขายของกลุ่มสตรีบ้านหนองแวง\n"
                 "อัปเดต 03/02/2022  ดู 61\n"
                 "นางสาวจันทร์เพ็ญ แก้วมณี นักวิชาการพัฒนาชุมชนชำนาญการ\n"
                 "สำนักงานพัฒนาชุมชนอำเภอบ้านไผ่ จังหวัดขอนแก่น\n"
                 "กลุ่มสตรีบ้านหนองแวงทำน้ำพริกตาแดงขายที่ตลาดอำเภอ ได้เงินเข้ากลุ่มเดือนละสี่พันบาท\n")

SECTION_STAMP = ("การเพาะเห็ดฟางในตะกร้าของผู้สูงอายุบ้านโคกสูง\n"
                 "17/11/2565 | ข่าวองค์ความรู้ | อ่าน 211\n"
                 "นายสมศักดิ์ บุญมา นักวิชาการพัฒนาชุมชนปฏิบัติการ\n"
                 "สำนักงานพัฒนาชุมชนอำเภอพิมาย จังหวัดนครราชสีมา\n"
                 "ผู้สูงอายุบ้านโคกสูงเพาะเห็ดฟางในตะกร้าหลังบ้าน เก็บขายได้ทุกสามวัน\n")


def test_an_updated_stamp_with_a_view_count_is_not_joined_to_the_title(tmp_path):
    """Regression: 'อัปเดต D/M/YYYY  ดู N' under the title was joined into it."""
    assert read_text_record(tmp_path, UPDATED_STAMP)["title"] == "การทำน้ำพริกตาแดงส่งขายของกลุ่มสตรีบ้านหนองแวง"


def test_an_updated_stamp_dates_the_post(tmp_path):
    """Regression: the date of 'อัปเดต 03/02/2022  ดู 61' was missed."""
    assert read_text_record(tmp_path, UPDATED_STAMP)["date"] == "2022-02-03"


def test_a_stamp_with_a_section_name_is_not_the_title(tmp_path):
    """Regression: 'D/M/YYYY | SECTION | อ่าน N' under the title was read with it or as it."""
    assert read_text_record(tmp_path, SECTION_STAMP)["title"] == "การเพาะเห็ดฟางในตะกร้าของผู้สูงอายุบ้านโคกสูง"


def test_a_stamp_with_a_buddhist_year_dates_the_post(tmp_path):
    """Regression: 'D/M/YYYY' with a B.E. year in a stamp is read as B.E. (17/11/2565 -> 2022-11-17)."""
    assert read_text_record(tmp_path, SECTION_STAMP)["date"] == "2022-11-17"


def test_a_stamp_with_views_in_english_is_chrome():
    """Regression: a stamp's forms: a date, an optional section, a view count (อ่าน/ดู/เข้าชม/views N), by | or spaces."""
    from kmgraph.extract.chrome import is_chrome

    assert is_chrome("อัปเดต 03/02/2022  ดู 61")
    assert is_chrome("17/11/2565 | ข่าวองค์ความรู้ | อ่าน 211")
    assert is_chrome("5 มี.ค. 2564 | เข้าชม 1,024 ครั้ง")
    assert is_chrome("2021-07-14 views 88")
    assert not is_chrome("กองทุนหมู่บ้านบ้านนาดี หมู่ 7 ปี 2564")


def test_a_bracketed_picture_placeholder_comes_off_the_title_line(tmp_path):
    """Regression: '[ภาพ] TITLE': the placeholder was read as part of the title."""
    text = ("หน้าหลัก | คลังความรู้ | ค้นหา\n"
            "[ภาพ] การเลี้ยงปลาดุกในบ่อพลาสติกของกลุ่มเกษตรกรบ้านหัวนา\n"
            "นายวิชัย ศรีทอง นักวิชาการพัฒนาชุมชนชำนาญการ\n"
            "สำนักงานพัฒนาชุมชนอำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม\n"
            "กลุ่มเกษตรกรบ้านหัวนาเลี้ยงปลาดุกในบ่อพลาสติก ขายได้ทุกสามเดือน\n")
    assert read_text_record(tmp_path, text)["title"] == "การเลี้ยงปลาดุกในบ่อพลาสติกของกลุ่มเกษตรกรบ้านหัวนา"


COLUMN_WORD = ("{column}\n"
               "ร้านค้าชุมชนบ้านป่าแดงปันผลให้สมาชิก\n"
               "นางบุญเรือน ทองคำ นักวิชาการพัฒนาชุมชนชำนาญการ\n"
               "สำนักงานพัฒนาชุมชนอำเภอแม่ริม จังหวัดเชียงใหม่\n"
               "ร้านค้าชุมชนบ้านป่าแดงขายของใช้ในบ้าน ปันผลให้สมาชิกทุกปี\n")


def test_a_bare_column_word_over_the_title_is_not_joined_to_it(tmp_path):
    """Regression: 'เรื่องเล่า' alone on the line over the title was joined into the title."""
    record = read_text_record(tmp_path, COLUMN_WORD.format(column="เรื่องเล่า"))
    assert record["title"] == "ร้านค้าชุมชนบ้านป่าแดงปันผลให้สมาชิก"


def test_a_bare_column_word_with_its_marks_as_spaces_is_not_joined(tmp_path):
    """Regression: 'เร องเล า' (every mark run printed as a space) over the title was joined into the title."""
    record = read_text_record(tmp_path, COLUMN_WORD.format(column="เร องเล า"))
    assert record["title"] == "ร้านค้าชุมชนบ้านป่าแดงปันผลให้สมาชิก"
