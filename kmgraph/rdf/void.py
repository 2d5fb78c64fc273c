"""VoID description of a built dataset: size, entities, classes and properties."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

import pyoxigraph as ox

from .mapping import N, en, plain, th, typed
from .namespaces import DCTERMS, RDF, VOCABULARIES, VOID
from .terms import to_triples


def void_from_counts(base_iri: str, triples: int, entities: int, classes: Counter, properties: Counter,
                     dumps: Iterable[str] = ()) -> list[ox.Triple]:
    """VoID from counts gathered while streaming a build (every subject is an IRI, so subjects = entities)."""
    dataset = N(base_iri + "void")
    out = []

    def add(s, p, o):
        out.append((s, p, o))

    def count(value: int) -> str:
        return typed(str(value), "integer")

    add(dataset, RDF + "type", N(VOID + "Dataset"))
    add(dataset, DCTERMS + "title", th("กราฟความรู้จากบันทึกองค์ความรู้ กรมการพัฒนาชุมชน"))
    add(dataset, DCTERMS + "title", en("Knowledge graph of Community Development Department knowledge records"))
    add(dataset, VOID + "uriSpace", plain(base_iri))
    add(dataset, VOID + "triples", count(triples))
    add(dataset, VOID + "entities", count(entities))
    add(dataset, VOID + "distinctSubjects", count(entities))
    add(dataset, VOID + "classes", count(len(classes)))
    add(dataset, VOID + "properties", count(len(properties)))
    for vocabulary in VOCABULARIES:
        add(dataset, VOID + "vocabulary", N(vocabulary))
    for dump in dumps:
        add(dataset, VOID + "dataDump", N(base_iri + dump))
    for kind, counter, key in (("class", classes, VOID + "entities"), ("property", properties, VOID + "triples")):
        for iri in sorted(counter):
            partition = N(f"{base_iri}void/{kind}/{hashlib.sha1(iri.encode()).hexdigest()[:12]}")
            add(dataset, VOID + ("classPartition" if kind == "class" else "propertyPartition"), partition)
            add(partition, VOID + kind, N(iri))
            add(partition, key, count(counter[iri]))
    return to_triples(out)
