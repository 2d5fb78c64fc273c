"""The reader's tables built cheaply at start-up (kmgraph/build/workers.py _warm_up) are the tables the plain
construction builds: each damage's word index, the word costs, the TNC counts, the sara am contexts and the word
lists' reach, against a straightforward reference written out here."""

from __future__ import annotations

import math

import pytest

from kmgraph.thai import dictionary
from kmgraph.thai import reread as rr


def reference_index(damage: rr.Damage) -> dict[str, list[tuple[str, float]]]:
    """Every word erased one by one (the construction the index replaced), entries sorted; where the damage's
    words bond into compounds, a restored word the corpus never counts costs no more than its rarer part."""
    forms: dict[str, list[tuple[str, float]]] = {}
    for word, cost in rr._costs().items():
        erased = damage.erase(word)
        if erased == word:
            forms.setdefault(word, []).append((word, cost))
            continue
        forms.setdefault(erased, []).append((word, cost + rr.RESTORED * rr._changes(word, erased)))
        if damage.also and (other := damage.also(word)) != erased:
            forms.setdefault(other, []).append((word, cost + rr.RESTORED * rr._changes(word, other)))
        if damage.partial:
            forms.setdefault(word, []).append((word, cost))
    if damage.compounds:  # a form standing for more than one word: an uncounted word costs as its rarer part
        counts, costs = rr._counts()[0], rr._costs()
        for form, found in forms.items():
            if len(found) > 1:
                found[:] = [(word, cost - costs[word] + rr._parts_cost(word, costs[word], counts, costs))
                            if word != form else (word, cost) for word, cost in found]
    return {form: sorted(found) for form, found in forms.items()}


@pytest.mark.parametrize("damage", [rr.AS_WRITTEN, rr.AM_DROPPED, rr.AA_AS_AM, rr.LOW_MARKS_DROPPED,
                                    rr.MARKS_AS_SPACES], ids=lambda damage: damage.name)
def test_each_word_index_is_the_one_erasing_every_word_builds(damage):
    index = rr._reading(damage)
    want = reference_index(damage)
    assert {form: sorted(found) for form, found in index.forms.items()} == want
    assert index.longest == max(map(len, want))


def test_counts_costs_contexts_and_reach_are_the_plain_constructions():
    from pythainlp.corpus import tnc

    counts, total = rr._counts()
    assert counts == dict(tnc.word_freqs()) and total == sum(counts.values())
    words, names = rr._lexicon()
    rarest = math.log(total)
    assert rr._costs() == {word: 1 + rr.RARITY * (rarest - math.log1p(counts.get(word, 0))) / rarest
                           for word in words | names}
    assert rr._am_contexts() == {(word[at - 1], word[at + 1:at + 2]) for word in words | names
                                 for at in range(1, len(word)) if word[at] == "\u0e33"}
    for with_names in (False, True):
        word_list = dictionary(with_names)
        reach: dict[str, int] = {}
        for word in word_list.words:
            if len(word) > reach.get(word[:3], 2):
                reach[word[:3]] = len(word)
        assert word_list._reach == reach
