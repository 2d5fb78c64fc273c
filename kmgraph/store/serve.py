"""`kmgraph serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store.

GET / is a query page (page.py). GET or POST /sparql (or /query) with `query=…` (form or URL) or an
application/sparql-query body.
Results follow the Accept header: SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE give Turtle,
N-Triples or JSON-LD. Updates are refused (403): the store is opened read-only.

Safety: a query's text is checked before parsing (size, nesting depth; SERVICE is always refused, so the
server never calls another host); it then runs in a worker process (kmgraph.sparqlworker) that is killed
at the time limit or when the client goes away. Connections are bounded in number and time out when idle.

Load: answers are kept in a result cache (cache.py) by store generation, normalised query and answer type,
emptied when a rebuild is followed; identical queries in flight run once. When every worker is busy and the
queue of waiting queries is full, a query is answered at once with 503 and Retry-After.
"""

from __future__ import annotations

import json
import os
import select
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO
from urllib.parse import parse_qs, urlsplit

from ..query.binding import bind
from ..query.guard import QueryError, QueryLimits, inspect_query
from ..query.named import named_queries
from ..query.paging import paged
from .cache import CacheKey, ResultCache
from .deref import HTML_CSP, MEDIA_TYPES, choose_view, describe_query, render, resource_iri
from .page import query_page
from .sparqlworker import Answer, WorkerPool, answer_type
from .warm import WARM_SECONDS, WARM_TYPE, warm, warming_texts

PATHS = ("/sparql", "/query")
LOGGED_QUERY_CHARS = 200  # of a failed request's query, in the access log


def default_workers() -> int:
    """As many query workers as CPUs (at least 2, so that a slow query never holds them all): measured on the
    10,000-record store, more workers than cores made each heavy query slower, past the time limit, without
    answering more (README, the service section)."""
    return max(2, os.cpu_count() or 2)


