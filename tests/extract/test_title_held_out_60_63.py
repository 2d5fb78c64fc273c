"""Titles and categories in the layouts held-out sets 61 to 63 showed (issue #10): a news post's headline opening
with the office's informal name over its post stamp, a news Blogspot whose font dropped the tone marks of its site
name and menu, a blog post's owner line under a label no form lists, a one-line flipbook form whose category runs
on into an item whose label the forms do not know, a Word form saved in TIS-620 and read back as mojibake whose
category row opens with a header label. Invented records (own words, invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def _record(tmp_path, text: str) -> dict:
    return read_text_record(tmp_path, text)


def _category(record: dict) -> str | None:
    category = record["category"]
    return category if category is None or isinstance(category, str) else category.get("text")


def test_headline_over_a_post_stamp_in_one_block_is_the_title(tmp_path):
    text = ("สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น\n"
            "หน้าหลัก | ข่าวประชาสัมพันธ์ | ข่าวกิจกรรม | คลังความรู้ | ติดต่อเรา\n"
            "ข่าวกิจกรรม\n"
            "พัฒนาชุมชนน้ำพองชวนกลุ่มทอเสื่อกกย้อมสีจากเปลือกมะพร้าวและใบหูกวาง\n"
            "เผยแพร่เมื่อ: 3 ส.ค. 2565 | ผู้เข้าชม 241\n"
            "นายวีระพงษ์ แสนสุข พัฒนาการอำเภอน้ำพอง ลงพื้นที่บ้านโนนสวรรค์ ตำบลบัวใหญ่ พบว่ากลุ่มทอเสื่อกกซื้อสีเคมี"
            "ราคาแพงและสีตกง่าย จึงชวนสมาชิกทดลองย้อมสีเอง ดังนี้\n"
            "1) ต้มเปลือกมะพร้าวแห้งกับน้ำปูนใสสองชั่วโมง\n"
            "2) แช่เส้นกกในน้ำสีหนึ่งคืนแล้วตากแดดให้แห้ง\n"
            "ผลปรากฏว่ากลุ่มลดค่าสีได้เดือนละ 1,500 บาท และเสื่อขายได้ราคาดีขึ้น\n"
            "แชร์: Facebook | LINE\n")
    assert _record(tmp_path, text)["title"] == ("พัฒนาชุมชนน้ำพองชวนกลุ่มทอเสื่อกกย้อมสีจากเปลือกมะพร้าว"
                                                "และใบหูกวาง")


def test_site_name_and_menu_with_dropped_tones_are_no_title(tmp_path):
    text = ("ขาวสารพัฒนาชุมชนจังหวัดจันทบุรี\n"
            "หนาแรก | ขาวประชาสัมพันธ์ | องค์ความรู้ | ภาพกิจกรรม | ติดตอเรา\n"
            "Monday, 6 February 2023\n"
            "การปลูกสละใตสวนมังคุดของกลุ่มบานวังแซม\n"
            "มะขาม – 6 ก.พ. 66 นางสาวพิมพ์ชนก ทองดี พัฒนาการอำเภอมะขาม ลงพื้นที่ตำบลวังแซมเพื่อถอดบทเรียนกลุ่มปลูกสละ"
            " ซึ่งปลูกใตรมมังคุดแทนการปลอยพื้นที่วาง กลุ่มเริ่มจากสมาชิก 9 ครัวเรือน ขายผลสละใหตลาดในอำเภอได"
            "ราคาดีกวาปลูกกลางแจง\n"
            "Posted by cddchan at 10:05\n"
            "No comments:\n"
            "Newer Post Older Post Home\n")
    assert _record(tmp_path, text)["title"] == "การปลูกสละใตสวนมังคุดของกลุ่มบานวังแซม"


def test_owner_label_line_no_form_lists_is_no_title(tmp_path):
    text = ("KM พัฒนาชุมชนลำปาง\n"
            "หน้าหลัก  เกี่ยวกับเรา  คลังความรู้  ติดต่อ\n"
            "การทำเครื่องปั้นดินเผาลายโบราณของกลุ่มบ้านทุ่งโฮ้ง\n"
            "Posted on 2 กันยายน 2562 by webmaster\n"
            "ผู้ถ่ายทอดความรู้ : นางสาวศิริพร คำมูล\n"
            "ตำแหน่ง : นักวิชาการพัฒนาชุมชนปฏิบัติการ\n"
            "หน่วยงานที่สังกัด : สำนักงานพัฒนาชุมชนอำเภอเกาะคา\n"
            "เบอร์มือถือ : 089 – 331 5407\n"
            "ช่างปั้นบ้านทุ่งโฮ้งเคยปั้นหม้อลายเก่าแต่เลิกไปนาน ข้าพเจ้าจึงชวนช่างอาวุโสมาสอนคนรุ่นใหม่\n"
            "วิธีการ\n"
            "1. สำรวจช่างอาวุโสที่ยังปั้นลายเดิมได้\n"
            "2. จัดวงเรียนทุกวันอาทิตย์ ให้ช่างอาวุโสสอนสมาชิก 12 คน\n"
            "ผลลัพธ์\n"
            "กลุ่มปั้นลายเดิมได้ 6 ลาย และขายได้เดือนละประมาณ 9,000 บาท\n"
            "Posted in องค์ความรู้ | Leave a comment\n")
    assert _record(tmp_path, text)["title"] == "การทำเครื่องปั้นดินเผาลายโบราณของกลุ่มบ้านทุ่งโฮ้ง"


def test_one_line_form_category_ends_at_the_next_numbered_item(tmp_path):
    text = ("PubHTML5 site will be inoperative during the times indicated!\n"
            "Home Explore KM ตรัง 2566\n"
            "Published by kmtrang, 2023-08-02 09:14:51\n"
            "Read the Text Version\n"
            "-3- แบบบันทึกองค์ความรู้ระดับบุคคล 1. ชื่อองค์ความรู้ เทคนิค การส่งเสริมกลุ่มเลี้ยงผึ้งชันโรงในสวนยาง"
            " 2. ชื่อ-สกุล นายอนุชา ชูทอง ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ สังกัด สำนักงานพัฒนาชุมชนอำเภอห้วยยอด"
            " จังหวัดตรัง โทร 081-774-2036 3. หมวดองค์ความรู้ หมวดที่ 2 ส่งเสริมเศรษฐกิจฐานรากให้ขยายตัวอย่างสมดุล"
            " 4. หลักการ ใช้สวนยางของสมาชิกเป็นแหล่งอาหารของผึ้งโดยไม่ต้องซื้อที่เพิ่ม 5. ขั้นตอนการดำเนินงาน"
            " 1) คัดเลือกสมาชิกที่มีสวนยาง 2) สอนแยกรังผึ้งชันโรง 3) นัดขายน้ำผึ้งร่วมกัน 6. ผลลัพธ์ที่ได้"
            " สมาชิก 14 ครัวเรือนขายน้ำผึ้งได้เดือนละ 3,000 บาท\n")
    assert _category(_record(tmp_path, text)) == "หมวดที่ 2 ส่งเสริมเศรษฐกิจฐานรากให้ขยายตัวอย่างสมดุล"


def test_mojibake_word_form_category_row_under_a_header_label(tmp_path):
    thai = ("แบบบันทึกองค์ความรู้ (KM) ประจำปีงบประมาณ 2567\r\n"
            "ชื่อองค์ความรู้\tการส่งเสริมอาชีพทำพรมเช็ดเท้าจากเศษผ้าให้ผู้สูงอายุ\r\n"
            "ชื่อ - นามสกุล\tนางสาวจันทร์เพ็ญ บุญมา\r\n"
            "ตำแหน่ง\tนักวิชาการพัฒนาชุมชนปฏิบัติการ\r\n"
            "หน่วยงาน\tสำนักงานพัฒนาชุมชนอำเภอดอนเจดีย์ จังหวัดสุพรรณบุรี\r\n"
            "โทรศัพท์\t089-402-6618\r\n"
            "ประเภทองค์ความรู้\t[ ] ด้านการบริหารจัดการทุนชุมชน  [x] ด้านการส่งเสริมสัมมาชีพชุมชน  [ ] ด้านการพัฒนาผู้นำ\r\n"
            "ขั้นตอนการทำงาน\t1. รวบรวมผู้สูงอายุที่สนใจ 2. ขอเศษผ้าจากร้านตัดเสื้อในตำบล 3. หาตลาดรับซื้อประจำ\r\n"
            "ผลลัพธ์\tผู้สูงอายุ 16 คนมีรายได้วันละ 200 บาท\r\n"
            "วันที่ 12 มีนาคม 2567\r\n")
    mojibake = thai.encode("cp874").decode("latin-1")  # a TIS-620 file read back as Latin-1 and saved as UTF-8
    record = _record(tmp_path, mojibake)
    assert record["title"] == "การส่งเสริมอาชีพทำพรมเช็ดเท้าจากเศษผ้าให้ผู้สูงอายุ"
    assert _category(record) == "ด้านการส่งเสริมสัมมาชีพชุมชน"
