"""Linked Data: with `kmgraph serve --base-iri`, every IRI of a seed record dereferences (a real server on
loopback) in Turtle, JSON-LD and HTML by content negotiation, with the facts the store holds about it."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import pyoxigraph as ox
import pytest
import requests

from kmgraph.rdf.iris import DEFAULT_BASE_IRI
from kmgraph.store.deref import choose_view, resource_iri
from kmgraph.store.embedded import open_store
from tests.store.test_serve_safety import start_serve, stop

RECORD_GRAPH = DEFAULT_BASE_IRI + "graph/000_5796a825079509ea"


@pytest.fixture(scope="module")
def served(built_seeds):
    process, url = start_serve(built_seeds / "store", "--base-iri", DEFAULT_BASE_IRI)
    yield url.rsplit("/sparql", 1)[0]
    stop(process)


def record_iris(store_dir) -> set[str]:
    store = open_store(store_dir, read_only=True)
    found = set()
    for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(RECORD_GRAPH)):
        for term in (quad.subject, quad.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(DEFAULT_BASE_IRI):
                found.add(term.value)
    return found


def local(served: str, iri: str) -> str:
    return served + "/" + quote(iri[len(DEFAULT_BASE_IRI):])


def test_every_iri_of_a_record_dereferences(built_seeds, served):
    iris = record_iris(built_seeds / "store")
    assert len(iris) > 20 and DEFAULT_BASE_IRI + "record/000_5796a825079509ea" in iris
    for iri in sorted(iris):
        turtle = requests.get(local(served, iri), headers={"Accept": "text/turtle"}, timeout=30)
        assert turtle.status_code == 200, (iri, turtle.text)
        assert turtle.headers["Content-Type"].startswith("text/turtle") and turtle.headers["Vary"] == "Accept"
        triples = list(ox.parse(turtle.content, format=ox.RdfFormat.TURTLE))
        assert any(t.subject == ox.NamedNode(iri) for t in triples), iri
        page = requests.get(local(served, iri), headers={"Accept": "text/html,application/xhtml+xml;q=0.9"},
                            timeout=30)
        assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html"), iri
        assert iri in page.text and "default-src 'none'" in page.headers["Content-Security-Policy"]


def test_json_ld_thai_html_and_the_base_path(built_seeds, served):
    record = DEFAULT_BASE_IRI + "record/000_5796a825079509ea"
    answer = requests.get(local(served, record), headers={"Accept": "application/ld+json"}, timeout=30)
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("application/ld+json")
    assert any(q.subject.value == record for q in ox.parse(answer.content, format=ox.RdfFormat.JSON_LD))
    page = requests.get(local(served, record), headers={"Accept": "text/html"}, timeout=30).text
    assert '<html lang="th">' in page and "เทคนิค" in page
    assert 'href="/province/TH-' in page or 'href="/district/' in page  # links stay on the server
    behind_redirect = served + urlsplit(record).path  # the w3id path, /kmgraph/id/record/…
    assert requests.get(behind_redirect, timeout=30).status_code == 200
    assert requests.get(served + "/record/nothing-here", timeout=30).status_code == 404
    assert requests.get(served + "/record/" + quote("<x>"), timeout=30).status_code == 404


def test_without_base_iri_paths_are_not_found(built_seeds):
    process, url = start_serve(built_seeds / "store")
    try:
        assert requests.get(url.rsplit("/sparql", 1)[0] + "/record/000_5796a825079509ea", timeout=30).status_code == 404
    finally:
        stop(process)


def test_negotiation_and_paths():
    assert choose_view("text/html,application/xhtml+xml,*/*;q=0.8") == "html"
    assert choose_view("text/html;q=0.5, text/turtle") == "turtle"
    assert choose_view("application/ld+json") == "jsonld" and choose_view("") == "turtle"
    assert resource_iri("/kmgraph/id/record/x", DEFAULT_BASE_IRI) == DEFAULT_BASE_IRI + "record/x"
    assert resource_iri("/record/x?format=html", DEFAULT_BASE_IRI) == DEFAULT_BASE_IRI + "record/x"
    assert resource_iri("/", DEFAULT_BASE_IRI) is None
