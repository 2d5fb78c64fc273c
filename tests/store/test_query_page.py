"""The query page of `kmgraph serve` in real headless Chromium (Debian's, driven by Playwright), under the page's
own Content-Security-Policy: a named query picked and filled in shows Thai results, and no request leaves for
another host; results download as CSV and JSON."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
import requests

from tests.store.test_serve_safety import start_serve, stop


@pytest.fixture(scope="module")
def served(built_seeds):
    process, url = start_serve(built_seeds / "store")
    yield url.rsplit("/sparql", 1)[0]
    stop(process)


def test_the_page_runs_a_named_query_and_shows_thai_results(browser, served):
    page = browser.new_page()
    requested, problems = [], []
    page.on("request", lambda request: requested.append(request.url))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    try:
        page.goto(served + "/")
        page.select_option("#named", "techniques-by-principle")
        assert "GRAPH ?g" in page.input_value("#query")
        page.fill("#param-principle", "การมีส่วนร่วม")
        page.click("#run")
        page.wait_for_selector("#results table tbody tr", timeout=60_000)
        rows = page.locator("#results table tbody tr")
        headers = page.locator("#results table th").all_text_contents()
        assert headers == ["principle", "record", "title"]
        cells = [rows.nth(i).locator("td").all_text_contents() for i in range(rows.count())]
        assert len(cells) == 5 and {row[0] for row in cells} == {"การมีส่วนร่วม"}
        assert all(any("\u0e00" <= ch <= "\u0e7f" for ch in row[2]) for row in cells)  # Thai titles
        assert "5 แถว" in page.text_content("#status")
        with page.expect_download() as download:
            page.click("#csv")
        csv = download.value.path().read_text(encoding="utf-8").splitlines()
        assert csv[0] == "principle,record,title" and len(csv) == 6 and "การมีส่วนร่วม" in csv[1]
        with page.expect_download() as download:
            page.click("#json")
        assert '"bindings"' in download.value.path().read_text(encoding="utf-8")
        page.select_option("#named", "")
        page.fill("#query", "SELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name")  # prefixes declared
        page.click("#run")
        page.locator("#status", has_text="แถว").wait_for(timeout=60_000)  # the page's CSP forbids eval
        assert page.locator("#results td").count() >= 5
        page.fill("#query", "SELECT * WHERE { ?s ?p }")
        page.click("#run")
        page.wait_for_selector("#status.error", timeout=60_000)
        assert "line 1, column" in page.text_content("#status")
    finally:
        page.close()
    origin = urlsplit(served).netloc
    leaving = [url for url in requested if urlsplit(url).netloc != origin and not url.startswith(("blob:", "data:"))]
    assert leaving == []
    problems = [p for p in problems if "status of 400" not in p]  # the bad query's answer, expected
    assert not problems, problems  # no script error, no CSP violation ("Refused to …")


def test_the_page_is_offline_and_strict(served):
    answer = requests.get(served + "/", timeout=30)
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("text/html")
    csp = answer.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp and "unsafe" not in csp
    assert "http://" not in answer.text.split("kmgraph-data")[0] and "src=" not in answer.text
    bound = requests.post(served + "/bind", json={"name": "record-steps", "params": {"record": 'x" } ?s ?p ?o {'}},
                          timeout=30)
    assert bound.status_code == 200 and 'VALUES ?record { "x\\" } ?s ?p ?o {" }' in bound.text
    assert requests.post(served + "/bind", json={"name": "record-steps", "params": {}}, timeout=30).status_code == 400


def test_the_page_shows_a_large_result_a_page_at_a_time_and_downloads_all_of_it(browser, served):
    every = "SELECT ?s ?p WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    total = len(requests.post(served + "/sparql", data={"query": every}, timeout=60).json()["results"]["bindings"])
    assert total > 1000
    page = browser.new_page()
    try:
        page.goto(served + "/")
        page.fill("#query", every)
        page.click("#run")
        page.locator("#status", has_text="มีต่อ").wait_for(timeout=60_000)
        assert page.locator("#results table tbody tr").count() == 500
        assert "แถว 1–500" in page.text_content("#status") and page.is_disabled("#prev")
        first = page.locator("#results table tbody tr").first.text_content()
        page.click("#next")
        page.locator("#status", has_text="แถว 501–1,000").wait_for(timeout=60_000)
        assert page.locator("#results table tbody tr").first.text_content() != first
        page.click("#prev")
        page.locator("#status", has_text="แถว 1–500").wait_for(timeout=60_000)
        assert page.locator("#results table tbody tr").first.text_content() == first
        with page.expect_download(timeout=60_000) as download:
            page.click("#csv")
        lines = download.value.path().read_text(encoding="utf-8").splitlines()
        assert lines[0] == "s,p" and len(lines) == total + 1
    finally:
        page.close()
