"""Time `kmgraph records` on N records (copies of the seeds), against newmm word-tokenizing the same text.

usage: python benchmarks/bench_records.py [N]   (default 1000)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(count: int = 1000) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for index in range(count):
            seed = seeds[index % len(seeds)]
            shutil.copy(seed, folder / f"{index:05d}_{seed.name}")
        chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.iterdir())
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "kmgraph.cli", "records", str(folder), "--format", "json"],
                              capture_output=True, check=True)
        records_s = time.perf_counter() - start
        from pythainlp.tokenize import word_tokenize

        word_tokenize("อุ่นเครื่อง")
        start = time.perf_counter()
        for path in folder.iterdir():
            word_tokenize(path.read_text(encoding="utf-8"), engine="newmm")
        newmm_s = time.perf_counter() - start
    print(f"records: {count}  characters: {chars:,}  output: {len(done.stdout):,} bytes")
    print(f"kmgraph records (whole process): {records_s:.2f} s  ({count / records_s:,.0f} records/s)")
    print(f"newmm word_tokenize, same text:  {newmm_s:.2f} s  ({chars / newmm_s:,.0f} chars/s)")
    print(f"ratio kmgraph / newmm: {records_s / newmm_s:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
