"""End-to-end tests of the command line."""

import json
import subprocess
import sys

from click.testing import CliRunner

from kmgraph import __version__
from kmgraph.cli import main

from .conftest import FIXTURES, GOLD, ROOT, SEEDS


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_help_and_version():
    result = run("--help")
    assert result.exit_code == 0 and "records" in result.output
    assert run("--version").output.strip().endswith(__version__)
    assert "--format" in run("records", "--help").output


def test_seeds_score_one_against_the_gold(tmp_path):
    result = run("records", str(SEEDS), "--format", "json")
    assert result.exit_code == 0
    out = tmp_path / "out.json"
    out.write_text(result.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "score_records.py"), str(GOLD), str(out)],
                            capture_output=True, text=True, check=True)
    assert scored.stdout.strip().splitlines()[-1].startswith("score: 1.000")


def test_bad_files_get_one_line_each_and_exit_2_while_others_are_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "readme.txt").write_text((FIXTURES / "not_a_record.txt").read_text())
    good = tmp_path / "good.txt"
    good.write_bytes((FIXTURES / "portal_page.txt").read_bytes())
    result = run("records", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "json")
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4
    for name, problem in [("empty.txt", "empty"), ("binary.txt", "binary"), ("readme.txt", "not a knowledge record"),
                          ("missing.txt", "no such file")]:
        assert any(name in line and problem in line for line in errors), (name, errors)
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == ["good"]


def test_table_format_is_readable():
    result = run("records", str(FIXTURES / "portal_page.txt"))
    assert result.exit_code == 0
    assert "การพัฒนาผลิตภัณฑ์ OTOP ด้วยการมีส่วนร่วมของชุมชน" in result.output
    assert "principles" in result.output
