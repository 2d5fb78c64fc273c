"""Owners of held-out sets 54–59's layouts (regressions): a blog whose officer is named with his post in the
paragraph under its story heading (เนื้อหาบล็อก : ข้าพเจ้า นาย… ตำแหน่ง …: no owner read); a Word form saved as
text whose owner label is หัวหน้าโครงการ (no owner, post or level); a title field whose line runs on into the owner's
label and address (ชื่อองค์ความรู้ กลุ่ม… สืบสาน… เจ้าของความรู้ กลุ่ม… ที่อยู่ …: the title taken for a byline, the
group's name run on into the title's words); a group under its owner label with its address after it (กลุ่ม…บ้าน…
ตำบล… อำเภอ… จังหวัด…: the name ran on into ตำบล… อำเภอ…); a group whose village's address is written หมู่ 6 ต.… อ.…
จ.… (no district or province read)."""

import pytest

from tests.conftest import read_text_record


def test_an_officer_named_in_the_paragraph_under_a_blogs_story_heading_owns_it(tmp_path):
    """Regression: DISTRICT :: โปรไฟล์ / บล็อก / ชื่อบล็อก : TITLE / เนื้อหาบล็อก : / ข้าพเจ้า NAME ตำแหน่ง POST OFFICE
    … (one paragraph, marks displaced in the labels): the paragraph was never searched for a byline (the profile's
    district, naming no one, counted as a source): author, post, office, district and province None."""
    page = "\n".join([
        "บางละมุง :: โปรไฟล์", "บลอ็ก", "ชอื่ บลอ็ก : การตั้งธนาคารขยะในโรงเรียนประจำตำบล", "เนอื้หา บลอ็ ก :",
        "ข้าพเจ้า นายธนากร แสงอรุณ ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอบางละมุง จังหวัดชลบุรี "
        "ได้ร่วมกับครูและนักเรียนตั้งธนาคารขยะ 1. สำรวจขยะที่ขายได้ในโรงเรียน 2. เปิดบัญชีให้นักเรียนฝากขยะทุกวันศุกร์ "
        "3. นำเงินปันผลไปซื้ออุปกรณ์กีฬา ทำให้ขยะในโรงเรียนลดลงครึ่งหนึ่ง", ""])
    record = read_text_record(tmp_path, page)
    got = record["author"]
    assert got is not None
    assert (got["kind"], got["honorific"], got["given_name"], got["family_name"]) == ("person", "นาย", "ธนากร",
                                                                                       "แสงอรุณ")
    assert record["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ชำนาญการ"}
    assert record["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอบางละมุง"}
    assert (record["district"], record["province"]) == ("บางละมุง", "ชลบุรี")


def _mojibake(text: str) -> str:
    """Thai saved as Windows-874 and read as Latin-1 (a Word form saved as text, opened with the wrong code page)."""
    return text.encode("cp874").decode("latin-1")


def test_a_project_head_label_names_the_owner_of_a_word_form(tmp_path):
    """Regression: แบบบันทึกองค์ความรู้ / ชื่อโครงการ <TAB> TITLE / หัวหน้าโครงการ <TAB> NAME / ตำแหน่ง <TAB> POST /
    หน่วยงาน <TAB> OFFICE (saved in the wrong code page): หัวหน้าโครงการ was no owner's label: author, post and level
    None."""
    page = _mojibake("\n".join([
        "แบบบันทึกองค์ความรู้ (Knowledge Assets)", "ชื่อโครงการ\tการปลูกผักหวานป่าในสวนยางพาราของกลุ่มบ้านควนเนียง",
        "หัวหน้าโครงการ\tนางสาวอรอุมา ทองประเสริฐ", "ตำแหน่ง\tเจ้าพนักงานพัฒนาชุมชนปฏิบัติงาน",
        "หน่วยงาน\tสำนักงานพัฒนาชุมชนอำเภอควนเนียง จังหวัดสงขลา", "โทรศัพท์\t081-7734120", "ขั้นตอนการดำเนินงาน",
        "\t1.\tเพาะเมล็ดผักหวานในถุงดำ", "\t2.\tย้ายกล้าลงแปลงใต้ร่มยางพารา", "ผลที่ได้รับ\tสมาชิก 12 ราย มีรายได้เสริม",
        "3 มีนาคม 2564", ""]))
    record = read_text_record(tmp_path, page)
    got = record["author"]
    assert got is not None
    assert (got["kind"], got["honorific"], got["given_name"], got["family_name"]) == ("person", "นางสาว", "อรอุมา",
                                                                                       "ทองประเสริฐ")
    assert record["position"] == {"title": "เจ้าพนักงานพัฒนาชุมชน", "level": "ปฏิบัติงาน"}


