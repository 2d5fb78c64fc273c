"""Write graphs: sorted, de-duplicated, through pyoxigraph's fast writers, atomically (temp file + rename)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .mapping import PREFIXES

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
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path}: unknown RDF file type (use one of {', '.join(sorted(SUFFIXES))})")
    return SUFFIXES[suffix]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(path: str | Path):
    """Open a temporary file beside path for writing; rename it over path only if all went well."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, write: Callable[[BinaryIO], None]) -> Path:
    with atomic_output(path) as out:
        write(out)
    return Path(path)


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
