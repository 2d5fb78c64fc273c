"""The published vocabulary is documented and complete: every kmo: term has Thai and English labels and comments,
every concept a Thai and English definition, every kmo: term the data uses is declared, and the licence is stated."""

from __future__ import annotations

import configparser
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.conftest import ROOT, SEEDS

ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY_IRI = "https://w3id.org/kmgraph/ontology"
KMO = ONTOLOGY_IRI + "#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
VANN = "http://purl.org/vocab/vann/"
PROPERTY_KINDS = {OWL + "ObjectProperty", OWL + "DatatypeProperty"}
# sha256 of the Apache License 2.0 text as apache.org publishes it (https://www.apache.org/licenses/LICENSE-2.0.txt).
APACHE_2_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30"


def load(name: str) -> ox.Store:
    store = ox.Store()
    store.load(path=str(ONTOLOGY_DIR / name), format=ox.RdfFormat.TURTLE)
    return store


def objects(store: ox.Store, subject, predicate: str) -> list:
    return [q.object for q in store.quads_for_pattern(subject, ox.NamedNode(predicate), None)]


def languages(store: ox.Store, subject, predicate: str) -> set[str]:
    return {o.language for o in objects(store, subject, predicate)
            if isinstance(o, ox.Literal) and o.language and o.value.strip()}


def kinds(store: ox.Store) -> dict[str, set[str]]:
    """Each kmo: term declared in the store and the rdf:types it is declared with."""
    declared: dict[str, set[str]] = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), None):
        if isinstance(quad.subject, ox.NamedNode) and quad.subject.value.startswith(KMO):
            declared.setdefault(quad.subject.value, set()).add(quad.object.value)
    return declared


@pytest.fixture(scope="module")
def ontology() -> ox.Store:
    return load("kmgraph.ttl")


@pytest.fixture(scope="module")
def concepts() -> ox.Store:
    return load("concepts.ttl")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seeds built by the CLI in a separate process, with this tree's code and ontology folder."""
    out = tmp_path_factory.mktemp("ontology-built")
    env = {**os.environ, "KMGRAPH_ONTOLOGY": str(ONTOLOGY_DIR),
           "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    subprocess.run([sys.executable, "-m", "kmgraph.cli", "build", str(SEEDS), "-o", str(out)], check=True, env=env,
                   capture_output=True, timeout=300)
    return out


def test_every_kmo_term_has_a_thai_and_english_label_and_comment(ontology):
    terms = [ox.NamedNode(iri) for iri in kinds(ontology)] + [ox.NamedNode(ONTOLOGY_IRI)]
    assert len(terms) > 50
    missing = [f"{term.value.removeprefix(KMO)}: {predicate.removeprefix(RDFS)}@{lang}"
               for term in terms for predicate in (RDFS + "label", RDFS + "comment") for lang in ("th", "en")
               if lang not in languages(ontology, term, predicate)]
    assert missing == []


def test_every_term_in_the_kmo_namespace_is_declared_with_a_type(ontology):
    """A term described in kmgraph.ttl without rdf:type (a typo in its name, say) would escape the other checks."""
    described = {q.subject.value for q in ontology.quads_for_pattern(None, None, None)
                 if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(KMO)}
    assert described - set(kinds(ontology)) == set()


def test_ontology_header_names_version_licence_creator_publisher_and_prefix(ontology):
    header = ox.NamedNode(ONTOLOGY_IRI)
    for predicate in (OWL + "versionInfo", OWL + "versionIRI", DCTERMS + "license", DCTERMS + "creator",
                      DCTERMS + "publisher", DCTERMS + "title", VANN + "preferredNamespacePrefix"):
        assert objects(ontology, header, predicate), predicate
    assert [o.value for o in objects(ontology, header, VANN + "preferredNamespaceUri")] == [KMO]


