"""Time to a stable network view in headless Chromium: 500 and 5,000 nodes, physics against precomputed layout.

usage: python benchmarks/bench_views.py [NODES ...]   (default 500 5000)
       python benchmarks/bench_views.py --page FILE.html ...   (pages already built: a build's overview, map …)
       python benchmarks/bench_views.py --draw STORE_DIR|FILE.trig [OUT_DIR]   (CPU seconds to read the graph and
           draw each page of a build, as `kmgraph html` does; the pages are written to OUT_DIR)
       python benchmarks/bench_views.py --tail BUILD_DIR [OUT_DIR] [--profile]   (the overview sink of a build
           replayed from the build's cache, made by this kmgraph: wall and CPU seconds (getrusage) of gathering the
           records' views and of drawing the four pages, as the end of `kmgraph build` does; pages to OUT_DIR)
The overview of a real build (the issue-13 target: 10,000 records ready in <= 3 s, <= 5 MB; the seeds in <= 1 s):
       python benchmarks/make_corpus.py -o /tmp/c 2000 && kmgraph build /tmp/c -o /tmp/b
       python benchmarks/bench_views.py --page /tmp/b/kmgraph.html
Measures navigation start → the view is stable (physics stabilized and switched off, or first draw with
precomputed positions), in Debian's Chromium with every network request blocked. Median of 3 runs;
a physics run is stopped after CAP seconds.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from browser import CHROMIUM_ARGS  # noqa: E402

from kmgraph.views.html import read_page_data, render_html  # noqa: E402

CAP = 240.0


def synthetic_view(nodes: int, seed: int = 1) -> nx.Graph:
    """A corpus-shaped graph: records linked to a person, an office, a province and 2–4 principles."""
    rng = random.Random(seed)
    graph = nx.Graph()
    provinces = [f"p{i}" for i in range(min(77, nodes // 10 + 1))]
    principles = [f"c{i}" for i in range(30)]
    records = max(1, int(nodes * 0.45))
    people = max(1, int(nodes * 0.3))
    offices = max(1, nodes - records - people - len(provinces) - len(principles))

    def add(node, cls, label):
        graph.add_node(node, cls=cls, label=label, full=label, facts=[("รหัส", node)], sentence="ข้อความต้นฉบับ",
                       province="", principles=[])

    for p in provinces:
        add(p, "province", f"จังหวัด {p}")
    for c in principles:
        add(c, "principle", f"หลักการ {c}")
    for i in range(people):
        add(f"h{i}", "person", f"นาย ทดสอบ {i}")
    for i in range(offices):
        add(f"o{i}", "organization", f"สำนักงานพัฒนาชุมชนอำเภอ {i}")
    for i in range(records):
        add(f"r{i}", "record", f"เทคนิคการพัฒนาชุมชน {i}")
        province = rng.choice(provinces)
        graph.nodes[f"r{i}"]["province"] = graph.nodes[province]["full"]
        for target in (f"h{rng.randrange(people)}", f"o{rng.randrange(offices)}", province,
                       *rng.sample(principles, rng.randint(2, 4))):
            graph.add_edge(f"r{i}", target, label="", sentence="")
    return graph


def time_to_stable(browser, path: Path) -> float | None:
    page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    url = path.resolve().as_uri()
    page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
    try:
        page.goto(url)
        page.wait_for_function("window.kmgraph && window.kmgraph.state.stable", timeout=CAP * 1000)
        return page.evaluate("performance.now()") / 1000
    except Exception as error:  # noqa: BLE001 - a timeout means "slower than CAP"
        print(f"  ({type(error).__name__}: {str(error).splitlines()[0][:120]})", file=sys.stderr)
        return None
    finally:
        page.close()


def main(sizes: list[int]) -> None:
    from playwright.sync_api import sync_playwright

    print(f"{'nodes':>6s} {'edges':>6s} {'layout':12s} {'html MB':>8s} {'build s':>8s} {'to stable s':>12s}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for size in sizes:
            graph = synthetic_view(size)
            for precompute in (False, True):
                start = time.perf_counter()
                page = render_html(graph, f"{size} nodes", precompute=precompute)
                built = time.perf_counter() - start
                path = Path(tmp) / f"v{size}-{precompute}.html"
                path.write_text(page, encoding="utf-8")
                runs = []
                for _ in range(1 if not precompute and size > 1000 else 3):
                    runs.append(time_to_stable(browser, path))
                done = [r for r in runs if r is not None]
                shown = f"{statistics.median(done):12.2f}" if len(done) == len(runs) else f"{'>' + str(int(CAP)):>12s}"
                name = "precomputed" if precompute else "physics"
                print(f"{graph.number_of_nodes():6d} {graph.number_of_edges():6d} {name:12s} "
                      f"{len(page) / 1e6:8.1f} {built:8.2f} {shown}")
        browser.close()


def time_pages(pages: list[Path]) -> None:
    """Median time to a stable view of pages built elsewhere (e.g. output/kmgraph.html of a big build)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for path in pages:
            text = path.read_text(encoding="utf-8")
            data = read_page_data(text)
            runs = [time_to_stable(browser, path) for _ in range(3)]
            done = [r for r in runs if r is not None]
            shown = f"{statistics.median(done):.2f} s" if len(done) == len(runs) else f"> {CAP:.0f} s"
            if "nodes" not in data:  # a page beside the overview: map, heatmap or quality
                if "cells" in data:
                    what = f"{len(data['provinces'])} provinces × {len(data['principles'])} principles"
                else:
                    what = f"{len(data['records']['id'])} records in {len(data.get('points', data.get('groups')))}" \
                           f" {'marks' if 'points' in data else 'kinds of problem'}"
                print(f"{path}: {what}, {len(text.encode()) / 1e6:.2f} MB: ready after {shown}")
                continue
            landing = data.get("landing", "all")
            drawn = len(data["summary"]["nodes"]) if landing == "summary" else len(data["nodes"])
            edges = data["edges"] if isinstance(data["edges"], list) else data["edges"]["rows"]
            print(f"{path}: {len(data['nodes'])} nodes, {len(edges)} edges, {len(text.encode()) / 1e6:.2f} MB,"
                  f" lands on {landing} ({drawn} nodes drawn), precomputed {data['precomputed']}: ready after {shown}")
        browser.close()


