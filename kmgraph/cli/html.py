"""`kmgraph html`: an interactive network view."""

from __future__ import annotations

import click

from ..files import DEFAULT_HTML, DEFAULT_STORE


@click.command()
@click.argument("value", required=False)
@click.option("--view", type=click.Choice(["all", "record", "principle", "province", "office", "map", "heatmap",
                                          "quality"]), default="all", show_default=True,
              help="What to show; record, principle, province and office take a VALUE: a record id or title, an"
              " office's name, a province's Thai or English name or ISO code (TH-52), a principle's label (5ก, SEP,"
              " เศรษฐกิจพอเพียง). map, heatmap (with outcome figures) and quality are pages of the whole graph.")
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
    from ..query.names import resolve_in_store
    from ..views.graph import open_source
    from ..views.html import write_view

    precompute = {"auto": None, "physics": False, "precomputed": True}[layout]
    source = open_source(store_dir, data)
    if view not in ("all", "map", "heatmap", "quality") and value:  # names people use (TH-52, SEP, 5ก …)
        value = resolve_in_store(source, view, value, several=True)
    summary = write_view(output, view=view, value=value, precompute=precompute, source=source)
    how = ("a page of the whole graph" if view in ("map", "heatmap", "quality")
           else "lands on the summary level" if summary.summary
           else "precomputed layout" if summary.precomputed else "physics layout")
    click.echo(f"wrote {summary.path}: {summary.nodes} nodes, {summary.edges} edges, {how}, {summary.seconds:.1f} s")
