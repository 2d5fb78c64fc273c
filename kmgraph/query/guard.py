"""Checks made on a SPARQL query's text before any parser or store sees it: size, nesting, SERVICE, kind.

The text is scanned by a small tokenizer: comments, strings and IRIs are blanked out, so a keyword hidden in a
comment or a string is not one, and a keyword in any case, after any whitespace or comment, is found. The
scan is made twice, on the text as written (how pyoxigraph reads it) and with codepoint escapes (\\uXXXX)
decoded first (how SPARQL 1.1 says to read it, and some servers do): what either finds counts, so an escape
cannot hide a keyword from one reading. Nothing here runs the query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import QueryError
from ..rdf.namespaces import PREFIXES


class QueryRefused(QueryError):
    """A query refused before parsing: too big, too deeply nested, or calling another service."""


@dataclass(frozen=True)
class QueryLimits:
    """What a query's text may be: its length in characters and how deep its brackets nest."""

    max_chars: int = 100_000
    max_depth: int = 100


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SKIP = re.compile(
    r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\s]*>'
)
_SERVICE = re.compile(r"(?<![\w:?$\-])SERVICE(?![\w:\-])", re.I)
_FORM = re.compile(r"(?<![\w:?$\-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:\-])", re.I)
KINDS = {"select": "select", "ask": "ask", "construct": "graph", "describe": "graph"}


def _unescape(text: str) -> str:
    def decode(match: re.Match) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except ValueError:
            return match.group(0)

    return _ESCAPE.sub(decode, text)


def _blank(text: str) -> str:
    return _SKIP.sub(lambda m: " " * len(m.group(0)), text)


def masked(text: str) -> list[str]:
    """The query's code with comments, strings and IRIs blanked: as written, and with escapes decoded."""
    decoded = _unescape(text)
    return [_blank(text)] if decoded == text else [_blank(text), _blank(decoded)]


def nesting_depth(code: str) -> int:
    """How deep {, ( and [ nest in masked query text."""
    depth = deepest = 0
    for char in code:
        if char in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})]" and depth:
            depth -= 1
    return deepest


def calls_service(text: str) -> bool:
    """Whether the query uses SERVICE (federated query) anywhere: any case, nested, SILENT or not."""
    return any(_SERVICE.search(code) for code in masked(text))


def inspect_query(text: str, limits: QueryLimits | None = None, allow_service: bool = False,
                  service_hint: str = "") -> str:
    """Refuse a query that is too long, nests too deep or calls a SERVICE; return its kind without parsing.

    kind is select, ask or graph (CONSTRUCT, DESCRIBE). Raises QueryRefused with one clear line.
    """
    limits = limits or QueryLimits()
    if len(text) > limits.max_chars:
        raise QueryRefused(f"query refused: {len(text):,} characters, more than the limit of "
                           f"{limits.max_chars:,}")
    codes = masked(text)
    depth = max(nesting_depth(code) for code in codes)
    if depth > limits.max_depth:
        raise QueryRefused(f"query refused: brackets nest {depth} deep, more than the limit of {limits.max_depth}")
    if not allow_service and any(_SERVICE.search(code) for code in codes):
        raise QueryRefused(f"query refused: SERVICE (federated query) is not allowed{service_hint}")
    form = next((found for code in codes if (found := _FORM.search(code))), None)
    if form is None:
        raise QueryError("bad query: expected SELECT, ASK, CONSTRUCT or DESCRIBE (updates are not queries)")
    return KINDS[form.group(1).lower()]


_PREFIX_DECL = re.compile(r"(?<![\w:?$\-])PREFIX\s+([A-Za-z][\w.\-]*)?\s*:", re.I)
_POSITION = re.compile(r"^error at (\d+):(\d+):")


def declared_prefixes(text: str) -> set[str]:
    """The prefix names the query declares itself (PREFIX lines outside comments and strings)."""
    return {match.group(1) or "" for code in masked(text) for match in _PREFIX_DECL.finditer(code)}


def with_prefixes(text: str) -> tuple[str, int]:
    """The query with the project's prefixes (rdf/namespaces.py) it does not declare put before it, on its
    first line (so line numbers stay), and how many characters they add to that line."""
    declared = declared_prefixes(text)
    header = "".join(f"PREFIX {name}: <{iri}> " for name, iri in PREFIXES.items() if name not in declared)
    return header + text, len(header)


def parse_error(error: SyntaxError, shift: int = 0) -> str:
    """pyoxigraph's parse error as one line, "bad query: line L, column C: …", the column counted in the text
    as written (without the shift characters with_prefixes put on line 1)."""
    message = " ".join(str(error).split())

    def position(match: re.Match) -> str:
        line, column = int(match.group(1)), int(match.group(2))
        if line == 1:
            column = max(1, column - shift)
        return f"line {line}, column {column}:"

    return "bad query: " + _POSITION.sub(position, message)
