"""Thanthakhat (์, karan) a font dropped at a word's end (กลุ่มออมทรัพย → กลุ่มออมทรัพย์, ศาสตร → ศาสตร์): restored
at the end of a run of Thai letters where the dictionary knows the marked word and not the bare one (or knows the
bare one as much rarer), and the run reads better with it. Only in text that shows PDF damage (the caller says)."""

from __future__ import annotations

import re
from functools import lru_cache

from .offsets import RepairedText, rewrite_matches
from .reread import _counts, _lexicon, reading_cost

KARAN = "\u0e4c"
RARER = 10  # a bare form that is a word too must be this many times rarer (Thai National Corpus) than the marked
SHORTEST = 3  # letters of the bare form: shorter ones (ค, ธ) are abbreviations as often as words
_THAI_LETTER = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"
# the last SHORTEST letters of a run of Thai letters ending on one a karan may follow (a consonant, sara i or u),
# found at the character after the run (a fast scan: most characters are Thai letters, which fail at once)
_RUN_END = re.compile(f"[^{_THAI_LETTER}](?<=([{_THAI_LETTER}]{{{SHORTEST - 1}}}[\u0e01-\u0e2e\u0e34\u0e38])."
                      f")", re.S)
_LAST_LETTER = re.compile("[\u0e01-\u0e2e\u0e34\u0e38]")
READ_BEFORE = 12  # letters of the run read before the bare word, to weigh it with its neighbours


@lru_cache(maxsize=1)
def _bare_words() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The bare forms of the dictionary's words ending in karan that are no word or a much rarer one; and, by
    their last SHORTEST letters, the lengths of those ending so, longest first (most run ends end none: one look-up)."""
    words, counts = _lexicon()[0], _counts()[0]
    bare: set[str] = set()
    for word in words:
        if word.endswith(KARAN) and len(word) > SHORTEST:
            stem = word[:-1]
            if stem not in words or counts.get(stem, 0) * RARER < counts.get(word, 0):
                bare.add(stem)
    lengths: dict[str, set[int]] = {}
    for stem in bare:
        lengths.setdefault(stem[-SHORTEST:], set()).add(len(stem))
    return frozenset(bare), {end: tuple(sorted(sizes, reverse=True)) for end, sizes in lengths.items()}


def repair_dropped_karan(clean: RepairedText) -> RepairedText:
    """Karan put back at the ends of runs of Thai letters where a word the dictionary knows lost it."""
    text = clean.text
    bare, lengths = _bare_words()
    matches: list[re.Match[str]] = []
    for run_end in _RUN_END.finditer(text + "\n"):  # (a run at the text's end followed by a character too)
        sizes = lengths.get(run_end.group(1))
        if sizes is None:  # most run ends: no bare word ends so
            continue
        end = run_end.start()
        for size in sizes:
            start = end - size
            if start >= 0 and text[start:end] in bare:
                if _reads_better(text, start, end):
                    matches.append(_LAST_LETTER.match(text, end - 1))  # type: ignore[arg-type]
                break
    return rewrite_matches(clean, matches, lambda match: match.group(0) + KARAN)


def _reads_better(text: str, start: int, end: int) -> bool:
    """Whether the letters before a bare word's end (back to a space, READ_BEFORE at most past its start) read
    at least as well with karan after it."""
    begin = max(0, start - READ_BEFORE)
    begin = max(begin, text.rfind(" ", begin, start) + 1, text.rfind("\n", begin, start) + 1)
    written = text[begin:end]
    # as likely either way (นายวรเชษฐ: วร เชษฐ, วรเชษฐ์): the bare word is none, its marked form is: the karan
    return reading_cost(written + KARAN) <= reading_cost(written)
