"""Load graphs into a triple store: the embedded on-disk Oxigraph store, or any SPARQL 1.1 server by URL.

Every file is parsed (strictly, by pyoxigraph) before anything is written, so a bad file never changes a
store. Each named graph is replaced as a whole: in the embedded store by one SPARQL update (one transaction),
on a server by one Graph Store Protocol PUT.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .model import KmgraphError

DEFAULT_STORE = Path("output") / "store"
TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}


class StoreError(KmgraphError):
    """A store cannot be opened or written, or a server refused a graph."""


@dataclass(frozen=True)
class GraphLoad:
    """One graph of one file: its name (None for the default graph) and its triples."""

    source: Path
    graph: ox.NamedNode | None
    triples: tuple[ox.Triple, ...]


def parse_graphs(path: str | Path, default_graph: str | None = None) -> list[GraphLoad]:
    """Parse a Turtle, TriG, N-Triples or N-Quads file into its graphs; raise StoreError naming the problem.

    Triples outside any named graph go to default_graph if given, else to the store's default graph.
    """
    from .graphio import read_quads

    path = Path(path)
    try:
        quads = read_quads(path)
    except (OSError, ValueError, SyntaxError) as error:
        raise StoreError(f"{path}: {error}") from error
    if not quads:
        raise StoreError(f"{path}: no triples")
    graphs: dict = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name, {})[ox.Triple(quad.subject, quad.predicate, quad.object)] = None
    loads = []
    for name, triples in graphs.items():
        if isinstance(name, ox.DefaultGraph):
            name = ox.NamedNode(default_graph) if default_graph else None
        loads.append(GraphLoad(path, name, tuple(triples)))
    return loads


def open_store(directory: str | Path = DEFAULT_STORE, read_only: bool = False) -> ox.Store:
    """Open (or create) the embedded store; a store another process holds gives a clear StoreError."""
    directory = Path(directory)
    try:
        if read_only:
            if not directory.is_dir():
                raise StoreError(f"{directory}: no store here (run `kmgraph build` or `kmgraph load` first)")
            return ox.Store.read_only(str(directory))
        directory.parent.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(directory))
    except OSError as error:
        raise StoreError(f"{directory}: cannot open the store ({error}); is another kmgraph using it?") from error


def _graph_update(load: GraphLoad) -> str:
    data = "\n".join(f"{t} ." for t in load.triples)
    if load.graph is None:
        return f"DROP SILENT DEFAULT ;\nINSERT DATA {{\n{data}\n}}"
    return f"DROP SILENT GRAPH {load.graph} ;\nINSERT DATA {{ GRAPH {load.graph} {{\n{data}\n}} }}"


def graphs_of_quads(quads: Iterable[ox.Quad], source: Path) -> list[GraphLoad]:
    graphs: dict = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name, {})[ox.Triple(quad.subject, quad.predicate, quad.object)] = None
    return [GraphLoad(source, None if isinstance(name, ox.DefaultGraph) else name, tuple(triples))
            for name, triples in graphs.items()]


def replace_graphs(store: ox.Store, loads: Iterable[GraphLoad]) -> int:
    """Replace each graph atomically (DROP + INSERT DATA in one update); return the triples written."""
    written = 0
    for load in loads:
        store.update(_graph_update(load))
        written += len(load.triples)
    return written


def load_into_store(files: Iterable[str | Path], directory: str | Path = DEFAULT_STORE,
                    default_graph: str | None = None) -> tuple[int, int]:
    """Load files into the embedded store. All files are parsed first; a bad one changes nothing."""
    loads = [load for path in files for load in parse_graphs(path, default_graph)]
    store = open_store(directory)
    written = replace_graphs(store, loads)
    store.flush()
    return len(loads), written


# --- SPARQL 1.1 Graph Store HTTP Protocol ------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    """A Graph Store Protocol endpoint with optional credentials, timeout and retries."""

    url: str
    user: str | None = None
    password: str | None = None
    auth: str = "basic"  # basic | digest
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5

    def session(self):
        import requests
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        session = requests.Session()
        if self.user is not None:
            kind = HTTPDigestAuth if self.auth == "digest" else HTTPBasicAuth
            session.auth = kind(self.user, self.password or "")
        return session


def put_graph(endpoint: Endpoint, load: GraphLoad, session=None) -> int:
    """PUT one graph (as N-Triples, which is Turtle); retry transient failures; return the HTTP status."""
    import requests

    from .export import serialize

    session = session or endpoint.session()
    params = {"graph": load.graph.value} if load.graph is not None else {"default": ""}
    body = serialize(load.triples, "nt")
    last_error = "no attempt"
    for attempt in range(endpoint.retries + 1):
        try:
            response = session.put(endpoint.url, params=params, data=body, timeout=endpoint.timeout,
                                   headers={"Content-Type": "text/turtle; charset=utf-8"})
        except (requests.ConnectionError, requests.Timeout) as error:
            last_error = f"{type(error).__name__}: {error}"
        else:
            if response.status_code in (200, 201, 204):
                return response.status_code
            last_error = f"HTTP {response.status_code} {response.reason}: {response.text.strip()[:200]}"
            if response.status_code not in TRANSIENT_STATUS:
                break
        if attempt < endpoint.retries:
            time.sleep(endpoint.backoff * 2**attempt)
    name = load.graph.value if load.graph is not None else "the default graph"
    raise StoreError(f"{endpoint.url}: could not PUT {name} from {load.source}: {last_error}")


class ResumeFile:
    """The graphs a server has confirmed in a load, one per line, so that `load --resume` can skip them.

    The first line names the endpoint; each confirmed graph is appended (and flushed) as soon as the
    server answers its PUT, so the file is right even if kmgraph itself is killed.
    """

    DEFAULT = "DEFAULT"

    def __init__(self, path: str | Path, url: str):
        self.path, self.url = Path(path), url
        self.header = f"# kmgraph load into {url}"

    @staticmethod
    def key(load: GraphLoad) -> str:
        return str(load.graph) if load.graph is not None else ResumeFile.DEFAULT

    def confirmed(self) -> set[str]:
        """The graphs an earlier load confirmed; StoreError if there is no such file or it is for another server."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise StoreError(f"{self.path}: cannot resume: {error.strerror or error}") from error
        if not lines or lines[0] != self.header:
            found = lines[0] if lines else "nothing"
            raise StoreError(f"{self.path}: cannot resume: it records a load into another endpoint ({found})")
        return {line for line in lines[1:] if line}

    def start(self, keep: set[str]):
        """Open the file for appending, rewritten with the header and the graphs in keep."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("w", encoding="utf-8") as out:
            out.write("\n".join([self.header, *sorted(keep)]) + "\n")
        return self.path.open("a", encoding="utf-8")


@dataclass(frozen=True)
class EndpointLoad:
    """What a load into a server did: graphs and triples sent now, graphs skipped as already loaded."""

    graphs: int
    triples: int
    skipped: int = 0


def load_into_endpoint(files: Iterable[str | Path], endpoint: Endpoint, default_graph: str | None = None,
                       resume_file: str | Path | None = None, resume: bool = False) -> EndpointLoad:
    """Push every graph of the files to a server. All files are parsed first: nothing is sent if one is bad.

    With resume_file, each graph the server confirms is recorded there; on failure the StoreError says how
    many of the graphs are loaded and where they are listed; resume=True skips the graphs listed. The file
    is removed once every graph is loaded.
    """
    loads = [load for path in files for load in parse_graphs(path, default_graph)]
    record = ResumeFile(resume_file, endpoint.url) if resume_file is not None else None
    if resume and record is None:
        raise StoreError("--resume needs the resume file of the earlier load")
    done = record.confirmed() if resume else set()
    wanted = {ResumeFile.key(load) for load in loads}
    done &= wanted
    todo = [load for load in loads if ResumeFile.key(load) not in done]
    session = endpoint.session()
    log = record.start(done) if record else None
    try:
        for load in todo:
            try:
                put_graph(endpoint, load, session)
            except StoreError as error:
                if record is None:
                    raise
                raise StoreError(f"{error}; {len(done):,} of {len(wanted):,} graphs are loaded (listed in "
                                 f"{record.path}); run the same command with --resume to load the other "
                                 f"{len(wanted) - len(done):,}") from error
            done.add(ResumeFile.key(load))
            if log:
                log.write(ResumeFile.key(load) + "\n")
                log.flush()
    finally:
        if log:
            log.close()
    if record:
        record.path.unlink(missing_ok=True)
    return EndpointLoad(len(todo), sum(len(load.triples) for load in todo), len(loads) - len(todo))
