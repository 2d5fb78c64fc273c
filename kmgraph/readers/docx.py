"""Word (.docx) records: body paragraphs and tables in document order, numbering as Word shows it.

Headers and footers are left out. A two-column table of labels and values becomes "label: value" lines; any
other table becomes one line per row with its cells separated by " | " (kmgraph.readers.layout).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from ..model import InputError
from .document import Document
from .layout import table_lines
from .numbering import Numbering

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def open_docx(path: Path, data: bytes):
    try:
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError) as exc:
        raise InputError(path, f"corrupt DOCX: not a readable Word package ({exc})") from exc
    except KeyError as exc:
        raise InputError(path, f"corrupt DOCX: a part is missing ({exc})") from exc
    except XMLSyntaxError as exc:
        raise InputError(path, f"corrupt DOCX: broken XML ({exc})") from exc
    except (ValueError, EOFError, zipfile.LargeZipFile) as exc:
        raise InputError(path, f"corrupt DOCX ({exc})") from exc


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
        self.numbering = Numbering.of(document)
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
    metadata = {}  # the file's own properties (often the template's or the account's), not the record's fields
    properties = document.core_properties
    for key, value in (("core:title", properties.title), ("core:creator", properties.author),
                       ("core:created", properties.created.isoformat() if properties.created else None)):
        if value:
            metadata[key] = str(value)
    return Document(path, MEDIA_TYPE, text + "\n", warnings=tuple(writer.warnings), metadata=metadata)
