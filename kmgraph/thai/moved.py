"""Marks PDF extraction moved past the next consonant several times in a row, each often with a space after it
(นกั วชิ าการ → นักวิชาการ, องคค์ วามรทู้ บี่ ง่ ชี้ → องค์ความรู้ที่บ่งชี้, ปฏบิ ตั กิ าร → ปฏิบัติการ): a mark's move
leaves its consonant bare, so the next consonant's marks may have moved onto it in turn, across the space the
first move left. Each move is a choice (moved or as printed); the choices of a chain are made together, as the
likeliest words read (reread.reading_cost), and only where the text as it stands leaves letters that no word
reads (reread.unread_letters): text that reads as words is not searched."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .chars import CONSONANT, MARK, TONE
from .offsets import Moved, RepairedText, rewrite_matches
from .reread import AM_DROPPED, reading_cost, unread_letters

_THAI = f"{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e"
# a run of Thai letters whose inner spaces each follow a mark: the spaces a chain of moved marks leaves
_STRETCH = re.compile(f"[{_THAI}]+(?:(?<=[{MARK}]) [{_THAI}]+)*")
# the marks that move together past a consonant: a vowel above or below (with its tone), or a tone, mai taikhu
# or karan alone; printed after a consonant that follows a bare consonant (or a space a move left)
MOVED_MARKS = f"[\u0e31\u0e34-\u0e37\u0e38\u0e39][{TONE}]?|[{TONE}\u0e47\u0e4c]"
_SITE = re.compile(f"(?<=[{CONSONANT}{MARK} ])([{CONSONANT}])({MOVED_MARKS})(?![{MARK}])( ?)")
_SITE_CLUE = re.compile(f"[{CONSONANT}][{CONSONANT}](?:{MOVED_MARKS})(?![{MARK}])")  # a stretch worth reading
# the damage shown: mai han-akat or sara uee before a space, a syllable left unfinished (นกั วชิ าการ, ชอื่ สกลุ),
# in SHOWN places or more (justified text shows it too: its moves are weighed against joining the spaces)
_UNFINISHED = re.compile(f"[\u0e31\u0e37][{TONE}]? ")
SHOWN = 2
NEAR = 2  # a move is tried where its letters stand within this many of a letter no word reads
GROUP_GAP = 6  # moves closer than this are chosen together (a word may hold both)
CONTEXT = 10  # letters read either side of a group of moves
EXHAUSTIVE = 6  # a group of at most this many moves tries every choice; a larger one, runs of up to RUN moves
RUN = 3
# a move costs this much, so that where both read alike the text stays as printed
MOVE_COST = 0.02
_ANY_SPAN = re.compile(r"[\s\S]+")
# text layers that move marks drop sara am as often (สาคญั is ความสำคัญ): the words are read with it restored
READING = AM_DROPPED


@dataclass(frozen=True)
class _Site:
    """Marks printed after a consonant that may be the previous consonant's: the consonant at `consonant`, its
    marks up to `marks_end`, a space after them up to `end`. `start` is the consonant, or the tone before it that
    the consonant before kept where only its vowel moved (ร้ทู is รู้ท). `after`: the sites whose move alone
    leaves the consonant before bare (their marks, and the space they left, stand between); none if it is bare
    as printed."""

    start: int
    consonant: int
    marks_end: int
    end: int
    after: tuple[int, ...] = ()

    def origins(self, keep_space: bool) -> tuple[int, ...]:
        """The order of the site's characters (from start) once its marks are back: vowel, tone kept, consonant."""
        consonant = self.consonant - self.start
        space = (self.marks_end - self.start,) if keep_space and self.end > self.marks_end else ()
        return (*range(consonant + 1, self.marks_end - self.start), *range(consonant), consonant, *space)

    def moved(self, text: str, keep_space: bool) -> str:
        return "".join(text[self.start + i] for i in self.origins(keep_space))

    def shifted(self, by: int) -> _Site:
        return _Site(self.start + by, self.consonant + by, self.marks_end + by, self.end + by, self.after)


def repair_moved_chains(clean: RepairedText, shown: bool = False) -> tuple[RepairedText, bool]:
    """Move marks back onto the consonant before them where the words read better so, chains of moves chosen
    together, in a text that shows the damage (or is `shown` to: a piece of a damaged record); the repaired text
    and whether anything was moved."""
    text = clean.text
    if not shown and len(_UNFINISHED.findall(text)) < SHOWN:
        return clean, False
    moves: list[tuple[_Site, bool]] = []
    for stretch in _STRETCH.finditer(text):
        if _SITE_CLUE.search(stretch.group(0)):
            moves.extend(_stretch_moves(stretch.group(0), stretch.start()))
    if not moves:
        return clean, False
    matches = (_ANY_SPAN.match(text, site.start, site.end) for site, _ in moves)
    replacements = {site.start: site.origins(keep) for site, keep in moves}
    repaired = rewrite_matches(clean, matches, lambda m: Moved(m, replacements[m.start()]))  # type: ignore[arg-type]
    return repaired, repaired is not clean


def _sites(stretch: str) -> list[_Site]:
    """Every place of a stretch where marks may have moved onto the consonant before (in order; a vowel that moved
    with its consonant's tone kept and the same vowel moved after that consonant's own marks are two sites)."""
    sites: list[_Site] = []
    for match in _SITE.finditer(stretch):
        at = match.start()
        before = stretch[at - 1]
        if "\u0e01" <= before <= "\u0e2e":  # a bare consonant before
            sites.append(_Site(at, at, match.end(2), match.end()))
            continue
        if "\u0e48" <= before <= "\u0e4b" and "\u0e01" <= stretch[at - 2] <= "\u0e2e" \
                and len(match.group(2)) == 1 and match.group(2) < "\u0e47":  # ร้ทู: a vowel moved, its tone kept
            sites.append(_Site(at - 1, at, match.end(2), match.end()))
        after = tuple(i for i, site in enumerate(sites) if site.end == at)
        if after:  # the marks of the sites before (and the space they left)
            sites.append(_Site(at, at, match.end(2), match.end(), after))
    return sites


