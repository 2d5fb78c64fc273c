"""Titles and dates in layouts unseen records showed (issue #10, round 15): a visitor counter in other words, a
listing post's stamp with its read counter, a column's name over or under the title, a bracketed picture placeholder
over a portal's title, an issuu running head that shortens the heading under it, and a docplayer transcription's page
number glued before its first line. Invented records (own words, invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record

LISTING = ("หน้าแรก | เกี่ยวกับเรา | ข่าวสาร | ติดต่อ\n"
           "สถิติการเข้าชม ออนไลน์ 3 | สัปดาห์นี้ 122 | ปีนี้ 2,340 | รวม 45,210\n"
           "หมวดหมู่: ภูมิปัญญาท้องถิ่น แสดง 1 - 6 จาก 14 รายการ\n"
           "การแปรรูปกล้วยน้ำว้าบ้านหนองบัวแดง\n"
           "วันที่ 03/11/2021 | อ่าน 128 ครั้ง\n"
           "ผู้บันทึก นางสาวรัตนา ศรีสุข นักวิชาการพัฒนาชุมชนปฏิบัติการ\n"
           "อ่านต่อ...\n"
           "กลุ่มทอเสื่อกกบ้านโนนสวรรค์\n"
           "วันที่ 28/10/2021 | อ่าน 77 ครั้ง\n")


def test_a_visitor_counter_in_other_words_is_not_the_title(tmp_path):
    """Regression: a district listing's counter 'สถิติ… ออนไลน์ N | สัปดาห์นี้ N | … | รวม N' (word groups and
    counts joined by |) was taken as the title."""
    assert read_text_record(tmp_path, LISTING)["title"] == "การแปรรูปกล้วยน้ำว้าบ้านหนองบัวแดง"


def test_a_spaced_counter_of_three_groups_is_chrome():
    """Regression: three word-and-count groups joined by spaces (no separator) are a counter too; a title with one
    number in it is not."""
    from kmgraph.extract.chrome import is_chrome

    assert is_chrome("ผู้ชมออนไลน์ 4 วันนี้ 58 ทั้งหมด 1,203")
    assert not is_chrome("กองทุนหมู่บ้านบ้านนาดี หมู่ 7")


def test_a_listing_posts_stamp_with_its_read_count_dates_the_title(tmp_path):
    """Regression: 'วันที่ D/M/YYYY | อ่าน N ครั้ง' under the title: the next teaser's stamp was read as the date."""
    assert read_text_record(tmp_path, LISTING)["date"] == "2021-11-03"


def test_a_column_name_over_the_title_is_not_joined_to_it(tmp_path):
    """Regression: 'เรื่องเล่าจาก' + place words alone on the line over the title was joined into the title."""
    text = ("เรื่องเล่าจากหมู่บ้าน\n"
            "ธนาคารขยะบ้านดอนแก้วสร้างรายได้\n"
            "นายประสิทธิ์ คงมั่น นักวิชาการพัฒนาชุมชนชำนาญการ\n"
            "สำนักงานพัฒนาชุมชนอำเภอสารภี จังหวัดเชียงใหม่\n"
            "ชาวบ้านดอนแก้วรวมกันคัดแยกขยะขายทุกเดือน ได้เงินเข้ากองทุนปีละสามหมื่นบาท\n")
    assert read_text_record(tmp_path, text)["title"] == "ธนาคารขยะบ้านดอนแก้วสร้างรายได้"


def test_a_column_name_under_the_title_with_its_marks_moved_is_not_the_title(tmp_path):
    """Regression: a column's name (marks moved: เรอื่งเล่าจากหอ้ง…) on the line under the title was read with it."""
    text = ("การปลูกผักปลอดสารพิษของกลุ่มแม่บ้านบ้านท่าช้าง\n"
            "เรอื่งเล่าจากหอ้งเรียนชุมชน\n"
            "ชาวบ้านท่าช้างรวมกลุ่มกันปลูกผักปลอดสารพิษขายในตลาดนัดทุกวันพุธ ได้เงินเข้ากลุ่มเดือนละห้าพันบาท\n"
            "นายประสิทธิ์ คงมั่น นักวิชาการพัฒนาชุมชนชำนาญการ\n")
    assert read_text_record(tmp_path, text)["title"] == "การปลูกผักปลอดสารพิษของกลุ่มแม่บ้านบ้านท่าช้าง"


