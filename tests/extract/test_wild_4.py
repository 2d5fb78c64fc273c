"""Records in the wild, round 5 of the study (issue #10): tests/fixtures/wild-4 (see its FAMILIES.md and
docs/wild-formats.md) against tests/gold/wild-4.json, held to what each fixture is read right today."""

from __future__ import annotations

from tests.extract.wild_sets import ALL_FACTS, WildSet, set_tests
from tests.extract.wild_sets import all_but as _but

WILD_4 = WildSet("wild-4", score_floor=0.976, header_floor=1.0, read_right={
    "igetweb_1": ALL_FACTS,  # iGetWeb chrome and counters; บันทึกเมื่อ <month> <year>: a month-only date
    "kmevent_1": ALL_FACTS,  # a group head's post; the story's place is not the office's
    "kmtitleby_1": _but("steps"),  # KM : TITLE โดย NAME; steps ขั้นตอนที่ ๑ under Knowledge Assets
    "kmtitleby_2": ALL_FACTS,  # the only place is the village address in the story
    "pubcover_1": ALL_FACTS,  # the post only on a damaged cover line; tick boxes as private-use glyphs
})


(test_every_fixture_has_its_gold_and_its_facts, test_the_facts_each_fixture_is_read_right_stay_right,
 test_the_whole_set_scores_at_least_its_floors) = set_tests(WILD_4)
