"""CPU seconds of extraction alone (segment + extract: everything in parse_record after reading and normalize) over
a folder of records, one pass (a second pass would find the answers the first cached about the same lines: run the
script again to repeat); with --profile, the cProfile of that pass (functions of kmgraph).

usage: python benchmarks/bench_extract.py [FOLDER] [--limit N] [--profile]
       (default FOLDER: /work/corpus/corpus-1000/records, or make one with benchmarks/make_corpus.py; the kmgraph
       imported is the one on PYTHONPATH, so two checkouts can be compared)
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from kmgraph.extract.record import extract
from kmgraph.extract.records import read_file
from kmgraph.extract.segment import segment
from kmgraph.readers.files import iter_record_files
from kmgraph.thai import normalize

WARM_UP = 5  # records extracted before the timing (not timed, not in the timed pass)


def prepared(folder: Path, limit: int | None):
    """(source, clean text, warnings) of each record: what extraction starts from."""
    paths = list(iter_record_files([folder]))[:limit]
    out = []
    for path in paths:
        source = read_file(path).to_source_text()
        clean, warnings = normalize(source)
        out.append((source, clean, list(source.warnings) + warnings))
    return out


def extract_all(records) -> None:
    for source, clean, warnings in records:
        extract(source, clean, segment(clean), warnings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="/work/corpus/corpus-1000/records", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    records = prepared(args.folder, args.limit + WARM_UP if args.limit else None)
    extract_all(records[:WARM_UP])  # tables, patterns and dictionaries loaded once, outside the timing
    records = records[WARM_UP:]
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(extract_all, records)
        stats = pstats.Stats(profile).sort_stats("cumulative")
        stats.print_stats(r"kmgraph", 45)
        return
    start = time.process_time()
    extract_all(records)
    took = time.process_time() - start
    print(f"{len(records)} records: extraction {took:.2f} s CPU, {1000 * took / len(records):.2f} ms a record")


if __name__ == "__main__":
    main()