def test_a_title_field_running_on_into_the_owners_label_is_no_byline(tmp_path):
    """Regression: a portal's page / ชื่อองค์ความรู้ GROUP สืบสาน… เจ้าของความรู้ GROUP ที่อยู่ หมู่ที่ … (one line): the
    title's value, a group's name before an office label (ที่อยู่), was taken for a byline: the title lost and the
    owner read as the group's name run on into the title's words."""
    page = "\n".join([
        "สถิติผู้เข้าชม วันนี้ 12 | เดือนนี้ 390 | ทั้งหมด 20,114", "หน้าหลัก  องค์ความรู้ชุมชน  ภาพกิจกรรม", "องค์ความรู้ชุมชน",
        "กลุ่มจักสานบ้านโคกสี ต่อยอดลายกระติบข้าว 14/03/2021 | โดย กลุ่มจักสานบ้านโคกสี", "วันที่ 14/3/2021 | อ่าน 88 ครั้ง",
        "ชื่อองค์ความรู้ กลุ่มจักสานบ้านโคกสี ต่อยอดลายกระติบข้าว เจ้าของความรู้ กลุ่มจักสานบ้านโคกสี ที่อยู่ หมู่ที่ 4 "
        "ตำบลโคกสี อำเภอสว่างแดนดิน จังหวัดสกลนคร ผู้ประสานงาน นางคำปุ่น ศรีวิเศษ ประธานกลุ่ม โทร 081-260-4417 "
        "ความเป็นมา คนในหมู่บ้านสานกระติบใช้เองมานาน ขั้นตอนการดำเนินงาน 1. ฝึกสานลายใหม่ 2. ย้อมสีไม้ไผ่ด้วยสีธรรมชาติ "
        "ผลที่ได้รับ สมาชิก 25 คน มีรายได้จากงานจักสาน", ""])
    record = read_text_record(tmp_path, page)
    assert record["title"] == "กลุ่มจักสานบ้านโคกสี ต่อยอดลายกระติบข้าว"
    assert record["author"]["kind"] == "organization"
    assert record["author"]["name"] == "กลุ่มจักสานบ้านโคกสี"


@pytest.mark.parametrize("address", ["ตำบลทาขุมเงิน อำเภอแม่ทา จังหวัดลำพูน", "(หมู่ที่ 2 ตำบลทาขุมเงิน อำเภอแม่ทา) จังหวัดลำพูน"],
                         ids=["plain", "bracketed"])
def test_a_group_under_its_owner_label_ends_where_its_address_begins(tmp_path, address):
    """Regression: เจ้าของผลงาน : GROUP ตำบล… อำเภอ… จังหวัด… โทร … (or its address in brackets): the name and its
    address, short enough together to be read as one name, were the owner's name (กลุ่ม…บ้าน…ตำบล…อำเภอ…)."""
    page = "\n".join([
        "KM พัฒนาชุมชนจังหวัดลำพูน", "คลังความรู้ชาวพัฒนาชุมชนลำพูน", "หน้าแรก   เกี่ยวกับเรา   ติดต่อ",
        "การเก็บลำไยอบแห้งให้สีสวยขายได้ราคา", "By admin, เดือนสิงหาคม 9, 2016",
        f"เจ้าของผลงาน : กลุ่มลำไยบ้านแพะ {address} โทร 053–975–120",
        "ที่มาของเรื่อง", "ลำไยสดราคาตกทุกปี กลุ่มจึงรวมกันอบแห้งขายเอง", "ขั้นตอนการดำเนินงาน",
        "1. คัดผลลำไยขนาดเท่ากัน", "2. อบด้วยไฟอ่อนสองวัน", "ผลที่ได้รับ", "สมาชิก 20 คน ขายลำไยอบแห้งได้ราคาดีขึ้น",
        "Share this: Facebook Twitter LINE", ""])
    record = read_text_record(tmp_path, page)
    assert record["author"]["kind"] == "organization"
    assert record["author"]["name"] == "กลุ่มลำไยบ้านแพะ"
    assert (record["district"], record["province"]) == ("แม่ทา", "ลำพูน")


def test_a_groups_village_address_written_with_a_short_village_number_gives_its_places(tmp_path):
    """Regression: a group's post (GROUP / DATE / #องค์ความรู้ชุมชน #พช.DISTRICT / TITLE / story / ถ่ายทอดโดย GROUP หมู่ 6
    ต.… อ.… จ.…): หมู่ 6 (for หมู่ที่ 6) opened no address after the group's name: district and province None."""
    page = "\n".join([
        "กลุ่มแม่บ้านน้ำพริกเผาบ้านหนองแวง", "8 มีนาคม 2566 เวลา 10:20 น. · 🌏", "#องค์ความรู้ชุมชน #พช.บ้านผือ",
        "วิธีทำน้ำพริกเผาให้เก็บได้นาน", "กลุ่มของเราเริ่มจากแม่บ้าน 7 คน ตอนนี้ส่งขายร้านค้าในอำเภอทุกสัปดาห์",
        "ขั้นตอนการทำ", "1. คั่วพริกแห้งกับหอมกระเทียมให้หอม", "2. โขลกแล้วเคี่ยวกับน้ำมันจนข้น",
        "ถ่ายทอดโดย กลุ่มแม่บ้านน้ำพริกเผาบ้านหนองแวง หมู่ 6 ต.หนองแวง อ.บ้านผือ จ.อุดรธานี", "สั่งซื้อ โทร 089-301-5521",
        "👍 ถูกใจ 31   💬 ความคิดเห็น 4 รายการ", ""])
    record = read_text_record(tmp_path, page)
    assert record["author"]["kind"] == "organization"
    assert (record["district"], record["province"]) == ("บ้านผือ", "อุดรธานี")
