"""Stress `kmgraph serve` on loopback: many clients running the named queries while hostile queries arrive.

usage: python benchmarks/stress_serve.py [--store DIR] [--clients 20] [--per-client 50] [--timeout 5]
                                        [--first-page] [--serve-option=--cache-mb=0 ...]

Starts a real `python -m kmgraph.cli serve` on 127.0.0.1 (over the seeds, built into a temporary folder,
unless --store is given), runs CLIENTS threads × PER_CLIENT named queries (kmgraph/queries/*.rq) at once,
and meanwhile sends hostile queries: SERVICE variants (to a local listener that records any contact), deep
nesting, a huge query, cartesian products (one waited for, some abandoned), updates and LOAD by GET and
POST, a stalled connection. Prints what held. Everything is bounded in time; nothing leaves the machine.

The named queries go round in turn; a required parameter (a record, an office) takes a different value of the
store's at each request (read from the server first), so those answers are not repeats; the others return every
row (or, with --first-page, the first page as the query page asks for it: LIMIT 501). Errors are counted by kind;
a 503 with Retry-After (the server saying at once that it is full) is counted apart from the other errors.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kmgraph.query.paging import paged  # noqa: E402
from kmgraph.query.run import bind, named_queries  # noqa: E402
from kmgraph.store.page import PAGE_ROWS  # noqa: E402
from tests.servers import Listener  # noqa: E402

VALUES = {  # the values a required parameter takes, read from the served store
    "record": "SELECT ?v WHERE { ?r a kmo:KnowledgeRecord ; dcterms:identifier ?v } ORDER BY ?v LIMIT 2000",
    "office": "SELECT DISTINCT ?v WHERE { ?r kmo:office ?o . ?o skos:prefLabel ?v } ORDER BY ?v LIMIT 2000",
}
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and everything under it (from /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return total / os.sysconf("SC_CLK_TCK")


def hostile_queries(target: str) -> list[tuple[str, str, dict]]:
    """(label, method, request keyword arguments) of each hostile request."""
    service = [
        f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{target}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o # }}\n OPTIONAL {{ SERVICE <{target}> {{ ?s ?p ?x }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ SeRvIcE <{target}> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
    ]
    requests_ = [(f"SERVICE #{n + 1}", "GET", {"params": {"query": q}}) for n, q in enumerate(service)]
    requests_ += [(f"SERVICE #{n + 1} (POST)", "POST", {"data": {"query": q}}) for n, q in enumerate(service)]
    nested = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    requests_ += [
        ("nesting 3,000 deep", "POST", {"data": {"query": nested}}),
        ("nesting 3,000 parentheses", "POST", {"data": {"query": "ASK { FILTER(" + "(" * 3000 + "1"
                                                                  + ")" * 3000 + ") }"}}),
        ("huge query (1 MB)", "POST", {"data": {"query": "SELECT * WHERE { ?s ?p ?o " + "#" * 2**20 + "\n}"}}),
        ("cartesian product", "GET", {"params": {"query": CARTESIAN}}),
        ("update by GET", "GET", {"params": {"update": "DROP ALL"}}),
        ("update by POST form", "POST", {"data": {"update": "CLEAR ALL"}}),
        ("update by POST body", "POST", {"data": b"DROP ALL",
                                         "headers": {"Content-Type": "application/sparql-update"}}),
        ("LOAD by GET", "GET", {"params": {"query": f"LOAD <{target}>"}}),
        ("LOAD by POST", "POST", {"data": {"update": f"LOAD <{target}>"}}),
        ("whole store (CONSTRUCT)", "GET", {"params": {"query": "CONSTRUCT WHERE { ?s ?p ?o }"}}),
    ]
    return requests_


def parameter_values(url: str) -> dict[str, list[str]]:
    """The values of each required parameter the store holds (records, offices), asked of the server."""
    values = {}
    for name, query in VALUES.items():
        for _ in range(30):  # a 503 (the server warming its cache) says when to try again
            answer = requests.post(url, data={"query": query}, timeout=120)
            if answer.status_code != 503:
                break
            time.sleep(int(answer.headers.get("Retry-After", "1")))
        answer.raise_for_status()
        values[name] = [row["v"]["value"] for row in answer.json()["results"]["bindings"]] or ["none"]
    return values


def request_texts(url: str, clients: int, per_client: int, first_page: bool) -> list[list[tuple[str, str]]]:
    """The named query's name and text each client sends at each turn."""
    values, queries = parameter_values(url), list(named_queries().values())
    texts = []
    for number in range(clients):
        turns = []
        for n in range(per_client):
            query = queries[(number + n) % len(queries)]
            params = {p.name: values[p.name][(number * per_client + n) % len(values[p.name])]
                      for p in query.params if p.required}
            text = bind(query.text, params, query.params)
            turns.append((query.name, paged(text, PAGE_ROWS + 1) or text if first_page else text))
        texts.append(turns)
    return texts


