"""`kmgraph serve`: the store as a read-only SPARQL endpoint."""

from __future__ import annotations

import click

from ..errors import StoreError, UsageError
from ..files import DEFAULT_STORE


@click.command()
@click.option("--store", "store_dir", default=str(DEFAULT_STORE), show_default=True, type=click.Path(file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=7878, show_default=True, help="Port to listen on.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run (past it its worker is killed, 504), and at most wait for a worker (503).")
@click.option("--workers", type=click.IntRange(min=1), default=None, show_default="the number of CPUs, at least 2",
              help="Queries run at once, each in its own process.")
@click.option("--max-query-chars", type=click.IntRange(min=1), default=100_000, show_default=True,
              help="Longest query text accepted.")
@click.option("--max-depth", type=click.IntRange(min=1), default=100, show_default=True,
              help="Deepest nesting of { ( [ accepted in a query.")
@click.option("--max-result-mb", type=click.FloatRange(min=0.001), default=64.0, show_default=True,
              help="Largest serialized result, in MB.")
@click.option("--max-queue", type=click.IntRange(min=0), default=16, show_default=True,
              help="Queries that may wait for a busy worker; one more is answered at once with 503 and Retry-After.")
@click.option("--cache-mb", type=click.FloatRange(min=0), default=256.0, show_default=True,
              help="Answers kept by the result cache (emptied at each rebuild), in MB; 0 keeps none.")
@click.option("--warm/--no-warm", default=True, show_default=True,
              help="Run the named queries without parameters once per store generation, in the background, so "
                   "that their answers are cached before they are asked.")
@click.option("--max-connections", type=click.IntRange(min=1), default=64, show_default=True,
              help="Connections served at once; more get 503.")
@click.option("--socket-timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a connection may stay silent before it is closed.")
@click.option("--max-memory-mb", type=click.IntRange(min=0), default=2048, show_default=True,
              help="Memory (address space) each query worker may use; 0 for no limit.")
@click.option("--access-log", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True,
              help="Where to write one line per request (- for standard error).")
@click.option("--base-iri", help="Dereference the data's IRIs under this base (the build's --base-iri, e.g. "
              "https://w3id.org/kmgraph/id/): GET of a path gives Turtle, JSON-LD or HTML by the Accept header.")
def serve(store_dir: str, host: str, port: int, timeout: float, workers: int | None, max_query_chars: int,
          max_depth: int, max_result_mb: float, max_connections: int, socket_timeout: float,
          max_memory_mb: int, access_log: str, base_iri: str | None, max_queue: int, cache_mb: float,
          warm: bool) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint (GET/POST /sparql) for any SPARQL client.

    SERVICE (federated query) is always refused. Each query runs in a worker process, stopped at --timeout.
    A rebuild (`kmgraph build` switching output/store to a new generation) is served without a restart.
    """
    from ..query.guard import QueryLimits
    from ..store.serve import ServeLimits, default_workers, make_server

    limits = ServeLimits(QueryLimits(max_query_chars, max_depth), timeout, int(max_result_mb * 2**20),
                         workers or default_workers(),
                         max_connections, socket_timeout, max_memory_mb * 2**20 or None, max_queue,
                         int(cache_mb * 2**20), warm)
    try:
        log = click.get_text_stream("stderr") if access_log == "-" else open(access_log, "a", encoding="utf-8")  # noqa: SIM115
    except OSError as error:
        raise UsageError(f"{access_log}: cannot write the access log ({error.strerror})") from error
    try:
        server = make_server(store_dir, host, port, limits, log, base_iri)
    except OSError as error:
        raise StoreError(f"{host}:{port}: cannot listen ({error})") from error
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
