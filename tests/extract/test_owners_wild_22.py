"""Owners round 22: a book's running head names its office, the owner over a group its title names; a district read
back through lost marks is the one of the province written beside it; a news lead's network owns its story over the
site's name (ข่าวพัฒนาชุมชนจังหวัด…, no credit) and the office credited with the news; a centre's story book names
the centre as each story's office; a Word form's category row (หมวด<TAB>□ …<TAB>■ …) gives the option ticked."""

from tests.conftest import read_text_record

_HEAD = "สานักงานพัฒนาชุมชนอาเภอบางบาล โทร. ๐๓๕-๓๘๑๒๒๐ การทำปุ๋ยหมักจากผักตบชวาของกลุ่มแม่บ้านบ้านวัดตะกู " \
        "หมู่ที่ ๔ ตาบลวัดตะกู อาเภอบางบาล จังหวัดพระนครศรีอยุธยา หน้า {}"
RUNNING_HEAD = "\n".join([
    "issuu",
    "Search  Explore  Log in",
    "",
    _HEAD.format("๑"),
    "ถ อ ด บ ท เ รี ย น",
    "ความเป็นมา",
    "ผักตบชวาขึ้นเต็มคลองหน้าหมู่บ้านทุกปี สานักงานจึงชวนกลุ่มแม่บ้านนามาหมักเป็นปุ๋ยใช้ในแปลงผัก",
    "ขั้นตอนการดาเนินงาน",
    "๑. ตักผักตบชวาขึ้นจากคลองแล้วหั่นเป็นชิ้นเล็ก",
    "๒. หมักกับมูลวัวและกากน้าตาลในบ่อซีเมนต์สามสัปดาห์",
    "",
    _HEAD.format("๒"),
    "ผลการดาเนินงาน",
    "สมาชิก ๒๔ ครัวเรือนลดค่าปุ๋ยเคมีได้ครัวเรือนละ ๙๐๐ บาทต่อฤดู",
    "",
    "More from พช.บางบาล",
    "",
])


