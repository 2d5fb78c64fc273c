"""What is defined once stays so: the namespaces' IRIs (kmgraph/namespaces.py) and what counts as a Thai letter
(kmgraph/extract/letters.py) are not written again in another module."""

from __future__ import annotations

import ast
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
