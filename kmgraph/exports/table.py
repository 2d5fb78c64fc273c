"""Records as a flat table (one row per record) for spreadsheets and notebooks, as CSV and as JSON Lines.

CSV is UTF-8 with a byte-order mark (so Excel shows Thai), RFC 4180 quoting and CRLF line ends; a cell that
starts with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet never runs record
text as a formula. JSON Lines holds one record-contract object (kmgraph.exports.records) per line."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

from ..model import Record
from .records import record_to_dict

COLUMNS = ("id", "title", "author", "post", "level", "office", "district", "province", "phone", "date",
           "category", "principles", "steps", "outcomes", "warnings")
JOIN = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _as_dict(item: Record | dict[str, Any]) -> dict[str, Any]:
    return item if isinstance(item, dict) else record_to_dict(item)


def record_row(item: Record | dict[str, Any]) -> list[str | int]:
    """One record as a row of COLUMNS: its facts, principles joined, counts of steps and outcomes, warnings."""
    data = _as_dict(item)
    author, position, office = data["author"] or {}, data["position"] or {}, data["office"] or {}
    return [data["id"], data["title"] or "", author.get("name") or "", position.get("title") or "",
            position.get("level") or "", office.get("name") or "", data["district"] or "", data["province"] or "",
            data["phone"] or "", data["date"] or "", data["category"] or "", JOIN.join(data["principles"]),
            len(data["steps"]), len(data["outcomes"]), JOIN.join(data["warnings"])]


def guard_cell(value: str | int) -> str | int:
    """A text cell a spreadsheet would read as a formula, made inert by a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Table:
    """Records as rows (no pandas needed): `columns`, `rows`; `dicts()`; `to_dataframe()` if pandas is there."""

    columns: tuple[str, ...]
    rows: list[list[str | int]]

    def dicts(self) -> list[dict[str, str | int]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_dataframe(self):
        """A pandas DataFrame of the table (pandas is not a kmgraph dependency: install it to use this)."""
        try:
            import pandas
        except ImportError as error:
            raise ImportError("to_dataframe needs pandas (pip install pandas); "
                              "the table's columns and rows need nothing") from error
        return pandas.DataFrame(self.rows, columns=list(self.columns))


def records_table(records: Iterable[Record | dict[str, Any]]) -> Table:
    return Table(COLUMNS, [record_row(item) for item in records])


def write_csv(records: Iterable[Record | dict[str, Any]], out: BinaryIO) -> None:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")  # RFC 4180: CRLF, quotes doubled, quoted when needed
    writer.writerow(COLUMNS)
    for item in records:
        writer.writerow([guard_cell(cell) for cell in record_row(item)])
    out.write(text.getvalue().encode("utf-8-sig"))


def write_jsonl(records: Iterable[Record | dict[str, Any]], out: BinaryIO) -> None:
    for item in records:
        out.write(json.dumps(_as_dict(item), ensure_ascii=False).encode("utf-8") + b"\n")
