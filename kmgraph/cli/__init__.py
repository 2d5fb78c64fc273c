"""kmgraph's command line: a thin layer over the package's functions, one module per command.

Every user error is a KmgraphError; `KmgraphGroup.invoke` is the one handler that turns it into one line on
stderr and the error's exit code (2 bad input or usage, 1 a check failed), never a traceback.
"""

from __future__ import annotations

import click

from .. import __version__
from ..errors import AlreadyReported, KmgraphError
from .build import build
from .docs import docs
from .export import export
from .html import html
from .load import load
from .output import fail
from .query import query
from .records import records
from .serve import serve
from .validate import validate


class KmgraphGroup(click.Group):
    """A click group whose commands' KmgraphErrors end as one line on stderr and the error's exit code."""

    def invoke(self, ctx: click.Context):
        try:
            from ..config import check

            check()  # the data tables, loaded once and checked before any command uses them
            return super().invoke(ctx)
        except KmgraphError as error:
            if not isinstance(error, AlreadyReported):
                fail(f"error: {error}")
            ctx.exit(error.exit_code)


@click.group(cls=KmgraphGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kmgraph")
def main() -> None:
    """Turn Thai community-development knowledge records (บันทึกองค์ความรู้) into a knowledge graph.

    Read records, build RDF (Turtle, TriG), validate it, load it into a triple store, query it with
    SPARQL and explore it as an interactive network.
    """


for command in (records, build, validate, export, load, query, serve, html, docs):
    main.add_command(command)
