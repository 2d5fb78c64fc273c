"""Lines written more than once in a record (a running head, a blog's name over each post): not its title."""

from __future__ import annotations

from functools import lru_cache

from ..thai import compact
from .lengths import MAX_TITLE
from .thai_text import THAI_CHARS

# the characters of a page number at a line's end: digits and whitespace (all that str.isspace calls so)
_PAGE_NUMBER_CHARS = "0123456789๐๑๒๓๔๕๖๗๘๙" + "".join(char for char in map(chr, range(0x3001)) if char.isspace())


def line_key(text: str) -> str:
    """A line as it repeats on a book's or blog's pages: compact, without a page number at its end."""
    return compact(text.strip().rstrip(_PAGE_NUMBER_CHARS))


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
