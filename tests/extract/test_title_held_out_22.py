"""Flipbook pages: the host's page title (NAME - Flipbook by pubhtml5) is chrome, and a series' name right over its
volume line (… / เล่มที่ ๓) is the book's, not the story's title (regressions: each was read as the title)."""

from tests.conftest import read_text_record

STORY = "\n".join([
    "ตอนที่ข้าพเจ้ามาประจำตำบลใหม่ ๆ ชาวสวนยางหลายคนบอกว่าไม่รู้ว่ากำไรเท่าไร ข้าพเจ้าจึงชวนให้จดรายรับรายจ่ายทุกวัน",
    "เมื่อครบเดือนเรานั่งรวมตัวเลขด้วยกันที่ศาลาหมู่บ้าน", "",
    "เรื่อง/ภาพ : นายธนากร ใจซื่อ", "นักวิชาการพัฒนาชุมชนปฏิบัติการ สพอ.แกลง", ""])


def test_a_flipbook_hosts_page_title_is_chrome(tmp_path):
    page = "\n".join(["เรื่องเล่าพัฒนากรฝั่งทะเลตะวันออก - Flipbook by pubhtml5", "Home Explore",
                      "Published by rayong-km, 2022-07-04 11:26:53", "Read the Text Version", "Pages: 11 - 20", "",
                      "11", "ชวนชาวสวนยางทำบัญชีต้นทุนการผลิต", STORY])
    assert read_text_record(tmp_path, page)["title"] == "ชวนชาวสวนยางทำบัญชีต้นทุนการผลิต"


def test_a_series_name_over_its_volume_line_is_not_the_title(tmp_path):
    page = "\n".join(["AnyFlip", "Explore  Upload", "เรื่องเล่าชุมชนเข้มแข็ง ศพช.ชลบุรี",
                      "Published by cdd-chonburi, 2022-08-30 14:02:11", "View in Fullscreen", "",
                      "เรื่องเล่าชุมชนเข้มแข็ง", "เล่มที่ ๓", "", "ตลาดนัดชุมชนที่เริ่มจากลานวัด", "", STORY])
    assert read_text_record(tmp_path, page)["title"] == "ตลาดนัดชุมชนที่เริ่มจากลานวัด"


def test_a_title_with_no_series_or_volume_line_stays_the_title(tmp_path):
    page = "\n".join(["AnyFlip", "ตลาดนัดชุมชนที่เริ่มจากลานวัด", "", STORY])
    assert read_text_record(tmp_path, page)["title"] == "ตลาดนัดชุมชนที่เริ่มจากลานวัด"
