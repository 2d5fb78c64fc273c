"""What a publisher needs: schema.org in its usual http form everywhere, VoID/DCAT with licence, publisher,
creation date, SPARQL endpoint and example resources."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kmgraph.rdf.namespaces import PREFIXES

ROOT = Path(__file__).resolve().parents[2]


def test_schema_org_is_written_in_its_http_form(built_seeds):
    assert PREFIXES["schema"] == "http://schema.org/"
    sources = [*ROOT.glob("ontology/*.ttl"), *ROOT.glob("kmgraph/**/*.rq"), *ROOT.glob("kmgraph/**/*.py")]
    assert [str(p) for p in sources if "https://schema.org" in p.read_text(encoding="utf-8")] == []
    quads = list(ox.parse(path=str(built_seeds / "kmgraph.trig"), format=ox.RdfFormat.TRIG))
    used = {q.predicate.value for q in quads} | {q.object.value for q in quads if isinstance(q.object, ox.NamedNode)}
    assert any(iri.startswith("http://schema.org/") for iri in used)
    assert not any(iri.startswith("https://schema.org/") for iri in used)


VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
DCTERMS = "http://purl.org/dc/terms/"


def test_void_names_licence_publisher_date_endpoint_and_examples(built_seeds):
    import re

    from kmgraph.rdf.iris import DEFAULT_BASE_IRI
    from kmgraph.store.embedded import open_store

    void = ox.Store()
    void.load(path=str(built_seeds / "void.ttl"), format=ox.RdfFormat.TURTLE)
    dataset = ox.NamedNode(DEFAULT_BASE_IRI + "void")

    def values(subject, predicate):
        return [q.object for q in void.quads_for_pattern(subject, ox.NamedNode(predicate), None)]

    assert {t.value for t in values(dataset, str(PREFIXES["rdf"]) + "type")} >= {VOID + "Dataset", DCAT + "Dataset"}
    assert [t.value for t in values(dataset, DCTERMS + "license")] == ["https://creativecommons.org/licenses/by/4.0/"]
    publisher, = values(dataset, DCTERMS + "publisher")
    assert [t.value for t in values(publisher, PREFIXES["foaf"] + "name")] == ["The kmgraph developers"]
    created, = values(dataset, DCTERMS + "created")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", created.value) and created.datatype.value.endswith("#date")
    assert [t.value for t in values(dataset, VOID + "sparqlEndpoint")] == [DEFAULT_BASE_IRI + "sparql"]
    examples = [t.value for t in values(dataset, VOID + "exampleResource")]
    store = open_store(built_seeds / "store", read_only=True)
    assert examples and all(next(store.quads_for_pattern(ox.NamedNode(e), None, None, None), None) for e in examples)
    distributions = values(dataset, DCAT + "distribution")
    assert len(distributions) == 2 and all(values(d, DCAT + "downloadURL") for d in distributions)


def test_the_creation_date_follows_source_date_epoch(monkeypatch):
    from collections import Counter

    from kmgraph.rdf.void import void_from_counts

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    triples = void_from_counts("https://example.org/", 1, 1, Counter(), Counter(), endpoint_url="https://e.org/q")
    assert any(t.predicate.value == DCTERMS + "created" and t.object.value == "2023-11-14" for t in triples)
    assert any(t.predicate.value == VOID + "sparqlEndpoint" and t.object.value == "https://e.org/q" for t in triples)


def test_serve_answers_sparql_at_the_endpoint_void_names(built_seeds):
    import requests

    from kmgraph.rdf.iris import DEFAULT_BASE_IRI
    from tests.store.test_serve_safety import start_serve, stop

    process, url = start_serve(built_seeds / "store", "--base-iri", DEFAULT_BASE_IRI)
    try:
        endpoint = url.rsplit("/sparql", 1)[0] + "/kmgraph/id/sparql"
        answer = requests.get(endpoint, params={"query": "ASK { ?r a kmo:KnowledgeRecord }"}, timeout=30)
        assert answer.status_code == 200 and answer.json()["boolean"] is True
    finally:
        stop(process)
