"""Real SPARQL servers started by the tests: the Oxigraph server (PyPI) and Virtuoso (Debian)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest

from kmgraph.errors import InputError
from kmgraph.query.run import bind, named_queries, query_endpoint, query_file, query_store
from kmgraph.store.client import Endpoint, load_into_endpoint
from kmgraph.store.embedded import StoreError, open_store
from tests.servers import free_port

pytestmark = pytest.mark.server
THAI = "ทดสอบ ก\u0e4d\u0e32 น้ำ ๑๒๓ “คำพูด” \\ \" ตัวอักษร\u200bพิเศษ"
PARAMS = {"records-sharing-principle": {"record": "000_5796a825079509ea"},
          "record-steps": {"record": "003_c0a4d1a34ad12524"},
          "office": {"office": "สำนักงานพัฒนาชุมชนอำเภอเสริมงาม"}}


def endpoint_for(server) -> Endpoint:
    auth = server.auth
    if auth is None:
        return Endpoint(server.store_url, timeout=10, retries=1)
    return Endpoint(server.store_url, auth.username, auth.password, "digest", timeout=10, retries=1)


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request, built_seeds):
    server = request.getfixturevalue(f"{request.param}_server")
    load_into_endpoint([built_seeds / "kmgraph.trig"], endpoint_for(server))
    return server


def values(result):
    """Rows as plain values: stores may type numbers differently (xsd:integer vs xsd:int)."""
    return [tuple(term.value if term is not None else None for term in row) for row in result.rows]


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_same_rows_from_every_backend(server, built_seeds, name):
    query = named_queries()[name]
    text = bind(query.text, PARAMS.get(name, {}), query.params)
    embedded = values(query_store(text, open_store(built_seeds / "store", read_only=True)))
    assert embedded, name
    assert values(query_file(text, built_seeds / "kmgraph.trig")) == embedded
    assert values(query_endpoint(text, server.query_url)) == embedded


def test_thai_literals_round_trip_byte_for_byte(server, tmp_path):
    path = tmp_path / "thai.nt"
    literal = ox.Literal(THAI, language="th")
    path.write_text(f"<http://example.org/s> <http://example.org/p> {literal} .\n", encoding="utf-8")
    load_into_endpoint([path], endpoint_for(server), default_graph="http://example.org/thai")
    result = query_endpoint("SELECT ?o WHERE { GRAPH <http://example.org/thai> { ?s ?p ?o } }", server.query_url)
    (row,) = result.rows
    assert row[0].value.encode("utf-8") == THAI.encode("utf-8") and row[0].language == "th"


def test_loading_again_leaves_no_duplicates(server, built_seeds):
    graph = "<https://w3id.org/kmgraph/id/graph/003_c0a4d1a34ad12524>"
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
    before = query_endpoint(query, server.query_url).rows[0][0].value
    load_into_endpoint([built_seeds / "kmgraph.trig"], endpoint_for(server))
    assert query_endpoint(query, server.query_url).rows[0][0].value == before


def test_a_bad_file_never_reaches_the_server(server, tmp_path):
    good = tmp_path / "good.nt"
    good.write_text('<http://example.org/a> <http://example.org/b> "keep" .\n')
    load_into_endpoint([good], endpoint_for(server), default_graph="http://example.org/victim")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://example.org/a> <http://example.org/b> .\n")
    with pytest.raises(InputError, match="bad.ttl"):
        load_into_endpoint([good, bad], endpoint_for(server), default_graph="http://example.org/victim")
    result = query_endpoint("SELECT ?o WHERE { GRAPH <http://example.org/victim> { ?s ?p ?o } }", server.query_url)
    assert [row[0].value for row in result.rows] == ["keep"]


def test_wrong_credentials_are_refused(virtuoso_server, tmp_path):
    path = tmp_path / "x.nt"
    path.write_text('<http://example.org/a> <http://example.org/b> "c" .\n')
    wrong = Endpoint(virtuoso_server.store_url, "dba", "wrong", "digest", timeout=10, retries=0)
    with pytest.raises(StoreError, match="401"):
        load_into_endpoint([path], wrong, default_graph="http://example.org/x")


class _Flaky(BaseHTTPRequestHandler):
    """A Graph Store that fails twice with 503, then accepts (to test retries)."""

    calls = 0

    def do_PUT(self):  # noqa: N802
        type(self).calls += 1
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(503 if type(self).calls <= 2 else 201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_transient_failures_are_retried(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    path = tmp_path / "x.nt"
    path.write_text('<http://example.org/a> <http://example.org/b> "c" .\n')
    try:
        url = f"http://127.0.0.1:{server.server_port}/store"
        load_into_endpoint([path], Endpoint(url, retries=3, backoff=0.01), default_graph="http://example.org/x")
        assert _Flaky.calls == 3
        _Flaky.calls = -10
        with pytest.raises(StoreError, match="503"):
            load_into_endpoint([path], Endpoint(url, retries=1, backoff=0.01), default_graph="http://example.org/x")
    finally:
        server.shutdown()


def test_unreachable_server_is_reported_after_retries(tmp_path):
    path = tmp_path / "x.nt"
    path.write_text('<http://example.org/a> <http://example.org/b> "c" .\n')
    url = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(StoreError, match="ConnectionError"):
        load_into_endpoint([path], Endpoint(url, retries=1, backoff=0.01, timeout=2))
