"""The analyst's pages beside the overview (issue #13): the map, the principle × province heatmap with outcome
figures, the quality page — their data, the command they show, and the pages in real headless Chromium."""

import csv
import io
import os
import subprocess
import sys
from collections import Counter

import pytest

from kmgraph.build.pipeline import build
from kmgraph.extract.gazetteer import gazetteer
from kmgraph.views.graph import open_source, read_graph, select_view, styles
from kmgraph.views.html import write_view
from kmgraph.views.pages import heatmap_data, map_data, places, quality_data, record_at
from tests.browser import Page
from tests.conftest import FIXTURES, ROOT, SEEDS
from tests.views.test_views import XSS_TITLE

SHOTS = ROOT / "output" / "screenshots"
OPEN_GROUPS_LISTED = "[...document.querySelectorAll('details.group')].every(box => !box.open || box.dataset.listed)"


@pytest.fixture(scope="module")
def pages(built_seeds, tmp_path_factory):
    """The three pages of the seeds, written by `kmgraph html --view …` from the build's store."""
    folder = tmp_path_factory.mktemp("pages")
    for kind in ("map", "heatmap", "quality"):
        run = subprocess.run([sys.executable, "-m", "kmgraph.cli", "html", "--view", kind, "--store",
                              str(built_seeds / "store"), "-o", str(folder / f"{kind}.html")],
                             capture_output=True, text=True, env=os.environ.copy(), timeout=300)
        assert run.returncode == 0, run.stderr
    return folder


@pytest.fixture(scope="module")
def seeds_graph(built_seeds):
    return select_view(read_graph(open_source(data=built_seeds / "kmgraph.trig")))


def test_map_places_records_at_their_district_or_their_province(seeds_graph):
    data = map_data(seeds_graph)
    hangchat = next(d for d in gazetteer().districts if d.name == "ห้างฉัตร" and d.province_name == "ลำปาง")
    point = next(p for p in data["points"] if any(record_at(data["records"], i)["id"] == "003_c0a4d1a34ad12524"
                                                 for i in p["records"]))
    assert (point["lat"], point["lon"], point["how"]) == (hangchat.lat, hangchat.lon, "district")
    chiang_rai = next(p for p in data["points"] if p["place"] == "เชียงราย")  # its district is not named
    assert chiang_rai["how"] == "province" and (chiang_rai["lat"], chiang_rai["lon"]) == places()[1]["เชียงราย"]
    assert sum(len(p["records"]) for p in data["points"]) + len(data["unplaced"]) == 5
    names = data["records"]["names"]
    for point in data["points"]:  # one mark per place: its count and its principle mix, most applied first
        mix = Counter(p for i in point["records"] for p in record_at(data["records"], i)["principles"])
        assert point["count"] == len(point["records"]) and {names[p]: n for p, n in point["mix"]} == mix
        assert [n for _, n in point["mix"]] == sorted(mix.values(), reverse=True)


def test_heatmap_figures_are_what_the_command_it_shows_returns(seeds_graph, pages, built_seeds):
    data = heatmap_data(seeds_graph)
    for name in ("heatmap", "outcomes"):
        run = subprocess.run([sys.executable, "-m", "kmgraph.cli", "query", "-f", str(pages / f"{name}.rq"),
                              "--store", str(built_seeds / "store"), "--format", "csv"],
                             capture_output=True, text=True, env=os.environ.copy(), timeout=300)
        assert run.returncode == 0, run.stderr
        rows = list(csv.DictReader(io.StringIO(run.stdout)))
        if name == "heatmap":
            from_query = {(r["province"], r["principle"]): int(r["records"]) for r in rows}
            from_page = {(province, principle): count
                         for province, cells in zip(data["provinces"], data["cells"], strict=True)
                         for principle, count in zip(data["principles"], cells, strict=True) if count}
            assert from_query == from_page and from_page[("ลำปาง", "การมีส่วนร่วม")] == 2
        else:
            from_query = {(r["principle"], r["unit"]): (float(r["total"]), int(r["records"])) for r in rows}
            assert from_query == {(o["principle"], o["unit"]): (o["total"], o["records"]) for o in data["outcomes"]}
            assert from_query


@pytest.fixture(scope="module")
def flawed_build(tmp_path_factory):
    """A record saved in TIS-620 (the reader warns), a record with hostile markup, and the seeds."""
    folder = tmp_path_factory.mktemp("flawed")
    (folder / "in").mkdir()
    text = (SEEDS / next(p.name for p in SEEDS.glob("003_*.txt"))).read_text(encoding="utf-8")
    (folder / "in" / "tis620.txt").write_bytes(text.replace("เทคนิคการจัดตั้ง", "ทดสอบการจัดตั้ง").encode("cp874"))
    hostile = (FIXTURES / "portal_page.txt").read_text(encoding="utf-8")
    hostile = hostile.replace("การพัฒนาผลิตภัณฑ์ OTOP ด้วยการมีส่วนร่วมของชุมชน", XSS_TITLE + " การมีส่วนร่วม")
    (folder / "in" / "hostile.txt").write_text(hostile, encoding="utf-8")
    build([folder / "in"], folder / "out")
    for kind in ("map", "heatmap", "quality"):
        write_view(folder / "out" / f"{kind}.html", data=folder / "out" / "kmgraph.trig", view=kind)
    return folder / "out"


