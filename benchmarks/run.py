"""kmgraph at scale, side by side in one run: prints one table (no timed tests anywhere).

usage: python benchmarks/run.py [--records 10000] [--growth 1000,10000,30000] [--seed 1] [--workdir DIR]
                                [--rdflib-records 1000] [--cap 120]

1. `kmgraph build` (Turtle, TriG, store, overview HTML) of N generated records, against word-tokenizing the
   same text with pythainlp's newmm (one record at a time); target ≤ 1.0×.
2. Writing the graph: kmgraph's export (pyoxigraph writer) against rdflib's Turtle serializer on the same
   triples; rdflib slows down badly with size, so both are timed on the triples of the first
   --rdflib-records records, and kmgraph's alone on the whole graph; target ≥ 30×.
3. The named queries on the N-record embedded store (median of 3) against rdflib in memory (one run,
   stopped after --cap seconds); target ≥ 10×.
4. Peak memory (resident set of the build's whole process tree, sampled every 0.1 s); target < 1.5 GB.
5. Growth: build time for each size of --growth (should grow linearly).
6. Extraction accuracy on the generated corpus against its gold (score_records.py); target ≥ 0.98.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS"))) * 1024
            for task in Path(f"/proc/{current}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(child) for child in children)
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_build(records: Path, out: Path, extra: list[str] | None = None) -> tuple[float, int, str]:
    """Time `kmgraph build` as its own process; return seconds, peak RSS of its tree, summary line."""
    command = [sys.executable, "-m", "kmgraph.cli", "build", str(records), "-o", str(out), *(extra or [])]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0

    def sample():
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode not in (0, 2):
        raise RuntimeError(f"build failed: {stderr}")
    return seconds, peak, stdout.strip().splitlines()[-1]


def newmm_seconds(records: Path) -> tuple[float, int]:
    """Word-tokenize every record's text with newmm, one record at a time (decoding as kmgraph does)."""
    from pythainlp.tokenize import word_tokenize

    from kmgraph.readers.plain import read_source

    texts = [read_source(path).text for path in sorted(records.glob("*.txt"))]
    word_tokenize("อุ่นเครื่อง", engine="newmm")
    start = time.perf_counter()
    for text in texts:
        word_tokenize(text, engine="newmm")
    return time.perf_counter() - start, sum(len(t) for t in texts)


def writer_comparison(trig: Path, subset_records: int) -> tuple[float, float, float, int, int]:
    """kmgraph's Turtle export against rdflib's, on the triples of the first records; and ours on all."""
    import pyoxigraph as ox
    import rdflib

    from kmgraph.rdf.io import serialize

    quads = list(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    everything = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    graphs = sorted({q.graph_name for q in quads if "/graph/concepts" not in q.graph_name.value},
                    key=lambda g: g.value)[:subset_records]
    wanted = set(graphs)
    subset = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads if q.graph_name in wanted))
    start = time.perf_counter()
    serialize(everything, "ttl")
    ours_all = time.perf_counter() - start
    start = time.perf_counter()
    serialize(subset, "ttl")
    ours = time.perf_counter() - start
    graph = rdflib.Graph()
    graph.parse(data=serialize(subset, "nt").decode("utf-8"), format="nt")
    start = time.perf_counter()
    graph.serialize(format="turtle")
    theirs = time.perf_counter() - start
    return ours, theirs, ours_all, len(subset), len(everything)


