"""The map and quality pages of a big build stay light (issue #13): the map marks districts with their count
and principle mix, the quality page lists kinds of problem with counts, records are listed on demand, and the
data is compactly encoded — checked on a few thousand records, in real headless Chromium."""

import random

import networkx as nx
import pytest

from kmgraph.extract.gazetteer import gazetteer
from kmgraph.views.html import read_page_data
from kmgraph.views.pages import map_data, problem_kind, quality_data, record_at, render_page
from tests.browser import Page
from tests.views.test_view_pages import OPEN_GROUPS_LISTED

RECORDS = 3000
PRINCIPLES = ["หลัก 5 ก", "การมีส่วนร่วม", "เศรษฐกิจพอเพียง", "ระเบิดจากข้างใน", "รู้ รัก สามัคคี", "กลุ่ม/สมาชิก"]
REPAIRED = "repaired Thai characters damaged by extraction (sara am, invisible or doubled marks)"


def gazetteer_warning(province: str, district: str) -> str:
    return f"province {province} taken from the gazetteer for district {district} (unique)"


def big_graph(records: int = RECORDS, seed: int = 3) -> nx.Graph:
    """A graph shaped as the views read it from a store: records at real districts, with an office, a writer,
    principles, steps and the warnings a reader leaves (one naming the record's own place)."""
    rng = random.Random(seed)
    districts = [d for d in gazetteer().districts if d.lat is not None][:400]
    graph = nx.Graph()
    for i in range(records):
        district = rng.choice(districts)
        record = f"https://w3id.org/kmgraph/id/record/r{i:05d}"
        warnings = [REPAIRED] if i % 2 else []
        warnings += [gazetteer_warning(district.province_name, district.name)] if i % 3 == 0 else []
        graph.add_node(record, cls="record", full=f"เทคนิคการพัฒนากลุ่มอาชีพ ที่ {i}", label="", record_id=f"r{i:05d}",
                       province=district.province_name, district=district.name,
                       principles=sorted(rng.sample(PRINCIPLES, rng.randint(1, 3))), steps=["ประชุม"] * (i % 4),
                       quantities=[], warnings=warnings, inferred=[("title", "guessed")] if i % 5 == 0 else [])
        office = f"office:{district.name}"
        graph.add_node(office, cls="organization", full=f"สำนักงานพัฒนาชุมชนอำเภอ{district.name}")
        graph.add_edge(record, office)
        if i % 7:
            graph.add_node(f"person:{i % 900}", cls="person", full=f"นาย ทดสอบ {i % 900}")
            graph.add_edge(record, f"person:{i % 900}")
    return graph


@pytest.fixture(scope="module")
def big_pages(tmp_path_factory):
    graph = big_graph()
    folder = tmp_path_factory.mktemp("big-pages")
    for kind in ("map", "quality"):
        (folder / f"{kind}.html").write_text(render_page(graph, kind, kind), encoding="utf-8")
    return folder


def test_warnings_are_grouped_by_kind_not_by_the_place_they_name():
    assert problem_kind(gazetteer_warning("ตาก", "วังเจ้า")) == problem_kind(gazetteer_warning("น่าน", "ปัว")) \
        == "province … taken from the gazetteer for district …"
    assert problem_kind("'31/02/2560' is not a day/month/year date: read as month/day/year") \
        == "… is not a day/month/year date"
    assert problem_kind("3 invalid UTF-8 byte(s) read as U+FFFD (first on line 4)") \
        == "… invalid UTF-8 byte(s) read as U+FFFD"
    data = quality_data(big_graph(300))
    kinds = [g["kind"] for g in data["groups"]]
    gazetteer_kinds = [k for k in kinds if "gazetteer" in k]
    assert gazetteer_kinds == ["คำเตือน: province … taken from the gazetteer for district …"]
    group = next(g for g in data["groups"] if g["kind"] == gazetteer_kinds[0])
    assert len(group["records"]) == 100  # every third record
    first = record_at(data["records"], group["records"][0])
    assert first["warnings"] == [gazetteer_warning(first["province"], first["district"])]  # the particulars kept


def test_map_and_quality_pages_carry_a_compact_table_not_a_record_object_each(big_pages):
    for kind in ("map", "quality"):
        text = (big_pages / f"{kind}.html").read_text(encoding="utf-8")
        data = read_page_data(text)
        table = data["records"]
        assert len(table["id"]) == RECORDS and len(table["names"]) < RECORDS  # names written once
        assert len(text.encode("utf-8")) < 60 * RECORDS, f"{kind}: {len(text.encode('utf-8'))} bytes"
    data = map_data(big_graph())
    assert len(data["points"]) == len({(p["lat"], p["lon"]) for p in data["points"]}) <= 400
    assert sum(p["count"] for p in data["points"]) == RECORDS


@pytest.mark.browser
def test_quality_page_lists_a_kind_of_problem_only_when_opened(browser, big_pages):
    page = Page(browser, big_pages / "quality.html")
    try:
        page.wait_stable()
        assert page.js("document.querySelectorAll('.record').length") == 0
        assert "บันทึกที่มีปัญหา: " in page.page.text_content("#content")
        group = page.page.locator("details.group", has_text="repaired Thai characters")
        assert "(1500)" in group.locator("summary").text_content()
        group.locator("summary").click()
        page.page.wait_for_function(OPEN_GROUPS_LISTED)  # a group lists its records on "toggle", dispatched later
        assert group.locator(".record").count() == 100
        group.locator("button.more").click()
        assert group.locator(".record").count() == 200
        assert page.js("document.querySelectorAll('.record').length") == 200  # the other kinds still closed
        assert REPAIRED in group.locator(".record").first.text_content()
        assert page.blocked == [] and page.errors == []
    finally:
        page.close()


@pytest.mark.browser
def test_map_mark_opens_its_principle_mix_and_its_records(browser, big_pages):
    page = Page(browser, big_pages / "map.html")
    try:
        page.wait_stable()
        data = page.js("window.kmgraph.data")
        assert page.js("document.querySelectorAll('circle.point').length") == len(data["points"])
        biggest = data["points"][0]
        title = page.js("document.querySelector('circle.point[data-index=\"0\"]').textContent")
        assert title.startswith(f"{biggest['place']}: {biggest['count']} ") and "%" in title
        page.page.locator('circle.point[data-index="0"]').dispatch_event("click")
        assert page.page.locator("#panel .mix span").count() == len(biggest["mix"])
        lines = page.page.locator("#point-records .record")
        assert lines.count() == min(100, biggest["count"])
        first = page.js("(i) => window.kmgraph.record(i)", biggest["records"][0])
        assert first["title"] in lines.first.text_content() and first["district"] == biggest["place"]
        assert page.blocked == [] and page.errors == []
    finally:
        page.close()