def test_every_concept_and_scheme_has_a_thai_and_english_definition(concepts):
    nodes = {q.subject for kind in ("Concept", "ConceptScheme")
             for q in concepts.quads_for_pattern(None, ox.NamedNode(RDF + "type"), ox.NamedNode(SKOS + kind))}
    assert len(nodes) > 50
    missing = [f"{node.value}: skos:definition@{lang}" for node in sorted(nodes, key=lambda n: n.value)
               for lang in ("th", "en") if lang not in languages(concepts, node, SKOS + "definition")]
    assert missing == []


def _used(quads) -> dict[str, set[str]]:
    """kmo: terms by the role they are used in: 'class' (object of rdf:type), 'object property', 'datatype
    property' (predicate with an IRI or a literal object) or 'term' (any other place)."""
    used: dict[str, set[str]] = {}
    for quad in quads:
        predicate = quad.predicate.value
        if predicate.startswith(KMO):
            role = "datatype property" if isinstance(quad.object, ox.Literal) else "object property"
            used.setdefault(predicate, set()).add(role)
        for position, term in (("subject", quad.subject), ("object", quad.object)):
            if isinstance(term, ox.NamedNode) and term.value.startswith(KMO) and term.value != KMO:
                role = "class" if position == "object" and predicate == RDF + "type" else "term"
                used.setdefault(term.value, set()).add(role)
    return used


def _undeclared(used: dict[str, set[str]], declared: dict[str, set[str]]) -> list[str]:
    expected = {"class": {OWL + "Class"}, "object property": {OWL + "ObjectProperty"},
                "datatype property": {OWL + "DatatypeProperty"}}
    problems = []
    for iri, roles in sorted(used.items()):
        name = iri.removeprefix(KMO)
        if iri not in declared:
            problems.append(f"kmo:{name} is used but not declared")
            continue
        problems += [f"kmo:{name} is used as a {role} but not declared one" for role in sorted(roles)
                     if role in expected and not expected[role] & declared[iri]]
    return problems


def test_every_kmo_term_of_the_built_graph_is_declared(built, ontology):
    quads = list(ox.parse(path=str(built / "kmgraph.trig"), format=ox.RdfFormat.TRIG))
    quads += ox.parse(path=str(built / "void.ttl"), format=ox.RdfFormat.TURTLE)
    used = _used(quads)
    assert {KMO + "KnowledgeRecord", KMO + "hasStep", KMO + "SepRing"} <= used.keys()
    assert _undeclared(used, kinds(ontology)) == []


def test_every_kmo_term_of_concepts_and_shapes_is_declared(concepts, ontology):
    quads = list(concepts.quads_for_pattern(None, None, None))
    shapes = list(ox.parse(path=str(ONTOLOGY_DIR / "shapes.ttl"), format=ox.RdfFormat.TURTLE))
    used = _used(quads)
    for quad in shapes:  # shapes name kmo: terms as sh:targetClass, sh:class, sh:path, …: declared is enough
        for term in (quad.subject, quad.predicate, quad.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(KMO):
                used.setdefault(term.value, set()).add("term")
    assert {KMO + "SepCondition", KMO + "matchPolicy", KMO + "isoCode"} <= used.keys()
    assert _undeclared(used, kinds(ontology)) == []


def test_every_kmo_term_of_the_stored_queries_is_declared(ontology):
    queries = sorted((ROOT / "kmgraph").rglob("*.rq"))  # named queries and the views' queries
    assert queries
    names = {name for path in queries for name in re.findall(r"\bkmo:(\w+)", path.read_text(encoding="utf-8"))}
    assert names
    assert sorted(name for name in names if KMO + name not in kinds(ontology)) == []


def test_licence_file_is_the_apache_2_text_that_setup_cfg_declares():
    licence = ROOT / "LICENSE"
    text = licence.read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
    assert hashlib.sha256(licence.read_bytes()).hexdigest() == APACHE_2_SHA256
    setup = configparser.ConfigParser()
    setup.read(ROOT / "setup.cfg", encoding="utf-8")
    assert setup["metadata"]["license"] == "Apache-2.0"