def query_comparison(store_dir: Path, trig: Path, cap: float) -> list[tuple[str, float, float | None, int]]:
    import rdflib
    from bench_query import PARAMS, median_seconds, rdflib_seconds

    from kmgraph.query.run import bind, named_queries, query_store
    from kmgraph.store.embedded import open_store

    store = open_store(store_dir, read_only=True)
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(trig, format="trig")
    rows = []
    for name, query in named_queries().items():
        params = dict(PARAMS.get(name, {}))
        if "record" in params:
            params["record"] = "00001"
        if "office" in params:
            first = next(iter(store.query(
                "SELECT ?o WHERE { GRAPH ?g { ?r <https://w3id.org/kmgraph/ontology#office> ?x } "
                "GRAPH ?h { ?x <http://www.w3.org/2004/02/skos/core#prefLabel> ?o } } LIMIT 1")))  # names: shared graph
            params["office"] = first["o"].value
        text = bind(query.text, params, query.params)
        ours, count = median_seconds(lambda text=text: len(query_store(text, store).rows), 3)
        theirs, _ = rdflib_seconds(dataset, text, 1, cap)  # one rdflib run each: they are long
        rows.append((name, ours, theirs, count))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description="kmgraph benchmarks at scale")
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--growth", default="1000,10000,30000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--rdflib-records", type=int, default=1000)
    parser.add_argument("--cap", type=float, default=60.0)
    args = parser.parse_args()
    from make_corpus import make_corpus

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kmgraph-bench-"))
    sizes = sorted({int(s) for s in args.growth.split(",") if s} | {args.records})
    rows: list[tuple[str, str, str, str]] = []
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; work: {work}",
          flush=True)
    corpora = {}
    for size in sizes:
        corpora[size] = work / f"corpus-{size}"
        if not (corpora[size] / "gold.json").exists():
            make_corpus(size, args.seed, corpora[size])
    main_corpus = corpora[args.records] / "records"
    out = work / f"out-{args.records}"

    if out.exists():
        import shutil

        shutil.rmtree(out)
    build_s, peak, summary = run_build(main_corpus, out)  # cold: nothing cached yet
    newmm_s, chars = newmm_seconds(main_corpus)
    print(f"build: {summary}", flush=True)
    rows.append((f"1. build {args.records:,} records (ttl, trig, store, html)", f"{build_s:.1f} s",
                 f"newmm tokenize {chars / 1e6:.1f} M chars: {newmm_s:.1f} s", f"{build_s / newmm_s:.2f}× (≤ 1.0)"))
    again_s, _, again = run_build(main_corpus, out)
    rows.append(("   rebuild, nothing changed (cache, store per graph)", f"{again_s:.1f} s", again.split(",")[0], ""))

    ours, theirs, ours_all, subset, everything = writer_comparison(out / "kmgraph.trig", args.rdflib_records)
    rows.append((f"2. write Turtle, {subset:,} triples ({args.rdflib_records:,} records)", f"{ours:.2f} s",
                 f"rdflib {theirs:.1f} s", f"{theirs / ours:.0f}× faster (≥ 30)"))
    rows.append((f"   write Turtle, all {everything:,} triples", f"{ours_all:.2f} s", "rdflib: not run (see note)", ""))

    ratios = []
    for name, ours_q, theirs_q, count in query_comparison(out / "store", out / "kmgraph.trig", args.cap):
        shown = f"rdflib {theirs_q * 1000:.0f} ms" if theirs_q is not None else f"rdflib > {args.cap:.0f} s"
        ratio = (theirs_q if theirs_q is not None else args.cap) / ours_q
        ratios.append(ratio)
        rows.append((f"3. query {name} ({count} rows)", f"{ours_q * 1000:.1f} ms", shown,
                     f"{'>' if theirs_q is None else ''}{ratio:.0f}×"))
    rows.append(("   named queries, geometric mean", "", "", f"{statistics.geometric_mean(ratios):.0f}× (≥ 10)"))
    rows.append((f"4. peak memory, build of {args.records:,}", f"{peak / 2**30:.2f} GB", "process tree RSS",
                 "(< 1.5 GB)"))
    for size in sizes:
        growth = work / f"growth-{size}"
        if growth.exists():  # a store left by an earlier run would be updated, not built
            import shutil

            shutil.rmtree(growth)
        seconds, _, _ = run_build(corpora[size] / "records", growth, ["--no-cache"])
        rows.append((f"5. growth: build {size:,} records", f"{seconds:.1f} s", f"{seconds / size * 1000:.2f} ms/record",
                     ""))
    out_json = work / "records.json"
    with open(out_json, "w", encoding="utf-8") as handle:
        subprocess.run([sys.executable, "-m", "kmgraph.cli", "records", str(main_corpus), "--format", "json"],
                       stdout=handle, check=False)
    score = subprocess.run([sys.executable, str(HERE / "score_records.py"), str(corpora[args.records] / "gold.json"),
                            str(out_json)], capture_output=True, text=True).stdout.strip().splitlines()[-1]
    rows.append((f"6. extraction on {args.records:,} generated records", score.split()[1], score, "(≥ 0.98)"))

    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print()
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


if __name__ == "__main__":
    main()
