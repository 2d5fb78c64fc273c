"""The overview reads the shared nodes' facts from their N-Triples terms (a build has them as terms already) as it
reads them from parsed triples: the same kinds, labels, facts and links, in the same order."""

from __future__ import annotations

import pyoxigraph as ox

from kmgraph.build.outputs import concept_triples
from kmgraph.build.sinks import Shared
from kmgraph.views.overview import node_facts

BASE = "https://w3id.org/kmgraph/id/"
FOAF, ORG, KMO = "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/org#", "https://w3id.org/kmgraph/ontology#"
RDFS, SKOS = "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

LINES = sorted([
    f"<{BASE}person/a> <{RDF_TYPE}> <{FOAF}Person> .",
    f'<{BASE}person/a> <{FOAF}name> "นาย \\"ก\\"\\nข\\\\ค"@th .',
    f'<{BASE}person/a> <{FOAF}name> "นาย ก"@th .',
    f"<{BASE}person/a> <{ORG}holds> <{BASE}post/p> .",
    f"<{BASE}person/a> <{ORG}memberOf> <{BASE}org/o> .",
    f'<{BASE}post/p> <{RDFS}label> "พัฒนากร\\r"@th .',
    f"<{BASE}org/o> <{RDF_TYPE}> <{ORG}Organization> .",
    f'<{BASE}org/o> <{SKOS}prefLabel> "สำนักงาน"@th .',
    f'<{BASE}org/o> <{RDFS}label> "Office \\"One\\""@EN .',
    f'<{BASE}org/o> <{SKOS}notation> "07"^^<http://www.w3.org/2001/XMLSchema#string> .',
    f'<{BASE}org/o> <{KMO}isoCode> "TH-52" .',
    f"<{BASE}org/o> <{KMO}province> <{BASE}province/TH-52> .",
    f"<{BASE}province/TH-52> <{RDF_TYPE}> <{KMO}Province> .",
    f'<{BASE}province/TH-52> <{SKOS}prefLabel> "ลำปาง"@th .',
    f'<{BASE}province/TH-52> <{SKOS}prefLabel> "Lampang"@en .',
])


def test_node_facts_from_terms_are_node_facts_from_parsed_triples():
    shared = Shared(LINES, list(concept_triples()), ox.NamedNode(BASE + "graph/concepts"))
    parsed = node_facts(shared.extra)
    from_terms = node_facts(shared.concepts, shared.statements)
    assert parsed.labels[BASE + "person/a"] == 'นาย "ก"\nข\\ค'  # unescaped, the smallest Thai name
    assert parsed.facts[BASE + "org/o"] == [("English", 'Office "One"'), ("รหัส", "TH-52"), ("รหัส", "07")]
    assert parsed.facts[BASE + "person/a"] == [("ตำแหน่ง", "พัฒนากร\r")]
    assert (from_terms.kinds, from_terms.labels, from_terms.facts, from_terms.links) == \
        (parsed.kinds, parsed.labels, parsed.facts, parsed.links)
    assert list(from_terms.kinds) == list(parsed.kinds) and list(from_terms.labels) == list(parsed.labels)
