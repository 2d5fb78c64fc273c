"""Where a query runs, chosen once: the embedded store (a folder), an RDF file read into memory, a SPARQL
endpoint (an http(s) URL), or a pyoxigraph store already open. The CLI's `query` and the Python API use this."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..files import DEFAULT_STORE
from ..query.run import QueryResult, bind, named_queries, query_endpoint, query_file, query_store
from ..rdf.io import SUFFIXES

Source = str | Path | ox.Store


def run_query(text: str, source: Source = DEFAULT_STORE, params: dict[str, str] | None = None,
              allow_service: bool = False) -> QueryResult:
    """Run SPARQL text (or the name of a named query) on source, with params bound as RDF terms.

    source: a store folder (default output/store), an RDF file, an http(s) endpoint URL, or an ox.Store.
    """
    declared = None
    if text in named_queries():
        text, declared = named_queries()[text].text, named_queries()[text].params
    if params or declared:
        text = bind(text, params or {}, declared)
    if isinstance(source, ox.Store):
        return query_store(text, source, allow_service=allow_service)
    if isinstance(source, str) and source.startswith(("http://", "https://")):
        return query_endpoint(text, source, allow_service=allow_service)
    if Path(source).is_file() or Path(source).suffix.lower() in SUFFIXES:
        return query_file(text, source, allow_service=allow_service)
    from .embedded import open_store

    return query_store(text, open_store(source, read_only=True), allow_service=allow_service)
