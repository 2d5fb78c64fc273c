"""kmgraph's imports point down the pipeline only: a module imports its own subpackage and the layers below it,
never a layer above or beside it. The order is written here once; the test walks every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import kmgraph

PACKAGE = Path(kmgraph.__file__).parent

# Lowest first. A module in a layer may import modules of the layers before it and of its own layer.
LAYERS = (
    "errors",    # the error tree
    "namespaces",  # the RDF namespaces' IRIs and prefixes (extraction reads the concept schemes with them)
    "model",     # typed values passed between stages
    "tables",    # the data tables (kmgraph/data) and the ontology files, found and read
    "config",    # the tables as typed objects, checked at start
    "files",     # atomic output, default output paths
    "readers",   # bytes → source text
    "thai",      # offset-keeping text, repairs, word lists
    "extract",   # text → Record
    "rdf",       # Record → statements; terms, VoID, validation, RDF file I/O
    "exports",   # output formats
    "query",     # named queries, binding, the guard, results
    "store",     # embedded store, Graph Store client, where a query runs, serve
    "views",     # graph for views, layouts, HTML
    "build",     # the build: records → sinks
    "cli",       # the click layer
)
RANK = {name: rank for rank, name in enumerate(LAYERS)}


def layer_of(module: str) -> str | None:
    """'kmgraph.extract.people' → 'extract'; the package root itself → None (the curated API, above all)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, module) for every kmgraph module the file imports, wherever the import sits (lazy ones included)."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.startswith("kmgraph")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif (node.module or "").startswith("kmgraph"):
                target = node.module
            else:
                continue
            if target == "kmgraph":  # `from .. import tables` names modules; `__version__` is the root's own
                found += [(node.lineno, f"kmgraph.{alias.name}") for alias in node.names if alias.name != "__version__"]
            else:
                found.append((node.lineno, target))
    return found


def violations(root: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if "data" in path.relative_to(root).parts:
            continue  # the scripts that regenerate the tables
        source = module_name(path, root)
        source_layer = layer_of(source)
        if source_layer is None:
            continue  # the curated API may import any stage
        assert source_layer in RANK, f"{path}: layer {source_layer!r} is not in LAYERS"
        for line, target in imports_of(path, root):
            target_layer = layer_of(target)
            if target_layer is None:
                found.append(f"{path.relative_to(root)}:{line}: imports the package root ({target})")
            elif target_layer not in RANK:
                found.append(f"{path.relative_to(root)}:{line}: imports {target}, in no layer")
            elif RANK[target_layer] > RANK[source_layer]:
                found.append(f"{path.relative_to(root)}:{line}: {source_layer} imports {target} (a layer above)")
    return found


def test_imports_point_down_the_pipeline():
    assert violations() == []


def test_every_subpackage_and_module_has_a_layer():
    names = {path.stem for path in PACKAGE.glob("*.py") if path.stem != "__init__"}
    names |= {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}
    assert names == set(LAYERS)


def test_the_walker_sees_an_upward_import(tmp_path):
    """The check can fail: a lazy import of the build inside extract is reported, a downward one is not."""
    fake = tmp_path / "kmgraph"
    (fake / "extract").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "extract" / "__init__.py").write_text("")
    (fake / "extract" / "people.py").write_text(
        "from .. import tables\nfrom ..thai import compact\n\n\ndef f():\n    from ..build.pipeline import build\n")
    assert violations(fake) == ["extract/people.py:6: extract imports kmgraph.build.pipeline (a layer above)"]
