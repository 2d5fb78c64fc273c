"""`kmgraph load`: RDF files into the embedded store or a Graph Store endpoint."""

from __future__ import annotations

import click

from ..errors import UsageError
from ..files import DEFAULT_STORE


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--store", "store_dir", default=str(DEFAULT_STORE), show_default=True, type=click.Path(file_okay=False),
              help="The embedded Oxigraph store to load into.")
@click.option("--endpoint", help="Instead, push each graph to this SPARQL 1.1 Graph Store endpoint (HTTP PUT).")
@click.option("--graph", "default_graph", help="Graph IRI for triples outside named graphs (Turtle, N-Triples).")
@click.option("--user", help="User name for the endpoint.")
@click.option("--password", envvar="KMGRAPH_PASSWORD", help="Password for the endpoint (or $KMGRAPH_PASSWORD).")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True,
              help="HTTP authentication scheme for the endpoint.")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds to wait for each request.")
@click.option("--retries", type=int, default=3, show_default=True, help="Retries on transient failures.")
@click.option("--resume-file", default="kmgraph-load.resume", show_default=True, type=click.Path(dir_okay=False),
              help="With --endpoint: where the graphs the server confirmed are listed (removed when all are in).")
@click.option("--resume", is_flag=True, help="With --endpoint: skip the graphs the resume file lists as loaded.")
def load(files, store_dir, endpoint, default_graph, user, password, auth, timeout, retries, resume_file,
         resume) -> None:
    """Load Turtle, TriG or N-Triples files into the embedded store or a SPARQL server.

    Every file is parsed first; if one is bad nothing is loaded. Each named graph is replaced as a whole,
    so loading a record again leaves no duplicates. Into a server, each graph it confirms is listed in
    --resume-file; if the load stops, the error says how many graphs are in, and --resume goes on.
    """
    from ..store.client import Endpoint, load_into_endpoint
    from ..store.embedded import load_into_store

    if endpoint:
        target = Endpoint(endpoint, user, password, auth, timeout, retries)
        done = load_into_endpoint(files, target, default_graph, resume_file, resume)
        graphs, triples = done.graphs, done.triples
        where = endpoint + (f" ({done.skipped} graph(s) already loaded were skipped)" if done.skipped else "")
    elif resume:
        raise UsageError("--resume is for loads into a server (--endpoint)")
    else:
        graphs, triples = load_into_store(files, store_dir, default_graph)
        where = store_dir
    click.echo(f"loaded {graphs} graph(s), {triples:,} triples into {where}")
