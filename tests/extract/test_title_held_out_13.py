"""Titles in four more layouts unseen records showed (issue #10, round 12): a WordPress category listing's archive
heading, a story opening with องค์ความรู้ glued to the sentence it begins, a pubhtml5 cover whose owner, post, office and
year lines stand under the title, and a training centre's page whose title line carries its village's address.
Invented records (own words, invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def _title(tmp_path, text: str) -> str | None:
    return read_text_record(tmp_path, text)["title"]


def test_an_archive_heading_is_chrome_not_the_title(tmp_path):
    """Regression: a WordPress category listing: 'Category Archives: …' over the first post's title was the title."""
    text = ("พัฒนาชุมชนอำเภอสันทราย\n"
            "หน้าแรก เกี่ยวกับเรา ติดต่อเรา\n"
            "Category Archives: องค์ความรู้ระดับบุคคล\n"
            "การทำปุ๋ยหมักจากเศษใบไม้ในหมู่บ้าน\n"
            "โพสเมื่อ 12 มีนาคม 2565 โดย admin\n"
            "ชาวบ้านบ้านป่าไผ่รวมกลุ่มกันเก็บเศษใบไม้ในหมู่บ้านมาหมักเป็นปุ๋ยใช้ในแปลงผักของตนเอง "
            "ลดค่าใช้จ่ายซื้อปุ๋ยเคมีได้เดือนละหลายร้อยบาท อ่านต่อ\n"
            "การเลี้ยงปลาดุกในบ่อซีเมนต์\n"
            "โพสเมื่อ 2 กุมภาพันธ์ 2565 โดย admin\n"
            "สมาชิกกลุ่มเลี้ยงปลาดุกในบ่อซีเมนต์หลังบ้าน ขายได้ทุกสามเดือน อ่านต่อ\n")
    assert _title(tmp_path, text) == "การทำปุ๋ยหมักจากเศษใบไม้ในหมู่บ้าน"


def test_a_label_glued_to_the_sentence_it_begins_is_no_label(tmp_path):
    """Regression: a story page whose first paragraph opens องค์ความรู้เรื่องนี้เป็นของกลุ่ม…: read as the title label
    องค์ความรู้เรื่อง and the paragraph as its value."""
    text = ("การสานตะกร้าจากเส้นพลาสติก\n"
            "องค์ความรู้เรื่องนี้เป็นของกลุ่มวิสาหกิจชุมชนสานตะกร้าบ้านหนองแวง ตำบลหนองแวง อำเภอเมืองมหาสารคาม "
            "จังหวัดมหาสารคาม ช่างสานในกลุ่มถ่ายทอดวิธีการสานให้สมาชิกรุ่นใหม่ทุกเดือน\n"
            "วัสดุอุปกรณ์\n"
            "1. เส้นพลาสติกสีต่าง ๆ\n"
            "2. กรรไกรและไม้บรรทัด\n"
            "ขั้นตอนการสาน\n"
            "เริ่มจากก้นตะกร้าแล้วสานขึ้นเป็นผนังจนได้ความสูงที่ต้องการ\n")
    assert _title(tmp_path, text) == "การสานตะกร้าจากเส้นพลาสติก"


def test_owner_post_office_and_year_lines_are_not_a_covers_wrapped_title(tmp_path):
    """Regression: a pubhtml5 cover (low tone marks dropped): 'องคความรู (Knowledge)' / 'เรื่อง' alone / TITLE / the
    owner's name / post / office / fiscal year / คํานํา: the title took the lines under it as wrapped text."""
    text = ("องคความรู (Knowledge)\n"
            "เรื่อง\n"
            "การสงเสริมอาชีพการทอผาไหมบานโนนสูง\n"
            "นายวีระพล ศรีสมบูรณ\n"
            "พัฒนาการอําเภอโนนสูง\n"
            "สํานักงานพัฒนาชุมชนอําเภอโนนสูง จังหวัดนครราชสีมา\n"
            "ปีงบประมาณ ๒๕๖๖\n"
            "คํานํา\n"
            "เอกสารองคความรูฉบับนี้จัดทําขึ้นเพื่อถายทอดประสบการณการสงเสริมอาชีพทอผาไหมของกลุมสตรีในหมูบาน "
            "ใหผูสนใจนําไปปรับใชในพื้นที่ของตนเอง\n")
    assert _title(tmp_path, text) == "การส่งเสริมอาชีพการทอผ้าไหมบ้านโนนสูง"  # marks restored


def test_a_title_line_may_carry_the_village_it_is_about(tmp_path):
    """Regression: a training centre's page (name, English name, menu, section head, then the title with its village
    address on one line of ~85 characters, then the story): no title found."""
    text = ("ศูนย์ศึกษาและพัฒนาชุมชนขอนแก่น\n"
            "Khon Kaen Community Development Learning Center\n"
            "หน้าหลัก เกี่ยวกับศูนย์ ข่าวสาร ติดต่อเรา\n"
            "คลังความรู้ ศพช.ขอนแก่น\n"
            "กองทุนปุ๋ยอินทรีย์ชุมชน บ้านโนนทัน ตำบลบ้านค้อ อำเภออุบลรัตน์ จังหวัดขอนแก่น\n"
            "บ้านโนนทันตั้งกองทุนปุ๋ยอินทรีย์ขึ้นเมื่อปี 2562 สมาชิกร่วมกันลงหุ้นซื้อวัตถุดิบมาผลิตปุ๋ยใช้เองและขายให้"
            "หมู่บ้านใกล้เคียง ทำให้ต้นทุนการทำนาของสมาชิกลดลงเกือบครึ่งหนึ่ง และกองทุนมีเงินหมุนเวียนกว่าสองแสนบาท\n"
            "การบริหารกองทุนใช้คณะกรรมการเก้าคนที่สมาชิกเลือกทุกสองปี\n")
    assert _title(tmp_path, text) == "กองทุนปุ๋ยอินทรีย์ชุมชน บ้านโนนทัน ตำบลบ้านค้อ อำเภออุบลรัตน์ จังหวัดขอนแก่น"


def test_a_sites_section_named_in_its_menu_is_not_the_title(tmp_path):
    """Regression: a provincial site's story page: site name, a menu bar (หน้าหลัก | ข่าวสาร | เรื่องเล่าความสำเร็จ | …),
    the section's name alone on a line, the story's title, a date, the story. The section's name, which the menu
    bar shows, was taken as the title."""
    text = ("สำนักงานพัฒนาชุมชนจังหวัดสิงห์บุรี\n"
            "หน้าหลัก | ข่าวสาร | เรื่องเล่าความสำเร็จ | ดาวน์โหลด | ติดต่อ\n"
            "เรื่องเล่าความสำเร็จ\n\n"
            "กลุ่มทอผ้าบ้านโพกรวมใจ กับลายผ้าที่เกือบสูญหาย\n"
            "เผยแพร่เมื่อ ๒ มีนาคม ๒๕๖๕\n\n"
            "กลุ่มทอผ้าบ้านโพกรวมใจ ตำบลโพสังโฆ อำเภอค่ายบางระจัน จังหวัดสิงห์บุรี ชวนช่างทอรุ่นเก่ามาสอนลายโบราณให้สมาชิกรุ่นใหม่ "
            "ทุกวันอาทิตย์ที่ศาลาวัด จนมีผู้ทอได้เพิ่มขึ้นและกลุ่มรับงานสั่งทอได้มากขึ้น\n")
    assert read_text_record(tmp_path, text)["title"] == "กลุ่มทอผ้าบ้านโพกรวมใจ กับลายผ้าที่เกือบสูญหาย"
