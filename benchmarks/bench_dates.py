"""Time kmgraph.dates.find_dates on the seeds' text repeated N times (default 100), and on the same text with a
blog dateline opening every record; a second size (N/2) shows whether the time grows linearly.

usage: python benchmarks/bench_dates.py [N]   (default 100)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATELINES = ["วันพุธที่ 4 เมษายน 2561", "By admin, มีนาคม 14, 2561", "Wednesday, 28 March 2018", "๑๔ มี.ค. ๖๑"]


def timed(label: str, text: str) -> None:
    from kmgraph.dates import find_dates

    start = time.perf_counter()
    found = find_dates(text)
    seconds = time.perf_counter() - start
    print(f"{label:<40} {len(text):>11,} chars {seconds:7.3f} s {len(text) / seconds / 1e6:6.2f} M chars/s "
          f"{len(found):>6,} dates {len(found) / seconds:>9,.0f} finds/s")


def main(copies: int = 100) -> None:
    from kmgraph.dates import find_dates

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    find_dates("1 มกราคม 2561")  # build the regexes once, outside the timing
    for count in (copies // 2, copies):
        timed(f"seeds ×{count}", "\n".join(seeds * count))
        with_datelines = [f"{DATELINES[i % len(DATELINES)]}\n{seed}" for i, seed in enumerate(seeds * count)]
        timed(f"seeds ×{count}, a dateline per record", "\n".join(with_datelines))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
