"""`kmgraph html`: render a view of the graph as one self-contained, offline, script-safe HTML page.

pyvis holds the nodes, edges and vis-network options and ships vis-network, which is inlined; the page is
rendered by our own Jinja2 template with autoescaping on, the graph travels as JSON inside a
<script type="application/json"> element (with <, > and & escaped), and tooltips are built as DOM text in the
browser, so no record content can inject markup or script. Nothing is fetched from the network.
"""

from __future__ import annotations

import json
import operator
import re
import shlex
import time
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .graph import (
    layout,
    open_source,
    read_graph,
    record_facts,
    ring_layout,
    select_view,
    styles,
    summary_level,
)
from .pyvis_network import pyvis_network

TEMPLATE = "view.html"
SUMMARY_FROM_RECORDS = 60  # above this many records the overview lands on its summary level
PACK_FROM_BYTES = 200_000  # a page whose data is bigger carries it gzip-packed


@dataclass(frozen=True)
class ViewSummary:
    path: Path
    nodes: int
    edges: int
    precomputed: bool
    seconds: float
    summary: bool = False  # the page lands on its summary level


def _vis_network_assets() -> tuple[str, str]:
    pyvis_network()  # pyvis without IPython, before `import pyvis` would load it
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(
        encoding="utf-8")


def page_json(data) -> str:
    """The page's data as compact JSON (the text safe_json escapes and packed_json packs). The data is made afresh
    as trees of dicts and lists, so the encoder's check for cycles is left out (a fifth of its time)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False)


def escaped_json(text: str) -> str:
    """page_json's text made safe: <, > and & (and the line separators) become \\u escapes."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


_ESCAPED_GROWTH = ((b"<", 5), (b">", 5), (b"&", 5), ("\u2028".encode(), 3), ("\u2029".encode(), 3))


def escaped_size(raw: bytes) -> int:
    """The UTF-8 size of escaped_json's text, from page_json's text in UTF-8, without escaping it."""
    return len(raw) + sum(raw.count(char) * growth for char, growth in _ESCAPED_GROWTH)


def safe_json(data) -> str:
    """JSON that cannot close a <script> element or open markup: <, > and & become \\u escapes."""
    return escaped_json(page_json(data))


def packed_edges(nodes: list[dict], graph: nx.Graph) -> dict:
    """The graph's edges as rows of [from, to, relation] indexes into nodes (the bulk of a big page; the page
    expands them)."""
    index = {node["id"]: i for i, node in enumerate(nodes)}
    relations: dict[str, int] = {}
    if graph.is_directed() or graph.is_multigraph():
        rows = [[index[a], index[b], relations.setdefault(data.get("label", ""), len(relations))]
                for a, b, data in edges_of(graph)]
        return {"rows": rows, "relations": list(relations)}
    rows = []
    seen: set = set()
    for node, near in graph._adj.items():  # edges_of, inlined: a generator's resumption per edge costs
        at = index[node]
        rows += [[at, index[other], relations.setdefault(data.get("label", ""), len(relations))]
                 for other, data in near.items() if other not in seen]
        seen.add(node)
    return {"rows": rows, "relations": list(relations)}


def edges_of(graph: nx.Graph):
    """graph.edges(data=True) of an undirected graph, in its order, without networkx's Python call per edge."""
    if graph.is_directed() or graph.is_multigraph():
        yield from graph.edges(data=True)
        return
    seen: set = set()
    for node, near in graph._adj.items():
        for other, data in near.items():
            if other not in seen:
                yield node, other, data
        seen.add(node)


NODE_DEFAULTS = {"facts": [], "details": [], "sentence": "", "province": "", "principles": []}


def lean_node(item: dict, cls: dict) -> dict:
    """A node without what the page can restore (a label that is its full name, its class's shape and colour,
    empty fields), restored by the page."""
    return {key: value for key, value in item.items()
            if not (NODE_DEFAULTS.get(key, ...) == value or (key == "label" and value == item["full"])
                    or (key in ("shape", "color") and cls[key] == value))}


def packed_json(data) -> str:
    """The page's data for big pages: JSON, gzip-compressed (deterministic: no timestamp), in base64, which holds
    no markup characters; the page inflates it with the browser's DecompressionStream."""
    return packed_bytes(page_json(data).encode("utf-8"))


def packed_bytes(raw: bytes) -> str:
    """packed_json of page_json's text in UTF-8."""
    import base64
    import gzip

    return base64.b64encode(gzip.compress(raw, compresslevel=5, mtime=0)).decode("ascii")  # level 6: +0.25 s a 10k
    # overview (28.8 MB of JSON), 21% smaller page; 3: 0.1 s less than 5, 29% bigger page than 6; 9: 4× 6's time


