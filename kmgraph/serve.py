"""`kmgraph serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store.

GET or POST /sparql (or /query) with `query=…` (form or URL) or an application/sparql-query body.
Results follow the Accept header: SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE give Turtle,
N-Triples or JSON-LD. Updates are refused (403): the store is opened read-only.

Safety: a query's text is checked before parsing (size, nesting depth; SERVICE is always refused, so the
server never calls another host); it then runs in a worker process (kmgraph.sparqlworker) that is killed
at the time limit or when the client goes away. Connections are bounded in number and time out when idle.
"""

from __future__ import annotations

import select
import socket
import sys
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .sparqlguard import QueryError, QueryLimits, inspect_query
from .sparqlworker import Answer, WorkerPool

PATHS = ("/sparql", "/query")


@dataclass(frozen=True)
class ServeLimits:
    """What one request may cost: query text, run time, result size; and how many connections at once."""

    query: QueryLimits = QueryLimits()
    timeout: float = 30.0
    max_result_bytes: int = 64 * 2**20
    workers: int = 4
    max_connections: int = 64
    socket_timeout: float = 10.0
    max_memory: int | None = 2 * 2**30  # address space of each query worker, bytes


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kmgraph-sparql/1"

    def setup(self) -> None:
        self.timeout = self.server.limits.socket_timeout  # idle or stalled connections are closed
        super().setup()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the standard library's name
        pass

    def _send(self, status: int, body: bytes, mime: str = "text/plain; charset=utf-8") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", mime)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (OSError, TimeoutError):
            self.close_connection = True  # the client went away: nothing more to tell it

    def _send_answer(self, answer: Answer) -> None:
        self._send(answer.status, answer.body, answer.mime)

    def _error(self, status: int, message: str) -> None:
        self._send_answer(Answer.error(status, message))

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
            self._error(404, "not found: use /sparql")
            return
        params = parse_qs(url.query)
        if "update" in params:
            self._error(403, "this endpoint is read-only")
            return
        self._answer(params.get("query", [None])[0])

    def _read_body(self) -> str | None:
        """The request body, or None after answering 400 (bad or too long Content-Length, bad UTF-8)."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._error(400, "bad Content-Length")
            return None
        limit = self.server.limits.query.max_chars * 4 + 64  # form-encoding and UTF-8 make text longer
        if length < 0 or length > limit:
            self._error(400, f"request refused: a body of {length:,} bytes is more than the limit of {limit:,}")
            return None
        try:
            return self.rfile.read(length).decode("utf-8")
        except UnicodeDecodeError:
            self._error(400, "request refused: the body is not UTF-8")
            return None

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in PATHS:
            self._error(404, "not found: use /sparql")
            return
        body = self._read_body()
        if body is None:
            return
        mime = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if mime == "application/sparql-update":
            self._error(403, "this endpoint is read-only")
            return
        if mime == "application/sparql-query":
            self._answer(body)
            return
        params = parse_qs(body)
        if "update" in params:
            self._error(403, "this endpoint is read-only")
            return
        self._answer(params.get("query", [None])[0] or parse_qs(url.query).get("query", [None])[0])

    def _client_gone(self) -> bool:
        """Whether the client closed its connection while its query runs."""
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def _answer(self, query: str | None) -> None:
        if not query:
            self._error(400, "missing query parameter")
            return
        limits = self.server.limits
        try:
            inspect_query(query, limits.query, allow_service=False)
        except QueryError as error:
            self._error(400, str(error))
            return
        answer = self.server.pool.run(query, self.headers.get("Accept", ""), limits.timeout, self._client_gone)
        if answer is None:
            self.close_connection = True
            return
        self._send_answer(answer)


class SparqlServer(ThreadingHTTPServer):
    """A threaded HTTP server with a bounded number of connections and a pool of query workers."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], pool: WorkerPool, limits: ServeLimits):
        self.pool, self.limits = pool, limits
        self._slots = threading.BoundedSemaphore(limits.max_connections)
        super().__init__(address, SparqlHandler)

    def process_request(self, request, client_address) -> None:
        if not self._slots.acquire(blocking=False):
            body = b"server busy: too many connections\n"
            try:
                request.settimeout(1)
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except Exception:
            self._slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request, client_address) -> None:
        error = sys.exc_info()[1]
        print(f"kmgraph serve: {client_address[0]}: {type(error).__name__}: {error}", file=sys.stderr)

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(store_dir: str | Path, host: str = "127.0.0.1", port: int = 7878,
                limits: ServeLimits | None = None) -> SparqlServer:
    """A server over the store at store_dir, opened read-only by each query worker."""
    from .store import StoreError

    limits = limits or ServeLimits()
    if not Path(store_dir).is_dir():
        raise StoreError(f"{store_dir}: no store here (run `kmgraph build` or `kmgraph load` first)")
    pool = WorkerPool(store_dir, limits.workers, limits.max_result_bytes, limits.max_memory)
    try:
        return SparqlServer((host, port), pool, limits)
    except OSError:
        pool.close()
        raise


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
