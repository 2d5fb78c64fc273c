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


def _graph_options(base_iri: str, redact: tuple[str, ...]):
    from .rdf import GraphOptions

    try:
        return GraphOptions(base_iri=base_iri, redact=frozenset(redact))
    except ValueError as error:
        raise click.BadParameter(str(error)) from error


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--out", "out_dir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write kmgraph.ttl, kmgraph.trig and void.ttl into.")
@click.option("--base-iri", default="https://w3id.org/kmgraph/id/", show_default=True,
              help="Base of the data's IRIs (records, people, offices, provinces).")
@click.option("--redact", multiple=True, type=click.Choice(["phone", "email"]),
              help="Leave personal contact details out of everything written (repeatable).")
def build(paths: tuple[str, ...], out_dir: str, base_iri: str, redact: tuple[str, ...]) -> None:
    """Build the knowledge graph from records: Turtle, TriG (one named graph per record) and VoID.

    Ends with a one-line summary. Bad files get one line on stderr each and exit status 2; the
    graph is still built from the others.
    """
    from .build import build as run_build
    from .read import iter_record_files

    options = _graph_options(base_iri, redact)
    files = list(iter_record_files(paths))
    show = len(files) >= 50 and sys.stderr.isatty()
    with click.progressbar(length=len(files), label="reading records", file=sys.stderr,
                           show_eta=True, show_pos=True, hidden=not show) as bar:
        result = run_build(files, out_dir, options, progress=lambda _: bar.update(1))
    for error in result.errors:
        fail(f"error: {error}")
    written = ", ".join(str(p) for p in result.outputs.values())
    click.echo(f"built {result.summary()} → {written}")
    if result.errors:
        sys.exit(2)


@main.command()
@click.argument("file", required=False, default="output/kmgraph.ttl", type=click.Path(dir_okay=False))
def validate(file: str) -> None:
    """Check a graph against the SHACL shapes of ontology/shapes.ttl (default: output/kmgraph.ttl).

    Prints a readable report; exit status 1 if the data does not conform, 2 if it cannot be read.
    """
    from pathlib import Path

    from .validate import validate_file

    if not Path(file).is_file():
        fail(f"error: {file}: no such file (run `kmgraph build` first?)")
        sys.exit(2)
    try:
        report = validate_file(file)
    except (ValueError, SyntaxError) as error:
        fail(f"error: {file}: cannot be read as RDF: {error}")
        sys.exit(2)
    click.echo(report.text())
    sys.exit(0 if report.conforms else 1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "trig", "nq"]), default="ttl",
              show_default=True, help="Output format; ttl, nt and jsonld merge the named graphs.")
@click.option("--data", default="output/kmgraph.trig", show_default=True, type=click.Path(dir_okay=False),
              help="The graph to export (any RDF file kmgraph reads).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
def export(fmt: str, data: str, output: str | None) -> None:
    """Export the built graph as Turtle, N-Triples, JSON-LD, TriG or N-Quads."""
    from .export import serialize, write_rdf
    from .graphio import read_quads

    try:
        quads = read_quads(data)
    except (OSError, ValueError, SyntaxError) as error:
        fail(f"error: {data}: {error}")
        sys.exit(2)
    if output:
        write_rdf(output, quads, fmt)
    else:
        click.get_binary_stream("stdout").write(serialize(quads, fmt))


if __name__ == "__main__":  # python -m kmgraph.cli
    main()
