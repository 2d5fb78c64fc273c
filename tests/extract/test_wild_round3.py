"""Records in the wild, round 3 (issue #10): the header facts and sections the first held-out set showed missed, each
in a fixture of its own in tests/fixtures/wild-new (see its FAMILIES.md), and the general rule behind each."""

from __future__ import annotations

import pytest

from kmgraph.exports.records import record_to_dict
from kmgraph.extract.records import parse_record
from tests.extract.test_wild import fact_ok
from tests.extract.test_wild_new import WILD_NEW, gold, list_ok, quantity_ok, read

HEADER_FACTS = ("title", "author", "position", "position.level", "office", "district", "province", "phone", "date")


def form(tmp_path, text: str) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return record_to_dict(parse_record(path))


def fixture_text(name: str) -> str:
    return (WILD_NEW / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["flipquote_1", "postedon_1", "newsbyline_1", "levelline_1", "titlelabel_1"])
@pytest.mark.parametrize("fact", HEADER_FACTS)
def test_every_header_fact_of_the_round_3_fixtures(name, fact):
    assert fact_ok(fact, gold()[name], read(name)), (fact, read(name).get(fact.split(".")[0]))


def test_a_quoted_title_above_a_wrapped_paragraph_is_the_title_not_a_line_of_the_paragraph():
    got = read("flipquote_1")
    assert got["title"] == "การฟื้นฟูกลุ่มทอผ้าด้วยการวางแผนการผลิตร่วมกัน"
    assert got["found_by"]["title"] == "guessed"


def test_a_credit_block_under_two_labels_joined_by_a_slash_names_the_author_and_ends_the_list_above():
    got = read("flipquote_1")
    assert got["author"]["name"] == "นายธนากร ศรีสุข" and got["found_by"]["author"] == "label"
    assert list_ok("flipquote_1", "outcomes") and not any("ผู้เขียน" in item for item in got["outcomes"])


def test_a_flipbook_page_marker_is_no_part_of_a_step():
    assert not any("P. 13" in step for step in read("flipquote_1")["steps"]), read("flipquote_1")["steps"]


def test_the_story_told_above_a_form_is_read_for_counts_and_principles():
    assert quantity_ok("flipquote_1", 22, "คน")
    assert quantity_ok("postedon_1", 20000, "บาท")
    assert "ปรัชญาของเศรษฐกิจพอเพียง" in read("postedon_1")["principles"]


def test_the_line_a_breadcrumb_ends_with_is_the_title():
    assert read("postedon_1")["title"] == gold()["postedon_1"]["title"]


def test_without_a_breadcrumb_the_title_opens_with_a_title_word_and_a_generic_heading_below_it_does_not(tmp_path):
    text = fixture_text("postedon_1").replace("Home » การตั้งธนาคาร", "Home » หน้าบทความ การตั้งธนาคาร")
    assert form(tmp_path, text)["title"] == gold()["postedon_1"]["title"]


def test_a_posted_on_date_is_the_posts_even_numeric_and_an_upload_stamp_is_not(tmp_path):
    assert read("postedon_1")["date"] == "2021-03-09"
    stamped = form(tmp_path, fixture_text("postedon_1").replace("Posted on", "อัปโหลดเมื่อ"))
    assert stamped["date"] is None


def test_a_heading_word_with_a_few_words_of_its_own_opens_its_section():
    assert list_ok("postedon_1", "steps"), read("postedon_1")["steps"]  # ขั้นตอนที่ทำ, a list below it
    assert list_ok("levelline_1", "techniques"), read("levelline_1")["techniques"]  # เทคนิคที่ใช้ : …


def test_a_heading_word_with_words_of_its_own_and_no_list_below_is_prose_unless_it_heads_so_alone(tmp_path):
    text = ("ชื่อองค์ความรู้ : การออมทรัพย์\nขั้นตอน\n1. ชวนสมาชิกออม\n2. สรุปยอดทุกเดือน\n"
            "ขั้นตอนต่อไป\nกลุ่มจะขยายผลไปยังหมู่บ้านข้างเคียง\nข้อควรระวังอื่น\nสมาชิกบางคนลืมนำเงินมาฝาก\n")
    got = form(tmp_path, text)
    assert [step[:6] for step in got["steps"]] == ["ชวนสมา", "สรุปยอ"], got["steps"]
    assert got["cautions"] == ["สมาชิกบางคนลืมนำเงินมาฝาก"]  # ข้อควรระวัง heads a section with words after it


def test_a_news_byline_name_starts_at_its_honorific_after_the_writer_word():
    author = read("newsbyline_1")["author"]
    assert (author["honorific"], author["given_name"], author["family_name"]) == ("นางสาว", "ปวีณา", "คำแสน")


def test_a_bulleted_list_in_the_story_above_the_sections_is_the_steps():
    assert list_ok("newsbyline_1", "steps"), read("newsbyline_1")["steps"]


def test_a_level_on_its_own_labelled_line_under_the_post():
    assert read("levelline_1")["position"] == {"title": "เจ้าพนักงานพัฒนาชุมชน", "level": "ชำนาญงาน"}


def test_an_endorser_and_a_results_label_end_the_list_above_them():
    got = read("levelline_1")
    assert list_ok("levelline_1", "success_factors") and list_ok("levelline_1", "outcomes"), got
    assert not any("ผู้รับรอง" in item or "ผลสัมฤทธิ์" in item for item in got["success_factors"])
    assert got["author"]["given_name"] == "กาญจนา"  # the endorser is not the author


def test_a_label_word_ending_the_title_with_no_value_of_its_own_stays_in_the_title():
    assert read("titlelabel_1")["title"].endswith("ทางโทรศัพท์มือถือ")


def test_sections_said_in_prose_with_คือ_are_items_and_the_prose_after_them_is_not():
    got = read("statedprose_1")
    for kind in ("cautions", "success_factors", "outcomes"):  # at a line's start, and inside a sentence
        assert list_ok("statedprose_1", kind), (kind, got[kind])
    assert not any("ผู้ใหญ่บ้าน" in item for item in got["cautions"])  # the next line is the story's


def test_a_label_said_in_prose_before_any_section_leaves_the_page_a_narrative(tmp_path):
    got = form(tmp_path, "การออมทรัพย์ของกลุ่มแม่บ้าน\n\nกลุ่มแม่บ้านออมเงินทุกเดือนมาสามปีแล้ว\n"
                         "ปัจจัยแห่งความสำเร็จคือ สมาชิกไว้ใจกัน\nผลที่ได้รับ สมาชิกมีเงินออมเพิ่มขึ้น\n")
    assert got["success_factors"] == ["สมาชิกไว้ใจกัน"] and got["outcomes"] == ["สมาชิกมีเงินออมเพิ่มขึ้น"]


def test_a_party_is_a_unit_counted():
    assert quantity_ok("statedprose_1", 14, "คณะ")
