"""Where the build's records go. Each sink takes every record's outputs (`add`), then what all records share
(`finish`), or is told the build failed (`abort`: nothing half-written stays). A new output is a new sink.

- FileSink: kmgraph.ttl and kmgraph.trig, written as the records stream in (atomic: temporary until finished);
- VoidSink: counts classes, properties and entities, then writes void.ttl;
- StoreSink: keeps the embedded store equal to the build (storesync.StoreSync), its last loads in the background;
- OverviewSink: gathers what the overview page draws of each record, then draws kmgraph.html and the map, heatmap
  and quality pages beside it.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import pyoxigraph as ox

from .. import tables
from ..files import atomic_output
from ..rdf.io import serialize, write_rdf
from ..rdf.iris import DEFAULT_BASE_IRI
from ..rdf.mapping import GraphOptions, IriMinter
from ..rdf.namespaces import RDF_TYPE
from ..rdf.terms import Statement
from ..rdf.void import void_from_counts
from ..views.overview import RecordView
from .outputs import RecordOutput, _strip_prefixes, _turtle_writer, prefix_header, shared_graph
from .storesync import StoreSync
from .workers import _Background

FILES = ("kmgraph.ttl", "kmgraph.trig")


@dataclass(frozen=True)
class Shared:
    """What the sinks get once the last record is in: the shared nodes' triples (people, offices, places, each
    once, as sorted N-Triples lines, so each subject's lines are together), and the concept schemes, with their
    named graph. The lines are written as Turtle by the records' own writer (rdf/terms.py), not parsed again."""

    lines: list[str]
    concepts: list[ox.Triple]
    concept_graph: ox.NamedNode
    shared_graph: ox.NamedNode = ox.NamedNode(shared_graph(DEFAULT_BASE_IRI))  # holds the triples, once each

    def ntriples(self) -> bytes:
        return "\n".join(self.lines).encode("utf-8")

    @cached_property
    def statements(self) -> list[Statement]:
        """The lines as (subject, predicate IRI, object) terms: "<s> <p> o ." split at its first two spaces."""
        statements = []
        for line in self.lines:
            subject, predicate, rest = line.split(" ", 2)
            statements.append((subject, predicate[1:-1], rest[:-2]))
        return statements

    @cached_property
    def extra(self) -> list[ox.Triple]:
        """The shared triples parsed (for the overview, which reads terms), then the concepts."""
        parsed = ox.parse(self.ntriples(), format=ox.RdfFormat.N_TRIPLES) if self.lines else ()
        return [quad.triple for quad in parsed] + list(self.concepts)

    @cached_property
    def turtle(self) -> str:
        """The shared triples as Turtle (without @prefix lines), made once for the files and the store."""
        base = self.shared_graph.value.removesuffix(shared_graph(""))
        return _turtle_writer(base).write(self.statements)

    @cached_property
    def shared_trig(self) -> str:
        """The shared graph as TriG (without @prefix lines)."""
        return f"{self.shared_graph} {{\n{self.turtle}}}\n" if self.lines else ""

    def concepts_trig(self) -> str:
        quads = [ox.Quad(t.subject, t.predicate, t.object, self.concept_graph) for t in self.concepts]
        return _strip_prefixes(serialize(quads, "trig"))

    def counts(self) -> tuple[Counter, Counter, int, int]:
        """VoID's figures for the shared triples and the concepts: classes, properties, triples, entities."""
        classes: Counter = Counter(o[1:-1] for _, p, o in self.statements if p == RDF_TYPE)
        classes.update(t.object.value for t in self.concepts if t.predicate.value == RDF_TYPE)
        properties: Counter = Counter(p for _, p, _ in self.statements)
        properties.update(t.predicate.value for t in self.concepts)
        entities = len({s for s, _, _ in self.statements} | {str(t.subject) for t in self.concepts})
        return classes, properties, len(self.statements) + len(self.concepts), entities