@dataclass(frozen=True)
class ServeLimits:
    """What one request may cost: query text, run time, result size; and how many connections at once."""

    query: QueryLimits = QueryLimits()
    timeout: float = 30.0
    max_result_bytes: int = 64 * 2**20
    workers: int = field(default_factory=default_workers)
    max_connections: int = 64
    socket_timeout: float = 10.0
    max_memory: int | None = 2 * 2**30  # address space of each query worker, bytes
    max_queue: int = 16  # queries waiting for a worker; one more gets 503 at once
    cache_bytes: int = 256 * 2**20  # answers kept by the result cache
    warm: bool = True  # run the named queries without parameters once per store generation (warm.py)


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kmgraph-sparql/1"

    def setup(self) -> None:
        self.timeout = self.server.limits.socket_timeout  # idle or stalled connections are closed
        self._started, self._query, self._source = time.monotonic(), None, ""
        super().setup()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the standard library's name
        pass

    def _log(self, status: int, size: int) -> None:
        """One access-log line: Common Log Format without the query string, then the query's length and the
        time taken; a failed request adds at most the first LOGGED_QUERY_CHARS characters of its query."""
        path = urlsplit(self.path).path if getattr(self, "path", None) else "-"
        line = f'{self.client_address[0]} - - [{time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime())}] ' \
               f'"{getattr(self, "command", None) or "-"} {path} {getattr(self, "request_version", "-")}" ' \
               f'{status} {size} query={len(self._query or "")} chars {time.monotonic() - self._started:.3f} s' \
               f'{self._source}'
        if status >= 400 and self._query:
            excerpt = " ".join(self._query.split())
            line += f" {json.dumps(excerpt[:LOGGED_QUERY_CHARS], ensure_ascii=False)}"
        self.server.access_log(line)

    def _send(self, status: int, body: bytes, mime: str = "text/plain; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", mime)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (OSError, TimeoutError):
            self.close_connection = True  # the client went away: nothing more to tell it
        self._log(status, len(body))

    def _send_answer(self, answer: Answer) -> None:
        self._send(answer.status, answer.body, answer.mime, dict(answer.headers))

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
            page = query_page()
            self._send(200, page.html, "text/html; charset=utf-8", {
                "Content-Security-Policy": page.csp, "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"})
            return
        if not self._protocol_path(url.path):
            if self.server.base_iri and url.path != "/bind":
                self._describe(url)
            else:
                self._error(404, "not found: use /sparql")
            return
        params = parse_qs(url.query)
        if "update" in params:
            self._error(403, "this endpoint is read-only")
            return
        self._answer(params.get("query", [None])[0])

    def _protocol_path(self, path: str) -> bool:
        """Whether the path answers the SPARQL protocol: /sparql, /query, and <base>sparql under --base-iri (the
        endpoint void.ttl names by default)."""
        base = self.server.base_iri
        return path in PATHS or bool(base) and path == urlsplit(base).path.rstrip("/") + "/sparql"

    def _describe(self, url) -> None:
        """Linked Data: what the store says about the IRI this path names under --base-iri (deref.py)."""
        iri = resource_iri(url.path, self.server.base_iri)
        if iri is None:
            self._error(404, "not found: no resource IRI in this path")
            return
        asked = parse_qs(url.query).get("format", [""])[0]
        view = asked if asked in MEDIA_TYPES else choose_view(self.headers.get("Accept", ""))
        self._query = describe_query(iri)
        answer = self._run(self._query, "graph", "application/n-triples")
        if answer is None:
            self.close_connection = True
            self._log(499, 0)
            return
        if answer.status != 200:
            self._send_answer(answer)
            return
        if not answer.body.strip():
            self._error(404, f"not found: the data says nothing about <{iri}>")
            return
        body, mime = render(iri, answer.body, view, self.server.base_iri)
        headers = {"Vary": "Accept"}
        if view == "html":
            headers["Content-Security-Policy"] = HTML_CSP
        self._send(200, body, mime, headers)

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

    def _bind(self) -> None:
        """POST /bind {"name": …, "params": {…}} or {"query": …}, with "limit" and "offset" for a page: the text
        to run (a named query with its parameters bound; paged unless it chooses its own rows), and the header
        X-Kmgraph-Paged: yes or no (for the page)."""
        body = self._read_body()
        if body is None:
            return
        try:
            request = json.loads(body)
            if "query" in request:
                text = str(request["query"])
            else:
                named = named_queries()[request["name"]]
                params = {str(k): str(v) for k, v in (request.get("params") or {}).items()}
                text = bind(named.text, params, named.params)
            limit, offset = request.get("limit"), int(request.get("offset") or 0)
        except QueryError as error:
            self._error(400, str(error))
            return
        except (ValueError, KeyError, TypeError, AttributeError):
            self._error(400, "bind needs JSON {\"name\": a named query, \"params\": {\"name\": \"value\"}} or "
                             "{\"query\": text}, and optionally \"limit\" and \"offset\" (numbers)")
            return
        try:
            page = paged(text, int(limit), offset) if limit is not None else None
        except (ValueError, TypeError):
            self._error(400, "limit and offset must be whole numbers")
            return
        except QueryError as error:
            self._error(400, str(error))
            return
        self._send(200, (page or text).encode("utf-8"), headers={"X-Kmgraph-Paged": "yes" if page else "no"})

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path == "/bind":
            self._bind()
            return
        if not self._protocol_path(url.path):
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

    def _run(self, query: str, kind: str, accept: str) -> Answer | None:
        answer, source = self.server.run(query, kind, accept, self._client_gone)
        self._source = f" cache={source}"
        return answer

    def _answer(self, query: str | None) -> None:
        self._query = query
        if not query:
            self._error(400, "missing query parameter")
            return
        try:
            kind = inspect_query(query, self.server.limits.query, allow_service=False)
        except QueryError as error:
            self._error(400, str(error))
            return
        answer = self._run(query, kind, self.headers.get("Accept", ""))
        if answer is None:
            self.close_connection = True
            self._log(499, 0)  # the client closed the connection before the answer (nginx's code)
            return
        self._send_answer(answer)


