"""Body lists seen failing on records in the wild (issue #10, lists round 14): a listing's form run into one line
(its date line read as a step), a one-line numbered form, a blog's footer taken for an outcome, a page's running
head taken for an outcome, an outcome cut at the first letter of the closing credit's name. Records invented
(stories, people), places real."""

from __future__ import annotations

from tests.conftest import item_texts, read_text_record


def test_a_listing_form_run_into_one_line_gives_its_steps_and_outcome(tmp_path):
    """Regression: a listing page runs a whole form into one line under its title; the next post's date line
    (2 ก.พ. 2563 | โดย admin) was read as the only step, the real steps and the outcome were missed."""
    got = read_text_record(tmp_path, (
        "สำนักงานพัฒนาชุมชนอำเภอท่าอุเทน\nหน้าแรก  ข่าวกิจกรรม  องค์ความรู้\n"
        "กลุ่มเพาะเห็ดฟางบ้านโนนตาล\n5 เม.ย. 2564 | โดย นางสาวพิมพ์ชนก ทองดี\n"
        "ชื่อองค์ความรู้ กลุ่มเพาะเห็ดฟางบ้านโนนตาล ชื่อ-สกุล นางสาวพิมพ์ชนก ทองดี ตำแหน่ง นักวิชาการพัฒนาชุมชน"
        "ปฏิบัติการ สำนักงานพัฒนาชุมชนอำเภอท่าอุเทน จังหวัดนครพนม โทร. 081-2345678 ขั้นตอน 1) รวบรวมฟางจากนา"
        "ของสมาชิก 2) สร้างโรงเรือนเพาะร่วมกัน 3) แบ่งเวรรดน้ำทุกเช้า ผลที่ได้รับ กลุ่มเก็บเห็ดขายได้ 350 กิโลกรัม\n"
        "อ่านต่อ...\nการออมเงินของกลุ่มแม่บ้าน\n9 มี.ค. 2564 | โดย admin\n"))
    assert item_texts(got, "steps") == ["รวบรวมฟางจากนาของสมาชิก", "สร้างโรงเรือนเพาะร่วมกัน", "แบ่งเวรรดน้ำทุกเช้า"]
    assert item_texts(got, "outcomes") == ["กลุ่มเก็บเห็ดขายได้ 350 กิโลกรัม"]
    assert (350, "กิโลกรัม") in [(q["value"], q["unit"]) for q in got["quantities"]]


def test_a_date_line_is_no_step(tmp_path):
    """Regression: a line opening with a day and a month (2 ก.พ. 2563 …) was read as a list's item."""
    got = read_text_record(tmp_path, (
        "การออมเงินของกลุ่มแม่บ้าน\n\nความเป็นมา\nกลุ่มแม่บ้านบ้านหนองแสงไม่มีเงินทุนหมุนเวียน\n\n"
        "อ่านต่อ...\n2 ก.พ. 2563 | โดย admin\n"))
    assert not any("ก.พ." in text for text in item_texts(got, "steps"))


def test_a_one_line_numbered_form_gives_its_steps_and_outcome(tmp_path):
    """Regression: a flipbook's text version holds the whole form on one line (… ขั้นตอนการดำเนินงาน 1. … 2. …
    3. … ผลที่ได้รับ …): no step, no outcome and no quantity were read."""
    got = read_text_record(tmp_path, (
        "PubHTML5\nRead the Text Version\n- 7 -\n"
        "แบบบันทึกองค์ความรู้รายบุคคล ชื่อองค์ความรู้ การทำน้ำพริกตาแดงของกลุ่มแม่บ้านบ้านปง ชื่อ-สกุล นายสุรชัย "
        "คำแก้ว ตำแหน่งนักวิชาการพัฒนาชุมชนชำนาญการ สังกัดสำนักงานพัฒนาชุมชนอำเภอปง จังหวัดพะเยา "
        "โทร 089-1112233 ขั้นตอนการดำเนินงาน 1. คั่วพริกและหอมด้วยไฟอ่อน 2. โขลกรวมกับปลาร้าสุก "
        "3. บรรจุกระปุกปิดฉลากของกลุ่ม ผลที่ได้รับ กลุ่มขายน้ำพริกได้ 640 กระปุก\n- 8 -\n"))
    assert item_texts(got, "steps") == ["คั่วพริกและหอมด้วยไฟอ่อน", "โขลกรวมกับปลาร้าสุก", "บรรจุกระปุกปิดฉลากของกลุ่ม"]
    assert item_texts(got, "outcomes") == ["กลุ่มขายน้ำพริกได้ 640 กระปุก"]


