"""PDF reader on PDFs exported by LibreOffice with a Thai font (fonts-thai-tlwg)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from kmgraph.extract.record import extract
from kmgraph.extract.records import parse_record
from kmgraph.extract.segment import segment
from kmgraph.model import InputError
from kmgraph.readers import read_document
from kmgraph.thai import normalize
from tests.readers.conftest import BOOK_RECORDS, FOOTER, HEADER, LATE_MARK_LINES, SEED, THAI_PHRASE

RECORD_FIELDS = ("title", "author", "position", "office", "district", "province", "phone", "date", "category")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def field_values(record) -> dict[str, object]:
    return {name: getattr(getattr(record, name), "text", getattr(record, name)) for name in RECORD_FIELDS}


def test_every_seed_line_is_in_the_text_of_its_pdf(made):
    text = squeeze(read_document(made.seed_pdf).text)
    missing = [line for line in SEED.read_text(encoding="utf-8").splitlines() if squeeze(line) not in text]
    assert missing == []


def test_wrapped_paragraphs_come_back_as_one_line(made):
    lines = {" ".join(line.split()) for line in read_document(made.seed_pdf).text.splitlines()}
    seed_lines = [" ".join(line.split()) for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    long_lines = [line for line in seed_lines if len(line) > 200]
    assert long_lines and all(line in lines for line in long_lines)


def test_running_header_footer_and_page_numbers_are_removed(made):
    document = read_document(made.seed_pdf)
    with pdfium.PdfDocument(made.seed_pdf) as pdf:
        page_count = len(pdf)
        raw = "".join(page.get_textpage().get_text_range() for page in pdf)
    assert page_count >= 3 and raw.count(HEADER) == page_count  # the PDF does repeat them
    assert HEADER not in document.text and FOOTER not in document.text
    assert not re.search(r"^\s*[0-9๐-๙]+\s*$", document.text, re.M)


def test_km_book_keeps_the_title_each_record_opens_with(made):
    """One-page records all open with บันทึกองค์ความรู้: repeated at the top of every page, yet no header."""
    document = read_document(made.book_pdf)
    lines = document.text.splitlines()
    assert lines.count("บันทึกองค์ความรู้") == BOOK_RECORDS == len(document.pages)
    assert HEADER not in document.text and FOOTER not in document.text
    assert lines[:3] == ["บันทึกองค์ความรู้", "๑. ชื่อองค์ความรู้ การออมทรัพย์ เรื่องที่ 1",
                         "๒. ชื่อเจ้าของความรู้ นางสุภาพ รัตน์สุภาพงค์"]


def test_pages_are_char_ranges_of_the_text(made):
    document = read_document(made.seed_pdf)
    with pdfium.PdfDocument(made.seed_pdf) as pdf:
        assert [page.number for page in document.pages] == list(range(1, len(pdf) + 1))
    assert document.pages[0].start == 0 and document.pages[-1].end == len(document.text)
    assert all(a.end == b.start for a, b in zip(document.pages, document.pages[1:], strict=False))
    second = document.pages[1]
    assert document.page_at(second.start) == 2
    assert "ในการส่งเสริมการสร้างสมาชิกชุมชน" in document.text[second.start:second.end]


def test_record_fields_from_the_pdf_and_the_docx_match_the_text_record(made, tmp_path):
    """parse_record takes a path, so the reader's text is written to a .txt and parsed from there."""
    expected = field_values(parse_record(SEED))
    assert expected["title"] and expected["author"] and expected["office"]
    for made_file in (made.seed_pdf, made.seed_docx):
        text_file = tmp_path / f"{made_file.suffix[1:]}.txt"
        text_file.write_text(read_document(made_file).text, encoding="utf-8")
        assert field_values(parse_record(text_file)) == expected, made_file.name


