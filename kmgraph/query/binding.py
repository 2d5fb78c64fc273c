"""Binding parameters to a query: `VALUES ?name { term }` at the start of its WHERE clause, the terms made by
pyoxigraph (so escaped), never pasted: a value cannot change the query's shape, and the binding works on every
store, Virtuoso included."""

from __future__ import annotations

import re

import pyoxigraph as ox

from .guard import QueryError
from .named import Param


def _term(value: str, kind: str) -> ox.NamedNode | ox.Literal:
    if kind == "iri" or (kind == "auto" and value.startswith("<") and value.endswith(">")):
        try:
            return ox.NamedNode(value.strip("<>"))
        except ValueError as error:
            raise QueryError(f"not an IRI: {value!r} ({error})") from error
    if kind == "th":
        return ox.Literal(value, language="th")
    return ox.Literal(value)


_SKIP = re.compile(
    r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\s]*>'
)


def _where_brace(text: str) -> int:
    """Offset just after the opening brace of the query's WHERE clause (comments, strings and IRIs skipped)."""
    masked = _SKIP.sub(lambda m: " " * len(m.group(0)), text)
    where = re.search(r"\bWHERE\s*\{", masked, re.I)
    if where:
        return where.end()
    if re.match(r"\s*(?:(?:PREFIX|BASE)[^{]*?)*\s*(?:CONSTRUCT|DESCRIBE)\b", masked, re.I) and "{" in masked:
        raise QueryError("bind parameters to a CONSTRUCT or DESCRIBE query with an explicit WHERE clause")
    brace = masked.find("{")
    if brace < 0:
        raise QueryError("the query has no group pattern to bind parameters in")
    return brace + 1


def bind(text: str, values: dict[str, str], declared: tuple[Param, ...] | None = None) -> str:
    """Bind parameters by `VALUES ?name { term }` at the start of the WHERE clause (or at a `# @values` line).

    The terms are made by pyoxigraph (so escaped), never pasted: a value cannot change the query's shape.
    Inside the WHERE clause (rather than after the query) the binding works on every store, Virtuoso included.
    """
    kinds = {p.name: p.kind for p in declared or ()}
    missing = [p.name for p in declared or () if p.required and p.name not in values]
    if missing:
        raise QueryError(f"missing parameter(s): {', '.join(missing)} (give --param NAME=VALUE)")
    unknown = [name for name in values if declared is not None and name not in kinds]
    if unknown:
        raise QueryError(f"unknown parameter(s): {', '.join(unknown)}; this query takes "
                         f"{', '.join(kinds) or 'none'}")
    if not values:
        return text
    for name in values:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"not a variable name: {name!r}")
    clauses = " ".join(f"VALUES ?{name} {{ {_term(value, kinds.get(name, 'auto'))} }}"
                       for name, value in values.items())
    marker = re.search(r"^[ \t]*#\s*@values\b.*$", text, re.M)  # a named query may say where the values help most
    at = marker.end() if marker else _where_brace(text)
    return f"{text[:at]}\n  {clauses}\n{text[at:]}"
