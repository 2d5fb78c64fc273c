"""One answer per fact: each triple of the build is in exactly one graph (a record's own graph, the shared
graph of people, offices, places and posts, or the concepts' graph), so a plain query over the union of graphs
returns each fact once, in the embedded store, through `kmgraph query`, and in kmgraph.trig as published."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter

import pyoxigraph as ox

from kmgraph.query.run import query_store
from kmgraph.store.embedded import open_store

NAMES = "SELECT ?name WHERE { ?p foaf:name ?name }"
ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DISTINCT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def test_a_plain_query_returns_each_name_once(tmp_path, seeds_dir):
    """Two records by the same person (a seed copied under another name): the person's name is one fact."""
    records = tmp_path / "in"
    shutil.copytree(seeds_dir, records)
    first = next(records.glob("003_*.txt"))
    shutil.copy(first, records / "005_same_author.txt")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    built = subprocess.run([sys.executable, "-m", "kmgraph.cli", "build", str(records), "-o", str(out)],
                           capture_output=True, text=True, env=env, timeout=300)
    assert built.returncode == 0, built.stderr
    store = open_store(out / "store", read_only=True)
    names = [row[0].value for row in query_store(NAMES, store).rows]
    assert len(names) >= 5
    assert [name for name, n in Counter(names).items() if n > 1] == []
    del store
    cli = subprocess.run([sys.executable, "-m", "kmgraph.cli", "query", NAMES, "--store", str(out / "store"),
                          "--format", "csv"], capture_output=True, text=True, env=env, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert sorted(cli.stdout.strip().splitlines()[1:]) == sorted(names)


def test_every_triple_is_in_one_graph_only(built_seeds):
    store = open_store(built_seeds / "store", read_only=True)
    everything = int(query_store(ALL, store).rows[0][0].value)
    assert everything == int(query_store(DISTINCT, store).rows[0][0].value) > 1000
    published = ox.Store()
    published.load(path=str(built_seeds / "kmgraph.trig"), format=ox.RdfFormat.TRIG)
    quads = list(published)
    assert len(quads) == len({(q.subject, q.predicate, q.object) for q in quads}) == everything
    graphs = {q.graph_name.value.rsplit("/", 1)[1] for q in quads}
    assert {"shared", "concepts"} <= graphs and len(graphs) == 7
