"""Issue #10, round 3 of session 12's Thai repairs for held-out sets 72-73 (each seen failing first): a font that
dropped its tone marks and sara u and sara uu together (เรือง การรวมกลมแปรรป, a name ภแกวมณี), read back together;
a re-read of dropped tone marks that prefers a compound of the department's work (แผนชุมชน, not แผ่นชุมชน)."""

from __future__ import annotations

from pathlib import Path

from kmgraph.model import SourceText
from kmgraph.thai import normalize
from tests.conftest import read_text_record

# a district's lessons book whose font lost every tone mark (karan and mai taikhu kept) and sara u and sara uu
NO_TONES_NO_LOW_VOWELS = (
    "ถอดบทเรียนการพัฒนาชมชน อําเภอหลังสวน ๒๕๖๕   ๗\n"
    "\n"
    "เรือง การรวมกลมแปรรปทเรียนกวนของแมบานบานนาพญา\n"
    "ผถอดองค์ความร นางสมพิศ ภแกวมณี\n"
    "ตําแหนง นักวิชาการพัฒนาชมชนชำนาญการ\n"
    "สํานักงานพัฒนาชมชนอําเภอหลังสวน จังหวัดชมพร\n"
    "โทรศัพท์ ๐๗๗-๕๔๑-๒๓๘\n"
    "วิธีการทํางาน\n"
    "๑. รับซือทเรียนสกจากสมาชิกในหมบาน\n"
    "๒. กวนในกระทะใบใหญทกเชาจนเนือเหนียว\n"
    "๓. บรรจถงทีโรงเรือนของกลม\n"
    "\n"
    "ถอดบทเรียนการพัฒนาชมชน อําเภอหลังสวน ๒๕๖๕   ๘\n"
    "\n"
    "ขอควรระวัง\n"
    "อยาใชไฟแรงเกินไป\n"
    "ผลทีไดรับ\n"
    "กลมมีสมาชิก ๓๒ คน ขายทเรียนกวนไดปีละ ๖๑๐ กิโลกรัม\n"
)

# a Scribd page of a KM form whose font lost its tone marks (mai taikhu and karan kept)
TONES_DROPPED_PLAN = (
    "KM ชุมพร ปี 65\n"
    "Search inside document\n"
    "\n"
    "๑. ชือเจาขององค์ความรู นางวันเพ็ญ ศรีสุวรรณ นักวิชาการพัฒนาชุมชนปฏิบัติการ\n"
    "สำนักงานพัฒนาชุมชนอำเภอทาแซะ จังหวัดชุมพร โทร ๐๘๑-๓๒๔-๕๕๖๗\n"
    "๒. ชือองค์ความรู การทำแผนชุมชนแบบมีสวนรวมของเยาวชน\n"
    "๓. ความเป็นมา\n"
    "หมูบานมีแผนเกาทีไมมีใครใช เพราะผูใหญเขียนกันเองโดยไมถามคนหนุมสาว\n"
    "๔. ขันตอนการดำเนินงาน\n"
    "๑) ใหเยาวชนเดินสำรวจหมูบานและถายรูปปัญหาทีพบ\n"
    "๒) เปิดเวทีใหทุกครัวเรือนเลือกเรืองทีจะทำกอน\n"
    "๓) เขียนแผนชุมชนใหมและติดไวทีศาลากลางบาน\n"
    "๕. ผลทีไดรับ\n"
    "ไดแผนชุมชนทีทุกคนเห็นดวย ๑ ฉบับ เยาวชนเขารวม ๓๖ คน\n"
)


def _normalized(text: str) -> str:
    return normalize(SourceText(path=Path("record.txt"), text=text, encoding="utf-8"))[0].text


def test_tones_and_low_vowels_dropped_together_are_read_back_together(tmp_path):
    text = _normalized(NO_TONES_NO_LOW_VOWELS)
    assert "เรื่อง การรวมกลุ่มแปรรูปทุเรียนกวนของแม่บ้าน" in text
    assert "บรรจุถุงที่โรงเรือน" in text
    record = read_text_record(tmp_path, NO_TONES_NO_LOW_VOWELS)
    assert record["title"] == "การรวมกลุ่มแปรรูปทุเรียนกวนของแม่บ้านบ้านนาพญา"
    assert record["author"]["family_name"] == "ภูแก้วมณี"
    assert record["office"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอหลังสวน"


def test_a_restored_tone_prefers_a_compound_of_the_departments_work(tmp_path):
    text = _normalized(TONES_DROPPED_PLAN)
    assert "การทำแผนชุมชนแบบมีส่วนร่วม" in text
    assert "ได้แผนชุมชนที่ทุกคน" in text
    assert "แผ่นชุมชน" not in text
    assert read_text_record(tmp_path, TONES_DROPPED_PLAN)["title"] == "การทำแผนชุมชนแบบมีส่วนร่วมของเยาวชน"