@pytest.mark.parametrize("kind", ["seed_pdf", "seed_docx", "seed_odt"])
def test_document_feeds_the_record_pipeline_directly(made, kind):
    """How records.parse_record will use a reader: Document.to_source_text() in place of read_source()."""
    path = getattr(made, kind)
    source = read_document(path).to_source_text()
    clean, warnings = normalize(source)
    record = extract(source, clean, segment(clean), list(source.warnings) + warnings)
    expected = parse_record(SEED)
    assert field_values(record) == field_values(expected)
    assert [squeeze(step.text) for step in record.steps] == [squeeze(step.text) for step in expected.steps]
    assert record.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_word_form_exported_to_pdf_keeps_numbers_bullets_and_separate_lines(made):
    """LibreOffice draws Word's thaiNumbers list as 1., 1.1.; its bullet is a Symbol-font private-use glyph;
    PDFium splits a table row's cells into lines of their own, which stand on one baseline."""
    lines = [" ".join(line.split()) for line in read_document(made.forms_pdf).text.splitlines()]
    for expected in ("1. ศึกษาแนวทางการดำเนินโครงการ", "1.1. คัดเลือกปราชญ์ชุมชนให้เหมาะสม", "- การมีส่วนร่วม",
                     "ชื่อองค์ความรู้ เทคนิคการสร้างและพัฒนาผู้นำ", "ชื่อเจ้าของความรู้ นางสุภาพ รัตน์สุภาพงค์",
                     "ตำแหน่ง นักวิชาการพัฒนาชุมชนชำนาญการ", "ลำดับ ขั้นตอน ผู้รับผิดชอบ", "1 จัดเวทีประชุม พัฒนากร",
                     "2 ฝึกอาชีพ วิทยากร", "จบบันทึก"):
        assert expected in lines, (expected, lines)


def test_thai_font_private_use_glyphs_become_thai(made):
    with pdfium.PdfDocument(made.private_use_pdf) as pdf:
        assert "\uf710" in pdf[0].get_textpage().get_text_range()  # the PDF's text layer does hold them
    document = read_document(made.private_use_pdf)
    assert document.text.strip() == THAI_PHRASE
    assert any("private-use" in warning for warning in document.warnings)


def test_marks_the_text_layer_gives_late_are_put_back_after_their_letter(made):
    """LibreOffice's PDF lists the thanthakhat of ศักดิ์ after the next word's first letter, a later word or at the
    end of the line; where its glyph stands puts it back."""
    with pdfium.PdfDocument(made.late_marks_pdf) as pdf:
        raw = pdf[0].get_textpage().get_text_range()
    assert "ศักดิ ภ" in raw and "ศักดิ์" not in raw  # the text layer does hold them out of order
    document = read_document(made.late_marks_pdf)
    assert document.text.splitlines() == LATE_MARK_LINES
    assert any("out of order put back" in warning for warning in document.warnings)


def test_marks_in_their_place_are_left_alone(made):
    """The seed's PDF has marks after PDFium's made-up spaces (ยั ่งยืน) but none drawn over another letter."""
    document = read_document(made.seed_pdf)
    assert not any("out of order" in warning for warning in document.warnings)


def test_pdf_without_a_text_layer_is_refused(made):
    with pytest.raises(InputError) as error:
        read_document(made.scanned_pdf)
    assert error.value.problem == "no text layer (scanned?): OCR is not done"


def test_scanned_pages_among_text_pages_are_named_in_a_warning(made):
    document = read_document(made.mixed_pdf)
    assert document.text == "บันทึกองค์ความรู้\n"
    assert [page.number for page in document.pages] == [1, 2] and document.pages[1].start == document.pages[1].end
    assert document.warnings == ("no text layer on page 2 (scanned?): those pages are left out",)


def test_encrypted_pdf_is_refused(made):
    with pytest.raises(InputError) as error:
        read_document(made.encrypted_pdf)
    assert error.value.problem.startswith("encrypted PDF:")
    assert str(made.encrypted_pdf) in str(error.value)


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_corrupt_pdf_is_refused(made, tmp_path, damage):
    data = made.seed_pdf.read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 if damage == "garbage" else data[:400])
    with pytest.raises(InputError) as error:
        read_document(broken)
    assert error.value.problem.startswith("corrupt PDF"), error.value.problem


def test_pdf_found_by_its_content_whatever_its_name(made, tmp_path):
    renamed = tmp_path / "record.txt"
    renamed.write_bytes(Path(made.seed_pdf).read_bytes())
    assert read_document(renamed).text == read_document(made.seed_pdf).text