def run_clients(url: str, texts: list[list[tuple[str, str]]], retries: int = 0) -> tuple[list[float], list[str], int]:
    """Each client sends its turns one after another; with retries, a 503 with Retry-After is sent again after
    the wait it names (as a well-behaved client does), its latency counting the wait. Also returns how many
    answers came after a retry."""
    latencies, errors, lock, retried = [], [], threading.Lock(), [0]

    def client(number: int) -> None:
        session = requests.Session()
        for n, (name, text) in enumerate(texts[number]):
            started = time.perf_counter()
            try:
                for attempt in range(retries + 1):
                    if n % 2:
                        response = session.post(url, data={"query": text}, timeout=60)
                    else:
                        response = session.get(url, params={"query": text}, timeout=60)
                    if response.status_code != 503 or attempt == retries or "Retry-After" not in response.headers:
                        break
                    time.sleep(float(response.headers["Retry-After"]))
                if attempt and response.status_code == 200:
                    with lock:
                        retried[0] += 1
                problem = None
                if response.status_code == 503 and "Retry-After" in response.headers:
                    problem = f"HTTP 503 with Retry-After: {name}"
                elif response.status_code != 200:
                    problem = f"HTTP {response.status_code} {response.text.strip()[:50]}: {name}"
            except requests.RequestException as error:
                problem = f"{type(error).__name__}: {name}"
            with lock:
                latencies.append(time.perf_counter() - started)
                if problem:
                    errors.append(problem)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(len(texts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)
    return latencies, errors, retried[0]


def run_hostile(url: str, target: str, timeout: float, results: list) -> None:
    for label, method, kwargs in hostile_queries(target):
        started = time.perf_counter()
        try:
            response = requests.request(method, url, timeout=timeout + 30, **kwargs)
            outcome = f"{response.status_code} {response.text.strip()[:90]}"
        except requests.RequestException as error:
            outcome = f"no answer ({type(error).__name__})"
        results.append((label, outcome, time.perf_counter() - started))
    for n in range(3):  # abandoned cartesian products: the client gives up after 1 s
        started = time.perf_counter()
        try:
            response = requests.get(url, params={"query": CARTESIAN}, timeout=1)
            outcome = f"{response.status_code} {response.text.strip()[:90]}"
        except requests.Timeout:
            outcome = "abandoned by the client after 1 s"
        results.append((f"abandoned cartesian #{n + 1}", outcome, time.perf_counter() - started))
    port = int(url.split(":")[2].split("/")[0])
    with socket.create_connection(("127.0.0.1", port)) as stalled:
        stalled.sendall(b"GET /sparql HTTP/1.1\r\n")
        stalled.settimeout(60)
        started = time.perf_counter()
        try:
            outcome = "closed by the server" if stalled.recv(1024) == b"" else "answered"
        except TimeoutError:
            outcome = "still open after 60 s"
        results.append(("stalled connection", outcome, time.perf_counter() - started))


def cache_line(log: str) -> str:
    """How the named and hostile queries were answered, from the access log's cache= fields."""
    counts = Counter(part.split("=", 1)[1] for line in log.splitlines() for part in line.split()
                     if part.startswith("cache="))
    return (f"answers from the cache {counts['hit']}, shared with an identical query in flight {counts['shared']}, "
            f"sent to the workers {counts['run']}, waited in vain for an identical one {counts['waited']}")


def log_text(log) -> str:
    log.flush()
    log.seek(0)
    return log.read().decode("utf-8", "replace")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, help="A store built by `kmgraph build` (default: the seeds').")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--per-client", type=int, default=50)
    parser.add_argument("--timeout", type=float, default=5.0, help="The server's query time limit (s).")
    parser.add_argument("--retry", type=int, default=0, metavar="N",
                        help="Send a query refused with 503 + Retry-After again after that wait, up to N times.")
    parser.add_argument("--first-page", action="store_true", help="Ask the first page only, as the query page.")
    parser.add_argument("--serve-option", action="append", default=[],
                        help="An option for `kmgraph serve`, e.g. --serve-option=--cache-mb=0 (repeatable).")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryDirectory(prefix="kmgraph-stress-") as scratch:
        store = args.store
        if store is None:
            subprocess.run([sys.executable, "-m", "kmgraph.cli", "build", str(ROOT / "seeds"), "-o", scratch],
                           check=True, env=env, capture_output=True, timeout=600)
            store = Path(scratch) / "store"
        port = free_port()
        url = f"http://127.0.0.1:{port}/sparql"
        log = open(Path(scratch) / "access.log", "w+b")  # noqa: SIM115 - the server's stderr: the access log
        server = subprocess.Popen([sys.executable, "-m", "kmgraph.cli", "serve", "--store", str(store),
                                   "--port", str(port), "--timeout", str(args.timeout), *args.serve_option],
                                  env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if requests.get(url, params={"query": "ASK {}"}, timeout=2).ok:
                        break
                except requests.RequestException:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"the server did not start: {log_text(log)[-500:]}")
                time.sleep(0.2)
            texts = request_texts(url, args.clients, args.per_client, args.first_page)
            listener = Listener()
            hostile: list = []
            attacker = threading.Thread(target=run_hostile, args=(url, listener.url, args.timeout, hostile))
            started = time.perf_counter()
            attacker.start()
            latencies, errors, retried = run_clients(url, texts, args.retry)
            wall = time.perf_counter() - started
            attacker.join(300)
            time.sleep(1.0)
            before = cpu_seconds(server.pid)
            time.sleep(2.0)
            idle_cpu = cpu_seconds(server.pid) - before
            try:
                alive = server.poll() is None and requests.get(url, params={"query": "ASK { ?s ?p ?o }"},
                                                               timeout=10).ok
            except requests.RequestException:
                alive = False
        finally:
            server.terminate()
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
            server_log = log_text(log)
    ordered = sorted(latencies)

    def percentile(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(len(ordered) * share))] * 1000 if ordered else float("nan")

    busy = sum(1 for error in errors if error.startswith("HTTP 503 with Retry-After"))
    print(f"named queries: {len(latencies)} by {args.clients} clients in {wall:.1f} s"
          + (f", first page ({PAGE_ROWS} rows)" if args.first_page else ", every row")
          + f"; server options: {args.serve_option}")
    print(f"answered 200: {len(latencies) - len(errors)}, refused at once (503 with Retry-After): {busy}, "
          f"other errors: {len(errors) - busy}" + (f"; answered after a retry: {retried}" if args.retry else ""))
    for kind, count in sorted(Counter(errors).items(), key=lambda item: -item[1]):
        print(f"  {count:5d} × {kind}")
    print(f"latency: median {statistics.median(ordered) * 1000:.0f} ms, 95th percentile {percentile(0.95):.0f} ms, "
          f"99th percentile {percentile(0.99):.0f} ms")
    print(f"server log: {cache_line(server_log)}")
    print("hostile requests:")
    for label, outcome, seconds in hostile:
        print(f"  {label:<28} {seconds:6.2f} s  {outcome}")
    refused = sum(1 for _, outcome, _ in hostile if outcome[:3] in ("400", "403", "414", "503", "504"))
    print(f"hostile refused or stopped: {refused} of {len(hostile) - 4} answered ones (+3 abandoned, "
          "+1 stalled connection; the whole store is answered when it is under the result-size limit)")
    print(f"SERVICE target contacted: {listener.connections} time(s)")
    print(f"server CPU while idle afterwards: {idle_cpu:.2f} s over 2 s")
    print(f"server still alive and answering: {'yes' if alive else 'NO'}")


if __name__ == "__main__":
    main()
