"""Titles of held-out sets 70-71's layouts (regressions): a centre's story book whose running head (CENTRE | SERIES
N, repeated on every page) was taken over the story's own heading set under its บันทึกเมื่อ date line, and a news
post whose headline opens with its office's short name (สพอ.…) and lost to the lead sentence under it."""

from tests.conftest import read_text_record


def test_a_story_books_heading_under_its_date_line_beats_the_running_head(tmp_path):
    """Regression: 'CENTRE | SERIES 41' (repeated with 42 at the page's foot), a บันทึกเมื่อ date line, the story's
    heading and its paragraph: the running head was taken, no header line being a title."""
    head = "ศูนย์ศึกษาและพัฒนาชุมชนขอนแก่น | บันทึกจากห้องเรียนชุมชน    {}"
    page = "\n".join([
        head.format("41"), "บันทึกเมื่อวันพฤหัสบดีที่ 8 มิถุนายน 2566", "ตลาดเขียวที่ชาวบ้านตั้งราคากันเอง",
        "ทีมงานของศูนย์ไปนั่งฟังแม่ค้าที่ตลาดบ้านโนนทอง ทุกคนบ่นว่าพ่อค้าคนกลางกดราคาผัก เราจึงชวนกันตั้งตลาดเขียว"
        "หน้าโรงเรียนทุกเช้าวันเสาร์ ให้ชาวบ้านตกลงราคากันเองในที่ประชุมหมู่บ้าน",
        "สิ่งที่ทํา", "1. ประชุมแม่ค้ากำหนดราคากลางของผักแต่ละชนิด", "2. ทำป้ายราคาติดทุกแผง",
        "ผลที่ได้", "แม่ค้า 27 รายขายผักได้ราคาดีขึ้นกว่าเดิม", head.format("42"), ""])
    assert read_text_record(tmp_path, page)["title"] == "ตลาดเขียวที่ชาวบ้านตั้งราคากันเอง"


def test_a_headline_opening_with_its_offices_short_name_is_the_title(tmp_path):
    """Regression: a province office's news page: 'สพอ.DISTRICT VERB…' over its lead 'วันนี้ สำนักงาน… ลงพื้นที่…':
    the headline was read as a site's name and the lead sentence taken for the title."""
    page = "\n".join([
        "สำนักงานพัฒนาชุมชนจังหวัดสงขลา", "ข่าวกิจกรรม", "3 ก.ค. 2566", "สพอ.รัตภูมิ ติดตามกลุ่มทอผ้าบ้านควนรู",
        "วันนี้ สำนักงานพัฒนาชุมชนอำเภอรัตภูมิ ลงพื้นที่หมู่ที่ 3 ตำบลควนรู เพื่อติดตามการทอผ้าลายดอกพิกุลของกลุ่ม"
        "ทอผ้าบ้านควนรู ซึ่งมีสมาชิก 19 คน",
        "ขั้นตอนที่กลุ่มใช้", "1. ย้อมฝ้ายด้วยสีจากใบหูกวาง", "2. ทอลายดอกพิกุลบนกี่พื้นบ้าน",
        "ผลที่ได้รับ", "กลุ่มขายผ้าทอได้ 140 ผืน", "ภาพ/ข่าว : สพอ.รัตภูมิ", ""])
    assert read_text_record(tmp_path, page)["title"] == "สพอ.รัตภูมิ ติดตามกลุ่มทอผ้าบ้านควนรู"
