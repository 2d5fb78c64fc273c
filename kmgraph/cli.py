"""kmgraph's command line: a thin layer over the package's functions."""

from __future__ import annotations

import os
import sys
import time

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
@click.option("--strict", is_flag=True,
              help="Refuse a record in which no title or no author was found (one line each, exit status 2).")
def records(paths: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Read knowledge records from files or folders (recursively) and print what was extracted.

    Bad files get one line on stderr and exit status 2; the other files are still read.
    """
    from .records import parse_records, strict_problem
    from .serialize import record_to_table, records_to_json

    parsed, failed = [], 0
    for outcome in parse_records(paths):
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
              help="Folder for kmgraph.ttl, kmgraph.trig, void.ttl, kmgraph.html and the store/.")
@click.option("--base-iri", default="https://w3id.org/kmgraph/id/", show_default=True,
              help="Base of the data's IRIs (records, people, offices, provinces).")
@click.option("--redact", multiple=True, type=click.Choice(["phone", "email"]),
              help="Leave personal contact details out of everything written (repeatable).")
@click.option("--workers", type=int, default=None, help="Processes reading records (default: one per core).")
@click.option("--no-cache", "cache", is_flag=True, flag_value=False, default=True,
              help="Extract every record again (by default unchanged files come from output/.cache).")
def build(paths: tuple[str, ...], out_dir: str, base_iri: str, redact: tuple[str, ...], workers: int | None,
          cache: bool) -> None:
    """Build the knowledge graph from records: Turtle, TriG (one named graph per record), VoID, the
    embedded store (output/store) and the network view (kmgraph.html).

    Ends with a one-line summary. Bad files get one line on stderr each and exit status 2; the
    graph is still built from the others.
    """
    from .build import build as run_build
    from .model import KmgraphError
    from .read import iter_record_files

    options = _graph_options(base_iri, redact)
    files = list(iter_record_files(paths))
    show = len(files) >= 50 and sys.stderr.isatty()
    started = time.perf_counter()

    def rate(_item) -> str:
        done = bar.pos or 1
        return f"{done / max(time.perf_counter() - started, 1e-9):,.0f} records/s"

    with click.progressbar(length=len(files), label="reading records", file=sys.stderr, show_eta=True,
                           show_pos=True, hidden=not show, item_show_func=rate) as bar:
        try:
            result = run_build(files, out_dir, options, progress=lambda path: bar.update(1, path),
                               workers=workers, cache=cache)
        except KmgraphError as error:
            fail(f"error: {error}")
            sys.exit(error.exit_code)
    for error in result.errors:
        fail(f"error: {error}")
    written = ", ".join(str(p) for p in result.outputs.values())
    click.echo(f"built {result.summary()} → {written}")
    if os.environ.get("KMGRAPH_TIMINGS"):
        click.echo("phases: " + ", ".join(f"{name} {sec:.1f} s" for name, sec in result.phases.items()), err=True)
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


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--store", "store_dir", default="output/store", show_default=True, type=click.Path(file_okay=False),
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
    from .store import Endpoint, StoreError, load_into_endpoint, load_into_store

    try:
        if endpoint:
            target = Endpoint(endpoint, user, password, auth, timeout, retries)
            done = load_into_endpoint(files, target, default_graph, resume_file, resume)
            graphs, triples = done.graphs, done.triples
            where = endpoint + (f" ({done.skipped} graph(s) already loaded were skipped)" if done.skipped else "")
        elif resume:
            fail("error: --resume is for loads into a server (--endpoint)")
            sys.exit(2)
        else:
            graphs, triples = load_into_store(files, store_dir, default_graph)
            where = store_dir
    except StoreError as error:
        fail(f"error: {error}")
        sys.exit(2)
    click.echo(f"loaded {graphs} graph(s), {triples:,} triples into {where}")


@main.command()
@click.argument("text", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(dir_okay=False, exists=True), help="Read the query here.")
@click.option("--name", help="Run a named query (see --list).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable (repeatable); the value is passed as an RDF term, never pasted.")
@click.option("--store", "store_dir", default="output/store", show_default=True, type=click.Path(file_okay=False),
              help="Query the embedded store (the default source).")
@click.option("--endpoint", help="Query this SPARQL 1.1 endpoint instead.")
@click.option("--data", type=click.Path(dir_okay=False), help="Query this RDF file (in memory) instead.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--allow-service", is_flag=True,
              help="Let the query use SERVICE, i.e. call other SPARQL endpoints (refused by default).")
def query(text, query_file, name, list_queries, params, store_dir, endpoint, data, fmt, allow_service) -> None:
    """Run SPARQL (SELECT, ASK, CONSTRUCT, DESCRIBE): TEXT, -f FILE.rq or --name NAME.

    Without GRAPH, patterns match the union of all graphs. A bad query prints the parser's message with
    its line and column and exits with status 2. SERVICE (federated query) is refused unless
    --allow-service is given.
    """
    from pathlib import Path

    from .query import QueryError, bind, named_queries, query_endpoint, query_store
    from .query import query_file as run_on_file
    from .results import render

    if list_queries:
        for named in named_queries().values():
            click.echo(f"{named.name}\n    {named.description}")
            for p in named.params:
                need = "required" if p.required else "optional"
                click.echo(f"    --param {p.name}=…  ({p.kind}, {need}) {p.help}")
        return
    given = [x for x in (text, query_file, name) if x]
    if len(given) != 1:
        fail("error: give exactly one of TEXT, -f FILE or --name NAME (see --list)")
        sys.exit(2)
    declared = None
    if name:
        if name not in named_queries():
            fail(f"error: no named query {name!r}; known: {', '.join(named_queries())}")
            sys.exit(2)
        text, declared = named_queries()[name].text, named_queries()[name].params
    elif query_file:
        text = Path(query_file).read_text(encoding="utf-8")
    values = {}
    for param in params:
        key, sep, value = param.partition("=")
        if not sep:
            fail(f"error: --param needs NAME=VALUE, got {param!r}")
            sys.exit(2)
        values[key.strip().lstrip("?$")] = value
    try:
        text = bind(text, values, declared)
        if endpoint:
            result = query_endpoint(text, endpoint, allow_service=allow_service)
        elif data:
            result = run_on_file(text, data, allow_service=allow_service)
        else:
            from .store import StoreError, open_store

            try:
                store = open_store(store_dir, read_only=True)
            except StoreError as error:
                fail(f"error: {error}")
                sys.exit(2)
            result = query_store(text, store, allow_service=allow_service)
    except QueryError as error:
        fail(f"error: {error}")
        sys.exit(2)
    click.echo(render(result, fmt))


@main.command()
@click.option("--store", "store_dir", default="output/store", show_default=True, type=click.Path(file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=7878, show_default=True, help="Port to listen on.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run; past it the query's worker is killed (504).")
@click.option("--workers", type=click.IntRange(min=1), default=4, show_default=True,
              help="Queries run at once, each in its own process.")
@click.option("--max-query-chars", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Longest query text accepted.")
@click.option("--max-depth", type=click.IntRange(min=1), default=100, show_default=True,
              help="Deepest nesting of { ( [ accepted in a query.")
@click.option("--max-result-mb", type=click.FloatRange(min=0.001), default=64.0, show_default=True,
              help="Largest serialized result, in MB.")
@click.option("--max-connections", type=click.IntRange(min=1), default=64, show_default=True,
              help="Connections served at once; more get 503.")
@click.option("--socket-timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a connection may stay silent before it is closed.")
@click.option("--max-memory-mb", type=click.IntRange(min=0), default=2048, show_default=True,
              help="Memory (address space) each query worker may use; 0 for no limit.")
def serve(store_dir: str, host: str, port: int, timeout: float, workers: int, max_query_chars: int,
          max_depth: int, max_result_mb: float, max_connections: int, socket_timeout: float,
          max_memory_mb: int) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (GET/POST /sparql) for any SPARQL client.

    SERVICE (federated query) is always refused. Each query runs in a worker process, stopped at --timeout.
    """
    from .serve import ServeLimits, make_server
    from .sparqlguard import QueryLimits
    from .store import StoreError

    limits = ServeLimits(QueryLimits(max_query_chars, max_depth), timeout, int(max_result_mb * 2**20), workers,
                         max_connections, socket_timeout, max_memory_mb * 2**20 or None)
    try:
        server = make_server(store_dir, host, port, limits)
    except (StoreError, OSError) as error:
        fail(f"error: {error}")
        sys.exit(2)
    click.echo(f"SPARQL endpoint on http://{host}:{server.server_port}/sparql (read-only, Ctrl-C to stop)")

    def stop(_signum, _frame) -> None:
        raise KeyboardInterrupt  # SIGTERM stops the server like Ctrl-C: workers are ended too

    import signal

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@click.argument("value", required=False)
@click.option("--view", type=click.Choice(["all", "record", "principle", "province", "office"]), default="all",
              show_default=True, help="What to show; all but `all` take a VALUE: a record id or a Thai name.")
@click.option("--store", "store_dir", default="output/store", show_default=True, type=click.Path(file_okay=False),
              help="Draw from the embedded store (the default source).")
@click.option("--data", type=click.Path(dir_okay=False), help="Draw from this RDF file instead.")
@click.option("-o", "--output", "output", default="output/kmgraph.html", show_default=True,
              type=click.Path(dir_okay=False), help="The page to write.")
@click.option("--layout", type=click.Choice(["auto", "physics", "precomputed"]), default="auto", show_default=True,
              help="auto: physics for small views, positions computed in Python for big ones.")
def html(value, view, store_dir, data, output, layout) -> None:
    """Write an interactive network view: one self-contained HTML file that works offline.

    Examples: `kmgraph html`, `kmgraph html --view province ลำปาง`, `kmgraph html --view record 000_…`.
    """
    from .viewgraph import ViewError
    from .views import write_view

    precompute = {"auto": None, "physics": False, "precomputed": True}[layout]
    try:
        summary = write_view(output, store_dir, data, view, value, precompute)
    except ViewError as error:
        fail(f"error: {error}")
        sys.exit(2)
    how = "precomputed layout" if summary.precomputed else "physics layout"
    click.echo(f"wrote {summary.path}: {summary.nodes} nodes, {summary.edges} edges, {how}, {summary.seconds:.1f} s")


if __name__ == "__main__":  # python -m kmgraph.cli
    main()
