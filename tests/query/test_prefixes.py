"""The project's prefixes (rdf/namespaces.py) are known to `kmgraph query` and `kmgraph serve` without PREFIX
lines; a parse error still names the line and column of the query as written; `query -f -` reads stdin."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import requests

from kmgraph.query.guard import declared_prefixes, with_prefixes
from kmgraph.rdf.namespaces import sparql_prefixes
from tests.store.test_serve_safety import start_serve, stop

NAMES = "SELECT ?name WHERE { ?r a kmo:KnowledgeRecord ; dcterms:creator ?p . ?p foaf:name ?name } ORDER BY ?name"
ENV = {**os.environ, "PYTHONPATH": os.getcwd()}


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kmgraph.cli", "query", *args], input=stdin, capture_output=True,
                          text=True, env=ENV, timeout=120)


def column_as_written(text: str) -> int:
    """The column pyoxigraph names for an error on the query's first line, its prefixes declared on a line above."""
    import pyoxigraph as ox

    try:
        ox.Store().query(sparql_prefixes() + text)
    except SyntaxError as error:
        line, column = re.match(r"error at (\d+):(\d+)", str(error)).groups()
        assert int(line) == sparql_prefixes().count("\n") + 1
        return int(column)
    raise AssertionError("the query parsed")


def test_only_undeclared_prefixes_are_added_on_the_first_line():
    text = "PREFIX kmo: <http://example.org/other#>\nprefix  schema:<http://example.org/s>\n# PREFIX foaf: <x>\nASK {}"
    assert declared_prefixes(text) == {"kmo", "schema"}
    prefixed, shift = with_prefixes(text)
    assert prefixed.endswith(text) and prefixed.count("\n") == text.count("\n")
    assert "PREFIX foaf:" in prefixed[:shift] and "PREFIX kmo:" not in prefixed[:shift]


def test_query_knows_the_prefixes_and_reads_stdin(built_seeds):
    store = str(built_seeds / "store")
    given = cli(NAMES, "--store", store, "--format", "csv")
    assert given.returncode == 0, given.stderr
    names = given.stdout.strip().splitlines()[1:]
    assert names and all(name for name in names)
    piped = cli("-f", "-", "--store", store, "--format", "csv", stdin=NAMES)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.strip().splitlines()[1:] == names
    declared = cli("PREFIX kmo: <https://example.org/nothing#>\n" + NAMES, "--store", store, "--format", "csv")
    assert declared.returncode == 0 and declared.stdout.strip().splitlines()[1:] == []  # the query's own kmo wins


def test_errors_name_the_line_and_column_as_written(built_seeds):
    store = str(built_seeds / "store")
    text = "SELECT * WHERE { ?s kmo:x ?o ) }"
    first = cli(text, "--store", store)
    assert first.returncode == 2
    assert f"line 1, column {column_as_written(text)}:" in first.stderr, first.stderr
    second = cli("SELECT * WHERE {\n  ?s nope:x ?o }", "--store", store)
    assert second.returncode == 2 and "line 2, column " in second.stderr


def test_serve_knows_the_prefixes(built_seeds):
    process, url = start_serve(built_seeds / "store")
    try:
        answer = requests.post(url, data={"query": NAMES}, headers={"Accept": "text/csv"}, timeout=30)
        assert answer.status_code == 200, answer.text
        assert answer.text.strip().splitlines()[1:] == cli(NAMES, "--store", str(built_seeds / "store"),
                                                   "--format", "csv").stdout.strip().splitlines()[1:]
        bad = requests.get(url, params={"query": "ASK { ?s kmo:x ) }"}, timeout=30)
        assert bad.status_code == 400, bad.text
        assert f"line 1, column {column_as_written('ASK { ?s kmo:x ) }')}:" in bad.text, bad.text
    finally:
        stop(process)
