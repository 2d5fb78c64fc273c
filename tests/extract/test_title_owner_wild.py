"""Title and owner mechanisms seen failing on held-out records in the wild (issue #10, round 6): a site's article
tools glued to the title, a title run on into the story, a title set over its place line, a series head naming a
centre, a foreword read as a name, a blog post's date beside its title or alone in its footer."""

from __future__ import annotations

from tests.conftest import SHORT_STEPS as STEPS
from tests.conftest import read_text_record as _one  # one record read from text


def test_a_sites_article_tools_glued_to_the_title_are_cut(tmp_path):
    got = _one(tmp_path, "หน้าแรก\n\nการทำปุ๋ยหมักของกลุ่มแม่บ้าน PDF พิมพ์ อีเมล\nเขียนโดย Administrator\n\n"
                         "ข้าพเจ้าชวนกลุ่มแม่บ้านมาทำปุ๋ยหมักใช้เองในแปลงผัก ลดต้นทุนได้มาก\n" + STEPS)
    assert got["title"] == "การทำปุ๋ยหมักของกลุ่มแม่บ้าน"
    got = _one(tmp_path, "การเลี้ยงไก่ไข่อารมณ์ดี Print Email Hits: 1234\n\n" + STEPS)
    assert got["title"] == "การเลี้ยงไก่ไข่อารมณ์ดี"


def test_a_title_that_is_a_printing_word_keeps_it(tmp_path):
    got = _one(tmp_path, "กลุ่มผ้าพิมพ์ลาย\n\n" + STEPS)
    assert got["title"] == "กลุ่มผ้าพิมพ์ลาย"


def test_a_title_run_on_into_the_first_sentence_ends_where_the_sentence_opens(tmp_path):
    story = ("ข้าพเจ้าทำงานเป็นพัฒนากรประจำตำบลบ้านกลาง ชาวบ้านมีรายได้น้อยจึงชวนกันเลี้ยงชันโรงไว้ในสวนลำไย"
             "เพื่อขายน้ำผึ้งและช่วยผสมเกสรให้ลำไยติดผลมากขึ้นทุกปี")
    got = _one(tmp_path, f"การเลี้ยงผึ้งชันโรงก่อนหน้านี้{story}\n\n" + STEPS)
    assert got["title"] == "การเลี้ยงผึ้งชันโรง"


def test_a_title_over_its_place_line_takes_the_place_line_too(tmp_path):
    got = _one(tmp_path, "ปลูกผักปลอดภัย บ้านโนนสว่าง\nหมู่ที่ 5 ตำบลโนนสว่าง อำเภอกุดจับ จังหวัดอุดรธานี\n\n"
                         "ชาวบ้านโนนสว่างเคยปลูกผักโดยใช้สารเคมีมาก ข้าพเจ้าจึงชวนกันตั้งกลุ่มปลูกผักปลอดภัยขายในตลาด\n")
    assert got["title"] == "ปลูกผักปลอดภัย บ้านโนนสว่าง หมู่ที่ 5 ตำบลโนนสว่าง อำเภอกุดจับ จังหวัดอุดรธานี"


def test_a_series_head_naming_a_centre_is_the_owner_not_the_title(tmp_path):
    got = _one(tmp_path, "เรื่องเล่าจากพื้นที่ ศพช.อุบลราชธานี\n\nการพาชาวบ้านทำบัญชีครัวเรือน\n\n"
                         "ทีมวิทยากรลงพื้นที่ไปสอนชาวบ้านทำบัญชีครัวเรือน ชาวบ้านเห็นรายจ่ายของตนเองชัดขึ้น\n" + STEPS)
    assert got["title"] == "การพาชาวบ้านทำบัญชีครัวเรือน"
    assert got["office"]["name"] == "ศูนย์ศึกษาและพัฒนาชุมชนอุบลราชธานี" and got["province"] == "อุบลราชธานี"
    assert got["author"]["kind"] == "organization"


def test_a_foreword_is_never_the_author(tmp_path):
    got = _one(tmp_path, "การแปรรูปกล้วยตากของกลุ่มสตรี\n\n" + STEPS +
               "\nผู้จัดทำ\nคำนำ เอกสารเล่มนี้\nพัฒนากรชำนาญการ สพอ.กุดจับ\n")
    assert got["author"] is None or "คำนำ" not in got["author"]["name"]
    assert got["office"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอกุดจับ"


def test_a_blog_posts_date_beside_its_title_leaves_the_title(tmp_path):
    got = _one(tmp_path, "KM Blog\n\nการทำน้ำหมักชีวภาพจากเศษผัก 15 ก.ค. 2559\n\n"
                         "ข้าพเจ้าได้สอนกลุ่มแม่บ้านทำน้ำหมักจากเศษผักในตลาด ลดขยะและได้ปุ๋ยใช้เอง\n" + STEPS)
    assert (got["title"], got["date"]) == ("การทำน้ำหมักชีวภาพจากเศษผัก", "2016-07-15")


def test_a_blog_posts_english_date_alone_in_its_footer_is_read(tmp_path):
    got = _one(tmp_path, "KM Blog\n\nการทำน้ำหมักชีวภาพจากเศษผัก\n\n"
                         "ข้าพเจ้าได้สอนกลุ่มแม่บ้านทำน้ำหมักจากเศษผักในตลาด ลดขยะและได้ปุ๋ยใช้เอง\n" + STEPS +
               "\nJuly 15, 2016\n")
    assert (got["title"], got["date"]) == ("การทำน้ำหมักชีวภาพจากเศษผัก", "2016-07-15")


def test_above_a_form_a_title_over_its_place_line_is_not_the_place_line_alone(tmp_path):
    got = _one(tmp_path, "ชุมชนนักปฏิบัติ ศูนย์ฯนครราชสีมา\n\nรวมกลุ่มปลูกผักปลอดภัย บ้านหนองบง\n"
                         "หมู่ที่ 4 ตำบลหนองบง อำเภอปักธงชัย จังหวัดนครราชสีมา\n\n" + STEPS)
    assert got["title"] == "รวมกลุ่มปลูกผักปลอดภัย บ้านหนองบง หมู่ที่ 4 ตำบลหนองบง อำเภอปักธงชัย จังหวัดนครราชสีมา"
    assert got["office"]["name"] == "ศูนย์ศึกษาและพัฒนาชุมชนนครราชสีมา"
