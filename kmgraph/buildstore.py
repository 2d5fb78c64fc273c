"""The build's embedded store: bulk-loaded afresh while the records stream in, or updated per named graph.

A store without a usable manifest (none yet, another kmgraph version, a failed build) is built afresh in a
temporary folder beside it: TriG arrives a graph at a time, and every BULK_CHUNK_GRAPHS graphs are bulk-loaded
by a background thread (Oxigraph's loader runs in Rust, without the GIL) while the workers go on extracting.
The folder replaces the old store only when everything is loaded. A store with a manifest is updated in place:
graphs whose cache key changed are replaced, each in one transaction, and graphs no longer built are dropped.
"""

from __future__ import annotations

import json
import queue
import shutil
import threading
from pathlib import Path

import pyoxigraph as ox

from . import __version__
from .export import write_atomic
from .store import graphs_of_quads, open_store, replace_graphs

MANIFEST = "manifest.json"
BULK_CHUNK_GRAPHS = 2500  # bulk-load this many graphs at a time: the loader's memory grows with its input
REPLACE_MAX_GRAPHS = 1000  # more changed graphs than this (and than a quarter of all): reload everything in bulk


def read_manifest(directory: Path) -> dict[str, str] | None:
    """The graph keys an existing store holds, or None when it must be built afresh."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("version") != __version__ or not (directory / "CURRENT").exists():
        return None
    return dict(manifest.get("graphs", {}))


def _write_manifest(directory: Path, graphs: dict[str, str]) -> None:
    write_atomic(directory / MANIFEST, lambda handle: handle.write(
        json.dumps({"version": __version__, "graphs": graphs}, sort_keys=True, indent=0).encode()))


class StoreSync:
    """Keeps a build's store equal to the build: `add` each named graph as it is made, then `finish`."""

    def __init__(self, directory: Path, header: bytes):
        self.directory = Path(directory)
        self.header = header
        self.known = read_manifest(self.directory)
        self.graphs: dict[str, str] = {}
        self.changed: dict[str, bytes] = {}
        self._pending: list[bytes] = []
        self.fresh = self.known is None
        self._loader: _BulkLoader | None = None  # started with the first chunk, after the workers have forked
        if not self.fresh:  # fail now, not after extracting every record, if another process holds the store
            open_store(self.directory).flush()

    def add(self, graph: str, key: str, trig: bytes) -> None:
        """One named graph (UTF-8 TriG without @prefix lines) and the cache key of what it was made from."""
        self.graphs[graph] = key
        if self.fresh:
            self._pending.append(trig)
            if len(self._pending) >= BULK_CHUNK_GRAPHS:
                self._send()
        elif self.known.get(graph) != key:
            self.changed[graph] = trig

    def _send(self) -> None:
        if self._loader is None:
            self._loader = _BulkLoader(self.directory.with_name(f".{self.directory.name}.part"))
        if self._pending:
            self._loader.put(b"".join([self.header, *self._pending]))
            self._pending = []

    def finish(self, dataset: Path | None = None) -> int:
        """Load what is left, put the store in place and write its manifest; return the graphs replaced.

        dataset: the TriG file of every graph added (written as this build's kmgraph.trig); when most graphs
        changed, the store is bulk-loaded from it afresh rather than updated graph by graph."""
        if not self.fresh and dataset is not None and len(self.changed) > max(REPLACE_MAX_GRAPHS,
                                                                               len(self.graphs) // 4):
            self.fresh = True
            for block in _graph_blocks(Path(dataset).read_bytes()[len(self.header):]):
                self._pending.append(block)
                if len(self._pending) >= BULK_CHUNK_GRAPHS:
                    self._send()
        if self.fresh:
            self._send()
            self._loader.close()
            _write_manifest(self._loader.directory, self.graphs)
            _replace_folder(self._loader.directory, self.directory)
            return len(self.graphs)
        store = open_store(self.directory)
        for graph in list(store.named_graphs()):
            if graph.value not in self.graphs:
                store.remove_graph(graph)
        if self.changed:
            data = b"".join([self.header, *self.changed.values()])
            quads = list(ox.parse(data, format=ox.RdfFormat.TRIG))
            replace_graphs(store, graphs_of_quads(quads, self.directory))
        store.flush()
        del store
        _write_manifest(self.directory, self.graphs)
        return len(self.changed)

    def abort(self) -> None:
        """The build failed: stop loading and leave the old store as it was."""
        if self._loader is not None:
            self._loader.close(discard=True)


class _BulkLoader:
    """A new store in `directory`, bulk-loading the chunks it is given in a background thread."""

    def __init__(self, directory: Path):
        self.directory = directory
        shutil.rmtree(directory, ignore_errors=True)
        self._store = open_store(directory)
        self._chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._chunks.get()) is not None:
            if self._error is None:
                try:
                    self._store.bulk_load(chunk, format=ox.RdfFormat.TRIG)
                except BaseException as error:  # noqa: BLE001 - re-raised by close()
                    self._error = error

    def put(self, chunk: bytes) -> None:
        self._chunks.put(chunk)

    def close(self, discard: bool = False) -> None:
        """Wait for the loads to end; raise the first error (or, when discarding, remove the store)."""
        self._chunks.put(None)
        self._thread.join()
        self._store.flush()
        self._store = None
        if discard or self._error is not None:
            shutil.rmtree(self.directory, ignore_errors=True)
        if self._error is not None and not discard:
            raise self._error


def _graph_blocks(trig: bytes):
    """The graph blocks of a TriG file as the build writes it: each ends with a line holding only "}"."""
    start = 0
    while (end := trig.find(b"\n}\n", start)) >= 0:
        yield trig[start:end + 3]
        start = end + 3
    if trig[start:].strip():
        yield trig[start:]


def _replace_folder(new: Path, target: Path) -> None:
    """Put a finished folder where the old one was (the old one is removed only after the swap)."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)
