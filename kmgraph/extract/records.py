"""The record reader's public API: paths in, Records (and the problems met) out.

Every file goes through the readers registry (kmgraph.readers: text, Word, PDF, HTML, ODT) into a Document; a
document of a book kind (PDF, Word, ODT) that holds many records is split into them (books.py), each with the id
`<stem>#<n>` and its place in the document (pages, character span); any other file is one record, id its stem.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import InputError, Record, SourceText, Text
from ..readers import Document, read_document
from ..readers.files import iter_record_files, read_record_bytes
from ..thai import normalize
from .books import split_book
from .dates import parse_date
from .persons import parse_author
from .record import extract
from .segment import segment

BOOK_MEDIA_TYPES = frozenset({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
})


@dataclass(frozen=True)
class Outcome:
    """One record's result (or one file's error): a record, or the error that stopped it."""

    path: Path
    record: Record | None = None
    error: InputError | None = None


def _record(source: SourceText, document: Document, record_id: str, span: tuple[int, int]) -> Record:
    """Repair, segment and extract one record's text, and note where in the document it was read."""
    clean, warnings = normalize(source)
    record = extract(source, clean, segment(clean), list(source.warnings) + warnings)
    record.id = record_id
    _page_fields(record, document.metadata)
    record.media_type = document.media_type
    record.document_span = span
    if document.pages:
        last = max(span[0], span[1] - 1)
        record.pages = tuple(page.number for page in document.pages if page.start <= last and page.end > span[0])
    return record


def _page_fields(record: Record, metadata: dict[str, str]) -> None:
    """A web page's own title, date and author fields (its <time>, meta tags, byline) fill what the record's text
    does not say, and the post's own title replaces a title guessed from the text; found_by says "page". They are not
    in the record's text, so their spans are empty."""
    if record.date is None and (iso := parse_date(metadata.get("date", ""))):
        record.date = Text(iso, 0, 0)
        record.found_by["date"] = "page"
    if record.author is None and (author := parse_author(metadata.get("author", ""))):
        record.author = author
        record.found_by["author"] = "page"
    if metadata.get("title") and (record.title is None or record.found_by.get("title") == "guessed"):
        record.title = Text(" ".join(metadata["title"].split()), 0, 0)
        record.found_by["title"] = "page"


def read_file(path: str | Path, data: bytes | None = None) -> Document:
    """A file's Document through the readers registry (its size checked for its kind before it is read)."""
    path = Path(path)
    return read_document(path, read_record_bytes(path) if data is None else data)


def records_of(document: Document) -> list[Record]:
    """The records a document holds: a book's, split, each `<stem>#<n>`; else the one record, id the stem."""
    source = document.to_source_text()
    stem = document.path.stem
    parts = split_book(document.text) if document.media_type in BOOK_MEDIA_TYPES else []
    if len(parts) < 2:
        return [_record(source, document, stem, (0, len(document.text)))]
    return [_record(replace(source, text=document.text[part.start:part.end]), document, f"{stem}#{number}",
                     (part.start, part.end))
            for number, part in enumerate(parts, 1)]


def parse_file(path: str | Path, data: bytes | None = None) -> list[Record]:
    """Read one file of any known kind into its records (a KM book gives many); raise InputError on bad input."""
    return records_of(read_file(path, data))


def parse_record(path: str | Path) -> Record:
    """Read, repair, segment and extract one knowledge record; raise InputError on bad input (and when the file is
    a book of several records: read those with parse_file)."""
    found = parse_file(path)
    if len(found) > 1:
        raise InputError(Path(path), f"holds {len(found)} records (a KM book): read it with parse_file")
    return found[0]


def parse_records(paths: Iterable[str | Path], skipped: list[Path] | None = None) -> Iterator[Outcome]:
    """Parse every record file named or found below the folders named, one Outcome per record (or bad file);
    files of kinds no reader knows are added to `skipped`."""
    for path in iter_record_files(paths, skipped):
        try:
            found = parse_file(path)
        except InputError as error:
            yield Outcome(path, error=error)
            continue
        for record in found:
            yield Outcome(path, record=record)


def strict_problem(record: Record) -> str | None:
    """Why a strict reading refuses a record (no title, no author), or None."""
    missing = [name for name in ("title", "author") if getattr(record, name) is None]
    return f"not a complete knowledge record (no {' and no '.join(missing)} found)" if missing else None
