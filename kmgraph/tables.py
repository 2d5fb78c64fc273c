"""Load the data tables that hold kmgraph's Thai knowledge (kmgraph/data, ontology/)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_DIR = Path(__file__).parent / "data"


def ontology_dir() -> Path:
    """Where ontology/*.ttl live: $KMGRAPH_ONTOLOGY, the source tree, or the installed share folder."""
    candidates = [
        os.environ.get("KMGRAPH_ONTOLOGY"),
        Path(__file__).resolve().parent.parent / "ontology",
        Path(sys.prefix) / "share" / "kmgraph" / "ontology",
    ]
    for candidate in candidates:
        if candidate and (Path(candidate) / "concepts.ttl").is_file():
            return Path(candidate)
    raise ConfigError("kmgraph's ontology folder (concepts.ttl) was not found; set KMGRAPH_ONTOLOGY")


def ontology_file(name: str) -> Path:
    """ontology/<name>; a ConfigError naming it if it is missing."""
    path = ontology_dir() / name
    if not path.is_file():
        raise ConfigError(f"{path}: kmgraph's ontology file {name} is missing (set KMGRAPH_ONTOLOGY)")
    return path


@cache
def _toml(name: str) -> dict[str, Any]:
    try:
        with open(DATA_DIR / name, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{DATA_DIR / name}: kmgraph's data table cannot be read ({error})") from error


def templates() -> dict[str, Any]:
    return _toml("templates.toml")


def lexicon() -> dict[str, Any]:
    return _toml("lexicon.toml")


@lru_cache(maxsize=1)
def sara_am_repairs() -> dict[str, str]:
    """Damaged form → repaired word, e.g. ตาแหน่ง → ตำแหน่ง."""
    repairs: dict[str, str] = {}
    for line in (DATA_DIR / "sara_am.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            damaged, repaired = line.split("\t")
            repairs[damaged] = repaired
    return repairs


@dataclass(frozen=True)
class Province:
    name_th: str
    name_en: str
    iso_code: str


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    """The 77 provinces (76 + Bangkok) with their ISO 3166-2:TH codes."""
    rows = []
    for line in (DATA_DIR / "provinces.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, name_th, name_en = line.split("\t")
            rows.append(Province(name_th, name_en, iso))
    return tuple(rows)