def time_drawing(source: Path, out: Path) -> None:
    """CPU seconds (this process) to read the overview's graph from a store or an RDF file, and to draw each page."""
    from kmgraph.views.graph import open_source, read_graph, select_view
    from kmgraph.views.html import render_html
    from kmgraph.views.pages import PAGES, render_page

    store = open_source(data=source) if source.is_file() else open_source(source)
    started = time.process_time()
    graph = read_graph(store)
    records = sum(1 for _, d in graph.nodes(data=True) if d["cls"] == "record")
    print(f"{source}: {records} records; read the graph: {time.process_time() - started:.2f} s CPU")
    shown = select_view(graph)
    out.mkdir(parents=True, exist_ok=True)
    for kind in ("kmgraph", *PAGES):
        started = time.process_time()
        page = render_html(shown, "kmgraph") if kind == "kmgraph" else render_page(shown, kind, kind)
        seconds = time.process_time() - started
        (out / f"{kind}.html").write_text(page, encoding="utf-8")
        print(f"  {kind}.html: {seconds:.2f} s CPU, {len(page.encode()) / 1e6:.2f} MB")


def time_tail(build_dir: Path, out: Path, profile: bool) -> None:
    """The overview sink of a build replayed from its cache (every cached record's outputs, in id order): CPU and
    wall seconds to gather the records and to draw the pages (the build's html phase)."""
    import pickle
    import resource

    import pyoxigraph as ox

    from kmgraph.build.outputs import concept_triples, shared_graph
    from kmgraph.build.sinks import OverviewSink, Shared
    from kmgraph.rdf.iris import DEFAULT_BASE_IRI
    from kmgraph.views import html  # noqa: F401 - imported while the workers extract, in a build

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    outputs = sorted((o for p in (build_dir / ".cache").rglob("*.pickle") for o in pickle.loads(p.read_bytes())),
                     key=lambda o: o.id)
    if not outputs or not hasattr(outputs[0], "view"):
        sys.exit(f"{build_dir}/.cache: no record outputs of this kmgraph (build the folder with it first)")
    shared = sorted({line for o in outputs for line in o.shared})
    ending = Shared(shared, list(concept_triples()), ox.NamedNode(DEFAULT_BASE_IRI + "graph/concepts"),
                    ox.NamedNode(shared_graph(DEFAULT_BASE_IRI)))
    ending.extra  # noqa: B018 - parsed before the overview by the VoID sink, in a build
    out.mkdir(parents=True, exist_ok=True)
    sink = OverviewSink(out, DEFAULT_BASE_IRI + "graph/view")
    wall, used = time.perf_counter(), cpu()
    for output in outputs:
        sink.add(output)
    gathered, gathered_cpu = time.perf_counter(), cpu()
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(sink.finish, ending, {})
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    else:
        sink.finish(ending, {})
    print(f"{len(outputs)} records: gathered in {gathered - wall:.2f} s ({gathered_cpu - used:.2f} s CPU); pages drawn "
          f"in {time.perf_counter() - gathered:.2f} s ({cpu() - gathered_cpu:.2f} s CPU) → {out}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--page"]:
        time_pages([Path(a) for a in sys.argv[2:]])
    elif sys.argv[1:2] == ["--tail"]:
        folders = [a for a in sys.argv[2:] if a != "--profile"]
        time_tail(Path(folders[0]), Path(folders[1] if len(folders) > 1 else tempfile.mkdtemp()),
                  "--profile" in sys.argv)
    elif sys.argv[1:2] == ["--draw"]:
        time_drawing(Path(sys.argv[2]), Path(sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp()))
    else:
        main([int(a) for a in sys.argv[1:]] or [500, 5000])
