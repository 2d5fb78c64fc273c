"""The graph a network view shows: read from RDF into networkx, cut to a view, laid out.

Nodes carry what the page needs: an id (IRI), a class (views.toml), a label, facts and the source sentence
behind them for tooltips, and for records their province and principles (for the page's filters).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from functools import cache
from pathlib import Path
from string import Template

import networkx as nx
import pyoxigraph as ox

from .. import config
from ..config import ViewConfig
from ..errors import ViewError
from ..files import DEFAULT_STORE
from ..rdf.namespaces import short, sparql_prefixes
from ..thai import compact
from .overview import Link, NodeFacts, RecordView

PREFIXES = sparql_prefixes()
VIEWS = ("all", "record", "principle", "province", "office")
LABEL_CHARS = 40



def styles() -> ViewConfig:
    """views.toml, typed and checked (config.views)."""
    return config.views()


def node_attributes(graph: nx.Graph) -> dict:
    """Each node's attribute dict, by node: what graph.nodes[node] gives, without a Python call per lookup (the
    overview of a big build looks nodes up millions of times)."""
    return graph._node


def record_links() -> dict[str, str]:
    """Links from a record the view draws, with their Thai names (views.toml [links])."""
    return styles().links


def part_links() -> dict[str, str]:
    """Record parts a record's view shows, with their Thai names (views.toml [parts])."""
    return {k: v for k, v in styles().parts.items() if k.startswith("kmo:")}


def open_source(store_dir: str | Path | None = None, data: str | Path | None = None) -> ox.Store:
    """The store to draw from: an RDF file read into memory, or the embedded store (read-only)."""
    if data:
        from ..rdf.io import memory_store

        return memory_store(data)
    from ..store.embedded import open_store

    return open_store(store_dir or DEFAULT_STORE, read_only=True)


QUERIES_DIR = Path(__file__).parent / "queries"


@cache
def _query_text(name: str) -> str:
    text = (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")
    return text[text.index("\n") + 1:-1]  # without the comment line and the final line end


def view_query(name: str, **values: str) -> str:
    """The SPARQL of views/queries/<name>.rq, with $name placeholders filled (VALUES lists built here)."""
    return Template(_query_text(name)).substitute(values)


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(PREFIXES + query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: t.value for n, t in zip(names, row, strict=True) if t is not None} for row in result]


