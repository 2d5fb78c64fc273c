"""What is defined once stays so: the namespaces' IRIs (kmgraph/namespaces.py) and what counts as a Thai letter
(kmgraph/extract/letters.py) are not written again in another module, and only kmgraph/tables.py and config.py
read a data table (kmgraph/data/*.toml) themselves."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import kmgraph
from kmgraph.namespaces import PREFIXES, RDF_TYPE

PACKAGE = Path(kmgraph.__file__).parent


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "data" not in path.relative_to(PACKAGE).parts:
            yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_namespace_iris_are_written_only_in_the_namespaces_module():
    iris = set(PREFIXES.values()) | {RDF_TYPE}
    written = sorted(f"{name}:{node.lineno}" for name, tree in _modules() for node in ast.walk(tree)
                     if isinstance(node, ast.Constant) and node.value in iris and name != "namespaces.py")
    assert written == []


def test_thai_letter_is_defined_in_one_module():
    defined = sorted(name for name, tree in _modules() for node in ast.walk(tree)
                     if isinstance(node, ast.Assign)
                     and any(isinstance(target, ast.Name) and target.id == "THAI_LETTER" for target in node.targets))
    assert defined == ["extract/letters.py"]


TABLE_LOADERS = {"tables.py", "config.py"}  # the only modules that open kmgraph/data/*.toml
_TOML_FILE = re.compile(r"[\w-]+\.toml")


def _reads_a_table(node: ast.AST) -> bool:
    """tomllib (or tomli) used, tables._toml called, or a data table's file name written."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        names = [alias.name for alias in node.names] + [getattr(node, "module", None) or ""]
        return any(name.split(".")[0] in ("tomllib", "tomli") for name in names)
    if isinstance(node, ast.Name):
        return node.id in ("tomllib", "tomli", "_toml")
    if isinstance(node, ast.Attribute):
        return node.attr in ("tomllib", "_toml")
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(_TOML_FILE.fullmatch(node.value))


def test_only_the_table_loaders_read_a_data_table():
    readers = {name for name, tree in _modules() if any(_reads_a_table(node) for node in ast.walk(tree))}
    assert not readers - TABLE_LOADERS, (
        "read data tables through kmgraph.tables' typed fields (tables.lexicon(), templates(), readers())")
