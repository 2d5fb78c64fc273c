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
from functools import lru_cache

from .. import tables
from .chars import CONSONANT, MARK, TONE
from .names import Names
from .offsets import Moved, RepairedText, rewrite_matches
from .reread import AM_DROPPED, name_repaired, reading_cost, unread_letters

_THAI = f"{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e"
# a run of Thai letters whose inner spaces each follow a mark: the spaces a chain of moved marks leaves
_STRETCH = re.compile(f"[{_THAI}]+(?:(?<=[{MARK}]) [{_THAI}]+)*")
# the marks that move together past a consonant: a vowel above or below (with its tone), or a tone, mai taikhu
# or karan alone; printed after a consonant that follows a bare consonant (or a space a move left)
# (a vowel below moves with its karan, พนั ธปุ์ลา; one above does not: อนิทรยี์ is ี moved, ย's own karan)
MOVED_MARKS = f"[\u0e31\u0e34-\u0e37][{TONE}]?|[\u0e38\u0e39][{TONE}\u0e4c]?|[{TONE}\u0e47\u0e4c]"
# (a karan moved on to a consonant that has a vowel of its own stands before it, ภัณฑช์ุมชน: Thai writes no vowel
# after a karan, so the consonant's own marks follow the moved one)
_OWN_AFTER_KARAN = f"(?<=\u0e4c)[\u0e31\u0e34-\u0e39][{TONE}]?"
_SITE = re.compile(f"(?<=[{CONSONANT}{MARK} ])([{CONSONANT}])({MOVED_MARKS})({_OWN_AFTER_KARAN})?(?![{MARK}])( ?)")
_SITE_CLUE = re.compile(f"[{CONSONANT}][{CONSONANT}](?:{MOVED_MARKS})(?:{_OWN_AFTER_KARAN})?(?![{MARK}])")  # a
# stretch worth reading
# the damage shown: mai han-akat or sara uee before a space, a syllable left unfinished (นกั วชิ าการ, ชอื่ สกลุ),
# in SHOWN places or more (justified text shows it too: its moves are weighed against joining the spaces)
_UNFINISHED = re.compile(f"[\u0e31\u0e37][{TONE}]? ")
# marks moved with no space after: a mai han akat with no final consonant after it, a vowel or a leading vowel
# instead (วนัแรก, นงั่เงยีบ), which written Thai never has
_OPEN_AKAT = re.compile(f"\u0e31[{TONE}]?(?=[\u0e40-\u0e44\u0e30\u0e32\u0e33\u0e31-\u0e3a\u0e47])")
SHOWN = 2
NEAR = 2  # a move is tried where its letters stand within this many of a letter no word reads
GROUP_GAP = 6  # moves closer than this are chosen together (a word may hold both)
CONTEXT = 10  # letters read either side of a group of moves
EXHAUSTIVE = 4  # a group of at most this many moves tries every choice; a larger one, runs of up to RUN moves
RUN = 4
# a move costs this much, so that where both read alike the text stays as printed
MOVE_COST = 0.02
_ANY_SPAN = re.compile(r"[\s\S]+")
_THAI_RUN = re.compile(f"[{_THAI}]+")
# text layers that move marks drop sara am as often (สาคญั is ความสำคัญ): the words are read with it restored
READING = AM_DROPPED


@dataclass(frozen=True)
class _Site:
    """Marks printed after a consonant that may be the consonant before's: the consonant at `consonant`, the marks
    that moved up to `moved_end`, its own after them up to `marks_end`, a space up to `end`. `start` is the
    consonant, or the mark before it that the consonant before kept (ร้ทู is รู้ท: its vowel moved, its tone
    kept; ขึน้ is ขึ้น: its tone moved). `after`: the sites whose move leaves the consonant before bare (their
    marks, and the space they left, stand between); none if it is bare as printed. `frees`: whether the move
    leaves this consonant bare in turn."""

    start: int
    consonant: int
    moved_end: int
    marks_end: int
    end: int
    after: tuple[int, ...] = ()
    vowel_kept: bool = False

    @property
    def frees(self) -> bool:
        return self.moved_end == self.marks_end

    def origins(self, keep_space: bool) -> tuple[int, ...]:
        """The order of the site's characters (from start) once its marks are back: the consonant before's marks
        (a vowel before a tone: the kept one first where it is a vowel), the consonant, its own marks."""
        consonant = self.consonant - self.start
        kept, moved = range(consonant), range(consonant + 1, self.moved_end - self.start)
        own = range(self.moved_end - self.start, self.marks_end - self.start)
        space = (self.marks_end - self.start,) if keep_space and self.end > self.marks_end else ()
        marks = (*kept, *moved) if self.vowel_kept else (*moved, *kept)
        return (*marks, consonant, *own, *space)

    def moved(self, text: str, keep_space: bool) -> str:
        return "".join(text[self.start + i] for i in self.origins(keep_space))

    def shifted(self, by: int) -> _Site:
        return _Site(self.start + by, self.consonant + by, self.moved_end + by, self.marks_end + by, self.end + by,
                     self.after, self.vowel_kept)