class Sink:
    """A destination of the build's records: add each, then finish, or abort."""

    name = "sink"

    def add(self, output: RecordOutput) -> None:
        """One record's outputs, in record order."""

    def finish(self, shared: Shared, outputs: dict[str, Path]) -> None:
        """Complete the output (and name what was written in outputs)."""

    def wait(self) -> None:
        """Wait for work finish() left running, re-raising its error."""

    def abort(self, error: BaseException | None = None) -> None:
        """The build failed: leave nothing half-written."""


class FileSink(Sink):
    """kmgraph.ttl (every record's own triples, then the shared nodes and concepts) and kmgraph.trig (one named
    graph per record, then the concepts' graph), both starting with the @prefix lines."""

    name = "records and files"

    def __init__(self, directory: Path):
        self.directory = directory
        self.contexts = {name: atomic_output(directory / name) for name in FILES}
        self.files = {name: context.__enter__() for name, context in self.contexts.items()}
        self.open = True
        header = prefix_header()
        for handle in self.files.values():
            handle.write(header)

    def _write(self, name: str, data: str | bytes | memoryview) -> None:
        self.files[name].write(data.encode("utf-8") if isinstance(data, str) else data)

    def add(self, output: RecordOutput) -> None:
        self._write("kmgraph.trig", output.trig)
        self._write("kmgraph.ttl", memoryview(output.trig)[output.own[0]:output.own[1]])

    def finish(self, shared: Shared, outputs: dict[str, Path]) -> None:
        self._write("kmgraph.ttl", shared.turtle)
        self._write("kmgraph.ttl", _strip_prefixes(serialize(shared.concepts, "ttl")))
        self._write("kmgraph.trig", shared.shared_trig)
        self._write("kmgraph.trig", shared.concepts_trig())
        self._close(None)
        outputs["ttl"] = self.directory / "kmgraph.ttl"
        outputs["trig"] = self.directory / "kmgraph.trig"

    def _close(self, error: BaseException | None) -> None:
        if not self.open:
            return
        self.open = False
        for context in self.contexts.values():
            if error is None:
                context.__exit__(None, None, None)
            else:
                context.__exit__(type(error), error, error.__traceback__)

    def abort(self, error: BaseException | None = None) -> None:
        self._close(error or RuntimeError("build aborted"))


class VoidSink(Sink):
    """void.ttl: the dataset's size, entities, classes and properties, counted as the records stream in."""

    name = "void"

    def __init__(self, directory: Path, options: GraphOptions):
        self.directory, self.options = directory, options
        self.classes: Counter = Counter()
        self.properties: Counter = Counter()
        self.triples = self.entities = 0
        self.examples: list[str] = []  # the first records' IRIs, VoID's example resources

    def add(self, output: RecordOutput) -> None:
        if len(self.examples) < 3:
            self.examples.append(IriMinter(self.options.base_iri).record(output.id))
        self.classes.update(output.classes)
        self.properties.update(output.properties)
        self.triples += output.own_triples
        self.entities += output.own_subjects

    def finish(self, shared: Shared, outputs: dict[str, Path]) -> None:
        classes, properties, triples, entities = shared.counts()
        self.classes.update(classes)
        self.properties.update(properties)
        self.triples += triples
        self.entities += entities
        outputs["void"] = write_rdf(self.directory / "void.ttl", void_from_counts(
            self.options.base_iri, self.triples, self.entities, self.classes, self.properties, FILES, self.examples))


class StoreSink(Sink):
    """The embedded store, made equal to the build graph by graph; its last loads run in a thread (Rust, the
    GIL released) while the overview is drawn."""

    name = "store"

    def __init__(self, sync: StoreSync):
        self.sync = sync
        self.loader: _Background | None = None
        self.graphs_replaced = 0

    def add(self, output: RecordOutput) -> None:
        self.sync.add(output.graph, output.key, output.trig)

    def finish(self, shared: Shared, outputs: dict[str, Path]) -> None:
        concepts_key = hashlib.sha256(tables.ontology_file("concepts.ttl").read_bytes()).hexdigest()
        self.sync.add(shared.concept_graph.value, concepts_key, shared.concepts_trig().encode("utf-8"))
        shared_trig = shared.shared_trig.encode("utf-8")
        self.sync.add(shared.shared_graph.value, hashlib.sha256(shared_trig).hexdigest(), shared_trig)
        self.loader = _Background(self.sync.finish, outputs["trig"])
        outputs["store"] = self.sync.directory

    def wait(self) -> None:
        if self.loader:
            self.graphs_replaced = self.loader.result()

    def abort(self, error: BaseException | None = None) -> None:
        if self.loader:  # the store must be closed before its generation folder is removed
            self.loader.wait()
        self.sync.abort()


