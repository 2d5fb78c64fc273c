"""The build's embedded store, made in the build's new generation folder (generations.py) and never in the live one.

A store is built afresh when the previous one cannot be trusted: none yet, no manifest, another kmgraph version,
other graph options (e.g. --redact: no old clear values are carried over), or files that differ from those its
manifest lists (another process, e.g. `kmgraph load`, wrote to it after the build). TriG then arrives a graph at
a time, and is bulk-loaded in chunks by a background thread (Oxigraph's loader runs in Rust, without the GIL) while
the workers go on extracting: as few chunks as the loader's memory allows, because each load adds a sorted file to
every index and RocksDB starts compacting them (seconds of CPU at 10,000 records) from the fourth. A trusted store
is copied (a RocksDB checkpoint: hard links) and the copy updated: graphs whose cache key changed are replaced, each
in one transaction, and graphs no longer built are dropped. The manifest (graph keys, options, the store's files)
is written last, into a closed store.
"""

from __future__ import annotations

import fcntl
import json
import os
import queue
import shutil
import threading
from pathlib import Path

import pyoxigraph as ox

from .. import __version__
from ..files import write_atomic
from ..store.embedded import StoreError, graphs_of_quads, open_store, replace_graphs

MANIFEST = "manifest.json"
BULK_CHUNK_GRAPHS = 4000  # at most this many graphs in one load: the loader's memory grows with its input
PAGES_SHARE = 0.2  # graphs kept for the end while pages are drawn: the pages cost about a fifth of the store's load
REPLACE_MAX_GRAPHS = 1000  # more changed graphs than this (and than a quarter of all): reload everything in bulk
_NOT_CONTENT = ("LOCK", MANIFEST)  # files of a store directory that are no part of its content


def store_files(directory: Path) -> list[list]:
    """The store's files and sizes: a read-only open leaves them as they are, any write (or read-write open)
    changes them (a new MANIFEST-n at least)."""
    return sorted([p.name, p.stat().st_size] for p in Path(directory).iterdir()
                  if p.is_file() and p.name not in _NOT_CONTENT and not p.name.startswith("LOG"))


def read_manifest(directory: Path, options: str = "") -> dict[str, str] | None:
    """The graph keys a store holds, or None when it cannot be trusted and must be built afresh."""
    directory = Path(directory)
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        if (manifest.get("version") != __version__ or manifest.get("options") != options
                or not (directory / "CURRENT").exists() or manifest.get("files") != store_files(directory)):
            return None
    except (OSError, ValueError, AttributeError):
        return None
    return dict(manifest.get("graphs", {}))


def _write_manifest(directory: Path, graphs: dict[str, str], options: str) -> None:
    manifest = {"version": __version__, "options": options, "files": store_files(directory), "graphs": graphs}
    write_atomic(directory / MANIFEST, lambda handle: handle.write(
        json.dumps(manifest, sort_keys=True, indent=0).encode()))


def held_by_another_process(directory: Path) -> bool:
    """Whether another process has the store open for writing (RocksDB's lock on its LOCK file)."""
    try:
        handle = os.open(Path(directory) / "LOCK", os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.lockf(handle, fcntl.LOCK_UN)
        return False
    finally:
        os.close(handle)


class StoreSync:
    """Makes a store in `directory` equal to the build: `add` each named graph as it is made, then `finish`.

    previous: the live store, the starting point when it can be trusted; options: the graph options the keys
    were made with; expected: how many graphs the build expects to add (its files), if known; kept_for_end: how many of
    those to load only at finish(), while the build's main thread draws its pages on one core (the store's loader
    then uses the other instead of competing with the workers for both)."""

    def __init__(self, directory: Path, header: bytes, previous: Path | None = None, options: str = "",
                 expected: int | None = None, kept_for_end: int = 0):
        self.directory = Path(directory)
        self.expected = expected
        self.kept_for_end = kept_for_end if expected is not None else 0
        self.header = header
        self.options = options
        self.previous = Path(previous) if previous is not None and Path(previous).is_dir() else None
        if self.previous and held_by_another_process(self.previous):
            raise StoreError(f"{previous}: the store is open in another process; is another kmgraph using it?")
        self.known = read_manifest(self.previous, options) if self.previous else None
        self.graphs: dict[str, str] = {}
        self.changed: dict[str, bytes] = {}
        self._pending: list[bytes] = []
        self.fresh = self.known is None
        self._loader: _BulkLoader | None = None  # started with the first chunk, after the workers have forked
        self._chunk = _even_chunk(expected - self.kept_for_end) if expected is not None else BULK_CHUNK_GRAPHS
        self.loads = 0  # bulk loads handed to the loader

    def add(self, graph: str, key: str, trig: bytes) -> None:
        """One named graph (UTF-8 TriG without @prefix lines) and the cache key of what it was made from."""
        self.graphs[graph] = key
        if self.fresh:
            self._pending.append(trig)
            if len(self._pending) >= self._chunk:
                self._send()
        elif self.known.get(graph) != key:
            self.changed[graph] = trig

    def _send(self) -> None:
        if self._loader is None:
            self._loader = _BulkLoader(self.directory)
        if self._pending:
            self._loader.put(b"".join([self.header, *self._pending]))
            self.loads += 1
            self._pending = []

    def finish(self, dataset: Path | None = None) -> int:
        """Load what is left and write the manifest; return the graphs replaced.

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
            _write_manifest(self.directory, self.graphs, self.options)
            return len(self.graphs)
        shutil.rmtree(self.directory, ignore_errors=True)
        source = ox.Store.read_only(str(self.previous))
        source.backup(str(self.directory))  # a checkpoint: hard links to the live store's immutable files
        del source
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
        _write_manifest(self.directory, self.graphs, self.options)
        return len(self.changed)

    def abort(self) -> None:
        """The build failed: stop loading and remove the new store."""
        if self._loader is not None:
            self._loader.close(discard=True)


def _even_chunk(graphs: int) -> int:
    """Graphs per load for a build expecting this many before those kept for the end: the fewest loads of at most
    BULK_CHUNK_GRAPHS, of even sizes (8,000 graphs: two loads of 4,000; 9,000: three of 3,000)."""
    if graphs <= 0:
        return BULK_CHUNK_GRAPHS
    loads = -(-graphs // BULK_CHUNK_GRAPHS)
    return -(-graphs // loads)


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
