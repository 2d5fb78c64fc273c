"""A query's text reduced to what the parser sees, for use as a cache key: comments dropped and each run of
whitespace between tokens made one space; strings and IRIs are kept exactly as written.

Two texts with the same key are the same query to a SPARQL parser, so their answers are the same on the same
store. A text with codepoint escapes (\\uXXXX) is kept as written (only stripped): an escape may change what
is a string, and the key must never join two different queries.
"""

from __future__ import annotations

import re

from .guard import _SKIP, masked

_SPACE = re.compile(r"\s+")


def normalised(text: str) -> str:
    """The query text as a cache key (see the module's docstring)."""
    if len(masked(text)) > 1:  # escapes decode to something else: keep the text as written
        return text.strip()
    parts, code, at = [], [], 0
    for match in _SKIP.finditer(text):
        token = match.group(0)
        code.append(text[at:match.start()])
        if token.startswith("#"):
            code.append(" ")  # a comment separates tokens, like whitespace
        else:
            parts.append(_SPACE.sub(" ", "".join(code)))
            parts.append(token)  # a string or an IRI, exactly as written
            code = []
        at = match.end()
    code.append(text[at:])
    parts.append(_SPACE.sub(" ", "".join(code)))
    return "".join(parts).strip()
