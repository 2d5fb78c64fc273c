"""A set of invented wild fixtures and its gold (tests/fixtures/wild-N, tests/gold/wild-N.json), held to what it is
read right today: each fixture to its list of facts, the whole set to its floors (benchmarks/score_records.py's
rules). Raise the lists and the floors as the rest is put right, never lower them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pytest

from kmgraph.exports.records import record_to_dict
from kmgraph.extract.records import parse_record
from tests.conftest import FIXTURES, ROOT
from tests.extract.test_wild import HEADER_FACTS, SCORER, fact_ok

LISTS = ("steps", "techniques", "cautions", "success_factors", "outcomes", "principles")
ALL_FACTS = (*HEADER_FACTS, *LISTS)


@dataclass
class WildSet:
    """One fixture folder, its gold, its floors and each fixture's facts read right."""

    name: str  # wild-3, wild-4, …: tests/fixtures/NAME and tests/gold/NAME.json
    score_floor: float  # all checks of the set
    header_floor: float  # its header facts
    read_right: dict[str, tuple[str, ...]]
    _read: dict[str, dict] = field(default_factory=dict, repr=False)

    @property
    def folder(self) -> Path:
        return FIXTURES / self.name

    @property
    def gold_path(self) -> Path:
        return ROOT / "tests" / "gold" / f"{self.name}.json"

    @cached_property
    def gold(self) -> dict:
        return json.loads(self.gold_path.read_text(encoding="utf-8"))["records"]

    def read(self, stem: str) -> dict:
        """The fixture as the record contract's dict (read once)."""
        if stem not in self._read:
            self._read[stem] = record_to_dict(parse_record(self.folder / f"{stem}.txt"))
        return self._read[stem]

    def stems(self) -> list[str]:
        return sorted(path.stem for path in self.folder.glob("*.txt"))

    def wrong_facts(self, stem: str) -> dict:
        """The facts a fixture should read right and does not: {fact: what was read}."""
        want, got = self.gold[stem], self.read(stem)
        return {fact: got.get(fact.split(".")[0]) for fact in self.read_right[stem]
                if not (SCORER.list_ok(want[fact], got.get(fact)) if fact in LISTS else fact_ok(fact, want, got))}

    def scores(self, out: Path, capsys) -> tuple[float, float]:
        """The set's score on all checks (the scorer's own) and on its header facts."""
        records = [dict(self.read(stem), id=stem) for stem in self.stems()]
        out.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        SCORER.main(["score_records.py", str(self.gold_path), str(out)])
        score = float(re.search(r"score: ([0-9.]+)", capsys.readouterr().out).group(1))
        checks = [fact_ok(fact, want, self.read(stem)) for stem, want in self.gold.items() for fact in HEADER_FACTS]
        return score, sum(checks) / len(checks)


def all_but(*facts: str) -> tuple[str, ...]:
    """Every fact but these (a fixture's list of facts read right)."""
    return tuple(fact for fact in ALL_FACTS if fact not in facts)


def set_tests(wild_set: WildSet) -> tuple:
    """The tests every wild set gets, for a test module to bind at its top level: each fixture has its gold and its
    list of facts; each fixture's facts read right stay right; the whole set scores at least its floors."""

    def test_every_fixture_has_its_gold_and_its_facts():
        assert wild_set.stems() == sorted(wild_set.gold) == sorted(wild_set.read_right)

    @pytest.mark.parametrize("name", sorted(wild_set.read_right))
    def test_the_facts_each_fixture_is_read_right_stay_right(name):
        assert not wild_set.wrong_facts(name)

    def test_the_whole_set_scores_at_least_its_floors(tmp_path, capsys):
        score, header = wild_set.scores(tmp_path / "out.json", capsys)
        assert score >= wild_set.score_floor and header >= wild_set.header_floor, (score, header)

    return (test_every_fixture_has_its_gold_and_its_facts, test_the_facts_each_fixture_is_read_right_stay_right,
            test_the_whole_set_scores_at_least_its_floors)
