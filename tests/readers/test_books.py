"""Splitting a KM book's text into its records (kmgraph.extract.books), on the seeds' own text."""

from __future__ import annotations

from pathlib import Path

from kmgraph.extract.books import record_starts, split_book

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
FOREWORD = "คำนำ\nหนังสือเล่มนี้รวบรวมองค์ความรู้ของจังหวัด\nสารบัญ\n"


def texts() -> list[str]:
    return [path.read_text(encoding="utf-8").strip("\n") + "\n" for path in SEEDS]


def test_a_book_splits_at_each_form_title_and_the_foreword_belongs_to_none():
    records = texts()
    book = FOREWORD + "".join(records)
    parts = split_book(book)
    assert len(parts) == len(records)
    assert parts[0].start == len(FOREWORD)
    assert parts[-1].end == len(book)
    for part, record in zip(parts, records, strict=True):
        assert book[part.start:part.end].strip() == record.strip()


def test_records_without_a_form_title_split_where_a_new_title_and_owner_begin():
    numbered = [texts()[i] for i in (0, 1, 3)]  # the numbered forms: title and owner fields, one after the other
    records = ["".join(line for line in text.splitlines(keepends=True) if line.strip() != "บันทึกองค์ความรู้")
               for text in numbered]
    book = "".join(records)
    assert len(record_starts(book)) == len(records)


def test_one_record_is_one_part():
    text = texts()[0]
    assert split_book(text) == [(0, len(text))]
