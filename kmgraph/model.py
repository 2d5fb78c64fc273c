"""Typed values passed between the pipeline's stages.

files --read--> SourceText --normalize--> CleanText --segment--> Segmented --extract--> Record
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KmgraphError, one_line  # noqa: F401 - re-exported: the stages raise them


@dataclass(frozen=True)
class SourceText:
    """A decoded file, exactly as written (line ends kept)."""

    path: Path
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()
    sha256: str | None = None


@dataclass(frozen=True)
class CleanText:
    """Repaired text with a map from each character back to its offset in the source text."""

    text: str
    offsets: tuple[int, ...]
    source_length: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets [start, end) of the clean slice [start, end)."""
        if start >= end:
            anchor = self.offsets[start] if start < len(self.offsets) else self.source_length
            return anchor, anchor
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Line:
    """One line of clean text and where it starts."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Section:
    """A heading's kind, its own inline value and the lines below it up to the next heading."""

    kind: str
    heading: str
    heading_start: int
    value_start: int
    value: str
    lines: tuple[Line, ...] = ()
    depth: int = 0


@dataclass(frozen=True)
class Segmented:
    """A record split into its header lines (before the first heading) and its sections."""

    template: str
    header: tuple[Line, ...]
    sections: tuple[Section, ...]

    def of_kind(self, *kinds: str) -> list[Section]:
        return [s for s in self.sections if s.kind in kinds]


@dataclass(frozen=True)
class Text:
    """An extracted piece of text with its span in the clean text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Author:
    kind: str  # "person" | "organization"
    name: str
    honorific: str | None = None
    given_name: str | None = None
    family_name: str | None = None


@dataclass(frozen=True)
class Position:
    title: str
    level: str | None = None


@dataclass(frozen=True)
class Contributor:
    """One of the writers a record names (an officer, a co-writer, a member of a committee), with the post and
    office given with them."""

    author: Author
    span: Text
    position: Position | None = None
    office: Text | None = None


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ConceptMention:
    """A concept of the ontology that the record's text names."""

    iri: str
    label: str
    scheme: str
    start: int
    end: int
    matched: str


@dataclass
class Record:
    """Everything extracted from one knowledge record (the record JSON contract)."""

    id: str
    source: str
    template: str
    title: Text | None = None
    author: Author | None = None
    author_span: Text | None = None
    authors: list[Contributor] = field(default_factory=list)  # every writer named, the author first
    position: Position | None = None
    office: Text | None = None
    district: Text | None = None
    province: Text | None = None
    phone: Text | None = None
    date: Text | None = None
    category: Text | None = None
    steps: list[Text] = field(default_factory=list)
    techniques: list[Text] = field(default_factory=list)
    cautions: list[Text] = field(default_factory=list)
    success_factors: list[Text] = field(default_factory=list)
    problems: list[Text] = field(default_factory=list)
    outcomes: list[Text] = field(default_factory=list)
    principles: list[ConceptMention] = field(default_factory=list)
    programmes: list[ConceptMention] = field(default_factory=list)
    category_concept: ConceptMention | None = None
    quantities: list[Quantity] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    found_by: dict[str, str] = field(default_factory=dict)  # header field → label | lexicon | gazetteer | guessed
    encoding: str = "utf-8"
    clean: CleanText | None = None
    source_text: str | None = None
    source_sha256: str | None = None
    media_type: str = "text/plain"  # the kind of file read (dcterms:format)
    pages: tuple[int, ...] = ()  # the document's pages the record lies on (none for a file without pages)
    document_span: tuple[int, int] | None = None  # where the record's text lies in the document's text
