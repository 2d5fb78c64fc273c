"""Owners of held-out sets 60–63's layouts (regressions): owner labels of one family, made of words (LEAD ROLE
OBJECT: ชื่อผู้ถอดองค์ความรู้, ผู้ถ่ายทอดความรู้, ผู้ให้ความรู้, ชื่อผู้จัดการความรู้), that no label list held: no
owner, post or office read; a post labelled ปัจจุบันดำรงตำแหน่ง (no post); an organization named as the story's
recorder mid-paragraph (เรื่องนี้บันทึกโดยเครือข่าย…อำเภอ… ซึ่ง…: no owner)."""

import pytest

from tests.conftest import read_text_record


def _person(record: dict) -> tuple:
    got = record["author"]
    assert got is not None
    return got["kind"], got["honorific"], got["given_name"], got["family_name"]


def test_a_name_word_before_an_owner_label_of_the_family_is_still_its_label(tmp_path):
    """Regression: a numbered form (private-use tone marks, Thai digits) / ๒. ชื่อผู้ถอดองค์ความรู้ NAME ตำแหน่ง POST
    / OFFICE โทร …: ชื่อ before the label ผู้ถอดองค์ความรู้ made it no label: every owner fact None."""
    page = "\n".join([
        "1แบบบันทึกองค\uf70eความรู้ (Knowledge Assets)",
        "๑. ชื่อองค\uf70eความรู้ การเลี้ยงไก\uf70aไข\uf70aอารมณ\uf70eดีของกลุ่มแม\uf70aบ\uf70bานหนองโพธิ์",
        "๒. ชื่อผู้ถอดองค\uf70eความรู้ นางสาวจิราพร สุขประเสริฐ ตำแหน\uf70aง นักวิชาการพัฒนาชุมชนชำนาญการ",
        "    สำนักงานพัฒนาชุมชนอำเภอบางเลน จังหวัดนครปฐม โทร ๐ ๓๔๓๙ ๑๒๗๕",
        "๓. ขั้นตอนการดำเนินงาน", "    ๑) ทำโรงเรือนให\uf70bไก\uf70aเดินได\uf70bอิสระ",
        "    ๒) ผสมอาหารจากรำข\uf70bาวและผักในชุมชน",
        "๔. ผลที่ได\uf70bรับ", "    สมาชิก ๒๓ คน ขายไข\uf70aได\uf70bวันละ ๔๐๐ ฟอง", ""])
    record = read_text_record(tmp_path, page)
    assert _person(record) == ("person", "นางสาว", "จิราพร", "สุขประเสริฐ")
    assert record["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ชำนาญการ"}
    assert record["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอบางเลน"}
    assert (record["district"], record["province"], record["phone"]) == ("บางเลน", "นครปฐม", "034391275")


@pytest.mark.parametrize(("label", "honorific", "given", "family"), [
    ("ผู้ถ่ายทอดความรู้ :", "นาง", "สุภาวดี", "คำแก้ว"),
    ("ผู้ให้ความรู้", "นาย", "ประเสริฐ", "บุญมา"),
    ("ผู้ใหความรู้", "นางสาว", "ศศิธร", "พึ่งบุญ"),  # a PDF that dropped the tone mark
    ("ชื่อผู้จัดการความรู้", "นาย", "กิตติพงษ์", "ทองดี"),
])
def test_an_owner_label_of_the_family_names_the_owner_and_his_post(tmp_path, label, honorific, given, family):
    """Regression: a blog or PDF page / TITLE / LABEL NAME / ตำแหน่ง POST / สังกัด OFFICE: ผู้ถ่ายทอดความรู้, ผู้ให้ความรู้,
    ชื่อผู้จัดการความรู้ were no owner's labels: the owner None (or the label's line taken for the title) and the post
    and level under it None."""
    page = "\n".join([
        "คลังความรู้ พช.", "การแปรรูปกล้วยน้ำว้าเป็นกล้วยอบเนยของกลุ่มบ้านหนองแสง", f"{label} {honorific}{given} {family}",
        "ตำแหน่ง : เจ้าพนักงานพัฒนาชุมชนชำนาญงาน", "สังกัด : สำนักงานพัฒนาชุมชนอำเภอวาปีปทุม จังหวัดมหาสารคาม",
        "ความเป็นมา", "กล้วยในหมู่บ้านล้นตลาดทุกปี กลุ่มจึงหาทางแปรรูปขาย", "วิธีการ", "1. คัดกล้วยห่ามพอดี",
        "2. ฝานบางแล้วอบด้วยตู้อบพลังแสงอาทิตย์", "ผลที่ได้รับ", "กลุ่มขายได้เดือนละ 8,000 บาท", ""])
    record = read_text_record(tmp_path, page)
    assert _person(record) == ("person", honorific, given, family)
    assert record["title"] == "การแปรรูปกล้วยน้ำว้าเป็นกล้วยอบเนยของกลุ่มบ้านหนองแสง"
    assert record["position"] == {"title": "เจ้าพนักงานพัฒนาชุมชน", "level": "ชำนาญงาน"}


