"""`kmgraph build`: records → named graphs → Turtle, TriG, VoID, the embedded store and the HTML view.

The build streams: worker processes (one per core) read, repair and extract each record and serialize its
named graph; the main process appends those pieces to the output files in record order, keeping only the
triples about shared nodes (people, offices, places) to de-duplicate. A record whose file has not changed is
not extracted again: its pieces come from a cache keyed by the file's content and path, kmgraph's code and the graph
options. The store follows the graphs as they stream in (buildstore.py): bulk-loaded when new, else updated per
named graph. The overview HTML is drawn at the end from the few facts each record hands over.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .. import __version__, tables
from ..extract.records import parse_record
from ..files import OUTPUT_DIR
from ..model import InputError, Record
from ..rdf.mapping import GraphOptions, IriMinter, record_statements
from ..rdf.namespaces import KMO, PREFIXES, RDF_TYPE
from ..rdf.terms import Statement, TurtleWriter, line
from ..readers.plain import iter_record_files, read_record_bytes
from .storesync import StoreSync

Progress = Callable[[Path], None]
_PREFIX_LINE = re.compile(r"^@prefix [^\n]*\n", re.M)


@dataclass
class RecordOutput:
    """One record's pieces of the outputs (picklable, cached)."""

    id: str
    key: str
    graph: str
    warnings: int
    trig: bytes  # the record's named graph, TriG without @prefix lines (UTF-8)
    own: tuple[int, int]  # where in trig the Turtle of the triples about the record and its parts lies
    shared: list[str]  # N-Triples lines about shared nodes (people, offices, places, posts)
    own_triples: int
    own_subjects: int
    classes: dict[str, int]
    properties: dict[str, int]
    view: list[str] = field(default_factory=list)  # N-Triples lines the overview HTML needs
    cached: bool = False


@dataclass
class BuildResult:
    """What a build made: counts for the summary line and the files written."""

    records: int = 0
    cached: int = 0
    errors: list[InputError] = field(default_factory=list)
    warnings: int = 0
    triples: int = 0
    graphs_replaced: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        """One line: records (cached, skipped), triples, warnings, store graphs updated, time."""
        notes = [f"{self.cached} cached"] if self.cached else []
        notes += [f"{len(self.errors)} skipped"] if self.errors else []
        store = f", {self.graphs_replaced} store graphs updated" if "store" in self.outputs else ""
        return (f"{self.records} records{' (' + ', '.join(notes) + ')' if notes else ''}, {self.triples:,} triples, "
                f"{self.warnings} warnings{store}, {self.seconds:.1f} s")


@lru_cache(maxsize=1)
def concept_triples() -> tuple[ox.Triple, ...]:
    """The SKOS concept schemes, published with the data so that labels resolve."""
    path = tables.ontology_file("concepts.ttl")
    parsed = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    return tuple(ox.Triple(q.subject, q.predicate, q.object) for q in parsed)


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


def _strip_prefixes(text: bytes) -> str:
    return _PREFIX_LINE.sub("", text.decode("utf-8"))


@lru_cache(maxsize=4)
def _turtle_writer(base_iri: str) -> TurtleWriter:
    return TurtleWriter(PREFIXES, data_base=base_iri)


def record_output(record: Record, key: str, options: GraphOptions) -> RecordOutput:
    """Serialize one record's graph into the pieces the build appends."""
    mint = IriMinter(options.base_iri)
    subject = f"<{mint.record(record.id)}>"
    own_prefixes = (subject[:-1], f"<{mint.source(record.id)}")
    own: list[Statement] = []
    shared: list[Statement] = []
    classes: Counter = Counter()
    properties: Counter = Counter()
    spans: set[str] = set()
    own_subjects = 0
    last = None
    for statement in record_statements(record, options):  # grouped by subject
        node, predicate, value = statement
        if node != last:
            last, is_own = node, node.startswith(own_prefixes)
            own_subjects += is_own
        if not is_own:
            shared.append(statement)
            continue
        own.append(statement)
        properties[predicate] += 1
        if predicate == RDF_TYPE:
            classes[value[1:-1]] += 1
        elif predicate == KMO_REFERS_TO:
            spans.add(node)
    view = [line(st) for st in own if _drawn_in_overview(st, subject, spans)]
    writer = _turtle_writer(options.base_iri)
    own_ttl, shared_ttl = writer.write(own).encode("utf-8"), writer.write(shared).encode("utf-8")
    opening = f"<{mint.graph(record.id)}> {{\n".encode()
    return RecordOutput(
        id=record.id, key=key, graph=mint.graph(record.id), warnings=len(record.warnings),
        trig=b"".join((opening, own_ttl, shared_ttl, b"}\n")), own=(len(opening), len(opening) + len(own_ttl)),
        shared=[line(st) for st in shared], own_triples=len(own), own_subjects=own_subjects,
        classes=dict(classes), properties=dict(properties), view=view,
    )


