"""Thai text: characters and the compact key (chars), offset-keeping rewrites (offsets), word lists and the
regexes built from them (words), and the repairs of damaged text (repairs, `normalize`)."""

from __future__ import annotations

from .chars import (  # noqa: F401 - the package's API
    CONSONANT,
    MARK,
    THAI_DIGITS,
    TONE,
    CompactMap,
    compact,
    display_width,
    pad,
    to_arabic_digits,
)
from .offsets import RepairedText, from_source, rewrite  # noqa: F401
from .repairs import (  # noqa: F401
    WORD_REACH,
    _lone_final_pattern,
    _sara_am_pattern,
    normalize,
    repair_moved_vowels,
    repair_sara_am,
)
from .words import WordList, alternation, dictionary, longest_first, trie_regex  # noqa: F401
