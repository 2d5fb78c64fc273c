"""RDF files: their formats, reading them strictly (pyoxigraph), and writing graphs sorted and de-duplicated
through pyoxigraph's fast writers, atomically."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from ..errors import InputError
from ..files import write_atomic
from .namespaces import PREFIXES

FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
DATASET_FORMATS = ("trig", "nq")
SUFFIXES = {".ttl": "ttl", ".nt": "nt", ".nq": "nq", ".trig": "trig", ".jsonld": "jsonld", ".json": "jsonld"}


def format_of(path: str | Path) -> str:
    """The format of an RDF file by its suffix; InputError for any other file."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(path, f"unknown RDF file type (use one of {', '.join(sorted(SUFFIXES))})")
    return SUFFIXES[suffix]


def read_quads(path: str | Path) -> list[ox.Quad]:
    """All quads of a file (triples land in the default graph); InputError naming the file, line and column."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    fmt = FORMATS[format_of(path)]
    try:
        return list(ox.parse(path=str(path), format=fmt))
    except (OSError, ValueError, SyntaxError) as error:
        raise InputError(path, str(error)) from error


@dataclass(frozen=True)
class GraphLoad:
    """One graph of one file: its name (None for the default graph) and its triples."""

    source: Path
    graph: ox.NamedNode | None
    triples: tuple[ox.Triple, ...]


def graphs_of_quads(quads: Iterable[ox.Quad], source: Path, default_graph: str | None = None) -> list[GraphLoad]:
    """Quads grouped by graph, each triple once; triples of the default graph go to default_graph if given."""
    graphs: dict = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name, {})[ox.Triple(quad.subject, quad.predicate, quad.object)] = None
    loads = []
    for name, triples in graphs.items():
        if isinstance(name, ox.DefaultGraph):
            name = ox.NamedNode(default_graph) if default_graph else None
        loads.append(GraphLoad(source, name, tuple(triples)))
    return loads


def parse_graphs(path: str | Path, default_graph: str | None = None) -> list[GraphLoad]:
    """Parse a Turtle, TriG, N-Triples, N-Quads or JSON-LD file into its graphs; InputError naming the problem.

    Triples outside any named graph go to default_graph if given, else to the default graph.
    """
    quads = read_quads(path)
    if not quads:
        raise InputError(path, "no triples")
    return graphs_of_quads(quads, Path(path), default_graph)


def memory_store(path: str | Path, default_graph: str | None = None) -> ox.Store:
    """An in-memory store holding an RDF file's graphs (for querying or drawing a file without loading it)."""
    store = ox.Store()
    for load in parse_graphs(path, default_graph):
        graph = load.graph or ox.DefaultGraph()
        store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in load.triples)
    return store


def ordered(items: Iterable) -> list:
    """Unique triples or quads, first occurrence first. Callers give them in a deterministic order (records by
    id, each record's triples by subject), so equal inputs give byte-identical files without a global sort.
    Quads are grouped by graph, so that each graph is one block in TriG."""
    unique = list(dict.fromkeys(items))
    if unique and isinstance(unique[0], ox.Quad):
        order: dict = {}
        for quad in unique:
            order.setdefault(quad.graph_name, []).append(quad)
        unique = [quad for quads in order.values() for quad in quads]
    return unique


def serialize(items: Iterable, fmt: str, out: BinaryIO | None = None) -> bytes | None:
    """Serialize triples (ttl, nt, jsonld) or quads (trig, nq); quads given to a triple format are merged."""
    items = list(items)
    if fmt not in DATASET_FORMATS and items and isinstance(items[0], ox.Quad):
        items = [ox.Triple(q.subject, q.predicate, q.object) for q in items]
    prefixes = PREFIXES if fmt in ("ttl", "trig") else None
    return ox.serialize(ordered(items), out, format=FORMATS[fmt], prefixes=prefixes)


def write_rdf(path: str | Path, items: Iterable, fmt: str | None = None) -> Path:
    fmt = fmt or format_of(path)
    return write_atomic(path, lambda out: serialize(items, fmt, out))
