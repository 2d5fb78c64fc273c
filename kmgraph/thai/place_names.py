"""Where place names stand in Thai text: a province, district or subdistrict of the gazetteer (or another place word
of lexicon.toml) right after its place word (อำเภอ, จังหวัด, ตำบล … of lexicon.toml's [places], or the form sara am
dropped leaves of it: อาเภอ, ตาบล). A repair must not re-spell one (อำเภอกาบัง is no กำบัง) nor leave it split
(อำเภอหัน คา: หันคา, a district of ชัยนาท). A name is known as written or with marks PDF extraction moved past the
next consonant put back (อาเภอหนั คา: the moved-mark repair makes it หัน คา only later)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .. import tables
from .chars import CONSONANT, TONE
from .offsets import RepairedText, rewrite_matches
from .words import alternation

_THAI = f"{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e"
# marks printed after the consonant that follows their own (หนั: หัน), as the moved-mark repair reads them
_MOVED = re.compile(f"(?<=[{CONSONANT}])([{CONSONANT}])([\u0e31\u0e34-\u0e39][{TONE}]?|[{TONE}\u0e47\u0e4c])")
_SHORTEST = 2  # the fewest letters of a place name read at the start of a run (a name run into what follows it)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Thailand's provinces, districts and subdistricts (tables.provinces, kmgraph/data/gazetteer.tsv), and the
    words an address is written with (lexicon.toml [places] smaller: หมู่ที่ บ้านเลขที่)."""
    places = {province.name_th for province in tables.provinces()}
    places.update(tables.lexicon().places.smaller)
    for line in (tables.DATA_DIR / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _, district, subdistrict, others, *_ = line.split("\t")
            places.update(filter(None, (district, subdistrict, *others.split("|"))))
    return frozenset(places)


@lru_cache(maxsize=1)
def _after_place_word() -> re.Pattern[str]:
    """A place word (as written, or with its sara am dropped) before one or two runs of Thai letters."""
    places = tables.lexicon().places
    words = [*places.district, *places.province, *places.smaller]
    words += [word.replace("\u0e33", "\u0e32") for word in words if "\u0e33" in word]
    # the runs looked at, not taken: a run may hold the next place word (ตาเสา อาเภอกาบัง, กาบังจังหวัดยะลา)
    return re.compile(f"(?:{alternation(words)})(?= ?([{_THAI}]+)(?: ([{_THAI}]+))?)")


def _known(run: str, known: frozenset[str]) -> bool:
    """Whether a run of letters is a place name, as written or with its moved marks put back (all, or one)."""
    if run in known:
        return True
    moves = list(_MOVED.finditer(run))
    if not moves or len(moves) > _MOST_MOVES:
        return False
    back = [_MOVED.sub(lambda m: m.group(2) + m.group(1), run)]
    back += [run[:m.start()] + m.group(2) + m.group(1) + run[m.end():] for m in moves] if len(moves) > 1 else []
    return any(variant in known for variant in back)


_MOST_MOVES = 3  # a place name holds few marks: a run with more moved is not read again


class PlaceNames:
    """The spans of the place names of a text (each right after its place word)."""

    def __init__(self, text: str):
        known = place_names()
        self.spans: list[tuple[int, int]] = []
        for match in _after_place_word().finditer(text):
            first, start = match.group(1), match.start(1)
            joined = first + match.group(2) if match.group(2) else ""
            if joined and _known(joined, known) and not _known(first, known):  # split (หัน คา, หนั คา)
                self.spans.append((start, match.end(2)))
                continue
            size = next((size for size in range(len(first), _SHORTEST - 1, -1) if _known(first[:size], known)), 0)
            if size:  # the name, run together with what follows it or not (กาบังจังหวัดยะลา)
                self.spans.append((start, start + size))
        self._starts = [start for start, _ in self.spans]

    def covers(self, start: int, end: int) -> bool:
        """Whether letters [start, end) overlap a place name."""
        at = bisect.bisect_right(self._starts, end - 1) - 1
        return at >= 0 and start < self.spans[at][1]


def repair_split_place_names(clean: RepairedText) -> RepairedText:
    """Join a place name split in two after its place word (อาเภอหัน คา → อาเภอหันคา) where the two runs make a name
    of the gazetteer and the first alone is none."""
    known = place_names()
    spaces = []
    for match in _after_place_word().finditer(clean.text):
        if match.group(2) and not _known(match.group(1), known) and _known(match.group(1) + match.group(2), known):
            spaces.append(re.compile(" ").match(clean.text, match.end(1)))
    return rewrite_matches(clean, spaces, "") if spaces else clean  # type: ignore[arg-type]
