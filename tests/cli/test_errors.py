"""User errors end as one line on stderr and exit code 2 (1 for a failed check), through the CLI's one handler:
run as a real process (`python -m kmgraph.cli`), so a traceback would show."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kmgraph import errors
from tests.conftest import ROOT, SEEDS


def kmgraph(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kmgraph.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}, timeout=120)


def one_error_line(done: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kmgraph: error: "), done.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("graph")
    graph = folder / "g.ttl"
    graph.write_text("@prefix kmo: <https://w3id.org/kmgraph/ontology#> .\n<http://x/r> a kmo:Step .\n")
    return graph


def test_a_missing_ontology_file_is_one_line_not_a_traceback(tmp_path, graph_file):
    ontology = tmp_path / "ontology"
    ontology.mkdir()
    shutil.copy(ROOT / "ontology" / "concepts.ttl", ontology)  # shapes.ttl and kmgraph.ttl are missing
    done = kmgraph("validate", str(graph_file), cwd=tmp_path, env={"KMGRAPH_ONTOLOGY": str(ontology)})
    one_error_line(done, 2, "shapes.ttl", "missing")


@pytest.mark.parametrize("args, words", [
    (("export", "--data", "nowhere.trig"), ("nowhere.trig", "no such file")),
    (("export", "--data", "table.csv"), ("table.csv", "unknown RDF file type")),
    (("validate", "nowhere.ttl"), ("nowhere.ttl", "no such file")),
    (("query", "SELECT * WHERE { ?s ?p ?o }", "--param", "novalue"), ("--param needs NAME=VALUE",)),
    (("query", "SELECT * WHERE { ?s ?p ?o }", "--data", "nowhere.ttl"), ("nowhere.ttl", "no such file")),
    (("query", "SELECT * WHERE {", "--data", "GRAPH"), ("line",)),
    (("query", "--name", "no-such-query"), ("no named query",)),
    (("query", "SELECT * WHERE { ?s ?p ?o }", "--store", "nostore"), ("nostore", "no store here")),
    (("load", "--resume", "GRAPH"), ("--resume",)),
    (("load", "nowhere.ttl"), ("nowhere.ttl", "no such file")),
    (("html", "--data", "nowhere.ttl"), ("nowhere.ttl", "no such file")),
    (("html", "--data", "GRAPH", "--view", "province", "ไม่มีจังหวัดนี้"), ("ไม่มีจังหวัดนี้",)),
    (("build", str(SEEDS), "--base-iri", "not an iri"), ("--base-iri",)),
])
def test_user_errors_are_one_line_and_exit_2(tmp_path, graph_file, args, words):
    args = tuple(str(graph_file) if a == "GRAPH" else a for a in args)
    (tmp_path / "table.csv").write_text("a,b\n")
    one_error_line(kmgraph(*args, cwd=tmp_path), 2, *words)


def test_a_failed_check_exits_1_after_its_report(tmp_path, graph_file):
    done = kmgraph("validate", str(graph_file), cwd=tmp_path)
    assert done.returncode == 1 and "does not conform" in done.stdout
    one_error_line(done, 1, "does not conform")


def test_every_user_error_is_a_kmgraph_error_with_its_exit_code():
    tree = {cls.__name__: cls.exit_code for cls in vars(errors).values()
            if isinstance(cls, type) and issubclass(cls, errors.KmgraphError)}
    assert tree.pop("CheckFailed") == 1
    assert set(tree.values()) == {2}
    assert {"InputError", "UsageError", "ConfigError", "StoreError", "QueryError", "ViewError"} <= set(tree)


def test_commands_leave_exiting_to_the_one_handler():
    """No command module calls sys.exit or catches errors to print them itself."""
    for path in sorted((ROOT / "kmgraph" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                assert (node.value.id, node.attr) != ("sys", "exit"), f"{path.name}:{node.lineno}"


def test_a_broken_data_table_is_one_config_error_at_start(tmp_path, monkeypatch):
    """views.toml with a class missing its colour, and lexicon.toml without [months]: ConfigError naming the key."""
    from kmgraph import config, tables

    data = tmp_path / "data"
    shutil.copytree(tables.DATA_DIR, data)
    views = data / "views.toml"
    views.write_text(views.read_text(encoding="utf-8").replace('color = "#1f77b4"\n', "", 1), encoding="utf-8")
    monkeypatch.setattr(tables, "DATA_DIR", data)
    for cached in (tables._toml, tables.lexicon, tables.templates, config.views):
        cached.cache_clear()
    try:
        with pytest.raises(errors.ConfigError, match=r"views.toml: the key classes.record.color is missing"):
            config.check()
        lexicon = data / "lexicon.toml"
        lexicon.write_text(lexicon.read_text(encoding="utf-8").replace("[months]", "[monthz]"), encoding="utf-8")
        tables._toml.cache_clear()
        tables.lexicon.cache_clear()
        with pytest.raises(errors.ConfigError, match=r"lexicon.toml: the table \[months\] is missing"):
            config.check()
    finally:
        for cached in (tables._toml, tables.lexicon, tables.templates, config.views):
            cached.cache_clear()
