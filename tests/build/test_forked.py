"""The build's forked page drawer (workers._Forked): a real fork, with the view modules still being imported by
the preload thread; its value and its error come back to the parent."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kmgraph.build.workers import _Forked

ROOT = Path(__file__).resolve().parent.parent.parent


def test_a_fork_while_the_view_modules_are_being_imported_does_not_hang():
    """Regression: the child was forked while the preload thread held pyvis's import lock; the child, importing
    pyvis to draw kmgraph.html, waited for that lock for ever (a build hung at its tail)."""
    script = textwrap.dedent("""
        import time
        from kmgraph.build.workers import _Forked, _preload_view_modules

        def draw():
            import pyvis.network
            return pyvis.network.Network.__name__

        _preload_view_modules()
        time.sleep(0.2)  # the thread is importing pyvis (IPython, prompt_toolkit: most of a second)
        print(_Forked(draw).result())
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the forked child hung on an import lock held by the preload thread")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Network"


def test_the_childs_value_and_error_come_back_to_the_parent():
    assert _Forked(lambda: {"pid": os.getpid()}).result()["pid"] != os.getpid()
    with pytest.raises(ZeroDivisionError):
        _Forked(lambda: 1 / 0).result()
