"""Query worker processes for `kmgraph serve`: each holds the store open read-only and runs one query at a time.

pyoxigraph cannot be interrupted inside a thread, so a query runs in a worker process that is killed at the
deadline or when its client goes away; a crash in the parser or the evaluator ends one worker, never the
server, and a fresh worker takes its place.
"""

from __future__ import annotations

import math
import multiprocessing
import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
}
TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, media type and body (an error's body is one line)."""

    status: int
    mime: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def error(cls, status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> Answer:
        return cls(status, TEXT, (" ".join(message.split()) + "\n").encode("utf-8"), headers)

    @classmethod
    def busy(cls, message: str, retry_after: int) -> Answer:
        """503 with Retry-After (seconds): the server is full now, the client may try again then."""
        return cls.error(503, f"{message}; try again in {retry_after} s", (("Retry-After", str(retry_after)),))


class ResultTooLarge(Exception):
    """The serialized result passed the byte limit."""


class _LimitedBuffer:
    """A write target that refuses to grow past max_bytes (so a huge result cannot exhaust memory)."""

    def __init__(self, max_bytes: int):
        self.max_bytes, self.parts, self.size = max_bytes, [], 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.max_bytes:
            raise ResultTooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def negotiate(accept: str, table: dict, default: str) -> str:
    for part in accept.split(","):
        mime = part.split(";")[0].strip().lower()
        if mime in table:
            return mime
    return default


def answer_type(kind: str, accept: str) -> str:
    """The media type a query of this kind (select, ask, graph: guard.inspect_query) is answered in, for this
    Accept header; evaluate gives the same for the same query."""
    if kind == "graph":
        return negotiate(accept, GRAPH_TYPES, "text/turtle")
    table = RESULT_TYPES if kind == "select" else {k: v for k, v in RESULT_TYPES.items() if v in ("JSON", "XML")}
    return negotiate(accept, table, "application/sparql-results+json")


def evaluate(store, text: str, accept: str, max_bytes: int) -> Answer:
    """Run one query and serialize its result as the Accept header asks; errors become one-line answers."""
    import pyoxigraph as ox

    from ..query.guard import parse_error, with_prefixes

    text, shift = with_prefixes(text)
    try:
        result = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as error:
        return Answer.error(400, parse_error(error, shift))
    except (OSError, ValueError, RuntimeError) as error:
        return Answer.error(500, f"query failed: {error}")
    out = _LimitedBuffer(max_bytes)
    try:
        if isinstance(result, ox.QueryTriples):
            mime = negotiate(accept, GRAPH_TYPES, "text/turtle")
            ox.serialize(result, out, getattr(ox.RdfFormat, GRAPH_TYPES[mime]))
        else:
            table = RESULT_TYPES if isinstance(result, ox.QuerySolutions) else {
                k: v for k, v in RESULT_TYPES.items() if v in ("JSON", "XML")}
            mime = negotiate(accept, table, "application/sparql-results+json")
            result.serialize(out, getattr(ox.QueryResultsFormat, RESULT_TYPES[mime]))
    except ResultTooLarge:
        return Answer.error(400, f"result refused: larger than the limit of {max_bytes:,} bytes; "
                                 "add a LIMIT or select fewer variables")
    except (OSError, ValueError, RuntimeError) as error:
        return Answer.error(500, f"query failed while writing results: {error}")
    return Answer(200, f"{mime}; charset=utf-8", b"".join(out.parts))


def _worker_main(conn, store_dir: str, max_bytes: int, max_memory: int | None) -> None:
    """A worker's life: cap its memory, open the store, say ready, then answer queries until the pipe closes."""
    if max_memory:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))
    import pyoxigraph as ox

    try:
        store = ox.Store.read_only(store_dir)
    except OSError as error:
        conn.send(("failed", f"{store_dir}: cannot open the store ({error})"))
        return
    conn.send(("ready", None))
    while True:
        try:
            text, accept = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = evaluate(store, text, accept, max_bytes)
        except Exception as error:  # noqa: BLE001 - any failure is the client's 500, not the worker's end
            answer = Answer.error(500, f"query failed: {type(error).__name__}: {error}")
        conn.send(answer)


