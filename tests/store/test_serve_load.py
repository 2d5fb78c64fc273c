"""`kmgraph serve` under load, against real `python -m kmgraph.cli serve` processes on loopback: the result cache
answers exactly what a fresh run answers and forgets everything at a rebuild; a full queue is answered at once
with 503 and Retry-After while the queries in flight finish."""

from __future__ import annotations

import re
import shutil
import threading
import time
from pathlib import Path

import pytest
import requests

from kmgraph.query.run import bind, named_queries
from tests.store.test_serve_reload import RECORDS, build, served_without_last_seed
from tests.store.test_serve_safety import start_serve, stop

JSON = "application/sparql-results+json"


def log_lines(log: Path, marker: str) -> list[str]:
    return [line for line in log.read_text(encoding="utf-8").splitlines() if marker in line]


def sources(log: Path, at_least: int = 0, marker: str = "/sparql ") -> list[str]:
    """The cache= field of each query request's access-log line (with marker), in order, once there are at_least
    of them (a line is written just after its answer is sent)."""
    deadline = time.monotonic() + 30
    while True:
        found = [match.group(1) for line in log_lines(log, marker) if (match := re.search(r" cache=(\w+)", line))]
        if len(found) >= at_least or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def named_texts(url: str) -> dict[str, str]:
    """Each named query with its required parameters bound to a value the seeds hold."""
    record = requests.post(url, data={"query": "SELECT ?id WHERE { ?r a kmo:KnowledgeRecord ; dcterms:identifier ?id }"
                                               " ORDER BY ?id LIMIT 1"}, timeout=60).json()
    office = requests.post(url, data={"query": "SELECT ?o WHERE { ?r kmo:office/skos:prefLabel ?o } ORDER BY ?o "
                                               "LIMIT 1"}, timeout=60).json()
    values = {"record": record["results"]["bindings"][0]["id"]["value"],
              "office": office["results"]["bindings"][0]["o"]["value"]}
    return {q.name: bind(q.text, {p.name: values[p.name] for p in q.params if p.required}, q.params)
            for q in named_queries().values()}


@pytest.fixture(scope="module")
def two_servers(built_seeds, tmp_path_factory):
    """The seeds served twice: with the result cache (not warmed, so that each first request runs) and without
    it (--cache-mb 0)."""
    log = tmp_path_factory.mktemp("cache") / "access.log"
    cached, cached_url = start_serve(built_seeds / "store", "--access-log", str(log), "--no-warm")
    fresh, fresh_url = start_serve(built_seeds / "store", "--cache-mb", "0")
    yield cached_url, fresh_url, log
    stop(cached)
    stop(fresh)


def test_a_cached_answer_equals_a_fresh_one(two_servers):
    url, fresh_url, log = two_servers
    texts = named_texts(url)
    before = len(sources(log, 2))
    for name, text in texts.items():
        first = requests.post(url, data={"query": text}, headers={"Accept": JSON}, timeout=60)
        again = requests.get(url, params={"query": text}, headers={"Accept": JSON}, timeout=60)
        fresh = requests.post(fresh_url, data={"query": text}, headers={"Accept": JSON}, timeout=60)
        assert first.status_code == again.status_code == fresh.status_code == 200, (name, first.text)
        assert again.content == first.content == fresh.content, name
        assert again.headers["Content-Type"] == fresh.headers["Content-Type"]
    # the second of each came from the cache
    assert sources(log, before + 2 * len(texts))[before:] == ["run", "hit"] * len(texts)
    text = texts["techniques-by-principle"]
    # the same query written otherwise (spacing, a comment) is a hit; another answer type is not
    respaced = "  " + text.replace("\n", "\n   # a comment { SERVICE }\n ").replace(" ?record", "\t?record") + "\n"
    assert requests.post(url, data={"query": respaced}, headers={"Accept": JSON}, timeout=60).content == \
        requests.post(fresh_url, data={"query": text}, headers={"Accept": JSON}, timeout=60).content
    csv = requests.post(url, data={"query": text}, headers={"Accept": "text/csv"}, timeout=60)
    assert csv.headers["Content-Type"].startswith("text/csv") and csv.text.startswith("principle,record,title")
    assert csv.content == requests.post(fresh_url, data={"query": text}, headers={"Accept": "text/csv"},
                                        timeout=60).content
    # a string differing in its spacing is another query, never the cached one
    spaced = 'SELECT ?n WHERE { ?r dcterms:identifier ?n FILTER(?n = "a  b") }'
    assert requests.post(url, data={"query": spaced.replace("a  b", "a b")}, timeout=60).ok
    assert requests.post(url, data={"query": spaced}, timeout=60).ok
    assert sources(log, before + 2 * len(texts) + 4)[-4:] == ["hit", "run", "run", "run"]


