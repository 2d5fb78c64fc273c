"""What every command writes to stderr: one clear line per problem."""

from __future__ import annotations

import click


def fail(message: str) -> None:
    """One clear line on stderr."""
    click.echo(f"kmgraph: {message}", err=True)
