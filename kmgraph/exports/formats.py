"""The registry of export formats: each a name, what it is, what it is written from, and its writer. A new
format is one `register` call; `kmgraph export --format` offers what is registered.

What a format is written from (`source`): "quads" (the RDF formats: the built graph's quads), "graph" (GraphML,
GEXF: the view graph of kmgraph.views.graph, a networkx graph, which the caller reads from the store or an RDF
file) or "records" (CSV, JSON Lines: records or record-contract dicts, which the caller reads from record files)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

Writer = Callable[[Any, BinaryIO], None]  # (quads, a networkx graph or records, by source) → bytes written
SOURCES = ("quads", "graph", "records")


@dataclass(frozen=True)
class ExportFormat:
    name: str
    description: str
    keeps_graphs: bool  # whether the named graphs are kept (else merged into one graph)
    write: Writer
    source: str = "quads"  # quads | graph | records: what `write` takes


_FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> None:
    _FORMATS[fmt.name] = fmt


def formats() -> dict[str, ExportFormat]:
    """The registered formats by name, in registration order."""
    return dict(_FORMATS)


def export(data: Any, name: str, out: BinaryIO | str | Path) -> None:
    """Write data (quads, a view graph or records: the format's `source`) in the format named to a binary
    stream or (atomically) to a file."""
    if name not in _FORMATS:
        from ..errors import UsageError

        raise UsageError(f"unknown export format {name!r} (known: {', '.join(_FORMATS)})")
    if isinstance(out, (str, Path)):
        from ..files import write_atomic

        write_atomic(out, lambda handle: _FORMATS[name].write(data, handle))
    else:
        _FORMATS[name].write(data, out)


def _rdf_writer(fmt: str) -> Writer:
    def write(quads: Sequence, out: BinaryIO) -> None:
        from ..rdf.io import serialize  # pyoxigraph loads on use: `kmgraph --help` stays fast

        serialize(quads, fmt, out)

    return write


for _name, _description, _graphs in (("ttl", "Turtle", False), ("nt", "N-Triples", False),
                                      ("jsonld", "JSON-LD", False), ("trig", "TriG", True), ("nq", "N-Quads", True)):
    register(ExportFormat(_name, _description, _graphs, _rdf_writer(_name)))


def _graphml(graph: Any, out: BinaryIO) -> None:
    from .network import write_graphml  # networkx loads on use: `kmgraph --help` stays fast

    write_graphml(graph, out)


def _gexf(graph: Any, out: BinaryIO) -> None:
    from .network import write_gexf

    write_gexf(graph, out)


def _csv(records: Any, out: BinaryIO) -> None:
    from .table import write_csv

    write_csv(records, out)


def _jsonl(records: Any, out: BinaryIO) -> None:
    from .table import write_jsonl

    write_jsonl(records, out)


register(ExportFormat("graphml", "GraphML of the overview graph (Gephi, Cytoscape, igraph, networkx)", False,
                      _graphml, "graph"))
register(ExportFormat("gexf", "GEXF of the overview graph (Gephi, networkx)", False, _gexf, "graph"))
register(ExportFormat("csv", "CSV of the records, one row each (UTF-8 with BOM, for spreadsheets)", False,
                      _csv, "records"))
register(ExportFormat("jsonl", "JSON Lines of the records, one record-contract object per line", False,
                      _jsonl, "records"))
