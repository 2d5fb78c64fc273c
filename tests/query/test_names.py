"""Names people use, through the real CLI: `kmgraph html --view` values and named-query `--param` values accept
Thai and English names, ISO codes and alternative labels; an unknown name gets one line listing the nearest known
names and exit status 2 (kmgraph.query.names)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


def kmgraph(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kmgraph.cli", *args], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=300)


def query(built: Path, name: str, param: str) -> subprocess.CompletedProcess:
    return kmgraph("query", "--name", name, "--param", param, "--store", str(built / "store"), "--format", "csv")


def one_error_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_a_province_by_thai_english_iso_code_and_with_changwat(built_seeds):
    answers = {value: query(built_seeds, "principles-per-province", f"province={value}")
               for value in ("ลำปาง", "Lampang", "TH-52", "th-52", "จังหวัดลำปาง", "จ. ลำปาง")}
    thai = answers["ลำปาง"]
    assert thai.returncode == 0 and thai.stdout.count("ลำปาง") >= 5
    for value, done in answers.items():
        assert (done.returncode, done.stdout) == (0, thai.stdout), value


def test_a_principle_by_any_of_its_labels(built_seeds):
    sep = {value: query(built_seeds, "techniques-by-principle", f"principle={value}").stdout
           for value in ("ปรัชญาของเศรษฐกิจพอเพียง", "SEP", "เศรษฐกิจพอเพียง", "Sufficiency Economy Philosophy")}
    assert len(sep["ปรัชญาของเศรษฐกิจพอเพียง"].strip().splitlines()) == 4  # the header and three records
    assert len(set(sep.values())) == 1
    five_k = {value: query(built_seeds, "techniques-by-principle", f"principle={value}").stdout
              for value in ("หลัก 5 ก", "5ก", "หลัก 5ก", "5K group principle")}
    assert len(five_k["5ก"].strip().splitlines()) == 2 and len(set(five_k.values())) == 1


def test_an_office_by_part_of_its_name_and_a_record_by_its_title(built_seeds):
    office = query(built_seeds, "office", "office=ห้างฉัตร")
    assert office.returncode == 0 and "003_c0a4d1a34ad12524" in office.stdout
    steps = query(built_seeds, "record-steps", "record=เทคนิคการสร้างและพัฒนาผู้นำสมาชิก")
    assert steps.returncode == 0 and steps.stdout == query(built_seeds, "record-steps",
                                                           "record=000_5796a825079509ea").stdout
    assert len(steps.stdout.strip().splitlines()) == 7  # the header and six steps


@pytest.mark.parametrize(("name", "param", "nearest"), [
    ("principles-per-province", "province=Lampnag", "nearest: ลำปาง (Lampang, TH-52)"),
    ("principles-per-province", "province=TH-5", "names several"),
    ("techniques-by-principle", "principle=participaton", "nearest: การมีส่วนร่วม (Participation)"),
    ("office", "office=สำนกงานพัฒนาชุมชนอำเภอห้างฉัด", "nearest: สำนักงานพัฒนาชุมชนอำเภอห้างฉัตร"),
    ("record-steps", "record=000_5796a825079509eb", "nearest: 000_5796a825079509ea"),
])
def test_an_unknown_param_lists_the_nearest_known_names(built_seeds, name, param, nearest):
    line = one_error_line(query(built_seeds, name, param))
    assert line.startswith("kmgraph: error: ") and nearest in line


def drawn(built: Path, out: Path, view: str, value: str) -> tuple[int, int]:
    done = kmgraph("html", "--view", view, value, "--store", str(built / "store"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    nodes, edges = re.search(r": (\d+) nodes, (\d+) edges", done.stdout).groups()
    return int(nodes), int(edges)


def test_html_views_by_the_names_people_use(built_seeds, tmp_path):
    page = tmp_path / "view.html"
    lampang = drawn(built_seeds, page, "province", "ลำปาง")
    assert lampang[0] > 5
    assert drawn(built_seeds, page, "province", "Lampang") == lampang
    assert drawn(built_seeds, page, "province", "TH-52") == lampang
    assert "ลำปาง" in page.read_text(encoding="utf-8")
    five_k = drawn(built_seeds, page, "principle", "หลัก 5 ก")
    assert drawn(built_seeds, page, "principle", "5ก") == five_k
    assert drawn(built_seeds, page, "principle", "SEP") == drawn(built_seeds, page, "principle", "เศรษฐกิจพอเพียง")


def test_an_unknown_view_value_lists_the_nearest_and_writes_nothing(built_seeds, tmp_path):
    page = tmp_path / "view.html"
    done = kmgraph("html", "--view", "province", "Chiang Rai X", "--store", str(built_seeds / "store"),
                   "-o", str(page))
    line = one_error_line(done)
    assert "no province named 'Chiang Rai X'; nearest: เชียงราย (Chiang Rai, TH-57)" in line
    assert not page.exists()
    done = kmgraph("html", "--view", "principle", "5 กอ", "--store", str(built_seeds / "store"), "-o", str(page))
    assert "nearest: หลัก 5 ก (5K group principle)" in one_error_line(done)
