"""Titles in more layouts held-out sets 64 to 67 showed (issue #10): a book's contents (สารบัญ) whose entries end in
their page numbers over the story's own heading, where the last entry (an appendix, or the next story's entry) was
taken for the title; a news page's headline opening with its office's name glued to what the office did, under the
site's menu bar, where a later sentence of the story was taken for the title. Invented records (own words,
invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def test_appendix_entry_of_the_contents_is_no_title(tmp_path):
    text = ("AnyFlip\n"
            "องค์ความรู้ สพอ.เขาชัยสน\n"
            "Published by km.phatthalung on 2022-05-02\n"
            "เอกสารองค์ความรู้\n"
            "สำนักงานพัฒนาชุมชนอำเภอเขาชัยสน จังหวัดพัทลุง\n"
            "ประจำปีงบประมาณ 2565\n"
            "\n"
            "สารบัญ\n"
            "เรื่อง                                          หน้า\n"
            "คำนำ                                              ก\n"
            "การเลี้ยงผึ้งโพรงในสวนยางบ้านหัวถนน             1\n"
            "ภาคผนวก                                          7\n"
            "\n"
            "องค์ความรู้ สพอ.เขาชัยสน ปี 2565                                   1\n"
            "การเลี้ยงผึ้งโพรงในสวนยางบ้านหัวถนน\n"
            "สำนักงานพัฒนาชุมชนอำเภอเขาชัยสน โทร 074-691-208\n"
            "ความเป็นมา\n"
            "ชาวสวนยางมีรายได้ลดลงเมื่อราคายางตก จึงขอให้สำนักงานช่วยหาอาชีพเสริมที่ทำในสวนได้\n"
            "ขั้นตอนการดำเนินงาน\n"
            "1. ทำกล่องล่อผึ้งจากไม้เหลือใช้\n"
            "2. วางกล่องใต้ร่มยางห่างกันยี่สิบเมตร\n"
            "ผลที่ได้รับ\n"
            "สมาชิก 18 รายเก็บน้ำผึ้งได้ 96 ขวด\n")
    assert _title(tmp_path, text) == "การเลี้ยงผึ้งโพรงในสวนยางบ้านหัวถนน"


def test_next_storys_contents_entry_is_no_title(tmp_path):
    text = ("Scribd\n"
            "Uploaded by user\n"
            "Download as PDF\n"
            "คู่มือองค์ความรู้ สำนักงานพัฒนาชุมชนจังหวัดนครนายก\n"
            "สารบัญ\n"
            "เรื่อง หน้า\n"
            "การเพาะเห็ดนางฟ้าในโรงเรือนของกลุ่มแม่บ้านบ้านนา ๕\n"
            "การทำน้ำหมักชีวภาพจากเปลือกสับปะรด ๑๑\n"
            "๕\n"
            "การเพาะเห็ดนางฟ้าในโรงเรือนของกลุ่มแม่บ้านบ้านนา\n"
            "โดย นางสาวพรทิพย์ ใจกว้าง\n"
            "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ\n"
            "สำนักงานพัฒนาชุมชนอำเภอบ้านนา จังหวัดนครนายก\n"
            "ขั้นตอนการดำเนินงาน\n"
            "๑) สร้างโรงเรือนจากไม้ไผ่และซาแรน\n"
            "๒) นึ่งก้อนเชื้อเห็ดด้วยถังน้ำมัน\n"
            "ผลที่ได้รับ\n"
            "กลุ่มเก็บเห็ดขายได้วันละ ๒๕ กิโลกรัม\n"
            "บันทึกเมื่อ ๑๕ สิงหาคม ๒๕๖๕\n")
    assert _title(tmp_path, text) == "การเพาะเห็ดนางฟ้าในโรงเรือนของกลุ่มแม่บ้านบ้านนา"


def test_headline_opening_with_its_office_under_a_menu_bar_is_the_title(tmp_path):
    text = ("ข่าวประชาสัมพันธ์ สำนักงานพัฒนาชุมชนจังหวัดตรัง\n"
            "หน้าหลัก | ข่าวกิจกรรม | ภาพกิจกรรม | องค์ความรู้ | ดาวน์โหลด | ติดต่อ\n"
            "พัฒนาชุมชนอำเภอกันตังชวนกลุ่มแม่บ้านทำกะปิกุ้งเคยบรรจุกระปุกส่งร้านของฝากในเมืองตรัง\n"
            "เมื่อวันศุกร์ที่ 18 พฤศจิกายน 2565 นางสาวสุนันทา แก้วมณี พัฒนาการอำเภอกันตัง มอบหมายให้พัฒนากรประจำตำบล"
            "บ่อน้ำร้อน จัดอบรมกลุ่มแม่บ้านจำนวน 24 คน เรื่องการทำกะปิกุ้งเคย ณ ศาลาประชาคมหมู่ที่ 5 โดยมีขั้นตอนดังนี้\n"
            "• ให้ปราชญ์ชุมชนสาธิตการหมักกุ้งเคยกับเกลือ\n"
            "• ให้สมาชิกแบ่งกลุ่มตากและโม่กะปิร่วมกัน\n"
            "• ตกลงราคาส่งกับร้านของฝากก่อนบรรจุจริง\n"
            "ผลจากการอบรม ร้านของฝาก 3 ร้านรับกะปิไปวางขาย\n"
            "ข่าว/ภาพ : สพอ.กันตัง\n")
    assert _title(tmp_path, text) == "พัฒนาชุมชนอำเภอกันตังชวนกลุ่มแม่บ้านทำกะปิกุ้งเคยบรรจุกระปุกส่งร้านของฝากในเมืองตรัง"


def _title(tmp_path, text: str) -> str | None:
    return read_text_record(tmp_path, text)["title"]
