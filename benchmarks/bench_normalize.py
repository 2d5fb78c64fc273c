"""CPU time of the Thai repairs alone (`kmgraph.thai.normalize`) over a folder of records, one pass, per record;
with --profile, the cProfile of that pass (functions of kmgraph). Each folder given is timed on its own.

usage: python benchmarks/bench_normalize.py [FOLDER ...] [--limit N] [--profile]
       (default FOLDER: /work/corpus/corpus-1000/records; the kmgraph imported is the one on PYTHONPATH, so two
       checkouts can be compared)
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from kmgraph.extract.records import read_file
from kmgraph.readers.files import iter_record_files
from kmgraph.thai import normalize

WARM_UP = 5  # records normalized before the timing: tables, patterns and dictionaries loaded once


def sources(folder: Path, limit: int | None):
    return [read_file(path).to_source_text() for path in list(iter_record_files([folder]))[:limit]]


def normalize_all(texts) -> int:
    """Normalize each text; how many were repaired as damaged (warned about)."""
    return sum(bool(normalize(source)[1]) for source in texts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", default=[Path("/work/corpus/corpus-1000/records")], type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    warm = sources(Path(__file__).resolve().parent.parent / "seeds", WARM_UP)
    normalize_all(warm)
    for folder in args.folders:
        texts = sources(folder, args.limit)
        profile = cProfile.Profile() if args.profile else None
        started = time.process_time()
        if profile:
            profile.enable()
        warned = normalize_all(texts)
        if profile:
            profile.disable()
        spent = time.process_time() - started
        print(f"{folder}: {len(texts)} records ({warned} with repairs), {spent:.2f} s CPU, "
              f"{1000 * spent / max(1, len(texts)):.2f} ms/record")
        if profile:
            stats = pstats.Stats(profile)
            stats.sort_stats("cumulative").print_stats("kmgraph", 25)


if __name__ == "__main__":
    main()
