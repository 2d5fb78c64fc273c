"""VoID and DCAT description of a built dataset: size, entities, classes and properties; licence, publisher,
creation date, SPARQL endpoint, dumps and example resources, for a publisher's catalogue."""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Iterable

import pyoxigraph as ox

from .mapping import N, en, plain, th, typed
from .namespaces import DCTERMS, FOAF, RDF, VOCABULARIES, VOID
from .terms import to_triples

DCAT = "http://www.w3.org/ns/dcat#"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"  # the ontology's and the published data's licence
PUBLISHER = "The kmgraph developers"
MEDIA_TYPES = {"ttl": "text/turtle", "trig": "application/trig", "nt": "application/n-triples",
               "jsonld": "application/ld+json"}


def creation_date() -> str:
    """The build's date (UTC), or that of $SOURCE_DATE_EPOCH, so that a reproducible build can fix it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else time.time()
    return time.strftime("%Y-%m-%d", time.gmtime(seconds))


def void_from_counts(base_iri: str, triples: int, entities: int, classes: Counter, properties: Counter,
                     dumps: Iterable[str] = (), examples: Iterable[str] = (), endpoint_url: str | None = None,
                     created: str | None = None) -> list[ox.Triple]:
    """VoID (and DCAT) from counts gathered while streaming a build (every subject is an IRI, so subjects =
    entities). endpoint_url defaults to <base>sparql, where `kmgraph serve --base-iri` answers SPARQL."""
    dataset = N(base_iri + "void")
    publisher = N(base_iri + "void/publisher")
    endpoint = N(endpoint_url or base_iri + "sparql")
    out = []

    def add(s, p, o):
        out.append((s, p, o))

    def count(value: int) -> str:
        return typed(str(value), "integer")

    add(dataset, RDF + "type", N(VOID + "Dataset"))
    add(dataset, RDF + "type", N(DCAT + "Dataset"))
    add(dataset, DCTERMS + "title", th("กราฟความรู้จากบันทึกองค์ความรู้ กรมการพัฒนาชุมชน"))
    add(dataset, DCTERMS + "title", en("Knowledge graph of Community Development Department knowledge records"))
    add(dataset, DCTERMS + "description", th("ข้อเท็จจริงจากบันทึกองค์ความรู้ (เทคนิค หลักการ ขั้นตอน ผู้เขียน "
                                               "หน่วยงาน พื้นที่) ที่อ่านด้วย kmgraph"))
    add(dataset, DCTERMS + "description", en("Facts read by kmgraph from knowledge records (techniques, principles, "
                                               "steps, authors, offices, places)"))
    add(dataset, DCTERMS + "license", N(LICENSE))
    add(dataset, DCTERMS + "publisher", publisher)
    add(publisher, RDF + "type", N(FOAF + "Organization"))
    add(publisher, FOAF + "name", plain(PUBLISHER))
    add(dataset, DCTERMS + "source", N(base_iri + "org/cdd"))
    add(dataset, DCTERMS + "created", typed(created or creation_date(), "date"))
    add(dataset, VOID + "sparqlEndpoint", endpoint)
    service = N(base_iri + "void/sparql")
    add(dataset, DCAT + "accessService", service)
    add(service, RDF + "type", N(DCAT + "DataService"))
    add(service, DCAT + "endpointURL", endpoint)
    add(service, DCTERMS + "conformsTo", N("https://www.w3.org/TR/sparql11-protocol/"))
    for example in examples:
        add(dataset, VOID + "exampleResource", N(example))
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
        distribution = N(f"{base_iri}void/distribution/{dump}")
        add(dataset, DCAT + "distribution", distribution)
        add(distribution, RDF + "type", N(DCAT + "Distribution"))
        add(distribution, DCAT + "downloadURL", N(base_iri + dump))
        add(distribution, DCAT + "mediaType", N("https://www.iana.org/assignments/media-types/"
                                                 + MEDIA_TYPES.get(dump.rsplit(".", 1)[-1], "text/plain")))
        add(distribution, DCTERMS + "license", N(LICENSE))
    for kind, counter, key in (("class", classes, VOID + "entities"), ("property", properties, VOID + "triples")):
        for iri in sorted(counter):
            partition = N(f"{base_iri}void/{kind}/{hashlib.sha1(iri.encode()).hexdigest()[:12]}")
            add(dataset, VOID + ("classPartition" if kind == "class" else "propertyPartition"), partition)
            add(partition, VOID + kind, N(iri))
            add(partition, key, count(counter[iri]))
    return to_triples(out)
