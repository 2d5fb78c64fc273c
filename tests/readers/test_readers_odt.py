"""ODT reader on documents LibreOffice saved as OpenDocument text."""

from __future__ import annotations

import pytest

from kmgraph.model import InputError
from kmgraph.readers import read_document
from tests.readers.conftest import FORMS_FOOTER, FORMS_HEADER, FORMS_LINES, SEED


def test_seed_saved_as_odt_reads_back_line_for_line(made):
    assert read_document(made.seed_odt).text.splitlines() == SEED.read_text(encoding="utf-8").splitlines()


def test_word_form_saved_as_odt_keeps_numbers_tables_and_order(made):
    """LibreOffice imports Word's thaiNumbers lists as Arabic numbers, so those lines read 1., 1.1., …"""
    arabic = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
    expected = [line.translate(arabic) if line[:1] in "๑๒" else line for line in FORMS_LINES]
    document = read_document(made.forms_odt)
    assert document.text.splitlines() == expected
    assert FORMS_HEADER not in document.text and FORMS_FOOTER not in document.text
    assert document.media_type == "application/vnd.oasis.opendocument.text"


def test_truncated_odt_is_refused(made, tmp_path):
    broken = tmp_path / "broken.odt"
    broken.write_bytes(made.forms_odt.read_bytes()[:600])
    with pytest.raises(InputError) as error:
        read_document(broken)
    assert error.value.problem.startswith("corrupt ODT")
