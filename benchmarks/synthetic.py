"""A synthetic graph for benchmarks: the seeds' record graphs copied under new record IRIs.

Shared nodes (provinces, offices, people, concepts) stay shared, as in a real corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kmgraph.build.pipeline import concept_triples, read_records  # noqa: E402
from kmgraph.rdf.mapping import GraphOptions, IriMinter, record_triples  # noqa: E402


def _renamed(term, copy: int):
    if copy and isinstance(term, ox.NamedNode) and ("/record/" in term.value or "/graph/" in term.value):
        value = term.value.replace("/record/", f"/record/c{copy}-", 1).replace("/graph/", f"/graph/c{copy}-", 1)
        return ox.NamedNode(value)
    return term


IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")


def copy_id(record_id: str, copy: int) -> str:
    """The identifier of a record's copy (the seeds themselves are copy 0)."""
    return record_id if copy == 0 else f"c{copy}-{record_id}"


def synthetic_quads(target: int) -> list[ox.Quad]:
    """About `target` quads: one named graph per copied record, plus the concept schemes."""
    records, _ = read_records([ROOT / "seeds"])
    mint = IriMinter(GraphOptions().base_iri)
    per_record = [(ox.NamedNode(mint.graph(r.id)), record_triples(r)) for r in records]
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(mint.base + "graph/concepts"))
             for t in concept_triples()]
    copy = 0
    while len(quads) < target:
        for graph, triples in per_record:
            name = _renamed(graph, copy)
            for t in triples:
                obj = _renamed(t.object, copy)
                if t.predicate == IDENTIFIER:
                    obj = ox.Literal(copy_id(t.object.value, copy))
                quads.append(ox.Quad(_renamed(t.subject, copy), t.predicate, obj, name))
        copy += 1
    return quads
