"""A site's menu bar as long as a wrapped paragraph's line is chrome, not the first line of the paragraph below the
headline: the headline between them stays the title (regression: a five-item menu of 61 characters made the headline
read as the lead's wrapped first line, so the record had no title)."""

from tests.conftest import read_text_record

LEAD = ("วันอังคารที่ 14 มีนาคม 2566 นางสาวพิมพ์ชนก ใจดีงาม พัฒนาการอำเภอกันตัง ลงพื้นที่บ้านทุ่งยาว ตำบลบ่อน้ำร้อน "
        "พบกลุ่มเลี้ยงผึ้งชันโรงใต้ร่มสวนปาล์ม เริ่มจากสมาชิก 9 ครัวเรือน จนวันนี้มีรัง 64 รัง โดยกลุ่มทำดังนี้ "
        "1) แยกรังเมื่อผึ้งเต็มกล่อง 2) วางกล่องใต้ร่มไม้ห่างจากแปลงที่ฉีดยา 3) บรรจุน้ำผึ้งขวดเล็กส่งร้านของฝาก")
HEADLINE = "การชวนชาวสวนปาล์มเลี้ยงผึ้งชันโรงเป็นรายได้เสริม"


def _title(tmp_path, menu: str) -> str | None:
    text = "\n".join(["ข่าวกิจกรรม สพอ.กันตัง", menu, HEADLINE, LEAD, "ข่าว/ภาพ : สพอ.กันตัง", ""])
    return read_text_record(tmp_path, text)["title"]


def test_a_long_menu_bar_over_the_headline_is_no_paragraph_line(tmp_path):
    menu = "หน้าแรก | ข่าวประชาสัมพันธ์ | องค์ความรู้ | ภาพกิจกรรม | ติดต่อเรา"
    assert len(menu) >= 60
    assert _title(tmp_path, menu) == HEADLINE


def test_a_short_menu_bar_keeps_the_headline_too(tmp_path):
    assert _title(tmp_path, "หน้าแรก | องค์ความรู้ | ติดต่อ") == HEADLINE
