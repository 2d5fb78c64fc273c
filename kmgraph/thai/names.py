"""Where people's names stand in Thai text: the one or two runs of Thai letters after an honorific (นาย, นางสาว,
ว่าที่ร้อยตรี … from kmgraph/data/lexicon.toml). A repair that reads words by the dictionary would "fix" a name no
list knows into words (มนิภา → มินภา, ทานะกุล → ทำนะกุล): in a name, it repairs only what becomes a name or word
the lists know (reread.name_repaired), and never moves a mark onto an honorific."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .. import tables
from .chars import CONSONANT
from .words import alternation

_THAI = f"{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e"


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    thai = [word for word in tables.lexicon().honorifics if any("\u0e01" <= char <= "\u0e4e" for char in word)]
    return re.compile(f"(?:{alternation(thai)}) ?([{_THAI}]+)(?: ([{_THAI}]+))?")


class Names:
    """The names of a text: the spans of their runs of letters (all, and each name's), and of the honorifics
    before them."""

    def __init__(self, text: str):
        self.tokens: list[tuple[int, int]] = []
        self.honorifics: list[tuple[int, int]] = []
        self.people: list[tuple[tuple[int, int], ...]] = []  # each name's runs (given name, family name)
        for match in _name_pattern().finditer(text):
            self.honorifics.append((match.start(), match.start(1)))
            runs = tuple(match.span(group) for group in (1, 2) if match.group(group))
            self.tokens.extend(runs)
            self.people.append(runs)
        self._starts = [start for start, _ in self.tokens]

    def __bool__(self) -> bool:
        return bool(self.tokens)

    def token(self, start: int, end: int) -> tuple[int, int] | None:
        """The name run that letters [start, end) stand in (or overlap), if any."""
        if not self.tokens:
            return None
        at = bisect.bisect_right(self._starts, end - 1 if end > start else start) - 1
        if at >= 0 and self.tokens[at][0] < max(end, start + 1) and start < self.tokens[at][1]:
            return self.tokens[at]
        return None

    def in_honorific(self, at: int) -> bool:
        return any(start <= at < end for start, end in self.honorifics)
