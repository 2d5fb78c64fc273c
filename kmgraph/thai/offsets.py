"""Offset-keeping text: a RepairedText names, for every character, the source range it was made from; `rewrite`
applies a regular-expression substitution and keeps those ranges, so an extracted value can always name its
source span."""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable

from ..model import CleanText, SourceText

Replacement = str | Callable[[re.Match[str]], str]


class Moved(str):
    """A replacement whose characters are the match's own, moved: `origins[i]` is the offset in the match of the
    character written at i (ช ร ้ → ช ้ ร: origins 0, 2, 1), so each keeps its own source range (the last one
    reaching the match's end, so that a span over all of them covers the whole match)."""

    origins: tuple[int, ...]

    def __new__(cls, match: re.Match[str], origins: tuple[int, ...]) -> Moved:
        text = match.group(0)
        moved = super().__new__(cls, "".join(text[i] for i in origins))
        moved.origins = origins
        return moved


class RepairedText(CleanText):
    """Clean text whose every character names the source range [start, end) it was made from.

    A character made from several (sara am from nikhahit + sara aa, one line end from CR LF, one mark from a
    doubled one) covers all of them, so a span ending on it ends after the last of them. The offsets are arrays
    of machine integers (8 bytes a character, not a Python int object each).
    """

    __slots__ = ("ends",)

    def __init__(self, text: str, offsets: array, ends: array, source_length: int):
        super().__init__(text, offsets, source_length)  # type: ignore[arg-type]
        object.__setattr__(self, "ends", ends)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets [start, end) of the clean slice [start, end): from the start of its first
        character's source range to the end of its last one's."""
        if start >= end:
            return super().source_span(start, end)
        return self.offsets[start], self.ends[end - 1]

    def __reduce__(self):
        return (RepairedText, (self.text, self.offsets, self.ends, self.source_length))


_COUNTING = array("q")  # 0, 1, 2 … kept to be sliced: copying a slice is much faster than counting again


def _counting(start: int, stop: int) -> array:
    """array('q', range(start, stop)), from a cached counting array grown as needed (up to 64K entries)."""
    global _COUNTING
    if stop > len(_COUNTING):
        if stop > 65536:
            return array("q", range(start, stop))
        _COUNTING = array("q", range(max(stop, 2 * len(_COUNTING))))
    return _COUNTING[start:stop]


def from_source(source: SourceText) -> RepairedText:
    length = len(source.text)
    return RepairedText(source.text, _counting(0, length), _counting(1, length + 1), length)


def rewrite(clean: RepairedText, pattern: re.Pattern[str], repl: Replacement) -> RepairedText:
    """Apply `pattern.sub(repl)`, mapping each new character to the source range of the match it replaces.

    The replacement's characters take the source ranges of the matched characters in order; its last character
    extends to the end of the match, so that together they cover the whole match.
    """
    return rewrite_matches(clean, pattern.finditer(clean.text), repl)


def rewrite_matches(clean: RepairedText, matches: Iterable[re.Match[str]], repl: Replacement) -> RepairedText:
    """`rewrite` over given matches of clean's text (in order, not overlapping): those a repair has picked out.

    A replacement as long as its match (not Moved) keeps the match's ranges as they stand: only the text changes
    there, and where every replacement is so, the offsets are clean's own (shared: they are never written to)."""
    text, starts, ends = clean.text, clean.offsets, clean.ends
    literal = isinstance(repl, str) and "\\" not in repl  # no group references: the replacement as it stands
    out: list[str] = []
    out_starts: array | None = None  # made at the first change of length (until then, the offsets stand)
    out_ends: array | None = None
    last = 0  # the text copied up to here
    copied = 0  # the offsets copied up to here
    append = out.append
    for m in matches:
        new = repl if literal else m.expand(repl) if isinstance(repl, str) else repl(m)  # type: ignore[operator]
        at, stop = m.span()
        if new == text[at:stop]:
            continue
        append(text[last:at])
        append(new)
        last = stop
        size, moved = len(new), isinstance(new, Moved)
        if size == stop - at and not moved:  # the same ranges, character for character
            continue
        if out_starts is None:
            out_starts, out_ends = array("q"), array("q")
        if moved:
            out_starts.extend(starts[copied:at])
            out_ends.extend(ends[copied:at])  # type: ignore[union-attr]
            for i, origin in enumerate(new.origins):  # type: ignore[union-attr] - the last one reaches the match's end
                out_starts.append(starts[at + origin])
                out_ends.append(ends[stop - 1] if i == len(new.origins) - 1 else ends[at + origin])  # type: ignore
        elif not size or at == stop:  # a deletion, or an insertion (empty match): empty ranges where it stands
            out_starts.extend(starts[copied:at])
            out_ends.extend(ends[copied:at])  # type: ignore[union-attr]
            if size:
                anchor = starts[at] if at < len(starts) else clean.source_length
                out_starts.extend(array("q", (anchor,)) * size)
                out_ends.extend(array("q", (anchor,)) * size)  # type: ignore[union-attr]
        elif size < stop - at:
            # the i-th character takes the range of the match's i-th, the last one reaching the match's end (the
            # offsets before the match and the match's own taken in one slice)
            out_starts.extend(starts[copied:at + size])
            out_ends.extend(ends[copied:at + size - 1])  # type: ignore[union-attr]
            out_ends.append(ends[stop - 1])  # type: ignore[union-attr]
        else:  # longer: the characters past the match's length take its last one's range
            out_starts.extend(starts[copied:stop])
            out_starts.extend(array("q", (starts[stop - 1],)) * (size - stop + at))
            out_ends.extend(ends[copied:stop])  # type: ignore[union-attr]
            out_ends.extend(array("q", (ends[stop - 1],)) * (size - stop + at))  # type: ignore[union-attr]
        copied = stop
    if not out:
        return clean
    out.append(text[last:])
    if out_starts is None:
        return RepairedText("".join(out), starts, ends, clean.source_length)
    out_starts.extend(starts[copied:])
    out_ends.extend(ends[copied:])  # type: ignore[union-attr]
    return RepairedText("".join(out), out_starts, out_ends, clean.source_length)
