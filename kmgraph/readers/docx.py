"""Word (.docx) records: body paragraphs and tables in document order, numbering as Word shows it.

Headers and footers are left out. A two-column table of labels and values becomes "label: value" lines; any
other table becomes one line per row with its cells separated by " | " (kmgraph.readers.layout).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree
from lxml.etree import XMLSyntaxError

from ..model import InputError
from .document import Document
from .layout import table_lines
from .numbering import Numbering

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"
_PART_KINDS = {"/numbering": "numbering", "/styles": "styles"}
_CORE = {"title": "{http://purl.org/dc/elements/1.1/}title", "creator": "{http://purl.org/dc/elements/1.1/}creator",
         "created": "{http://purl.org/dc/terms/}created"}


@dataclass(frozen=True)
class WordPackage:
    """The parts of a Word package the reader uses: the body, the numbering and styles definitions, and the core
    properties. Read straight from the zip (python-docx's own package loader parses every part: 4× slower)."""

    element: object  # w:document, as python-docx's oxml classes (CT_Document, CT_Body, CT_Tbl …)
    numbering_data: bytes | None  # parsed only if a paragraph is numbered (kmgraph.readers.numbering)
    styles_data: bytes | None
    core: dict[str, str]


def _targets(archive: zipfile.ZipFile, rels_path: str, base: str) -> dict[str, str]:
    """Relationship type (its last path segment) → part name, from one .rels part."""
    if rels_path not in archive.namelist():
        return {}
    found = {}
    for rel in etree.fromstring(archive.read(rels_path)).iter(f"{{{_RELATIONSHIPS}}}Relationship"):
        kind, target = rel.get("Type", ""), rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        name = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(base, target))
        found.setdefault(kind[kind.rfind("/"):], name)
    return found


def _package(data: bytes) -> WordPackage:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        main = _targets(archive, "_rels/.rels", "").get(_OFFICE_DOCUMENT, "word/document.xml")
        folder = posixpath.dirname(main)
        rels = _targets(archive, posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels"), folder)
        parts = {kind: archive.read(rels[rel]) for rel, kind in _PART_KINDS.items()
                 if rels.get(rel) in archive.namelist()}
        core = {}
        if "docProps/core.xml" in archive.namelist():
            properties = etree.fromstring(archive.read("docProps/core.xml"))
            core = {key: " ".join(node.text.split()) for key, tag in _CORE.items()
                    if (node := properties.find(tag)) is not None and node.text and node.text.strip()}
        return WordPackage(parse_xml(archive.read(main)), parts.get("numbering"), parts.get("styles"), core)


def open_docx(path: Path, data: bytes) -> WordPackage:
    try:
        package = _package(data)
    except zipfile.BadZipFile as exc:
        raise InputError(path, f"corrupt DOCX: not a readable Word package ({exc})") from exc
    except KeyError as exc:
        raise InputError(path, f"corrupt DOCX: a part is missing ({exc})") from exc
    except XMLSyntaxError as exc:
        raise InputError(path, f"corrupt DOCX: broken XML ({exc})") from exc
    except (ValueError, EOFError, OSError, zipfile.LargeZipFile) as exc:
        raise InputError(path, f"corrupt DOCX ({exc})") from exc
    if getattr(package.element, "body", None) is None:
        raise InputError(path, "corrupt DOCX: not a readable Word package (no document body)")
    return package


def _blocks(container, parent) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables of a body or cell in document order (content controls opened)."""
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, parent)


_TEXT_TAGS = {qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen")}
# Text under these is not shown: deleted or moved-away runs, the fallback copy of alternate content, the
# paragraphs of a text box (a w:p of its own), and paragraph properties (whose w:tabs/w:tab are tab stops).
_HIDDEN = {qn("w:del"), qn("w:moveFrom"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
           qn("w:p"), qn("w:pPr")}


def paragraph_text(paragraph_xml) -> str:
    """A paragraph's text as shown: runs inside content controls (Word forms' fill-in fields), hyperlinks,
    fields and tracked insertions included, which python-docx's Paragraph.text leaves out."""
    parts = []
    for element in paragraph_xml.iter(*_TEXT_TAGS):
        if any(ancestor.tag in _HIDDEN for ancestor in _ancestors_within(element, paragraph_xml)):
            continue
        if element.tag == qn("w:t"):
            parts.append(element.text or "")
        elif element.tag == qn("w:tab"):
            parts.append("\t")
        elif element.tag == qn("w:noBreakHyphen"):
            parts.append("-")
        elif element.get(qn("w:type")) in (None, "textWrapping") or element.tag == qn("w:cr"):
            parts.append("\n")
    return "".join(parts)


def _ancestors_within(element, top):
    for ancestor in element.iterancestors():
        if ancestor is top:
            return
        yield ancestor


class _Writer:
    def __init__(self, document):
        self.document = document
        self.numbering = Numbering(document.numbering_data, document.styles_data)
        self.warnings: list[str] = []

    def paragraph(self, paragraph: Paragraph) -> str:
        text = paragraph_text(paragraph._p)
        label = self.numbering.label(paragraph._p)
        if label and text.strip():
            return f"{label} {text.lstrip()}"
        return text

    def cell(self, cell) -> list[str]:
        """A cell's paragraphs (a nested table's rows among them)."""
        lines: list[str] = []
        for block in _blocks(cell._tc, cell):
            lines.extend([self.paragraph(block)] if isinstance(block, Paragraph) else self.table(block))
        return lines

    def table(self, table: Table) -> list[str]:
        rows = []
        for row in table.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) not in seen:  # a merged cell is repeated once per grid column it spans
                    seen.add(id(cell._tc))
                    cells.append(self.cell(cell))
            rows.append(cells)
        return table_lines(rows)

    def body(self) -> str:
        lines = []
        for block in _blocks(self.document.element.body, self.document):
            if isinstance(block, Paragraph):
                lines.append(self.paragraph(block))
            else:
                lines.extend(self.table(block))
        return "\n".join(lines)


def read_docx(path: Path, data: bytes) -> Document:
    """Read a .docx into a Document; InputError when the package is corrupt or has no text."""
    document = open_docx(path, data)
    writer = _Writer(document)
    try:
        text = writer.body()
    except (KeyError, ValueError, XMLSyntaxError) as exc:
        raise InputError(path, f"corrupt DOCX: {exc}") from exc
    if not text.strip():
        raise InputError(path, "DOCX has no text in its body")
    # the file's own properties (often the template's or the account's), not the record's fields
    metadata = {f"core:{key}": value for key, value in document.core.items()}
    return Document(path, MEDIA_TYPE, text + "\n", warnings=tuple(writer.warnings), metadata=metadata)
