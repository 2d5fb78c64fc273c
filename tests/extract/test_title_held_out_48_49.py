"""Titles of held-out sets 48-49's layouts (regressions): a Blogspot post whose title carries its byline (KM : TITLE
โดย NAME) under the blog's date header, over the story with no blank line (the blog's tagline was taken); an AnyFlip
cover whose title is set over two lines, a series phrase the second (ความสำเร็จของผู้นำต้นแบบ / โคก หนอง นา
พัฒนาชุมชน: the first line was lost); a Scribd page whose heading names its level (องค์ความรู้ระดับกลุ่ม, kept in
front of the title); a Word book whose cover names its owner (ปราชญ์ชาวบ้านด้าน…) and whose own title follows the
preface and its signature (the cover's line was taken)."""

from tests.conftest import read_text_record


def test_a_blog_post_title_with_its_byline_under_the_date_header_is_the_title(tmp_path):
    """Regression: blog name, tagline, date header, then KM : TITLE โดย NAME right over the story's paragraph (read as
    the paragraph's first line): the tagline was taken for the title."""
    page = "\n".join([
        "km พัฒนาชุมชนอุทัยธานี",
        "เล่าสู่กันฟังของพัฒนากรจังหวัดอุทัยธานี",
        "วันอังคารที่ 7 มีนาคม พ.ศ. 2560",
        "KM : การทำปุ๋ยหมักจากฟางข้าวแบบไม่พลิกกอง โดย วิไลวรรณ แสงทอง",
        "ที่บ้านหนองจอก หมู่ที่ 4 ตำบลหูช้าง อำเภอบ้านไร่ จังหวัดอุทัยธานี ชาวนาเคยเผาฟางหลังเก็บเกี่ยวทุกปี "
        "กลุ่มจึงลองเก็บฟางมากองหมักไว้ใช้เอง",
        "บันทึกขุมความรู้ (Knowledge Assets)",
        "ขั้นตอนที่ ๑ รวบรวมฟางข้าวมากองเป็นชั้นสูงครึ่งเมตร",
        "ขั้นตอนที่ ๒ โรยมูลวัวและรดน้ำให้ชุ่มทุกชั้น",
        "ขั้นตอนที่ ๓ เจาะรูระบายอากาศแทนการพลิกกอง",
        "สองเดือนต่อมา สมาชิก 15 ครัวเรือนได้ปุ๋ยหมักใช้ในนาของตนเอง",
        "โพสต์โดย km ที่ 09:15 ไม่มีความคิดเห็น:",
        "บทความใหม่กว่า หน้าแรก บทความที่เก่ากว่า", ""])
    assert read_text_record(tmp_path, page)["title"] == "การทำปุ๋ยหมักจากฟางข้าวแบบไม่พลิกกอง"


def test_a_cover_title_over_two_lines_ending_in_a_series_phrase_is_whole(tmp_path):
    """Regression: an AnyFlip cover's title set over two lines, the second a series phrase (โคก หนอง นา พัฒนาชุมชน)
    right over the owner's name: only the second line was kept."""
    page = "\n".join([
        "AnyFlip",
        "นางมาลัย ศรีสุข",
        "Discover the best professional documents and content resources in AnyFlip Document Base.",
        "Search",
        "Published by cddthayang, 2022-03-14 10:05:31",
        "ความสาํเรจ็ ของผนู้ าํตน้แบบ",
        "โคก หนอง นา พฒั นาชมุ ชน",
        "นางมาลยั ศรีสขุ",
        "บ้านไร่ดง หมู่ที่ 3 ตาํบลท่าแลง",
        "อาํเภอท่ายาง จงั หวดั เพชรบุรี",
        "สาํนกั งานพฒั นาชมุ ชนอาํเภอท่ายาง",
        "คาํนาํ",
        "เอกสารเลม่นรี้ วบรวมประสบการณข์องผนู้ าํตน้แบบที่เปลยี่ นนาข้าวสองไร่ให้เปน็แปลงโคก หนอง นา",
        "วิธกี ารที่ผนู้ าํใช้",
        "1. ขดุ คลองไส้ไก่รอบแปลงเพอื่กระจายน้าํ",
        "2. ปลกูไม้ผลบนคนัโคกและผกั ริมคลอง",
        "ผลที่เกดิ ขนึ้ ครวัเรอื นมีผกั กินทั้งปีและขายไข่เป็ดได้เดอื นละ 1,800 บาท", ""])
    assert read_text_record(tmp_path, page)["title"] == "ความสำเร็จของผู้นำต้นแบบ โคก หนอง นา พัฒนาชุมชน"


