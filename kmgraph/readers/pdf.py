"""PDF records: the text layer page by page, running headers, footers and page numbers removed.

pypdfium2 (PDFium) was chosen by measurement (benchmarks/bench_readers.py): on LibreOffice-exported Thai PDFs
pdfminer.six, and pdfplumber built on it, return "(cid:3)" for sara aa and split marks onto lines of their own,
while PDFium returns the Thai text, some thirty times faster.

Lines a paragraph was wrapped into are joined again (a line that reaches the right margin continues on the
next), so that paragraphs come out as lines, as in a text record. Thai repairs other than the fonts'
private-use glyphs are left to kmgraph.thai.
"""

from __future__ import annotations

import ctypes
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .. import tables
from ..model import InputError
from .document import Document, PageSpan
from .pdf_marks import Glyph, placed_line
from .thai_glyphs import drop_spaces_before_marks, map_private_use

MEDIA_TYPE = "application/pdf"
EDGE_LINES = 2  # how many lines at the top and at the bottom of a page may be running headers or footers
FULL_LINE_SLACK = 0.12  # a line ending this close (share of the text width) to the right margin was wrapped
LINE_DISTANCE_SLACK = 1.35  # a wrapped line follows at most this many times the usual line distance
BLANK_LINE_DISTANCE = 1.8  # lines this many times the usual line distance apart have an empty paragraph between
_LIST_START = re.compile(r"^\s*(?:[0-9๐-๙]+(?:[.)][0-9๐-๙]*)+|[-•●○▪■*]|\(?[0-9๐-๙]+\))\s*")
_DIGITS = re.compile(r"[0-9๐-๙]+")


@lru_cache(maxsize=1)
def _page_number_line() -> re.Pattern[str]:
    words = tables.readers().pdf.page_number_words
    word = "|".join(re.escape(w) for w in words)
    number = r"[0-9๐-๙]+"
    return re.compile(rf"^[\s\-–—|.(\[]*(?:(?:{word})\s*)?{number}(?:\s*(?:/|{word})\s*{number})?[\s\-–—|.)\]]*$", re.I)


_NUMBERING = re.compile(r"^[\s(]*(?:[0-9๐-๙]+[.)]?)*[\s.)]*")


@lru_cache(maxsize=1)
def _record_openings() -> tuple[frozenset[str], tuple[str, ...]]:
    """The form titles (บันทึกองค์ความรู้, …) and section labels of kmgraph's record templates, without spaces."""
    templates = tables.templates()
    titles = frozenset("".join(title.split()) for template in templates.templates.values()
                       for title in template.titles)
    labels = tuple("".join(label.rstrip("#:").split()) for section in templates.sections.values()
                   for label in section.labels if len(label.rstrip("#:")) >= 4)
    return titles, labels


def _opens_record_part(text: str) -> bool:
    """Is the line a form title or a section heading of a record? Such a line is the record's own, however
    often it stands at the top or bottom of a page (a KM book of one-page records repeats them all)."""
    titles, labels = _record_openings()
    squeezed = "".join(_NUMBERING.sub("", text).split())
    return squeezed in titles or squeezed.startswith(labels)


@dataclass
class PdfLine:
    """One line of a page's text layer and its box (PDF points, origin bottom left)."""

    text: str
    left: float
    right: float
    top: float  # the top of its first character

    @property
    def key(self) -> str:
        """The line with its numbers blanked, so "หน้า 2" and "หน้า 3" compare equal."""
        return _DIGITS.sub("#", " ".join(self.text.split()))


