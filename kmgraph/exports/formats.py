"""The registry of export formats: each a name, what it is, and a writer of a graph's quads. A new format
(GraphML, GEXF, CSV …) is one `register` call; `kmgraph export --format` offers what is registered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

Writer = Callable[[Sequence, BinaryIO], None]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    description: str
    keeps_graphs: bool  # whether the named graphs are kept (else merged into one graph)
    write: Writer


_FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> None:
    _FORMATS[fmt.name] = fmt


def formats() -> dict[str, ExportFormat]:
    """The registered formats by name, in registration order."""
    return dict(_FORMATS)


def export(quads: Sequence, name: str, out: BinaryIO | str | Path) -> None:
    """Write quads in the format named to a binary stream or (atomically) to a file."""
    if name not in _FORMATS:
        from ..errors import UsageError

        raise UsageError(f"unknown export format {name!r} (known: {', '.join(_FORMATS)})")
    if isinstance(out, (str, Path)):
        from ..files import write_atomic

        write_atomic(out, lambda handle: _FORMATS[name].write(quads, handle))
    else:
        _FORMATS[name].write(quads, out)


def _rdf_writer(fmt: str) -> Writer:
    def write(quads: Sequence, out: BinaryIO) -> None:
        from ..rdf.io import serialize  # pyoxigraph loads on use: `kmgraph --help` stays fast

        serialize(quads, fmt, out)

    return write


for _name, _description, _graphs in (("ttl", "Turtle", False), ("nt", "N-Triples", False),
                                      ("jsonld", "JSON-LD", False), ("trig", "TriG", True), ("nq", "N-Quads", True)):
    register(ExportFormat(_name, _description, _graphs, _rdf_writer(_name)))