class SparqlServer(ThreadingHTTPServer):
    """A threaded HTTP server with a bounded number of connections, a pool of query workers and a result
    cache in front of it."""

    daemon_threads = True
    request_queue_size = 128  # connections the kernel holds before they are accepted (socketserver's is 5)

    def __init__(self, address: tuple[str, int], pool: WorkerPool, limits: ServeLimits, log: TextIO | None = None,
                 base_iri: str | None = None):
        self.pool, self.limits, self.log, self.base_iri = pool, limits, log, base_iri
        self.cache: ResultCache[Answer] = ResultCache(limits.cache_bytes, lambda a: len(a.body) + 200,
                                                      keep=lambda a: a.status == 200)
        self._warmed = -1  # the store generation the cache was last warmed for
        self._warm_lock = threading.Lock()
        self._log_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(limits.max_connections)
        super().__init__(address, SparqlHandler)

    def run(self, query: str, kind: str, accept: str, client_gone) -> tuple[Answer | None, str]:
        """The answer to a checked query of this kind (guard.inspect_query) in the type accept asks for (None if
        the client went away), and where it came from (ResultCache.answer): the cache ("hit"), an identical
        query in flight ("shared"), or a worker ("run")."""
        timeout, mime = self.limits.timeout, answer_type(kind, accept)
        generation = self.generation()
        return self.cache.answer(
            CacheKey.of(generation, query, mime), lambda: self.pool.run(query, mime, timeout, client_gone),
            wait=2 * timeout, share=lambda answer: answer.status != 503,  # the first waits for a worker, then runs
            waited_too_long=lambda: Answer.busy(f"server busy: the same query did not finish within "
                                                f"{2 * timeout:g} s",
                                                self.pool.retry_after()))

    def generation(self) -> int:
        """The store generation served now (following a rebuild); the first request to see a generation
        starts warming the cache for it in the background (warm.py)."""
        generation = self.pool.current()
        self.cache.follow(generation)
        if self.limits.warm and self.limits.cache_bytes and generation > self._warmed:
            with self._warm_lock:
                if generation > self._warmed:
                    self._warmed = generation
                    warm(lambda text: self._warm_one(generation, text), warming_texts())
        return generation

    def _warm_one(self, generation: int, text: str) -> None:
        if self.pool.current() != generation:
            return  # a newer generation came meanwhile: its own warming does the work
        self.cache.answer(CacheKey.of(generation, text, WARM_TYPE),
                          lambda: self.pool.run(text, WARM_TYPE, WARM_SECONDS, lambda: False, admit=True),
                          wait=WARM_SECONDS, share=lambda answer: answer.status == 200, waited_too_long=lambda: None)

    def process_request(self, request, client_address) -> None:
        if not self._slots.acquire(blocking=False):
            body = b"server busy: too many connections; try again in 1 s\n"
            try:
                request.settimeout(1)
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                b"Retry-After: 1\r\n"
                                b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
            except OSError:
                pass
            self.shutdown_request(request)
            self.access_log(f'{client_address[0]} - - [{time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime())}] '
                            f'"-" 503 {len(body)} (too many connections)')
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

    def access_log(self, line: str) -> None:
        if self.log is not None:
            with self._log_lock:
                try:
                    self.log.write(line + "\n")
                    self.log.flush()
                except (OSError, ValueError):
                    pass

    def handle_error(self, request, client_address) -> None:
        error = sys.exc_info()[1]
        print(f"kmgraph serve: {client_address[0]}: {type(error).__name__}: {error}", file=sys.stderr)

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(store_dir: str | Path, host: str = "127.0.0.1", port: int = 7878,
                limits: ServeLimits | None = None, log: TextIO | None = None,
                base_iri: str | None = None) -> SparqlServer:
    """A server over the store at store_dir, opened read-only by each query worker (a symlink to the build's
    current generation is followed to each new one); one access-log line per request goes to log; with
    base_iri, the paths under it dereference (deref.py)."""
    from .embedded import StoreError

    limits = limits or ServeLimits()
    if not Path(store_dir).is_dir():
        raise StoreError(f"{store_dir}: no store here (run `kmgraph build` or `kmgraph load` first)")
    pool = WorkerPool(store_dir, limits.workers, limits.max_result_bytes, limits.max_memory, limits.max_queue)
    try:
        server = SparqlServer((host, port), pool, limits, log, base_iri)
        server.generation()  # warms the cache for the store as it is now
        return server
    except OSError:
        pool.close()
        raise


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread
