"""The embedded on-disk Oxigraph store: open it, and load graphs into it (client.py loads into a server).

Every file is parsed (strictly, by pyoxigraph) before anything is written, so a bad file never changes a
store. Each named graph is replaced as a whole: in the embedded store by one SPARQL update (one transaction),
on a server by one Graph Store Protocol PUT.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..errors import StoreError
from ..files import DEFAULT_STORE
from ..rdf.io import GraphLoad, graphs_of_quads, parse_graphs  # noqa: F401 - graphs_of_quads for the build


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