def test_a_bracketed_picture_placeholder_does_not_swallow_the_title(tmp_path):
    """Regression: a portal page: menu, category line, '[ภาพประกอบ]', the title (sara am printed as a space), a
    โดย : … ตำแหน่ง : … วันที่ : line: the placeholder was read as a pictures heading over the title."""
    text = ("หน้าหลัก | คลังความรู้ | ค้นหา | ติดต่อเรา\n"
            "เทคนิคการบริหารกองทุน\n"
            "[ภาพประกอบ]\n"
            "การบริหารกองทุนหมู่บ้านให้มีก าไรต่อเนื่อง\n"
            "โดย : นายวีระ ทองดี ต าแหน่ง : นักวิชาการพัฒนาชุมชนช านาญการ วันที่ : 2020-06-02-14:35:10\n"
            "ที่อยู่ : ส านักงานพัฒนาชุมชนอ าเภอพล จังหวัดขอนแก่น\n"
            "กองทุนหมู่บ้านโนนข่าจัดประชุมสมาชิกทุกเดือน ท าบัญชีให้สมาชิกตรวจได้ จึงมีก าไรทุกปี\n")
    assert read_text_record(tmp_path, text)["title"] == "การบริหารกองทุนหมู่บ้านให้มีกำไรต่อเนื่อง"


def test_a_heading_under_a_running_head_that_shortens_it_is_the_title(tmp_path):
    """Regression: issuu: 'OFFICE โทร PHONE SHORT-TITLE บ้านX หมู่ที่ ๓ … หน้า ๑', then the whole heading alone: the
    head's short title and address were taken."""
    text = ("สำนักงานพัฒนาชุมชนอำเภอเมืองยโสธร โทร ๐๔๕-๗๑๒๒๓๔ การเลี้ยงกบในบ่อซีเมนต์ บ้านสิงห์ หมู่ที่ ๓ ตำบลสิงห์ "
            "อำเภอเมืองยโสธร จังหวัดยโสธร หน้า ๑\n"
            "การเลี้ยงกบในบ่อซีเมนต์เพื่อเพิ่มรายได้ของกลุ่มเยาวชนบ้านสิงห์\n"
            "ความเป็นมา\n"
            "กลุ่มเยาวชนบ้านสิงห์รวมกันเลี้ยงกบในบ่อซีเมนต์หลังโรงเรียน ขายได้กิโลกรัมละแปดสิบบาท\n")
    assert read_text_record(tmp_path, text)["title"] == "การเลี้ยงกบในบ่อซีเมนต์เพื่อเพิ่มรายได้ของกลุ่มเยาวชนบ้านสิงห์"


def test_a_transcriptions_page_number_comes_off_its_first_line(tmp_path):
    """Regression: docplayer: 'Download "TITLE"', 'Transcription', '1 TITLE': the title was read with the 1."""
    text = ("DocPlayer.net\n"
            'Download "การทำปุ๋ยหมักชีวภาพบ้านหนองเต่า"\n'
            "Transcription\n"
            "1 การทำปุ๋ยหมักชีวภาพบ้านหนองเต่า\n"
            "นางมาลี ใจดี นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอเมืองอุบลราชธานี\n"
            "ชาวบ้านหนองเต่านำเศษใบไม้มาหมักกับมูลวัว ใช้ในแปลงผักแทนปุ๋ยเคมี\n")
    assert read_text_record(tmp_path, text)["title"] == "การทำปุ๋ยหมักชีวภาพบ้านหนองเต่า"


def test_a_sentence_of_counts_in_a_story_is_not_a_counter():
    """Guard: a story's sentence of counts (groups of words and counts joined by spaces) is not a counter."""
    from kmgraph.extract.chrome import is_chrome

    assert not is_chrome("มีผู้ร่วมเวที 86 คน เป็นคนอายุไม่ถึง 35 ปี 31 คน")