def test_a_blog_footer_ends_the_outcomes(tmp_path):
    """Regression: WordPress's footer (Posted in … | Leave a comment) after the outcome was a second outcome."""
    got = read_text_record(tmp_path, (
        "ธนาคารขยะในโรงเรียนบ้านคลองขุด\n\nโดย นายศักดิ์ชัย ดาวเรือง นักวิชาการพัฒนาชุมชนปฏิบัติการ "
        "สำนักงานพัฒนาชุมชนอำเภอเมืองสตูล จังหวัดสตูล\n\nเทคนิคการทำงาน\n1. ให้นักเรียนเป็นผู้รับฝากขยะเอง\n"
        "2. ทำสมุดบัญชีขยะให้ทุกคน\n\nผลที่ได้รับ\nนักเรียน 48 คนมีบัญชีเงินฝาก\n\n"
        "Posted in องค์ความรู้รายบุคคล | Leave a comment\n"))
    assert item_texts(got, "outcomes") == ["นักเรียน 48 คนมีบัญชีเงินฝาก"]


def test_a_page_running_head_is_no_outcome(tmp_path):
    """Regression: a page's number and running head (2 สำนักงานพัฒนาชุมชนอำเภอ… โทร …) after the outcome was
    read as a list's only item and taken for the outcome, the outcome itself lost."""
    got = read_text_record(tmp_path, (
        "1 สำนักงานพัฒนาชุมชนอำเภอฉวาง โทร 075-481-111\nการปลูกผักกางมุ้งของกลุ่มเกษตรบ้านไสหร้า\n"
        "ความเป็นมา\nผักในหมู่บ้านโดนแมลงกินจนต้องใช้ยาฆ่าแมลงมาก\nขั้นตอนการดำเนินงาน\n1. สร้างโรงเรือนมุ้งร่วมกัน\n"
        "2. แบ่งแปลงให้สมาชิกดูแล\nผลที่ได้รับ\nผักปลอดสารออกขายทุกสัปดาห์ รายได้ 12,000 บาท\n"
        "2 สำนักงานพัฒนาชุมชนอำเภอฉวาง โทร 075-481-111\n"))
    outcomes = item_texts(got, "outcomes")
    assert len(outcomes) == 1 and outcomes[0].startswith("ผักปลอดสารออกขายทุกสัปดาห์")


def test_a_closing_credit_cuts_an_outcome_at_its_name_not_inside_a_word(tmp_path):
    """Regression: the outcome running on into the closing credit (a name at its line's start) was cut at the
    first letter of the name found inside the outcome's words (ได้ครัวเรือ)."""
    got = read_text_record(tmp_path, (
        "การคัดเลือกครัวเรือนเข้าร่วมเลี้ยงโคขุน\nเขียนโดย Administrator\n"
        "ขั้นตอนที่ทำ\n1. ดึงข้อมูล จปฐ. ของครัวเรือนที่สมัคร\n2. ให้ประชาคมหมู่บ้านรับรองรายชื่อ\n"
        "ผลที่ได้รับ\nได้ครัวเรือนเป้าหมาย 20 ครัวเรือน ไม่มีเสียงร้องเรียน\nนางสาวนวลจันทร์ ศรีสุข\n"
        "นักวิชาการพัฒนาชุมชนปฏิบัติการ\nสำนักงานพัฒนาชุมชนอำเภอป่าติ้ว จังหวัดยโสธร\n"))
    assert item_texts(got, "outcomes") == ["ได้ครัวเรือนเป้าหมาย 20 ครัวเรือน ไม่มีเสียงร้องเรียน"]
