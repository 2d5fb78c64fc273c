"""One page of a SELECT query's rows: `LIMIT n OFFSET m` put after the query's own solution modifiers.

A query that already has a LIMIT, an OFFSET or a trailing VALUES block after its WHERE clause is left as it is
(its author chose its rows); so is any form but SELECT. Nothing here parses or runs the query.
"""

from __future__ import annotations

import re

from .guard import _SKIP, QueryError, inspect_query, masked

_TAIL_KEYWORD = re.compile(r"(?<![\w:?$\-])(LIMIT|OFFSET|VALUES)(?![\w:\-])", re.I)


def _where_end(code: str) -> int | None:
    """Offset just after the brace closing the query's WHERE clause (the first group) in masked code."""
    start = code.find("{")
    if start < 0:
        return None
    depth = 0
    for at in range(start, len(code)):
        if code[at] == "{":
            depth += 1
        elif code[at] == "}":
            depth -= 1
            if depth == 0:
                return at + 1
    return None


def paged(text: str, limit: int, offset: int = 0) -> str | None:
    """The query limited to `limit` rows from `offset`, or None when it is not to be paged (see above)."""
    if limit < 1 or offset < 0:
        raise QueryError(f"a page needs a limit of at least 1 and an offset of at least 0 (got {limit}, {offset})")
    if inspect_query(text) != "select":
        return None
    for code in masked(text):
        end = _where_end(code)
        if end is None or _TAIL_KEYWORD.search(code, end):
            return None
    page = f"LIMIT {limit}" + (f" OFFSET {offset}" if offset else "")
    if _ends_in_comment(text):
        return f"{text}\n{page}"  # a comment runs to the end of its line
    return f"{text.rstrip()} {page}"  # on the last line, so that a syntax error keeps its line and column


def _ends_in_comment(text: str) -> bool:
    """Whether the text's last line ends inside a comment (what follows on that line would be commented out)."""
    text = text.rstrip()
    return any(match.group(0).startswith("#") and match.end() == len(text) for match in _SKIP.finditer(text))
