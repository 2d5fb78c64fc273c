"""Word lists and the regular expressions built from them: the one longest-first alternation builder, the trie
regex for thousands of words, and pythainlp's dictionary as a WordList."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache


def longest_first(words: Iterable[str]) -> list[str]:
    """The words once each, longest first (ties in code-point order, so patterns are the same on every run)."""
    return sorted(set(words), key=lambda word: (-len(word), word))


def alternation(words: Iterable[str], escape: Callable[[str], str] = re.escape) -> str:
    """`a|b|c` matching any of words, longest first so that the longest word wins where several start."""
    return "|".join(escape(word) for word in longest_first(words))


def trie_regex(words: list[str]) -> str:
    """One regular expression matching any of words, shaped as a trie (fast on thousands of words).

    At each branch longer continuations are tried first, so the longest word wins.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class WordList:
    """A set of words answering which of them start a text (as a trie would), cheap to build."""

    def __init__(self, words: set[str]):
        self.words = frozenset(words)
        self.longest = max(map(len, self.words), default=0)
        # the longest word starting with each three letters: a text's first three letters bound the words it can
        # start with (most Thai words are short), so a look-up stops there, not at the longest word of all
        # (longest last, so that it is the one kept; words of two letters or fewer reach no further than the default)
        self._reach = {word[:3]: len(word) for word in sorted(self.words, key=len) if len(word) > 2}

    def _stop(self, text: str, start: int, stop: int) -> int:
        """The length past which no word starting at text[start] can reach, at most stop."""
        return min(stop, self._reach.get(text[start:start + 3], 2))

    def prefixes(self, text: str) -> list[str]:
        """The words text starts with, shortest first."""
        words = self.words
        return [text[:n] for n in range(1, self._stop(text, 0, len(text)) + 1) if text[:n] in words]

    def word_at(self, text: str, start: int, shortest: int, longest: int) -> bool:
        """Whether a word of shortest to longest letters starts at text[start]."""
        words, stop = self.words, self._stop(text, start, min(len(text) - start, longest))
        return any(text[start:start + n] in words for n in range(shortest, stop + 1))


def dictionary(with_names: bool) -> WordList:
    """pythainlp's word list (loaded once), with the name lists when with_names."""
    return _dictionary(bool(with_names))


@lru_cache(maxsize=2)
def _dictionary(with_names: bool) -> WordList:
    """pythainlp's word list; with names, its given and family names too (names are words as written)."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

    words = set(thai_words())
    if with_names:
        words |= set(thai_male_names()) | set(thai_female_names()) | set(thai_family_names())
    return WordList(words)
