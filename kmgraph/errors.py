"""The errors a user sees. Each is a KmgraphError carrying the command line's exit code: 2 for bad input or
usage, 1 for a check that failed. The CLI has one handler (kmgraph.cli.run) that prints the message as one line
on stderr and exits with the code; no user error ends in a traceback."""

from __future__ import annotations

from pathlib import Path


def one_line(text: str) -> str:
    """text with line breaks and other unprintable characters escaped as in repr(), so a message stays one line."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


class KmgraphError(Exception):
    """Base of kmgraph's errors; `exit_code` is what the command line returns."""

    exit_code = 2


class InputError(KmgraphError):
    """A file cannot be read: not a knowledge record (empty, binary, unreadable), or not RDF kmgraph reads."""

    def __init__(self, path: Path | str, problem: str):
        super().__init__(f"{one_line(str(path))}: {one_line(problem)}")
        self.path = str(path)
        self.problem = problem

    def __reduce__(self):
        """Picklable as (path, problem), so that a worker process can hand it to the parent."""
        return type(self), (self.path, self.problem)


class UsageError(KmgraphError):
    """Options that do not fit together, or a value an option does not take."""


class ConfigError(KmgraphError):
    """kmgraph's own data (kmgraph/data tables, ontology files) is missing or malformed."""


class StoreError(KmgraphError):
    """A store cannot be opened or written, or a server refused a graph."""


class QueryError(KmgraphError):
    """A query that cannot be parsed or run, or parameters that do not fit it."""


class ViewError(KmgraphError):
    """A view that cannot be drawn: no such record, province, office or principle, or an unreadable source."""


class CheckFailed(KmgraphError):
    """A check ran and the data did not pass it (validation against the shapes)."""

    exit_code = 1


class AlreadyReported(KmgraphError):
    """Some inputs failed and each was already reported on its own line (the others were processed): only the
    exit code remains to give."""

    def __init__(self, failed: int):
        super().__init__(f"{failed} input(s) failed")
        self.failed = failed