def _open(path: Path, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputError(path, "encrypted PDF: it needs a password to open; save it without one") from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise InputError(path, "encrypted PDF: its security handler is not supported") from exc
        raise InputError(path, f"corrupt PDF: cannot be opened ({exc})") from exc


class _CharBoxes:
    """Character boxes of one text page, read through PDFium's C API with the same four doubles each time (the
    wrapper's get_charbox makes new ones per call, and boxes are read for every line)."""

    def __init__(self, textpage: pdfium.PdfTextPage):
        self.raw = textpage.raw
        self.left, self.right, self.bottom, self.top = (ctypes.c_double() for _ in range(4))
        self.refs = tuple(ctypes.byref(value) for value in (self.left, self.right, self.bottom, self.top))

    def box(self, index: int) -> tuple[float, float, float]:
        """left, right and top of character `index`."""
        pdfium_c.FPDFText_GetCharBox(self.raw, index, *self.refs)
        return self.left.value, self.right.value, self.top.value

    def glyph(self, index: int) -> Glyph:
        left, right, _ = self.box(index)
        return Glyph(chr(pdfium_c.FPDFText_GetUnicode(self.raw, index)), left, right,
                     pdfium_c.FPDFText_IsGenerated(self.raw, index) == 1)


def _page_lines(textpage: pdfium.PdfTextPage) -> tuple[list[PdfLine], int]:
    """The page's lines with their boxes, and how many marks were put back after their base letter."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    lines: list[PdfLine] = []
    with_boxes = len(text) == count  # each character of the text is the text page's character of that index
    boxes = _CharBoxes(textpage) if with_boxes else None
    moved = 0
    start = 0
    for part in text.split("\r\n"):
        end = start + len(part)
        if part.strip():
            first = start + (len(part) - len(part.lstrip()))
            last = start + len(part.rstrip()) - 1
            if boxes is not None:
                left, _, top = boxes.box(first)
                right = boxes.box(last)[1]
                part, count = placed_line(part, lambda index, start=start: boxes.glyph(start + index))
                moved += count
            else:
                left = right = top = math.nan
            lines.append(PdfLine(part, left, right, top))
        start = end + 2
    return lines, moved


def _edges(lines: list[PdfLine]) -> list[PdfLine]:
    """The lines at the top and at the bottom of a page, by position when known, else by order."""
    if len(lines) <= EDGE_LINES * 2:
        return list(lines)
    if any(math.isnan(line.top) for line in lines):
        return lines[:EDGE_LINES] + lines[-EDGE_LINES:]
    by_height = sorted(lines, key=lambda line: -line.top)
    return by_height[:EDGE_LINES] + by_height[-EDGE_LINES:]


def _furniture(pages: list[list[PdfLine]]) -> set[int]:
    """ids of the lines that are running headers, footers or page numbers."""
    pattern = _page_number_line()
    found: set[int] = set()
    edges = [_edges(lines) for lines in pages]
    seen = Counter(key for page_edges in edges for key in {line.key for line in page_edges})
    repeated = max(2, math.ceil(len(pages) / 2))
    for page_edges in edges:
        for line in page_edges:
            if pattern.match(line.text) or (len(pages) >= 2 and seen[line.key] >= repeated
                                            and not _opens_record_part(line.text)):
                found.add(id(line))
    return found


def _continues(line: PdfLine, following: PdfLine, margin_left: float, margin_right: float, pitch: float) -> bool:
    """Was `line` wrapped, so that `following` carries on its paragraph?

    It was when it reaches the right margin, the next line is no list item, and the next line follows at the
    usual line distance (a paragraph's spacing, a blank line or a table row lies further).
    """
    if any(math.isnan(v) for v in (line.right, line.top, following.top, margin_left, margin_right)):
        return False
    width = margin_right - margin_left
    if width <= 0 or line.right < margin_right - FULL_LINE_SLACK * width:
        return False
    if _LIST_START.match(following.text):
        return False
    distance = line.top - following.top
    return distance > 0 and (pitch <= 0 or distance <= pitch * LINE_DISTANCE_SLACK)


def _blank_between(line: PdfLine, following: PdfLine, pitch: float) -> bool:
    """Is there room for a blank line between `line` and `following` (an empty paragraph in the source)?"""
    if pitch <= 0 or math.isnan(line.top) or math.isnan(following.top):
        return False
    return line.top - following.top >= pitch * BLANK_LINE_DISTANCE


def _same_baseline(line: PdfLine, following: PdfLine, pitch: float) -> bool:
    """Does `following` stand on the same line as `line`, to its right (the next cell of a table row)?"""
    if pitch <= 0 or math.isnan(line.top) or math.isnan(following.top):
        return False
    return abs(line.top - following.top) < pitch * 0.25 and following.left > line.right


def _page_text(lines: list[PdfLine], page_width: float, document_left: float) -> list[str]:
    """The page's paragraphs: wrapped lines joined.

    The right margin is taken as wide as the left one (Word's and LibreOffice's page styles are symmetric)
    unless a line reaches further; the usual line distance is the lower quartile of the distances between
    successive lines (the distance within a paragraph is the shortest).
    """
    if not lines:
        return []
    measurable = [line for line in lines if not math.isnan(line.right)]
    margin_left = min((line.left for line in measurable), default=math.nan)
    margin_right = max([line.right for line in measurable] + [page_width - document_left])
    distances = sorted(a.top - b.top for a, b in pairwise(measurable) if b.top < a.top)
    pitch = distances[len(distances) // 4] if distances else 0.0
    paragraphs = [lines[0].text]
    for line, following in pairwise(lines):
        if _same_baseline(line, following, pitch):  # table cells PDFium split: one row, one line
            paragraphs[-1] = paragraphs[-1].rstrip() + " " + following.text.lstrip()
        elif _continues(line, following, margin_left, margin_right, pitch):
            paragraphs[-1] += following.text.lstrip()  # a space the line was wrapped at is kept at its end
        else:
            if _blank_between(line, following, pitch):
                paragraphs.append("")  # an empty paragraph: it parts items that carry no number
            paragraphs.append(following.text)
    return [paragraph.strip() for paragraph in paragraphs]


def read_pdf(path: Path, data: bytes) -> Document:
    """Read a PDF's text layer; InputError for an encrypted, corrupt or image-only PDF."""
    document = _open(path, data)
    pages: list[list[PdfLine]] = []
    widths: list[float] = []
    moved = 0
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = None
            try:
                widths.append(page.get_width())
                textpage = page.get_textpage()
                lines, count = _page_lines(textpage)
            except pdfium.PdfiumError as exc:
                raise InputError(path, f"corrupt PDF: a page cannot be read ({exc})") from exc
            finally:
                if textpage is not None:
                    textpage.close()
                page.close()
            pages.append(lines)
            moved += count
    finally:
        document.close()
    if not pages:
        raise InputError(path, "corrupt PDF: it has no pages")
    if not any(pages):
        raise InputError(path, "no text layer (scanned?): OCR is not done")
    warnings = []
    blank = [str(number) for number, lines in enumerate(pages, 1) if not lines]
    if blank:
        warnings.append(f"no text layer on page {', '.join(blank)} (scanned?): those pages are left out")
    furniture = _furniture(pages)
    document_left = min((line.left for lines in pages for line in lines if not math.isnan(line.left)),
                        default=math.nan)
    chunks: list[str] = []
    spans: list[PageSpan] = []
    offset = 0
    replaced = 0
    for number, lines in enumerate(pages, 1):
        body = [line for line in lines if id(line) not in furniture]
        page_text = "\n".join(_page_text(body, widths[number - 1], document_left))
        page_text, count = map_private_use(page_text)
        replaced += count
        page_text = drop_spaces_before_marks(page_text)
        page_text += "\n" if page_text else ""
        spans.append(PageSpan(number, offset, offset + len(page_text)))
        chunks.append(page_text)
        offset += len(page_text)
    if moved:
        warnings.append(f"{moved} Thai mark(s) the text layer gave out of order put back after their letter")
    if replaced:
        warnings.append(f"{replaced} private-use glyph(s) of Thai or symbol fonts mapped to Thai letters or '-'")
    return Document(path, MEDIA_TYPE, "".join(chunks), tuple(spans), tuple(warnings))
