"""All of the build's concurrency, in one place. What runs where:

- worker processes (a fork pool, one per core, at most 8): read, repair, extract and serialize records, in
  chunks of CHUNK_TASKS files; each outcome is pickled once in the worker (the bytes the cache keeps, or those it
  kept), a worker that dies is replaced and its files are tried again one by one; workers ignore Ctrl-C (the main
  process stops the pool);
- the main process: takes the outcomes in record order and hands them to the sinks (files, store, overview, VoID);
- a thread: imports the HTML modules while the workers extract (`preload_view_modules`);
- a thread: the store's last loads (Rust, GIL released) while the main process draws the HTML (`Background`).
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from ..model import InputError
from .cache import Task, _process, _process_pickled, _reader_digest
from .outputs import RecordOutput


def _warm_up() -> None:
    """Load the reader's tables once, before the workers fork, so that each inherits them."""
    from ..extract.gazetteer import gazetteer
    from ..extract.link import vocabulary
    from ..extract.records import parse_file
    from ..extract.segment import labels
    from ..model import SourceText
    from ..rdf.mapping import GraphOptions
    from ..thai import dictionary, normalize
    from .outputs import record_output

    vocabulary(), labels(), dictionary(False), dictionary(True), gazetteer()
    # a text with each kind of damage builds every table the repairs keep (sara am, moved vowels, lone finals)
    damaged = "ตาแหน่ง พฒั นา ต าแหน่ง ผตู้ ัด พอเพีย ง \u0e4d\u0e32 ค\uf70aา"
    normalize(SourceText(Path("warm-up"), damaged, "utf-8"))
    # read as a record file and serialized: imports what the first record would (readers, the views' graph
    # module and networkx) once here, not once in each worker
    for record in parse_file(Path("warm-up.txt"), damaged.encode("utf-8")):
        record_output(record, "warm-up", GraphOptions())
    _reader_digest()  # hashes kmgraph's files once, not once per worker


def _process_safely(task: Task) -> list[RecordOutput] | InputError:
    """_process, with any error (not only a bad record) turned into an InputError naming the file."""
    try:
        return _process(task)
    except Exception as error:  # noqa: BLE001 - reported as this file's error line
        return InputError(task[0], f"cannot be processed ({type(error).__name__}: {error})")


def _process_chunk(tasks: list) -> list[tuple[bytes, bool]]:
    """Worker: each task's outcome pickled here (once: the cache keeps the same bytes), so that an outcome the
    parent cannot take never breaks the pool; with whether it came from the cache."""
    pickled = []
    for task in tasks:
        try:
            pickled.append(_process_pickled(task))
        except Exception as error:  # noqa: BLE001 - reported as this file's error line
            failed = InputError(task[0], f"cannot be processed ({type(error).__name__}: {error})")
            pickled.append((pickle.dumps(failed), False))
    return pickled


def _unpickled(path: Path, data: bytes, from_cache: bool) -> list[RecordOutput] | InputError:
    try:
        outcome = pickle.loads(data)
    except Exception as error:  # noqa: BLE001 - reported as this file's error line
        return InputError(path, f"cannot be processed (its result could not be read: {error})")
    if isinstance(outcome, list):
        for output in outcome:
            output.cached = from_cache
    return outcome


CHUNK_TASKS = 8


def _outputs(tasks: list, workers: int):
    """Outputs in task order, from worker processes when there are several cores and enough records.

    Every file gets an outcome: a worker's error becomes that file's InputError; a worker that dies (killed, out of
    memory) breaks its pool, which is replaced, and the files it held are tried again one by one."""
    if workers <= 1 or len(tasks) < CHUNK_TASKS:
        yield from map(_process_safely, tasks)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _warm_up()
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    waiting = deque(tasks[i:i + CHUNK_TASKS] for i in range(0, len(tasks), CHUNK_TASKS))
    pending: deque = deque()  # (chunk, future, retried) in task order
    executor: ProcessPoolExecutor | None = None
    try:
        while waiting or pending:
            while waiting and len(pending) < workers * 4:
                if executor is None:
                    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupts)
                chunk = waiting.popleft()
                pending.append((chunk, executor.submit(_process_chunk, chunk), False))
            chunk, future, retried = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool as error:
                _stop(executor)
                executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupts)
                if retried or len(chunk) == 1:
                    yield InputError(chunk[0][0], f"cannot be processed (a worker process died: {error})")
                    again = []
                else:  # which file killed the worker is unknown: try each alone
                    again = [([task], True) for task in chunk]
                again += [(c, r) for c, _, r in pending]
                pending = deque((c, executor.submit(_process_chunk, c), r) for c, r in again)
                continue
            for task, (data, from_cache) in zip(chunk, results, strict=True):
                yield _unpickled(task[0], data, from_cache)
    except BaseException:
        if executor is not None:
            _stop(executor)
        raise
    if executor is not None:
        executor.shutdown()


def _ignore_interrupts() -> None:
    """Worker: Ctrl-C reaches the whole process group; the main process alone handles it (and stops the pool)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(executor) -> None:
    """Stop a pool without waiting: queued chunks are cancelled, the workers (which ignore Ctrl-C) end after the
    chunk they hold. Killing them instead could cut a result in half and leave the pool's reader waiting."""
    executor.shutdown(wait=False, cancel_futures=True)


def _preload_view_modules() -> None:
    """Import what the HTML needs in the background while the workers extract (imports cost seconds here)."""
    import threading

    def load() -> None:
        try:
            import igraph  # noqa: F401
            import jinja2  # noqa: F401

            from ..views import html  # noqa: F401
            from ..views.pyvis_network import pyvis_network

            pyvis_network()
        except Exception:  # noqa: BLE001 - e.g. interrupted at exit; the HTML step imports them again
            pass

    threading.Thread(target=load, daemon=True).start()


class _Background:
    """Run a function in a thread; result() waits and re-raises its error."""

    def __init__(self, function, *args):
        import threading

        self._value = self._error = None
        self._thread = threading.Thread(target=self._run, args=(function, *args), daemon=True)
        self._thread.start()

    def _run(self, function, *args) -> None:
        try:
            self._value = function(*args)
        except BaseException as error:  # noqa: BLE001 - handed to the caller
            self._error = error

    def wait(self) -> None:
        self._thread.join()

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value
