"""`kmgraph query`: SPARQL on the store, a file or an endpoint."""

from __future__ import annotations

import click

from ..errors import UsageError
from ..files import DEFAULT_STORE


@click.command()
@click.argument("text", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, exists=True, allow_dash=True),
              help="Read the query here (- reads standard input).")
@click.option("--name", help="Run a named query (see --list).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable (repeatable); the value is passed as an RDF term, never pasted.")
@click.option("--store", "store_dir", default=str(DEFAULT_STORE), show_default=True, type=click.Path(file_okay=False),
              help="Query the embedded store (the default source).")
@click.option("--endpoint", help="Query this SPARQL 1.1 endpoint instead.")
@click.option("--data", type=click.Path(dir_okay=False), help="Query this RDF file (in memory) instead.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--allow-service", is_flag=True,
              help="Let the query use SERVICE, i.e. call other SPARQL endpoints (refused by default).")
def query(text, query_file, name, list_queries, params, store_dir, endpoint, data, fmt, allow_service) -> None:
    """Run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE): TEXT, -f FILE.rq or --name NAME.

    The prefixes kmo, kmc, skos, foaf, org, schema, prov, dcterms, rdfs, rdf, xsd and nif are known without
    PREFIX lines. Without GRAPH, patterns match the union of all graphs. A bad query prints the parser's message with
    its line and column and exits with status 2. SERVICE (federated query) is refused unless
    --allow-service is given.
    """
    from pathlib import Path

    from ..query.results import render
    from ..query.run import bind, named_queries
    from ..store.source import run_query

    if list_queries:
        for named in named_queries().values():
            click.echo(f"{named.name}\n    {named.description}")
            for p in named.params:
                need = "required" if p.required else "optional"
                click.echo(f"    --param {p.name}=…  ({p.kind}, {need}) {p.help}")
        return
    given = [x for x in (text, query_file, name) if x]
    if len(given) != 1:
        raise UsageError("give exactly one of TEXT, -f FILE or --name NAME (see --list)")
    declared = None
    if name:
        if name not in named_queries():
            raise UsageError(f"no named query {name!r}; known: {', '.join(named_queries())}")
        text, declared = named_queries()[name].text, named_queries()[name].params
    elif query_file == "-":
        text = click.get_text_stream("stdin", encoding="utf-8").read()
    elif query_file:
        text = Path(query_file).read_text(encoding="utf-8")
    values = {}
    for param in params:
        key, sep, value = param.partition("=")
        if not sep:
            raise UsageError(f"--param needs NAME=VALUE, got {param!r}")
        values[key.strip().lstrip("?$")] = value
    source = endpoint or data or store_dir
    if name:  # names people use (Lampang, TH-52, SEP, 5ก …) → the names the graph holds
        from ..query.names import KNOWN_QUERIES, resolve_params

        def known_rows(kind: str) -> list[tuple[str, str | None]]:
            rows = run_query(KNOWN_QUERIES[kind], source).rows
            return [(row[0].value, row[1].value if row[1] is not None else None) for row in rows]

        values = resolve_params(values, known_rows)
    text = bind(text, values, declared)
    result = run_query(text, source, allow_service=allow_service)
    click.echo(render(result, fmt))