KMO_REFERS_TO = KMO + "refersTo"
KMO_PATH = KMO + "path"
KMO_SOURCE_SPAN = KMO + "sourceSpan"
VIEW_SPAN_PREDICATES = {KMO_REFERS_TO, KMO + "context"}
VIEW_PREDICATES = {  # what the overview page reads about a record (viewgraph.read_graph)
    RDF_TYPE, "http://purl.org/dc/terms/identifier", "http://purl.org/dc/terms/title", KMO + "template",
    "http://purl.org/dc/terms/date", "http://www.w3.org/ns/prov#wasDerivedFrom",
    "http://purl.org/dc/terms/creator", KMO + "office", KMO + "province", KMO + "district", KMO + "category",
    KMO + "appliesPrinciple", KMO + "mentionsProgramme",
}


def _drawn_in_overview(statement: Statement, record: str, spans: set[str]) -> bool:
    """Whether the overview page reads this statement (viewgraph.read_graph): the record's own facts and links,
    its source file's path, and the spans that name a concept, with their context sentence."""
    subject, predicate, value = statement
    if subject == record:
        return predicate in VIEW_PREDICATES or (predicate == KMO_SOURCE_SPAN and value in spans)
    return predicate == KMO_PATH or (subject in spans and predicate in VIEW_SPAN_PREDICATES)


Task = tuple[Path, Path | None, GraphOptions, bool]  # a file, the cache folder, the options, whether to read the cache


def _process(task: Task) -> RecordOutput | InputError:
    """Worker: a cached output, or read, extract and serialize one file (and cache it)."""
    path, cache_dir, options, read_cache = task
    try:
        data = read_record_bytes(path)  # a missing, unreadable or too large file fails here, before it is read
    except InputError as error:
        return error
    key = cache_key(data, path, options)
    cached = cache_dir / key[:2] / f"{key}.pickle" if cache_dir else None
    if cached and read_cache and cached.is_file():
        try:
            with open(cached, "rb") as handle:
                output = pickle.load(handle)
            output.cached = True
            return output
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass
    try:
        output = record_output(parse_record(path), key, options)
    except InputError as error:
        return error
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temp = cached.with_suffix(f".{os.getpid()}.part")
        with open(temp, "wb") as handle:
            pickle.dump(output, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, cached)
    output.cached = False
    return output


def _warm_up() -> None:
    """Load the reader's tables once, before the workers fork, so that each inherits them."""
    from ..extract.link import vocabulary
    from ..extract.segment import labels
    from ..thai import _lone_final_pattern, _sara_am_pattern, dictionary

    vocabulary(), labels(), _sara_am_pattern(), _lone_final_pattern(), dictionary(False), dictionary(True)
    _reader_digest()  # hashes kmgraph's files once, not once per worker


def _process_safely(task: Task) -> RecordOutput | InputError:
    """_process, with any error (not only a bad record) turned into an InputError naming the file."""
    try:
        return _process(task)
    except Exception as error:  # noqa: BLE001 - reported as this file's error line
        return InputError(task[0], f"cannot be processed ({type(error).__name__}: {error})")


def _process_chunk(tasks: list) -> list[bytes]:
    """Worker: each task's outcome pickled here, so that an outcome the parent cannot take never breaks the pool."""
    pickled = []
    for task in tasks:
        try:
            pickled.append(pickle.dumps(_process_safely(task), protocol=pickle.HIGHEST_PROTOCOL))
        except Exception as error:  # noqa: BLE001 - reported as this file's error line
            pickled.append(pickle.dumps(InputError(task[0], f"cannot be processed ({type(error).__name__})")))
    return pickled


def _unpickled(path: Path, data: bytes) -> RecordOutput | InputError:
    try:
        return pickle.loads(data)
    except Exception as error:  # noqa: BLE001 - reported as this file's error line
        return InputError(path, f"cannot be processed (its result could not be read: {error})")


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
            for task, data in zip(chunk, results, strict=True):
                yield _unpickled(task[0], data)
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


