"""The curated API: `import kmgraph` is light, __all__ is what help() shows, and the README's notebook example
runs as written and gives what it says."""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import kmgraph

ROOT = Path(__file__).resolve().parent.parent


def readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_example_runs(tmp_path, monkeypatch):
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    namespace: dict = {}
    with contextlib.redirect_stdout(printed):
        exec(compile(readme_example(), "README.md", "exec"), namespace)  # noqa: S102 - the README's own code
    assert len(namespace["records"]) == 5
    assert namespace["result"].errors == [] and namespace["result"].records == 5
    assert (tmp_path / "output" / "kmgraph.trig").is_file()
    assert namespace["counted"].rows[0][0].value == "5"
    assert {row[0].value for row in namespace["per_province"].rows} == {"ลำปาง"}
    assert namespace["view"].nodes > 0 and (tmp_path / "output" / "lampang.html").is_file()
    assert "5 records" in printed.getvalue()


def test_all_names_resolve_and_help_shows_them():
    for name in kmgraph.__all__:
        assert getattr(kmgraph, name) is not None, name
    page = subprocess.run([sys.executable, "-c", "import kmgraph; help(kmgraph)"], capture_output=True, text=True,
                          env={**os.environ, "PAGER": "cat"}, check=True).stdout
    for name in ("parse_records", "build_graph", "to_rdflib", "run_query", "draw_view"):
        assert name in page


def test_import_is_light():
    code = ("import sys, kmgraph\n"
            "print(sorted(m for m in sys.modules if m.startswith(('kmgraph', 'pyoxigraph', 'rdflib'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['kmgraph']"
