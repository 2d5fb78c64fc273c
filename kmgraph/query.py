"""SPARQL over the graph: the embedded store, an RDF file, or any SPARQL 1.1 endpoint; named queries.

Parameters are bound by a trailing VALUES clause built from RDF terms (serialized, so escaped), never by
pasting text into the query; the same mechanism works on every backend.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .sparqlguard import QueryError, QueryLimits, inspect_query

__all__ = ["QueryError", "QueryLimits", "bind", "check_syntax", "named_queries", "query_endpoint", "query_file",
           "query_store"]

QUERIES_DIR = Path(__file__).parent / "queries"
XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # iri | string | th
    required: bool
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


@dataclass
class QueryResult:
    """SELECT rows, an ASK answer, or CONSTRUCT/DESCRIBE triples."""

    kind: str  # select | ask | graph
    variables: list[str]
    rows: list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]]
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The .rq files of kmgraph/queries, with the description and parameters of their header comments."""
    found = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        description, params = "", []
        for line in text.splitlines():
            if match := re.match(r"#\s*description:\s*(.+)", line):
                description = match.group(1).strip()
            elif match := re.match(r"#\s*param:\s*(\w+)\s+(iri|string|th)\s+(required|optional)\s*(.*)", line):
                name, kind, need, help_text = match.groups()
                params.append(Param(name, kind, need == "required", help_text.strip()))
        found[path.stem] = NamedQuery(path.stem, description, tuple(params), text)
    return found


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


SERVICE_HINT = " (give --allow-service to let this query call other endpoints)"


def syntax_error(error: SyntaxError) -> QueryError:
    """pyoxigraph's parse error as one line naming the line and column."""
    message = " ".join(str(error).split())
    message = re.sub(r"^error at (\d+):(\d+):", r"line \1, column \2:", message)
    return QueryError(f"bad query: {message}")


def check_syntax(text: str, limits: QueryLimits | None = None, allow_service: bool = False) -> str:
    """Check the query's text (size, nesting, SERVICE) and return its kind, without running it.

    Syntax errors are reported by the one real evaluation (query_store, query_file) or by the endpoint:
    pyoxigraph has no parse-only call, and running a query on an empty store to check it can take forever
    (a cross product of VALUES) or, with SERVICE, call another server.
    """
    return inspect_query(text, limits, allow_service, SERVICE_HINT)


def _from_pyoxigraph(result) -> QueryResult:
    try:
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", [], [], boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            return QueryResult("graph", [], [], triples=list(result))
        variables = [v.value for v in result.variables]
        rows = [[solution[name] for name in variables] for solution in result]
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"query failed: {' '.join(str(error).split())}") from error
    return QueryResult("select", variables, rows)


def run_query(store: ox.Store, text: str):
    """store.query over the union of graphs; a parse error becomes QueryError with line and column."""
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise syntax_error(error) from error
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"query failed: {' '.join(str(error).split())}") from error


def query_store(text: str, store: ox.Store, allow_service: bool = False,
                limits: QueryLimits | None = None) -> QueryResult:
    """Run a query on a store (once: it is checked, never run twice); SERVICE only if allowed."""
    check_syntax(text, limits, allow_service)
    return _from_pyoxigraph(run_query(store, text))


def query_file(text: str, path: str | Path, allow_service: bool = False,
               limits: QueryLimits | None = None) -> QueryResult:
    """Query an RDF file in memory. Triples outside named graphs are put in a graph named after the file."""
    from .store import parse_graphs

    check_syntax(text, limits, allow_service)
    store = ox.Store()
    for load in parse_graphs(path, default_graph=Path(path).resolve().as_uri()):
        graph = load.graph or ox.DefaultGraph()
        store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in load.triples)
    return query_store(text, store, allow_service, limits)


def _json_term(value: dict) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    if "datatype" in value and value["datatype"] != XSD + "string":
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    return ox.Literal(value["value"])


def query_endpoint(text: str, url: str, timeout: float = 60.0, auth=None, allow_service: bool = False,
                   limits: QueryLimits | None = None) -> QueryResult:
    """Run a query over the SPARQL 1.1 Protocol (POST, form-encoded); the endpoint reports syntax errors."""
    import requests

    kind = check_syntax(text, limits, allow_service)
    accept = "application/n-triples, text/turtle;q=0.9" if kind == "graph" else "application/sparql-results+json"
    try:
        response = requests.post(url, data={"query": text}, headers={"Accept": accept}, timeout=timeout, auth=auth)
    except requests.RequestException as error:
        raise QueryError(f"{url}: {error}") from error
    if response.status_code != 200:
        raise QueryError(f"{url}: HTTP {response.status_code}: {' '.join(response.text.split())[:300]}")
    if kind == "graph":
        mime = response.headers.get("Content-Type", "text/turtle").split(";")[0].strip()
        fmt = ox.RdfFormat.from_media_type(mime) or ox.RdfFormat.TURTLE
        return QueryResult("graph", [], [], triples=[ox.Triple(q.subject, q.predicate, q.object)
                                                      for q in ox.parse(response.content, format=fmt)])
    data = json.loads(response.content.decode("utf-8"))
    if kind == "ask":
        return QueryResult("ask", [], [], boolean=bool(data["boolean"]))
    variables = data["head"]["vars"]
    rows = [[_json_term(b[v]) if v in b else None for v in variables] for b in data["results"]["bindings"]]
    return QueryResult("select", variables, rows)
