import pytest

from kmgraph.extract.link import find_mentions, kind_of, link_category, vocabulary
from kmgraph.model import Text


def labels(text: str, kind: str = "principle") -> list[str]:
    mentions = find_mentions([Text(text, 0, len(text))])
    return sorted({m.label for m in mentions if kind_of(m) == kind})


def test_vocabulary_comes_from_the_ontology():
    vocab = vocabulary()
    rwp = [c for c in vocab.concepts.values() if any(x.endswith("scheme-rwp") for x in c.schemes)]
    assert len(rwp) == 24  # the set as a whole and its 23 principles (19 is the SEP, 10 participation)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ตามหลักปรัชญาของเศรษฐกิจพอเพียง", ["ปรัชญาของเศรษฐกิจพอเพียง"]),
        ("ยึดหลักของปรัชญาเศรษฐกิจพอเพียง", ["ปรัชญาของเศรษฐกิจพอเพียง"]),
        ("เศรษฐกิจพอ เพียง", ["ปรัชญาของเศรษฐกิจพอเพียง"]),  # a space inside the words
        ("น้อมนำหลักการทรงงาน ๒๓ ข้อ", ["หลักการทรงงาน"]),
        ("ทำงานแบบมีส่วนร่วม", ["การมีส่วนร่วม"]),
        ("การพัฒนาแบบองค์รวม", ["องค์รวม"]),
        ("ระเบิดจากข้างใน", ["ระเบิดจากข้างใน"]),
        ("โดยน้อมนำ๕กมาใช้ในการดำเนินงาน", ["หลัก 5 ก"]),  # ๕ก runs into the next word, which กมา is not
    ],
)
def test_principles_and_their_variants(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ต้องเริ่มจากคนข้างใน",  # not ระเบิดจากข้างใน
        "รับฟังความคิดเห็นของส่วนรวม",  # not ประโยชน์ส่วนรวม
        "ด้านกองทุนแม่ของแผ่นดิน และกิจกรรมของกลุ่ม",  # 5ก parts without 5ก
        "ร้อยละ ๕ กลุ่ม",  # ๕ ก as the start of a word is not 5ก
        "สร้างความรู้ความเข้าใจ",  # not the knowledge condition
    ],
)
def test_words_that_merely_look_alike_are_not_linked(text):
    assert labels(text) == []


def test_five_k_parts_are_linked_only_with_five_k():
    found = labels("ยึดหลัก ๕ ก ดังนี้ ก๑ : กลุ่ม/สมาชิก ก๔ : กองทุน")
    assert found == ["กลุ่ม/สมาชิก", "กองทุน", "หลัก 5 ก"]


def test_participation_steps_count_as_participation():
    assert labels("โดยเริ่มตั้งแต่ ร่วมคิด ร่วมตัดสินใจ") == ["การมีส่วนร่วม"]


def test_longest_label_wins_programme_over_principle():
    assert labels("หมู่บ้านเศรษฐกิจพอเพียง 18 อำเภอ") == []
    assert labels("หมู่บ้านเศรษฐกิจพอเพียง", "programme") == ["หมู่บ้านเศรษฐกิจพอเพียง"]


def test_categories_tolerate_typos():
    typo = Text("องค์ความรู้หมวดเทคนิคการพัฒนาอาชีพครัวเรือนตามแนวทางสมาชิก", 0, 60)
    right = Text("องค์ความรู้หมวดเทคนิคการพัฒนาอาชีพครัวเรือนตามแนวทางสัมมาชีพ", 0, 60)
    assert link_category(typo).iri == link_category(right).iri
    assert link_category(Text("หมวดที่ ๓ เสริมสร้างทุนชุมชนให้มีธรรมาภิบาล", 0, 40)).iri.endswith("category-3")
    assert link_category(Text("เรื่องอื่นที่ไม่ใช่หมวด", 0, 20)) is None
