"""The build's tail alone: what runs after the last record (the pages, the store's last load), from records' outputs
made once as the workers make them, handed over at the pace two workers make them (--pace: milliseconds a record).

usage: python benchmarks/bench_tail.py RECORDS_DIR [--records N] [--repeat 3] [--pace 2.3]

Hands the pickled outcomes of the first N records (benchmarks/bench_sinks.py makes and keeps them) to the file,
VoID, store and overview sinks as a build's main process does, the store told how many graphs to expect; then
prints the wall seconds from the last record to the end (the tail the cores may share), and the CPU seconds of
the whole run and of the tail, this process and its children (a forked page drawer) together.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from benchmarks.bench_sinks import pickled_outputs  # noqa: E402
from kmgraph.build.outputs import concept_triples, prefix_header, shared_graph  # noqa: E402
from kmgraph.build.sinks import FileSink, OverviewSink, Shared, StoreSink, VoidSink  # noqa: E402
from kmgraph.build.storesync import StoreSync  # noqa: E402
from kmgraph.rdf.mapping import GraphOptions  # noqa: E402


def cpu() -> float:
    """CPU seconds of this process and its reaped children."""
    return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                   resource.getrusage(resource.RUSAGE_CHILDREN)))


def store_sync(out: Path, expected: int) -> StoreSync:
    try:
        return StoreSync(out / "store", prefix_header(), None, "", expected=expected)
    except TypeError:  # a kmgraph whose store is not told what to expect
        return StoreSync(out / "store", prefix_header(), None, "")


def run(data: list[bytes], out: Path, pace: float) -> tuple[float, float, float]:
    """One build's main-process work; (tail wall, tail CPU, whole CPU) in seconds."""
    options = GraphOptions()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    started = cpu()
    sinks = [FileSink(out), VoidSink(out, options), StoreSink(store_sync(out, len(data))),
             OverviewSink(out, options.base_iri + "graph/view")]
    shared: set[str] = set()
    for blob in data:
        time.sleep(pace / 1000)
        for output in pickle.loads(blob):
            shared.update(output.shared)
            for sink in sinks:
                sink.add(output)
    tail_clock, tail_cpu = time.perf_counter(), cpu()
    ending = Shared(sorted(shared), list(concept_triples()), ox.NamedNode(options.base_iri + "graph/concepts"),
                    ox.NamedNode(shared_graph(options.base_iri)))
    written: dict[str, Path] = {}
    for sink in sinks:
        sink.finish(ending, written)
    for sink in sinks:
        sink.wait()
    return time.perf_counter() - tail_clock, cpu() - tail_cpu, cpu() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("--records", dest="count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pace", type=float, default=2.3)
    args = parser.parse_args()
    data = pickled_outputs(args.records, args.count)
    with tempfile.TemporaryDirectory(prefix="kmgraph-bench-tail-") as tmp:
        for number in range(args.repeat):
            wall, tail, whole = run(data, Path(tmp) / f"out{number}", args.pace)
            print(f"run {number + 1}: tail {wall:.2f} s wall, {tail:.2f} s CPU; whole run {whole:.2f} s CPU")


if __name__ == "__main__":
    main()
