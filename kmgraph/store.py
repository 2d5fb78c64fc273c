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


def load_into_endpoint(files: Iterable[str | Path], endpoint: Endpoint,
                       default_graph: str | None = None) -> tuple[int, int]:
    """Push every graph of the files to a server. All files are parsed first: nothing is sent if one is bad."""
    loads = [load for path in files for load in parse_graphs(path, default_graph)]
    session = endpoint.session()
    for load in loads:
        put_graph(endpoint, load, session)
    return len(loads), sum(len(load.triples) for load in loads)