def test_prose_opening_with_a_family_label_is_no_owner(tmp_path):
    """A line of prose opening with such words (ผู้ให้ความรู้แก่กลุ่ม…) names no owner: no honorific follows it."""
    page = "\n".join([
        "การทำปุ๋ยหมักจากใบไม้ของชุมชนบ้านดอนแก้ว", "เจ้าของความรู้ : นายสมพงษ์ ศรีวงศ์",
        "ตำแหน่ง : พัฒนาการอำเภอ", "สังกัด : สำนักงานพัฒนาชุมชนอำเภอพนา จังหวัดอำนาจเจริญ", "วิธีการ",
        "ผู้ให้ความรู้แก่กลุ่มคือปราชญ์ชาวบ้านที่ทำปุ๋ยมานาน", "1. กองใบไม้สลับมูลวัว", "2. รดน้ำทุกสามวัน", ""])
    record = read_text_record(tmp_path, page)
    assert _person(record) == ("person", "นาย", "สมพงษ์", "ศรีวงศ์")


def test_a_post_labelled_as_held_now_is_the_owners_post(tmp_path):
    """Regression: ผู้เล่าเรื่อง : NAME / ปัจจุบันดำรงตำแหน่ง : POST / หน่วยงาน : OFFICE: ปัจจุบันดำรงตำแหน่ง was no
    post's label: post and level None."""
    page = "\n".join([
        "พช.เลิงนกทา", "บันทึกการแลกเปลี่ยนเรียนรู้ของพัฒนากร", "๑. ชื่อองค์ความรู้ การออมเงินด้วยกระบอกไม้ไผ่ของเด็กนักเรียน",
        "๒. ผู้เล่าเรื่อง : นางวิไลวรรณ จันทร์หอม", "ปัจจุบันดำรงตำแหน่ง : นักวิชาการพัฒนาชุมชนปฏิบัติการ",
        "หน่วยงาน : สำนักงานพัฒนาชุมชนอำเภอเลิงนกทา จังหวัดยโสธร โทร. ๐๔๕-๗๘๑๑๔๓", "๓. เนื้อหา",
        "เด็กหลายคนใช้เงินหมดทุกวัน ข้าพเจ้าจึงชวนครูทำกระบอกออมประจำห้อง", "ผลที่ได้รับ", "นักเรียน ๕๕ คนออมได้ทุกสัปดาห์", ""])
    record = read_text_record(tmp_path, page)
    assert _person(record) == ("person", "นาง", "วิไลวรรณ", "จันทร์หอม")
    assert record["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ปฏิบัติการ"}


def test_a_network_named_as_the_storys_recorder_mid_paragraph_owns_it(tmp_path):
    """Regression: a story page / TITLE / one paragraph … เรื่องนี้บันทึกโดยเครือข่ายอาสาพัฒนาชุมชนอำเภอ… ซึ่ง… : the
    recorder named inside the paragraph was never read: the owner None."""
    page = "\n".join([
        "เรื่องเล่าจากชุมชน", "ลานตากปลาที่ชาวประมงสร้างร่วมกัน",
        "ที่บ้านบางปู ตำบลบางปู อำเภอยะหริ่ง จังหวัดปัตตานี ชาวประมงเคยตากปลาบนพื้นทรายจนปลาเสียบ่อย "
        "เรื่องนี้บันทึกโดยเครือข่ายอาสาพัฒนาชุมชนอำเภอยะหริ่ง ซึ่งช่วยกลุ่มหาทุนมาตั้งแต่ปีแรก",
        "ชาวบ้านลงแรงสร้างลานตากปลายกพื้นและแบ่งเวรกันดูแลทุกวัน", "บันทึกเมื่อ ๓ กุมภาพันธ์ ๒๕๖๗", ""])
    record = read_text_record(tmp_path, page)
    assert record["author"] is not None
    assert (record["author"]["kind"], record["author"]["name"]) == ("organization",
                                                                     "เครือข่ายอาสาพัฒนาชุมชนอำเภอยะหริ่ง")