def repair_moved_chains(clean: RepairedText, shown: bool = False,
                        names_shown: bool = False) -> tuple[RepairedText, bool]:
    """Move marks back onto the consonant before them where the words read better so, chains of moves chosen
    together, in a text that shows the damage (or is `shown` to: a piece of a damaged record); in people's names
    only where `names_shown` (marks moved elsewhere, ไดร้ ับ, yet no syllable left unfinished: a name no
    single-mark repair reads, พมิ พช์นก); the repaired text and whether anything was moved."""
    text = clean.text
    in_names = None
    if not shown and not moves_shown(text):
        if not names_shown or not (names := Names(text)):
            return clean, False
        in_names = names
    weighed: list[tuple[_Site, bool | None]] = []
    for stretch in _STRETCH.finditer(text):
        if in_names is not None and in_names.token(*stretch.span()) is None:
            continue
        if _SITE_CLUE.search(stretch.group(0)):
            weighed.extend(_stretch_moves(stretch.group(0), stretch.start()))
    # a space after moved marks where the words read alike either way: the move's where the text shows its moves
    # leave spaces inside words (นกั วชิ าการ), else one between words, kept (แกว้ประเสรฐิ พฒันาการ, ขอ้มลู ณ)
    spaces_moved = any(keep is False and site.end > site.marks_end for site, keep in weighed)
    moves = [(site, not spaces_moved if keep is None else keep) for site, keep in weighed]
    if moves:
        moves = _in_names(text, moves)
    if not moves:
        return clean, False
    matches = (_ANY_SPAN.match(text, site.start, site.end) for site, _ in moves)
    replacements = {site.start: site.origins(keep) for site, keep in moves}
    repaired = rewrite_matches(clean, matches, lambda m: Moved(m, replacements[m.start()]))  # type: ignore[arg-type]
    return repaired, repaired is not clean


def moves_shown(text: str) -> bool:
    """Whether the text shows marks moved past their consonant: SHOWN syllables left unfinished or more, or SHOWN
    very common words with their tone moved past the next consonant (แลว้ ใหส้มาชิก: tones alone moved)."""
    shown = len(_UNFINISHED.findall(text)) + len(_OPEN_AKAT.findall(text))
    return shown >= SHOWN or len(_tone_moved_words().findall(text)) >= SHOWN - shown


