"""`kmgraph build`: records → named graphs → Turtle, TriG and VoID in one folder."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from . import tables
from .model import InputError, Record
from .rdf import GraphOptions, IriMinter, record_triples
from .read import iter_record_files
from .records import parse_record

Progress = Callable[[Path], None]


@dataclass
class BuildResult:
    """What a build made: counts for the summary line and the files written."""

    records: list[Record] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    triples: int = 0
    quads: list[ox.Quad] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def warnings(self) -> int:
        return sum(len(r.warnings) for r in self.records)

    def summary(self) -> str:
        failed = f", {len(self.errors)} failed" if self.errors else ""
        return (f"{len(self.records)} records{failed}, {self.triples:,} triples, {self.warnings} warnings, "
                f"{self.seconds:.1f} s")


@lru_cache(maxsize=1)
def concept_triples() -> tuple[ox.Triple, ...]:
    """The SKOS concept schemes, published with the data so that labels resolve."""
    path = tables.ontology_file("concepts.ttl")
    parsed = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    return tuple(ox.Triple(q.subject, q.predicate, q.object) for q in parsed)


def dataset_quads(records: Iterable[Record], options: GraphOptions) -> list[ox.Quad]:
    """Each record's triples in its own named graph, and the concept schemes in theirs."""
    mint = IriMinter(options.base_iri)
    quads = []
    for record in sorted(records, key=lambda r: r.id):
        graph = mint.graph(record.id)
        quads.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in record_triples(record, options))
    concepts = ox.NamedNode(options.base_iri + "graph/concepts")
    quads.extend(ox.Quad(t.subject, t.predicate, t.object, concepts) for t in concept_triples())
    return quads


def read_records(
    paths: Iterable[str | Path], progress: Progress | None = None
) -> tuple[list[Record], list[InputError]]:
    records, errors = [], []
    for path in iter_record_files(paths):
        try:
            records.append(parse_record(path))
        except InputError as error:
            errors.append(error)
        if progress:
            progress(path)
    return records, errors


def build(paths: Iterable[str | Path], out_dir: str | Path = "output", options: GraphOptions | None = None,
          progress: Progress | None = None, store: bool = True, html: bool = True) -> BuildResult:
    """Read records; write kmgraph.ttl (all records), kmgraph.trig (named graphs), void.ttl and the network
    view kmgraph.html; and make the embedded store (out_dir/store) hold exactly these named graphs."""
    from .export import write_rdf
    from .void import void_triples

    options = options or GraphOptions()
    started = time.perf_counter()
    out_dir = Path(out_dir)
    result = BuildResult()
    result.records, result.errors = read_records(paths, progress)
    result.quads = dataset_quads(result.records, options)
    triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in result.quads))
    result.triples = len(triples)
    result.outputs["ttl"] = write_rdf(out_dir / "kmgraph.ttl", triples)
    result.outputs["trig"] = write_rdf(out_dir / "kmgraph.trig", result.quads)
    result.outputs["void"] = write_rdf(out_dir / "void.ttl", void_triples(triples, options.base_iri,
                                                                          ("kmgraph.ttl", "kmgraph.trig")))
    if store:
        from .store import graphs_of_quads, open_store, sync_graphs

        directory = out_dir / "store"
        sync_graphs(open_store(directory), graphs_of_quads(result.quads, result.outputs["trig"]))
        result.outputs["store"] = directory
    if html:
        from .views import write_view

        memory = ox.Store()
        memory.extend(result.quads)
        result.outputs["html"] = write_view(out_dir / "kmgraph.html", source=memory).path
    result.seconds = time.perf_counter() - started
    return result
