"""OpenDocument text (.odt, as LibreOffice saves): body paragraphs, lists with their numbers, and tables.

Headers and footers live in styles.xml and are left out; list numbers are not stored in the file, so they are
counted here from the list styles, as LibreOffice shows them.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..model import InputError
from .document import Document
from .layout import table_lines
from .numbering import BULLET, format_number

MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}
# ODF style:num-format → Word's number format names that numbering.format_number knows.
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman", "": "none"}


def _tag(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


def _attr(element, prefix: str, name: str, default: str | None = None) -> str | None:
    return element.get(_tag(prefix, name), default)


@dataclass(frozen=True)
class ListLevel:
    bullet: bool
    fmt: str
    prefix: str
    suffix: str
    start: int
    display_levels: int


def _number_format(odf_format: str) -> str:
    if odf_format.startswith("๑"):
        return "thaiNumbers"
    if odf_format.startswith("ก"):
        return "thaiLetters"
    return _FORMATS.get(odf_format, "decimal")


def _list_styles(*roots) -> dict[str, dict[int, ListLevel]]:
    styles: dict[str, dict[int, ListLevel]] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(_tag("text", "list-style")):
            levels = {}
            for level in style:
                depth = int(_attr(level, "text", "level", "1") or 1)
                bullet = level.tag == _tag("text", "list-level-style-bullet")
                levels[depth] = ListLevel(
                    bullet, _number_format(_attr(level, "style", "num-format", "1") or ""),
                    _attr(level, "style", "num-prefix", "") or "", _attr(level, "style", "num-suffix", "") or "",
                    int(_attr(level, "text", "start-value", "1") or 1),
                    int(_attr(level, "text", "display-levels", "1") or 1))
            styles[_attr(style, "style", "name", "") or ""] = levels
    return styles


@dataclass
class _Writer:
    list_styles: dict[str, dict[int, ListLevel]]
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    def inline(self, element) -> str:
        """The text of a paragraph or heading: spaces, tabs and line breaks as typed; notes and frames left out."""
        parts = [element.text or ""]
        for child in element:
            if child.tag == _tag("text", "s"):
                parts.append(" " * int(_attr(child, "text", "c", "1") or 1))
            elif child.tag == _tag("text", "tab"):
                parts.append("\t")
            elif child.tag == _tag("text", "line-break"):
                parts.append("\n")
            elif child.tag not in (_tag("text", "note"), "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame"):
                parts.append(self.inline(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def label(self, style: str, depth: int) -> str | None:
        levels = self.list_styles.get(style, {})
        level = levels.get(depth)
        if level is None:
            return None
        if level.bullet:
            return BULLET
        counts = self.counters.setdefault(style, {})
        counts[depth] = counts[depth] + 1 if depth in counts else level.start
        for deeper in [k for k in counts if k > depth]:
            del counts[deeper]
        shown = range(max(1, depth - level.display_levels + 1), depth + 1)
        numbers = ".".join(format_number(counts.get(d, levels[d].start if d in levels else 1),
                                         levels[d].fmt if d in levels else "decimal") for d in shown)
        return f"{level.prefix}{numbers}{level.suffix}".strip() or None

    def blocks(self, container, style: str | None = None, depth: int = 0, label: str | None = None) -> list[str]:
        lines: list[str] = []
        for child in container:
            if child.tag in (_tag("text", "p"), _tag("text", "h")):
                text = self.inline(child)
                if label and text.strip():
                    text, label = f"{label} {text.lstrip()}", None
                lines.append(text)
            elif child.tag == _tag("text", "list"):
                if depth == 0 and _attr(child, "text", "continue-numbering") != "true" \
                        and _attr(child, "text", "continue-list") is None:
                    self.counters.pop(_attr(child, "text", "style-name") or style or "", None)
                lines.extend(self.blocks(child, _attr(child, "text", "style-name") or style, depth + 1))
            elif child.tag in (_tag("text", "list-item"), _tag("text", "list-header")):
                item_label = self.label(style or "", depth) if child.tag == _tag("text", "list-item") else None
                lines.extend(self.blocks(child, style, depth, item_label))
            elif child.tag == _tag("table", "table"):
                lines.extend(table_lines(self.rows(child)))
            elif child.tag in (_tag("text", "section"), _tag("text", "soft-page-break")) or \
                    child.tag == _tag("table", "table-header-rows"):
                lines.extend(self.blocks(child, style, depth))
        return lines

    def rows(self, table) -> list[list[list[str]]]:
        rows = []
        for row in table.iter(_tag("table", "table-row")):
            if next(row.iterancestors(_tag("table", "table")), None) is table:
                rows.append([self.blocks(cell) for cell in row if cell.tag == _tag("table", "table-cell")])
        return rows


def read_odt(path: Path, data: bytes) -> Document:
    """Read an .odt into a Document; InputError when the package is corrupt or has no text."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            content = etree.fromstring(package.read("content.xml"))
            names = set(package.namelist())
            styles = etree.fromstring(package.read("styles.xml")) if "styles.xml" in names else None
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, EOFError, ValueError) as exc:
        raise InputError(path, f"corrupt ODT: not a readable OpenDocument package ({exc})") from exc
    body = content.find(f"{_tag('office', 'body')}/{_tag('office', 'text')}")
    if body is None:
        raise InputError(path, "ODT without a text body (a spreadsheet or drawing?)")
    text = "\n".join(_Writer(_list_styles(content, styles)).blocks(body))
    if not text.strip():
        raise InputError(path, "ODT has no text in its body")
    return Document(path, MEDIA_TYPE, text + "\n")
