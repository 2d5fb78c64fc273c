"""Lines written more than once in a record (a running head, a blog's name over each post): not its title."""

from __future__ import annotations

import re
from functools import lru_cache

from ..thai import compact
from .lengths import MAX_TITLE
from .thai_text import THAI_CHARS

_PAGE_NUMBER = re.compile(r"[\s0-9๐-๙]+$")


def line_key(text: str) -> str:
    """A line as it repeats on a book's or blog's pages: compact, without a page number at its end."""
    return compact(_PAGE_NUMBER.sub("", text.strip()))


@lru_cache(maxsize=4)
def repeated_lines(text: str) -> frozenset[str]:
    """The keys of the lines written more than once in a record (a running head, a blog's name over and under each
    post): a name of the site, blog or book, not the record's title."""
    seen: set[str] = set()
    twice: set[str] = set()
    for line in text.splitlines():
        if line.strip() and len(line) <= MAX_TITLE and THAI_CHARS.search(line):
            key = line_key(line)
            (twice if key in seen else seen).add(key)
    return frozenset(twice)
