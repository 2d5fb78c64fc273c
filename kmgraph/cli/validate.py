"""`kmgraph validate`: check a graph against the SHACL shapes."""

from __future__ import annotations

import click

from ..errors import CheckFailed
from ..files import DEFAULT_TURTLE


@click.command()
@click.argument("file", required=False, default=str(DEFAULT_TURTLE), type=click.Path(dir_okay=False))
def validate(file: str) -> None:
    """Check a graph against the SHACL shapes of ontology/shapes.ttl (default: output/kmgraph.ttl).

    Prints a readable report; exit status 1 if the data does not conform, 2 if it cannot be read.
    """

    from ..rdf.validate import validate_file

    report = validate_file(file)
    click.echo(report.text())
    if not report.conforms:
        raise CheckFailed(f"{file}: does not conform to ontology/shapes.ttl ({len(report.violations)} problem(s))")
