"""The network view: the graph it draws, views, safety of the page, and the page in real headless Chromium."""

import json
import re
import shutil

import pytest

from kmgraph.build.pipeline import build
from kmgraph.views.graph import ViewError, open_source, read_graph, select_view
from kmgraph.views.html import read_page_data, render_html, safe_json, write_view
from tests.browser import Page
from tests.conftest import FIXTURES, ROOT, SEEDS

XSS_TITLE = '<script>window.__xss = "script"</script><img src=x onerror="window.__xss = \'img\'">'


@pytest.fixture(scope="module")
def seeds_graph(built_seeds):
    return read_graph(open_source(data=built_seeds / "kmgraph.trig"))


def test_the_overview_holds_records_people_offices_places_and_concepts(seeds_graph):
    shown = select_view(seeds_graph)
    classes = {}
    for _, data in shown.nodes(data=True):
        classes[data["cls"]] = classes.get(data["cls"], 0) + 1
    assert classes["record"] == 5 and classes["person"] == 4 and classes["province"] == 4
    assert classes["organization"] == 5 and "part" not in classes
    lampang = [d for _, d in shown.nodes(data=True) if d["cls"] == "record" and d["province"] == "ลำปาง"]
    assert len(lampang) == 2 and all("การมีส่วนร่วม" in d["principles"] for d in lampang)


def test_views_by_record_principle_province_and_office(seeds_graph, built_seeds):
    record = select_view(read_graph(open_source(data=built_seeds / "kmgraph.trig"), with_parts=True), "record",
                         "003_c0a4d1a34ad12524")
    assert sum(1 for _, d in record.nodes(data=True) if d["cls"] == "part") == 7 + 5
    assert sum(1 for _, d in select_view(seeds_graph, "province", "ลำปาง").nodes(data=True)
               if d["cls"] == "record") == 2
    assert sum(1 for _, d in select_view(seeds_graph, "principle", "องค์รวม").nodes(data=True)
               if d["cls"] == "record") == 1
    office = select_view(seeds_graph, "office", "สำนักงานพัฒนาชุมชน อำเภอห้างฉัตร")  # spaces tolerated
    assert {d["record_id"] for _, d in office.nodes(data=True) if d["cls"] == "record"} == {"003_c0a4d1a34ad12524"}
    with pytest.raises(ViewError, match="no province named"):
        select_view(seeds_graph, "province", "ไม่มีจังหวัดนี้")


def test_tooltips_carry_facts_and_the_source_sentence(seeds_graph):
    holism = next(d for _, d in seeds_graph.nodes(data=True) if d["full"] == "องค์รวม")
    assert "การพัฒนาแบบองค์รวม" in holism["sentence"]
    person = next(d for _, d in seeds_graph.nodes(data=True) if d["full"] == "นางนฤมล เวชสุภา")
    assert ("ตำแหน่ง", "นักวิชาการพัฒนาชุมชนชำนาญการ") in person["facts"]


def test_record_tooltips_tell_what_the_record_says(seeds_graph):
    """Writer and post, office, place, principles, first steps, quantities and the sentence behind a principle;
    the id, file and template go to the details line."""
    record = next(d for _, d in seeds_graph.nodes(data=True) if d.get("record_id") == "003_c0a4d1a34ad12524")
    facts = dict(record["facts"])
    assert facts["ผู้เขียน"] == "นางนฤมล เวชสุภา (นักวิชาการพัฒนาชุมชนชำนาญการ)"
    assert facts["สำนักงาน"] == "สำนักงานพัฒนาชุมชนอำเภอห้างฉัตร" and facts["ที่ตั้ง"] == "ห้างฉัตร, ลำปาง"
    assert "การมีส่วนร่วม" in facts["ใช้หลักการ"] and facts["ขั้นตอน 1"].startswith("ประชาสัมพันธ์")
    assert "ขั้นตอน 4" not in facts and facts["จำนวน"] == "5 ครัวเรือน"
    assert "หลัก ๕ ก" in record["sentence"]
    assert ("รหัส", "003_c0a4d1a34ad12524") in record["details"] and "รหัส" not in facts


