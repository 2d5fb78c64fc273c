"""Owners round 18 (issue 10): a first-person pronoun glued before the teller's honorific, an office credited only
with a village group's news, a club whose name runs on over post-like words to its place."""

from pathlib import Path

import pytest

from kmgraph.extract.records import parse_file


def _record(text: str):
    return next(iter(parse_file(Path("page.txt"), text.encode("utf-8"))))


@pytest.mark.parametrize("pronoun", ["ข้าพเจ้า", "ดิฉัน"])
def test_a_pronoun_glued_before_the_honorific_is_no_part_of_the_name(pronoun):
    record = _record("\n".join([
        "การทบทวนแผนชุมชนด้วยข้อมูลครัวเรือน", "หน้าแรก  บทความ  องค์ความรู้", "วันพฤหัสบดีที่ 9 มีนาคม 2566",
        f"{pronoun}นางสาวอรพรรณ ศรีบุญเรือง ตำแหน่งนักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอพล "
        "จังหวัดขอนแก่น ได้รับผิดชอบตำบลโสกนกเต็น ได้ชวนผู้นำชุมชนทบทวนแผนชุมชนทุกปี เริ่มจากเก็บข้อมูลครัวเรือน "
        "แล้วนำมาวิเคราะห์ร่วมกันในเวทีประชาคมหมู่บ้าน", "1. ประสานผู้นำชุมชน", "2. จัดเวทีประชาคม", ""]))
    assert record.author.kind == "person"
    assert (record.author.honorific, record.author.given_name, record.author.family_name) == \
        ("นางสาว", "อรพรรณ", "ศรีบุญเรือง")
    assert (record.position.title, record.position.level) == ("นักวิชาการพัฒนาชุมชน", "ชำนาญการ")
    assert record.office.text == "สำนักงานพัฒนาชุมชนอำเภอพล"


def _group_news(credit: str) -> str:
    return "\n".join([
        "กลุ่มจักสานผักตบชวาบ้านดอนแก้ว อำเภอแม่ริม กับการเพิ่มมูลค่าวัชพืชในลำน้ำ", "โพสต์เมื่อ : 14 ก.พ. 2566",
        "กลุ่มจักสานผักตบชวาบ้านดอนแก้ว หมู่ที่ 4 ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ มีสมาชิก 31 คน "
        "รวมตัวกันเก็บผักตบชวาจากลำน้ำมาตากแห้งแล้วสานเป็นตะกร้าและกระเป๋า ขั้นตอนเริ่มจากคัดต้นที่ยาวพอ ตากแดดสามวัน "
        "รีดให้แบน แล้วจึงขึ้นโครงสานตามแบบ", credit, ""])


@pytest.mark.parametrize("credit", ["ข่าว/ภาพ : สพอ.แม่ริม", "ภาพ/ข่าว : สำนักงานพัฒนาชุมชนอำเภอแม่ริม"])
def test_an_office_credited_with_a_groups_news_does_not_own_it(credit):
    record = _record(_group_news(credit))
    assert (record.author.kind, record.author.name) == ("organization", "กลุ่มจักสานผักตบชวาบ้านดอนแก้ว")
    assert record.office is None
    assert (record.district.text, record.province.text) == ("แม่ริม", "เชียงใหม่")


@pytest.mark.parametrize("credit", ["จัดทำโดย สพอ.แม่ริม", "เรียบเรียงโดย : สำนักงานพัฒนาชุมชนอำเภอแม่ริม"])
def test_an_office_credited_as_the_maker_still_owns_a_groups_story(credit):
    record = _record(_group_news(credit))
    assert record.office.text == "สำนักงานพัฒนาชุมชนอำเภอแม่ริม"
    assert record.author.name == "สำนักงานพัฒนาชุมชนอำเภอแม่ริม"


def test_a_clubs_name_runs_on_over_post_words_to_its_place():
    record = _record("\n".join([
        "เรื่องเล่าจากชุมชน",
        "ชมรมผู้นำอาสาพัฒนาชุมชนอำเภอวังทอง จังหวัดพิษณุโลก รวมตัวกันเยี่ยมครัวเรือนยากจนทุกเดือน "
        "แจกเมล็ดพันธุ์ผักให้ปลูกกินเอง และชวนเด็กในหมู่บ้านมาช่วยรดน้ำแปลงผักรวม",
        "สมาชิกชมรมแบ่งกันดูแลหมู่บ้าน ติดตามผลและรายงานที่ประชุมชมรมทุกเดือน", ""]))
    assert (record.author.kind, record.author.name) == ("organization", "ชมรมผู้นำอาสาพัฒนาชุมชนอำเภอวังทอง")
    assert record.position is None
    assert (record.district.text, record.province.text) == ("วังทอง", "พิษณุโลก")
