"""Pages whose Thai cannot be read back (every Thai letter collapsed to one glyph; UTF-8 shown through CP874 with
two letters in five lost) are not Thai text: refused with one line naming the file, exit 2, the other files read."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kmgraph.errors import InputError
from kmgraph.readers import read_document

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
CHROME = "Home | About | KM | Contact\nPosted by admin on April 10, 2012\n"


def collapsed(text: str, glyph: str) -> str:
    """The text with every Thai character shown as one glyph, as a site whose database had no Thai served it."""
    return re.sub("[\u0e01-\u0e5b]", glyph, text)


def run_records(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kmgraph.cli", "records", *map(str, paths), "--format", "json"],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=300)


@pytest.mark.parametrize("glyph", ["\u0e01", "\u00c3"])  # ก; Ã, which TIS-620-as-Latin-1 would read as ร
def test_a_page_whose_thai_letters_are_one_glyph_is_refused_and_the_others_read(tmp_path, glyph):
    bad = tmp_path / "collapsed.txt"
    bad.write_text(CHROME + collapsed(SEEDS[0].read_text(encoding="utf-8"), glyph), encoding="utf-8")
    good = [tmp_path / seed.name for seed in SEEDS[:3]]
    for seed, copy in zip(SEEDS, good, strict=False):
        copy.write_bytes(seed.read_bytes())
    result = run_records(good[0], bad, *good[1:])
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "one glyph" in lines[0], result.stderr
    assert [record["id"] for record in json.loads(result.stdout)] == [path.stem for path in good]


def test_a_saved_web_page_collapsed_to_one_glyph_is_refused(tmp_path):
    body = "".join(f"<p>{collapsed(line, 'ก')}</p>" for line in SEEDS[1].read_text(encoding="utf-8").splitlines())
    page = tmp_path / "collapsed.html"
    page.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>",
                    encoding="utf-8")
    with pytest.raises(InputError, match="one glyph 'ก'"):
        read_document(page)


@pytest.mark.parametrize("errors", ["replace", "ignore"])
def test_utf8_through_cp874_that_lost_too_much_is_refused(tmp_path, errors):
    page = tmp_path / "cp874.txt"
    page.write_text(SEEDS[0].read_text(encoding="utf-8").encode("utf-8").decode("cp874", errors=errors),
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"UTF-8 shown as TIS-620/CP874\) lost a byte of \d+ of its \d+ letters"):
        read_document(page)


@pytest.mark.parametrize("text", [
    "กกก ขอบคุณ",  # too few letters to judge
    "ป้าย กกกก ของ ชุมชน บ้านหนองกก ตำบลกกกอก " * 3,  # a letter met often, but not one glyph
    "Posted by admin\n" + "เธอเน้นเนื้อหา เธอเล่าเรื่องเน่า ๆ " * 5,  # Thai with เธ and เน, no CP874 mojibake
])
def test_thai_text_is_not_refused(tmp_path, text):
    page = tmp_path / "thai.txt"
    page.write_text(text, encoding="utf-8")
    assert read_document(page).text == text
