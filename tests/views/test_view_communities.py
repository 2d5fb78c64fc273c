"""Communities of offices and techniques on the overview's summary level (issue #13): detected by seeded Louvain
over offices linked to the principles and categories their records apply, shown as summary nodes with their
offices, top principles and record count, drilled down to their records, recounted by the filters."""

import networkx as nx
import pytest

from kmgraph.views.communities import office_communities
from kmgraph.views.graph import SUMMARY_PREFIX, select_view, summary_level
from kmgraph.views.html import read_page_data, render_html
from tests.browser import Page
from tests.conftest import ROOT

TWO_WAYS = {"north": ("ลำปาง", ["หลัก 5 ก", "การมีส่วนร่วม"]), "south": ("สงขลา", ["ระเบิดจากข้างใน", "องค์รวม"])}


def node(cls: str, full: str, **more) -> dict:
    return {"cls": cls, "label": full, "full": full, "facts": [], "details": [], "sentence": "", "province": "",
            "principles": [], **more}


def two_kinds_of_office(offices: int = 6, records: int = 5) -> nx.Graph:
    """Offices of the north whose records apply two principles, and offices of the south applying two others;
    one southern office also applies a northern principle once."""
    graph = nx.Graph()
    for way, (province, principles) in TWO_WAYS.items():
        graph.add_node(f"province:{province}", **node("province", province))
        for o in range(offices):
            office = f"org:{way}{o}"
            graph.add_node(office, **node("organization", f"สำนักงานพัฒนาชุมชนอำเภอ{way}{o}"))
            for r in range(records):
                record = f"https://w3id.org/kmgraph/id/record/{way}-{o}-{r}"
                applied = sorted(principles[: 1 + r % 2] + (["หลัก 5 ก"] if (way, o, r) == ("south", 0, 0) else []))
                graph.add_node(record, **node("record", f"เทคนิค {way} {o} {r}", record_id=f"{way}-{o}-{r}",
                                              province=province, district="", principles=applied, steps=[],
                                              outcomes=[], quantities=[], warnings=[], inferred=[]))
                graph.add_edge(record, office, label="สำนักงาน", sentence="")
                graph.add_edge(record, f"province:{province}", label="จังหวัด", sentence="")
                for principle in applied:
                    graph.add_node(f"principle:{principle}", **node("principle", principle))
                    graph.add_edge(record, f"principle:{principle}", label="ใช้หลักการ", sentence="")
    return graph


def test_communities_group_offices_that_apply_the_same_principles_reproducibly():
    graph = two_kinds_of_office()
    found = office_communities(graph)
    assert [sorted(c.offices) for c in found] == [sorted(c.offices) for c in office_communities(graph)]
    assert sorted(sorted(c.offices) for c in found) == [[f"org:north{o}" for o in range(6)],
                                                        [f"org:south{o}" for o in range(6)]]
    for community in found:
        way = community.offices[0][4:9]
        assert len(community.records) == 30 and set(community.provinces) == {TWO_WAYS[way][0]}
        assert community.principles.most_common(1)[0] == (TWO_WAYS[way][1][0], 30)


def test_summary_level_shows_each_community_with_its_offices_principles_and_records():
    level = summary_level(two_kinds_of_office())
    communities = {n: d for n, d in level.nodes(data=True) if d["cls"] == "community"}
    assert len(communities) == 2
    for name, data in communities.items():
        assert data["count"] == 30 and dict(data["facts"])["สำนักงาน"] == "6"
        linked = {level.nodes[p]["full"]: level.edges[name, p]["weight"] for p in level.neighbors(name)}
        way = "north" if "ลำปาง" in data["provinces"] else "south"
        assert set(TWO_WAYS[way][1]) <= set(linked) and linked[TWO_WAYS[way][1][0]] == 30
        assert data["full"].startswith("กลุ่มสำนักงาน ") and TWO_WAYS[way][1][0] in data["full"]
    assert sum(len(v) for v in level.graph["communities"].values()) == 60


def test_the_seeds_summary_has_their_communities(seeds_graph):
    level = summary_level(select_view(seeds_graph))
    communities = [d for _, d in level.nodes(data=True) if d["cls"] == "community"]
    assert communities and sum(d["count"] for d in communities) <= 5
    assert all(d["facts"] and d["principles"] for d in communities)


@pytest.fixture(scope="module")
def seeds_graph(built_seeds):
    from kmgraph.views.graph import open_source, read_graph

    return read_graph(open_source(data=built_seeds / "kmgraph.trig"))


@pytest.mark.browser
def test_a_community_drills_down_to_its_records_and_filters_recount_it(browser, tmp_path):
    graph = two_kinds_of_office()
    path = tmp_path / "communities.html"
    path.write_text(render_html(graph, "communities", summary=True), encoding="utf-8")
    data = read_page_data(path.read_text(encoding="utf-8"))
    north = next(n for n in data["summary"]["nodes"] if n["cls"] == "community" and "ลำปาง" in n["provinces"])
    page = Page(browser, path)
    try:
        page.wait_stable()
        ids = page.js("window.kmgraph.nodes.getIds()")
        assert north["id"] in ids and sum(i.startswith(SUMMARY_PREFIX + "community:") for i in ids) == 2
        assert page.js(f"window.kmgraph.nodes.get({north['id']!r}).label") == f"{north['full']} (30)"
        page.page.select_option("#province-filter", "สงขลา")  # the filter recounts the communities too
        assert page.js(f"window.kmgraph.nodes.get({north['id']!r}).hidden") is True
        south = next(i for i in ids if i.startswith(SUMMARY_PREFIX + "community:") and i != north["id"])
        assert page.js(f"window.kmgraph.nodes.get({south!r}).label").endswith(" (30)")
        page.page.click("#reset")
        page.wait_stable()
        shots = ROOT / "output" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.page.screenshot(path=str(shots / "communities-summary.png"))
        page.js("(id) => window.kmgraph.drill(id)", north["id"])
        page.wait_stable()
        assert page.js("window.kmgraph.state.level") == "community"
        records = page.js("window.kmgraph.nodes.getIds().filter(id => id.includes('/record/'))")
        assert len(records) == 30 and all("/record/north-" in r for r in records)
        offices = page.js("window.kmgraph.nodes.getIds().filter(id => id.startsWith('org:'))")
        assert sorted(offices) == [f"org:north{o}" for o in range(6)]
        assert page.blocked == [] and page.errors == []
    finally:
        page.close()
