"""`kmgraph build` under real conditions: worker pools with a bad file, a terminal, kills, two builds at once."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from kmgraph.build.pipeline import build
from tests.build_checks import cli, leftovers, make_records, output_set, wait_for
from tests.conftest import SEEDS

PHONES = (b"819920387", b"933270974")  # phone numbers of seeds 000 and 001, as written in tel: IRIs


def copies(folder: Path, count: int) -> Path:
    """count record files made from the seeds under distinct names."""
    return make_records(folder, count)


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


def test_a_file_over_the_size_limit_is_refused_by_the_build_before_it_is_read(tmp_path):
    """Regression: the build's workers read a whole file for its cache key before the reader's size check."""
    from kmgraph.readers.plain import MAX_RECORD_MB

    records = copies(tmp_path / "in", 9)
    with open(records / "huge.txt", "wb") as handle:
        handle.truncate(64 * 1024**3)  # sparse 64 GB: reading it would not end within the timeout
    result = run_cli("build", str(records), "-o", str(tmp_path / "out"), "--workers", "2", timeout=120)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"kmgraph: error: {records / 'huge.txt'}: file too large (65536.0 MB > {MAX_RECORD_MB} MB)"]
    assert "built 9 records" in result.stdout


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


def written_since(out: Path, pattern: str, started: float):
    """A condition: the build has written a file matching pattern (wherever the build writes it)."""
    def met() -> bool:
        try:
            return any(not p.is_symlink() and ".cache" not in p.parts and p.stat().st_mtime >= started
                       for p in out.rglob(pattern))
        except OSError:  # a file went away while looking
            return False
    return met


# 3. Two builds into one output folder: one runs, the other is refused.

def test_a_second_build_into_a_busy_output_folder_is_refused(tmp_path):
    records = copies(tmp_path / "in", 120)
    out = tmp_path / "out"
    first = cli("build", str(records), "-o", str(out), "--workers", "1", stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(written_since(out, ".*.part", 0), 120), "the first build never started writing"
        second = run_cli("build", str(records), "-o", str(out), "--workers", "1")
        first_out, first_err = first.communicate(timeout=300)
    finally:
        first.kill()
    assert first.returncode == 0, first_err
    assert second.returncode == 2, second.stdout
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and "another kmgraph build" in lines[0] and str(first.pid) in lines[0]
    output_set(out)  # the first build's outputs agree with each other
    assert "built 120 records" in first_out


def test_a_lock_left_by_a_dead_process_does_not_block(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    out = tmp_path / "out"
    out.mkdir()
    (out / ".lock").write_text(f"{dead.pid}\n")
    assert build([next(SEEDS.glob("002_*.txt"))], out, html=False).records == 1


# 4. A store another process wrote to is not trusted.

def test_a_load_into_the_builds_store_is_undone_by_the_next_build(tmp_path):
    records = copies(tmp_path / "in", 5)
    out = tmp_path / "out"
    assert run_cli("build", str(records), "-o", str(out)).returncode == 0
    graph = next(g for g in ox_graphs(out) if "c0002" in g)
    (tmp_path / "other.trig").write_text(f'<{graph}> {{ <http://example.org/a> <http://example.org/b> "c" . }}\n')
    assert run_cli("load", str(tmp_path / "other.trig"), "--store", str(out / "store")).returncode == 0
    again = run_cli("build", str(records), "-o", str(out))
    assert again.returncode == 0, again.stderr
    output_set(out)  # the store holds kmgraph.trig again
    assert "0 store graphs updated" not in again.stdout


def ox_graphs(out: Path) -> list[str]:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(out / "store"))
    return [g.value for g in store.named_graphs()]


# 4, 5. Kills at several moments: the outputs are the old set or the new set, whole; the next build works.

MOMENTS = {"records": ".kmgraph.trig.*.part", "store": "void.ttl", "switch": "kmgraph.html"}


@pytest.mark.parametrize("moment", list(MOMENTS))
@pytest.mark.parametrize("signal_number", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_a_killed_build_leaves_the_old_outputs_or_the_new_ones_whole(tmp_path, moment, signal_number):
    records = make_records(tmp_path / "in", 60)
    out = tmp_path / "out"
    assert run_cli("build", str(records), "-o", str(out), "--workers", "2").returncode == 0
    old = output_set(out)
    make_records(records, 80, variant="v2")  # a third of the files changed, 20 new ones
    started = time.time() - 0.01
    process = cli("build", str(records), "-o", str(out), "--workers", "2", stdout=subprocess.DEVNULL,
                  stderr=subprocess.PIPE, start_new_session=True)
    reached = wait_for(written_since(out, MOMENTS[moment], started), 120, step=0.001)
    if signal_number == signal.SIGINT:
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C in a terminal reaches the whole process group
    else:
        process.kill()
    try:
        process.wait(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert reached, f"the build never reached the {moment} phase"
    after_kill = output_set(out)
    assert leftovers(out) == []
    rebuilt = run_cli("build", str(records), "-o", str(out), "--workers", "2")
    assert rebuilt.returncode == 0, rebuilt.stderr
    new = output_set(out)
    assert after_kill in (old, new), "the outputs mix the old and the new build"
    assert len(list((out / ".builds").iterdir())) == 1


# 9. Other redaction options: no clear value survives anywhere in the output folder.

def folder_holds(out: Path, needle: bytes) -> list[str]:
    return [str(p) for p in out.rglob("*") if p.is_file() and not p.is_symlink() and needle in p.read_bytes()]


def test_a_redacted_rebuild_leaves_no_clear_phone_number_in_the_output_folder(tmp_path):
    out = tmp_path / "out"
    assert run_cli("build", str(SEEDS), "-o", str(out)).returncode == 0
    for phone in PHONES:  # the unredacted build holds them in its files, its cache and its store
        holders = folder_holds(out, phone)
        assert any(".cache" in h for h in holders) and any("store" in h for h in holders), holders
    assert run_cli("build", str(SEEDS), "-o", str(out), "--redact", "phone").returncode == 0
    for phone in PHONES:
        assert folder_holds(out, phone) == []
