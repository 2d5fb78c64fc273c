"""A vowel mark printed twice after a consonant that follows a bare one (บรรจถุุง), or a vowel and tone then the
same tone (หนคี้้าง): PDF extraction moved the bare consonant's own marks past the next consonant, onto that
consonant's like mark (บรรจุถุง, หนี้ค้าง), and the doubled mark
would otherwise be dropped as typed twice. Put back where the run of letters reads with fewer letters unread and
as likelier words so."""

from __future__ import annotations

import re
from collections.abc import Callable

from .chars import CONSONANT, TONE
from .offsets import Moved, RepairedText, rewrite
from .reread import reading_cost, unread_letters

# a bare consonant, the next consonant, its vowel above or below printed twice (a tone after the second)
# or the bare consonant's vowel and tone printed before the next consonant's own tone, the same (หนคี้้าง: หนี้ค้าง)
_DOUBLED = re.compile(f"([{CONSONANT}])([{CONSONANT}])([\u0e31\u0e34-\u0e39]|[\u0e31\u0e34-\u0e39][{TONE}])"
                      f"((?<=([{TONE}]))\\5|(?<![{TONE}])\\3)")
_CLUE = re.compile(f"([\u0e31\u0e34-\u0e39{TONE}])\\1")
REACH = 10  # the letters read either side of the pair (in its run of Thai letters)
_RUN = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]*")
_RUN_BEFORE = re.compile(f"[{CONSONANT}\u0e30-\u0e3a\u0e40-\u0e4e]*\\Z")


def repair_doubled_marks(clean: RepairedText) -> RepairedText:
    """Move the first of a doubled vowel back onto the bare consonant before (บรรจถุุง → บรรจุถุง) where that reads
    better; the rest are left for the repair of marks typed twice."""
    if not _CLUE.search(clean.text):
        return clean
    return rewrite(clean, _DOUBLED, _move_back(clean.text))


def _move_back(text: str) -> Callable[[re.Match[str]], str]:
    def fix(match: re.Match[str]) -> str | Moved:
        start = _RUN_BEFORE.search(text, max(0, match.start() - REACH), match.start()).start()  # type: ignore[union-attr]
        end = min(_RUN.match(text, match.end()).end(), match.end() + REACH)  # type: ignore[union-attr]
        before, after = text[start:match.start()], text[match.end():end]
        moved = before + match.expand(r"\1\3\2\4") + after
        written = before + match.expand(r"\1\2\3") + after  # (as the repair of doubled marks would leave it)
        if len(unread_letters(moved)) >= len(unread_letters(written)) or reading_cost(moved) >= reading_cost(written):
            return match.group(0)
        marks = len(match.group(3))
        return Moved(match, (0, *range(2, 2 + marks), 1, 2 + marks))
    return fix