def read_page_data(page: str) -> dict:
    """The data a page carries (nodes, edges, summary, options), plain or packed (for tests and benchmarks)."""
    import base64
    import gzip

    found = re.search(r'<script id="kmgraph-data" type="application/json"(?: data-encoding="(\w+)")?>(.*?)</script>',
                      page, re.S)
    if found is None:
        raise ValueError("not a kmgraph page: no kmgraph-data element")
    encoding, text = found.groups()
    return json.loads(gzip.decompress(base64.b64decode(text)) if encoding == "gzip" else text)


DETAIL_VIEWS = {"record": "record", "organization": "office", "province": "province", "principle": "principle"}


def detail_command(data: dict) -> str | None:
    """The command that draws a node's detail view (shown in its tooltip; the page itself stays offline)."""
    view = DETAIL_VIEWS.get(data["cls"])
    if view is None:
        return None
    value = data.get("record_id") if view == "record" else data["full"]
    name = re.sub(r'[\s/\\:*?"<>|]+', "-", f"{view}-{value}.html")
    return f"kmgraph html --view {view} {shlex.quote(value)} -o {shlex.quote(name)}"


def network_of(graph: nx.Graph, precompute: bool, brief: bool = False, edges: bool = True):
    """A pyvis Network holding the view's nodes and edges (lists built directly: pyvis's add_edge is quadratic;
    no edges if not asked: a summary page packs them, packed_edges)."""
    Network = pyvis_network()
    style = styles()
    positions = layout(graph) if precompute else {}
    net = Network(height="100%", width="100%", directed=False, cdn_resources="in_line")
    degree = {node: len(near) + (node in near) for node, near in graph._adj.items()}  # dict(graph.degree)
    brief_facts = graph.graph.get("brief_facts", {}) if brief else {}  # made with the graph (graph.assemble)
    for node, data in graph._node.items():
        cls = style.classes[data["cls"]]
        details = data.get("details", [])
        command = detail_command(data)
        if command:
            details = [*details, (style.text["detail_view"], command)]
        item = {"id": node, "label": data["label"], "cls": data["cls"], "value": max(1, degree[node]),
                "shape": cls.shape, "color": cls.color, "full": data["full"],
                "facts": (brief_facts.get(node) or record_facts(graph, node, brief=True))
                if brief and data["cls"] == "record" else data["facts"],
                "details": details,
                "sentence": data["sentence"], "province": data["province"], "principles": data["principles"]}
        if node in positions:
            item["x"], item["y"] = positions[node]
        net.nodes.append(item)
        net.node_ids.append(node)
    for index, (a, b, data) in enumerate(graph.edges(data=True) if edges else ()):
        edge = {"id": f"e{index}", "from": a, "to": b, "rel": data.get("label", "")}
        if not precompute:  # small views: edges show their relation and sentence; big ones keep the page light
            edge.update(label=data.get("label", ""), sentence=data.get("sentence", ""))
        net.edges.append(edge)
    font = style.layout.font
    options = {
        "nodes": {"font": {"face": font, "size": 16}, "scaling": {"min": 8, "max": 40}, "borderWidth": 1},
        "edges": {"color": {"color": "#b0b0b0", "highlight": "#444444"}, "smooth": False,
                  "scaling": {"min": 1, "max": 14},
                  "font": {"face": font, "size": 11, "color": "#666666", "strokeWidth": 0}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": len(graph) > 1000},
        "physics": {"enabled": not precompute, "solver": "barnesHut", "stabilization": {"iterations": 300},
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 140}},
        "layout": {"improvedLayout": not precompute and len(graph) <= 150},
    }
    net.set_options(json.dumps(options))
    return net


def summary_data(graph: nx.Graph, level: nx.Graph | None = None) -> dict:
    """The summary level as the page draws it: provinces, principles and communities of offices, positioned,
    links weighted by records."""
    level = summary_level(graph) if level is None else level
    style = styles()
    positions = ring_layout(level)
    nodes = []
    for node, data in level.nodes(data=True):
        cls = style.classes[data["cls"]]
        x, y = positions[node]
        nodes.append({"id": node, "label": data["label"], "cls": data["cls"], "value": data["count"], "x": x, "y": y,
                      "shape": cls.shape, "color": cls.color, "full": data["full"], "facts": data["facts"],
                      "details": [], "sentence": "", "province": data["province"], "provinces": data["provinces"],
                      "principles": data["principles"], "level": "summary",
                      "font": {"principle": 26, "community": 22}.get(data["cls"], 20)})
    def colour(a: str, b: str) -> str:  # principle co-occurrence in the principles' colour, communities in theirs
        kinds = {level.nodes[a]["cls"], level.nodes[b]["cls"]}
        return style.classes["community"].color if "community" in kinds else \
            style.classes["principle"].color if kinds == {"principle"} else "#c8c8c8"

    edges = [{"id": f"s{index}", "from": a, "to": b, "rel": data["label"], "weight": data["weight"],
              "color": colour(a, b)} for index, (a, b, data) in enumerate(level.edges(data=True))]
    return {"nodes": nodes, "edges": edges}


