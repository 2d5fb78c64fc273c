"""What the build's one-core start (workers._warm_up, before the workers fork) loads: every table the workers use,
and nothing only the main process needs later (the pages' networkx is imported in the background while they run)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_warming_up_and_reading_a_record_imports_no_networkx():
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from kmgraph.build.workers import _warm_up\n"
            "from kmgraph.build.cache import _process\n"
            "from kmgraph.rdf.mapping import GraphOptions\n"
            "_warm_up()\n"
            "outputs = _process((Path('seeds') / sorted(p.name for p in Path('seeds').glob('*.txt'))[0], None,"
            " GraphOptions(), False))\n"
            "assert outputs and outputs[0].view is not None\n"
            "print('networkx' in sys.modules)\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
