"""Re-run every attack class of the reliability section, bounded in time and on loopback only, and print what held.

Runs benchmarks/stress_build.py (real kills at random moments × 20, 10 concurrent builds into one folder) and then
benchmarks/stress_serve.py (20 clients × 50 named queries against a real `kmgraph serve`, with hostile queries:
SERVICE, deep nesting, a huge query, a cartesian product, updates and LOAD). Run from the repository root:
    python benchmarks/stress.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    env = dict(os.environ, PYTHONPATH=str(HERE.parent))
    failed = 0
    for script in ("stress_build.py", "stress_serve.py"):
        print(f"== {script}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script), *sys.argv[1:]], env=env).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
