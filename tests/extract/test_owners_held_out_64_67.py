"""Owners of held-out sets 64–67's layouts (regressions): a web story told by a group named after its village whose
tambon, of the same name, the story places in its district (ที่ตำบลX อำเภอY … เรื่องนี้เล่าโดยกลุ่ม…บ้านX จังหวัด…:
no district); a book's byline whose given name is cut by a mark printed as a space (นางสาวสุ ดารั ตน์ โพธิ์ศรี: given
name สุ); a group telling its own story under a blog's provincial site (ผู้นำเสนอ/เล่าเรื่อง...GROUP / ผู้ประสานงาน NAME
ประธานกลุ่ม / ที่อยู่ …: the site's provincial office owned it); a teller credited with a post and an office
(เรื่องนี้บันทึกโดยนาย… POST OFFICE: the post was lost)."""

from tests.conftest import read_text_record


def test_a_group_named_after_its_village_is_placed_by_the_tambon_of_that_name(tmp_path):
    """Regression: a web story / ที่ตำบลหนองกระทุ่ม อำเภอกำแพงแสน … / เรื่องนี้เล่าโดยกลุ่มจักสานบ้านหนองกระทุ่ม
    จังหวัดนครปฐม: the village's name is written in the story only as its tambon's, so no address was read for the
    group: district None."""
    page = "\n".join([
        "เมนูหลัก  หน้าแรก  เรื่องเล่า", "เรื่องเล่าจากชุมชน", "ตะกร้าผักตบชวาที่ส่งไปไกลถึงเมืองกรุง",
        "โพสต์เมื่อ 9 มีนาคม 2566",
        "ที่ตำบลหนองกระทุ่ม อำเภอกำแพงแสน ป้าลำดวนชวนเพื่อนบ้านเก็บผักตบชวาในคลองมาตากแห้งแล้วสานเป็นตะกร้า "
        "สมาชิก 21 คนช่วยกันสานทุกบ่าย ขายได้ใบละ 180 บาท",
        "เรื่องนี้เล่าโดยกลุ่มจักสานบ้านหนองกระทุ่ม จังหวัดนครปฐม", "(Visited 88 times, 1 visits today)", ""])
    record = read_text_record(tmp_path, page)
    assert record["author"]["name"] == "กลุ่มจักสานบ้านหนองกระทุ่ม"
    assert (record["district"], record["province"]) == ("กำแพงแสน", "นครปฐม")


def test_a_given_name_cut_by_a_mark_printed_as_a_space_is_read_whole(tmp_path):
    """Regression: a book's page whose marks print as spaces / เรี ยบเรี ยง : นางสาวมะ ลิวัลย์ ศรีสุข / POST
    สพอ.… (the given name cut after its first syllable): given name มะ, family name ลิวัลย์ศรีสุข."""
    page = "\n".join([
        "การทำน้ำหมักชี วภาพจากเศษผั กในครัวเรื อน", "๑. ขั้นตอนการดำเนิ นงาน", "๑) เก็บเศษผั กและผลไม้ ใส่ถังทุ กวั น",
        "๒) ผสมกากน้ำตาลหนึ่ งส่วนต่อเศษผั กสามส่ วน", "๒. ผลที่ได้ รั บ", "ครั วเรื อนลดค่ าปุ๋ยได้เดือนละ ๒๐๐ บาท",
        "เรี ยบเรี ยง : นางสาวมะ ลิวัลย์ ศรีสุข", "เจ้าพนักงานพั ฒนาชุ มชนปฏิ บัติงาน สพอ.บ้านแพง", ""])
    record = read_text_record(tmp_path, page)
    got = record["author"]
    assert got is not None
    assert (got["honorific"], got["given_name"], got["family_name"]) == ("นางสาว", "มะลิวัลย์", "ศรีสุข")


