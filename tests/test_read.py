import codecs

import pytest

from kmgraph.model import InputError
from kmgraph.read import decode, iter_record_files, read_source

THAI = "๑. ชื่อองค์ความรู้ เทคนิคการทำงาน\r\nตำแหน่ง นักวิชาการพัฒนาชุมชน\r\n"


def test_utf8_without_bom():
    source = decode(THAI.encode("utf-8"))
    assert source.text == THAI and source.encoding == "utf-8" and source.warnings == ()


def test_utf8_with_bom_drops_the_bom():
    source = decode(codecs.BOM_UTF8 + THAI.encode("utf-8"))
    assert source.text == THAI and source.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    source = decode(bom + THAI.encode(codec))
    assert source.text == THAI and source.encoding == "utf-16"


def test_tis620_is_guessed_and_said_in_warnings():
    source = decode(THAI.encode("cp874"))
    assert source.text == THAI
    assert source.encoding == "cp874"
    assert any("guessed" in w for w in source.warnings)


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"", "empty file"),
        (b"  \n\r\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(128, 256)) * 4, "binary or unknown encoding"),
    ],
)
def test_bad_bytes_name_the_problem(data, problem):
    with pytest.raises(InputError) as info:
        decode(data, "x.txt")
    assert problem in str(info.value) and "x.txt" in str(info.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path)


def test_folders_are_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.txt", "b/notes.pdf"):
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_record_files([tmp_path])]
    assert found == ["1.txt", "b/2.txt"]