def test_edges_say_their_relation(seeds_graph):
    page = page_data(render_html(select_view(seeds_graph), "t", precompute=True))
    assert all(edge["rel"] for edge in page["edges"])
    assert {"ผู้เขียน", "สำนักงาน", "จังหวัด", "ใช้หลักการ", "สังกัด"} <= {edge["rel"] for edge in page["edges"]}


def test_page_is_self_contained_and_escapes_data(seeds_graph):
    page = render_html(select_view(seeds_graph), "title <b>")
    markup = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", page, flags=re.S)
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", markup)
    assert "default-src 'none'" in page  # the page's CSP forbids fetching anything
    assert "title &lt;b&gt;" in page
    assert len(page_data(page)["nodes"]) == select_view(seeds_graph).number_of_nodes()
    assert safe_json({"t": "</script><b>&"}) == '{"t":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}'


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """A record whose title, author and steps hold markup and script."""
    folder = tmp_path_factory.mktemp("hostile")
    text = (FIXTURES / "portal_page.txt").read_text(encoding="utf-8")
    text = text.replace("การพัฒนาผลิตภัณฑ์ OTOP ด้วยการมีส่วนร่วมของชุมชน", XSS_TITLE + " การมีส่วนร่วม")
    text = text.replace("สำรวจผลิตภัณฑ์ของกลุ่ม", '<a href="javascript:alert(1)">href</a> สำรวจ')
    (folder / "in").mkdir()
    (folder / "in" / "hostile.txt").write_text(text, encoding="utf-8")
    build([folder / "in"], folder / "out")
    write_view(folder / "out" / "record.html", data=folder / "out" / "kmgraph.trig", view="record", value="hostile")
    return folder / "out"


@pytest.mark.browser
def test_seeds_view_in_chromium(browser, built_seeds, seeds_graph):
    page = Page(browser, built_seeds / "kmgraph.html")
    try:
        page.wait_stable()
        expected = select_view(seeds_graph).number_of_nodes()
        assert page.js("window.kmgraph.nodes.length") == expected
        assert page.js("Object.keys(window.kmgraph.network.body.nodes).length") >= expected
        assert page.js("window.kmgraph.visibleCount()") == expected
        assert page.blocked == [] and page.errors == []
        assert page.requests == [(built_seeds / "kmgraph.html").resolve().as_uri()]
        shots = ROOT / "output" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.page.screenshot(path=str(shots / "seeds.png"))
        assert (shots / "seeds.png").stat().st_size > 20_000
    finally:
        page.close()


@pytest.mark.browser
def test_search_finds_a_thai_name_despite_spaces(browser, built_seeds):
    page = Page(browser, built_seeds / "kmgraph.html")
    try:
        page.wait_stable()
        page.page.fill("#search", "นฤมล  เวช สุภา")
        found = page.js("window.kmgraph.network.getSelectedNodes()")
        assert len(found) == 1 and "/person/" in found[0]
        assert page.page.text_content("#search-status") == "พบ 1"
        page.page.fill("#search", "ลำปาง")
        assert len(page.js("window.kmgraph.network.getSelectedNodes()")) >= 1
        page.page.fill("#search", "ไม่มีคำนี้")
        assert page.page.text_content("#search-status") == "ไม่พบ"
    finally:
        page.close()


