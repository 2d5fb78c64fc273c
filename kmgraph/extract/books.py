"""KM books: one document holding many records, split where a record's title and owner block begin.

A record begins at a form's title line (the titles of kmgraph/data/templates.toml: บันทึกองค์ความรู้ …) or, in a
book whose records have no form title, at a title or owner field (the segmenter's labels) that opens a new header
block once the record before already has both. Text before the first record (a cover, a foreword, a table of
contents) belongs to no record. A document with fewer than two beginnings is one record, as a plain file is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import tables
from ..thai import compact
from .segment import match_heading

HEADER_KINDS = ("title", "author")
_LINE = re.compile(r"[^\n]*\n?")


class Part(NamedTuple):
    """One record of a book: text[start:end] of the document."""

    start: int
    end: int


@lru_cache(maxsize=1)
def form_titles() -> frozenset[str]:
    """The compact keys of every template's form title."""
    return frozenset(compact(title) for spec in tables.templates().templates.values() for title in spec.titles)


def _lines(text: str):
    """(start, line) for each line of text."""
    position = 0
    for match in _LINE.finditer(text):
        if not match.group():
            break
        yield position, match.group().rstrip("\r\n")
        position = match.end()


def record_starts(text: str) -> list[int]:
    """The offsets where the records of a book begin (line starts), in order."""
    titles = form_titles()
    starts: list[int] = []
    seen: set[str] = set()  # header kinds found since the current record began
    for start, line in _lines(text):
        if not line.strip():
            continue
        if compact(line) in titles:
            if not starts or seen:
                starts.append(start)
                seen = set()
            continue
        heading = match_heading(line)
        kind = heading.kind if heading else None
        if kind not in HEADER_KINDS:
            continue
        if not starts or (kind in seen and seen.issuperset(HEADER_KINDS)):
            starts.append(start)
            seen = set()
        seen.add(kind)
    return starts


def split_book(text: str) -> list[Part]:
    """The records of a book as spans of its text; one part (the whole text) when it holds fewer than two."""
    starts = record_starts(text)
    if len(starts) < 2:
        return [Part(0, len(text))]
    return [Part(start, end) for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]