def read_records(paths: Iterable[str | Path]) -> tuple[list[Record], list[InputError]]:
    """Parse records in memory (for small jobs and benchmarks)."""
    from ..extract.records import parse_records

    outcomes = list(parse_records(paths))
    return [o.record for o in outcomes if o.record], [o.error for o in outcomes if o.error]


def prefix_header() -> bytes:
    """The @prefix lines that start kmgraph.ttl and kmgraph.trig."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode()


class _Writers:
    """The output files being written (temporary until they are complete)."""

    def __init__(self, out_dir: Path):
        from ..files import atomic_output

        self.contexts = {name: atomic_output(out_dir / name) for name in ("kmgraph.ttl", "kmgraph.trig")}
        self.files = {name: ctx.__enter__() for name, ctx in self.contexts.items()}
        self.header = prefix_header()
        for handle in self.files.values():
            handle.write(self.header)

    def write(self, name: str, data: str | bytes | memoryview) -> None:
        self.files[name].write(data.encode("utf-8") if isinstance(data, str) else data)

    def close(self, error: BaseException | None) -> None:
        for ctx in self.contexts.values():
            if error is None:
                ctx.__exit__(None, None, None)
            else:
                ctx.__exit__(type(error), error, error.__traceback__)


def graph_options_signature(options: GraphOptions) -> str:
    """What, besides a record, its graph depends on: a store made with other options is not reused."""
    return f"{options.base_iri}|{','.join(sorted(options.redact))}"


def build(paths: Iterable[str | Path], out_dir: str | Path = OUTPUT_DIR, options: GraphOptions | None = None,
          progress: Progress | None = None, store: bool = True, html: bool = True, workers: int | None = None,
          cache: bool = True) -> BuildResult:
    """Read records; write kmgraph.ttl (all records), kmgraph.trig (named graphs), void.ttl and the network
    view kmgraph.html; and make the embedded store (out_dir/store) hold exactly these named graphs.

    One build at a time holds out_dir; everything is written into a new generation folder which replaces the
    live outputs at once when it is complete (generations.py). cache=False extracts every record again."""
    from .generations import OutputFolder

    options = options or GraphOptions()
    started = time.perf_counter()
    folder = OutputFolder(out_dir)
    folder.hold()
    generation = None
    try:
        live = folder.live()
        generation = folder.new_generation()
        result = _build_generation(paths, folder.directory, generation, live, options, progress, store, html,
                                   workers, cache)
        folder.switch(generation)
    except BaseException:
        if generation is not None and not folder.is_live(generation):  # interrupted after the switch: keep it
            folder.discard(generation)
        raise
    finally:
        folder.release()
    result.outputs = {kind: folder.directory / path.name for kind, path in result.outputs.items()}
    result.seconds = time.perf_counter() - started
    return result


def _prune_cache(cache_dir: Path, used: set[str]) -> None:
    """Remove cached pieces this build did not use (other files, other options, half-written ones)."""
    if not cache_dir.is_dir():
        return
    for shard in cache_dir.iterdir():
        for entry in shard.iterdir() if shard.is_dir() else [shard]:
            if entry.name.removesuffix(".pickle") not in used or not entry.name.endswith(".pickle"):
                entry.unlink(missing_ok=True)


def _build_generation(paths, out_dir: Path, generation: Path, live: Path | None, options: GraphOptions,
                      progress: Progress | None, store: bool, html: bool, workers: int | None,
                      cache: bool) -> BuildResult:
    """The build's outputs, all written into the generation folder."""
    from ..rdf.io import serialize, write_rdf
    from ..rdf.void import void_from_counts

    started = time.perf_counter()
    result = BuildResult()
    files = sorted(iter_record_files(paths), key=lambda p: (p.stem, str(p)))
    cache_dir = out_dir / ".cache"
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    shared: set[str] = set()
    used_keys: set[str] = set()
    classes, properties = Counter(), Counter()
    own_triples = own_subjects = 0
    seen: set[str] = set()  # graph IRIs already built: a second record with the same id is skipped
    overview = _Overview(options.base_iri + "graph/view") if html else None
    sync = StoreSync(generation / "store", prefix_header(), live / "store" if live else None,
                     graph_options_signature(options)) if store else None  # first: it may refuse a busy store
    writers = _Writers(generation)
    outputs = _outputs([(p, cache_dir, options, cache) for p in files], workers)
    try:
        for path, output in zip(files, outputs, strict=True):
            if progress:
                progress(path)
            if html and path is files[0]:
                _preload_view_modules()  # now that the workers have forked
            if isinstance(output, InputError):
                result.errors.append(output)
                continue
            used_keys.add(output.key)
            if output.graph in seen:
                result.errors.append(InputError(path, f"a record with the id {output.id} was already read"))
                continue
            seen.add(output.graph)
            if sync:
                sync.add(output.graph, output.key, output.trig)
            result.records += 1
            result.cached += output.cached
            result.warnings += output.warnings
            writers.write("kmgraph.trig", output.trig)
            writers.write("kmgraph.ttl", memoryview(output.trig)[output.own[0]:output.own[1]])
            shared.update(output.shared)
            if overview:
                overview.add(output.view)
            classes.update(output.classes)
            properties.update(output.properties)
            own_triples += output.own_triples
            own_subjects += output.own_subjects
        shared_triples = [ox.Triple(t.subject, t.predicate, t.object) for t in
                          ox.parse("\n".join(sorted(shared)).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
        concepts = list(concept_triples())
        writers.write("kmgraph.ttl", _strip_prefixes(serialize(shared_triples + concepts, "ttl")))
        concept_graph = ox.NamedNode(options.base_iri + "graph/concepts")
        concepts_trig = _strip_prefixes(serialize(
            [ox.Quad(t.subject, t.predicate, t.object, concept_graph) for t in concepts], "trig"))
        writers.write("kmgraph.trig", concepts_trig)
        if sync:
            concepts_key = hashlib.sha256(tables.ontology_file("concepts.ttl").read_bytes()).hexdigest()
            sync.add(concept_graph.value, concepts_key, concepts_trig.encode("utf-8"))
    except BaseException as error:
        outputs.close()  # stops the workers now (the traceback would keep the pool alive until exit)
        writers.close(error)
        if sync:
            sync.abort()
        raise
    writers.close(None)
    result.phases["records and files"] = time.perf_counter() - started
    result.outputs["ttl"] = generation / "kmgraph.ttl"
    result.outputs["trig"] = generation / "kmgraph.trig"

    extra = shared_triples + concepts
    classes.update(t.object.value for t in extra if t.predicate.value == RDF_TYPE)
    properties.update(t.predicate.value for t in extra)
    result.triples = own_triples + len(extra)
    entities = own_subjects + len({t.subject for t in extra})
    result.outputs["void"] = write_rdf(generation / "void.ttl", void_from_counts(
        options.base_iri, result.triples, entities, classes, properties, ("kmgraph.ttl", "kmgraph.trig")))
    mark = time.perf_counter()
    loader = None
    if sync:  # the last loads run in Rust (the GIL released) while Python draws the HTML
        loader = _Background(sync.finish, result.outputs["trig"])
        result.outputs["store"] = sync.directory
    try:
        if html:
            from ..views.html import write_view

            overview.finish(extra)
            result.phases["overview store"] = time.perf_counter() - mark
            result.outputs["html"] = write_view(generation / "kmgraph.html", source=overview.store).path
            result.phases["html"] = time.perf_counter() - mark
        if loader:
            result.graphs_replaced = loader.result()
            result.phases["store"] = time.perf_counter() - mark
    except BaseException:
        if loader:  # the store must be closed before its generation folder is removed
            loader.wait()
            sync.abort()
        raise
    _prune_cache(cache_dir, used_keys)
    return result


class _Overview:
    """What the overview page draws (the facts each record hands over), gathered in an in-memory store as the
    records stream in: faster to query than every named graph of the store."""

    CHUNK_RECORDS = 2500

    def __init__(self, graph_iri: str):
        self.store = ox.Store()
        self.graph = ox.NamedNode(graph_iri)
        self._lines: list[str] = []
        self._records = 0

    def add(self, lines: list[str]) -> None:
        self._lines.extend(lines)
        self._records += 1
        if self._records % self.CHUNK_RECORDS == 0:
            self._load()

    def _load(self) -> None:
        if self._lines:
            data = "\n".join(self._lines).encode("utf-8")
            self.store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=self.graph)
            self._lines = []

    def finish(self, triples: list[ox.Triple]) -> None:
        """Load what is left, and the shared nodes' and concepts' triples."""
        self._load()
        self.store.extend(ox.Quad(t.subject, t.predicate, t.object, self.graph) for t in triples)


def _preload_view_modules() -> None:
    """Import what the HTML needs in the background while the workers extract (imports cost seconds here)."""
    import threading

    def load() -> None:
        try:
            import igraph  # noqa: F401
            import jinja2  # noqa: F401
            import pyvis.network  # noqa: F401

            from ..views import html  # noqa: F401
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
