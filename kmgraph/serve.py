"""`kmgraph serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store.

GET or POST /sparql (or /query) with `query=…` (form or URL) or an application/sparql-query body.
Results follow the Accept header: SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE give Turtle,
N-Triples or JSON-LD. Updates are refused (403): the store is opened read-only.
"""

from __future__ import annotations

import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .query import QueryError, check_syntax

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
PATHS = ("/sparql", "/query")


def _negotiate(accept: str, table: dict, default: str) -> str:
    for part in accept.split(","):
        mime = part.split(";")[0].strip().lower()
        if mime in table:
            return mime
    return default


class SparqlHandler(BaseHTTPRequestHandler):
    store: ox.Store
    server_version = "kmgraph-sparql/1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the standard library's name
        pass

    def _send(self, status: int, body: bytes, mime: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", mime)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(200, b"kmgraph SPARQL endpoint (read-only): GET or POST /sparql with query=...\n")
            return
        if url.path not in PATHS:
            self._send(404, b"not found: use /sparql\n")
            return
        params = parse_qs(url.query)
        if "update" in params:
            self._send(403, b"this endpoint is read-only\n")
            return
        self._answer(params.get("query", [None])[0])

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in PATHS:
            self._send(404, b"not found: use /sparql\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8")
        mime = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if mime == "application/sparql-update":
            self._send(403, b"this endpoint is read-only\n")
            return
        if mime == "application/sparql-query":
            self._answer(body)
            return
        params = parse_qs(body)
        if "update" in params:
            self._send(403, b"this endpoint is read-only\n")
            return
        self._answer(params.get("query", [None])[0] or parse_qs(url.query).get("query", [None])[0])

    def _answer(self, query: str | None) -> None:
        if not query:
            self._send(400, b"missing query parameter\n")
            return
        try:
            kind = check_syntax(query)
            result = self.store.query(query, use_default_graph_as_union=True)
        except QueryError as error:
            self._send(400, f"{error}\n".encode())
            return
        except (OSError, ValueError) as error:
            self._send(500, f"query failed: {error}\n".encode())
            return
        accept = self.headers.get("Accept", "")
        if kind == "graph":
            mime = _negotiate(accept, GRAPH_TYPES, "text/turtle")
            body = ox.serialize(result, format=GRAPH_TYPES[mime])
        else:
            mime = _negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
            body = result.serialize(format=RESULT_TYPES[mime])
        self._send(200, body, f"{mime}; charset=utf-8")


def make_server(store_dir: str | Path, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    """A server over the store at store_dir, opened read-only."""
    from .store import open_store

    handler = type("Handler", (SparqlHandler,), {"store": open_store(store_dir, read_only=True)})
    return ThreadingHTTPServer((host, port), handler)


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
