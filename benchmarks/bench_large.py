"""Time and peak memory of `kmgraph records` on one record whose background is one long line (1, 2, 4 MB).

usage: python benchmarks/bench_large.py [MB ...]   (default 1 2 4)
Each size runs in its own process (the whole process: start-up included); growth should be linear. A 50 MB
file is also given, to show it is refused from its size at once (the limit is kmgraph.read.MAX_RECORD_MB).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_5796a825079509ea.txt"
MEGABYTE = 1024 * 1024


def long_line_record(megabytes: float, path: Path) -> None:
    """The seed with its longest paragraph repeated, on one line, to the given size."""
    text = SEED.read_text(encoding="utf-8")
    paragraph = max(text.split("\n"), key=len) + " "
    copies = int(megabytes * MEGABYTE / len(paragraph.encode("utf-8"))) + 1
    path.write_text(text.replace(paragraph.rstrip(), paragraph * copies, 1), encoding="utf-8")


def run(path: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS in MB and exit code of `kmgraph records` on path."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "kmgraph.cli", "records", str(path), "--format", "json"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, child.returncode


def main(sizes: list[float]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'file':<22}{'MB':>6}{'seconds':>10}{'peak RSS MB':>13}{'s per MB':>10}  exit")
        for megabytes in sizes:
            path = Path(tmp) / f"long-line-{megabytes:g}MB.txt"
            long_line_record(megabytes, path)
            size = path.stat().st_size / MEGABYTE
            seconds, peak, code = run(path)
            print(f"{'one long line':<22}{size:>6.1f}{seconds:>10.2f}{peak:>13.0f}{seconds / size:>10.2f}  {code}")
        huge = Path(tmp) / "huge.txt"
        with open(huge, "wb") as handle:
            handle.truncate(50 * MEGABYTE)
        seconds, peak, code = run(huge)
        print(f"{'over the limit':<22}{50:>6.1f}{seconds:>10.2f}{peak:>13.0f}{'':>10}  {code}")


if __name__ == "__main__":
    main([float(arg) for arg in sys.argv[1:]] or [1, 2, 4])
