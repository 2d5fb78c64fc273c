"""`kmgraph serve` on output/store follows each rebuild without a restart, and logs one line per request."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import requests

from tests.store.test_serve_safety import start_serve, stop

RECORDS = "SELECT (COUNT(?r) AS ?n) WHERE { ?r a kmo:KnowledgeRecord }"
ENV = {**os.environ, "PYTHONPATH": os.getcwd()}


def build(records, out) -> None:
    done = subprocess.run([sys.executable, "-m", "kmgraph.cli", "build", str(records), "-o", str(out)],
                          capture_output=True, text=True, env=ENV, timeout=300)
    assert done.returncode == 0, done.stderr


def count(url: str) -> int:
    answer = requests.post(url, data={"query": RECORDS}, timeout=60)
    assert answer.status_code == 200, answer.text
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def served_without_last_seed(tmp_path, seeds_dir):
    """The seeds but the last built into tmp_path/out and served with an access log: (records folder, output
    folder, the seeds, the serve process, its endpoint URL, the log's path)."""
    records, out = tmp_path / "in", tmp_path / "out"
    records.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for seed in seeds[:-1]:
        shutil.copy(seed, records)
    build(records, out)
    log = tmp_path / "access.log"
    process, url = start_serve(out / "store", "--access-log", str(log))
    return records, out, seeds, process, url, log


def test_a_rebuild_is_served_without_restart(tmp_path, seeds_dir):
    records, out, seeds, process, url, log = served_without_last_seed(tmp_path, seeds_dir)
    try:
        assert count(url) == len(seeds) - 1
        shutil.copy(seeds[-1], records)
        build(records, out)  # a new generation: output/store now leads to another store folder
        assert count(url) == len(seeds)
        build(records, out)  # and once more: the generation the server opened first is now removed
        assert count(url) == len(seeds)
        refused = "SELECT * WHERE { " + "?s ?p ?o . " * 100 + " SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
        assert requests.post(url, data={"query": refused}, timeout=30).status_code == 400
    finally:
        stop(process)
    lines = log.read_text(encoding="utf-8").splitlines()
    queries = [line for line in lines if '"POST /sparql HTTP/1.1"' in line]
    assert len(queries) == 4, lines
    assert all(f"query={len(RECORDS)} chars" in line and " 200 " in line for line in queries[:3])
    failed = queries[3]
    assert " 400 " in failed and f"query={len(refused)} chars" in failed
    assert "SERVICE" not in failed and len(failed) < 200 + 150  # at most 200 characters of the query
    assert time.strftime("/%Y:", time.gmtime()) in failed
