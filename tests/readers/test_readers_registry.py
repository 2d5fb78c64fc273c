"""The reader registry: kinds found by content before suffix, plain text through kmgraph.read, new kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from kmgraph.model import InputError
from kmgraph.read import read_source
from kmgraph.readers import Document, read_document, reader_for, register, registered
from kmgraph.readers import registry as registry_module
from tests.readers.conftest import SEED


def test_text_record_reads_as_kmgraph_read_does(tmp_path):
    document = read_document(SEED)
    source = read_source(SEED)
    assert (document.text, document.encoding, document.sha256) == (source.text, source.encoding, source.sha256)
    assert document.to_source_text() == source
    assert document.media_type == "text/plain" and document.pages == ()


def test_tis620_text_keeps_the_encoding_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("cp874"))
    document = read_document(path)
    assert document.encoding == "cp874" and document.text == SEED.read_text(encoding="utf-8")
    assert document.warnings == read_source(path).warnings != ()


@pytest.mark.parametrize("made_name, disguise, kind", [
    ("seed_pdf", "record.txt", "pdf"),
    ("forms_docx", "record.bin", "docx"),
    ("forms_docx", "record.pdf", "docx"),
])
def test_kind_is_found_by_content_whatever_the_suffix(made, tmp_path, made_name, disguise, kind):
    original: Path = getattr(made, made_name)
    renamed = tmp_path / disguise
    renamed.write_bytes(original.read_bytes())
    assert reader_for(renamed, renamed.read_bytes()[:2048]).kind == kind
    assert read_document(renamed).text == read_document(original).text


def test_html_without_an_html_suffix_is_found_by_its_doctype(tmp_path):
    path = tmp_path / "saved-page"
    path.write_text("\ufeff  <!DOCTYPE html><html><body><main><p>บันทึกองค์ความรู้</p></main></body></html>",
                    encoding="utf-8")
    assert reader_for(path, path.read_bytes()).kind == "html"
    assert read_document(path).text == "บันทึกองค์ความรู้\n"


def test_binary_file_of_no_known_kind_is_refused_by_the_text_reader(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert "binary" in error.value.problem


@pytest.mark.parametrize("name, problem", [("missing.docx", "no such file"), ("empty.pdf", "empty file")])
def test_unreadable_files_name_the_problem(tmp_path, name, problem):
    if name.startswith("empty"):
        (tmp_path / name).write_bytes(b"  \n")
    with pytest.raises(InputError) as error:
        read_document(tmp_path / name)
    assert error.value.problem == problem and error.value.path == str(tmp_path / name)


def test_a_new_kind_can_be_registered_by_sniffer_and_suffix(tmp_path, monkeypatch):
    monkeypatch.setattr(registry_module, "_entries", dict(registry_module._entries))

    def read_rtf(path: Path, data: bytes) -> Document:
        return Document(path, "application/rtf", data.decode("ascii").split("}", 1)[1])

    register("rtf", read_rtf, [".RTF"], lambda path, head: head.startswith(b"{\\rtf"))
    by_content, by_suffix = tmp_path / "a.dat", tmp_path / "b.rtf"
    by_content.write_bytes(b"{\\rtf1}hello")
    by_suffix.write_bytes(b"x}plain")
    assert read_document(by_content).media_type == "application/rtf"
    assert read_document(by_suffix).text == "plain"
    assert "rtf" in [entry.kind for entry in registered()]


def test_builtin_kinds_are_loaded_only_when_used():
    pdf = next(entry for entry in registered() if entry.kind == "pdf")
    assert isinstance(pdf.reader, str) and pdf.load().__name__ == "read_pdf"
