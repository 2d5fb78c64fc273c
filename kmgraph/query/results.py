"""Query results as a terminal table (Thai combining marks take no column), CSV, TSV or SPARQL JSON."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox

from ..rdf.namespaces import short
from ..thai.chars import display_width, pad
from .run import QueryResult

MAX_CELL = 80


def _short(term) -> str:
    """A term for reading: literals as their text, IRIs with a known prefix shortened."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return short(term.value) or term.value
    return str(term)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    if display_width(text) <= MAX_CELL:
        return text
    while display_width(text) > MAX_CELL - 1:
        text = text[:-1]
    return text + "…"


def as_table(result: QueryResult) -> str:
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    if result.kind == "graph":
        from ..rdf.io import serialize

        return serialize(result.triples or [], "ttl").decode("utf-8")
    header = result.variables
    cells = [[_clip(_short(term)) for term in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(row[i]) for row in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip(),
             "  ".join("─" * w for w in widths)]
    lines += ["  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)


def as_csv(result: QueryResult, delimiter: str = ",") -> str:
    """SPARQL 1.1 CSV (plain values) or TSV (terms in their N-Triples form)."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        from ..rdf.io import serialize

        return serialize(result.triples or [], "nt").decode("utf-8")
    out = io.StringIO()
    if delimiter == "\t":
        out.write("\t".join(f"?{v}" for v in result.variables) + "\n")
        for row in result.rows:
            out.write("\t".join("" if t is None else str(t) for t in row) + "\n")
        return out.getvalue()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else (t.value if not isinstance(t, ox.BlankNode) else f"_:{t.value}")
                         for t in row])
    return out.getvalue()


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    value = {"type": "literal", "value": term.value}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        value["datatype"] = term.datatype.value
    return value


def as_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (JSON-LD for CONSTRUCT and DESCRIBE)."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    if result.kind == "graph":
        from ..rdf.io import serialize

        return serialize(result.triples or [], "jsonld").decode("utf-8")
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def render(result: QueryResult, fmt: str) -> str:
    return {"table": as_table, "csv": as_csv, "tsv": lambda r: as_csv(r, "\t"), "json": as_json}[fmt](result)
