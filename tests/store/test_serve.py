"""`kmgraph serve`: a read-only SPARQL 1.1 Protocol endpoint that any client can query."""

import shutil
import subprocess
import sys

import pytest
import requests

from kmgraph.query.run import bind, named_queries, query_endpoint, query_store
from kmgraph.store.embedded import open_store
from kmgraph.store.serve import make_server, serve_in_thread
from tests.servers import free_port, wait_until_ready


@pytest.fixture(scope="module")
def endpoint(built_seeds, tmp_path_factory):
    store_dir = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(built_seeds / "store", store_dir)
    server = make_server(store_dir, "127.0.0.1", 0)
    serve_in_thread(server)
    yield f"http://127.0.0.1:{server.server_port}/sparql", store_dir
    server.shutdown()
    server.server_close()


def test_named_queries_give_the_same_rows_as_the_store(endpoint, built_seeds):
    url, _ = endpoint
    store = open_store(built_seeds / "store", read_only=True)
    query = named_queries()["record-steps"]
    text = bind(query.text, {"record": "001_ed662b6015490e48"}, query.params)
    assert query_endpoint(text, url).rows == query_store(text, store).rows


def test_protocol_get_post_and_content_negotiation(endpoint):
    url, _ = endpoint
    ask = "ASK { ?r a <https://w3id.org/kmgraph/ontology#KnowledgeRecord> }"
    response = requests.get(url, params={"query": ask}, timeout=5)
    assert response.status_code == 200 and response.json()["boolean"] is True
    select = "SELECT DISTINCT ?l WHERE { ?p <https://w3id.org/kmgraph/ontology#isoCode> 'TH-52' ; " \
             "<http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"
    response = requests.post(url, data={"query": select}, headers={"Accept": "text/csv"}, timeout=5)
    assert response.headers["Content-Type"].startswith("text/csv")
    assert response.content.decode("utf-8").splitlines() == ["l", "ลำปาง"]
    headers = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+xml"}
    response = requests.post(url, data=select.encode(), timeout=5, headers=headers)
    assert "ลำปาง" in response.content.decode("utf-8") and "<sparql" in response.text
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o ; <https://w3id.org/kmgraph/ontology#isoCode> 'TH-52' }"
    response = requests.get(url, params={"query": construct}, headers={"Accept": "application/n-triples"}, timeout=5)
    assert "TH-52" in response.text and response.headers["Content-Type"].startswith("application/n-triples")


def test_bad_queries_and_updates_are_refused(endpoint):
    url, store_dir = endpoint
    response = requests.get(url, params={"query": "SELECT ?x WHERE {"}, timeout=5)
    assert response.status_code == 400 and "line 1" in response.text
    for data, headers in [({"update": "DROP ALL"}, {}),
                          ("DROP ALL", {"Content-Type": "application/sparql-update"})]:
        assert requests.post(url, data=data, headers=headers, timeout=5).status_code == 403
    assert requests.get(url.replace("/sparql", "/nothing"), timeout=5).status_code == 404
    assert requests.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=5).json()["boolean"] is True


def test_the_command_serves_until_stopped(built_seeds, tmp_path):
    store_dir = tmp_path / "store"
    shutil.copytree(built_seeds / "store", store_dir)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kmgraph.cli", "serve", "--store", str(store_dir),
                                "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}/sparql", process, 30)
        assert requests.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK {}"}, timeout=5).ok
    finally:
        process.terminate()
        process.wait(timeout=10)
