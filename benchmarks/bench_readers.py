"""Time the document readers: PDF pages per second against pdfminer.six, and reading a record from PDF or DOCX
against the same record as .txt through the whole reader (read + repair + segment + extract), for one-record files
and per record inside a KM book of 60 generated records (benchmarks/make_corpus.py) in one DOCX and its PDF.
LibreOffice makes the files (a KM book: the seeds over and over, one record a section, with a running header and
page numbers).

Times are CPU seconds of this process (time.process_time), the best of several runs.

usage: PYTHONPATH=. python benchmarks/bench_readers.py [RECORDS]   (default 30 records in the book)
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docx.enum.text import WD_BREAK  # noqa: E402

from kmgraph.extract.records import parse_file, parse_record  # noqa: E402
from kmgraph.readers import read_document  # noqa: E402
from kmgraph.readers.plain import decode  # noqa: E402
from tests.readers import makers  # noqa: E402
from tests.readers.conftest import FOOTER, HEADER, SEED, write_seed_docx  # noqa: E402


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The shortest of `repeat` timings of `work`, in seconds of this process's CPU time (the machine may be
    shared: wall time would count the other processes' turns)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def write_book(path: Path, records: int) -> Path:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    document = makers.thai_document()
    makers.set_header_footer(document, HEADER, FOOTER)
    for index in range(records):
        for line in seeds[index % len(seeds)].read_text(encoding="utf-8").splitlines():
            document.add_paragraph(line)
        document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    document.save(path)
    return path


def seed_lines_found(text: str) -> float:
    """Share of the seeds' non-blank lines found in the text (whitespace ignored)."""
    squeezed = squeeze(text)
    lines = [squeeze(line) for seed in sorted((ROOT / "seeds").glob("*.txt"))
             for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sum(1 for line in lines if line in squeezed) / len(lines)


def main(records: int = 30) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice is not installed (bash .ci/install-system installs it)")
    import pypdfium2 as pdfium
    from pdfminer.high_level import extract_text

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book_docx = write_book(folder / "book.docx", records)
        seed_docx = write_seed_docx(folder / "seed.docx")
        book_pdf, seed_pdf = makers.soffice_convert(soffice, [book_docx, seed_docx], "pdf", folder, folder / "lo")
        with pdfium.PdfDocument(book_pdf) as pdf:
            pages = len(pdf)

        def pdfium_raw() -> str:
            with pdfium.PdfDocument(book_pdf) as pdf:
                return "".join(page.get_textpage().get_text_range() for page in pdf)

        extractors = [("kmgraph.readers.pdf (pypdfium2)", lambda: read_document(book_pdf).text),
                      ("pypdfium2 raw text, no clean-up", pdfium_raw),
                      ("pdfminer.six extract_text (anchor)", lambda: extract_text(str(book_pdf)))]
        try:
            import pdfplumber

            def plumber() -> str:
                with pdfplumber.open(book_pdf) as pdf:
                    return "\n".join(page.extract_text() or "" for page in pdf.pages)

            extractors.append(("pdfplumber extract_text", plumber))
        except ImportError:
            pass
        print(f"KM book: {records} records, {pages} pages, {book_pdf.stat().st_size:,} bytes (LibreOffice, Garuda)")
        print(f"{'PDF reader':38} {'seconds':>8} {'pages/s':>9} {'seed lines found':>17} {'(cid:…)':>8}")
        timings: dict[str, float] = {}
        for name, extract in extractors:
            seconds = best_of(3 if "pypdfium2" in name else 1, extract)
            text = extract()
            timings[name] = seconds
            print(f"{name:38} {seconds:8.3f} {pages / seconds:9.1f} {seed_lines_found(text):17.1%} "
                  f"{text.count('(cid:'):8d}")
        kmgraph_seconds, anchor = timings[extractors[0][0]], timings[extractors[2][0]]
        print(f"kmgraph reader is {anchor / kmgraph_seconds:.1f}x as fast as pdfminer.six")

        print()
        repeat = 20
        txt_read = best_of(repeat, lambda: read_document(SEED))
        parse = best_of(repeat, lambda: parse_record(SEED))
        print(f"one record ({SEED.name}); best of {repeat}")
        print(f"{'read as':10} {'ms':>8} {'x .txt':>8} {'x whole parse of .txt':>22}")
        for name, path in (("txt", SEED), ("docx", seed_docx), ("pdf", seed_pdf)):
            seconds = txt_read if name == "txt" else best_of(repeat, lambda path=path: read_document(path))
            print(f"{name:10} {seconds * 1000:8.2f} {seconds / txt_read:8.1f} {seconds / parse:22.2f}")
        print(f"(parse_record of the .txt, read + repair + segment + extract: {parse * 1000:.2f} ms)")
        print()
        whole_reader(folder, soffice, seed_docx, seed_pdf)


BOOK_RECORDS = 60


def whole_reader(folder: Path, soffice: str, seed_docx: Path, seed_pdf: Path) -> None:
    """The whole reader's cost (read + repair + segment + extract) per record, from PDF and DOCX against .txt: one
    record a file, and per record inside a KM book of BOOK_RECORDS generated records."""
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(2 * BOOK_RECORDS), "--seed", "7",
                    "-o", str(folder / "corpus")], check=True, capture_output=True)
    gold = json.loads((folder / "corpus" / "gold.json").read_text(encoding="utf-8"))
    # a KM book collects records written on the department's forms, not the corpus's web layouts (as
    # tests/readers/test_wiring.py makes it)
    in_book = sorted(rid for rid, layout in gold["layouts"].items() if not layout.startswith("wild-"))[:BOOK_RECORDS]
    texts = [folder / "corpus" / "records" / f"{rid}.txt" for rid in in_book]
    book_docx = makers.write_book_docx([decode(path.read_bytes()).text for path in texts], folder / "km_book.docx")
    (book_pdf,) = makers.soffice_convert(soffice, [book_docx], "pdf", folder / "book_pdf", folder / "lo")
    assert len(parse_file(book_pdf)) == len(parse_file(book_docx)) == BOOK_RECORDS

    def per_record(paths: list[Path]) -> float:
        return best_of(3, lambda: [parse_file(path) for path in paths]) / BOOK_RECORDS

    repeat = 10
    single = {kind: best_of(repeat, lambda path=path: parse_file(path))
              for kind, path in (("txt", SEED), ("docx", seed_docx), ("pdf", seed_pdf))}
    in_book = {"txt": per_record(texts), "docx": per_record([book_docx]), "pdf": per_record([book_pdf])}
    print(f"the whole reader (read + repair + segment + extract), ms per record; one-record files best of {repeat},"
          f" the {BOOK_RECORDS}-record book best of 3")
    print(f"{'read as':10} {'one file':>9} {'x .txt':>7} {'in a book':>10} {'x .txt':>7}")
    for kind in ("txt", "docx", "pdf"):
        print(f"{kind:10} {single[kind] * 1000:9.2f} {single[kind] / single['txt']:7.2f} "
              f"{in_book[kind] * 1000:10.2f} {in_book[kind] / in_book['txt']:7.2f}")
    print(f"(book: .txt = the {BOOK_RECORDS} generated records as files; docx = them in one Word file, "
          f"{book_docx.stat().st_size:,} bytes; pdf = its LibreOffice export, {book_pdf.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
