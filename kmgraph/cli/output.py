"""What every command writes to stderr: one clear line per problem."""

from __future__ import annotations

import click


def fail(message: str) -> None:
    """One clear line on stderr."""
    click.echo(f"kmgraph: {message}", err=True)


def report_skipped(skipped: list, verbose: bool, summary: bool = True) -> None:
    """Files of kinds no reader knows, found in the folders: counted on stderr (when `summary`), each listed with
    --verbose; never dropped without a word."""
    if summary and skipped:
        click.echo(f"kmgraph: {len(skipped)} file(s) of other kinds skipped"
                   f"{'' if verbose else ' (list them with --verbose)'}", err=True)
    if verbose:
        for path in skipped:
            click.echo(f"kmgraph: skipped (not a kind kmgraph reads): {path}", err=True)
