"""The named queries shipped with kmgraph (queries/*.rq), with the description and parameters their header
comments declare (`# description: …`, `# param: NAME iri|string|th required|optional HELP`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

QUERIES_DIR = Path(__file__).parent / "queries"


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # iri | string | th
    required: bool
    help: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The .rq files of kmgraph/queries, with the description and parameters of their header comments."""
    found = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        description, params = "", []
        for line in text.splitlines():
            if match := re.match(r"#\s*description:\s*(.+)", line):
                description = match.group(1).strip()
            elif match := re.match(r"#\s*param:\s*(\w+)\s+(iri|string|th)\s+(required|optional)\s*(.*)", line):
                name, kind, need, help_text = match.groups()
                params.append(Param(name, kind, need == "required", help_text.strip()))
        found[path.stem] = NamedQuery(path.stem, description, tuple(params), text)
    return found
