"""The value every reader returns: a document's text, where its pages lie in it, and what was noticed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..model import SourceText


class PageSpan(NamedTuple):
    """Page `number` (1-based) is text[start:end]."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A file read into source text: paragraphs as lines ("\\n"), headers, footers and page furniture left out."""

    path: Path
    media_type: str
    text: str
    pages: tuple[PageSpan, ...] = ()
    warnings: tuple[str, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict, hash=False)
    encoding: str = "utf-8"
    sha256: str | None = None

    def page_at(self, offset: int) -> int | None:
        """The number of the page that holds text[offset], or None for a document without pages."""
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return None

    def to_source_text(self) -> SourceText:
        """The SourceText the record pipeline (kmgraph.thai.normalize, segment, extract) starts from."""
        return SourceText(self.path, self.text, self.encoding, self.warnings, self.sha256)
