"""Owners of held-out sets 68–69's layouts (regressions): a family name's last karan a PDF's font moved on to the post
glued after it (นายปกรณ์ ศรีวงษน์ักวิชาการ…: the name lost its karan); a book whose running head names its officer with
the post (องค์ความรู้ของนาย… พัฒนาการอำเภอ… Page 14/40: the office closing the story owned it, the post was lost); a
group named after an owner's label with its chair after it (เจ้าขององค์ความรู้ กลุ่ม… ประธานกลุ่ม นาง…: the chair
owned it)."""

from tests.conftest import read_text_record


def test_a_karan_moved_on_to_the_post_goes_back_to_the_family_name(tmp_path):
    """Regression: a transcribed form / ผู้บันทึก นายสุเมธ แก้วพงษน์ักวิชาการพัฒนาชุมชนชำนาญการ (the karan of
    แก้วพงษ์ printed on the post's first letter): family name แก้วพงษ, the karan cut with the post."""
    page = "\n".join([
        "แบบบันทึกองค์ความรู้",
        "ชื่อเรื่อง การตั้งกองทุนข้าวสารของหมู่บ้านแบบไม่มีดอกเบี้ย",
        "ผู้บันทึก นายสุเมธ แก้วพงษน์ักวิชาการพัฒนาชุมชนชำนาญการ",
        "สำนักงานพัฒนาชุมชนอำเภอศรีสำโรง จังหวัดสุโขทัย",
        "วันที่บันทึก 5 มีนาคม 2564",
        "ขั้นตอน",
        "1. ประชุมชาวบ้านตกลงกติกาการยืมข้าว",
        "2. ให้สมาชิกคืนข้าวหลังเก็บเกี่ยว",
        "ผลลัพธ์",
        "กองทุนมีข้าวสาร 3,200 กิโลกรัม", ""])
    record = read_text_record(tmp_path, page)
    assert record["author"]["family_name"] == "แก้วพงษ์"
    assert record["author"]["name"] == "นายสุเมธ แก้วพงษ์"
    assert record["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ชำนาญการ"}


def test_an_officer_named_in_a_book_s_running_head_owns_the_record(tmp_path):
    """Regression: a book's pages under the running head องค์ความรู้ของนางสาวพิมพ์ใจ บุญมา พัฒนาการอำเภอปากพะยูน
    Page 7/30, its office closing the story: the office owned the record, no post."""
    head = "องค์ความรู้ของนางสาวพิมพ์ใจ บุญมา พัฒนาการอำเภอปากพะยูน                    Page {}/30"
    page = "\n".join([
        head.format(7), "", "        ธนาคารขยะของโรงเรียนบ้านท่าช้าง", "",
        "ความเป็นมา",
        "ขยะในโรงเรียนมีมาก ครูกับนักเรียนจึงตั้งธนาคารรับซื้อขยะรีไซเคิลทุกวันศุกร์",
        "ขั้นตอน",
        "1. คัดแยกขวดพลาสติกกระดาษและกระป๋อง",
        "2. ชั่งน้ำหนักแล้วบันทึกลงสมุดบัญชีของนักเรียน", "",
        head.format(8), "",
        "ผลที่ได้รับ",
        "นักเรียนมีเงินออม 12,400 บาท สมาชิก 85 คน",
        "สำนักงานพัฒนาชุมชนอำเภอปากพะยูน จังหวัดพัทลุง", ""])
    record = read_text_record(tmp_path, page)
    assert record["author"]["kind"] == "person"
    assert record["author"]["name"] == "นางสาวพิมพ์ใจ บุญมา"
    assert record["position"] == {"title": "พัฒนาการอำเภอ", "level": None}
    assert record["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอปากพะยูน"}


def test_a_group_named_after_the_owner_s_label_owns_the_record_over_its_chair(tmp_path):
    """Regression: a blog's post / TITLE โดยกลุ่มทอเสื่อกกบ้านหนองบัวแดง / … เจ้าขององค์ความรู้ กลุ่มทอเสื่อกก
    บ้านหนองบัวแดง ประธานกลุ่ม นางสมจิต ใจงาม เบอร์โทรศัพท์ …: the chair, named as the group's contact, owned it."""
    page = "\n".join([
        "บ้านไผ่ :: โปรไฟล์", "KM Blog", "บันทึกงานล่าสุด",
        "เสื่อกกลายขิดของบ้านหนองบัวแดง โดยกลุ่มทอเสื่อกกบ้านหนองบัวแดง",
        "เสื่อกกลายขิดของบ้านหนองบัวแดง” เจ้าขององค์ความรู้ กลุ่มทอเสื่อกกบ้านหนองบัวแดง ประธานกลุ่ม นางสมจิต ใจงาม "
        "เบอร์โทรศัพท์ 081-552-7310 ชื่อเรื่อง “เสื่อกกลายขิดของบ้านหนองบัวแดง” สถานที่ บ้านหนองบัวแดง หมู่ที่ 7 "
        "ตำบลหินตั้ง อำเภอบ้านไผ่ จังหวัดขอนแก่น เนื้อเรื่อง ชาวบ้านปลูกกกในนาหลังฤดูเกี่ยวข้าว กลุ่มจึงรวมกันทอเสื่อขาย "
        "๑. ตัดกกแล้วผ่าเป็นเส้นตากแดด ๒. ย้อมสีแล้วทอเป็นลายขิด ปัจจุบันกลุ่มมีสมาชิก 18 คน",
        "Page| 1 | Next | Last", ""])
    record = read_text_record(tmp_path, page)
    assert record["author"]["kind"] == "organization"
    assert record["author"]["name"] == "กลุ่มทอเสื่อกกบ้านหนองบัวแดง"
