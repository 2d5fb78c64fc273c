"""The header markers' pattern, written as a tree of shared letters for speed, finds what the flat alternation of
the marker keys (longest first) finds: the same keys at the same places."""

from __future__ import annotations

import random
import re

from kmgraph.extract.fields import _header_markers, _trie_pattern
from kmgraph.extract.letters import skeleton_key
from tests.conftest import SEEDS


def _flat(keys) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(key) for key in sorted(keys, key=len, reverse=True)))


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(match.span(), match.group(0)) for match in pattern.finditer(text)]


def test_the_tree_finds_the_longest_key_where_the_flat_alternation_does():
    pattern, markers, _ = _header_markers()
    flat = _flat(markers)
    texts = [skeleton_key(path.read_text(encoding="utf-8")) for path in sorted(SEEDS.rglob("*.txt"))]
    keys = sorted(markers)
    rng = random.Random(7)  # keys and their prefixes run together: where a shorter key must give way
    texts += ["".join(rng.choice(keys)[:rng.randint(1, 12)] for _ in range(8)) for _ in range(3000)]
    assert texts and all(_found(pattern, text) == _found(flat, text) for text in texts)


def test_a_key_inside_a_longer_one_is_found_when_the_longer_one_breaks_off():
    pattern = re.compile(_trie_pattern(["ab", "abcd", "abcdef", "bc", "xy"]))
    assert _found(pattern, "abcdeX abcdef abX xbc") == [((0, 4), "abcd"), ((7, 13), "abcdef"), ((14, 16), "ab"),
                                                         ((19, 21), "bc")]
