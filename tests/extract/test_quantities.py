from kmgraph.extract.quantities import find_quantities
from kmgraph.model import Text


def found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities([Text(text, 0, len(text))])]


def test_numbers_with_units_thai_and_arabic_digits():
    assert found("มีผู้รับประโยชน์ รวม 30,336 คน และ ๑๙๔ ครัวเรือน") == [(30336, "คน"), (194, "ครัวเรือน")]


def test_unit_before_the_number():
    assert found("คิดเป็นร้อยละ 81 ของเป้าหมาย") == [(81, "ร้อยละ")]
    assert found("ไม่น้อยกว่าร้อยละ ๗๐") == [(70, "ร้อยละ")]


def test_money_and_decimals():
    assert found("เงินทุน 1,250,000 บาท เพิ่มขึ้น 2.5 ล้านบาท") == [(1250000, "บาท"), (2.5, "ล้านบาท")]


def test_years_list_numbers_and_codes_are_not_counts():
    assert found("ประจำปี ๒๕๕๙ มีสมาชิก") == []
    assert found("พ.ศ. 2560 คน") == []
    assert found("๑. คนในชุมชน") == []
    assert found("หลักการทรงงาน ๒๓ ข้อ") == []


def test_phrase_and_span():
    text = "ฝึกอบรมอาชีพ อีกหมู่บ้านละ ๒๖ คน เพื่อสร้างรายได้"
    (quantity,) = find_quantities([Text(text, 10, 10 + len(text))])
    assert quantity.text == "อีกหมู่บ้านละ ๒๖ คน"
    assert text[quantity.start - 10:quantity.end - 10].endswith("๒๖ คน")


def test_a_count_after_an_age_in_years_is_a_count_not_a_year():
    assert found("ผู้ร่วมเวที 86 คน เป็นคนอายุไม่ถึง 35 ปี 31 คน") == [(86, "คน"), (35, "ปี"), (31, "คน")]
    assert found("ในปี 2563 คน") == []
