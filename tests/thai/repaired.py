"""The Thai repairs run on a text as a record file's (the tests of damage met in the wild share these)."""

from __future__ import annotations

from pathlib import Path

from kmgraph.model import CleanText, SourceText
from kmgraph.thai import normalize


def repaired(text: str) -> tuple[CleanText, list[str]]:
    """The repaired text of `text` read from a UTF-8 file, and the warnings the repairs gave."""
    return normalize(SourceText(Path("t.txt"), text, "utf-8"))


def repaired_text(text: str) -> str:
    return repaired(text)[0].text
