"""`kmgraph html`: an interactive network view."""

from __future__ import annotations

import click

from ..files import DEFAULT_HTML, DEFAULT_STORE


@click.command()
@click.argument("value", required=False)
@click.option("--view", type=click.Choice(["all", "record", "principle", "province", "office", "map", "heatmap",
                                          "quality"]), default="all", show_default=True,
              help="What to show; record, principle, province and office take a VALUE: a record id or a Thai name. "
                   "map, heatmap (with outcome figures) and quality are pages of the whole graph.")
@click.option("--store", "store_dir", default=str(DEFAULT_STORE), show_default=True, type=click.Path(file_okay=False),
              help="Draw from the embedded store (the default source).")
@click.option("--data", type=click.Path(dir_okay=False), help="Draw from this RDF file instead.")
@click.option("-o", "--output", "output", default=str(DEFAULT_HTML), show_default=True,
              type=click.Path(dir_okay=False), help="The page to write.")
@click.option("--layout", type=click.Choice(["auto", "physics", "precomputed"]), default="auto", show_default=True,
              help="auto: physics for small views, positions computed in Python for big ones.")
def html(value, view, store_dir, data, output, layout) -> None:
    """Write an interactive network view: one self-contained HTML file that works offline.

    Examples: `kmgraph html`, `kmgraph html --view province ลำปาง`, `kmgraph html --view record 000_…`,
    `kmgraph html --view map -o map.html`.
    """
    from ..views.html import write_view

    precompute = {"auto": None, "physics": False, "precomputed": True}[layout]
    summary = write_view(output, store_dir, data, view, value, precompute)
    how = ("a page of the whole graph" if view in ("map", "heatmap", "quality")
           else "lands on the summary level" if summary.summary
           else "precomputed layout" if summary.precomputed else "physics layout")
    click.echo(f"wrote {summary.path}: {summary.nodes} nodes, {summary.edges} edges, {how}, {summary.seconds:.1f} s")
