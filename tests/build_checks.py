"""Checks of a build's output folder, shared by the build-safety tests and benchmarks/stress_build.py."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
VOID_TRIPLES = "http://rdfs.org/ns/void#triples"


def make_records(folder: Path, count: int, variant: str = "") -> Path:
    """count record files made from the seeds under distinct names; a variant changes some of them."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    for number in range(count):
        seed = seeds[number % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        if variant and number % 3 == 0:
            text = text.replace("บันทึกองค์ความรู้", f"บันทึกองค์ความรู้ {variant}", 1)
        (folder / f"c{number:04d}_{seed.name}").write_text(text, encoding="utf-8")
    return folder


def cli(*args: str, **popen) -> subprocess.Popen:
    """A real `python -m kmgraph.cli` process running this checkout's code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "kmgraph.cli", *args], env=env, **popen)


def output_set(out: Path) -> dict[str, str]:
    """Digests of the outputs readers see (ttl, trig, void, the store's quads), after checking that they agree:
    the store holds exactly the quads of kmgraph.trig, and void.ttl counts the triples of kmgraph.ttl."""
    files = {name: (out / name).read_bytes() for name in ("kmgraph.ttl", "kmgraph.trig", "void.ttl")}
    parsed = ox.Store()  # a store, as the build's, normalizes literals (xsd:positiveInteger → xsd:integer)
    parsed.load(files["kmgraph.trig"], format=ox.RdfFormat.TRIG)
    trig = set(parsed)
    store = ox.Store.read_only(str(out / "store"))
    quads = set(store)
    del store
    assert quads == trig, f"the store differs from kmgraph.trig: {len(quads ^ trig)} quads"
    triples = len(set(ox.parse(files["kmgraph.ttl"], format=ox.RdfFormat.TURTLE)))
    counted = [q.object.value for q in ox.parse(files["void.ttl"], format=ox.RdfFormat.TURTLE)
               if q.subject.value.endswith("/void") and q.predicate.value == VOID_TRIPLES]
    assert counted == [str(triples)], f"void.ttl counts {counted}, not {triples}"
    digests = {name: hashlib.sha256(data).hexdigest()[:12] for name, data in files.items()}
    digests["store"] = hashlib.sha256("\n".join(sorted(map(str, quads))).encode()).hexdigest()[:12]
    return digests


def leftovers(out: Path) -> list[str]:
    """Half-written files in the output folder (not inside unused generations, which the next build removes)."""
    return [str(p) for p in out.glob(".*.part")]


def wait_for(condition, timeout: float, step: float = 0.002) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


def new_generation_has(out: Path, pattern: str):
    """A condition: a generation other than the live one holds a file matching pattern (the build is there)."""
    def met() -> bool:
        live = (out / "current").resolve() if (out / "current").is_symlink() else None
        builds = out / ".builds"
        try:
            return any(g.resolve() != live and any(g.glob(pattern)) for g in builds.iterdir())
        except OSError:
            return False
    return met
