"""The build's cache: a record's outputs kept under a key of the file's content and path, kmgraph's code and
tables and the graph options, so an unchanged file is not extracted again."""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

from .. import __version__, tables
from ..extract.records import parse_file
from ..model import InputError
from ..rdf.mapping import GraphOptions
from ..readers.files import read_record_bytes
from .outputs import RecordOutput, record_output


@lru_cache(maxsize=1)
def _reader_digest() -> str:
    """Changes whenever what a record's output depends on changes: kmgraph's code, tables and concepts."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent.parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for path in sorted(tables.DATA_DIR.glob("*")) + [tables.ontology_file("concepts.ttl")]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(data: bytes, path: Path, options: GraphOptions) -> str:
    """The key of a record's outputs: the file's content and path (its id and source come from the path), kmgraph's
    code and the graph options."""
    digest = hashlib.sha256(data)
    digest.update(f"|{path}|{_reader_digest()}|{options.base_iri}|{sorted(options.redact)}".encode())
    return digest.hexdigest()


Task = tuple[Path, Path | None, GraphOptions, bool]  # a file, the cache folder, the options, whether to read the cache


def _process(task: Task) -> list[RecordOutput] | InputError:
    """In-process: a file's cached outputs, or read, extract and serialize the file's records (one, or a KM
    book's many) and cache them."""
    outcome, from_cache, _ = _outcome(task, pickled=False)
    if isinstance(outcome, list):
        for output in outcome:
            output.cached = from_cache
    return outcome


def _process_pickled(task: Task) -> tuple[bytes, bool]:
    """Worker: the file's outcome pickled once, the very bytes the cache keeps (a cached entry is handed on as
    it was read), and whether it came from the cache (the parent marks its outputs cached)."""
    outcome, from_cache, data = _outcome(task, pickled=True)
    if data is None:  # an InputError
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    return data, from_cache


def _outcome(task: Task, pickled: bool) -> tuple[list[RecordOutput] | InputError, bool, bytes | None]:
    """A file's outputs (or its error), whether they came from the cache, and their pickle when one was made or
    read (always, if pickled). The key is made from the file's bytes, whatever their kind (text, PDF, Word …)."""
    path, cache_dir, options, read_cache = task
    try:
        data = read_record_bytes(path)  # a missing, unreadable or too large file fails here, before it is read
    except InputError as error:
        return error, False, None
    key = cache_key(data, path, options)
    cached = cache_dir / key[:2] / f"{key}.pickle" if cache_dir else None
    if cached and read_cache and cached.is_file():
        try:
            stored = cached.read_bytes()
            outputs = pickle.loads(stored)
            if isinstance(outputs, list):  # an entry of an older kmgraph held one output: made again
                return outputs, True, stored
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    try:
        outputs = [record_output(record, key, options) for record in parse_file(path, data)]
    except InputError as error:
        return error, False, None
    stored = pickle.dumps(outputs, protocol=pickle.HIGHEST_PROTOCOL) if cached or pickled else None
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temp = cached.with_suffix(f".{os.getpid()}.part")
        temp.write_bytes(stored)
        os.replace(temp, cached)
    return outputs, False, stored


def _prune_cache(cache_dir: Path, used: set[str]) -> None:
    """Remove cached pieces this build did not use (other files, other options, half-written ones)."""
    if not cache_dir.is_dir():
        return
    for shard in cache_dir.iterdir():
        for entry in shard.iterdir() if shard.is_dir() else [shard]:
            if entry.name.removesuffix(".pickle") not in used or not entry.name.endswith(".pickle"):
                entry.unlink(missing_ok=True)
