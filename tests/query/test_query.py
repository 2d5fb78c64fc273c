"""SPARQL queries: named queries and their rows on the seeds, parameters, errors and output formats."""

import json

import pytest

from kmgraph.query.results import render
from kmgraph.query.run import QueryError, bind, check_syntax, named_queries, query_file, query_store
from kmgraph.store.embedded import open_store
from kmgraph.thai.chars import display_width

R000, R001, R002, R003, R004 = ("000_5796a825079509ea", "001_ed662b6015490e48", "002_71cf02377128074f",
                                "003_c0a4d1a34ad12524", "004_112fcdc3ee13aa84")


@pytest.fixture(scope="module")
def store(built_seeds):
    return open_store(built_seeds / "store", read_only=True)


def rows(store, name, **params):
    query = named_queries()[name]
    result = query_store(bind(query.text, params, query.params), store)
    return [tuple(term.value if term is not None else None for term in row) for row in result.rows]


def test_every_named_query_has_a_description_and_parses():
    queries = named_queries()
    assert {"techniques-by-principle", "principles-per-province", "officers", "record-quantities",
            "records-sharing-principle", "record-steps", "office"} <= set(queries)
    for query in queries.values():
        assert query.description and check_syntax(query.text) == "select"


def test_techniques_by_principle(store):
    found = rows(store, "techniques-by-principle", principle="การมีส่วนร่วม")
    assert [r[1] for r in found] == [R000, R001, R002, R003, R004]
    assert {r[0] for r in rows(store, "techniques-by-principle", principle="องค์รวม")} == {"องค์รวม"}
    assert len(rows(store, "techniques-by-principle")) == 17


def test_principles_per_province(store):
    lampang = rows(store, "principles-per-province", province="ลำปาง")
    assert lampang[0] == ("ลำปาง", "การมีส่วนร่วม", "2")
    assert ("ลำปาง", "หลัก 5 ก", "1") in lampang and len(lampang) == 9
    assert {r[0] for r in rows(store, "principles-per-province")} == {"ลำปาง", "ศรีสะเกษ", "เชียงราย", "กำแพงเพชร"}


def test_officers(store):
    assert rows(store, "officers") == [
        ("นางนฤมล เวชสุภา", "นักวิชาการพัฒนาชุมชน", "ชำนาญการ", "สำนักงานพัฒนาชุมชนอำเภอห้างฉัตร"),
        ("นางสาวทัศนียา หนองคู", "นักวิชาการพัฒนาชุมชน", "ชำนาญการ", "สำนักงานพัฒนาชุมชนอำเภอพยุห์"),
        ("นางสุภาพ รัตน์สุภาพงค์", "นักวิชาการพัฒนาชุมชน", "ชำนาญการ", "สำนักงานพัฒนาชุมชนอำเภอเสริมงาม"),
        ("นายปรีชา ปวงคำ", "เจ้าหน้าที่พัฒนาชุมชน", None, "สำนักงานพัฒนาชุมชนจังหวัดเชียงราย"),
    ]


def test_record_quantities(store):
    assert [(r[2], r[3]) for r in rows(store, "record-quantities", record=R004)] == [
        ("3", "ครั้ง"), ("70", "ร้อยละ"), ("2", "ครั้ง"), ("2", "กิจกรรม")]
    assert len(rows(store, "record-quantities")) == 2 + 13 + 1 + 4


def test_records_sharing_a_principle(store):
    found = rows(store, "records-sharing-principle", record=R000)
    assert [(r[0], r[2]) for r in found] == [
        (R001, "การมีส่วนร่วม"), (R001, "หลักการทรงงาน"), (R002, "การมีส่วนร่วม"),
        (R002, "ปรัชญาของเศรษฐกิจพอเพียง"), (R003, "การมีส่วนร่วม"), (R004, "การมีส่วนร่วม"),
        (R004, "ปรัชญาของเศรษฐกิจพอเพียง")]


def test_record_steps_in_order(store):
    steps = rows(store, "record-steps", record=R003)
    assert [int(r[0]) for r in steps] == list(range(1, 8))
    assert steps[4][1].startswith("ประสานหน่วยงานที่เกี่ยวข้องทุกภาคส่วน")


