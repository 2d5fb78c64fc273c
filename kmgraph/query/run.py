"""Running SPARQL on a pyoxigraph store, an RDF file read into memory, or any SPARQL 1.1 endpoint, each query
checked first (guard.py); named queries (named.py) and parameter binding (binding.py) are re-exported here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..rdf.namespaces import XSD
from .binding import bind  # noqa: F401 - re-exported
from .guard import QueryError, QueryLimits, inspect_query, parse_error, with_prefixes
from .named import QUERIES_DIR, NamedQuery, Param, named_queries  # noqa: F401 - re-exported

__all__ = ["QueryError", "QueryLimits", "bind", "check_syntax", "named_queries", "query_endpoint", "query_file",
           "query_store"]


@dataclass
class QueryResult:
    """SELECT rows, an ASK answer, or CONSTRUCT/DESCRIBE triples."""

    kind: str  # select | ask | graph
    variables: list[str]
    rows: list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]]
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None


SERVICE_HINT = " (give --allow-service to let this query call other endpoints)"


def syntax_error(error: SyntaxError, shift: int = 0) -> QueryError:
    """pyoxigraph's parse error as one line naming the line and column (of the text as written)."""
    return QueryError(parse_error(error, shift))


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


def evaluate(store: ox.Store, text: str):
    """store.query over the union of graphs, the project's prefixes declared; a parse error becomes QueryError
    with line and column."""
    text, shift = with_prefixes(text)
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise syntax_error(error, shift) from error
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"query failed: {' '.join(str(error).split())}") from error


def query_store(text: str, store: ox.Store, allow_service: bool = False,
                limits: QueryLimits | None = None) -> QueryResult:
    """Run a query on a store (once: it is checked, never run twice); SERVICE only if allowed."""
    check_syntax(text, limits, allow_service)
    return _from_pyoxigraph(evaluate(store, text))


def query_file(text: str, path: str | Path, allow_service: bool = False,
               limits: QueryLimits | None = None) -> QueryResult:
    """Query an RDF file in memory. Triples outside named graphs are put in a graph named after the file."""
    from ..rdf.io import memory_store

    check_syntax(text, limits, allow_service)
    store = memory_store(path, default_graph=Path(path).resolve().as_uri())
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
        response = requests.post(url, data={"query": with_prefixes(text)[0]}, headers={"Accept": accept},
                                 timeout=timeout, auth=auth)
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
