"""The machine kmgraph runs on: what it must not assume is there."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def test_records_are_read_on_a_machine_without_system_time_zone_data(tmp_path):
    """pythainlp needs the Asia/Bangkok zone when it is imported; Windows and slim containers have no
    /usr/share/zoneinfo. Regression: the Thai repairs crashed with ZoneInfoNotFoundError there (and once here,
    in a build worker), because kmgraph did not depend on the tzdata package."""
    env = dict(os.environ, PYTHONTZPATH=str(tmp_path / "no-zoneinfo"))
    damaged = sorted((FIXTURES / "wild-3").glob("*.txt"))  # texts whose repairs load pythainlp's word lists
    result = subprocess.run([sys.executable, "-m", "kmgraph.cli", "records", *map(str, damaged), "--format", "json"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ZoneInfoNotFoundError" not in result.stderr
