"""Titles of held-out sets 48-49's layouts (regressions): a news page whose headline opens with the club that acts
(ชมรม…อำเภอ… ชวน…, read as a byline: no title), a news post whose headline sits over its date alone (the headline,
as long as a paragraph's line, was read as prose: no title), a Word form whose title's value ran on into the
category's row of tick boxes (หมวด ■ … □ …), and a flipbook story whose column's name with its number
(เรื่องเล่าพัฒนากรใหม่ ๑๗) was kept before the story's title."""

from tests.conftest import read_text_record

_CLUB_HEADLINE = "ชมรมผู้นำอาสาพัฒนาชุมชนอำเภอเขาชัยสน ชวนนักเรียนบันทึกตำรับขนมพื้นบ้านจากแม่ครัวรุ่นเก่า"


def test_a_headline_opening_with_the_club_that_acts_is_the_title(tmp_path):
    """Regression: a headline opening with a club and its district (looks like a byline: ORGANIZATION + post +
    place) and then what the club did, right over the story's lead: no title was read."""
    page = "\n".join([
        "พัฒนาชุมชนจังหวัดสงขลา",
        "หน้าแรก   ข่าวสาร   เรื่องเล่าจากชุมชน   ติดต่อ",
        _CLUB_HEADLINE,
        "นักเรียนชั้นมัธยมในตำบลเขาชัยสนหลายคนไม่เคยเห็นการทำขนมพื้นบ้านที่บ้านตัวเอง ชมรมผู้นำอาสาพัฒนาชุมชนอำเภอเขาชัยสน"
        "จึงชวนนักเรียน 18 คนไปนั่งกับแม่ครัวรุ่นเก่า จดตั้งแต่การโม่แป้ง การกวนกะทิ ไปจนถึงการห่อด้วยใบตองให้สวย",
        "นักเรียนถ่ายรูปทุกขั้นตอนแล้วกลับมาเขียนเป็นตำรับทีละอย่าง ชมรมรวบรวมได้ 24 ตำรับ และพิมพ์แจกให้ห้องสมุดของตำบล",
        "",
        "(Visited 95 times, 2 visits today)", ""])
    assert read_text_record(tmp_path, page)["title"] == _CLUB_HEADLINE


_DATED_HEADLINE = "ทำถ่านอัดแท่งจากกะลามะพร้าวขายในตลาดนัดชุมชนของกลุ่มแม่บ้านเกษตรกร"


def test_a_headline_over_its_date_alone_is_the_title(tmp_path):
    """Regression: a headline longer than a title line (so counted as a paragraph's line) right over its date alone
    on its line (วันอังคารที่ 5 กันยายน พ.ศ. 2566), then the lead: no title was read."""
    page = "\n".join([
        "ข่าวประชาสัมพันธ์ พัฒนาชุมชนจังหวัดชุมพร",
        "หน้าแรก  ข่าวเด่น  ภาพกิจกรรม  องค์ความรู้",
        _DATED_HEADLINE,
        "วันอังคารที่ 5 กันยายน พ.ศ. 2566",
        "สวนมะพร้าวในหมู่บ้านทิ้งกะลาไว้กองใหญ่ทุกเดือน กลุ่มแม่บ้านเกษตรกรจึงรับมาเผาเป็นถ่านแล้วบดอัดเป็นแท่ง ขั้นตอนมีดังนี้ "
        "1) ตากกะลาให้แห้งสองแดด 2) เผาในถังปิดจนเป็นถ่าน 3) บดผสมแป้งมันแล้วอัดด้วยเครื่องมือที่ช่างในหมู่บ้านทำให้ "
        "ผลคือกลุ่มขายถ่านได้เดือนละ 300 กิโลกรัม",
        "ข่าว/ภาพ : นางสาวพรทิพย์ ใจงาม นักวิชาการพัฒนาชุมชนปฏิบัติการ สพอ.ปะทิว",
        "(Visited 88 times, 1 visits today)",
        "แท็ก: กลุ่มแม่บ้าน, ถ่าน", ""])
    assert read_text_record(tmp_path, page)["title"] == _DATED_HEADLINE


def test_a_title_value_ends_before_the_category_row_of_tick_boxes(tmp_path):
    """Regression: a Word form saved as text (label<TAB>value rows); the title's value was joined with the row of
    category options under it (หมวด ■ ด้าน… □ ด้าน…)."""
    form = "\n".join([
        "แบบบันทึกองค์ความรู้ (Knowledge Assets)",
        "หน่วยงาน\tสำนักงานพัฒนาชุมชนอำเภอบางระกำ จังหวัดพิษณุโลก",
        "ผู้บันทึก\tนางสาวอรุณี ทองสุข",
        "ตำแหน่ง\tนักวิชาการพัฒนาชุมชนปฏิบัติการ",
        "เบอร์ติดต่อ\t089-314-2277",
        "ประเด็นความรู้\tการแปรรูปกล้วยตากส่งร้านของฝากริมทางหลวง",
        "หมวด\t■ ด้านการส่งเสริมเศรษฐกิจชุมชน   □ ด้านการบริหารจัดการทุนชุมชน   □ ด้านการพัฒนาผู้นำ",
        "ขั้นตอนการดำเนินงาน",
        "\t1.\tคัดกล้วยน้ำว้าสุกพอดีจากสวนของสมาชิก",
        "\t2.\tตากในโรงอบพลังแสงอาทิตย์ที่กลุ่มสร้างร่วมกัน",
        "\t3.\tทำข้อตกลงส่งของกับร้านของฝากสามร้าน",
        "ผลที่ได้รับ\tสมาชิก 12 คนส่งกล้วยตากได้เดือนละ 250 กิโลกรัม",
        "ข้อควรระวัง\tต้องเก็บในถุงปิดสนิทมิฉะนั้นกล้วยจะชื้น",
        "7 มีนาคม 2566", ""])
    assert read_text_record(tmp_path, form)["title"] == "การแปรรูปกล้วยตากส่งร้านของฝากริมทางหลวง"


def test_a_column_name_with_its_number_is_not_kept_before_the_title(tmp_path):
    """Regression: a flipbook story page whose column's name carries its number (เรื่องเล่าพัฒนากรใหม่ ๒๓) alone over
    the story's title: the column's name was kept in front of the title."""
    page = "\n".join([
        "AnyFlip",
        "เรื่องเล่าพัฒนากรใหม่ ศพช.ลำปาง",
        "Published by ศพช.ลำปาง, 2022-10-12 09:41:05",
        "Keywords: #KM #เรื่องเล่า #พัฒนากรใหม่",
        "01 02 03 04",
        "เรื่องเล่าพัฒนากรใหม่   ๒๓",
        "ธนาคารขยะของโรงเรียนบ้านทุ่ง",
        "กว่าเด็ก ๆ จะยอมแยกขยะก่อนทิ้ง...",
        "ฉันมาประจำตำบลทุ่งผึ้งได้ไม่ถึงปี ก็เห็นว่าขยะในโรงเรียนกองรวมกันหลังอาคาร ฉันจึงไปขอให้ครูใหญ่ช่วยตั้งธนาคารขยะ "
        "ให้นักเรียนนำขวดและกระดาษมาฝากทุกวันศุกร์ ภายในสามเดือนมีนักเรียนเปิดบัญชี 84 คน",
        "เรื่อง : นางสาวจันทร์เพ็ญ มีสุข",
        "นักวิชาการพัฒนาชุมชนปฏิบัติการ สพอ.แจ้ห่ม", ""])
    assert read_text_record(tmp_path, page)["title"] == "ธนาคารขยะของโรงเรียนบ้านทุ่ง"
