"""`kmgraph validate`: check a graph against the SHACL shapes."""

from __future__ import annotations

import click

from ..errors import CheckFailed
from ..files import DEFAULT_TURTLE


@click.command()
@click.argument("file", required=False, default=str(DEFAULT_TURTLE), type=click.Path(dir_okay=False))
def validate(file: str) -> None:
    """Check a graph against the SHACL shapes of ontology/shapes.ttl (default: output/kmgraph.ttl), and the
    ontology itself: every kmo: term the graph, concepts, shapes and queries use is declared and documented.

    Prints a readable report; exit status 1 if the data does not conform, 2 if it cannot be read.
    """

    from ..rdf.validate import validate_file

    report = validate_file(file)
    click.echo(report.text())
    if not report.conforms:
        raise CheckFailed(f"{file}: does not conform to ontology/shapes.ttl ({len(report.violations)} problem(s))")
    if report.ontology_problems:
        raise CheckFailed(f"the ontology has {len(report.ontology_problems)} problem(s): "
                          f"{report.ontology_problems[0]}{' …' if len(report.ontology_problems) > 1 else ''}")
