"""The mapping of each record field to RDF."""

import pyoxigraph as ox
import pytest

from kmgraph.extract.records import parse_record
from kmgraph.rdf.mapping import DCTERMS, FOAF, KMO, NIF, ORG, SCHEMA, SKOS, GraphOptions, record_triples
from tests.conftest import FIXTURES, seed


def store_of(*paths, options=None) -> ox.Store:
    store = ox.Store()
    for path in paths:
        store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in record_triples(parse_record(path), options))
    return store


def rows(store, query):
    prefixes = (f"PREFIX kmo: <{KMO}> PREFIX dcterms: <{DCTERMS}> PREFIX foaf: <{FOAF}> PREFIX org: <{ORG}> "
                f"PREFIX schema: <{SCHEMA}> PREFIX skos: <{SKOS}> PREFIX nif: <{NIF}> ")
    return [tuple(term.value if term is not None else None for term in row) for row in store.query(prefixes + query)]


@pytest.fixture(scope="module")
def seed000():
    return store_of(seed("000"))


def test_record_title_template_and_source(seed000):
    (title, template, path) = rows(seed000, """SELECT ?t ?tpl ?path WHERE {
        ?r a kmo:KnowledgeRecord ; dcterms:title ?t ; kmo:template ?tpl ;
           <http://www.w3.org/ns/prov#wasDerivedFrom> ?s .
        ?s kmo:path ?path }""")[0]
    assert title == "เทคนิคการสร้างและพัฒนาผู้นำสมาชิก" and template == "numbered-form"
    assert path.endswith("000_5796a825079509ea.txt")


def test_author_post_office_district_province(seed000):
    found = rows(seed000, """SELECT ?name ?given ?family ?title ?post ?level ?office ?district ?iso WHERE {
        ?r dcterms:creator ?p . ?p a foaf:Person ; foaf:name ?name ; foaf:givenName ?given ; foaf:familyName ?family ;
           foaf:title ?title ; org:holds ?post_ .
        ?post_ kmo:postTitle ?post ; kmo:level ?level ; org:postIn ?o .
        ?o skos:prefLabel ?office ; kmo:district/skos:prefLabel ?district ; kmo:province/kmo:isoCode ?iso ;
           org:subOrganizationOf/skos:prefLabel "กรมการพัฒนาชุมชน"@th }""")
    assert found == [("นางสุภาพ รัตน์สุภาพงค์", "สุภาพ", "รัตน์สุภาพงค์", "นาง", "นักวิชาการพัฒนาชุมชน", "ชำนาญการ",
                      "สำนักงานพัฒนาชุมชนอำเภอเสริมงาม", "เสริมงาม", "TH-52")]


def test_steps_in_order_with_spans(seed000):
    steps = rows(seed000, """SELECT ?n ?text ?b ?e WHERE { ?r kmo:hasStep ?s . ?s kmo:order ?n ; kmo:text ?text ;
        nif:beginIndex ?b ; nif:endIndex ?e } ORDER BY ?n""")
    assert [int(n) for n, *_ in steps] == [1, 2, 3, 4, 5, 6]
    source = seed("000").read_text(encoding="utf-8")
    n, text, b, e = steps[1]
    assert source[int(b):int(e)] == text == "กำหนดแผนการดำเนินโครงการ/กิจกรรมให้ชัดเจน"


def test_parts_quantities_principles_and_phone(seed000):
    assert len(rows(seed000, "SELECT ?c WHERE { ?r kmo:hasCaution ?c }")) == 2
    assert len(rows(seed000, "SELECT ?c WHERE { ?r kmo:hasSuccessFactor ?c }")) == 2
    quantities = rows(seed000, """SELECT ?v ?u WHERE { ?r kmo:hasQuantity ?q . ?q schema:value ?v ;
        schema:unitText ?u }""")
    assert sorted(quantities) == [("26", "คน"), ("4", "คน")]
    principles = {p for (p,) in rows(seed000, "SELECT ?p WHERE { ?r kmo:appliesPrinciple ?p }")}
    assert principles == {"https://w3id.org/kmgraph/concept/sep", "https://w3id.org/kmgraph/concept/rwp",
                          "https://w3id.org/kmgraph/concept/participation"}
    assert rows(seed000, "SELECT ?t WHERE { ?p foaf:phone ?t }") == [("tel:+66819920387",)]


def test_literal_provenance_names_the_source_characters(seed000):
    ((anchor, b, e),) = rows(seed000, """SELECT ?a ?b ?e WHERE { ?r kmo:sourceSpan ?s . ?s kmo:field "title" ;
        nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e }""")
    assert seed("000").read_text(encoding="utf-8")[int(b):int(e)] == anchor == "เทคนิคการสร้างและพัฒนาผู้นำสมาชิก"


def test_organization_author_and_portal_date():
    store = store_of(seed("004"), seed("002"))
    assert rows(store, """SELECT ?n WHERE { ?r dcterms:creator ?o . ?o a org:Organization, kmo:VolunteerClub ;
        foaf:name ?n ; kmo:district/skos:prefLabel "คลองขลุง"@th }""") == [("ชมรมอาสาพัฒนาพัฒนาชุมชนอำเภอคลองขลุง",)]
    assert rows(store, "SELECT ?d WHERE { ?r dcterms:date ?d }") == [("2017-04-04T13:02:20",)]


def test_redacting_phones_removes_them_everywhere(tmp_path):
    path = tmp_path / "r.txt"
    text = (FIXTURES / "portal_page.txt").read_text(encoding="utf-8")
    path.write_text(text.replace("สำรวจผลิตภัณฑ์ของกลุ่ม", "สำรวจผลิตภัณฑ์ของกลุ่ม โทร 081-234-5678"), encoding="utf-8")
    record = parse_record(path)
    plain = " ".join(str(t) for t in record_triples(record))
    redacted = " ".join(str(t) for t in record_triples(record, GraphOptions(redact=frozenset({"phone"}))))
    assert "081-234-5678" in plain
    assert "081" not in redacted and "[ปกปิด]" in redacted


def test_base_iri_is_configurable_and_checked():
    triples = record_triples(parse_record(seed("003")), GraphOptions(base_iri="http://example.org/km/"))
    assert all(str(t.subject).startswith(("<http://example.org/km/", "<https://w3id.org/kmgraph/concept/"))
               for t in triples)
    with pytest.raises(ValueError):
        GraphOptions(base_iri="not an iri")
    with pytest.raises(ValueError):
        GraphOptions(redact=frozenset({"shoe size"}))


def test_iris_are_stable_across_records():
    a = {t.subject.value for t in record_triples(parse_record(seed("000"))) if "/province/" in t.subject.value}
    b = {t.subject.value for t in record_triples(parse_record(seed("003"))) if "/province/" in t.subject.value}
    assert a == b == {"https://w3id.org/kmgraph/id/province/TH-52"}
