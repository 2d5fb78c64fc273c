"""The result cache's key: a query's text as the parser sees it, never joining two different queries."""

from __future__ import annotations

from kmgraph.query.normalise import normalised

QUERY = 'SELECT ?t WHERE { ?r dcterms:title ?t FILTER(?t = "a  b # c") } ORDER BY ?t'


def test_spacing_and_comments_do_not_change_the_key():
    written = ('\n  SELECT   ?t\tWHERE {  # which title\n ?r dcterms:title ?t\n'
               '   FILTER(?t = "a  b # c") }\n# the end\nORDER BY ?t  \n')
    assert normalised(written) == normalised(QUERY) == QUERY


def test_strings_iris_and_escapes_are_kept_as_written():
    assert normalised(QUERY.replace("a  b", "a b")) != normalised(QUERY)
    assert normalised(QUERY.replace('"a  b # c"', "'a  b # c'")) != normalised(QUERY)
    iri = "SELECT * WHERE { ?s <http://e/p#x> ?o }"
    assert normalised(iri) == iri and normalised(iri.replace("#x", "#y")) != normalised(iri)
    long_string = 'SELECT * WHERE { ?s ?p """a\n\n  b""" }'
    assert normalised(long_string) == long_string
    escaped = 'SELECT * WHERE { ?s ?p "x\\u0022  # y" }'  # an escape may end a string for some readers
    assert normalised("  " + escaped + "\n") == escaped
    assert normalised(escaped.replace("  #", " #")) != normalised(escaped)
