"""A page of a SELECT query's rows (LIMIT/OFFSET after its own modifiers), and the queries left as written."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kmgraph.query.guard import QueryError
from kmgraph.query.paging import paged
from kmgraph.query.run import bind, named_queries, query_store


def test_a_page_is_added_after_the_solution_modifiers_on_the_last_line():
    assert paged("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s", 10) == "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 10"
    assert paged("SELECT * { ?s ?p ?o }\n", 10, 20) == "SELECT * { ?s ?p ?o } LIMIT 10 OFFSET 20"
    assert paged("SELECT * WHERE { ?s ?p ?o } # sorted? no", 5).endswith("# sorted? no\nLIMIT 5")
    inner = "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 3 } }"  # a subquery's LIMIT is its own
    assert paged(inner, 5) == inner + " LIMIT 5"
    assert paged('SELECT * WHERE { ?s ?p "LIMIT" } # OFFSET', 5).endswith("\nLIMIT 5")


def test_queries_that_choose_their_rows_are_left_alone():
    for text in ["SELECT * WHERE { ?s ?p ?o } LIMIT 3", "SELECT * WHERE { ?s ?p ?o } offset 3",
                 "SELECT * WHERE { ?s ?p ?o } VALUES ?s { <http://e/x> }", "ASK { ?s ?p ?o }",
                 "CONSTRUCT WHERE { ?s ?p ?o }"]:
        assert paged(text, 5) is None, text
    with pytest.raises(QueryError):
        paged("SELECT * WHERE { ?s ?p ?o }", 0)


def test_pages_of_a_named_query_make_up_its_whole_answer(built_seeds):
    store = ox.Store.read_only(str(built_seeds / "store"))
    query = named_queries()["record-quantities"]
    whole = query_store(query.text, store).rows
    assert len(whole) > 7
    pages = [query_store(paged(query.text, 3, offset), store).rows for offset in range(0, len(whole) + 3, 3)]
    assert [row for page in pages for row in page] == whole and pages[-1] == []
    bound = bind(named_queries()["record-steps"].text, {"record": "x"}, named_queries()["record-steps"].params)
    assert query_store(paged(bound, 2), store).rows == []