def test_a_running_heads_office_owns_the_book_over_the_group_its_title_names(tmp_path):
    got = read_text_record(tmp_path, RUNNING_HEAD)
    assert got["author"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอบางบาล"
    assert got["office"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอบางบาล"
    assert got["district"] == "บางบาล"


LOST_MARKS = "\n".join([
    "docplayer",
    "Size: px",
    "Start display at page:",
    'Download "บันทึกองค์ความรู้"',
    "Transcription",
    "บ นท กองค ความร  1. ช อองค ความร  การทำน้ำพริกปลาย างขายในงานบุญประจำตำบล  2. ช อเจ าของความร  "
    "นายธ ระพงษ  ส ขประเสร ฐ  ต าแหน ง น กว ชาการพ ฒนาช มชนปฏ บ ต การ ส งก ด "
    "ส าน กงานพ ฒนาช มชนอ าเภอโนนส ง จ งหว ดหนองบ วล าภ  โทรศ พท  081-447-2093 "
    "3. ว นท บ นท ก 9 ก มภาพ นธ  2565 4. ข นตอนการด าเน นงาน 1) ประช มแม บ านเพ อเล อกส ตรน  าพร ก "
    "2) ทดลองขายในงานบ ญ 5. ผลท ได ร บ กล มขายได  400 กระป ก",
    "2",
    "",
])


def test_a_district_read_through_lost_marks_is_the_one_of_its_province(tmp_path):
    got = read_text_record(tmp_path, LOST_MARKS)
    assert (got["district"], got["province"]) == ("โนนสัง", "หนองบัวลำภู")
    assert got["office"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอโนนสัง"


NEWS = "\n".join([
    "ข่าวพัฒนาชุมชนจังหวัดน่าน",
    "หน้าแรก | ข่าวเด่น | ข่าวอำเภอ | องค์ความรู้ | ติดต่อ",
    "",
    "เครือข่ายองค์กรสตรีอำเภอปัว กับการทำบัญชีครัวเรือนแบบจับคู่",
    "ปัว – ๑๔ ก.ย. ๖๕  เครือข่ายองค์กรสตรีอำเภอปัว จังหวัดน่าน เล่าว่าแม่บ้านหลายคนไม่รู้ว่าเงินหมดไปกับอะไร "
    "เครือข่ายจึงจับคู่แม่บ้านให้ช่วยกันจดบัญชี โดย ๑) แจกสมุดบัญชีให้ทุกบ้าน ๒) นัดเทียบบัญชีกันทุกวันอาทิตย์ "
    "๓) ตั้งเป้าลดรายจ่ายบ้านละหนึ่งรายการ ผ่านไปสี่เดือนครัวเรือนที่เข้าร่วม ๔๐ ครัวเรือนเก็บออมได้เพิ่มเดือนละ ๕๐๐ บาท",
    "ข่าว/ภาพ : สพอ.ปัว",
    "(Visited 118 times, 2 visits today)",
    "",
])


def test_a_news_leads_network_owns_the_story_over_the_sites_name_and_the_news_credit(tmp_path):
    got = read_text_record(tmp_path, NEWS)
    assert got["author"]["name"] == "เครือข่ายองค์กรสตรีอำเภอปัว"
    assert got["office"] is None
    assert (got["district"], got["province"]) == ("ปัว", "น่าน")


SITE_NEWS = "\n".join([
    "ข่าวพัฒนาชุมชนจังหวัดน่าน",
    "หน้าแรก | ข่าวเด่น | ข่าวอำเภอ | องค์ความรู้ | ติดต่อ",
    "",
    "แม่บ้านบ้านศิลาแลงจดบัญชีครัวเรือนจนเก็บออมได้ทุกเดือน",
    "ปัว – ๑๔ ก.ย. ๖๕  แม่บ้านบ้านศิลาแลงหลายคนไม่รู้ว่าเงินหมดไปกับอะไร จึงนัดกันจดบัญชีทุกวันแล้วนำมาเทียบกัน "
    "ทุกวันอาทิตย์ที่ศาลาวัด ผ่านไปสี่เดือนครัวเรือนที่เข้าร่วม ๔๐ ครัวเรือนเก็บออมได้เพิ่มเดือนละ ๕๐๐ บาท",
    "ข่าว/ภาพ : สพอ.ปัว",
    "",
])


def test_a_sites_name_opening_with_a_news_word_is_no_credit(tmp_path):
    got = read_text_record(tmp_path, SITE_NEWS)
    assert got["author"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอปัว"
    assert got["office"]["name"] == "สำนักงานพัฒนาชุมชนอำเภอปัว"


CENTRE_BOOK = "\n".join([
    "Scribd",
    "Upload  Read free for 30 days",
    "เรื่องเล่าชุมชน ศพช.ลำปาง",
    "Uploaded by ccd-lp",
    "เรื่องเล่าจากห้องเรียนชุมชน",
    "ศูนย์ศึกษาและพัฒนาชุมชนลำปาง",
    "หน้า 9",
    "ข้าวแต๋นที่ยังขายได้ทุกงานวัด",
    "เล่าโดย นางสมพิศ ใจมั่น ชาวบ้านทุ่งฝาย ตำบลทุ่งฝาย อำเภอเมืองลำปาง จังหวัดลำปาง",
    "ป้าทำข้าวแต๋นมาตั้งแต่สาว ลูกหลานไม่อยากทำเพราะเหนื่อย ป้าจึงชวนเพื่อนบ้านมาทำด้วยกันตามลำดับนี้",
    "1. แช่ข้าวเหนียวค้างคืนแล้วนึ่งให้สุก",
    "2. ปั้นเป็นแผ่นกลมแล้วตากแดดสองวัน",
    "ตอนนี้มีคนทำด้วยกัน 12 คน ขายได้เดือนละ 300 ห่อ",
    "หน้า 10",
    "",
])


def test_a_centres_story_book_names_the_centre_as_the_office(tmp_path):
    got = read_text_record(tmp_path, CENTRE_BOOK)
    assert got["author"]["family_name"] == "ใจมั่น"
    assert got["office"]["name"] == "ศูนย์ศึกษาและพัฒนาชุมชนลำปาง"


CATEGORY_ROW = "\n".join([
    "บันทึกองค์ความรู้รายบุคคล",
    "ชื่อเรื่อง\t:\tการรวมกลุ่มขายข้าวกล้องงอกผ่านร้านค้าชุมชน",
    "ชื่อเจ้าของความรู้\t:\tนายสุริยา พรมสุวรรณ",
    "ตำแหน่ง\t:\tนักวิชาการพัฒนาชุมชนชำนาญการ",
    "หน่วยงาน\t:\tสำนักงานพัฒนาชุมชนอำเภอวารินชำราบ จังหวัดอุบลราชธานี",
    "หมวด\t□ สร้างสรรค์ชุมชนพึ่งตนเองได้\t□ ส่งเสริมเศรษฐกิจฐานรากให้ขยายตัวอย่างสมดุล\t■ เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล",
    "วิธีการ/ขั้นตอน",
    "\t๑.\tชวนสมาชิกกลุ่มออมทรัพย์ลงหุ้นซื้อเครื่องอบข้าว",
    "\t๒.\tตั้งกรรมการตรวจบัญชีของกลุ่มทุกเดือน",
    "ผลที่ได้รับ\t:\tกลุ่มมีกำไรปันผลคืนสมาชิก ๑๒,๐๐๐ บาท",
    "",
])


def test_a_word_forms_category_row_gives_the_option_ticked(tmp_path):
    got = read_text_record(tmp_path, CATEGORY_ROW)
    assert got["category"] == "เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล"
