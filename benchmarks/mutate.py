"""A small, bounded mutation check: apply operator flips and statement deletions to one module, one at a time,
run the given tests against each mutant, and print which mutants survived and the survival rate.

    python benchmarks/mutate.py kmgraph/thai/repairs.py tests/thai/test_thai.py tests/test_faults.py [--max 60]

Mutants are made in a copy of the project (the working tree is never changed). A mutant is killed when the tests
fail (or time out: 120 s); it survives when they pass.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLIPS = [(" < ", " <= "), (" <= ", " < "), (" > ", " >= "), (" >= ", " > "), (" == ", " != "), (" != ", " == "),
         (" and ", " or "), (" or ", " and "), ("True", "False"), ("False", "True"), (" + 1", " - 1"),
         (" - 1", " + 1"), ("if not ", "if "), ("min(", "max("), ("max(", "min(")]
STATEMENT = re.compile(r"^(\s*)(clean = rewrite\(|clean = repair_|warnings\.append\(|damaged = |return )")


def mutants(text: str):
    """(line number, description, mutated text) for each mutant of the module's code lines."""
    lines = text.splitlines(keepends=True)
    docstrings = {line for node in ast.walk(ast.parse(text))
                  if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
                  and isinstance(node.value.value, str)
                  for line in range(node.lineno, node.end_lineno + 1)}
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        skipped = ("#", "import ", "from ", "def ", "class ", "@")
        if number in docstrings or not stripped or stripped.startswith(skipped):
            continue
        code = line.split("  #")[0]
        for old, new in FLIPS:
            at = code.find(old)
            if at >= 0:
                yield number, f"{old.strip()} → {new.strip()}", "".join(
                    lines[:number - 1] + [line[:at] + new + line[at + len(old):]] + lines[number:])
        match = STATEMENT.match(line)
        if match and not line.rstrip().endswith(("(", ",")) and not stripped.startswith("return "):
            removed = lines[:number - 1] + [f"{match.group(1)}pass\n"] + lines[number:]
            yield number, "statement removed", "".join(removed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("module")
    parser.add_argument("tests", nargs="+")
    parser.add_argument("--max", type=int, default=80, help="at most this many mutants")
    args = parser.parse_args()
    source = (ROOT / args.module).read_text(encoding="utf-8")
    found = list(mutants(source))[:args.max]
    with tempfile.TemporaryDirectory(prefix="kmgraph-mutants-") as scratch:
        copy = Path(scratch)
        for name in ("kmgraph", "tests", "ontology", "seeds", "benchmarks", "setup.cfg"):
            (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, copy / name)
        target = copy / args.module
        env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
        command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *args.tests]
        unmutated = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, timeout=600)
        if unmutated.returncode != 0:  # else every mutant would count as killed
            tail = unmutated.stdout.strip().splitlines()[-1:] or ["(no output)"]
            sys.exit(f"mutate: the tests fail on the unmutated copy, so no mutant can be judged: {tail[0]}")
        survived, started = [], time.perf_counter()
        for number, what, text in found:
            target.write_text(text, encoding="utf-8")
            try:
                done = subprocess.run(command, cwd=copy, env=env, capture_output=True, timeout=120)
                killed = done.returncode != 0
            except subprocess.TimeoutExpired:
                killed = True
            print(f"{args.module}:{number}: {what}: {'killed' if killed else 'SURVIVED'}", flush=True)
            if not killed:
                survived.append((number, what))
        target.write_text(source, encoding="utf-8")
    total = len(found)
    print(f"{total} mutants, {total - len(survived)} killed, {len(survived)} survived "
          f"({100 * len(survived) / max(total, 1):.0f}% survival) in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
