"""Titles in the layouts held-out sets 55 and 58 showed (issue #10): a flipbook whose book line opens with a word one
letter off a date label (บันทึกเรื่องเล่า… read as บันทึกเมื่อ), and an issuu cover whose title is set over two lines
above running heads that name the post and the group. Invented records (own words, invented people, real
district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def _title(tmp_path, text: str) -> str | None:
    return read_text_record(tmp_path, text)["title"]


def test_a_word_one_letter_off_a_label_is_no_label_where_it_runs_on_as_a_word(tmp_path):
    text = ("AnyFlip   Keywords: #KM #story #learning\n"
            "บันทึกเรื่องเล่าทีมงานพัฒนากร สพอ.บ้านแพง\n"
            "01   02   03   04\n"
            "ตลาดนัดผักริมโขงหลังวัด\n"
            "ผู้ปลูกผักริมโขงเคยขายผักให้พ่อค้าคนกลางในราคาต่ำ ทีมพัฒนากรจึงชวนเจ้าอาวาสขอใช้ลานหลังวัดเปิดตลาดนัดทุกวันเสาร์"
            " ชาวบ้านนำผักมาขายเองและตั้งราคาร่วมกัน\n"
            "เดือนแรกมีแม่ค้ามาลงชื่อ 31 ราย และตั้งกองทุนค่าเช่าแผงไว้ซ่อมลาน\n"
            "เรื่อง/ภาพ : ทีมพัฒนากร สำนักงานพัฒนาชุมชนอำเภอบ้านแพง\n"
            "(นายกิตติพงษ์ ทองมา นางสาวจิราพร แสนสุข)\n"
            "โทร. 042-591-218\n")
    assert _title(tmp_path, text) == "ตลาดนัดผักริมโขงหลังวัด"


def test_a_cover_title_over_two_lines_wins_over_the_running_heads_post_title(tmp_path):
    text = ("issuu\n"
            "Published on Jun 14, 2022\n"
            "Follow this publisher\n"
            "การทำน้ำพริกแกงสูตรโบราณ\n"
            "ของกลุ่มแม่บ้านบ้านหนองปลิง\n"
            "\n"
            "สำนักงานพัฒนาชุมชนอำเภอเมืองนครสวรรค์ โทร ๐๕๖-๒๒๑๔๓๗ ถอดบทเรียนกลุ่มแม่บ้านบ้านหนองปลิง ตำบลหนองปลิง หน้า ๑\n"
            "\n"
            "ความเป็นมา\n"
            "แม่บ้านหนองปลิงตำพริกแกงขายในตลาดเช้า แต่ขายได้ไม่สม่ำเสมอเพราะรสชาติแต่ละครกไม่เท่ากัน\n"
            "ขั้นตอนการดำเนินงาน\n"
            "๑) ชั่งเครื่องแกงทุกอย่างตามสูตรที่ตกลงกัน\n"
            "๒) ตำและบรรจุถุงในวันเดียวกัน\n"
            "\n"
            "สำนักงานพัฒนาชุมชนอำเภอเมืองนครสวรรค์ โทร ๐๕๖-๒๒๑๔๓๗ ถอดบทเรียนกลุ่มแม่บ้านบ้านหนองปลิง ตำบลหนองปลิง หน้า ๒\n"
            "\n"
            "ผลการดำเนินงาน\n"
            "สมาชิก ๑๘ คนขายพริกแกงได้เดือนละ ๔๐๐ กิโลกรัม\n")
    assert _title(tmp_path, text) == "การทำน้ำพริกแกงสูตรโบราณ ของกลุ่มแม่บ้านบ้านหนองปลิง"
