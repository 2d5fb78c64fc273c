"""Thai damage met in the wild, round 3 (issue #10; tests/fixtures/wild-3, FAMILIES.md): a font that printed every
sara aa as sara am (allam_1), read back by words; and a sara am word-list repair that must not fire on clean text
(joomla_1's ถ้าชาวบ้าน is no ถ้ำชา ว…)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import FIXTURES, ROOT, SEEDS
from tests.thai.repaired import repaired as clean

WILD_3 = FIXTURES / "wild-3"
AA_AS_AM = ("read back sara aa a font printed as sara am (กำร → การ), by the words around each "
            "(re-read with the dictionary)")
AM_LIST = "restored sara am dropped by PDF extraction"


def test_sara_aa_printed_as_sara_am_is_read_back_by_words_with_offsets_to_the_source():
    text = (WILD_3 / "allam_1.txt").read_text(encoding="utf-8")
    result, warnings = clean(text)
    assert AA_AS_AM in warnings
    for words in ("สำนักงานพัฒนาชุมชนอำเภอสุไหงปาดี", "จังหวัดนราธิวาส", "ตำบลต้นแบบการพัฒนาคุณภาพชีวิต",
                  "องค์ความรู้ เรื่อง การรวมกลุ่มแม่บ้านทำขนมพื้นบ้านขายในตลาดชุมชน",  # ทำ: a real sara am, kept
                  "คำนำ ตำบลริโก๋ได้นำแนวทางการพัฒนา", "ผู้นำศาสนาและกำนันช่วยประชาสัมพันธ์", "เดือนละ 9,400 บาท"):
        assert words in result.text, words
    assert "\u0e32" not in text.split("Search", 1)[1]  # the fixture's Thai holds no sara aa at all: all read back
    at = result.text.index("การรวมกลุ่ม")
    start, end = result.source_span(at, at + len("การรวมกลุ่ม"))
    assert text[start:end] == "กำรรวมกลุ่ม"


def test_the_header_facts_of_the_sara_am_font_record_come_right():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "kmgraph.cli", "records", str(WILD_3 / "allam_1.txt"),
                          "--format", "json"], capture_output=True, text=True, env=env, timeout=120, check=True)
    (got,) = json.loads(out.stdout)
    want = json.loads((ROOT / "tests" / "gold" / "wild-3.json").read_text(encoding="utf-8"))["records"]["allam_1"]
    assert got["district"] == want["district"] and got["province"] == want["province"]
    assert got["office"]["name"] == want["office"]["name"]
    assert got["title"].startswith(want["title"])  # where the title ends is the extractor's (see FAMILIES.md)


def test_clean_text_with_much_sara_am_is_not_read_as_that_damage():
    text = ("ทำนา ทำไร่ ทำสวน น้ำดำ น้ำคำ กำนันนำคำนำ จำนำ ตำบลลำน้ำ ทำกิน ทำงาน นำทาง "
            "ชาวบ้านนำน้ำมาทำ ความสำเร็จ สำนักงาน อำเภอ ตำแหน่ง")
    assert text.count("\u0e33") > text.count("\u0e32")
    result, warnings = clean(text)
    assert result.text == text and AA_AS_AM not in warnings


def test_no_record_of_the_clean_sets_is_read_as_sara_aa_printed_as_sara_am():
    for folder in (SEEDS, FIXTURES / "wild", FIXTURES / "wild-new"):
        for path in sorted(folder.glob("*.txt")):
            _, warnings = clean(path.read_text(encoding="utf-8"))
            assert AA_AS_AM not in warnings, path.name


def test_a_sara_am_list_word_that_reads_as_words_is_left_alone_in_clean_text():
    text = (WILD_3 / "joomla_1.txt").read_text(encoding="utf-8")
    result, warnings = clean(text)
    assert "“ถ้าชาวบ้านไม่ได้พูด" in result.text and "ถ้ำ" not in result.text
    assert AM_LIST not in warnings
    clean_line = "ถ้าชาวบ้านไม่ได้พูด ก็ไม่ใช่ประชาคม"
    assert clean(clean_line)[0].text == clean_line


def test_the_same_list_word_is_repaired_where_the_text_shows_the_damage():
    # ตาแหน่ง reads only repaired: the text shows sara am dropped, and the list's other words are made too
    result, warnings = clean("ตาแหน่ง นักพัฒนาชุมชน ดาเนินงาน ตามแผน")
    assert result.text == "ตำแหน่ง นักพัฒนาชุมชน ดำเนินงาน ตามแผน" and AM_LIST in warnings