class Worker:
    """One worker process and the pipe to it; store_dir is the store folder it holds open (symlinks resolved)."""

    def __init__(self, context, store_dir: Path, max_bytes: int, max_memory: int | None):
        self.store_dir = store_dir
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, str(store_dir), max_bytes, max_memory),
                                       name="kmgraph-query", daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, seconds: float) -> str | None:
        """None once the worker has opened the store, else why not."""
        if not self.conn.poll(seconds):
            return f"a query worker did not start within {seconds:.0f} s"
        try:
            state, detail = self.conn.recv()
        except (EOFError, OSError):
            return f"a query worker died while starting (exit code {self.process.exitcode})"
        return None if state == "ready" else detail

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """A fixed number of query workers; a worker that is killed or crashes is replaced.

    store_dir may be a symlink (output/store → current/store → .builds/<n>/store): it is resolved before each
    query, and when a build has switched it to a new generation, workers holding the old one are replaced as
    they come free, so a rebuilt store is served without a restart.

    While all workers are busy, at most max_queue queries wait, and no more than are expected to get a worker
    within the time limit (from the mean time a query holds one); one more is answered at once with 503 and
    Retry-After (the time the queue ahead of it is expected to take), rather than by a timeout later.
    """

    def __init__(self, store_dir: str | Path, size: int = 4, max_bytes: int = 64 * 2**20,
                 max_memory: int | None = None, max_queue: int = 16):
        from .embedded import StoreError

        self.store_dir, self.size, self.max_bytes, self.max_memory = Path(store_dir), size, max_bytes, max_memory
        self.max_queue = max_queue
        self.target = self.store_dir.resolve()  # the store folder new workers open
        self.generation = 0  # counts the switches to a new store folder
        self._waiting = 0  # queries waiting for a worker
        self._mean_seconds = 1.0  # a moving mean of the time a query holds a worker, for Retry-After
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        workers = [self._start() for _ in range(size)]
        for worker in workers:
            problem = worker.wait_ready(60)
            if problem:
                self.close()
                raise StoreError(problem)
            self._idle.put(worker)

    def _start(self) -> Worker:
        worker = Worker(self._context, self.target, self.max_bytes, self.max_memory)
        with self._lock:
            self._all.add(worker)
        return worker

    def _discard(self, worker: Worker) -> None:
        """Kill a worker and start its replacement in the background."""
        worker.kill()
        with self._lock:
            self._all.discard(worker)
        if not self._closed:
            threading.Thread(target=self._replace, daemon=True).start()

    def _replace(self) -> None:
        worker = self._start()
        problem = worker.wait_ready(60)
        if problem or self._closed:
            if problem:
                print(f"kmgraph serve: {problem}", file=sys.stderr)
            self._discard_quietly(worker)
            return
        self._idle.put(worker)

    def _discard_quietly(self, worker: Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    def worker_pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]

    def current(self) -> int:
        """The generation of the store now served, after following a rebuild (idle workers holding the old
        one are replaced at once, in parallel)."""
        if self.follow():
            while True:
                try:
                    self._discard(self._idle.get_nowait())
                except queue.Empty:
                    break
        return self.generation

    def retry_after(self) -> int:
        """Seconds until the queries now waiting are expected to have had a worker (at least 1)."""
        return max(1, min(300, math.ceil(self.expected_wait())))

    def expected_wait(self) -> float:
        """Seconds a query arriving now is expected to wait for a worker (all busy), from the mean time a query
        holds one."""
        return self._mean_seconds * (self._waiting + 1) / self.size

    def _take(self, wait: float, client_gone: Callable[[], bool], admit: bool) -> Worker | Answer | None:
        """An idle worker holding the current generation; or a 503 answer at once when all are busy and the
        queue is full (max_queue waiting, or more waiting than can be served within wait seconds), or after wait
        seconds without a worker; or None (the client went away while waiting). admit: always wait."""
        with self._lock:
            if not admit and self._idle.empty() and (self._waiting >= self.max_queue or self.expected_wait() > wait):
                return Answer.busy(f"server busy: {self.size} queries running and {self._waiting} waiting",
                                   self.retry_after())
            self._waiting += 1
        deadline = time.monotonic() + wait
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return Answer.busy(f"server busy: no query worker came free within {wait:g} s",
                                       self.retry_after())
                try:
                    worker = self._idle.get(timeout=min(0.5, remaining))
                except queue.Empty:
                    if client_gone():
                        return None
                    continue
                if worker.store_dir == self.target:
                    return worker
                self._discard(worker)  # it holds an older generation; its replacement opens the current one
        finally:
            with self._lock:
                self._waiting -= 1

    def run(self, text: str, accept: str, timeout: float, client_gone: Callable[[], bool],
            admit: bool = False) -> Answer | None:
        """Answer one query: it waits at most timeout seconds for a worker (else 503; at once when the queue is
        full, unless admit), then runs at most timeout seconds (else 504, its worker killed); None if the client
        went away (its worker is killed)."""
        self.current()
        worker = self._take(timeout, client_gone, admit)
        if not isinstance(worker, Worker):
            return worker
        healthy, started = False, time.monotonic()
        deadline = started + timeout
        try:
            worker.conn.send((text, accept))
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return Answer.error(504, f"query stopped: it ran past the time limit of {timeout:g} s")
                if worker.conn.poll(min(0.1, remaining)):
                    answer = worker.conn.recv()
                    healthy = True
                    return answer
                if client_gone():
                    return None
        except (EOFError, OSError):
            worker.process.join(1)
            code = worker.process.exitcode
            memory = " or ran out of its memory limit" if self.max_memory else ""
            return Answer.error(500, f"query failed: it crashed its worker process{memory} (exit code {code}); "
                                     "the server goes on")
        finally:
            self._mean_seconds += 0.2 * (time.monotonic() - started - self._mean_seconds)
            if healthy:
                self._idle.put(worker)
            else:
                self._discard(worker)

    def follow(self) -> bool:
        """Whether store_dir now leads to another store than before (a rebuild switched it); new workers open
        that one. A path that leads nowhere (a build removing it) keeps the last one."""
        target = self.store_dir.resolve()
        if target == self.target or not target.is_dir():
            return False
        with self._lock:
            if target == self.target:
                return False  # another request followed it first
            self.target = target
            self.generation += 1
        return True

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._discard_quietly(worker)
