"""`kmgraph build`: records → Turtle, TriG, VoID, the store and the overview page."""

from __future__ import annotations

import os
import sys
import time

import click

from ..errors import AlreadyReported, UsageError
from ..files import OUTPUT_DIR
from .output import fail, report_skipped


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--out", "out_dir", default=str(OUTPUT_DIR), show_default=True, type=click.Path(file_okay=False),
              help="Folder for kmgraph.ttl, kmgraph.trig, void.ttl, kmgraph.html and the store/.")
@click.option("--base-iri", default="https://w3id.org/kmgraph/id/", show_default=True,
              help="Base of the data's IRIs (records, people, offices, provinces).")
@click.option("--redact", multiple=True, type=click.Choice(["phone", "email"]),
              help="Leave personal contact details out of everything written (repeatable).")
@click.option("--workers", type=int, default=None, help="Processes reading records (default: one per core).")
@click.option("--no-cache", "cache", is_flag=True, flag_value=False, default=True,
              help="Extract every record again (by default unchanged files come from output/.cache).")
@click.option("-v", "--verbose", is_flag=True, help="List on stderr the files of other kinds found in the folders.")
def build(paths: tuple[str, ...], out_dir: str, base_iri: str, redact: tuple[str, ...], workers: int | None,
          cache: bool, verbose: bool) -> None:
    """Build the knowledge graph from records: Turtle, TriG (one named graph per record), VoID, the
    embedded store (output/store) and the network view (kmgraph.html).

    Reads plain text, Word (.docx), PDF, web pages (.html, .htm) and ODT; a KM book gives one record per
    record in it. Ends with a one-line summary, which counts the files of other kinds skipped (listed with
    --verbose). Bad files get one line on stderr each and exit status 2; the graph is still built from the others.
    """
    from ..build.pipeline import build as run_build
    from ..readers.files import iter_record_files

    options = _graph_options(base_iri, redact)
    skipped: list = []
    files = list(iter_record_files(paths, skipped))
    show = len(files) >= 50 and sys.stderr.isatty()
    started = time.perf_counter()
    done = [0]  # records read so far (the bar draws itself once before it is bound to a name)

    def rate(_item) -> str:
        return f"{max(done[0], 1) / max(time.perf_counter() - started, 1e-9):,.0f} records/s"

    with click.progressbar(length=len(files), label="reading records", file=sys.stderr, show_eta=True,
                           show_pos=True, hidden=not show, item_show_func=rate) as bar:

        def advance(path) -> None:
            done[0] += 1
            bar.update(1, path)

        result = run_build(files, out_dir, options, progress=advance, workers=workers, cache=cache)
    result.skipped = len(skipped)
    for error in result.errors:
        fail(f"error: {error}")
    report_skipped(skipped, verbose, summary=False)
    written = ", ".join(str(p) for p in result.outputs.values())
    click.echo(f"built {result.summary()} → {written}")
    if os.environ.get("KMGRAPH_TIMINGS"):
        click.echo("phases: " + ", ".join(f"{name} {sec:.1f} s" for name, sec in result.phases.items()), err=True)
    if result.errors:
        raise AlreadyReported(len(result.errors))


def _graph_options(base_iri: str, redact: tuple[str, ...]):
    from ..rdf.mapping import GraphOptions

    try:
        return GraphOptions(base_iri=base_iri, redact=frozenset(redact))
    except ValueError as error:
        raise UsageError(f"--base-iri / --redact: {error}") from error
