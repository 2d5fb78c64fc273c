"""An owner of held-out set 51's layout (regression): a PDF viewer's page of a story book whose teller is labelled
ผู้เล่าเรื่อง (printed with its tone dropped: ผู้เลาเรื่อง) and named with post and office glued on one line. The
label was unknown, so no owner, post, office, district, province or phone was read."""

from tests.conftest import read_text_record


def test_a_story_tellers_label_gives_the_owner_with_post_office_and_phone(tmp_path):
    """Regression: 'ผู้เลาเรื่อง : NAME POSTOFFICE โทร PHONE' under the title label: nothing of the owner was read."""
    page = "\n".join([
        "Scribd", "Upload  Log in", "Uploaded by km.kongra on Mar 9, 2023",
        "ชื่อองคความรู้ : การแปรรูปปลาดุกร้าส่งตลาดนัดชุมชน",
        "ผู้เลาเรื่อง : นายสมปอง ทองเนื้อดีเจ้าพนักงานพัฒนาชุมชนชำนาญงานสานักงานพัฒนาชุมชนอาเภอกงหรา โทร 08-1357-2468",
        "เนื้อเรื่อง",
        "สมาชิกกลุ่มเลี้ยงปลาดุกในบ่อดินขายปลาสดได้ราคาต่ำช่วงที่ปลาออกพร้อมกัน จึงหันมาแปรรูปเป็นปลาดุกร้า",
        "ขั้นตอนการดาเนินงาน",
        "1. คัดปลาขนาดเดียวกันแล้วหมักเกลือหนึ่งคืน",
        "2. ตากแดดบนแคร่ตาข่ายสองวันและบรรจุถุงสุญญากาศ",
        "You are on page 1of 4",
    ])
    record = read_text_record(tmp_path, page)
    author = record["author"]
    assert (author["kind"], author["honorific"], author["given_name"], author["family_name"]) == (
        "person", "นาย", "สมปอง", "ทองเนื้อดี")
    assert (record["position"]["title"], record["position"]["level"]) == ("เจ้าพนักงานพัฒนาชุมชน", "ชำนาญงาน")
    assert record["office"] == {"name": "สำนักงานพัฒนาชุมชนอำเภอกงหรา"}
    assert (record["district"], record["province"], record["phone"]) == ("กงหรา", "พัทลุง", "0813572468")
