"""Read RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD) strictly with pyoxigraph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .io import FORMATS, format_of


def read_quads(path: str | Path) -> list[ox.Quad]:
    """All quads of a file (triples land in the default graph); raise SyntaxError naming line and column."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    return list(ox.parse(path=str(path), format=FORMATS[format_of(path)]))
