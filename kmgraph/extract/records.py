"""The record reader's public API: paths in, Records (and the problems met) out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import InputError, Record
from ..readers.plain import iter_record_files, read_source
from ..thai import normalize
from .record import extract
from .segment import segment


@dataclass(frozen=True)
class Outcome:
    """One file's result: a record, or the error that stopped it."""

    path: Path
    record: Record | None = None
    error: InputError | None = None


def parse_record(path: str | Path) -> Record:
    """Read, repair, segment and extract one knowledge record; raise InputError on bad input."""
    source = read_source(path)
    clean, warnings = normalize(source)
    return extract(source, clean, segment(clean), list(source.warnings) + warnings)


def parse_records(paths: Iterable[str | Path]) -> Iterator[Outcome]:
    """Parse every record file named or found below the folders named, one Outcome per file."""
    for path in iter_record_files(paths):
        try:
            yield Outcome(path, record=parse_record(path))
        except InputError as error:
            yield Outcome(path, error=error)


def strict_problem(record: Record) -> str | None:
    """Why a strict reading refuses a record (no title, no author), or None."""
    missing = [name for name in ("title", "author") if getattr(record, name) is None]
    return f"not a complete knowledge record (no {' and no '.join(missing)} found)" if missing else None