@lru_cache(maxsize=1)
def _tone_moved_words() -> re.Pattern[str]:
    """The very common words of kmgraph/data/low_marks.tsv whose tone mark sits on a consonant with no vowel, as
    PDF extraction leaves them with it moved past the next consonant: inside the word (แล้ว → แลว้, ก่อน → กอ่น),
    or, at its end, on to the next word's first consonant (ให้สมาชิก → ใหส้มาชิก; not where the letters after the
    bare form make another clean word: ใหญ่)."""
    forms: list[str] = []
    for line in (tables.DATA_DIR / "low_marks.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, after = line.partition("\t")
        tone = re.search(f"(?<=[{CONSONANT}])[{TONE}]", word)
        if tone is None:
            continue
        at = tone.start()
        if at + 1 == len(word):
            others = f"(?![{after.strip()}])" if after.strip() else ""
            forms.append(f"{re.escape(word[:at])}{others}[{CONSONANT}][{TONE}]")
        elif _is_consonant(word[at + 1]):
            forms.append(re.escape(word[:at] + word[at + 1] + word[at] + word[at + 2:]))
    return re.compile("|".join(forms))


def _in_names(text: str, moves: list[tuple[_Site, bool]]) -> list[tuple[_Site, bool]]:
    """The moves, less those in a person's name that do not make it a name (or word) the lists know, and those
    onto an honorific (นายสุวิท is no นายุ สิวท): the reading weighs words, and a name no list knows reads as
    none, so any move that makes a word of it would be taken."""
    names = Names(text)
    if not names:
        return moves
    joined = _joined_names(names, moves)
    kept: list[tuple[_Site, bool]] = []
    for site, keep in moves:
        if site.marks_end > site.moved_end and text[site.moved_end - 1] == "\u0e4c":
            kept.append((site, keep))  # ศรีวงษน์ัก: a karan before a vowel, which Thai cannot write: moved whatever
            continue  # the lists say (a name run on into the next word is no name they know)
        token = names.token(site.start, site.marks_end)
        if token and _OPEN_AKAT.match(text, site.consonant + 1) and \
                name_repaired(_moved_token(text, token, moves), shown=True):
            kept.append((site, keep))  # ปนัแกว้: a mai han-akat before a leading vowel, which Thai cannot write
            continue  # (ปันแก้ว: moved where the name then reads as words)
        if token and token in joined:  # พมิ พช์นก: one name the move split, read whole (พิมพ์ชนก: พิมพ์ ชนก)
            whole = joined[token]
            if not name_repaired(_moved_token(text, whole, moves), shown=True):
                if token[1] != site.marks_end or not name_repaired(_moved_token(text, token, moves)):
                    continue
                keep = True  # คาํปนุ ภกู: two names, the space between them theirs (the move reads a name alone)
        elif token and not keep and site.end == token[1] + 1 and (run := _THAI_RUN.match(text, site.end)):
            # ภกู องไชย: the move's space cut the name the lists saw short; read with the rest of it
            if not name_repaired(_moved_token(text, (token[0], run.end()), moves), shown=True):
                continue
        elif names.in_honorific(site.start - 1) or token and not name_repaired(_moved_token(text, token, moves)):
            continue
        kept.append((site, keep))
    while True:  # a chained move whose consonant no kept move frees is dropped too
        ends = {site.end for site, _ in kept}
        chained = [(site, keep) for site, keep in kept if not site.after or site.start in ends]
        if len(chained) == len(kept):
            return kept
        kept = chained


def _joined_names(names: Names, moves: list[tuple[_Site, bool]]) -> dict[tuple[int, int], tuple[int, int]]:
    """A name's two runs one space apart where a move out of the first drops that space (พมิ พช์นก: the marks of
    พิมพ์ moved across it), each run → the two as one: a name the damage split. The text shows the damage (moves
    are searched for only then), so the whole is repaired where it reads as words (name_repaired, shown)."""
    joined: dict[tuple[int, int], tuple[int, int]] = {}
    for first, second in itertools.pairwise(names.tokens):
        if second[0] != first[1] + 1:
            continue
        if any(first[0] <= site.start < first[1] < site.end and not keep for site, keep in moves):
            joined[first] = joined[second] = (first[0], second[1])
    return joined


def _moved_token(text: str, token: tuple[int, int], moves: list[tuple[_Site, bool]]) -> str:
    """A name run with the moves in it made (and the spaces they keep dropped: a name has none)."""
    start, end = token
    out, at = [], start
    for site, _ in sorted(moves, key=lambda move: move[0].start):
        if start <= site.start and site.marks_end <= end:
            out.append(text[at:site.start])
            out.append(site.moved(text, False))
            at = site.end
    out.append(text[at:end])
    return "".join(out)


def _sites(stretch: str) -> list[_Site]:
    """Every place of a stretch where marks may have moved onto the consonant before (in order; where the
    consonant before kept a mark, or the marks before are a site's that may have moved, both are sites)."""
    sites: list[_Site] = []
    for match in _SITE.finditer(stretch):
        at, moved_end, end = match.start(), match.end(2), match.end()
        marks_end = match.end(3) if match.group(3) else moved_end
        before = stretch[at - 1]
        if _is_consonant(before):  # a bare consonant before
            sites.append(_Site(at, at, moved_end, marks_end, end))
            continue
        if match.group(3):  # (its own vowel after the karan: only the karan of a bare consonant before moves)
            continue
        if at >= 2 and _is_consonant(stretch[at - 2]):
            first = match.group(2)[0]
            if _is_tone(before) and _is_vowel(first):  # ร้ทู, ผ้ชู่: the vowel moved, the tone kept
                sites.append(_Site(at - 1, at, at + 2, marks_end, end))
            elif _is_vowel(before) and _is_tone(first) and len(match.group(2)) == 1:  # ขึน้: the tone moved
                sites.append(_Site(at - 1, at, marks_end, marks_end, end, vowel_kept=True))
        after = tuple(i for i, site in enumerate(sites) if site.end == at and site.frees)
        if after:  # the marks of the sites before (and the space they left)
            sites.append(_Site(at, at, marks_end, marks_end, end, after))
    return sites


def _is_consonant(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e2e"


def _is_vowel(char: str) -> bool:
    return char == "\u0e31" or "\u0e34" <= char <= "\u0e39"


def _is_tone(char: str) -> bool:
    return "\u0e48" <= char <= "\u0e4b"


def _stretch_moves(stretch: str, offset: int) -> Iterator[tuple[_Site, bool | None]]:
    """The moves to make in a stretch (sites at offsets of the whole text), and whether each keeps its space (None:
    the words read alike either way, and no label says so)."""
    unread = unread_letters(stretch, READING)
    sites = _sites(stretch)
    # tried: the moves near letters no word reads, and those that read better alone (ทนุ, a word, is ทุน)
    near = [any(site.start - 1 - NEAR <= at < site.end + NEAR for at in unread) or _better_alone(stretch, sites, i)
            for i, site in enumerate(sites)]
    chosen: dict[int, bool] = {}  # site index → moved
    for group in _groups(list(range(len(sites))), sites):
        if not any(near[i] for i in group):
            continue
        shifted = _choose(stretch, sites, group, chosen)
        for i in group:
            chosen[i] = i in shifted
    for i, moved in sorted(chosen.items()):  # the spaces once every move is known (สนบั สนนุ: สนับสนุน)
        if moved:
            yield sites[i].shifted(offset), _keeps_space(stretch, sites, chosen, i)


def _better_alone(stretch: str, sites: list[_Site], i: int) -> bool:
    """Whether the words around a site read better with its marks moved (and the space after them dropped)."""
    if sites[i].after:
        return False
    start, end = _window(stretch, sites, i, i)
    return reading_cost(_render(stretch, sites, {i: True}, start, end), READING) + MOVE_COST < \
        reading_cost(stretch[start:end], READING)


def _groups(indices: list[int], sites: list[_Site]) -> Iterator[list[int]]:
    """The sites in groups chosen together (a word may hold several): chained, or near each other."""
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


def _window(stretch: str, sites: list[_Site], first: int, last: int) -> tuple[int, int]:
    """The letters read to weigh the moves of sites[first..last]: CONTEXT letters either side, widened so as not
    to cut through another site."""
    start, end = max(0, sites[first].start - 1 - CONTEXT), min(len(stretch), sites[last].end + CONTEXT)
    for site in sites:
        if site.start < start < site.end:
            start = site.start
        if site.start < end < site.end:
            end = site.end
    return start, end


def _choose(stretch: str, sites: list[_Site], group: list[int], chosen: dict[int, bool]) -> frozenset[int]:
    """The sites of a group whose marks moved: the choice whose text reads best (ties: the fewest moves)."""
    def cost(shifted: frozenset[int], window: tuple[int, int]) -> float:
        moved = {**chosen, **{i: i in shifted for i in group}}
        return reading_cost(_render(stretch, sites, moved, *window), READING) + MOVE_COST * len(shifted)

    whole = _window(stretch, sites, group[0], group[-1])
    if len(group) <= EXHAUSTIVE:
        options = (frozenset(pick) for size in range(len(group) + 1) for pick in itertools.combinations(group, size))
        best = min((shifted for shifted in options if _valid(sites, chosen, shifted)),
                   key=lambda shifted: cost(shifted, whole))
    else:
        best = _improved(stretch, sites, group, lambda shifted: _valid(sites, chosen, shifted), cost)
    # justified text puts spaces after marks inside words (กลั บ, หล่ มเก่า): where the words read as well with
    # the spaces dropped and no mark moved, the marks are where they belong (the spaces are another repair's)
    if best and reading_cost(_render(stretch, sites, chosen, *whole, joined=group), READING) <= cost(best, whole):
        return frozenset()
    return best


def _improved(stretch: str, sites: list[_Site], group: list[int], valid: Callable[[frozenset[int]], bool],
              cost: Callable[[frozenset[int], tuple[int, int]], float]) -> frozenset[int]:
    """The moves of a large group, found by steps while the letters read better, the best step first: a run of
    up to RUN neighbouring sites made (the moves over the same letters unmade) or unmade. Each step is weighed on
    the letters it changes, so that a long group is not read whole at every try."""
    best: frozenset[int] = frozenset()
    while True:
        steps = []
        for first in range(len(group)):
            for run in _runs(sites, group[first:]):
                over = {i for i in best if any(_overlap(sites[i], sites[j]) for j in run)} - run
                for candidate in (best - over | run, best - run):
                    if candidate != best and valid(candidate):
                        changed = sorted(candidate ^ best)
                        window = _window(stretch, sites, changed[0], changed[-1])
                        steps.append((cost(candidate, window) - cost(best, window), len(candidate), candidate))
        gain, _, step = min(steps, key=lambda s: s[:2], default=(0.0, 0, best))
        if gain >= 0:
            return best
        best = step


def _overlap(one: _Site, other: _Site) -> bool:
    return one.start < other.end and other.start < one.end


def _runs(sites: list[_Site], following: list[int]) -> Iterator[frozenset[int]]:
    """The runs of up to RUN sites from the first of `following` on, each site over letters the run's others are
    not over (of two readings of the same letters, ร้ทู or รทู้, a run holds one)."""
    run: list[int] = []
    for i in following:
        if len(run) == RUN:
            return
        if not any(_overlap(sites[i], sites[j]) for j in run):
            run.append(i)
            yield frozenset(run)


def _keeps_space(stretch: str, sites: list[_Site], chosen: dict[int, bool], i: int) -> bool | None:
    """Whether the space after a move's marks stays: where the words read better with it (a space between
    words), not where a word runs across it; None where they read alike (the text's other moves tell)."""
    if sites[i].end == sites[i].marks_end:
        return False
    start, end = _window(stretch, sites, i, i)
    joined = reading_cost(_render(stretch, sites, chosen, start, end), READING)
    spaced = reading_cost(_render(stretch, sites, chosen, start, end, {i: True}), READING)
    if spaced != joined:
        return spaced < joined
    # where the words read alike either way, the space is kept where a label or a place word stands before it
    # (ตำแหน่ง นักวิชาการ, จังหวัด พังงา): the space between a label and its value; else the text's moves tell
    # (ความสำเร็จ ของ in text whose moves leave spaces inside words)
    # (or a label starts after it: หลีเส็น ตำแหน่ง, a name and the next field's label)
    if _ends_with_label(_render(stretch, sites, chosen, start, sites[i].end, {i: True})) or \
            _bare(_render(stretch, sites, chosen, sites[i].end, end)).startswith(_label_words()):
        return True
    return None


_LABEL_MARKS = "#:@="  # what templates.toml writes after a label to say where it opens a section


@lru_cache(maxsize=1)
def _label_words() -> tuple[str, ...]:
    """The Thai labels and place words a value follows after a space (spaces and hyphens dropped; also with sara
    am dropped, as moved-mark text prints them): lexicon.toml's inline fields and header labels, templates.toml's
    section labels (and the part after a hyphen of one), and the place words of lexicon.toml's [places]."""
    lexicon, places = tables.lexicon(), tables.lexicon().places
    words = [*itertools.chain.from_iterable(lexicon.inline_fields.values()),
             *itertools.chain.from_iterable(lexicon.header_labels.values()),
             *(label.rstrip(_LABEL_MARKS) for section in tables.templates().sections.values()
               for label in section.labels),
             *places.district, *places.province, *places.smaller, *places.villages]
    words += [word.rpartition("-")[2] for word in words if "-" in word]  # ชื่อ-สกุล: a stretch starts after -
    bare = {_bare(word) for word in words if any("\u0e01" <= char <= "\u0e2e" for char in word)}
    bare |= {word.replace("\u0e33", "\u0e32") for word in bare}
    return tuple(sorted(bare))


def _bare(text: str) -> str:
    return text.replace(" ", "").replace("-", "")


def _ends_with_label(text: str) -> bool:
    """Whether the text (up to a space) ends with a label or a place word."""
    return _bare(text.rstrip()).endswith(_label_words())
