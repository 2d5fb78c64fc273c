"""The curated API: `import kmgraph` is light, __all__ is what help() shows, and the README's notebook example
runs as written and gives what it says."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

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
    assert namespace["dicts"] == json.loads(subprocess.run(
        [sys.executable, "-m", "kmgraph.cli", "records", "seeds", "--format", "json"], capture_output=True,
        check=True, cwd=tmp_path).stdout)
    table = namespace["table"]
    assert len(table.rows) == 5 and table.dicts()[0]["title"] == namespace["dicts"][0]["title"]
    graph = namespace["graph"]
    drawn = re.search(r"wrote .*: (\d+) nodes, (\d+) edges", subprocess.run(
        [sys.executable, "-m", "kmgraph.cli", "html", "--store", "output/store", "-o", "overview.html"],
        capture_output=True, text=True, check=True, cwd=tmp_path).stdout)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (int(drawn[1]), int(drawn[2]))
    assert "ลำปาง" in printed.getvalue()
    assert namespace["lampang"].number_of_nodes() == namespace["view"].nodes  # TH-52 draws what ลำปาง draws
    exported = nx.read_graphml(tmp_path / "output" / "kmgraph.graphml")
    assert exported.number_of_nodes() == graph.number_of_nodes()


def test_the_table_gives_a_dataframe_only_with_pandas():
    table = kmgraph.records_table(ROOT / "seeds")
    assert table.columns[:3] == ("id", "title", "author") and len(table.rows) == 5
    try:
        import pandas
    except ImportError:
        with pytest.raises(ImportError, match="pip install pandas"):
            table.to_dataframe()
    else:
        frame = table.to_dataframe()
        assert list(frame.columns) == list(table.columns) and len(frame) == 5 and isinstance(frame, pandas.DataFrame)


def test_all_names_resolve_and_help_shows_them():
    for name in kmgraph.__all__:
        assert getattr(kmgraph, name) is not None, name
    page = subprocess.run([sys.executable, "-c", "import kmgraph; help(kmgraph)"], capture_output=True, text=True,
                          env={**os.environ, "PAGER": "cat"}, check=True).stdout
    for name in ("parse_records", "build_graph", "to_rdflib", "run_query", "draw_view", "to_networkx",
                 "records_table", "record_dicts", "export"):
        assert name in page


def test_import_is_light():
    code = ("import sys, kmgraph\n"
            "print(sorted(m for m in sys.modules if m.startswith(('kmgraph', 'pyoxigraph', 'rdflib'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['kmgraph']"
