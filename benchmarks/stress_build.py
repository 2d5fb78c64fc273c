"""Stress the build's safety: real kills at random moments, and many builds into one output folder at once.

(a) --kills times: start a real `python -m kmgraph.cli build` (inputs changed each time), SIGKILL or SIGINT it
    after a random delay (seeded), then check that the outputs readers see are whole (ttl, trig, void and the
    store agree) and are the old set or the new one, and that the next build succeeds.
(b) --concurrent builds into one folder at once: exactly one runs, the others are refused (one line, exit 2),
    and the store agrees with kmgraph.trig afterwards.

Bounded in time (--time-limit); prints what held as a table. Run from the repository root:
    PYTHONPATH=$PWD python benchmarks/stress_build.py
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.build_checks import cli, leftovers, make_records, output_set  # noqa: E402


def run_build(records: Path, out: Path, timeout: float) -> subprocess.CompletedProcess:
    process = cli("build", str(records), "-o", str(out), "--workers", "2", stdout=subprocess.PIPE,
                  stderr=subprocess.PIPE, text=True)
    out_text, err_text = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, out_text, err_text)


def whole(out: Path) -> dict[str, str] | None:
    try:
        return output_set(out)
    except (AssertionError, OSError, SyntaxError, ValueError) as error:
        print(f"  not whole: {error}", file=sys.stderr)
        return None


def kills(work: Path, count: int, files: int, rng: random.Random, deadline: float) -> dict[str, int]:
    records, out = make_records(work / "in", files), work / "out"
    started = time.monotonic()
    first = run_build(records, out, 600)
    assert first.returncode == 0, first.stderr
    duration = time.monotonic() - started
    old = output_set(out)
    tally = {"kills": 0, "SIGKILL": 0, "SIGINT": 0, "ended before the signal": 0, "old set after kill": 0,
             "new set after kill": 0, "whole after kill": 0, "no .part left": 0, "next build ok": 0}
    for number in range(count):
        if time.monotonic() > deadline:
            break
        make_records(records, files, variant=f"v{number}")
        chosen = rng.choice([signal.SIGKILL, signal.SIGINT])
        delay = rng.uniform(0.2, duration * 1.1)
        process = cli("build", str(records), "-o", str(out), "--workers", "2", stdout=subprocess.DEVNULL,
                      stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        ended = process.poll() is not None
        with contextlib.suppress(ProcessLookupError):
            if chosen == signal.SIGINT:
                os.killpg(process.pid, signal.SIGINT)
            else:
                os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=120)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        tally["kills"] += 1
        tally[chosen.name] += 1
        tally["ended before the signal"] += ended
        after = whole(out)
        tally["whole after kill"] += after is not None
        tally["no .part left"] += not leftovers(out)
        rebuilt = run_build(records, out, 600)
        new = whole(out) if rebuilt.returncode == 0 else None
        tally["next build ok"] += new is not None
        tally["old set after kill"] += after is not None and after == old
        tally["new set after kill"] += after is not None and after == new
        old = new or old
    return tally


def concurrent(work: Path, count: int, files: int) -> dict[str, int]:
    records, out = make_records(work / "in2", files), work / "out2"
    processes = [cli("build", str(records), "-o", str(out), "--workers", "1", stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True) for _ in range(count)]
    results = [(p.returncode, err) for p in processes for _, err in [p.communicate(timeout=600)]]
    refused = [err for code, err in results if code == 2]
    tally = {"builds started": count, "exit 0": sum(code == 0 for code, _ in results), "refused (exit 2)":
             len(refused), "refusals of one line": sum(len(err.strip().splitlines()) == 1 and "another kmgraph build"
                                                       in err for err in refused),
             "other exits": sum(code not in (0, 2) for code, _ in results)}
    tally["store agrees with trig"] = int(whole(out) is not None)
    tally["next build ok"] = int(run_build(records, out, 600).returncode == 0 and whole(out) is not None)
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--concurrent", type=int, default=10)
    parser.add_argument("--files", type=int, default=60, help="record files per build")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--time-limit", type=float, default=900, help="seconds; the kill rounds stop after it")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kmgraph-stress-") as temp:
        work = Path(temp)
        killed = kills(work, args.kills, args.files, rng, started + args.time_limit)
        together = concurrent(work, args.concurrent, args.files)
    print(f"(a) real kills of a build of {args.files} files (seed {args.seed})")
    for name, value in killed.items():
        print(f"    {name:<28} {value:>4}")
    print(f"(b) {args.concurrent} builds into one output folder at once")
    for name, value in together.items():
        print(f"    {name:<28} {value:>4}")
    print(f"total {time.monotonic() - started:.0f} s")
    held = (killed["whole after kill"] == killed["next build ok"] == killed["kills"]
            and killed["old set after kill"] + killed["new set after kill"] == killed["kills"]
            and together["exit 0"] == 1 and together["refused (exit 2)"] == args.concurrent - 1
            and together["store agrees with trig"] == together["next build ok"] == 1)
    print("everything held" if held else "SOMETHING DID NOT HOLD")
    sys.exit(0 if held else 1)


if __name__ == "__main__":
    main()
