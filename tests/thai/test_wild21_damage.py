"""Issue #10, round 3 of the Thai repairs for held-out sets 40–45: a space a moved mark left where the words read
alike with it and without it is the move's, dropped (การแปรรูปขนมกล้วยตาก), unless a label or a place word stands
before it (ตำแหน่ง นักวิชาการ, จังหวัด พังงา: tests/thai/test_moved_chains.py)."""

from __future__ import annotations

from tests.conftest import read_text_record
from tests.thai.test_wild20_damage import form_page


def test_a_space_a_move_left_between_words_is_dropped(tmp_path):
    record = read_text_record(tmp_path, form_page())
    assert record["title"].startswith("การแปรรูปขนมกล้วยตาก บ้าน")