def clip(text: str, size: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def read_graph(store: ox.Store, with_parts: bool = False) -> nx.Graph:
    """Records, people, offices, places and concepts as a networkx graph (record parts if asked), read from a store
    with the views' queries (a build makes the same graph without a store: overview.overview_graph)."""
    records: dict[str, dict] = {}
    for row in _rows(store, view_query("records")):
        records[row["r"]] = {"iri": row["r"], "id": row["id"], "template": row["template"], "title": row.get("title"),
                             "date": row.get("date"), "path": row.get("path"), "contexts": [], "steps": [],
                             "outcomes": [], "quantities": [], "warnings": [], "inferred": []}
    for row in _rows(store, view_query("contexts")):
        if row["r"] in records:
            records[row["r"]]["contexts"].append((row["o"], row["context"]))
    parts = sorted(_rows(store, view_query("part-links", links="kmo:hasStep kmo:hasOutcome")),
                   key=lambda row: (row["r"], row["p"], int(row["n"])))
    for row in parts:
        if row["r"] in records:
            records[row["r"]]["steps" if row["p"].endswith("hasStep") else "outcomes"].append(row["text"])
    for row in sorted(_rows(store, view_query("quantities")), key=lambda row: row["q"]):
        if row["r"] in records:
            records[row["r"]]["quantities"].append((float(row["value"]), row["unit"], row["phrase"]))
    for row in _rows(store, view_query("warnings")):
        if row["r"] in records:
            records[row["r"]]["warnings"].append(row["warning"])
    for row in _rows(store, view_query("inferred")):
        if row["r"] in records:
            records[row["r"]]["inferred"].append((row["field"], row["how"]))
    views = [RecordView(**{key: tuple(value) if isinstance(value, list) else value for key, value in fields.items()})
             for fields in records.values()]
    links = []
    for row in _rows(store, view_query("record-links", links=" ".join(record_links()))):
        links.append((row["r"], short(row["p"]) or row["p"], row["o"]))
    graph = assemble(views, links, _node_facts(store))
    if with_parts:
        _add_parts(store, graph)
    return graph


def _node_facts(store: ox.Store) -> NodeFacts:
    """The linked nodes' kinds, labels, facts and links, read from a store."""
    facts = NodeFacts()
    for row in _rows(store, view_query("kinds")):
        facts.kinds.setdefault(row["n"], row["kind"])
    for row in _rows(store, view_query("labels")):
        facts.add_label(row["n"], row["label"], *([row[key]] if key in row else [] for key in ("en", "code", "post")))
    for row in _rows(store, view_query("node-links")):
        facts.links.append((row["a"], short(row["p"]) or row["p"], row["b"]))
    return facts


def assemble(records: Iterable[RecordView], links: Iterable[Link], nodes: NodeFacts) -> nx.Graph:
    """The overview's graph from the records' views (in node order), their links (in edge order) and what the
    linked nodes are: what read_graph reads from a store and a build hands over alike."""
    graph = nx.Graph()
    contexts = {}
    for view in records:
        title = view.title if view.title is not None else view.id
        details = [("รหัส", view.id), ("แบบฟอร์ม", view.template)]
        details += [("วันที่", view.date)] if view.date is not None else []
        details += [("ไฟล์", view.path)] if view.path is not None else []
        graph.add_node(view.iri, cls="record", label=clip(title), full=title, facts=[], details=details,
                       sentence="", record_id=view.id, province="", district="", principles=[],
                       steps=list(view.steps), outcomes=list(view.outcomes), quantities=list(view.quantities),
                       warnings=list(view.warnings), inferred=list(view.inferred))
        contexts.update(((view.iri, node), context) for node, context in view.contexts)
    names = record_links()
    add_edges(graph, ((record, node, {"label": names.get(relation, ""),
                                      "sentence": contexts.get((record, node), "")})
                       for record, relation, node in links))
    member_of = styles().text["member_of"]
    attributes = node_attributes(graph)
    add_edges(graph, ((a, b, {"label": names.get(relation, member_of), "sentence": ""})
                       for a, relation, b in nodes.links if a in attributes and b in attributes))  # lazily: as added
    adjacency = graph._adj
    said = _sentence_neighbours(adjacency, contexts)  # only the records' contexts give an edge a sentence
    _describe_nodes(graph, nodes, said)
    brief_facts = graph.graph["brief_facts"] = {}  # the records' brief facts (render_html's summary pages)
    for record in [n for n, d in attributes.items() if d.get("cls") == "record"]:
        own = attributes[record]
        for neighbour in adjacency[record]:
            data = attributes[neighbour]
            if data.get("cls") in ("province", "district"):
                own[data["cls"]] = data["full"]
            elif data.get("cls") == "principle":
                own["principles"].append(data["full"])
        own["principles"].sort()
        own["facts"], brief_facts[record] = _record_facts(graph, record, (False, True))
        own["sentence"] = first_sentence(graph, record, lambda node: attributes[node]["cls"] == "principle", said)
    return graph


def add_edges(graph: nx.Graph, edges: Iterable[tuple[Hashable, Hashable, dict]]) -> None:
    """graph.add_edges_from(edges) for a plain nx.Graph (nodes not None): the same nodes, edges, data and order,
    without networkx's per-edge generality (its tuple checks, a dict made and copied for each edge)."""
    nodes, adjacency = graph._node, graph._adj
    for u, v, data in edges:
        if u not in nodes:
            adjacency[u], nodes[u] = {}, {}
        if v not in nodes:
            adjacency[v], nodes[v] = {}, {}
        near = adjacency[u]
        known = near.get(v)
        if known is None:
            near[v] = adjacency[v][u] = data
        else:
            known.update(data)
    nx._clear_cache(graph)


def first_sentence(graph: nx.Graph, node: str, kept=lambda other: True,
                   said: dict[str, list[str]] | None = None) -> str:
    """The sentence of the node's first edge that has one, neighbours taken in sorted order (those kept).
    said: each node's neighbours over an edge with a sentence (_sentence_neighbours), when known."""
    edges = graph._adj[node]  # the plain dict: graph.adj[node] wraps each item in a Python call
    if said is None:
        candidates = [other for other, data in edges.items() if data.get("sentence")]
    else:
        candidates = said.get(node, [])
    found = min((other for other in candidates if kept(other)), default=None) if candidates else None
    return "" if found is None else edges[found]["sentence"]


def _sentence_neighbours(adjacency: dict, pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Each node's neighbours over an edge that has a sentence, from the pairs of nodes that may have one (all
    the edges that have one are among them): first_sentence without a look at every edge of every node."""
    said: dict[str, list[str]] = {}
    for a, b in pairs:
        data = adjacency.get(a, {}).get(b)
        if data is not None and data.get("sentence"):
            said.setdefault(a, []).append(b)
            said.setdefault(b, []).append(a)
    return said


def number(value: float) -> str:
    """A quantity as people write it: 5, 1,250, 2.5."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def record_facts(graph: nx.Graph, record: str, brief: bool = False) -> list[tuple[str, str]]:
    """What a record says, for its tooltip: writer and post, office, place, principles, first steps, outcomes
    (brief: two steps and one outcome, shorter, for the pages of big builds)."""
    return _record_facts(graph, record, (brief,))[0]


def _record_facts(graph: nx.Graph, record: str, briefs: tuple[bool, ...]) -> list[list[tuple[str, str]]]:
    """record_facts for each of briefs, the record's neighbours read once."""
    attributes = node_attributes(graph)
    data = attributes[record]
    names = styles().links
    people: list[str] = []
    offices: list[str] = []
    for neighbour in sorted(graph._adj[record]):
        other = attributes[neighbour]
        if other["cls"] == "person":
            post = next((v for k, v in other["facts"] if k == "ตำแหน่ง"), "")
            people.append(other["full"] + (f" ({post})" if post else ""))
        elif other["cls"] == "organization":
            offices.append(other["full"])
    place = ", ".join(p for p in (data["district"], data["province"]) if p)
    parts = styles().parts
    head = [(names["dcterms:creator"], "; ".join(people)), (names["kmo:office"], "; ".join(offices)),
            (styles().text["place"], place), (names["kmo:appliesPrinciple"], ", ".join(data["principles"]))]
    tail = [(parts["schema:QuantitativeValue"], "; ".join(f"{number(v)} {u}" for v, u, _ in data["quantities"]))]
    tail += [(styles().text["warnings"], str(len(data["warnings"])))] if data["warnings"] else []
    found = []
    step_texts = [" ".join(text.split()) for text in data["steps"][:3]]  # clip's spacing, once for each brief
    outcome_texts = [" ".join(text.split()) for text in data["outcomes"][:2]]
    for brief in briefs:
        steps, outcomes, size = (2, 1, 80) if brief else (3, 2, 120)
        facts = head + [(f"{parts['kmo:hasStep']} {i}", _cut(text, size))
                        for i, text in enumerate(step_texts[:steps], 1)]
        facts += [(parts["kmo:hasOutcome"], _cut(text, size + 40)) for text in outcome_texts[:outcomes]]
        found.append([(key, value) for key, value in facts + tail if value])
    return found


def _cut(text: str, size: int) -> str:
    """clip of a text whose spacing is clipped already."""
    return text if len(text) <= size else text[: size - 1] + "…"


def _describe_nodes(graph: nx.Graph, nodes: NodeFacts, said: dict[str, list[str]] | None = None) -> None:
    """Kind, label, facts and sentence of each node a record links to (a node nothing describes: an office)."""
    for node, data in graph._node.items():
        if data.get("cls"):
            continue
        data["cls"] = nodes.kinds.get(node, "organization")
        data["full"] = nodes.labels.get(node, node.rsplit("/", 1)[-1])
        data["label"] = clip(data["full"])
        data["facts"] = nodes.facts.get(node, [])
        data["details"] = []
        data["sentence"] = first_sentence(graph, node, said=said)
        data["principles"], data["province"] = [], ""


def _add_parts(store: ox.Store, graph: nx.Graph) -> None:
    links = " ".join(part_links())
    for row in _rows(store, view_query("part-links", links=links)):
        if row["r"] not in graph:
            continue
        kind = part_links()["kmo:" + row["p"].split("#")[-1]]
        graph.add_node(row["part"], cls="part", label=f"{kind} {row['n']}", full=row["text"], facts=[],
                       details=[], sentence=row["text"], principles=[], province="")
        graph.add_edge(row["r"], row["part"], label=kind, sentence="")
    for row in _rows(store, view_query("quantities")):
        if row["r"] in graph:
            label = f"{row['value']} {row['unit']}"
            graph.add_node(row["q"], cls="quantity", label=label, full=label, facts=[], details=[],
                           sentence=row["phrase"], principles=[], province="")
            graph.add_edge(row["r"], row["q"], label=styles().parts["schema:QuantitativeValue"], sentence="")


def _find(graph: nx.Graph, cls: str, name: str) -> list[str]:
    key = compact(name)
    exact = [n for n, d in graph.nodes(data=True)
             if d["cls"] == cls and key in (compact(d["full"]), compact(d.get("record_id", "")))]
    if exact:
        return exact
    return [n for n, d in graph.nodes(data=True) if d["cls"] == cls and key and key in compact(d["full"])]


def select_view(graph: nx.Graph, view: str = "all", value: str | None = None) -> nx.Graph:
    """The part of the graph a view shows; raise ViewError when value names nothing."""
    if view == "all":
        kept = [n for n, d in graph._node.items() if d["cls"] not in ("part", "quantity")]
        return graph if len(kept) == len(graph) else graph.subgraph(kept).copy()
    if view not in VIEWS or not value:
        raise ViewError(f"a {view} view needs a value, e.g. --view {view} NAME")
    cls = {"record": "record", "principle": "principle", "province": "province", "office": "organization"}[view]
    anchors = _find(graph, cls, value)
    if not anchors:
        known = sorted({d["full"] if cls != "record" else d["record_id"]
                        for _, d in graph.nodes(data=True) if d["cls"] == cls})
        raise ViewError(f"no {view} named {value!r}; known: {', '.join(known[:12])}{' …' if len(known) > 12 else ''}")
    if view == "record":
        records = anchors
    else:
        records = [n for a in anchors for n in graph.neighbors(a) if graph.nodes[n]["cls"] == "record"]
    keep = set(anchors) | set(records)
    for record in records:
        keep.update(n for n in graph.neighbors(record)
                    if view == "record" or graph.nodes[n]["cls"] not in ("part", "quantity"))
    return graph.subgraph(keep).copy()


def layout(graph: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions by igraph's Fruchterman–Reingold (fast on thousands of nodes), scaled for vis-network."""
    import igraph

    nodes = list(graph.nodes)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in graph.edges])
    import random

    igraph.set_random_number_generator(random.Random(seed))  # deterministic layouts: byte-identical pages
    try:
        coordinates = g.layout_fruchterman_reingold(niter=500 if len(nodes) <= 5000 else 200)
    finally:
        igraph.set_random_number_generator(random)
    scale = 40.0 * max(1.0, len(nodes) ** 0.5)
    xs = [c[0] for c in coordinates]
    ys = [c[1] for c in coordinates]
    left, top = min(xs), min(ys)
    factor = scale / max(max(xs) - left, max(ys) - top, 1e-9)
    return {node: ((x - left) * factor, (y - top) * factor)
            for node, (x, y) in zip(nodes, coordinates, strict=True)}


