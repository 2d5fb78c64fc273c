"""Writing a ~1,000,000-triple graph: kmgraph's export (sorted, pyoxigraph writer) against rdflib's Turtle.

usage: python benchmarks/bench_write.py [TRIPLES] [RDFLIB_TRIPLES]   (defaults 1000000 and 100000)
The graph is the seeds' triples, copied with renamed records until it holds about TRIPLES triples.
rdflib's Turtle writer slows down worse than linearly (here it did not finish 1,000,000 triples in 20 minutes),
so it is timed on the first RDFLIB_TRIPLES triples, and kmgraph's export on those and on the whole graph.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from synthetic import synthetic_quads  # noqa: E402

from kmgraph.rdf.io import serialize  # noqa: E402


def synthetic_graph(target: int) -> list[ox.Triple]:
    """The synthetic corpus's triples (named graphs merged)."""
    return list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in synthetic_quads(target)))


def timed(label: str, action) -> float:
    start = time.perf_counter()
    size = action()
    seconds = time.perf_counter() - start
    print(f"{label:48s} {seconds:8.2f} s  {size / 1e6:7.1f} MB")
    return seconds


def main(target: int, rdflib_target: int) -> None:
    triples = synthetic_graph(target)
    subset = triples[:rdflib_target]
    print(f"graph: {len(triples):,} triples (Thai literals), machine: {sys.platform}, python {sys.version.split()[0]}")
    ours_all = timed(f"kmgraph export, {len(triples):,} triples", lambda: len(serialize(triples, "ttl")))
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "g.nt"
        nt.write_bytes(serialize(triples, "nt"))
        store = ox.Store()
        store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        timed(f"pyoxigraph Store.dump Turtle, {len(triples):,} (unordered)",
              lambda: len(store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())))
    ours = timed(f"kmgraph export, {len(subset):,} triples", lambda: len(serialize(subset, "ttl")))
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=serialize(subset, "nt").decode("utf-8"), format="nt")
    theirs = timed(f"rdflib Graph.serialize('turtle'), {len(subset):,}", lambda: len(graph.serialize(format="turtle")))
    print(f"on {len(subset):,} triples kmgraph's export is {theirs / ours:.0f}x faster than rdflib's Turtle writer; "
          f"{len(triples):,} triples take kmgraph {ours_all:.1f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000, int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
