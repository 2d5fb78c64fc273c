"""Every value's source span names the characters the value was read from (issue #12, item 11).

The record JSON gives, for each value, [start, end) offsets in the decoded source file before any repair.
The rule checked for EVERY span of EVERY value of the seeds and of a generated corpus:

1. The span is tight: a non-empty slice of the source that neither starts nor ends with whitespace.
2. The slice's lines are read as the reader reads a section's lines: lines that are not the record's words
   (page numbers, picture placeholders: kmgraph.extract.segment.is_noise) are dropped, and so is the bullet that
   starts a continuation line of a list item (an item's sub-points keep their letters and numbers, not their
   bullets).
3. The slice, repaired on its own by the same repairs the reader applies (kmgraph.thai.normalize; text that
   shows PDF damage gets the dictionary repairs of damaged text too), reads as the value. "Reads as" compares
   compact keys: whitespace removed (lines are joined and stray spaces dropped when a value is extracted) and
   Thai digits read as Arabic (phone numbers and dates are written with either). Values that are not copied
   but derived from the text are compared with what reading the slice alone gives: a phone number is the
   slice's digits, a date is the slice's parsed date, an office is the office the slice names.

Nothing else may differ, so a span one character off (ดลำปา for ลำปาง) fails.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kmgraph.exports.records import LIST_FIELDS, record_to_dict
from kmgraph.extract.dates import parse_date
from kmgraph.extract.persons import parse_author
from kmgraph.extract.places import find_office
from kmgraph.extract.records import parse_records
from kmgraph.extract.segment import is_noise
from kmgraph.model import Record, SourceText
from kmgraph.thai import compact, normalize, to_arabic_digits
from tests.conftest import ROOT, SEEDS

CORPUS_SIZE = 200
BULLET = re.compile(r"^\s*[-•*▪●○◦]\s*")


def repaired(record: Record, piece: str) -> str:
    """The slice as the reader would read and repair it (damaged text gets the repairs of damaged text)."""
    lines = [BULLET.sub("", line) if index else line
             for index, line in enumerate(piece.splitlines()) if not is_noise(line)]
    piece = "\n".join(lines)
    damaged = any("PDF" in w or "damaged" in w or "stray spaces" in w for w in record.warnings)
    return normalize(SourceText(Path(record.source), piece, record.encoding), damaged=damaged)[0].text


def _phone_digits(text: str) -> str:
    digits = "".join(c for c in to_arabic_digits(text) if c.isdigit())
    return "0" + digits[2:] if digits.startswith("66") and len(digits) in (10, 11) else digits


def expected_values(record: Record) -> list[tuple[str, str, list[int]]]:
    """(field, value, span) for every value of the record that has a span."""
    data = record_to_dict(record)
    spans = data["spans"]
    found: list[tuple[str, str, list[int]]] = []
    inferred = {name for name, how in data["found_by"].items() if how == "gazetteer"}  # spans name the evidence
    for name in ("title", "district", "province", "category", "phone", "date"):
        if name in spans and name not in inferred:
            found.append((name, data[name], spans[name]))
    if "office" in spans:
        found.append(("office", data["office"]["name"], spans["office"]))
    if "author" in spans:
        found.append(("author", data["author"]["name"], spans["author"]))
    for name in LIST_FIELDS:
        found += [(name, value, span) for value, span in zip(data[name], spans[name], strict=True)]
    found += [("principles", m.matched, span) for m, span in zip(record.principles, spans["principles"], strict=True)]
    found += [("quantities", q.text, span) for q, span in zip(record.quantities, spans["quantities"], strict=True)]
    return found


def reads_as(record: Record, field: str, piece: str) -> str:
    """What the slice alone gives for the field, as a compact key."""
    text = repaired(record, piece)
    if field == "phone":
        return _phone_digits(text)
    if field == "date":
        return parse_date(text) or f"no date in {text!r}"
    if field == "office":
        from kmgraph.model import Text

        office = find_office(Text(text, 0, len(text)))
        return compact(office[0].text) if office else f"no office in {text!r}"
    if field == "author":
        author = parse_author(text)
        return compact(author.name) if author else f"no author in {text!r}"
    return compact(text)


def span_problems(records: list[Record]) -> list[str]:
    problems = []
    for record in records:
        for field, value, (start, end) in expected_values(record):
            piece = record.source_text[start:end]
            where = f"{record.id} {field} [{start}, {end}) {piece!r}"
            if not piece or piece != piece.strip():
                problems.append(f"{where}: not a tight span")
                continue
            want = value if field in ("phone", "date") else compact(value)
            got = reads_as(record, field, piece)
            if got != want:
                problems.append(f"{where}: reads as {got!r}, value {want!r}")
    return problems


def _read(folder: Path) -> list[Record]:
    outcomes = list(parse_records([folder]))
    assert outcomes and all(o.record for o in outcomes), [str(o.error) for o in outcomes if o.error]
    return [o.record for o in outcomes]


def test_every_span_of_the_seeds_names_its_value():
    records = _read(SEEDS)
    assert sum(len(expected_values(r)) for r in records) > 50
    assert span_problems(records) == []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(CORPUS_SIZE), "--seed", "12",
                    "-o", str(out)], check=True, capture_output=True, timeout=600)
    return out / "records"


def test_every_span_of_a_generated_corpus_names_its_value(corpus):
    records = _read(corpus)
    assert len(records) == CORPUS_SIZE
    assert span_problems(records) == []
