"""kmgraph: Thai community-development knowledge records (บันทึกองค์ความรู้) → an RDF knowledge graph.

The Python API, in pipeline order (see the README's "Python API" section for a worked example):

    parse_record(path) -> Record           read, repair, segment and extract one record (InputError if bad)
    parse_records(paths) -> Outcomes       every record file below the paths, each a record or an error
    build_graph(paths, out_dir="output")   Turtle, TriG, VoID, the embedded store and the overview page
    to_rdflib(records_or_file)             an rdflib Dataset of records (one named graph each) or of an RDF file
    to_networkx(source, view, value)       the graph a view draws (the overview by default) as a networkx graph
    record_dicts(records_or_paths)         records as plain dicts (the record contract of `kmgraph records`)
    records_table(records_or_paths)        records as a table, one row each (columns, rows; to_dataframe())
    export(data, format, out)              write quads, a view graph or records in a registered export format
    run_query(text, source)                SPARQL (or a named query) on a store folder, an RDF file, an
                                           endpoint URL or an open pyoxigraph store; returns a QueryResult
    named_queries()                        the named queries shipped with kmgraph and their parameters
    draw_view(out, source, view, value)    an interactive network view as one self-contained HTML page
    GraphOptions, Record, KmgraphError     the options of the mapping, the record type, the errors' base

Stages load on first use, so `import kmgraph` (and `kmgraph --help`) stay fast.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "GraphOptions",
    "KmgraphError",
    "Record",
    "__version__",
    "build_graph",
    "draw_view",
    "export",
    "named_queries",
    "parse_record",
    "parse_records",
    "record_dicts",
    "records_table",
    "run_query",
    "to_networkx",
    "to_rdflib",
]

_LAZY = {  # name → module that defines it
    "parse_record": "kmgraph.extract.records",
    "parse_records": "kmgraph.extract.records",
    "run_query": "kmgraph.store.source",
    "named_queries": "kmgraph.query.run",
    "export": "kmgraph.exports.formats",
    "GraphOptions": "kmgraph.rdf.mapping",
    "Record": "kmgraph.model",
    "KmgraphError": "kmgraph.errors",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kmgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def build_graph(paths, out_dir=None, options=None, **settings):
    """Build the graph of the records below paths into out_dir, as `kmgraph build` does (kmgraph.ttl,
    kmgraph.trig, void.ttl, store/, kmgraph.html); settings: store, html, workers, cache. Returns a BuildResult
    (its summary(), outputs and the errors of bad records). (Named build_graph: kmgraph.build is the subpackage.)"""
    from .build.pipeline import build
    from .files import OUTPUT_DIR

    return build(paths, OUTPUT_DIR if out_dir is None else out_dir, options, **settings)


def to_rdflib(source, options=None):
    """An rdflib Dataset: of Records (or parse_records Outcomes), one named graph per record as `kmgraph build`
    writes them; or of an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD) read strictly."""
    from pathlib import Path

    import rdflib

    from .rdf.io import read_quads, serialize
    from .rdf.mapping import GraphOptions, IriMinter, record_triples

    if isinstance(source, (str, Path)):
        quads = read_quads(source)
    else:
        import pyoxigraph as ox

        options = options or GraphOptions()
        mint = IriMinter(options.base_iri)
        records = [getattr(item, "record", item) for item in source]
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(mint.graph(record.id)))
                 for record in records if record is not None for t in record_triples(record, options)]
    dataset = rdflib.Dataset()
    dataset.parse(data=serialize(quads, "nq"), format="nquads")
    return dataset


def draw_view(out, source=None, view: str = "all", value: str | None = None,
              precompute: bool | None = None):
    """Write an interactive network view to out (HTML) from a store folder (default output/store), an RDF file
    or an open pyoxigraph store; view is all, record, principle, province or office (all but `all` take a
    value). Returns a summary (path, nodes, edges)."""
    from pathlib import Path

    import pyoxigraph as ox

    from .files import DEFAULT_STORE
    from .views.html import write_view

    source = DEFAULT_STORE if source is None else source
    if isinstance(source, ox.Store):
        return write_view(out, view=view, value=value, precompute=precompute, source=source)
    if Path(source).is_file():
        return write_view(out, data=source, view=view, value=value, precompute=precompute)
    return write_view(out, store_dir=source, view=view, value=value, precompute=precompute)


def _records(source) -> list:
    """Records from paths (files or folders, read as `kmgraph records` does: a bad file raises its InputError),
    Records or parse_records Outcomes."""
    from pathlib import Path

    if isinstance(source, (str, Path)):
        source = [source]
    items = list(source)
    if items and all(isinstance(item, (str, Path)) for item in items):
        from .extract.records import parse_records

        items = list(parse_records(items))
    records = []
    for item in items:
        error = getattr(item, "error", None)
        if error:
            raise error
        records.append(getattr(item, "record", item))
    return records


def record_dicts(source) -> list[dict]:
    """Records (or paths of record files and folders, or parse_records Outcomes) as plain dicts: the record
    contract, the objects `kmgraph records --format json` prints and `kmgraph export --format jsonl` writes."""
    from .exports.records import record_to_dict

    return [record_to_dict(record) for record in _records(source)]


def records_table(source):
    """Records (or paths, or Outcomes) as a Table, one row per record, the columns of `kmgraph export --format
    csv` (id, title, author, post … principles, counts of steps and outcomes, warnings): `.columns`, `.rows`,
    `.dicts()`, and `.to_dataframe()` when pandas is installed (kmgraph does not need it)."""
    from .exports.table import records_table as table

    return table(_records(source))


def to_networkx(source=None, view: str = "all", value: str | None = None, flat: bool = False):
    """The graph a view draws, as a networkx Graph, from a store folder (default output/store), an RDF file or
    an open pyoxigraph store (view and value as `kmgraph html --view` takes them: Lampang, TH-52, SEP, 5ก …):
    nodes are IRIs with cls, label, full (label), facts, province, principles …;
    edges carry their Thai label. flat=True gives the attributes as `kmgraph export --format graphml` writes
    them (strings and numbers only)."""
    from pathlib import Path

    import pyoxigraph as ox

    from .files import DEFAULT_STORE
    from .views.graph import open_source, read_graph, select_view

    source = DEFAULT_STORE if source is None else source
    if isinstance(source, ox.Store):
        store = source
    elif Path(source).is_file():
        store = open_source(data=source)
    else:
        store = open_source(store_dir=source)
    if view != "all" and value:  # the names people use, as `kmgraph html --view` takes them
        from .query.names import resolve_in_store

        value = resolve_in_store(store, view, value, several=True)
    graph = select_view(read_graph(store, with_parts=view == "record"), view, value)
    if flat:
        from .exports.network import flatten

        graph = flatten(graph)
    return graph
