"""`kmgraph export`: the built graph in another format, the overview graph for Gephi/igraph, or the records
as CSV or JSON Lines (the formats of kmgraph.exports.formats)."""

from __future__ import annotations

import click

from ..errors import AlreadyReported, UsageError
from ..exports.formats import formats
from ..files import DEFAULT_STORE, DEFAULT_TRIG
from .output import fail


def _by_source(source: str) -> str:
    return ", ".join(name for name, f in formats().items() if f.source == source)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(list(formats())), default="ttl", show_default=True,
              help=f"RDF ({_by_source('quads')}; "
              + ", ".join(name for name, f in formats().items() if f.source == "quads" and not f.keeps_graphs)
              + f" merge the named graphs), the overview graph ({_by_source('graph')}) or the records "
              f"({_by_source('records')}).")
@click.option("--data", type=click.Path(dir_okay=False),
              help=f"The graph to export (any RDF file kmgraph reads); RDF formats default to {DEFAULT_TRIG}.")
@click.option("--store", "store_dir", default=str(DEFAULT_STORE), show_default=True, type=click.Path(file_okay=False),
              help="graphml, gexf: draw the overview graph from this store unless --data is given.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def export(paths: tuple[str, ...], fmt: str, data: str | None, store_dir: str, output: str | None) -> None:
    """Export the built graph (ttl, nt, jsonld, trig, nq), its overview graph (graphml, gexf) or records (csv, jsonl).

    csv and jsonl read the record files or folders PATHS (as `kmgraph records` does: a bad file gets one line
    on stderr and exit status 2, the others are exported); the other formats read the built graph.
    """
    from ..exports.formats import export as write

    source = formats()[fmt].source
    if source == "records" and not paths:
        raise UsageError(f"--format {fmt} exports records: give the record files or folders, "
                         f"e.g. kmgraph export --format {fmt} seeds")
    if source != "records" and paths:
        raise UsageError(f"--format {fmt} exports the built graph (--data or --store), not record files "
                         f"{', '.join(paths)}")
    failed = 0
    if source == "records":
        from ..extract.records import parse_records

        items = []
        for outcome in parse_records(paths):
            if outcome.error:
                fail(f"error: {outcome.error}")
                failed += 1
            else:
                items.append(outcome.record)
    elif source == "graph":
        from ..views.graph import open_source, read_graph, select_view

        items = select_view(read_graph(open_source(store_dir, data)), "all")
    else:
        from ..rdf.io import read_quads

        items = read_quads(data or DEFAULT_TRIG)
    write(items, fmt, output or click.get_binary_stream("stdout"))
    if failed:
        raise AlreadyReported(failed)
