"""Redaction time against text length: kmgraph.rdf.redact on long tokens, and the patterns it replaced.

usage: python benchmarks/bench_redact.py [LENGTH]   (default 60000)
Times redact(..., {"phone", "email"}) on tokens of LENGTH/4, LENGTH/2 and LENGTH characters with no address in
them (the worst case of the old e-mail pattern, which tried every start of a run to its end): a linear matcher
takes about twice as long for twice the length, a quadratic one four times. The old patterns are timed on the
same tokens for comparison (on the full LENGTH only if it is at most 60,000: they take seconds there).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kmgraph.rdf.redact import redact  # noqa: E402

OLD_PHONE = re.compile(r"(?<![0-9๐-๙])(?:\+66|[0๐])[0-9๐-๙](?:[\s\-]?[0-9๐-๙]){7,8}(?![0-9๐-๙])")
OLD_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
TOKENS = {
    "ASCII letters": "a",
    "letters and dots": "a.",
    "Thai letters": "กข",
    "digits": "1",
    "zero-width split letters": "a\u200b",
}


def seconds(action, text: str) -> float:
    start = time.perf_counter()
    action(text)
    return time.perf_counter() - start


def new_redact(text: str) -> str:
    return redact(text, {"phone", "email"})


def old_redact(text: str) -> str:
    return OLD_EMAIL.sub("[ปกปิด]", OLD_PHONE.sub("[ปกปิด]", text))


def main(length: int) -> None:
    print(f"python {sys.version.split()[0]}; one token of N characters, no address in it")
    print(f"{'token':26s} {'N':>8s} {'redact s':>9s} {'old s':>9s}")
    for name, unit in TOKENS.items():
        previous = None
        for size in (length // 4, length // 2, length):
            token = (unit * (size // len(unit) + 1))[:size]
            new = seconds(new_redact, token)
            old = seconds(old_redact, token) if size <= 60_000 else float("nan")
            growth = f"  x{new / previous:.1f} for x2 length" if previous else ""
            print(f"{name:26s} {size:8,d} {new:9.4f} {old:9.2f}{growth}")
            previous = new
    text = "ติดต่อ 081-111-0001 หรือ somchai@example.com ปี 2561 จำนวน 1,250,000 บาท " * 2000
    per_mb = seconds(new_redact, text) / (len(text.encode()) / 1e6)
    print(f"Thai prose with a phone and an address every 70 characters: {per_mb:.2f} s per MB (UTF-8)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60_000)
