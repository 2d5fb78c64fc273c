"""Thai that no repair can read back, refused as not Thai text: a page whose Thai letters all collapsed to one glyph
on the way (a database or font that had no Thai), or UTF-8 shown through a code page that lost too many of its
bytes to guess them (kmgraph.readers.mojibake declines it)."""

from __future__ import annotations

import re

from .mojibake import most_lost_utf8

SAMPLE = 4000  # characters looked at: a collapsed page is collapsed throughout
LEAST_LETTERS = 20  # Thai letters a sample needs before its letters are judged
ONE_GLYPH_SHARE = 0.5  # a page whose most common Thai letter is this share of them or more is collapsed
PLACES = 32  # evenly spaced characters whose Thai letters are the glyphs a page may have collapsed to
LIKELY_SHARE = 0.4  # the share of those letters one glyph has when the page may be collapsed (then all are counted)
_THAI_LETTERS = re.compile("[\u0e01-\u0e4e]+")
_NOT_THAI_LETTERS = re.compile("[^\u0e01-\u0e4e]+")


def _thai_letters(text: str) -> int:
    return len(text) - len(_THAI_LETTERS.sub("", text))


def unreadable_thai(text: str) -> str | None:
    """Why the text's Thai cannot be read (None when it can, or holds no Thai). A text that is Thai pays for a look
    at PLACES characters and for kmgraph.readers.mojibake's cheap hints."""
    sample = text[:SAMPLE]
    picked = _NOT_THAI_LETTERS.sub("", sample[::max(1, len(sample) // PLACES)])
    glyph = max(set(picked), key=picked.count) if picked else ""
    if glyph and picked.count(glyph) >= LIKELY_SHARE * len(picked):  # may be collapsed: count them all
        letters, alike = _thai_letters(sample), sample.count(glyph)
        if letters >= LEAST_LETTERS and alike >= ONE_GLYPH_SHARE * letters:
            return (f"not Thai text: {alike} of its {letters} Thai letters are one glyph {glyph!r} (Thai lost on the "
                    f"way; nothing to read back)")
    lost = most_lost_utf8(sample, _thai_letters)
    if lost:
        name, gone, total = lost
        return (f"not readable Thai: Thai text in the wrong code page ({name}) lost a byte of {gone} of its {total} "
                f"letters, too many to guess them back")
    return None
