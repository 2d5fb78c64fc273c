"""kmgraph's command line: a thin layer over the package's functions."""

from __future__ import annotations

import sys

import click

from . import __version__


def fail(message: str) -> None:
    """One clear line on stderr."""
    click.echo(f"kmgraph: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kmgraph")
def main() -> None:
    """Turn Thai community-development knowledge records (บันทึกองค์ความรู้) into a knowledge graph.

    Read records, build RDF (Turtle, TriG), validate it, load it into a triple store, query it with
    SPARQL and explore it as an interactive network.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True,
              help="json: the record contract, one object per file; table: a readable view.")
def records(paths: tuple[str, ...], fmt: str) -> None:
    """Read knowledge records from files or folders (recursively) and print what was extracted.

    Bad files get one line on stderr and exit status 2; the other files are still read.
    """
    from .records import parse_records
    from .serialize import record_to_table, records_to_json

    parsed, failed = [], 0
    for outcome in parse_records(paths):
        if outcome.error:
            fail(f"error: {outcome.error}")
            failed += 1
        else:
            parsed.append(outcome.record)
    if fmt == "json":
        click.echo(records_to_json(parsed))
    else:
        click.echo("\n\n".join(record_to_table(r) for r in parsed))
    if failed:
        sys.exit(2)


if __name__ == "__main__":  # python -m kmgraph.cli
    main()
