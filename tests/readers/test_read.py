import codecs
import ctypes
import json
import os
import subprocess
import sys

import pytest

from kmgraph.model import InputError
from kmgraph.readers.plain import MAX_RECORD_MB, decode, iter_record_files, read_source
from tests.conftest import seed

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
    for name in ("b/2.txt", "1.txt", "b/notes.pdf", "b/photo.jpg", "sheet.xlsx"):
        (tmp_path / name).write_text("x")
    skipped = []
    found = [p.relative_to(tmp_path).as_posix() for p in iter_record_files([tmp_path], skipped)]
    assert found == ["1.txt", "b/2.txt", "b/notes.pdf"]  # every kind the readers registry knows
    assert sorted(p.relative_to(tmp_path).as_posix() for p in skipped) == ["b/photo.jpg", "sheet.xlsx"]


# --- large, damaged and unusual input ---------------------------------------------------------------------------

CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, PR_CAPBSET_DROP = 1, 2, 24


def _without_root_file_access() -> None:
    """In the child before exec: drop the capabilities that let root read any file (tests run as root), so
    that permissions apply to it as to any user."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def records_cli(*paths, as_plain_user: bool = False) -> tuple[int, list[dict], list[str]]:
    """Run `kmgraph records --format json` in a real process: exit code, records, stderr lines."""
    done = subprocess.run([sys.executable, "-m", "kmgraph.cli", "records", *map(str, paths), "--format", "json"],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy(),
                          preexec_fn=_without_root_file_access if as_plain_user else None)
    return done.returncode, json.loads(done.stdout or "[]"), done.stderr.splitlines()


def test_a_file_over_the_size_limit_is_refused_from_its_size_before_reading(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(64 * 1024**3)  # 64 GB, sparse: reading it would never end (the timeout would fail this)
    just_over = tmp_path / "over.txt"
    just_over.write_bytes(b"x" * (MAX_RECORD_MB * 1024 * 1024 + 1))
    code, records, errors = records_cli(huge, just_over, seed("000"))
    assert code == 2
    assert [r["id"] for r in records] == [seed("000").stem]
    assert errors == [f"kmgraph: error: {huge}: file too large (65536.0 MB > {MAX_RECORD_MB} MB)",
                      f"kmgraph: error: {just_over}: file too large ({MAX_RECORD_MB}.0 MB > {MAX_RECORD_MB} MB)"]


def _seed_text(prefix: str) -> str:
    return seed(prefix).read_text(encoding="utf-8")


def test_utf8_with_its_last_character_cut_is_read_with_a_warning(tmp_path):
    text = _seed_text("000").rstrip(" -\n") + "\nจบ"
    cut = tmp_path / "cut.txt"
    cut.write_bytes(text.encode("utf-8")[:-1])  # จ is whole, บ has lost its last byte
    source = read_source(cut)
    assert source.encoding == "utf-8" and source.text.endswith("จ\ufffd\ufffd")
    assert any("ends in the middle of a UTF-8 character" in w for w in source.warnings)
    code, records, errors = records_cli(cut)
    assert code == 0 and errors == [] and records[0]["title"] == "เทคนิคการสร้างและพัฒนาผู้นำสมาชิก"


@pytest.mark.parametrize("bad", [b"\xff", b"\x00"], ids=["0xFF", "NUL"])
def test_one_invalid_byte_in_utf8_is_read_as_a_replacement_with_offsets_kept(tmp_path, bad):
    raw = seed("000").read_bytes()
    at = raw.index(b"\n", raw.index("บันทึกองค์ความรู้".encode()))
    path = tmp_path / "bad.txt"
    path.write_bytes(raw[:at] + bad + raw[at:])
    source = read_source(path)
    assert source.text == raw[:at].decode() + "\ufffd" + raw[at:].decode()
    assert any("read as U+FFFD (first on line 3)" in w for w in source.warnings)
    code, records, errors = records_cli(path)
    assert code == 0 and errors == []
    record, = records
    assert record["province"] == "ลำปาง" and record["author"]["name"] == "นางสุภาพ รัตน์สุภาพงค์"
    start, end = record["spans"]["province"]
    assert source.text[start:end] == "ลำปาง"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised_and_read(tmp_path, codec):
    path = tmp_path / "utf16.txt"
    path.write_bytes(_seed_text("001").encode(codec))
    source = read_source(path)
    assert source.text == _seed_text("001") and source.encoding == "utf-16"
    assert any("encoding guessed" in w for w in source.warnings)
    code, records, errors = records_cli(path, seed("001"))
    assert code == 0 and errors == []
    assert {k: v for k, v in records[0].items() if k not in ("id", "source", "encoding", "warnings")} == {
        k: v for k, v in records[1].items() if k not in ("id", "source", "encoding", "warnings")}


def test_utf8_and_tis620_are_not_taken_for_utf16():
    text = _seed_text("002")
    assert decode(text.encode("utf-8")).encoding == "utf-8"
    assert decode(text.encode("cp874", errors="replace")).encoding == "cp874"


def test_what_a_folder_walk_cannot_follow_gets_one_line_each_and_exit_2(tmp_path):
    folder = tmp_path / "records"
    (folder / "sub").mkdir(parents=True)
    (folder / "locked").mkdir()
    (folder / "a.txt").write_bytes(seed("000").read_bytes())
    (folder / "sub" / "b.txt").write_bytes(seed("001").read_bytes())
    (folder / "locked" / "c.txt").write_bytes(seed("002").read_bytes())
    (folder / "locked").chmod(0)
    (folder / "dangling.txt").symlink_to("missing.txt")
    (folder / "loop1.txt").symlink_to("loop2.txt")
    (folder / "loop2.txt").symlink_to("loop1.txt")
    (folder / "sub" / "up").symlink_to("..")
    (folder / "notes.xlsx").symlink_to("missing.xlsx")  # not a kind kmgraph reads: skipped, not an error
    try:
        code, records, errors = records_cli(folder, as_plain_user=True)
    finally:
        (folder / "locked").chmod(0o755)
    assert code == 2
    assert [r["source"] for r in records] == [str(folder / "a.txt"), str(folder / "sub" / "b.txt")]
    assert errors == [
        f"kmgraph: error: {folder / 'dangling.txt'}: dangling symbolic link (its target missing.txt does not exist)",
        f"kmgraph: error: {folder / 'locked'}: cannot read folder (Permission denied)",
        f"kmgraph: error: {folder / 'loop1.txt'}: symbolic link loop (it points to loop2.txt, which leads back to it)",
        f"kmgraph: error: {folder / 'loop2.txt'}: symbolic link loop (it points to loop1.txt, which leads back to it)",
        f"kmgraph: error: {folder / 'sub' / 'up'}: symbolic link loop (it points back to {folder}, a folder it is in)",
        "kmgraph: 1 file(s) of other kinds skipped (list them with --verbose)",
    ]


def test_a_linked_folder_outside_is_read_and_one_inside_is_not_read_twice(tmp_path):
    outside, folder = tmp_path / "outside", tmp_path / "records"
    outside.mkdir()
    (folder / "sub").mkdir(parents=True)
    (outside / "d.txt").write_bytes(seed("003").read_bytes())
    (folder / "sub" / "b.txt").write_bytes(seed("001").read_bytes())
    (folder / "out").symlink_to(outside)
    (folder / "again").symlink_to("sub")
    found = [p.relative_to(folder).as_posix() for p in iter_record_files([folder])]
    assert found == ["out/d.txt", "sub/b.txt"]