SUMMARY_PREFIX = "summary:"


def ring_layout(level: nx.Graph) -> dict[str, tuple[float, float]]:
    """Principles on an inner ring, provinces on an outer one, each province near the principle it applies most:
    a summary that reads without a physics simulation."""
    import math

    principles = sorted((n for n, d in level.nodes(data=True) if d["cls"] == "principle"),
                        key=lambda n: -level.nodes[n]["count"])
    provinces = [n for n, d in level.nodes(data=True) if d["cls"] == "province"]
    inner = 120.0 + 25.0 * len(principles)
    outer = max(inner * 1.8, 30.0 * len(provinces) / math.pi)
    positions = {}
    angle = {}
    for i, node in enumerate(principles):
        angle[node] = 2 * math.pi * i / max(1, len(principles))
        positions[node] = (inner * math.cos(angle[node]), inner * math.sin(angle[node]))

    def main_angle(province: str) -> float:
        links = [(level.edges[province, p]["weight"], p) for p in level.neighbors(province) if p in angle]
        return angle[max(links)[1]] if links else 0.0

    for i, node in enumerate(sorted(provinces, key=lambda n: (main_angle(n), n))):
        theta = 2 * math.pi * i / max(1, len(provinces))
        radius = outer * (1.0 if i % 2 == 0 else 1.15)  # staggered, so neighbouring labels do not overlap
        positions[node] = (radius * math.cos(theta), radius * math.sin(theta))
    communities = [n for n, d in level.nodes(data=True) if d["cls"] == "community"]  # a column on the right
    step = 2.4 * outer / max(1, len(communities))
    for i, node in enumerate(communities):
        positions[node] = (outer * 1.15 + 420.0, (i - (len(communities) - 1) / 2) * min(step, 160.0))
    return positions