def _stretch_moves(stretch: str, offset: int) -> Iterator[tuple[_Site, bool]]:
    """The moves to make in a stretch (sites at offsets of the whole text), and whether each keeps its space."""
    unread = unread_letters(stretch, READING)
    if not unread:
        return
    sites = _sites(stretch)
    near = [any(site.start - 1 - NEAR <= at < site.end + NEAR for at in unread) for site in sites]
    for i in range(len(sites) - 1, 0, -1):  # a chained move needs one before it
        if near[i]:
            for before in sites[i].after:
                near[before] = True
    chosen: dict[int, bool] = {}  # site index → moved
    keep_space: dict[int, bool] = {}
    for group in _groups([i for i, is_near in enumerate(near) if is_near], sites):
        shifted = _choose(stretch, sites, group, chosen)
        for i in group:
            chosen[i] = i in shifted
        for i in group:
            if chosen[i]:
                keep_space[i] = _keeps_space(stretch, sites, group, chosen, i)
    for i, moved in sorted(chosen.items()):
        if moved:
            yield sites[i].shifted(offset), keep_space[i]


def _groups(indices: list[int], sites: list[_Site]) -> Iterator[list[int]]:
    """The sites in groups chosen together: chained, or near each other."""
    group: list[int] = []
    for i in indices:
        if group and not set(sites[i].after) & set(group) and sites[i].start - sites[group[-1]].end > GROUP_GAP:
            yield group
            group = []
        group.append(i)
    if group:
        yield group


def _valid(sites: list[_Site], chosen: dict[int, bool], shifted: frozenset[int]) -> bool:
    """Whether moves can be made together: each chained one after a move that frees its consonant, no two
    over the same letters."""
    ordered = sorted(shifted)
    return all(not sites[i].after or any(j in shifted or chosen.get(j, False) for j in sites[i].after)
               for i in ordered) and all(
        sites[i].end <= sites[j].start for i, j in itertools.pairwise(ordered))


def _render(stretch: str, sites: list[_Site], moved: dict[int, bool], start: int, end: int,
            spaces: dict[int, bool] | None = None, joined: list[int] = ()) -> str:
    """stretch[start:end] with the moves made (their spaces dropped, unless `spaces` keeps them), and the spaces
    after the marks of the `joined` sites dropped (their marks left where they are)."""
    out: list[str] = []
    at = start
    for i, site in enumerate(sites):
        if at <= site.start and site.end <= end and (moved.get(i) or i in joined):  # (at: none overlap)
            out.append(stretch[at:site.start])
            out.append(site.moved(stretch, bool(spaces and spaces.get(i))) if moved.get(i)
                       else stretch[site.start:site.marks_end])
            at = site.end
    out.append(stretch[at:end])
    return "".join(out)


def _window(stretch: str, sites: list[_Site], group: list[int]) -> tuple[int, int]:
    return max(0, sites[group[0]].start - 1 - CONTEXT), min(len(stretch), sites[group[-1]].end + CONTEXT)


def _choose(stretch: str, sites: list[_Site], group: list[int], chosen: dict[int, bool]) -> frozenset[int]:
    """The sites of a group whose marks moved: the choice whose text reads best (ties: the fewest moves)."""
    start, end = _window(stretch, sites, group)

    def cost(shifted: frozenset[int]) -> float:
        moved = {**chosen, **{i: i in shifted for i in group}}
        return reading_cost(_render(stretch, sites, moved, start, end), READING) + MOVE_COST * len(shifted)

    if len(group) <= EXHAUSTIVE:
        options = (frozenset(pick) for size in range(len(group) + 1) for pick in itertools.combinations(group, size))
        best = min((shifted for shifted in options if _valid(sites, chosen, shifted)), key=cost)
    else:
        best = _improved(group, lambda shifted: _valid(sites, chosen, shifted), cost)
    # justified text puts spaces after marks inside words (กลั บ, หล่ มเก่า): where the words read as well with
    # the spaces dropped and no mark moved, the marks are where they belong (the spaces are another repair's)
    if best and reading_cost(_render(stretch, sites, chosen, start, end, joined=group), READING) <= cost(best):
        return frozenset()
    return best


def _improved(group: list[int], valid: Callable[[frozenset[int]], bool],
              cost: Callable[[frozenset[int]], float]) -> frozenset[int]:
    """The moves of a large group: runs of up to RUN neighbouring sites flipped while the text reads better."""
    best: frozenset[int] = frozenset()
    best_cost = cost(best)
    improved = True
    while improved:
        improved = False
        for first in range(len(group)):
            for size in range(1, RUN + 1):
                run = frozenset(group[first:first + size])
                if len(run) < size:
                    break
                candidate = best ^ run
                if valid(candidate) and (now := cost(candidate)) < best_cost:
                    best, best_cost, improved = candidate, now, True
    return best


def _keeps_space(stretch: str, sites: list[_Site], group: list[int], chosen: dict[int, bool], i: int) -> bool:
    """Whether the space after a move's marks stays: where the words read as well with it (a space between
    words), not where a word runs across it."""
    if sites[i].end == sites[i].marks_end:
        return False
    start, end = _window(stretch, sites, group)
    joined = reading_cost(_render(stretch, sites, chosen, start, end), READING)
    spaced = reading_cost(_render(stretch, sites, chosen, start, end, {i: True}), READING)
    return spaced <= joined
