"""The record's header lines: those that are not a template's title, whether a form follows, the story told
among them (wrapped paragraphs, the lines after the title)."""

from __future__ import annotations

from functools import lru_cache

from .. import tables
from ..model import Line, Segmented, Text
from ..thai import compact
from .chrome import is_chrome
from .lengths import MAX_TITLE


def header_lines(segmented: Segmented) -> list[Line]:
    titles = _template_titles()
    return [line for line in segmented.header if line.text.strip() and compact(line.text) not in titles]


@lru_cache(maxsize=1)
def _template_titles() -> frozenset[str]:
    return frozenset(compact(t) for spec in tables.templates().templates.values() for t in spec.titles)


PROSE_LINE = 60  # characters: a wrapped paragraph's lines are this long, two of them at least


def paragraph_lines(header: list[Line], text: str) -> set[int]:
    """Starts of the header lines that belong to a paragraph wrapped over several lines (lines one under the other,
    two of them long, longer together than a title): a flipbook page's story under its quoted title."""
    prose: set[int] = set()
    block: list[Line] = []
    set_off = True  # the block opens after a blank line (or the text's start), not under a line the header dropped
    previous_end = header[0].start if header else 0
    for line in [*header, None]:
        if line is not None and line.text.strip() and (not block or text[block[-1].end:line.start] == "\n"):
            if not block:
                set_off = not text[previous_end:line.start].strip()
            block.append(line)
            previous_end = line.end
            continue
        long_lines = sum(1 for member in block if _prose_long(member))
        if long_lines >= 2 and sum(len(member.text.strip()) for member in block) > MAX_TITLE:
            prose.update(_wrapped(block, set_off))
        block = [line] if line is not None and line.text.strip() else []
        if line is not None:
            set_off = not text[previous_end:line.start].strip()
            previous_end = line.end
    return prose


def _prose_long(line: Line) -> bool:
    """A line as long as a wrapped paragraph's, and no page chrome (a menu bar of many items is as long)."""
    return len(line.text.strip()) >= PROSE_LINE and not is_chrome(line.text)


def _wrapped(block: list[Line], set_off: bool = True) -> list[int]:
    """The lines of a block that belong to its wrapped paragraphs: the long lines, the short line closing each run
    of them, and a short first line opening the block set off by a blank line. Short lines stacked above a
    paragraph with no blank line between (a site's name, a menu, a date, the headline), or under a line the header
    dropped (a page number: 10, the story's title below it), are not its prose."""
    starts: list[int] = []
    longs = [_prose_long(member) for member in block]
    for at, member in enumerate(block):
        closing = at > 0 and longs[at - 1]
        opening = set_off and at == 0 and len(block) > 1 and longs[1]  # a paragraph's short first line
        if longs[at] or closing or opening:
            starts.append(member.start)
    return starts


# sections a page with no form has too (โพสต์เมื่อ …, the story under it, a credit at its end: ผู้เขียน …)
NOT_FORM_KINDS = ("date", "body", "author")


def has_form(segmented: Segmented) -> bool:
    return any(section.kind not in NOT_FORM_KINDS for section in segmented.sections)


def header_prose(header: list[Line], title: Text | None, text: str) -> list[Line]:
    """Above a form, the story told before its first heading (a book page's paragraph under its title, a blog's
    introduction): header lines after the title that are a wrapped paragraph or longer than a title."""
    after = lines_after_title(header, title)
    if not after:
        return []
    paragraph = paragraph_lines(header, text)
    return [line for line in after if line.start in paragraph or len(line.text.strip()) > MAX_TITLE]


def lines_after_title(header: list[Line], title: Text | None) -> list[Line]:
    """A narrative record's body: its header lines after the title, less chrome."""
    after = [line for line in header if title is None or line.start > title.end]
    return [line for line in after if line.text.strip() and not is_chrome(line.text)]
