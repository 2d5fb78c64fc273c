"""`kmgraph load --endpoint` into a real Oxigraph server that is SIGKILLed mid-load, restarted, then resumed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest
import requests

from kmgraph.query.run import query_endpoint
from tests.servers import free_port, need, start_oxigraph

pytestmark = pytest.mark.server
GRAPHS = 1500


def write_trig(path) -> dict[str, int]:
    """A TriG file of GRAPHS small named graphs; returns each graph's triple count."""
    counts, lines = {}, []
    for n in range(GRAPHS):
        graph = f"http://example.org/graph/{n}"
        triples = 2 + n % 3
        lines.append(f"<{graph}> {{")
        lines += [f'  <http://example.org/s/{n}> <http://example.org/p/{k}> "value {n} {k}" .' for k in range(triples)]
        lines.append("}")
        counts[graph] = triples
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def graphs_on(server) -> dict[str, int]:
    result = query_endpoint("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                            server.query_url)
    return {row[0].value: int(row[1].value) for row in result.rows}


def load(*args: str, wait: bool = True):
    command = [sys.executable, "-m", "kmgraph.cli", "load", *args]
    if wait:
        return subprocess.run(command, capture_output=True, text=True, timeout=300, env=os.environ.copy())
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def confirmed_lines(path) -> list[str]:
    try:
        return [line for line in path.read_text(encoding="utf-8").splitlines()[1:] if line]
    except OSError:
        return []


def test_a_load_cut_by_a_killed_server_says_what_is_in_and_resumes(tmp_path):
    need("oxigraph")
    data, resume_file = tmp_path / "many.trig", tmp_path / "load.resume"
    expected = write_trig(data)
    port = free_port()
    server = start_oxigraph(tmp_path / "db", port)
    running = load(str(data), "--endpoint", server.store_url, "--retries", "1", "--timeout", "3",
                   "--resume-file", str(resume_file), wait=False)
    try:
        deadline = time.monotonic() + 120
        while len(confirmed_lines(resume_file)) < 100 and running.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        server.process.send_signal(signal.SIGKILL)
        server.process.wait()
        _, stderr = running.communicate(timeout=120)
    finally:
        if running.poll() is None:
            running.kill()
    assert running.returncode == 2, stderr
    confirmed = confirmed_lines(resume_file)
    match = re.search(r"([\d,]+) of ([\d,]+) graphs are loaded", stderr)
    assert match, stderr
    assert int(match.group(1).replace(",", "")) == len(confirmed) and match.group(2) == f"{GRAPHS:,}"
    assert 100 <= len(confirmed) < GRAPHS and "--resume" in stderr and str(resume_file) in stderr
    assert stderr.count("\n") == 1

    server = start_oxigraph(tmp_path / "db", port)
    try:
        before = graphs_on(server)
        assert {f"<{g}>" for g in before} >= set(confirmed)  # every graph listed is really there
        done = load(str(data), "--endpoint", server.store_url, "--resume", "--resume-file", str(resume_file))
        assert done.returncode == 0, done.stderr
        assert f"{len(confirmed)} graph(s) already loaded were skipped" in done.stdout
        assert graphs_on(server) == expected  # exactly the right graphs, each whole
        assert not resume_file.exists()
        other = load(str(data), "--endpoint", server.store_url.replace("/store", "/other"), "--resume",
                     "--resume-file", str(resume_file))
        assert other.returncode == 2 and "cannot resume" in other.stderr
        assert requests.get(server.query_url, params={"query": "ASK {}"}, timeout=5).ok
    finally:
        server.stop()
