"""Terms as N-Triples text and the Turtle writer: what they write must parse back to the same triples."""

import pyoxigraph as ox

from kmgraph.rdf.mapping import PREFIXES
from kmgraph.rdf.terms import TurtleWriter, iri, line, literal, to_triples

HARD_TEXT = 'ข้อความ "อ้างอิง" \\ กลับ\nบรรทัดใหม่\r\tแท็บ <script> ^^ @th ; , . # ๑๒๓'
STATEMENTS = [
    (iri("https://w3id.org/kmgraph/id/record/1"), "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
     iri("https://w3id.org/kmgraph/ontology#KnowledgeRecord")),
    (iri("https://w3id.org/kmgraph/id/record/1"), "http://purl.org/dc/terms/title", literal(HARD_TEXT, language="th")),
    (iri("https://w3id.org/kmgraph/id/record/1"), "http://purl.org/dc/terms/date",
     literal("2566-01-05", datatype="http://www.w3.org/2001/XMLSchema#date")),
    (iri("https://w3id.org/kmgraph/id/record/1"), "https://w3id.org/kmgraph/ontology#field", literal('a"b')),
    (iri("https://w3id.org/kmgraph/id/record/1"), "https://w3id.org/kmgraph/ontology#appliesPrinciple",
     iri("https://w3id.org/kmgraph/concept/royal-19")),
    (iri("https://w3id.org/kmgraph/id/person/ab12"), "http://xmlns.com/foaf/0.1/phone", iri("tel:+66812345678")),
    (iri("https://w3id.org/kmgraph/id/person/ab12"), "http://example.org/odd/x.y", literal("1", language="en")),
]
EXPECTED = {
    ox.Triple(ox.NamedNode("https://w3id.org/kmgraph/id/record/1"), ox.NamedNode("http://purl.org/dc/terms/title"),
              ox.Literal(HARD_TEXT, language="th")),
    ox.Triple(ox.NamedNode("https://w3id.org/kmgraph/id/record/1"), ox.NamedNode("http://purl.org/dc/terms/date"),
              ox.Literal("2566-01-05", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))),
}


def test_n_triples_lines_parse_back_with_every_character():
    triples = set(to_triples(STATEMENTS))
    assert len(triples) == len(STATEMENTS) and triples >= EXPECTED
    assert line(STATEMENTS[3]).endswith('"a\\"b" .')


def test_turtle_parses_back_to_the_same_triples_with_prefixed_vocabulary():
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
    body = TurtleWriter(PREFIXES, data_base="https://w3id.org/kmgraph/id/").write(STATEMENTS)
    parsed = {ox.Triple(t.subject, t.predicate, t.object)
              for t in ox.parse((header + body).encode("utf-8"), format=ox.RdfFormat.TURTLE)}
    assert parsed == set(to_triples(STATEMENTS))
    assert " a kmo:KnowledgeRecord" in body and "^^xsd:date" in body and "kmc:royal-19" in body
    assert "<http://example.org/odd/x.y>" in body  # not a declared namespace: written in full
    assert "<https://w3id.org/kmgraph/id/person/ab12>" in body  # the data's own IRIs stay in full


def test_turtle_inside_a_trig_graph_block():
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
    body = TurtleWriter(PREFIXES).write(STATEMENTS)
    quads = list(ox.parse(f"{header}<http://g/1> {{\n{body}}}\n".encode(), format=ox.RdfFormat.TRIG))
    assert len(quads) == len(STATEMENTS) and {q.graph_name.value for q in quads} == {"http://g/1"}
