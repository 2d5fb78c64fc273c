"""Owners and a date of held-out set 49's layouts (regressions): a Joomla page whose owner, a district's head, is
named with his post inside the story's closing paragraph (the site's office was taken instead); a viewer's page of
a PDF with its tones dropped whose owner label names a group with its address (หมูที 3 ต าบล… อ าเภอ… จังหวัด…:
no owner, district or province read); a closing date whose label has lost its tone (บันทึก ณ วันที ๒๗ ม.ค. ๖๕:
the label took ๒ for its tone, the date read as the 7th)."""

import pytest

from tests.conftest import read_text_record

_CLOSINGS = [
    ("องค์ความรู้เรื่องนี้เรียบเรียงจากประสบการณ์ของนายวรเชษฐ์ พรหมสุวรรณ พัฒนาการอำเภอท่ายาง ซึ่งติดตามแปลงของเกษตรกร"
     "มาตั้งแต่ปี ๒๕๖๒ ผู้สนใจสอบถามได้ที่ โทร. 032-461-208",
     ("person", "นาย", "วรเชษฐ์", "พรหมสุวรรณ"), "พัฒนาการอำเภอ"),
    ("องค์ความรู้ชุดนี้ได้จากการถอดบทเรียนของนางสาวพิมพ์ชนก ใจซื่อ นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอท่ายาง "
     "ร่วมกับกลุ่มเกษตรกรในพื้นที่",
     ("person", "นางสาว", "พิมพ์ชนก", "ใจซื่อ"), "นักวิชาการพัฒนาชุมชน"),
]


@pytest.mark.parametrize(("closing", "author", "post"), _CLOSINGS, ids=["head-of-district", "academic"])
def test_an_officer_named_in_the_closing_paragraph_owns_a_page_over_its_sites_office(tmp_path, closing, author,
                                                                                      post):
    """Regression: SITE OFFICE / menu / TITLE PDF พิมพ์ อีเมล / เขียนโดย Administrator / DATE / ฮิต / story / a last
    paragraph opening with องค์ความรู้… and naming NAME POST (glued to the prose before it), read as no byline: the
    site's office was the owner, no post read."""
    page = "\n".join([
        "สำนักงานพัฒนาชุมชนอำเภอท่ายาง", "Home | ข่าวประชาสัมพันธ์ | องค์ความรู้ พช. | ดาวน์โหลด | ติดต่อเรา",
        "การเลี้ยงผึ้งโพรงในสวนมะนาว PDF พิมพ์ อีเมล", "เขียนโดย Administrator", "พุธ, 12 พฤษภาคม 2021 10:40",
        "ฮิต: 87", "เกษตรกรในตำบลท่าคอยปลูกมะนาวเป็นหลัก ผึ้งช่วยผสมเกสรและให้น้ำผึ้งขายได้อีกทาง",
        "วิธีการ", "๑. ตั้งกล่องเลี้ยงผึ้งใต้ร่มมะนาว", "๒. งดพ่นยาในช่วงมะนาวออกดอก",
        "ผลที่ได้รับ", "เกษตรกร ๙ ราย เก็บน้ำผึ้งขายได้ปีละ ๓๐ ขวด", closing, "< ก่อนหน้า   ถัดไป >", ""])
    record = read_text_record(tmp_path, page)
    got = record["author"]
    assert (got["kind"], got["honorific"], got["given_name"], got["family_name"]) == author
    assert (record["position"] or {}).get("title") == post
    assert record["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอท่ายาง"}
    assert (record["district"], record["province"]) == ("ท่ายาง", "เพชรบุรี")


def test_a_group_owner_written_with_its_tone_dropped_address_is_read_with_its_places(tmp_path):
    """Regression: เจาของความรู กลุม…บานหนองบัว หมูที 5 ต าบล… อ าเภอ… จังหวัด… Tel. …: name and address together
    were too long for a name and the address words (หมู่ที่, ตำบล) were not known without their tones: no owner,
    district or province read."""
    page = "\n".join([
        "Scribd", "Upload  Read free for 30 days", "Uploaded by Kanya P.", "Download now", "You are on page 1/2", "",
        "องคความรูระดับกลุม", "การทำน้ำพริกแกงสงขายของกลุมแมบาน",
        "เจาของความรู กลุมแมบานเกษตรกรบานหนองบัว หมูที 5 ต าบลคลองหรัง อ าเภอนาหม่อม จังหวัดสงขลา Tel. 081.224.7390",
        "สมาชิกกลุมปลูกพริกและตะไคร้ไวเอง จึงรวมกันต าน้ าพริกแกงขายในตลาดนัด",
        "ขันตอนการด าเนินงาน", "1. ตากพริกใหแหงสนิท", "2. โขลกเครืองแกงใหละเอียด", "ผลทีไดรับ",
        "กลุมขายน้ าพริกแกงไดเดือนละ 80 กิโลกรัม", "", "You might also like", ""])
    record = read_text_record(tmp_path, page)
    assert record["author"]["kind"] == "organization"
    assert record["author"]["name"].startswith("กลุ่มแม่บ้านเกษตรกรบ้านหนองบัว")
    assert (record["district"], record["province"]) == ("นาหม่อม", "สงขลา")


@pytest.mark.parametrize("day", ["๒๗", "27", "๑๕"])
def test_a_closing_date_whose_label_lost_its_tone_keeps_its_days_first_digit(tmp_path, day):
    """Regression: … / บันทึก ณ วันที DAY ม.ค. ๖๕ closing the record: the label matched within one edit by taking
    the day's first digit for its dropped tone (วันที่ ~ วันที๒), the date read from the 7th."""
    page = "\n".join([
        "องคความรู เรือง", "ธนาคารขยะของโรงเรียนบ้านหนองปลิง",
        "สํานักงานพัฒนาชุมชนอําเภอเมืองนครสวรรค์ โทร ๐-๕๖๒๒-๑๐๔๗",
        "ทีมาของความรู", "นักเรียนเก็บขยะรีไซเคิลจากบานมาฝากธนาคารทุกวันศุกร", "วิธีการทํางาน",
        "1. ครูและนักเรียนคัดแยกขยะตามชนิด", "2. ชังน้ําหนักและจดลงสมุดบัญชีของนักเรียน",
        "ผลการดําเนินงาน", "นักเรียน ๑๒๐ คน มีเงินออมจากขยะรวม ๘,๔๐๐ บาท",
        f"บันทึก ณ วันที {day} ม.ค. ๖๕", ""])
    record = read_text_record(tmp_path, page)
    want = {"๒๗": "27", "27": "27", "๑๕": "15"}[day]
    assert record["date"] == f"2022-01-{want}"