def summary_level(graph: nx.Graph) -> nx.Graph:
    """The landing level of a big overview: provinces and principles as nodes sized by their records, linked by
    how many records apply a principle in a province, and principles by how many records apply both."""
    from collections import Counter
    from itertools import combinations

    text = styles().text
    provinces: Counter = Counter()
    principles: Counter = Counter()
    applied: Counter = Counter()
    together: Counter = Counter()
    offices: dict[str, set[str]] = {}
    where: dict[str, set[str]] = {}
    attributes, adjacency = node_attributes(graph), graph._adj
    for record, data in attributes.items():
        if data["cls"] != "record":
            continue
        province = data["province"] or text["no_province"]
        provinces[province] += 1
        offices.setdefault(province, set()).update(
            n for n in adjacency[record] if attributes[n]["cls"] == "organization")
        for principle in data["principles"]:
            principles[principle] += 1
            applied[province, principle] += 1
            where.setdefault(principle, set()).add(province)
        together.update(combinations(data["principles"], 2))
    level = nx.Graph()
    top: dict[str, list[str]] = {p: [] for p in provinces}  # each province's five most applied principles
    for (province, principle), _ in sorted(applied.items(), key=lambda kv: -kv[1]):
        top[province] += [principle] if len(top[province]) < 5 else []
    for province, count in sorted(provinces.items()):
        facts = [(text["records"], str(count)), (text["offices"], str(len(offices[province]))),
                 (text["top_principles"], ", ".join(top[province]))]
        level.add_node(SUMMARY_PREFIX + "province:" + province, cls="province", label=f"{province} ({count})",
                       full=province, facts=facts, details=[], sentence="", count=count, province=province,
                       provinces=[province], principles=sorted({c for (q, c) in applied if q == province}))
    for principle, count in sorted(principles.items()):
        facts = [(text["records"], str(count)), (text["provinces"], str(len(where[principle])))]
        level.add_node(SUMMARY_PREFIX + "principle:" + principle, cls="principle", label=f"{principle} ({count})",
                       full=principle, facts=facts, details=[], sentence="", count=count, province="",
                       provinces=sorted(where[principle]), principles=[principle])
    for (province, principle), count in applied.items():
        level.add_edge(SUMMARY_PREFIX + "province:" + province, SUMMARY_PREFIX + "principle:" + principle,
                       label=text["applied_in"], weight=count)
    for (a, b), count in together.items():
        level.add_edge(SUMMARY_PREFIX + "principle:" + a, SUMMARY_PREFIX + "principle:" + b,
                       label=text["applied_together"], weight=count)
    _add_communities(graph, level)
    return level


