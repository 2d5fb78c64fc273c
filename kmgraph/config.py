"""Typed configuration: kmgraph's data tables (kmgraph/data) loaded once into typed objects and checked at start,
so that a broken table is one ConfigError naming the file and the key, not a KeyError deep in a stage.

The extraction and reading tables (lexicon.toml, templates.toml, readers.toml) are typed and checked in `tables`;
the view's settings (views.toml) are typed objects here."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from . import tables
from .errors import ConfigError

# The tables each TOML file must hold (what the stages look up), with the type of each.
REQUIRED: dict[str, dict[str, type]] = {
    "views.toml": {"classes": dict, "layout": dict, "text": dict, "links": dict, "parts": dict},
}


@dataclass(frozen=True)
class NodeStyle:
    """How the network view draws one class of node (views.toml [classes.*])."""

    th: str
    en: str
    color: str
    shape: str


@dataclass(frozen=True)
class ViewLayout:
    physics_max_nodes: int
    font: str


@dataclass(frozen=True)
class ViewConfig:
    """views.toml: node classes in legend order, layout, the page's Thai text, the links and parts drawn."""

    classes: dict[str, NodeStyle]
    layout: ViewLayout
    text: dict[str, str]
    links: dict[str, str]
    parts: dict[str, str]

    def class_table(self, name: str) -> dict[str, str]:
        """One class's style as the page's JSON holds it."""
        style = self.classes[name]
        return {field.name: getattr(style, field.name) for field in fields(NodeStyle)}


@lru_cache(maxsize=1)
def views() -> ViewConfig:
    """views.toml as a ViewConfig (ConfigError naming the key if it does not fit)."""
    return tables.typed_table(ViewConfig, _checked("views.toml"), tables.DATA_DIR / "views.toml")


def _checked(name: str) -> dict[str, Any]:
    data = tables._toml(name)
    for key, kind in REQUIRED[name].items():
        if key not in data:
            raise ConfigError(f"{tables.DATA_DIR / name}: the table [{key}] is missing")
        if not isinstance(data[key], kind):
            raise ConfigError(f"{tables.DATA_DIR / name}: [{key}] should be a {kind.__name__}")
    return data


def check() -> None:
    """Load and check every data table once (cached afterwards); ConfigError on the first that does not fit."""
    tables.lexicon()
    tables.templates()
    tables.readers()
    for name in REQUIRED:
        _checked(name)
    views()
    try:
        tables.provinces()
        tables.sara_am_repairs()
    except ValueError as error:  # a row without its tab-separated fields
        raise ConfigError(f"{tables.DATA_DIR}: a .tsv table has a malformed row ({error})") from error
