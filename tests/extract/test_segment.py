import pytest

from kmgraph.extract.segment import is_noise, match_heading, one_edit_prefix, segment, within_one_edit
from kmgraph.model import SourceText
from kmgraph.thai import normalize
from tests.conftest import FIXTURES, seed


@pytest.mark.parametrize(
    "line, kind, value",
    [
        ("๑. ชื่อองค์ความรู้ เทคนิคการสร้างผู้นำ", "title", "เทคนิคการสร้างผู้นำ"),
        ("1. ชื่อองค์ความรู้ : เทคนิคการสร้างผู้นำ", "title", "เทคนิคการสร้างผู้นำ"),
        ("ชื่อองค์ความรู้: เทคนิค", "title", "เทคนิค"),
        ("๒.เจ้าขององค์ความรู้ นางสาวทัศนียา หนองคู", "author", "นางสาวทัศนียา หนองคู"),
        ("โดย : นายปรีชา ปวงคำ ตำแหน่ง : เจ้าหน้าที่", "author", "นายปรีชา ปวงคำ ตำแหน่ง : เจ้าหน้าที่"),
        ("๖.๓ ปัจจัยแห่งความสำเร็จ:", "success_factors", ""),
        ("ปัจจัยแห่งความสำเร็จ", "success_factors", ""),
        ("กระบวนการ/ขั้นตอน->", "steps", ""),
        ("วัตถุดิบ (ถ้ามี) ->", "materials", ""),
        ("รูปประกอบ -> image1 image2", "pictures", "image1 image2"),
        ("๔.๑กระบวนการ/วีธีการแก้ไขปัญหา", "steps", ""),  # typo วีธี, no space after the number
        ("เป็นการแก้ไขปัญหากเกี่ยวกับ", "problem_about", ""),  # one extra letter
        ("๔.๒ เทคนิคในการส่งเสริมสัมมาชีพชุมชน", "techniques", ""),
        ("3. องค์ความรู้ที่บ่งชี้ (หมวดที่ 1-4)", "category", ""),
        ("5. ขั้นตอนการดำเนินงาน", "steps", ""),
    ],
)
def test_headings_and_labels(line, kind, value):
    found = match_heading(line)
    assert found is not None and found.kind == kind and found.value == value
    if value:
        assert line[found.value_offset:].startswith(value)


@pytest.mark.parametrize(
    "line",
    [
        "๖. ทีมวิทยากรสมาชิกชุมชน และผู้ที่เกี่ยวข้องติดตามให้การสนับสนุน",  # a step, not a heading
        "เทคนิคการนำระบบมาตรฐานงานชุมชนมาขับเคลื่อนงานชมรมอาสาพัฒนาพัฒนาชุมชนอำเภอคลองขลุง",
        "โดยการไม่เบียดเบียนตนเอง",  # โดย needs a colon to be the author label
        "เทคนิคส่งเสริมสัมมาชีพ",  # เทคนิค alone opens a section only after a number
        "ขั้นตอนที่ ๑ ประชุมชี้แจง",
        "",
    ],
)
def test_lines_that_are_not_headings(line):
    assert match_heading(line) is None


def test_block_heading_must_be_short():
    assert match_heading("ข้อพึงระวัง " + "ก" * 80) is None


def test_within_one_edit():
    assert within_one_edit("วิธีการ", "วีธีการ")
    assert within_one_edit("abc", "abxc") and within_one_edit("abc", "ab")
    assert not within_one_edit("abc", "axyc")


def test_one_edit_prefix_answers_as_within_one_edit_does():
    """The label matcher's one pass over a key's common start gives what trying each length with within_one_edit
    gives, on every pair of short strings over a small alphabet (all the ways an edit can fall)."""
    import itertools

    words = ["".join(letters) for size in range(6) for letters in itertools.product("ab", repeat=size)]
    for text in words + ["abababab"]:
        for key in words:
            expected = next((size for size in (len(key), len(key) + 1, len(key) - 1)
                             if within_one_edit(text[:size], key)), None)
            assert one_edit_prefix(text, key) == expected, (text, key)