def test_a_rebuild_empties_the_cache(tmp_path, seeds_dir):
    records, out, seeds, process, url, log = served_without_last_seed(tmp_path, seeds_dir)

    def count() -> int:
        answer = requests.post(url, data={"query": RECORDS}, timeout=60)
        assert answer.status_code == 200, answer.text
        return int(answer.json()["results"]["bindings"][0]["n"]["value"])

    try:
        assert count() == count() == len(seeds) - 1
        shutil.copy(seeds[-1], records)
        build(records, out)  # a new generation: the kept answer is of the old one
        assert count() == count() == len(seeds)
    finally:
        stop(process)
    assert sources(log, 4, f"query={len(RECORDS)} chars") == ["run", "hit", "run", "hit"]


def slow(number: int) -> str:
    """A query that takes a second or so on the seeds and then answers; each number is another query."""
    return f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a ?b ?c . ?d ?e ?f BIND({number} AS ?k) }}"


def test_a_full_queue_gets_503_at_once_while_queries_in_flight_finish(built_seeds, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(built_seeds / "store", store)
    process, url = start_serve(store, "--workers", "1", "--max-queue", "1", "--timeout", "120")
    answers: dict[int, requests.Response] = {}

    def ask(number: int) -> None:
        answers[number] = requests.post(url, data={"query": slow(number)}, timeout=300)

    threads = []
    try:
        refused = None
        for number in range(40):  # the first runs, the next waits; then one more is refused
            thread = threading.Thread(target=ask, args=(number,))
            thread.start()
            threads.append(thread)
            thread.join(0.3)
            refusals = [n for n, answer in answers.items() if answer.status_code == 503]
            if refusals:
                refused = answers[refusals[0]]
                break
        assert refused is not None, {n: a.status_code for n, a in answers.items()}
        assert int(refused.headers["Retry-After"]) >= 1
        assert refused.text.startswith("server busy:") and refused.text.count("\n") == 1
        for thread in threads:
            thread.join(300)
        statuses = sorted(answer.status_code for answer in answers.values())
        assert statuses.count(503) == 1 and set(statuses) == {200, 503} and len(statuses) >= 3, statuses
        counts = {answer.json()["results"]["bindings"][0]["n"]["value"] for answer in answers.values()
                  if answer.status_code == 200}
        assert len(counts) == 1 and int(counts.pop()) > 0
        assert requests.post(url, data={"query": slow(999)}, timeout=300).status_code == 200  # served again
    finally:
        stop(process)


def test_the_named_queries_without_parameters_are_cached_before_they_are_asked(two_servers, tmp_path, built_seeds):
    _, fresh_url, _ = two_servers
    log = tmp_path / "access.log"
    process, url = start_serve(built_seeds / "store", "--access-log", str(log))  # warms by default
    try:
        whole = [q.text for q in named_queries().values() if not any(p.required for p in q.params)]
        for text in whole:
            answer = requests.post(url, data={"query": text}, timeout=60)
            assert answer.status_code == 200 and answer.content == requests.post(
                fresh_url, data={"query": text}, timeout=60).content
        bind_url = url.replace("/sparql", "/bind")
        first_pages = [requests.post(bind_url, json={"query": text, "limit": 501}, timeout=60).text for text in whole]
        for text in first_pages:
            assert text.endswith(" LIMIT 501")
            assert requests.post(url, data={"query": text}, timeout=60).status_code == 200
    finally:
        stop(process)
    texts = len(whole) * 2
    found = sources(log, texts)[-texts:]
    assert len(whole) >= 3 and len(found) == texts and set(found) <= {"hit", "shared"}  # never run again
