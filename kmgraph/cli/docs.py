"""`kmgraph docs`: an HTML page of the ontology."""

from __future__ import annotations

import click


@click.command()
@click.option("-o", "--output", "output", default="ontology.html", show_default=True,
              type=click.Path(dir_okay=False), help="Where to write the page.")
def docs(output: str) -> None:
    """Write an HTML page documenting the ontology (ontology/*.ttl): classes, properties and concepts with their
    Thai and English labels, comments and definitions. One offline file."""
    from ..errors import UsageError
    from ..rdf.docs import write_ontology_html

    try:
        path = write_ontology_html(output)
    except OSError as error:
        raise UsageError(f"{output}: cannot write ({error.strerror})") from error
    click.echo(f"ontology documentation → {path}")