def test_one_edit_prefix_answers_as_within_one_edit_does_for_long_keys():
    """Keys long enough for a typo (8+ letters, where the matcher's quick rejection works): every text made from a
    key by up to two edits, cut anywhere, gets the answer of trying each length with within_one_edit."""
    import random

    rng = random.Random(7)
    for _ in range(20000):
        key = "".join(rng.choice("abc") for _ in range(rng.randint(8, 12)))
        letters = list(key + "".join(rng.choice("abc") for _ in range(rng.randint(0, 3))))
        for _ in range(rng.randint(0, 2)):
            at = rng.randrange(len(letters))
            edit = rng.choice(("substitute", "insert", "delete"))
            if edit == "substitute":
                letters[at] = rng.choice("abc")
            elif edit == "insert":
                letters.insert(at, rng.choice("abc"))
            else:
                del letters[at]
        text = "".join(letters)[:rng.randint(6, 16)]
        expected = next((size for size in (len(key), len(key) + 1, len(key) - 1)
                         if within_one_edit(text[:size], key)), None)
        assert one_edit_prefix(text, key) == expected, (text, key)

def test_noise_lines():
    assert is_noise("- ๒ -") and is_noise("12") and is_noise("image3") and is_noise("หน้า 4") and is_noise(".....")
    assert not is_noise("๑. ประชุม") and not is_noise("-")


def _segment(path):
    from kmgraph.readers.plain import read_source

    clean, _ = normalize(read_source(path))
    return segment(clean)


@pytest.mark.parametrize(
    "path, template",
    [
        (seed("000"), "numbered-form"),
        (seed("001"), "numbered-form"),
        (seed("002"), "portal-page"),
        (seed("003"), "numbered-form"),
        (seed("004"), "label-value-form"),
        (FIXTURES / "individual_form.txt", "individual-form"),
        (FIXTURES / "portal_page.txt", "portal-page"),
        (FIXTURES / "label_value_person.txt", "label-value-form"),
        (FIXTURES / "pdf_damaged.txt", "numbered-form"),
    ],
)
def test_template_detection(path, template):
    assert _segment(path).template == template


def test_portal_footer_is_cut():
    segmented = _segment(seed("002"))
    last = segmented.sections[-1]
    assert last.kind == "pictures"
    assert not any("Email" in line.text for s in segmented.sections for line in s.lines)


def test_mixture_of_templates_is_segmented():
    text = "บันทึกองค์ความรู้\n๑. ชื่อองค์ความรู้ ทดสอบ\nเนื้อเรื่อง\nเรื่องเล่า\nข้อพึงระวัง ->\nระวัง\n"
    clean, _ = normalize(SourceText(FIXTURES / "x.txt", text, "utf-8"))
    assert [s.kind for s in segment(clean).sections] == ["title", "story", "cautions"]


def test_a_form_name_opening_a_one_line_form_leaves_its_fields_to_be_read(tmp_path):
    """Regression: a flipbook's text gave the form's name and all its fields on one line ("แบบบันทึกองค์ความรู้
    ชื่อองค์ความรู้ : …"); the line was one header line, and title, author, office and province were all lost."""
    from kmgraph.extract.records import parse_record

    text = ("แบบบันทึกองค์ความรู้ ชื่อองค์ความรู้ : เทคนิคการรวมกลุ่มเลี้ยงไก่ไข่ ชื่อเจ้าของความรู้ : นางมาลี ทองคำ "
            "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอพล จังหวัดขอนแก่น "
            "ขั้นตอนการดำเนินงาน 1. ประชุมสมาชิก 2. ตั้งกองทุนอาหารไก่\n")
    path = tmp_path / "one_line_form.txt"
    path.write_text(text, encoding="utf-8")
    record = parse_record(path)
    assert record.title.text == "เทคนิคการรวมกลุ่มเลี้ยงไก่ไข่"
    assert (record.author.given_name, record.author.family_name) == ("มาลี", "ทองคำ")
    assert (record.district.text, record.province.text) == ("พล", "ขอนแก่น")
