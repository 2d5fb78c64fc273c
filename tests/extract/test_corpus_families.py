"""benchmarks/make_corpus.py writes this session's wild families (issue #10, docs/wild-formats.md rounds 4-5) in their
layouts, reproducibly, with gold the reader is scored against."""

from __future__ import annotations

import codecs
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

NEW_FAMILIES = {"wild-storypage", "wild-news", "wild-kmtitle", "wild-portallist", "wild-twolinetitle", "wild-wordform"}
COUNT, SEED = 300, 7


def _generate(out: Path) -> Path:
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(COUNT), "--seed", str(SEED), "-o",
                    str(out)], check=True, capture_output=True, timeout=300)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _generate(tmp_path_factory.mktemp("corpus") / "c")


def _text(path: Path) -> str:
    """A generated record's text, whatever encoding and line ends it was written in, past the generator's typing
    damage: zero-width spaces and page numbers set between lines dropped, sara am (whole, split or printed as sara
    aa) folded to sara aa."""
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF16_LE):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp874")
    return re.sub(r"(?m)^- [๐-๙] -\n", "", _fold(text.replace("\r\n", "\n").replace("\u200b", "")))


def _fold(text: str) -> str:
    return text.replace("\u0e4d\u0e32", "\u0e32").replace("\u0e33", "\u0e32")


def _records(corpus: Path, family: str) -> list[tuple[dict, str]]:
    """Each record of a family: its gold (sara am folded as in the text) and its text."""
    gold = json.loads(_fold((corpus / "gold.json").read_text(encoding="utf-8")))
    records = [(gold["records"][rid], _text(corpus / "records" / f"{rid}.txt"))
               for rid, layout in gold["layouts"].items() if layout == family]
    assert records, f"no {family} record among {COUNT}"
    return records


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_new_family_is_drawn_and_the_earlier_ones_keep_their_share(corpus):
    layouts = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["layouts"].values()
    assert set(layouts) >= NEW_FAMILIES
    new = sum(layout in NEW_FAMILIES for layout in layouts) / COUNT
    old_wild = sum(layout.startswith("wild-") and layout not in NEW_FAMILIES for layout in layouts) / COUNT
    assert 0.06 < new < 0.2 and 0.22 < old_wild < 0.38, (new, old_wild)


def test_the_same_seed_writes_the_same_bytes(corpus, tmp_path):
    again = _generate(tmp_path / "again")
    for path in sorted((corpus / "records").glob("*.txt"))[:120]:
        assert (again / "records" / path.name).read_bytes() == path.read_bytes(), path.name
    assert (again / "gold.json").read_bytes() == (corpus / "gold.json").read_bytes()


def test_a_story_page_closes_with_the_writers_and_photographers_credits_between_its_running_heads(corpus):
    for gold, text in _records(corpus, "wild-storypage"):
        lines = text.splitlines()
        assert lines[0].rsplit(None, 1)[0] == lines[-1].rsplit(None, 1)[0]  # the running head, page after page
        assert lines[1] == gold["title"]
        writer = next(line for line in lines if line.startswith("เรื่อง : "))
        assert gold["author"]["given_name"] in writer and _squeezed(gold["position"]["title"]) in _squeezed(writer)
        assert lines[lines.index(writer) + 1].startswith("ภาพ : ")
        assert _squeezed(lines[lines.index(writer) + 2]).startswith(_squeezed(gold["office"]["name"]))


def test_a_news_post_has_no_blank_line_and_runs_the_name_into_post_and_office(corpus):
    for gold, text in _records(corpus, "wild-news"):
        assert "\n\n" not in text.strip()
        lines = text.splitlines()
        opening = next(line for line in lines if gold["author"]["given_name"] in line)
        assert _squeezed(gold["office"]["name"]) in _squeezed(opening)
        assert f"ข่าว/ภาพ : สพอ.{gold['district']}" in lines and re.fullmatch(r"อ่าน \d+ ครั้ง", lines[-1])
        assert gold["steps"] == [] and gold["date"]


def test_a_km_blog_title_line_carries_the_byline_over_thai_numbered_steps(corpus):
    for gold, text in _records(corpus, "wild-kmtitle"):
        line = next(line for line in text.splitlines() if line.startswith("KM : "))
        author = gold["author"]
        name = f"{author['honorific'] or ''}{author['given_name']} {author['family_name']}"
        assert line == f"KM : {gold['title']} โดย {name}"
        assert len(re.findall(r"^   ขั้นตอนที่ [๑-๙]", text, re.M)) == len(gold["steps"])
        assert gold["position"] is None and gold["office"] is None
        if gold["district"]:
            assert f"อาเภอ{gold['district']} จังหวัด{gold['province']}" in text


def test_a_portal_page_lists_its_steps_under_a_section_line_a_picture_and_a_one_line_byline(corpus):
    for gold, text in _records(corpus, "wild-portallist"):
        lines = text.splitlines()
        at = lines.index("[รูปภาพ]")
        assert lines[at - 1] == gold["category"] and lines[at + 1] == gold["title"]
        assert re.match(r"โดย : .+ ตาแหน่ง : .+ วันที่ : \d{4}-\d\d-\d\d-", lines[at + 2])
        assert len([line for line in lines if re.match(r"\d+\. ", line)]) == len(gold["steps"])


def test_a_two_line_title_sets_each_line_within_fifty_characters_over_the_owners_lines(corpus):
    for gold, text in _records(corpus, "wild-twolinetitle"):
        first, second, blank, name = text.splitlines()[:4]
        assert len(first) <= 50 and len(second) <= 50 and not blank
        assert f"{first} {second}" == gold["title"]
        assert name.endswith(f"{gold['author']['given_name']} {gold['author']['family_name']}")


def test_a_word_form_writes_tab_separated_rows_and_ticks_one_category_on_one_row(corpus):
    for gold, text in _records(corpus, "wild-wordform"):
        rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
        assert ["ชื่อองค์ความรู้", gold["title"]] in rows
        boxes = next(row for row in rows if any(cell.startswith("■") for cell in row))
        assert len(boxes) == 5 and sum(cell.startswith("□") for cell in boxes) == 3
        assert next(cell for cell in boxes if cell.startswith("■")) == "■ " + gold["category"]


def test_the_reader_meets_the_gold_of_the_generated_corpus(corpus, tmp_path):
    records = subprocess.run([sys.executable, "-m", "kmgraph.cli", "records", str(corpus / "records"), "--format",
                              "json"], capture_output=True, text=True, timeout=600)
    assert records.returncode == 0, records.stderr
    out = tmp_path / "out.json"
    out.write_text(records.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "score_records.py"), str(corpus / "gold.json"),
                             str(out)], capture_output=True, text=True, check=True)
    assert float(re.search(r"score: ([0-9.]+)", scored.stdout).group(1)) >= 0.98, scored.stdout[-2000:]
