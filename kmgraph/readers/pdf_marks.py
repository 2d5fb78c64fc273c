"""Thai marks a PDF's text layer gives out of order, put back after their base letter by where their glyphs stand.

A font draws a combining mark (an above or below vowel, a tone mark, the thanthakhat) over its base letter, but
the text layer lists glyphs in drawing order, and LibreOffice's Garuda export draws some marks late: the
thanthakhat of ศักดิ์ comes after the next word's first letter ("ศักดิ ภ์ ูจ่าพล", "ศักดิ ต์ ำแหน่ง"), with a space
PDFium made up where the mark left a gap, or at the end of the line. Character boxes cost a call each, so they are
read only around a place where the text already shows a mark out of place (a mark after a space or at a line's
start, a vowel mark after a tone mark).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

VOWEL_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47"  # ั ิ ี ึ ื ุ ู ฺ ็ : first after the base
TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d"  # ่ ้ ๊ ๋ ์ ํ : after the vowel mark
MARKS = VOWEL_MARKS + TONE_MARKS
SARA_AM = "\u0e33"
# A mark where none can stand: after a space or at the start of the line (sara am too: it never starts a word),
# or a vowel mark after a tone mark (the tone is typed last).
MISPLACED = re.compile(f"(?:^|\\s)[{MARKS}{SARA_AM}]|[{TONE_MARKS}][{VOWEL_MARKS}]")
WINDOW_BEFORE, WINDOW_AFTER = 3, 4  # characters before and after a sign of a misplaced mark looked at
PLACEMENT_SLACK = 1.0  # points a mark may stand beside its base's box and still be its own


@dataclass(frozen=True)
class Glyph:
    """One character of the text layer, its horizontal extent (PDF points) and whether PDFium made it up."""

    char: str
    left: float
    right: float
    generated: bool = False

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2

    def distance(self, x: float) -> float:
        """How far x lies outside the glyph's extent (0 inside)."""
        return max(self.left - x, 0.0, x - self.right)


def _rank(char: str) -> int:
    return 0 if char in VOWEL_MARKS else 1


def place_marks(glyphs: Sequence[Glyph]) -> tuple[str, int]:
    """The line's text with each mark after the letter its glyph stands over, and how many marks moved.

    A mark stays after the letter before it while its glyph's centre lies over that letter; otherwise it moves to
    the letter of the line it stands over (the nearest by its centre), after that letter's own vowel mark and
    before its tone mark. On such a line a space PDFium made up beside a mark was the gap a mark left, and goes.
    """
    bases = [index for index, glyph in enumerate(glyphs) if glyph.char not in MARKS and not glyph.char.isspace()]
    attached: dict[int, list[str]] = {}
    moved = 0
    home: int | None = None  # the last letter read
    for index, glyph in enumerate(glyphs):
        if glyph.char not in MARKS:
            home = index if not glyph.char.isspace() else home
            continue
        owner = home
        if bases and (owner is None or glyphs[owner].distance(glyph.centre) > PLACEMENT_SLACK):
            nearest = min(bases, key=lambda base: glyphs[base].distance(glyph.centre))
            if owner is None or glyphs[nearest].distance(glyph.centre) < glyphs[owner].distance(glyph.centre):
                moved += nearest != owner
                owner = nearest
        attached.setdefault(-1 if owner is None else owner, []).append(glyph.char)
    if not moved:
        return "".join(glyph.char for glyph in glyphs), 0
    out = list(attached.get(-1, ()))
    for index, glyph in enumerate(glyphs):
        if glyph.char in MARKS or (glyph.generated and glyph.char.isspace() and _beside_mark(glyphs, index)):
            continue
        out.append(glyph.char)
        out.extend(sorted(attached.get(index, ()), key=_rank))
    return "".join(out), moved


def _beside_mark(glyphs: Sequence[Glyph], index: int) -> bool:
    """Is a mark (or sara am) next to glyph `index` in the text layer?"""
    return any(0 <= at < len(glyphs) and glyphs[at].char in MARKS + SARA_AM for at in (index - 1, index + 1))


def placed_line(text: str, glyph_at: Callable[[int], Glyph]) -> tuple[str, int]:
    """`text` (a line of the text layer, character i read by glyph_at(i)) with its marks placed, and how many
    moved. Only the stretch around each place the text shows a mark out of place is looked at: back from the
    marks there to the first letter left of where they stand, and WINDOW_AFTER characters on."""
    glyphs: dict[int, Glyph] = {}

    def glyph(index: int) -> Glyph:
        if index not in glyphs:
            glyphs[index] = glyph_at(index)
        return glyphs[index]

    stretches: list[list[int]] = []
    for match in MISPLACED.finditer(text):
        marks = [at for at in range(max(0, match.start() - WINDOW_BEFORE), match.end()) if text[at] in MARKS]
        leftmost = min((glyph(at).centre for at in marks), default=math.inf)
        start = match.start()
        while start > 0 and not (text[start] not in MARKS and not text[start].isspace()
                                 and glyph(start).right < leftmost - PLACEMENT_SLACK):
            start -= 1
        end = min(len(text), match.end() + WINDOW_AFTER)
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], end)
        else:
            stretches.append([start, end])
    moved = 0
    for start, end in reversed(stretches):
        placed, count = place_marks([glyph(index) for index in range(start, end)])
        if count:
            text = text[:start] + placed + text[end:]
            moved += count
    return text, moved