def test_everything_about_an_office(store):
    assert rows(store, "office", office="สำนักงานพัฒนาชุมชนอำเภอห้างฉัตร") == [
        ("สำนักงานพัฒนาชุมชนอำเภอห้างฉัตร", "ห้างฉัตร", "ลำปาง", "นางนฤมล เวชสุภา", R003,
         "เทคนิคการจัดตั้งกลุ่มอาชีพจากครัวเรือนสัมมาชีพชุมชน")]


def test_parameters_are_terms_not_text(store):
    assert rows(store, "record-steps", record='x" } } ; DROP ALL ; SELECT * { "') == []
    assert len(rows(store, "record-steps", record=R003)) == 7
    with pytest.raises(QueryError, match="missing parameter"):
        bind(named_queries()["record-steps"].text, {}, named_queries()["record-steps"].params)
    with pytest.raises(QueryError, match="unknown parameter"):
        bind(named_queries()["officers"].text, {"x": "1"}, named_queries()["officers"].params)
    with pytest.raises(QueryError, match="not a variable name"):
        bind("SELECT * WHERE { ?s ?p ?o }", {"s } DROP": "1"})


def test_bind_finds_the_where_clause_past_comments_strings_and_iris():
    text = 'PREFIX a: <http://x/#a>  # WHERE {\nSELECT * WHERE { ?s ?p "{WHERE" }'
    bound = bind(text, {"s": "<http://e/x>"})
    assert bound.index("VALUES ?s { <http://e/x> }") > bound.index("SELECT * WHERE {")
    check_syntax(bound)


def test_bad_query_names_line_and_column(store):
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        query_store("SELECT ?x WHERE {\n ?x ?y }", store)


def test_ask_construct_describe(store):
    assert query_store("ASK { ?r a <https://w3id.org/kmgraph/ontology#KnowledgeRecord> }", store).boolean is True
    graph = query_store("CONSTRUCT { ?p ?q ?o } WHERE { ?p a <https://w3id.org/kmgraph/ontology#Province> ; ?q ?o }",
                        store)
    assert graph.kind == "graph" and len(graph.triples) == 4 * 5
    assert "ลำปาง" in render(graph, "table")
    described = query_store("DESCRIBE <https://w3id.org/kmgraph/id/province/TH-52>", store)
    assert any(t.object.value == "Lampang" for t in described.triples)


def test_output_formats(store):
    result = query_store('SELECT DISTINCT ?n ?l WHERE { ?p <https://w3id.org/kmgraph/ontology#isoCode> ?n ; '
                         '<http://www.w3.org/2004/02/skos/core#prefLabel> ?l } ORDER BY ?n', store)
    table = render(result, "table").splitlines()
    assert table[0].startswith("n ") and table[-1] == "(4 rows)"
    flipped = query_store('SELECT DISTINCT ?l ?n WHERE { ?p <https://w3id.org/kmgraph/ontology#isoCode> ?n ; '
                          '<http://www.w3.org/2004/02/skos/core#prefLabel> ?l } ORDER BY ?n', store)
    lines = render(flipped, "table").splitlines()[2:-1]
    columns = {display_width(line[:line.index("TH-")]) for line in lines}
    assert len(columns) == 1  # Thai rows line up: combining marks (ี ษ ั …) take no column
    assert render(result, "csv").splitlines()[1] == "TH-33,ศรีสะเกษ"
    assert render(result, "tsv").splitlines()[1] == '"TH-33"\t"ศรีสะเกษ"@th'
    data = json.loads(render(result, "json"))
    assert data["head"]["vars"] == ["n", "l"]
    assert data["results"]["bindings"][0]["l"] == {"type": "literal", "value": "ศรีสะเกษ", "xml:lang": "th"}


def test_query_a_file_trig_and_turtle(built_seeds, store):
    query = named_queries()["record-steps"]
    text = bind(query.text, {"record": R002}, query.params)
    from_store = query_store(text, store).rows
    assert query_file(text, built_seeds / "kmgraph.trig").rows == from_store
    assert query_file(text, built_seeds / "kmgraph.ttl").rows == from_store