def test_quality_groups_records_by_kind_of_problem(flawed_build):
    data = quality_data(select_view(read_graph(open_source(data=flawed_build / "kmgraph.trig"))))
    groups = {g["kind"]: [record_at(data["records"], i)["id"] for i in g["records"]] for g in data["groups"]}
    encoding = next(kind for kind in groups if kind.startswith("คำเตือน: encoding guessed"))
    assert groups[encoding] == ["tis620"]
    assert all(not kind.startswith("คำเตือน") or "hostile" not in ids for kind, ids in groups.items())


@pytest.mark.browser
def test_map_in_chromium_places_a_record_near_its_district(browser, pages):
    page = Page(browser, pages / "map.html")
    try:
        page.wait_stable()
        hangchat = next(d for d in gazetteer().districts if d.name == "ห้างฉัตร" and d.province_name == "ลำปาง")
        expected = page.js("([lat, lon]) => window.kmgraph.project(lat, lon)", [hangchat.lat, hangchat.lon])
        circles = page.js("[...document.querySelectorAll('circle.point')].map(c => ({x: +c.getAttribute('cx'),"
                          " y: +c.getAttribute('cy'), title: c.textContent}))")
        mine = next(c for c in circles if c["title"].startswith("ห้างฉัตร"))
        assert abs(mine["x"] - expected["x"]) < 0.5 and abs(mine["y"] - expected["y"]) < 0.5
        sisaket = next(c for c in circles if c["title"].startswith("พยุห์"))  # Si Sa Ket lies south-east of Lampang
        assert sisaket["x"] > mine["x"] + 100 and sisaket["y"] > mine["y"] + 50
        assert page.js("document.querySelectorAll('circle.outline').length") > 800
        page.page.locator("circle.point", has_text="ห้างฉัตร").dispatch_event("click")
        assert "เทคนิคการจัดตั้งกลุ่มอาชีพ" in page.page.text_content("#panel")
        link = page.page.locator("#panel a.open-record").first.get_attribute("href")
        assert link.startswith("kmgraph.html#record=") and "003_c0a4d1a34ad12524" in link
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.page.screenshot(path=str(SHOTS / "seeds-map.png"))
        assert page.blocked == [] and page.errors == [] and page.requests == [(pages / "map.html").as_uri()]
    finally:
        page.close()


@pytest.mark.browser
def test_heatmap_sorts_in_chromium(browser, pages):
    page = Page(browser, pages / "heatmap.html")
    try:
        page.wait_stable()
        first_column = "[...document.querySelectorAll('#heatmap tbody tr')].map(r => r.cells[0].textContent)"
        header = page.page.locator("#heatmap th", has_text="การมีส่วนร่วม").first
        header.click()
        assert page.js(first_column)[0] == "ลำปาง"  # 2 records, the most
        header.click()
        assert page.js(first_column)[-1] == "ลำปาง"
        assert "kmgraph query -f heatmap.rq" in page.page.text_content("#content")
        page.page.locator("#outcomes th", has_text="รวม").click()
        totals = page.js("[...document.querySelectorAll('#outcomes tbody tr')].map(r => r.cells[2].textContent)")
        assert totals and [float(t.replace(",", "")) for t in totals] == sorted(
            (float(t.replace(",", "")) for t in totals), reverse=True)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.page.screenshot(path=str(SHOTS / "seeds-heatmap.png"))
        assert page.blocked == [] and page.errors == []
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["quality", "map", "heatmap"])
def test_pages_list_flaws_and_run_no_hostile_script(browser, flawed_build, kind):
    page = Page(browser, flawed_build / f"{kind}.html")
    try:
        page.wait_stable()
        if kind == "quality":
            page.page.locator("details.group", has_text="encoding guessed").locator("summary").click()
            page.page.wait_for_function(OPEN_GROUPS_LISTED)  # a group lists its records on "toggle", dispatched later
            group = page.page.locator("details.group", has_text="encoding guessed")
            assert "ทดสอบการจัดตั้ง" in group.text_content()
            assert group.locator("a.open-record").first.get_attribute("href").endswith("%2Ftis620")
            for box in page.page.locator("details.group").all():
                box.locator("summary").click()
            page.page.wait_for_function(OPEN_GROUPS_LISTED)
            assert "<script>" in page.page.text_content("#content")  # hostile text shown as text
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.page.screenshot(path=str(SHOTS / "quality.png"))
        elif kind == "map":
            for circle in page.page.locator("circle.point").all():
                circle.dispatch_event("click")
        page.page.wait_for_timeout(200)
        assert page.js("window.__xss") is None and page.dialogs == []
        assert page.js("document.querySelectorAll('img, iframe, #content script, #panel script').length") == 0
        assert page.blocked == [] and page.errors == []
    finally:
        page.close()


@pytest.mark.browser
def test_overview_opens_the_record_another_page_links_to(browser, built_seeds):
    page = Page(browser, built_seeds / "kmgraph.html")
    try:
        iri = "https://w3id.org/kmgraph/id/record/003_c0a4d1a34ad12524"
        page.page.goto((built_seeds / "kmgraph.html").resolve().as_uri() + "#record=" + iri.replace("/", "%2F"))
        page.wait_stable()
        assert page.js("window.kmgraph.state.level") == "record" and page.js("window.kmgraph.state.value") == iri
        assert page.blocked == [] and page.errors == []
    finally:
        page.close()


def test_quality_counts_an_organisation_that_wrote_a_record_as_its_author(seeds_graph):
    """Regression: seed 004 is written by a club (an organisation, not a person); the quality page listed it under
    "missing: writer"."""
    data = quality_data(seeds_graph)
    missing_author = [g for g in data["groups"] if g["kind"].endswith(styles().text["field_author"])]
    assert missing_author == []
    assert {record_at(data["records"], i)["id"][:3] for g in data["groups"] for i in g["records"]} <= {"002"}
