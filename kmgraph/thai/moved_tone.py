"""A tone mark PDF extraction moved on to the next syllable (ไมมี่ → ไม่มี): from a consonant with no mark to after
the vowel above the consonant that follows it. Moved back where the letters read as likelier words so, in text that
shows PDF damage; never inside a person's name (names are not in the dictionary)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .chars import CONSONANT, TONE
from .names import Names
from .offsets import Moved, RepairedText, rewrite_matches
from .reread import reading_cost, unread_letters
from .words import _dictionary

# a bare consonant, the next consonant, its vowel above and the tone: the tone moved from the first to the last
_MOVED_TONE = re.compile(f"([{CONSONANT}])([{CONSONANT}])([\u0e34-\u0e37])([{TONE}])")
_CLUE = re.compile(f"[\u0e34-\u0e37][{TONE}]")
WORD_REACH = 6  # the longest word ending at the bare consonant looked up
REACH = 10  # the letters read either side of a moved tone (in its run of Thai letters)
_RUN = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]+")
_RUN_BEFORE = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]*\\Z")


def repair_moved_tones(clean: RepairedText) -> RepairedText:
    """Move each tone back (ไมมี่ → ไม่มี) where the syllable as written starts no word of the lists (มี่: ที่ is
    left) and its run of letters reads as cheaper words, fewer letters unread, so."""
    if not _CLUE.search(clean.text):
        return clean
    text = clean.text
    names: list[Names] = []
    return rewrite_matches(clean, _moved_tones(text), _move_back(text, names))


def _moved_tones(text: str) -> Iterator[re.Match[str]]:
    """_MOVED_TONE.finditer(text), found from each vowel and tone (_CLUE: a fast scan; the pattern itself starts
    with a consonant, tried at every letter). Matches cannot overlap (a vowel or tone is no consonant), so each
    clue two letters after a consonant pair is one."""
    for clue in _CLUE.finditer(text):
        if clue.start() >= 2 and (match := _MOVED_TONE.match(text, clue.start() - 2)):
            yield match


def _move_back(text: str, names: list[Names]) -> Callable[[re.Match[str]], str]:
    words = _dictionary(True).words

    def fix(match: re.Match[str]) -> str | Moved:
        bare, tone = match.start(1), match.group(4)
        starts = range(bare, max(0, bare - WORD_REACH) - 1, -1)
        # ไปที่: a word ends at the bare consonant as written; ไมมี่: none does, and one does with the tone (ไม่)
        if any(text[start:bare + 1] in words for start in starts) or \
                not any(text[start:bare + 1] + tone in words for start in starts):
            return match.group(0)
        if not names:
            names.append(Names(text))
        if names[0].token(match.start(), match.end()) is not None:
            return match.group(0)
        start = _RUN_BEFORE.search(text, max(0, match.start() - REACH), match.start()).start()  # type: ignore[union-attr]
        end = min(_RUN.match(text, match.start()).end(), match.end() + REACH)  # type: ignore[union-attr]
        moved = text[start:match.start()] + match.expand(r"\1\4\2\3") + text[match.end():end]
        written = text[start:end]  # (a word cut at the window's edge is unread either way)
        if len(unread_letters(moved)) >= len(unread_letters(written)) or reading_cost(moved) >= reading_cost(written):
            return match.group(0)
        return Moved(match, (0, 3, 1, 2))
    return fix