def test_a_heading_naming_its_level_is_no_part_of_the_title(tmp_path):
    """Regression: a Scribd transcription's heading องค์ความรู้ระดับกลุ่ม right over the title was joined in front of
    it."""
    page = "\n".join([
        "Scribd",
        "Upload  Read free for 30 days",
        "Uploaded by Kanya P.",
        "0 ratings 0% found this document useful (0 votes)",
        "Save Save องค์ความรู้ กลุ่มจักสาน For Later",
        "Download now",
        "You are on page 1/2",
        "",
        "องค์ความรู้ระดับกลุ่ม",
        "การจักสานกระจูดเป็นกระเป๋าส่งร้านของฝาก",
        "เจ้าของความรู้ กลุ่มจักสานกระจูดบ้านทะเลน้อย หมู่ที่ 1 ตำบลทะเลน้อย อำเภอควนขนุน จังหวัดพัทลุง Tel. 081.234.5678",
        "สมาชิกกลุ่มเคยสานเสื่อขายได้ราคาต่ำ จึงหันมาสานกระเป๋าตามแบบที่ร้านของฝากสั่ง",
        "ขั้นตอนการดำเนินงาน",
        "1. ตัดกระจูดแล้วตากแดดให้แห้งสามวัน",
        "2. ย้อมสีธรรมชาติและทุบให้นิ่มก่อนสาน",
        "ผลที่ได้รับ",
        "กลุ่มมีรายได้เดือนละ 45,000 บาท", ""])
    assert read_text_record(tmp_path, page)["title"] == "การจักสานกระจูดเป็นกระเป๋าส่งร้านของฝาก"


def test_a_books_own_title_after_its_preface_wins_over_a_cover_naming_its_owner(tmp_path):
    """Regression: a Word book's cover (องค์ความรู้ชุมชน / ปราชญ์ชาวบ้านด้าน… / NAME / place / office / year) over
    its preface, signed ผู้จัดทำ, then the record's own title over its story: the cover's line was taken."""
    page = "\n".join([
        "องค์ความรู้ชุมชน",
        "ปราชญ์ชาวบ้านด้านการเลี้ยงผึ้ง",
        "นายสมพงษ์ ใจกล้า",
        "บ้านนาคู่ หมู่ที่ ๒ ตำบลนาคู่ อำเภอนาแก จังหวัด นครพนม",
        "จัดทำโดย สำนักงานพัฒนาชุมชนอำเภอนาแก",
        "ปีงบประมาณ พ.ศ. ๒๕๖๖",
        "คำนำ",
        "เอกสารเล่มนี้รวบรวมประสบการณ์ของปราชญ์ชาวบ้านเพื่อเป็นแนวทางให้ครัวเรือนอื่น",
        "ผจู้ัดทำ",
        "การเลี้ยงผึ้งโพรงในสวนลำไยเพื่อเก็บน้ำผึ้งขาย",
        "ลุงสมพงษ์เคยปลูกลำไยอย่างเดียวและติดผลน้อย จึงหันมาเลี้ยงผึ้งโพรงไว้ช่วยผสมเกสรและเก็บน้ำผึ้งขาย",
        "ขั้นตอนการทำ",
        "๑. ทำหีบเลี้ยงผึ้งจากไม้เหลือใช้",
        "๒. วางหีบใต้ร่มลำไยห่างกันสิบเมตร",
        "ผลที่ได้รับ",
        "ครอบครัวมีรายได้จากน้ำผึ้งปีละ ๓๖,๐๐๐ บาท", ""])
    assert read_text_record(tmp_path, page)["title"] == "การเลี้ยงผึ้งโพรงในสวนลำไยเพื่อเก็บน้ำผึ้งขาย"
