"""Title mechanisms seen failing on held-out records (issue #10, round 7): a loose title label (องค์ความรู้ TITLE)
opening the title line, and a narrative title run on into a clause of the story with no separator."""

from __future__ import annotations

from tests.conftest import SHORT_STEPS as STEPS
from tests.conftest import read_text_record as _one  # one record read from text


def test_a_loose_title_label_opens_the_title_not_a_name(tmp_path):
    got = _one(tmp_path, "องค์ความรู้ การทำน้ำหมักชีวภาพจากเศษผัก\nนางสมศรี ใจดี\nตำแหน่ง พัฒนากรปฏิบัติการ\n"
                         "สำนักงานพัฒนาชุมชนอำเภอบ้านโฮ่ง จังหวัดลำพูน\n\n" + STEPS)
    assert got["title"] == "การทำน้ำหมักชีวภาพจากเศษผัก"
    assert got["author"]["name"] == "นางสมศรี ใจดี"
    got = _one(tmp_path, "ความรู้เรื่อง การแปรรูปกล้วยตาก\nเจ้าของความรู้ นายสมชาย ดีงาม\n\n" + STEPS)
    assert got["title"] == "การแปรรูปกล้วยตาก"
    got = _one(tmp_path, "องค์ความรู้ การทำน้ำหมักชีวภาพจากเศษผัก นางสมศรี ใจดี ตำแหน่ง พัฒนากรปฏิบัติการ\n\n" + STEPS)
    assert got["title"] == "การทำน้ำหมักชีวภาพจากเศษผัก"


def test_a_title_run_on_into_a_clause_ends_where_the_clause_subject_begins(tmp_path):
    got = _one(tmp_path, "ตลาดน้ำริมแม่น้ำท่าจีนชาวบ้านริมน้ำรวมกลุ่มกันขายผลผลิตทางการเกษตรและอาหารพื้นบ้าน"
                         "ทุกวันเสาร์อาทิตย์ทำให้มีรายได้เพิ่มขึ้น\n\n" + STEPS)
    assert got["title"] == "ตลาดน้ำริมแม่น้ำท่าจีน"


def test_a_long_title_whose_subject_noun_is_governed_is_not_cut(tmp_path):
    title = "การพัฒนาอาชีพให้ชาวบ้านหมู่ที่ 5 ตำบลโนนสว่าง"
    got = _one(tmp_path, title + "\n\n" + STEPS)
    assert got["title"] == title


STORY = ("พัฒนากรลงพื้นที่ส่งเสริมกลุ่มทอผ้าบ้านนาคูให้พัฒนาลวดลายผ้าใหม่ร่วมกันเพื่อเพิ่มมูลค่าผลิตภัณฑ์"
         "และรายได้ของสมาชิกในชุมชนต่อไป\n")


def test_a_site_section_name_above_a_news_post_is_not_its_title(tmp_path):
    for section in ("ข่าวพัฒนาชุมชน", "กิจกรรมเด่น"):
        got = _one(tmp_path, f"{section}\nการส่งเสริมกลุ่มทอผ้าบ้านนาคู\nวันที่ 12 มกราคม 2566\n\n{STORY}")
        assert got["title"] == "การส่งเสริมกลุ่มทอผ้าบ้านนาคู", section


def test_a_posts_heading_under_its_section_name_is_the_title_above_a_form(tmp_path):
    got = _one(tmp_path, f"ข่าวประชาสัมพันธ์\nกลุ่มทอผ้าบ้านนาคูร่วมกันพัฒนาลวดลายผ้าใหม่\n\n{STORY}" + STEPS)
    assert got["title"] == "กลุ่มทอผ้าบ้านนาคูร่วมกันพัฒนาลวดลายผ้าใหม่"
    got = _one(tmp_path, "หน้าแรก\nข่าวพัฒนาชุมชน\nกลุ่มทอผ้าบ้านนาคูร่วมกันพัฒนาลวดลายผ้าใหม่\nวันที่ 12 มกราคม 2566\n\n"
                         "สมาชิกกลุ่มทอผ้ามาประชุมร่วมกันที่ศาลากลางบ้าน\n" + STEPS)
    assert got["title"] == "กลุ่มทอผ้าบ้านนาคูร่วมกันพัฒนาลวดลายผ้าใหม่"


def test_an_office_named_in_a_closing_byline_is_the_records_office(tmp_path):
    story = ("การเลี้ยงปลาดุกในบ่อซีเมนต์\n\nชาวบ้านหมู่ที่ 3 ตำบลศรีเตี้ย รวมกลุ่มกันเลี้ยงปลาดุกในบ่อซีเมนต์\n"
             + STEPS + "\nนางสาวสุดา แสนดี พัฒนากร สำนักงานพัฒนาชุมชนอำเภอบ้านโฮ่ง\n")
    got = _one(tmp_path, story)
    assert got["title"] == "การเลี้ยงปลาดุกในบ่อซีเมนต์"
    assert got["author"]["name"] == "นางสาวสุดา แสนดี"
    assert got["office"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอบ้านโฮ่ง"
    assert (got["district"], got["province"]) == ("บ้านโฮ่ง", "ลำพูน")


def test_a_series_phrase_over_a_narrative_title_is_joined_with_it(tmp_path):
    story = ("\n\nครอบครัวนี้ปลูกผักไว้กินเองในบ้าน ลดรายจ่ายได้เดือนละหลายร้อยบาท และแบ่งขายให้เพื่อนบ้านในหมู่บ้าน\n"
             "ทุกวันนี้มีผักกินตลอดปี\n")
    got = _one(tmp_path, "ความสำเร็จของครัวเรือนต้นแบบ\nการปลูกผักสวนครัวรั้วกินได้ บ้านหนองบัว" + story)
    assert got["title"] == "ความสำเร็จของครัวเรือนต้นแบบ การปลูกผักสวนครัวรั้วกินได้ บ้านหนองบัว"
    got = _one(tmp_path, "การเลี้ยงไก่พื้นเมืองแบบพึ่งตนเอง\nครัวเรือนนายสมปอง ใจงาม บ้านดอนแก้ว" + story)
    assert got["title"] == "การเลี้ยงไก่พื้นเมืองแบบพึ่งตนเอง ครัวเรือนนายสมปอง ใจงาม บ้านดอนแก้ว"


def test_a_headline_that_is_no_series_phrase_keeps_its_own_line(tmp_path):
    got = _one(tmp_path, "การปลูกผักสวนครัวรั้วกินได้\nบ้านหนองบัวร่วมใจ\n\nครอบครัวนี้ปลูกผักไว้กินเองในบ้าน "
                         "ลดรายจ่ายได้เดือนละหลายร้อยบาท และแบ่งขายให้เพื่อนบ้านในหมู่บ้าน\n")
    assert got["title"] == "การปลูกผักสวนครัวรั้วกินได้"