@pytest.mark.browser
def test_filters_hide_nodes(browser, built_seeds, seeds_graph):
    page = Page(browser, built_seeds / "kmgraph.html")
    try:
        page.wait_stable()
        total = page.js("window.kmgraph.visibleCount()")
        principles = sum(1 for _, d in select_view(seeds_graph).nodes(data=True) if d["cls"] == "principle")
        page.page.uncheck(".class-filter[value=principle]")
        assert page.js("window.kmgraph.visibleCount()") == total - principles
        page.page.check(".class-filter[value=principle]")
        edges = page.js("window.kmgraph.edges.length")
        scale = page.js("window.kmgraph.network.getScale()")
        page.page.select_option("#province-filter", "ลำปาง")
        assert page.js("window.kmgraph.network.getScale()") != scale  # zoomed to what the filter keeps
        shown_edges = page.js("window.kmgraph.visibleEdgeCount()")
        assert 0 < shown_edges < edges
        assert page.page.locator("#stats tr", has_text="เส้นเชื่อม").text_content().startswith(
            f"เส้นเชื่อม{shown_edges}/ {edges}")
        visible_records = page.js("window.kmgraph.nodes.get({filter: n => !n.hidden}).map(n => n.id)"
                                  ".filter(id => id.includes('/record/'))")
        assert len(visible_records) == 2
        page.page.select_option("#principle-filter", "องค์รวม")
        assert page.js("window.kmgraph.visibleCount()") == 0
        page.page.click("#reset")
        assert page.js("window.kmgraph.visibleCount()") == total
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("page_name", ["kmgraph.html", "record.html"])
def test_hostile_record_runs_no_script(browser, hostile_build, page_name):
    page = Page(browser, hostile_build / page_name)
    try:
        page.wait_stable()
        assert page.js("window.__xss") is None
        node = page.js("window.kmgraph.nodes.getIds().find(id => id.includes('/record/hostile'))")
        position = page.js(f"(() => {{ const n = window.kmgraph.network; const p = n.getPosition({json.dumps(node)});"
                           f" return n.canvasToDOM(p); }})()")
        box = page.page.locator("#graph").bounding_box()
        page.page.mouse.move(box["x"] + position["x"], box["y"] + position["y"])
        page.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
        tooltip = page.page.locator("div.vis-tooltip")
        assert "<script>" in tooltip.text_content()  # shown as text
        assert tooltip.locator("img, script, a").count() == 0
        page.page.wait_for_timeout(300)
        assert page.js("window.__xss") is None and page.dialogs == []
        assert page.blocked == [] and page.errors == []
    finally:
        page.close()