def page_plan(graph: nx.Graph, precompute: bool | None, summary: bool | None) -> tuple[bool, bool]:
    """Whether the page carries precomputed positions and whether it lands on the summary level."""
    if summary is None:
        summary = sum(1 for d in graph._node.values() if d["cls"] == "record") > SUMMARY_FROM_RECORDS
    if precompute is None:
        precompute = len(graph) > styles().layout.physics_max_nodes and not summary
    return precompute, summary


def render_html(graph: nx.Graph, title: str, precompute: bool | None = None, summary: bool | None = None) -> str:
    """The page for a graph; positions are precomputed for big graphs (views.toml: physics_max_nodes).

    With summary (by default: an overview of more than SUMMARY_FROM_RECORDS records) the page lands on the
    summary level (provinces × principles) and draws the records only when one drills down; the whole graph
    is then not laid out in Python."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    style = styles()
    records = sum(1 for d in graph._node.values() if d["cls"] == "record")
    precompute, summary = page_plan(graph, precompute, summary)
    net = network_of(graph, precompute, brief=summary, edges=not summary)
    level = summary_level(graph) if records else nx.Graph(communities={})
    for item in net.nodes:  # the communities a record's offices belong to (the summary's filters count them)
        if item["id"] in level.graph["communities"]:
            item["communities"] = level.graph["communities"][item["id"]]
    shown = {d["cls"] for d in graph._node.values()} | {d["cls"] for _, d in level.nodes(data=True)}
    classes = {cls: style.class_table(cls) for cls in style.classes if cls in shown}
    data = {"nodes": net.nodes, "edges": net.edges, "options": net.options, "classes": classes,
            "text": style.text, "precomputed": precompute, "landing": "summary" if summary else "all",
            "summary": summary_data(graph, level) if records else {"nodes": [], "edges": []},
            "physics_max_nodes": style.layout.physics_max_nodes}
    if summary:
        data["nodes"] = [lean_node(item, classes[item["cls"]]) for item in net.nodes]
        data["edges"] = packed_edges(net.nodes, graph)
    encoding, payload = ("gzip", packed_json(data)) if summary else ("json", safe_json(data))
    script, css = _vis_network_assets()
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    return env.get_template(TEMPLATE).render(
        title=title, text=style.text, classes=classes, font=style.layout.font,
        encoding=encoding, data_json=Markup(payload), vis_js=Markup(script.replace("</script", "<\\/script")),
        vis_css=Markup(css.replace("</style", "<\\/style")))


def write_view(out: str | Path, store_dir=None, data=None, view: str = "all", value: str | None = None,
               precompute: bool | None = None, source=None, graph: nx.Graph | None = None,
               records: list[dict] | None = None) -> ViewSummary:
    """Read the graph (a store object, an RDF file or the embedded store), cut the view, write the page.

    The map, heatmap and quality pages are drawn from the whole overview (records: its pages.page_records, if
    made already); the heatmap's SPARQL files are written beside it, so that the command it shows reproduces its
    figures."""
    from ..files import write_atomic
    from .pages import PAGES, render_page, sparql_files

    started = time.perf_counter()
    if graph is None:
        graph = read_graph(source if source is not None else open_source(store_dir, data),
                           with_parts=view == "record")
    if view in PAGES:
        shown = select_view(graph)
        page = render_page(shown, view, styles().text[f"{view}_title"], records)
        for name, text in sparql_files(view).items():
            write_atomic(Path(out).parent / name, lambda handle, text=text: handle.write(text.encode("utf-8")))
        precomputed, summary = False, False
    else:
        shown = select_view(graph, view, value)
        title = styles().text["title"] + ("" if view == "all" else f" — {value}")
        page = render_html(shown, title, precompute)
        precomputed, summary = page_plan(shown, precompute, None)
    path = write_atomic(out, lambda handle: handle.write(page.encode("utf-8")))
    return ViewSummary(path, shown.number_of_nodes(), edge_count(shown), precomputed,
                       time.perf_counter() - started, view not in PAGES and summary)


def edge_count(graph: nx.Graph) -> int:
    """graph.number_of_edges() of an undirected graph, without a Python call per node (a self-loop is in its node's
    neighbours once)."""
    if graph.is_directed() or graph.is_multigraph():
        return graph.number_of_edges()
    adjacency = graph._adj
    return (sum(map(len, adjacency.values())) + sum(map(operator.contains, adjacency.values(), adjacency))) // 2


def write_pages(directory: str | Path, source) -> dict[str, Path]:
    """The overview (kmgraph.html) and the pages beside it (map, heatmap, quality), drawn from one graph: the
    overview's graph itself (a build makes it: overview.overview_graph) or a store it is read from."""
    from .pages import PAGES, page_records

    graph = source if isinstance(source, nx.Graph) else read_graph(source)
    directory = Path(directory)
    written = {"html": write_view(directory / "kmgraph.html", graph=graph).path}
    records = page_records(select_view(graph))
    for page in PAGES:
        written[page] = write_view(directory / f"{page}.html", view=page, graph=graph, records=records).path
    return written
