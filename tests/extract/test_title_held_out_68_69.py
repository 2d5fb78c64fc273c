"""Titles and a date in layouts held-out sets 68 and 69 showed (issue #10): a site's section label over the site's
own short name (องค์ความรู้ พช.) taken for the title after the label came off; a news lead opening with its place and
date, the dash after the date (PLACE DATE – NAME …), missed as the date; a cover's issuing bodies (กรมการพัฒนาชุมชน
กระทรวงมหาดไทย) taken for the title; a blog's name and tagline over its date header beating the post's title under it,
on a page with a form; a title with its group's byline on the same line (TITLE โดยกลุ่ม…). Invented records (own
words, invented people, real district/province pairs)."""

from __future__ import annotations

from tests.conftest import read_text_record


def test_section_label_over_the_sites_short_name_is_no_title(tmp_path):
    text = ("หน้าหลัก | ข่าวกิจกรรม | องค์ความรู้ | ติดต่อ\n"
            "องค์ความรู้ พช.\n"
            "การเลี้ยงไก่ไข่อารมณ์ดีของกลุ่มบ้านหนองบัวแดง กับการขายไข่ในตลาดนัดชุมชน\n"
            "ภูเขียว 5 มี.ค. 2567 – นายสมศักดิ์ ทองดี พัฒนาการอำเภอภูเขียว ร่วมถอดบทเรียนกับสมาชิกกลุ่มเลี้ยงไก่ไข่"
            "ที่ปล่อยไก่ให้เดินในสวน ไข่จึงขายได้ราคาดีกว่าไข่ทั่วไปในตลาด สมาชิกเล่าว่าเริ่มจากไก่สิบตัว\n"
            "ติดต่อ สำนักงานพัฒนาชุมชนอำเภอภูเขียว โทร ๐๔๔-๘๖๑๒๓๔\n")
    record = read_text_record(tmp_path, text)
    assert record["title"] == "การเลี้ยงไก่ไข่อารมณ์ดีของกลุ่มบ้านหนองบัวแดง กับการขายไข่ในตลาดนัดชุมชน"


def test_news_lead_with_the_dash_after_its_date_gives_the_date(tmp_path):
    text = ("ข่าวกิจกรรม\n"
            "กลุ่มจักสานบ้านโนนสูงทำบัญชีต้นทุนเป็นครั้งแรก\n"
            "ภูเขียว 5 มี.ค. 2567 – นายสมศักดิ์ ทองดี พัฒนาการอำเภอภูเขียว ชวนสมาชิกกลุ่มจักสานจดรายจ่ายทุกวัน"
            "เพื่อให้รู้ต้นทุนของตะกร้าแต่ละใบ แล้วตั้งราคาขายให้มีกำไรพอจ่ายค่าแรงของสมาชิก\n"
            "สำนักงานพัฒนาชุมชนอำเภอภูเขียว จังหวัดชัยภูมิ\n")
    assert read_text_record(tmp_path, text)["date"] == "2024-03-05"


def test_issuing_bodies_line_of_a_cover_is_no_title(tmp_path):
    text = ("ชุดเรื่องเลาความส าเร็จ\n"
            "ประจ าปงบประมาณ 2566\n"
            "ศูนยศึกษาและพัฒนาชุมชนลำปาง\n"
            "กรมการพัฒนาชุมชน กระทรวงมหาดไทย\n"
            "\n"
            "เรื่องเลาความส าเร็จ ๒๕๖๖                                        หนา 4\n"
            "เรื่องที่ 2\n"
            "โรงสีข้าวชุมชนที่สมาชิกถือหุ้นกันเอง\n"
            "โรงสีของหมู่บ้านเคยขาดทุนเพราะไมมีใครดูแลบัญชี สมาชิกจึงประชุมกันใหมและแบงหนาที่กันทํา"
            "ทุกคนถือหุ้นเทากัน\n"
            "ขั้นตอนการด าเนินงาน\n"
            "1. ประชุมสมาชิกเพื่อเลือกกรรมการโรงสี\n"
            "2. จดบัญชีรับจายทุกวันและติดประกาศให้ทุกคนดู\n"
            "ผลที่ไดรับ\n"
            "โรงสีมีกําไรปละสามหมื่นบาท\n")
    assert read_text_record(tmp_path, text)["title"] == "โรงสีข้าวชุมชนที่สมาชิกถือหุ้นกันเอง"


def test_blogs_name_and_tagline_over_its_date_header_lose_to_the_posts_title(tmp_path):
    text = ("พัฒนาชุมชนเถิน\n"
            "บันทึกการทำงานของทีมพัฒนากร\n"
            "\n"
            "Monday, 8 February 2021\n"
            "\n"
            "เลี้ยงกบในบ่อปูนขายตลาดเช้า\n"
            "\n"
            "ต้นปีที่แล้ว ชาวบ้านบอกทีมพัฒนากรว่าอยากมีรายได้เสริมช่วงหน้าแล้ง ทีมจึงชวนกันลองเลี้ยงกบในบ่อปูน"
            "ที่บ้านของสมาชิกแต่ละคน แล้วนำไปขายที่ตลาดเช้าของตำบล\n"
            "วิธีการ\n"
            "1. ชวนครัวเรือนที่มีพื้นที่ว่างหลังบ้านมาลงชื่อ\n"
            "2. ช่วยกันก่อบ่อปูนขนาดสองคูณสามเมตร\n"
            "ผลที่เกิดขึ้น\n"
            "สมาชิก 6 ครัวเรือนขายกบได้เดือนละ 1,500 บาท\n"
            "บันทึกโดย นายชาตรี ใจมั่น พัฒนากร สำนักงานพัฒนาชุมชนอำเภอเถิน\n")
    assert read_text_record(tmp_path, text)["title"] == "เลี้ยงกบในบ่อปูนขายตลาดเช้า"


def test_groups_byline_on_the_title_line_ends_the_title(tmp_path):
    text = ("สามง่าม :: โปรไฟล์\n"
            "KM Blog\n"
            "บันทึกงานล่าสุด\n"
            "น้ำพริกปลาย่างของแม่บ้านบ้านวังแดง โดยกลุ่มแม่บ้านเกษตรกรบ้านวังแดง\n"
            "น้ำพริกปลาย่างของแม่บ้านบ้านวังแดง” เจ้าขององค์ความรู้ กลุ่มแม่บ้านเกษตรกรบ้านวังแดง ประธานกลุ่ม"
            " นางบุญมี ศรีสุข โทร 081-234-5678 ชื่อเรื่อง “น้ำพริกปลาย่างของแม่บ้านบ้านวังแดง” สถานที่ บ้านวังแดง"
            " หมู่ที่ 3 ตำบลสามง่าม อำเภอสามง่าม จังหวัดพิจิตร\n"
            "Page| 1 | Next | Last\n")
    assert read_text_record(tmp_path, text)["title"] == "น้ำพริกปลาย่างของแม่บ้านบ้านวังแดง"
