"""The build's main-process side alone: records' outputs (made once, as the workers make them) handed to the sinks.

usage: python benchmarks/bench_sinks.py RECORDS_DIR [--records N] [--repeat 3] [--no-html] [--no-store]

Parses the first N records of RECORDS_DIR once (pickled as the workers send them, kept in a temporary file
named by the folder and N), then, --repeat times, builds into a fresh folder from the pickles: unpickling, the
file, VoID, store and overview sinks, their finish (the pages, the store's last load). Prints the CPU seconds
of the main thread spent in each sink's add and finish and the whole process's CPU (the store's loader threads
included), so that the cost of everything but parsing can be followed as the record count grows.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kmgraph.build.cache import _process  # noqa: E402
from kmgraph.build.outputs import concept_triples, prefix_header, shared_graph  # noqa: E402
from kmgraph.build.sinks import FileSink, OverviewSink, Shared, StoreSink, VoidSink  # noqa: E402
from kmgraph.build.storesync import StoreSync  # noqa: E402
from kmgraph.rdf.mapping import GraphOptions  # noqa: E402


def pickled_outputs(records: Path, count: int) -> list[bytes]:
    """Each file's outcome, pickled as a worker sends it (made once, then read from a temporary file)."""
    name = hashlib.sha256(f"{records.resolve()}|{count}".encode()).hexdigest()[:12]
    kept = Path(tempfile.gettempdir()) / f"kmgraph-bench-sinks-{name}.pickle"
    if kept.is_file():
        return pickle.loads(kept.read_bytes())
    options = GraphOptions()
    files = sorted(records.glob("*.txt"))[:count]
    data = [pickle.dumps(_process((path, None, options, False)), protocol=pickle.HIGHEST_PROTOCOL) for path in files]
    kept.write_bytes(pickle.dumps(data))
    return data


def process_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_sinks(data: list[bytes], out: Path, store: bool, html: bool) -> tuple[dict[str, float], float]:
    """One build's main-process work from pickled outcomes; CPU seconds of the main thread per step."""
    options = GraphOptions()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    spent: dict[str, float] = defaultdict(float)
    started = process_cpu()
    sinks = [FileSink(out), VoidSink(out, options)]
    if store:
        sinks.append(StoreSink(StoreSync(out / "store", prefix_header(), None, "")))
    if html:
        sinks.append(OverviewSink(out, options.base_iri + "graph/view"))
    shared: set[str] = set()
    for blob in data:
        clock = time.thread_time()
        outputs = pickle.loads(blob)
        spent["unpickle"] += time.thread_time() - clock
        for output in outputs:
            shared.update(output.shared)
            for sink in sinks:
                clock = time.thread_time()
                sink.add(output)
                spent[f"{sink.name}: add"] += time.thread_time() - clock
    clock = time.thread_time()
    ending = Shared(sorted(shared), list(concept_triples()), ox.NamedNode(options.base_iri + "graph/concepts"),
                    ox.NamedNode(shared_graph(options.base_iri)))
    spent["shared"] += time.thread_time() - clock
    written: dict[str, Path] = {}
    for sink in sinks:
        clock = time.thread_time()
        sink.finish(ending, written)
        spent[f"{sink.name}: finish"] += time.thread_time() - clock
    clock = time.thread_time()
    for sink in sinks:
        sink.wait()
    spent["wait"] += time.thread_time() - clock
    return spent, process_cpu() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("--records", dest="count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-store", action="store_true")
    parser.add_argument("--no-html", action="store_true")
    args = parser.parse_args()
    data = pickled_outputs(args.records, args.count)
    print(f"{len(data)} files, {sum(map(len, data)) / 1e6:.1f} MB pickled")
    with tempfile.TemporaryDirectory(prefix="kmgraph-bench-sinks-") as tmp:
        for run in range(args.repeat):
            spent, total = run_sinks(data, Path(tmp) / f"out{run}", not args.no_store, not args.no_html)
            steps = ", ".join(f"{name} {seconds:.2f}" for name, seconds in spent.items())
            print(f"run {run + 1}: process CPU {total:.2f} s (main thread {sum(spent.values()):.2f} s: {steps})")


if __name__ == "__main__":
    main()
