"""Records as plain data (the record JSON contract of DESIGN.md) and as a text table."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..model import Contributor, Record, Text
from ..thai.chars import display_width, pad

LIST_FIELDS = ("steps", "techniques", "cautions", "success_factors", "problems", "outcomes")


def _text(value: Text | None) -> str | None:
    return value.text if value else None


def _span(record: Record, value: Text | None) -> list[int] | None:
    if value is None or record.clean is None:
        return None
    return list(record.clean.source_span(value.start, value.end))


def _unique_labels(mentions) -> list[str]:
    seen: list[str] = []
    for mention in mentions:
        if mention.label not in seen:
            seen.append(mention.label)
    return seen


def _writer(writer: Contributor) -> dict[str, Any]:
    """One writer: the author's keys, with the post and office written with them."""
    return {**asdict(writer.author), "position": asdict(writer.position) if writer.position else None,
            "office": {"name": writer.office.text} if writer.office else None}


def record_to_dict(record: Record) -> dict[str, Any]:
    """The record contract: id, source, template, title, author … quantities, warnings (plus spans)."""
    data: dict[str, Any] = {
        "id": record.id,
        "source": record.source,
        "template": record.template,
        "encoding": record.encoding,
        "title": _text(record.title),
        "author": asdict(record.author) if record.author else None,
        "authors": [_writer(writer) for writer in record.authors],
        "position": asdict(record.position) if record.position else None,
        "office": {"name": record.office.text} if record.office else None,
        "district": _text(record.district),
        "province": _text(record.province),
        "phone": _text(record.phone),
        "date": _text(record.date),
        "category": _text(record.category),
    }
    for name in LIST_FIELDS:
        data[name] = [item.text for item in getattr(record, name)]
    data["principles"] = _unique_labels(record.principles)
    data["programmes"] = _unique_labels(record.programmes)
    data["quantities"] = [
        {"value": int(q.value) if q.value.is_integer() else q.value, "unit": q.unit, "text": q.text}
        for q in record.quantities
    ]
    data["warnings"] = list(record.warnings)
    data["found_by"] = dict(record.found_by)
    spans: dict[str, Any] = {}
    for name in ("title", "office", "district", "province", "phone", "date", "category"):
        if (span := _span(record, getattr(record, name))) is not None:
            spans[name] = span
    if record.author_span:
        spans["author"] = _span(record, record.author_span)
    spans["authors"] = [_span(record, writer.span) for writer in record.authors]
    for name in LIST_FIELDS:
        spans[name] = [_span(record, item) for item in getattr(record, name)]
    if record.clean:
        spans["principles"] = [list(record.clean.source_span(m.start, m.end)) for m in record.principles]
        spans["quantities"] = [list(record.clean.source_span(q.start, q.end)) for q in record.quantities]
    data["spans"] = spans
    return data


def records_to_json(records: list[Record]) -> str:
    return json.dumps([record_to_dict(r) for r in records], ensure_ascii=False, indent=2)


def record_to_table(record: Record) -> str:
    """A readable two-column view of one record."""
    data = record_to_dict(record)
    rows: list[tuple[str, str]] = []
    for key in ("id", "template", "title", "category", "district", "province", "phone", "date"):
        rows.append((key, str(data[key] or "—")))
    author = data["author"] or {}
    rows.append(("author", f"{author.get('name', '—')} ({author.get('kind', '?')})" if author else "—"))
    position = data["position"] or {}
    rows.append(("position", " ".join(v for v in (position.get("title"), position.get("level")) if v) or "—"))
    rows.append(("office", (data["office"] or {}).get("name") or "—"))
    for name in LIST_FIELDS:
        items = data[name]
        rows.append((name, f"{len(items)} item(s)"))
        rows.extend((f"  {i}.", item) for i, item in enumerate(items, 1))
    rows.append(("principles", ", ".join(data["principles"]) or "—"))
    rows.append(("programmes", ", ".join(data["programmes"]) or "—"))
    rows.append(("quantities", ", ".join(f"{q['value']:,} {q['unit']}" for q in data["quantities"]) or "—"))
    for warning in data["warnings"]:
        rows.append(("warning", warning))
    width = max(display_width(key) for key, _ in rows)
    return "\n".join(f"{pad(key, width)}  {value}" for key, value in rows)
