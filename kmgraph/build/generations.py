"""The build's output folder: one build at a time, and the whole output set switched at once.

    output/.lock               held (flock) by the running build, with its process id
    output/.builds/<n>/        one build's complete outputs: kmgraph.ttl, kmgraph.trig, void.ttl, kmgraph.html, store/
    output/current             a symlink to the live generation, replaced atomically when a build succeeds
    output/kmgraph.ttl, ...    stable symlinks through current (current/kmgraph.ttl), so paths never change
    output/.cache/             the records' cached pieces

A build writes a new generation beside the live one; readers see the old outputs, whole, until the pointer moves.
A killed build leaves only an unused generation folder, removed by the next build; the lock dies with its process.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from pathlib import Path

from ..errors import KmgraphError

OUTPUT_NAMES = ("kmgraph.ttl", "kmgraph.trig", "void.ttl", "kmgraph.html", "map.html", "heatmap.html", "quality.html",
                "heatmap.rq", "outcomes.rq", "store")
BUILDS = ".builds"
CURRENT = "current"
LOCK = ".lock"
LEFTOVERS = (".store.part", ".store.old")  # folders earlier kmgraph versions left after a failed build


class FolderBusy(KmgraphError):
    """Another build is writing the output folder."""


class OutputFolder:
    """An output folder that one build at a time holds, from `hold()` to `release()`."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self._lock: int | None = None

    def hold(self) -> None:
        """Take the folder's lock, or raise FolderBusy naming the process that has it."""
        self.directory.mkdir(parents=True, exist_ok=True)
        handle = os.open(self.directory / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(handle, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(handle)
            raise FolderBusy(f"{self.directory}: another kmgraph build (process {holder}) is writing this folder; "
                             "wait for it to end") from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()}\n".encode(), 0)
        self._lock = handle

    def release(self) -> None:
        if self._lock is not None:
            os.ftruncate(self._lock, 0)
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            os.close(self._lock)
            self._lock = None

    def live(self) -> Path | None:
        """The folder holding the outputs readers see now: the current generation, or (as earlier versions
        wrote it) the output folder itself; None before the first build."""
        current = self.directory / CURRENT
        if current.is_symlink():
            return current.resolve() if current.is_dir() else None
        if any((self.directory / name).exists() for name in OUTPUT_NAMES):
            return self.directory
        return None

    def is_live(self, generation: Path) -> bool:
        live = self.live()
        return live is not None and live.resolve() == generation.resolve()

    def new_generation(self) -> Path:
        """An empty generation folder, after removing what killed builds left."""
        builds = self.directory / BUILDS
        builds.mkdir(exist_ok=True)
        live = self.live()
        for old in builds.iterdir():
            if live is None or old.resolve() != live.resolve():
                _remove(old)
        for name in LEFTOVERS:
            _remove(self.directory / name)
        for part in [*self.directory.glob(".*.part"), *self.directory.glob(".*.link")]:
            _remove(part)
        numbers = [int(p.name) for p in builds.iterdir() if p.name.isdigit()]
        generation = builds / str(max(numbers, default=0) + 1)
        generation.mkdir()
        return generation

    def switch(self, generation: Path) -> None:
        """Make `generation` the live outputs: one atomic replacement of the `current` link."""
        current = self.directory / CURRENT
        names = [name for name in OUTPUT_NAMES if (generation / name).exists()]
        first_switch = not current.is_symlink()
        if first_switch:  # nothing reads through current yet: point it first, then the names
            _link(current, f"{BUILDS}/{generation.name}")
        for name in names:
            path = self.directory / name
            if path.is_symlink() and os.readlink(path) == f"{CURRENT}/{name}":
                continue
            if path.is_dir() and not path.is_symlink():  # a store of an earlier version: moved aside, then removed
                aside = self.directory / BUILDS / f"old-{name}"
                _remove(aside)
                path.rename(aside)
            _link(path, f"{CURRENT}/{name}")
        if not first_switch:
            _link(current, f"{BUILDS}/{generation.name}")
        _fsync_directory(self.directory)
        for name in OUTPUT_NAMES:  # outputs this build did not make (e.g. --no-html) are no longer offered
            path = self.directory / name
            if path.is_symlink() and not path.exists():
                path.unlink()
        for old in (self.directory / BUILDS).iterdir():
            if old.name != generation.name:
                _remove(old)

    def discard(self, generation: Path) -> None:
        _remove(generation)


def _link(path: Path, target: str) -> None:
    """Point path at target (a relative symlink), replacing what was there in one step."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.link")
    temp.unlink(missing_ok=True)
    os.symlink(target, temp)
    os.replace(temp, path)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _fsync_directory(directory: Path) -> None:
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
