"""`kmgraph build` under real conditions: worker pools with a bad file, a terminal, kills, two builds at once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kmgraph.build import build

from .conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent
PHONE = "081-234-5678"  # a phone number written in a seed


def copies(folder: Path, count: int) -> Path:
    """count record files made from the seeds under distinct names."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    for number in range(count):
        seed = seeds[number % len(seeds)]
        shutil.copy(seed, folder / f"c{number:04d}_{seed.name}")
    return folder


def cli(*args: str, **popen) -> subprocess.Popen:
    """A real `python -m kmgraph.cli` process running this worktree's code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "kmgraph.cli", *args], env=env, **popen)


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    process = cli(*args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"kmgraph {' '.join(args)} hung for {timeout} s: {err[-2000:]}")
    return subprocess.CompletedProcess(args, process.returncode, out, err)


# 1. A bad file among more files than workers: one line, exit 2, the others built, no hang.

def test_a_bad_file_in_a_worker_pool_gets_one_line_and_the_others_are_built(tmp_path):
    records = copies(tmp_path / "in", 11)
    (records / "empty\nname.txt").write_bytes(b"")  # a newline in the name must not break the line
    result = run_cli("build", str(records), "-o", str(tmp_path / "out"), "--workers", "2", timeout=240)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "empty\\nname.txt" in lines[0] and "empty" in lines[0].split(":")[-1]
    assert "built 11 records" in result.stdout
    assert not list(tmp_path.rglob("*.part"))


def test_input_errors_cross_processes():
    import pickle

    from kmgraph.model import InputError

    error = pickle.loads(pickle.dumps(InputError(Path("a\nb.txt"), "empty file")))
    assert (error.path, error.problem, str(error)) == ("a\nb.txt", "empty file", "a\\nb.txt: empty file")


# 2. The progress bar in a real terminal.

def test_build_in_a_terminal_shows_progress_and_finishes(tmp_path):
    import pty

    records = copies(tmp_path / "in", 50)
    main, secondary = pty.openpty()
    process = cli("build", str(records), "-o", str(tmp_path / "out"), stdin=secondary, stdout=secondary,
                  stderr=secondary)
    os.close(secondary)
    seen = b""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the terminal closed: the process ended
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    try:
        code = process.wait(timeout=max(deadline - time.monotonic(), 1))
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the build hung in a terminal")
    text = seen.decode("utf-8", "replace")
    assert code == 0, text[-3000:]
    assert "Traceback" not in text and "reading records" in text and "records/s" in text
    assert "built 50 records" in text


# 12. The cache is keyed by content and path.

def test_identical_files_and_renamed_files_build_as_without_the_cache(tmp_path):
    records = tmp_path / "in"
    records.mkdir()
    seed = next(SEEDS.glob("002_*.txt"))
    shutil.copy(seed, records / "a.txt")
    shutil.copy(seed, records / "b.txt")
    first = build([records], tmp_path / "out", store=False, html=False)
    assert first.records == 2 and not first.errors
    (records / "b.txt").rename(records / "c.txt")
    again = build([records], tmp_path / "out", store=False, html=False)
    build([records], tmp_path / "plain", store=False, html=False, cache=False)
    assert again.records == 2 and not again.errors
    assert (tmp_path / "out" / "kmgraph.trig").read_bytes() == (tmp_path / "plain" / "kmgraph.trig").read_bytes()
    trig = (tmp_path / "out" / "kmgraph.trig").read_text(encoding="utf-8")
    assert "/c>" in trig and "c.txt" in trig and "/b>" not in trig and "b.txt" not in trig