class OverviewSink(Sink):
    """What the overview page draws of each record (its RecordView), gathered as the records stream in; at the end
    the overview's graph is made from them and the shared nodes' triples (views.overview.overview_graph: no store,
    no SPARQL) and drawn as kmgraph.html and the map, heatmap and quality pages.
    When everything the pages are drawn from is what the live generation's pages were drawn from (the same records'
    views, shared facts and concepts, kmgraph's code, templates and tables), its pages are linked in, not drawn
    again."""

    name = "html"
    MANIFEST = ".pages.json"  # what the pages were drawn from, in the generation folder

    def __init__(self, directory: Path, graph_iri: str, previous: Path | None = None):
        self.directory = directory
        self.previous = previous
        self.views: list[RecordView] = []
        self._digest = hashlib.sha256(_pages_code_digest().encode() + graph_iri.encode())

    def add(self, output: RecordOutput) -> None:
        if output.view is not None:
            self.views.append(output.view)
            # the view is made from what its cache key is made of (the file's bytes and path, kmgraph's code and
            # tables, the graph options): the key and the record's graph name the view (its repr cost 0.2 s a 10k)
            self._digest.update(f"{output.key} {output.graph}\0".encode())

    def finish(self, shared: Shared, outputs: dict[str, Path]) -> None:
        from ..views.html import write_pages
        from ..views.overview import overview_graph

        self._digest.update(shared.ntriples() + b"\0" + "\n".join(map(str, shared.concepts)).encode("utf-8"))
        digest = self._digest.hexdigest()
        if (kept := self._kept_pages(digest)) is not None:
            outputs.update(kept)
            return
        before = set(self.directory.iterdir())
        with _collector_paused():  # the graph and pages make millions of objects and no cycles worth a scan
            written = write_pages(self.directory, overview_graph(self.views, shared.concepts, shared.statements))
        outputs.update(written)
        files = sorted(p.name for p in set(self.directory.iterdir()) - before if p.is_file())  # pages, their .rq
        manifest = {"digest": digest, "outputs": {k: p.name for k, p in written.items()}, "files": files}
        with atomic_output(self.directory / self.MANIFEST) as handle:
            handle.write(json.dumps(manifest).encode("utf-8"))

    def _kept_pages(self, digest: str) -> dict[str, Path] | None:
        """The live generation's pages, hard-linked into this one, if they were drawn from the same digest."""
        if self.previous is None:
            return None
        try:
            manifest = json.loads((self.previous / self.MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(manifest, dict) or manifest.get("digest") != digest:
            return None
        linked: list[Path] = []
        try:
            for name in [*manifest["files"], self.MANIFEST]:
                os.link(self.previous / name, self.directory / name)
                linked.append(self.directory / name)
            return {key: self.directory / name for key, name in manifest["outputs"].items()}
        except (OSError, KeyError, TypeError, AttributeError):
            for path in linked:  # drawn afresh instead
                path.unlink(missing_ok=True)
            return None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while (its full scans of the build's many objects cost a third of
    the pages' time), on again after, as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@lru_cache(maxsize=1)
def _pages_code_digest() -> str:
    """What the pages depend on besides the data: kmgraph's code and tables (the records' cache key), the views'
    templates and queries, and the versions of the libraries that draw them."""
    from importlib import metadata

    from .cache import _reader_digest

    digest = hashlib.sha256(_reader_digest().encode())
    views = Path(__file__).parent.parent / "views"
    for path in sorted(views.rglob("*")):
        if path.is_file() and path.suffix != ".py" and "__pycache__" not in path.parts:
            digest.update(path.relative_to(views).as_posix().encode() + b"\0" + path.read_bytes())
    for package in ("pyvis", "jinja2", "networkx", "igraph"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=none".encode())
    return digest.hexdigest()