def test_build_writes_the_html_and_the_command_draws_views(tmp_path):
    from click.testing import CliRunner

    from kmgraph.cli import main

    shutil.copytree(SEEDS, tmp_path / "seeds")
    build([tmp_path / "seeds"], tmp_path / "out")
    assert (tmp_path / "out" / "kmgraph.html").is_file()
    result = CliRunner().invoke(main, ["html", "--view", "principle", "องค์รวม", "--store",
                                       str(tmp_path / "out" / "store"), "-o", str(tmp_path / "p.html")])
    assert result.exit_code == 0 and "nodes" in result.output
    result = CliRunner().invoke(main, ["html", "--view", "record", "--data", str(tmp_path / "out" / "kmgraph.trig"),
                                       "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "needs a value" in result.stderr


def page_data(page: str) -> dict:
    """The JSON a page carries (nodes, edges, options)."""
    return read_page_data(page)


def _page_graph(page: str) -> tuple[set, set]:
    """The nodes and edges a page draws (positions left out)."""
    data = page_data(page)
    nodes = {json.dumps({k: v for k, v in node.items() if k not in ("x", "y")}, sort_keys=True, ensure_ascii=False)
             for node in data["nodes"]}
    ids = {node["id"]: node["id"] for node in data["nodes"]}
    edges = {json.dumps(sorted([ids[e["from"]], ids[e["to"]]]) + [e.get("label", ""), e.get("sentence", "")],
                        ensure_ascii=False) for e in data["edges"]}
    return nodes, edges


def test_build_overview_draws_what_the_store_holds(built_seeds, tmp_path):
    """The build draws its overview from the few facts each record hands over; the page must be the one
    `kmgraph html` draws from the whole store."""
    from_store = write_view(tmp_path / "store.html", store_dir=built_seeds / "store").path
    built_nodes, built_edges = _page_graph((built_seeds / "kmgraph.html").read_text(encoding="utf-8"))
    store_nodes, store_edges = _page_graph(from_store.read_text(encoding="utf-8"))
    assert built_nodes == store_nodes and len(built_nodes) > 20
    assert built_edges == store_edges and any('"การมีส่วนร่วม' in e or "ส่วนร่วม" in e for e in built_edges)


def test_overview_tooltips_name_the_command_for_each_detail_view(built_seeds, tmp_path, monkeypatch):
    """Record, office, province and principle nodes say how to draw their detail view; the command works."""
    import shlex

    from click.testing import CliRunner

    from kmgraph.cli import main

    data = page_data((built_seeds / "kmgraph.html").read_text(encoding="utf-8"))
    commands = {node["cls"]: value for node in data["nodes"] for key, value in node["details"]
                if value.startswith("kmgraph html --view")}
    assert set(commands) == {"record", "organization", "province", "principle"}
    monkeypatch.chdir(tmp_path)
    for command in commands.values():
        args = shlex.split(command)[1:] + ["--store", str(built_seeds / "store")]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (command, result.output)
        assert (tmp_path / args[args.index("-o") + 1]).is_file()


def hover(page: Page, node_id: str) -> str:
    """Move the mouse onto a node of the page's network; the tooltip's text. The layout is random, so the node is
    first moved clear of the others (physics off), lest another's label lie under the mouse."""
    page.js("""(id) => { const n = window.kmgraph.network; n.setOptions({physics: false});
        const all = n.getPositions(); let x = -Infinity, y = -Infinity;
        for (const [key, p] of Object.entries(all)) if (key !== id) { x = Math.max(x, p.x); y = Math.max(y, p.y); }
        n.moveNode(id, x + 600, y + 600); n.fit({animation: false}); }""", node_id)
    position = page.js("(id) => { const n = window.kmgraph.network; return n.canvasToDOM(n.getPosition(id)); }",
                       node_id)
    box = page.page.locator("#graph").bounding_box()
    page.page.mouse.move(box["x"] + position["x"], box["y"] + position["y"])
    page.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    return page.page.locator("div.vis-tooltip").text_content()


@pytest.mark.browser
def test_record_tooltip_and_relation_legend_in_chromium(browser, built_seeds):
    page = Page(browser, built_seeds / "kmgraph.html")
    try:
        page.wait_stable()
        page.js("window.kmgraph.network.fit({animation: false})")
        text = hover(page, "https://w3id.org/kmgraph/id/record/003_c0a4d1a34ad12524")
        assert "เทคนิคการจัดตั้งกลุ่มอาชีพ" in text and "นางนฤมล เวชสุภา (นักวิชาการพัฒนาชุมชนชำนาญการ)" in text
        assert "ขั้นตอน 1: ประชาสัมพันธ์" in text and "5 ครัวเรือน" in text and "kmgraph html --view record" in text
        legend = page.page.locator("#relations .relation").all_text_contents()
        assert any(line.startswith("ใช้หลักการ (") for line in legend)
        assert page.blocked == [] and page.errors == []
    finally:
        page.close()


def test_summary_level_links_provinces_and_principles_by_record_counts(seeds_graph):
    from kmgraph.views.graph import SUMMARY_PREFIX, summary_level

    level = summary_level(select_view(seeds_graph))
    lampang, participation = SUMMARY_PREFIX + "province:ลำปาง", SUMMARY_PREFIX + "principle:การมีส่วนร่วม"
    assert level.nodes[lampang]["count"] == 2 and level.nodes[participation]["count"] == 5
    assert level.edges[lampang, participation]["weight"] == 2
    sep = SUMMARY_PREFIX + "principle:ปรัชญาของเศรษฐกิจพอเพียง"
    assert level.edges[sep, participation]["weight"] == 3  # records applying both
    assert {d["cls"] for _, d in level.nodes(data=True)} == {"province", "principle", "community"}
    assert sum(d["count"] for _, d in level.nodes(data=True) if d["cls"] == "province") == 5


@pytest.fixture(scope="module")
def summary_page(built_seeds, seeds_graph, tmp_path_factory):
    """The seeds' overview forced onto its summary landing level (as a build of more than 60 records is)."""
    path = tmp_path_factory.mktemp("summary") / "summary.html"
    path.write_text(render_html(select_view(seeds_graph), "summary", summary=True), encoding="utf-8")
    return path


def _click(page: Page, node_id: str) -> None:
    position = page.js("(id) => { const n = window.kmgraph.network; return n.canvasToDOM(n.getPosition(id)); }",
                       node_id)
    box = page.page.locator("#graph").bounding_box()
    page.page.mouse.click(box["x"] + position["x"], box["y"] + position["y"])


@pytest.mark.browser
def test_summary_lands_filters_and_drills_down_in_chromium(browser, summary_page):
    page = Page(browser, summary_page)
    try:
        page.wait_stable()
        assert page.js("window.kmgraph.state.level") == "summary"
        communities = sum(n["cls"] == "community" for n in page.js("window.kmgraph.data.summary.nodes"))
        assert communities >= 1  # 4 provinces, 10 principles, the communities of offices; no record drawn yet
        assert page.js("window.kmgraph.nodes.length") == 14 + communities
        assert 'data-encoding="gzip"' in summary_page.read_text(encoding="utf-8")
        shots = ROOT / "output" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.page.screenshot(path=str(shots / "seeds-summary.png"))
        # a filter keeps what matches, zooms to it and recounts nodes, edges and records
        scale = page.js("window.kmgraph.network.getScale()")
        page.page.select_option("#province-filter", "ลำปาง")
        assert page.js("window.kmgraph.network.getScale()") != scale
        kept = page.js("window.kmgraph.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
        assert "summary:province:ลำปาง" in kept and "summary:province:เชียงราย" not in kept
        label = "window.kmgraph.nodes.get('summary:principle:การมีส่วนร่วม').label"
        assert page.js(label) == "การมีส่วนร่วม (2)"  # the count of records left, not the 5 of the whole build
        assert page.page.locator("#stats tr", has_text="บันทึก").last.text_content() == "บันทึก2/ 5"
        assert 0 < page.js("window.kmgraph.visibleEdgeCount()") < page.js("window.kmgraph.edges.length")
        page.page.click("#reset")
        page.wait_stable()
        # a click on a province opens its offices and records; a record opens its own level
        _click(page, "summary:province:ลำปาง")
        page.wait_stable()
        assert page.js("window.kmgraph.state.level") == "province"
        records = page.js("window.kmgraph.nodes.getIds().filter(id => id.includes('/record/'))")
        assert len(records) == 2 and page.js("window.kmgraph.nodes.getIds().some(id => id.includes('/org/'))")
        page.page.screenshot(path=str(shots / "seeds-drill-province.png"))
        page.js("(id) => window.kmgraph.drill(id)", records[0])
        page.wait_stable()
        assert page.js("window.kmgraph.state.level") == "record"
        assert page.js("window.kmgraph.nodes.getIds().filter(id => id.includes('/record/')).length") == 1
        page.page.click("#crumbs button[data-level=summary]")
        page.wait_stable()
        assert page.js("window.kmgraph.state.level") == "summary"
        # search for a person not on the summary level opens the level around them
        page.page.fill("#search", "นฤมล  เวช สุภา")
        assert page.page.text_content("#search-status") == "พบ 1"
        assert page.js("window.kmgraph.state.level") == "node"
        assert page.blocked == [] and page.errors == []
        assert page.requests == [summary_page.resolve().as_uri()]
    finally:
        page.close()


@pytest.mark.browser
def test_hostile_record_on_a_summary_page_runs_no_script(browser, hostile_build, tmp_path):
    graph = select_view(read_graph(open_source(data=hostile_build / "kmgraph.trig")))
    path = tmp_path / "hostile-summary.html"
    path.write_text(render_html(graph, XSS_TITLE, summary=True), encoding="utf-8")
    page = Page(browser, path)
    try:
        page.wait_stable()
        node = page.js("window.kmgraph.data.nodes.find(n => n.cls === 'record').id")
        page.js("(id) => window.kmgraph.drill(id)", node)
        page.wait_stable()
        assert "<script>" in hover(page, node)
        assert page.page.locator("div.vis-tooltip").locator("img, script, a").count() == 0
        page.page.wait_for_timeout(300)
        assert page.js("window.__xss") is None and page.dialogs == [] and page.errors == []
    finally:
        page.close()