def test_a_group_telling_its_own_story_on_a_provincial_blog_owns_it(tmp_path):
    """Regression: a provincial office's blog / TITLE / ผู้นำเสนอ/เล่าเรื่อง...GROUP / ผู้ประสานงาน NAME ประธานกลุ่ม /
    ที่อยู่ บ้าน… หมู่ที่ … ตำบล… อ.… จ.…: the teller's label was unknown, so the blog's provincial office owned the
    record and no district was read."""
    page = "\n".join([
        "คลังความรู้ พัฒนาชุมชนจังหวัดลำพูน", "km ลำพูน", "", "วันจันทร์ที่ 8 มีนาคม พ.ศ. 2564", "",
        "น้ำพริกลาบบ้านหนองเงือก..รสมือแม่ที่ลูกหลานสืบต่อ", "",
        "ผู้นำเสนอ/เล่าเรื่อง...กลุ่มแม่บ้านน้ำพริกบ้านหนองเงือก",
        "ผู้ประสานงาน    นางบัวเขียว อินต๊ะ ประธานกลุ่ม",
        "ที่อยู่   บ้านหนองเงือก หมู่ที่ 4 ตำบลแม่แรง อ.ป่าซาง จ.ลำพูน", "",
        "   แม่ ๆ บ้านหนองเงือกตำน้ำพริกลาบไว้กินเองมานาน จึงรวมกลุ่มกันทำขายเมื่อปี พ.ศ.2559",
        "ขั้นตอนการทำงานของกลุ่ม", "1. คั่วพริกและเครื่องเทศด้วยไฟอ่อน", "2. ตำให้ละเอียดแล้วบรรจุถุง",
        "ผลที่ได้รับ", "กลุ่มมีสมาชิก 18 คน ขายได้เดือนละ 300 ถุง", "",
        "โพสต์โดย kmcddlp ที่ 09:15   ไม่มีความคิดเห็น:", ""])
    record = read_text_record(tmp_path, page)
    assert record["author"] is not None
    assert (record["author"]["kind"], record["author"]["name"]) == ("organization", "กลุ่มแม่บ้านน้ำพริกบ้านหนองเงือก")
    assert record["office"] is None
    assert (record["district"], record["province"]) == ("ป่าซาง", "ลำพูน")


def test_a_teller_credited_with_a_post_keeps_it(tmp_path):
    """Regression: a story closing …เรื่องนี้บันทึกโดยนาย… POST OFFICE: the teller was read as the name alone, its
    post and office lost (position None)."""
    page = "\n".join([
        "สำนักงานพัฒนาชุมชนอำเภอท่าวังผา", "หน้าหลัก  ข่าวประชาสัมพันธ์  องค์ความรู้  ติดต่อเรา",
        "ลานตากข้าวรวมของชาวบ้านดอนแก้วPDFพิมพ์อีเมล", "เขียนโดย Administrator",
        "วันอังคารที่ 14 มีนาคม 2017 เวลา 09:40 น.",
        "ชาวบ้านดอนแก้วเคยตากข้าวบนถนนจนเกิดอุบัติเหตุ ผู้ใหญ่บ้านจึงชวนกันเทลานคอนกรีตกลางหมู่บ้าน",
        "ขั้นตอนการดำเนินงาน", "1. ประชุมหมู่บ้านเลือกที่ดินสาธารณะ", "2. ลงแรงเทคอนกรีตร่วมกัน", "ผลที่ได้รับ",
        "ใช้ลานร่วมกัน 40 ครัวเรือน",
        "เรื่องนี้บันทึกโดยนายวีระพงษ์ คงมั่น นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอท่าวังผา "
        "จังหวัดน่าน ซึ่งเป็นพี่เลี้ยงหมู่บ้านมาสามปี", "ฮิต: 52", ""])
    record = read_text_record(tmp_path, page)
    got = record["author"]
    assert got is not None
    assert (got["given_name"], got["family_name"]) == ("วีระพงษ์", "คงมั่น")
    assert record["position"] == {"title": "นักวิชาการพัฒนาชุมชน", "level": "ชำนาญการ"}
    assert record["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอท่าวังผา"}
