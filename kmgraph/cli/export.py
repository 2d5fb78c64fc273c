"""`kmgraph export`: the built graph in another RDF format."""

from __future__ import annotations

import click

from ..files import DEFAULT_TRIG


@click.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "trig", "nq"]), default="ttl",
              show_default=True, help="Output format; ttl, nt and jsonld merge the named graphs.")
@click.option("--data", default=str(DEFAULT_TRIG), show_default=True, type=click.Path(dir_okay=False),
              help="The graph to export (any RDF file kmgraph reads).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def export(fmt: str, data: str, output: str | None) -> None:
    """Export the built graph as Turtle, N-Triples, JSON-LD, TriG or N-Quads."""
    from ..rdf.io import read_quads, serialize, write_rdf

    quads = read_quads(data)
    if output:
        write_rdf(output, quads, fmt)
    else:
        click.get_binary_stream("stdout").write(serialize(quads, fmt))
