"""Map the private-use glyphs of Thai fonts (U+F700–U+F71F: shifted vowels and tone marks) back to Thai,
and Word's Symbol/Wingdings bullets (U+F0xx) to "-"."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables

# Thai above/below vowels and tone marks: a space is never typed before one, but PDF text extraction inserts
# one when a mark is drawn left of where its base letter ends.
_SPACE_BEFORE_MARK = re.compile("[ \u00a0]+(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")


@lru_cache(maxsize=1)
def private_use_table() -> dict[int, str]:
    readers = tables.readers()
    mapping = {**readers.thai_private_use, **readers.symbol_private_use}
    return {ord(glyph): replacement for glyph, replacement in mapping.items()}


@lru_cache(maxsize=1)
def _private_use_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(private_use_table())) + "]")


def map_private_use(text: str) -> tuple[str, int]:
    """The text with Thai glyphs and bullets in the private-use area replaced, and how many were replaced."""
    count = len(_private_use_pattern().findall(text))
    return (text.translate(private_use_table()) if count else text), count


def drop_spaces_before_marks(text: str) -> str:
    return _SPACE_BEFORE_MARK.sub("", text)
