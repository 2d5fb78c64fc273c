"""Thai that no repair can read back, refused as not Thai text: a page whose Thai letters all collapsed to one glyph
on the way (a database or font that had no Thai), or UTF-8 shown through a code page that lost too many of its
bytes to guess them (kmgraph.readers.mojibake declines it)."""

from __future__ import annotations

import re

from .mojibake import most_lost_utf8

SAMPLE = 4000  # characters looked at: a collapsed page is collapsed throughout
LEAST_LETTERS = 20  # Thai letters a sample needs before its letters are judged
ONE_GLYPH_SHARE = 0.5  # a page whose most common Thai letter is this share of them or more is collapsed
_NOT_THAI_LETTER = re.compile("[^\u0e01-\u0e4e]+")


def unreadable_thai(text: str) -> str | None:
    """Why the text's Thai cannot be read (None when it can, or holds no Thai)."""
    sample = text[:SAMPLE]
    letters = _NOT_THAI_LETTER.sub("", sample)
    if len(letters) >= LEAST_LETTERS:
        glyph = max(set(letters), key=letters.count)
        if letters.count(glyph) >= ONE_GLYPH_SHARE * len(letters):
            return (f"not Thai text: {letters.count(glyph)} of its {len(letters)} Thai letters are one glyph "
                    f"{glyph!r} (Thai lost on the way; nothing to read back)")
    lost = most_lost_utf8(sample, len(letters))
    if lost:
        name, gone, total = lost
        return (f"not readable Thai: Thai text in the wrong code page ({name}) lost a byte of {gone} of its {total} "
                f"letters, too many to guess them back")
    return None
