"""Named-query latency on a generated ~1,000,000-triple graph: the embedded store against rdflib in memory.

usage: python benchmarks/bench_query.py [TRIPLES] [REPEATS]   (defaults 1000000, 5)
Prints the median latency of each named query on both, side by side, and the ratio.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import synthetic_quads  # noqa: E402

from kmgraph.query.run import bind, named_queries, query_store  # noqa: E402
from kmgraph.rdf.io import serialize  # noqa: E402

PARAMS = {"records-sharing-principle": {"record": "000_5796a825079509ea"},
          "record-steps": {"record": "003_c0a4d1a34ad12524"},
          "office": {"office": "สำนักงานพัฒนาชุมชนอำเภอเสริมงาม"}}


def median_seconds(action, repeats: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        size = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def _rdflib_worker(dataset, text: str, repeats: int, pipe) -> None:
    pipe.send(median_seconds(lambda: len(list(dataset.query(text))), repeats))


def rdflib_seconds(dataset, text: str, repeats: int, cap: float) -> tuple[float | None, int]:
    """rdflib's median, run in a forked child so that a query slower than `cap` seconds can be stopped."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_rdflib_worker, args=(dataset, text, repeats, send))
    child.start()
    child.join(cap * repeats)
    if child.is_alive():
        child.kill()
        child.join()
        return None, -1
    return receive.recv()


def main(target: int, repeats: int, cap: float = 120.0) -> None:
    import rdflib

    quads = synthetic_quads(target)
    with tempfile.TemporaryDirectory() as tmp:
        nquads = Path(tmp) / "g.nq"
        nquads.write_bytes(serialize(quads, "nq"))
        start = time.perf_counter()
        store = ox.Store(str(Path(tmp) / "store"))
        store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        load_ox = time.perf_counter() - start
        start = time.perf_counter()
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(nquads, format="nquads")
        load_rdflib = time.perf_counter() - start
        print(f"graph: {len(quads):,} quads in {len(list(store.named_graphs())):,} named graphs")
        print(f"load: embedded store (bulk_load) {load_ox:.1f} s, rdflib Dataset {load_rdflib:.1f} s")
        print(f"{'query':28s} {'rows':>6s} {'embedded':>10s} {'rdflib':>10s} {'ratio':>7s}")
        ratios = []
        for name, query in named_queries().items():
            text = bind(query.text, PARAMS.get(name, {}), query.params)
            ours, rows = median_seconds(lambda text=text: len(query_store(text, store).rows), repeats)
            theirs, their_rows = rdflib_seconds(dataset, text, repeats, cap)
            if theirs is None:
                ratios.append(cap / ours)
                print(f"{name:28s} {rows:6d} {ours * 1000:8.1f}ms {'>' + str(int(cap)) + ' s':>10s} "
                      f"{'>' + str(int(cap / ours)):>6s}x  (rdflib stopped after {cap:.0f} s)")
                continue
            ratios.append(theirs / ours)
            flag = "" if rows == their_rows else f"  (rdflib: {their_rows} rows)"
            print(f"{name:28s} {rows:6d} {ours * 1000:8.1f}ms {theirs * 1000:8.1f}ms {theirs / ours:6.0f}x{flag}")
        print(f"geometric mean speed-up: {statistics.geometric_mean(ratios):.0f}x (median of {repeats} runs each; "
              f"a capped rdflib query counts as {cap:.0f} s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
