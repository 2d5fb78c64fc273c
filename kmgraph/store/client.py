"""Load graphs into any SPARQL 1.1 server by the Graph Store HTTP Protocol: each named graph replaced by one PUT,
retried on transient failures, with a resume file listing the graphs the server confirmed."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from ..rdf.io import GraphLoad, parse_graphs

TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Endpoint:
    """A Graph Store Protocol endpoint with optional credentials, timeout and retries."""

    url: str
    user: str | None = None
    password: str | None = None
    auth: str = "basic"  # basic | digest
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5

    def session(self):
        import requests
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        session = requests.Session()
        if self.user is not None:
            kind = HTTPDigestAuth if self.auth == "digest" else HTTPBasicAuth
            session.auth = kind(self.user, self.password or "")
        return session


def put_graph(endpoint: Endpoint, load: GraphLoad, session=None) -> int:
    """PUT one graph (as N-Triples, which is Turtle); retry transient failures; return the HTTP status."""
    import requests

    from ..rdf.io import serialize

    session = session or endpoint.session()
    params = {"graph": load.graph.value} if load.graph is not None else {"default": ""}
    body = serialize(load.triples, "nt")
    last_error = "no attempt"
    for attempt in range(endpoint.retries + 1):
        try:
            response = session.put(endpoint.url, params=params, data=body, timeout=endpoint.timeout,
                                   headers={"Content-Type": "text/turtle; charset=utf-8"})
        except (requests.ConnectionError, requests.Timeout) as error:
            last_error = f"{type(error).__name__}: {error}"
        else:
            if response.status_code in (200, 201, 204):
                return response.status_code
            last_error = f"HTTP {response.status_code} {response.reason}: {response.text.strip()[:200]}"
            if response.status_code not in TRANSIENT_STATUS:
                break
        if attempt < endpoint.retries:
            time.sleep(endpoint.backoff * 2**attempt)
    name = load.graph.value if load.graph is not None else "the default graph"
    raise StoreError(f"{endpoint.url}: could not PUT {name} from {load.source}: {last_error}")


class ResumeFile:
    """The graphs a server has confirmed in a load, one per line, so that `load --resume` can skip them.

    The first line names the endpoint; each confirmed graph is appended (and flushed) as soon as the
    server answers its PUT, so the file is right even if kmgraph itself is killed.
    """

    DEFAULT = "DEFAULT"

    def __init__(self, path: str | Path, url: str):
        self.path, self.url = Path(path), url
        self.header = f"# kmgraph load into {url}"

    @staticmethod
    def key(load: GraphLoad) -> str:
        return str(load.graph) if load.graph is not None else ResumeFile.DEFAULT

    def confirmed(self) -> set[str]:
        """The graphs an earlier load confirmed; StoreError if there is no such file or it is for another server."""
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise StoreError(f"{self.path}: cannot resume: {error.strerror or error}") from error
        if not lines or lines[0] != self.header:
            found = lines[0] if lines else "nothing"
            raise StoreError(f"{self.path}: cannot resume: it records a load into another endpoint ({found})")
        return {line for line in lines[1:] if line}

    def start(self, keep: set[str]):
        """Open the file for appending, rewritten with the header and the graphs in keep."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("w", encoding="utf-8") as out:
            out.write("\n".join([self.header, *sorted(keep)]) + "\n")
        return self.path.open("a", encoding="utf-8")


@dataclass(frozen=True)
class EndpointLoad:
    """What a load into a server did: graphs and triples sent now, graphs skipped as already loaded."""

    graphs: int
    triples: int
    skipped: int = 0


def load_into_endpoint(files: Iterable[str | Path], endpoint: Endpoint, default_graph: str | None = None,
                       resume_file: str | Path | None = None, resume: bool = False) -> EndpointLoad:
    """Push every graph of the files to a server. All files are parsed first: nothing is sent if one is bad.

    With resume_file, each graph the server confirms is recorded there; on failure the StoreError says how
    many of the graphs are loaded and where they are listed; resume=True skips the graphs listed. The file
    is removed once every graph is loaded.
    """
    loads = [load for path in files for load in parse_graphs(path, default_graph)]
    record = ResumeFile(resume_file, endpoint.url) if resume_file is not None else None
    if resume and record is None:
        raise StoreError("--resume needs the resume file of the earlier load")
    done = record.confirmed() if resume else set()
    wanted = {ResumeFile.key(load) for load in loads}
    done &= wanted
    todo = [load for load in loads if ResumeFile.key(load) not in done]
    session = endpoint.session()
    log = record.start(done) if record else None
    try:
        for load in todo:
            try:
                put_graph(endpoint, load, session)
            except StoreError as error:
                if record is None:
                    raise
                raise StoreError(f"{error}; {len(done):,} of {len(wanted):,} graphs are loaded (listed in "
                                 f"{record.path}); run the same command with --resume to load the other "
                                 f"{len(wanted) - len(done):,}") from error
            done.add(ResumeFile.key(load))
            if log:
                log.write(ResumeFile.key(load) + "\n")
                log.flush()
    finally:
        if log:
            log.close()
    if record:
        record.path.unlink(missing_ok=True)
    return EndpointLoad(len(todo), sum(len(load.triples) for load in todo), len(loads) - len(todo))
