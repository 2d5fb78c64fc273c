"""`kmgraph export`: the built graph in another format (the formats of kmgraph.exports.formats)."""

from __future__ import annotations

import click

from ..exports.formats import formats
from ..files import DEFAULT_TRIG


@click.command()
@click.option("--format", "fmt", type=click.Choice(list(formats())), default="ttl", show_default=True,
              help="Output format; " + ", ".join(name for name, f in formats().items() if not f.keeps_graphs)
              + " merge the named graphs.")
@click.option("--data", default=str(DEFAULT_TRIG), show_default=True, type=click.Path(dir_okay=False),
              help="The graph to export (any RDF file kmgraph reads).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def export(fmt: str, data: str, output: str | None) -> None:
    """Export the built graph as Turtle, N-Triples, JSON-LD, TriG or N-Quads."""
    from ..exports.formats import export as write
    from ..rdf.io import read_quads

    quads = read_quads(data)
    write(quads, fmt, output or click.get_binary_stream("stdout"))
