"""DOCX reader on Word files made by python-docx and by LibreOffice."""

from __future__ import annotations

import pytest

from kmgraph.model import InputError
from kmgraph.readers import read_document
from tests.readers.conftest import FORMS_FOOTER, FORMS_HEADER, FORMS_LINES, HEADER, SEED


def test_word_form_reads_in_document_order_with_numbers_and_tables(made):
    document = read_document(made.forms_docx)
    assert document.text.splitlines() == FORMS_LINES
    assert document.media_type.endswith("wordprocessingml.document")
    assert document.sha256 and len(document.sha256) == 64
    assert document.pages == () and document.metadata["core:creator"] == "python-docx"


def test_headers_and_footers_are_left_out(made):
    text = read_document(made.forms_docx).text + read_document(made.seed_docx).text
    assert FORMS_HEADER not in text and FORMS_FOOTER not in text and HEADER not in text


def test_seed_typed_into_word_reads_back_line_for_line(made):
    assert read_document(made.seed_docx).text.splitlines() == SEED.read_text(encoding="utf-8").splitlines()


def test_docx_saved_by_libreoffice_keeps_its_list_numbers_and_table(made):
    lines = read_document(made.libreoffice_docx).text.splitlines()
    assert [line for line in lines if line.strip()] == [
        "บันทึกองค์ความรู้",
        "1. ศึกษาแนวทาง",
        "2. ประสานผู้นำ",
        "3. จัดเวทีประชุม",
        "- ข้อสังเกต",
        "ชื่อเจ้าของความรู้: นางสุภาพ รัตน์สุภาพงค์",
        "ตำแหน่ง: นักวิชาการพัฒนาชุมชน",
        "จบ",
    ]


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_docx_is_refused_with_the_problem(made, tmp_path, keep):
    data = made.forms_docx.read_bytes()
    broken = tmp_path / "broken.docx"
    broken.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(InputError) as error:
        read_document(broken)
    assert error.value.path == str(broken)
    assert error.value.problem.startswith("corrupt DOCX")
