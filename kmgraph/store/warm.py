"""Warming the result cache: the named queries that take no required parameter (the ones that return every
row, and the heaviest) are run once per store generation in the background, as a whole and as the query
page's first page, so that their answers are kept before people ask. They are all put in flight at once (they
queue for the workers, never refused), so that requests for them meanwhile wait for that run (cache.py)
instead of running them again under a request's shorter time limit."""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..query.named import named_queries
from ..query.paging import paged
from .page import PAGE_ROWS

WARM_SECONDS = 120.0  # the time limit of a warming run: no one is waiting on it alone
WARM_TYPE = "application/sparql-results+json"  # what the query page and most clients ask


def warming_texts() -> list[str]:
    """The texts to warm: each named query without a required parameter, whole and its first page."""
    texts = []
    for query in named_queries().values():
        if not any(param.required for param in query.params):
            texts += [query.text, paged(query.text, PAGE_ROWS + 1, 0) or query.text]
    return texts


def warm(run: Callable[[str], object], texts: list[str]) -> None:
    """Run each text by run (which keeps the answer), each in a thread of its own; a failure is left to the
    next request."""
    for text in texts:
        threading.Thread(target=run, args=(text,), name="kmgraph-warm", daemon=True).start()