def _add_communities(graph: nx.Graph, level: nx.Graph) -> None:
    """The communities of offices and techniques as summary nodes, each linked to its three most applied
    principles; level.graph["communities"] maps each record to the communities its offices belong to."""
    from .communities import office_communities

    text = styles().text
    level.graph["communities"] = {}
    for community in office_communities(graph, name=text["community_name"]):
        node = SUMMARY_PREFIX + "community:" + community.name
        top = sorted(community.principles.items(), key=lambda kv: (-kv[1], kv[0]))
        facts = [(text["records"], str(len(community.records))), (text["offices"], str(len(community.offices))),
                 (text["top_offices"], ", ".join(graph.nodes[o]["full"] for o in community.offices[:5])),
                 (text["top_principles"], ", ".join(f"{p} ({n})" for p, n in top[:5])),
                 (text["provinces"], ", ".join(p for p, _ in community.provinces.most_common(5)))]
        level.add_node(node, cls="community", label=f"{community.name} ({len(community.records)})",
                       full=community.name, facts=[(k, v) for k, v in facts if v], details=[], sentence="",
                       count=len(community.records), province="", provinces=sorted(community.provinces),
                       principles=sorted(community.principles))
        for principle, count in top[:3]:
            level.add_edge(node, SUMMARY_PREFIX + "principle:" + principle, label=text["applied_in_community"],
                           weight=count)
        for record in community.records:
            level.graph["communities"].setdefault(record, []).append(community.name)
