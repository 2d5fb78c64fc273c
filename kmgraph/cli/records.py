"""`kmgraph records`: print what was extracted from records."""

from __future__ import annotations

import click

from ..errors import AlreadyReported
from .output import fail, report_skipped


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True,
              help="json: the record contract, one object per file; table: a readable view.")
@click.option("--strict", is_flag=True,
              help="Refuse a record in which no title or no author was found (one line each, exit status 2).")
@click.option("-v", "--verbose", is_flag=True, help="List on stderr the files of other kinds found in the folders.")
def records(paths: tuple[str, ...], fmt: str, strict: bool, verbose: bool) -> None:
    """Read knowledge records from files or folders (recursively) and print what was extracted.

    Reads plain text, Word (.docx), PDF, web pages (.html, .htm) and ODT; a KM book (a PDF, Word or ODT file
    of many records) gives one record per record in it, ids <file>#<n>. Files of other kinds found in folders
    are skipped and counted on stderr (listed with --verbose). Bad files get one line on stderr and exit
    status 2; the other files are still read.
    """
    from ..exports.records import record_to_table, records_to_json
    from ..extract.records import parse_records, strict_problem

    parsed, failed, skipped = [], 0, []
    for outcome in parse_records(paths, skipped):
        problem = strict_problem(outcome.record) if strict and outcome.record else None
        if outcome.error or problem:
            fail(f"error: {outcome.error or f'{outcome.path}: {problem}'}")
            failed += 1
        else:
            parsed.append(outcome.record)
    if fmt == "json":
        click.echo(records_to_json(parsed))
    else:
        click.echo("\n\n".join(record_to_table(r) for r in parsed))
    report_skipped(skipped, verbose)
    if failed:
        raise AlreadyReported(failed)
