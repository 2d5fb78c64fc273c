"""The readers wired into reading and the build, with files made by real tools: the seeds typed into Word forms
(python-docx, the header fields as a two-column table) and exported to PDF by LibreOffice score like the .txt; a
60-record KM book (benchmarks/make_corpus.py's records in one DOCX, exported to PDF) splits into its records; a
folder mixing .txt, .docx, .pdf and .html builds one graph; the same record from .txt, .docx and .pdf gives the same
triples apart from provenance."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from kmgraph.extract.records import parse_file, parse_record
from kmgraph.rdf.mapping import record_statements
from kmgraph.readers.plain import decode
from tests.readers import makers
from tests.servers import need

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds.json"
SCORE = ROOT / "benchmarks" / "score_records.py"
BOOK_RECORDS = 60
HEADER_FACTS = ("title", "author", "position", "position.level", "office", "district", "province", "phone", "date",
                "category")
@dataclass(frozen=True)
class Wired:
    folder: Path
    docx: Path  # the seeds as Word forms
    pdf: Path  # the same, exported by LibreOffice
    book_docx: Path
    book_pdf: Path
    book_gold: Path  # the generated records' gold, ids mapped to book#<n>
    gaps_pdf: Path  # paragraphs parted by empty ones, and one that is not


GAPS = ["บันทึกองค์ความรู้", "เทคนิคและแนวทางในการดำเนินงาน", "", "สร้างแรงจูงใจให้ครัวเรือนด้วยการยกย่องต้นแบบ", "",
        "ใช้ผู้นำชุมชนเป็นแกนหลักในการขับเคลื่อนงาน", "ติดตามอย่างต่อเนื่อง"]


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kmgraph.cli", *args], capture_output=True, text=True,
                          env=os.environ.copy(), cwd=cwd, timeout=600)


@pytest.fixture(scope="session")
def wired(tmp_path_factory) -> Wired:
    soffice = need("soffice")
    folder = tmp_path_factory.mktemp("wired")
    docx_dir, pdf_dir = folder / "docx", folder / "pdf"
    docx_dir.mkdir()
    seeds = [makers.write_record_docx(path.read_text(encoding="utf-8"), docx_dir / f"{path.stem}.docx")
             for path in sorted(SEEDS.glob("*.txt"))]
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(2 * BOOK_RECORDS), "--seed",
                    "7", "-o", str(folder / "corpus")], check=True, capture_output=True, timeout=300)
    gold = json.loads((folder / "corpus" / "gold.json").read_text(encoding="utf-8"))
    # a provincial KM book collects records written on the department's forms; the web layouts the corpus also
    # makes (blog pages, news stories) are not bound into books
    in_book = sorted(rid for rid, layout in gold["layouts"].items() if not layout.startswith("wild-"))[:BOOK_RECORDS]
    records = [folder / "corpus" / "records" / f"{rid}.txt" for rid in in_book]
    book_dir = folder / "book"
    book_dir.mkdir()
    book_docx = makers.write_book_docx([decode(path.read_bytes()).text for path in records], book_dir / "book.docx")
    gaps = makers.write_record_docx("\n".join(GAPS), folder / "gaps.docx", as_form=False)
    converted = makers.soffice_convert(soffice, [*seeds, gaps, book_docx], "pdf", pdf_dir, folder / "profile")
    gaps_pdf = folder / "gaps.pdf"
    converted[-2].rename(gaps_pdf)
    book_pdf = book_dir / "book.pdf"
    converted[-1].rename(book_pdf)
    gold["records"] = {f"book#{n}": gold["records"][rid] for n, rid in enumerate(in_book, 1)}
    book_gold = folder / "book_gold.json"
    book_gold.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return Wired(folder, docx_dir, pdf_dir, book_docx, book_pdf, book_gold, gaps_pdf)


def score(gold: Path, paths: list[Path], out: Path) -> dict[str, tuple[int, int]]:
    """`kmgraph records --format json` scored by benchmarks/score_records.py: each field's (right, checked), and
    "score" the whole."""
    result = _run("records", *map(str, paths), "--format", "json")
    assert result.returncode == 0, result.stderr
    out.write_text(result.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(SCORE), str(gold), str(out), "--verbose"], capture_output=True,
                            text=True, check=True, timeout=120).stdout
    tally = {}
    for line in scored.splitlines():
        name, _, rest = line.partition(" ")
        if rest.strip() and "/" in rest and not line.startswith(" "):
            counts = rest.split()[0] if name != "score:" else rest.split()[1].strip("()")
            right, checked = counts.split("/")
            tally[name.rstrip(":")] = (int(right), int(checked))
    return tally


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_the_seeds_as_word_forms_and_their_pdfs_score_1(wired, kind, tmp_path):
    folder = wired.docx if kind == "docx" else wired.pdf
    assert not list(folder.glob("*.txt"))
    tally = score(GOLD, [folder], tmp_path / "got.json")
    assert tally["score"][0] == tally["score"][1] == 97, tally


def test_a_folder_of_only_pdfs_builds_them_and_the_cache_takes_them(wired, tmp_path):
    first = _run("build", str(wired.pdf), "-o", str(tmp_path / "out"), "--workers", "1")
    assert first.returncode == 0, first.stderr
    assert "built 5 records, " in first.stdout
    again = _run("build", str(wired.pdf), "-o", str(tmp_path / "out"), "--workers", "1")
    assert "built 5 records (5 cached), " in again.stdout, again.stdout


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_60_record_km_book_splits_into_its_records_with_their_gold(wired, kind, tmp_path):
    book = wired.book_docx if kind == "docx" else wired.book_pdf
    tally = score(wired.book_gold, [book], tmp_path / "got.json")
    got = json.loads((tmp_path / "got.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in got] == [f"book#{n}" for n in range(1, BOOK_RECORDS + 1)]
    for fact in HEADER_FACTS:  # the three authors whose ดิ์ the PDF's text layer gives out of order included
        assert tally[fact] == (BOOK_RECORDS, BOOK_RECORDS), (fact, tally[fact])


def test_a_book_records_provenance_names_its_pages_and_span(wired):
    records = parse_file(wired.book_pdf)
    assert len(records) == BOOK_RECORDS
    spans = [r.document_span for r in records]
    assert all(a < b for a, b in spans) and all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))
    assert all(r.pages and list(r.pages) == sorted(r.pages) for r in records)
    assert records[0].pages[0] == 1 and records[-1].pages[-1] > records[0].pages[-1]
    assert {r.source for r in records} == {str(wired.book_pdf)}
    third = {re.split("[/#]", p)[-1]: o for s, p, o in record_statements(records[2]) if "/source/" in s}
    assert third["format"] == '"application/pdf"'
    assert third["beginOffset"].startswith(f'"{spans[2][0]}"') and third["endOffset"].startswith(f'"{spans[2][1]}"')
    with pytest.raises(Exception, match="holds 60 records"):
        parse_record(wired.book_pdf)


def test_a_plain_file_of_two_records_stays_one(tmp_path):
    both = tmp_path / "two.txt"
    both.write_text((SEEDS / "000_5796a825079509ea.txt").read_text(encoding="utf-8")
                    + (SEEDS / "003_c0a4d1a34ad12524.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert [r.id for r in parse_file(both)] == ["two"]


def _without_provenance(path: Path) -> set:
    """The record's statements less its provenance: the source node's and the character offsets of its spans."""
    return {s for s in record_statements(parse_record(path))
            if "/source/" not in s[0] and not s[1].endswith(("#beginIndex", "#endIndex"))}


def test_the_same_record_from_txt_docx_and_pdf_gives_the_same_triples(wired, tmp_path):
    stem = "000_5796a825079509ea"
    plain = tmp_path / f"{stem}.txt"
    shutil.copy(SEEDS / plain.name, plain)
    expected = _without_provenance(plain)
    assert len(expected) > 100
    for made in (wired.docx / f"{stem}.docx", wired.pdf / f"{stem}.pdf"):
        assert _without_provenance(made) == expected, made.name
    formats = {o for path in (plain, wired.pdf / f"{stem}.pdf")
               for s, p, o in record_statements(parse_record(path)) if p.endswith("/format")}
    assert formats == {'"text/plain"', '"application/pdf"'}


def test_a_mixed_folder_builds_one_graph_and_lists_what_it_skipped(wired, tmp_path):
    mixed = tmp_path / "mixed"
    (mixed / "sub").mkdir(parents=True)
    shutil.copy(SEEDS / "000_5796a825079509ea.txt", mixed)
    shutil.copy(wired.docx / "001_ed662b6015490e48.docx", mixed)
    shutil.copy(wired.pdf / "002_71cf02377128074f.pdf", mixed / "sub")
    lines = (SEEDS / "003_c0a4d1a34ad12524.txt").read_text(encoding="utf-8").splitlines()
    body = "".join(f"<p>{line}</p>" for line in lines if line.strip())
    (mixed / "003.html").write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>KM</title></head><body>'
                                    f'<nav><a href="/">หน้าแรก</a></nav><article>{body}</article></body></html>',
                                    encoding="utf-8")
    (mixed / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a record")
    result = _run("build", str(mixed), "-o", str(tmp_path / "out"), "--workers", "1", "--verbose")
    assert result.returncode == 0, result.stderr
    assert "built 4 records (1 files of other kinds skipped), " in result.stdout
    assert f"kmgraph: skipped (not a kind kmgraph reads): {mixed / 'photo.jpg'}" in result.stderr
    turtle = (tmp_path / "out" / "kmgraph.ttl").read_text(encoding="utf-8")
    for media_type in ("text/plain", "application/pdf", "text/html",
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"):
        assert f'dcterms:format "{media_type}"' in turtle, media_type
    quiet = _run("records", str(mixed))
    assert quiet.returncode == 0
    assert quiet.stderr.strip() == "kmgraph: 1 file(s) of other kinds skipped (list them with --verbose)"


def test_bad_documents_get_one_line_each_exit_2_and_the_others_are_read(made, wired, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    shutil.copy(wired.pdf / "000_5796a825079509ea.pdf", folder / "good.pdf")
    shutil.copy(made.scanned_pdf, folder / "scanned.pdf")
    shutil.copy(made.encrypted_pdf, folder / "encrypted.pdf")
    with zipfile.ZipFile(wired.docx / "001_ed662b6015490e48.docx") as archive:
        (folder / "corrupt.docx").write_bytes(archive.read("word/document.xml")[:500])  # no zip at all
    shutil.copy(wired.docx / "001_ed662b6015490e48.docx", folder / "cut.docx")
    (folder / "cut.docx").write_bytes((folder / "cut.docx").read_bytes()[:3000])  # a zip cut short
    result = _run("records", str(folder), "--format", "json")
    assert result.returncode == 2
    assert [r["id"] for r in json.loads(result.stdout)] == ["good"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4, errors
    for name in ("corrupt.docx", "cut.docx", "encrypted.pdf", "scanned.pdf"):
        assert sum(str(folder / name) in line for line in errors) == 1, (name, errors)
    assert any("no text layer (scanned?): OCR is not done" in line for line in errors)


def test_a_worker_pool_builds_books_and_files_with_a_bad_one_among_them(wired, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    for path in sorted(wired.pdf.glob("*.pdf")):
        shutil.copy(path, folder / f"pdf_{path.name}")
    shutil.copy(wired.book_docx, folder / "book.docx")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not a whole zip")
    out = tmp_path / "out"
    first = _run("build", str(folder), "-o", str(out), "--workers", "2")
    assert first.returncode == 2
    assert "built 70 records (1 skipped), " in first.stdout, first.stdout
    assert [line for line in first.stderr.splitlines() if "error" in line] == [
        line for line in first.stderr.splitlines() if str(folder / "broken.docx") in line]
    graphs = (out / "kmgraph.trig").read_text(encoding="utf-8")
    assert "graph/book%2360>" in graphs or "graph/book%2360 " in graphs
    again = _run("build", str(folder), "-o", str(out), "--workers", "2")
    assert "built 70 records (70 cached, 1 skipped), " in again.stdout, again.stdout


def test_an_empty_paragraph_in_a_pdf_is_read_as_a_blank_line(wired):
    """Unnumbered items parted by empty paragraphs stay apart (the text layer has no blank lines: their height
    shows them); lines at the usual distance are not parted."""
    from kmgraph.readers import read_document

    text = read_document(wired.gaps_pdf).text
    assert "\n".join(GAPS[1:]) + "\n" in text, text
