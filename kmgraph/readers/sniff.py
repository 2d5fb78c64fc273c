"""Recognise a file's kind from its first bytes (and, for zip packages, the names inside)."""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_HTML_START = re.compile(
    rb"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S
)


def is_pdf(path: Path, head: bytes) -> bool:
    """PDF: "%PDF-" within the first kilobyte (readers accept leading junk there)."""
    return b"%PDF-" in head[:1024]


def is_zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def zip_names(path: Path) -> set[str] | None:
    """The member names of a zip package, or None when it cannot be opened as one."""
    try:
        with zipfile.ZipFile(path) as package:
            return set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def is_docx(path: Path, head: bytes) -> bool:
    """DOCX: a zip package holding word/document.xml."""
    if not is_zip(head):
        return False
    names = zip_names(path)
    return names is not None and "word/document.xml" in names


def is_odt(path: Path, head: bytes) -> bool:
    """ODT: a zip package whose first member, "mimetype", names the OpenDocument text type."""
    return is_zip(head) and head[30:38] == b"mimetype" and ODT_MIMETYPE in head[38:120]


def is_html(path: Path, head: bytes) -> bool:
    """HTML: the text starts (after a BOM, spaces and comments) with <!doctype html>, <html>, <head> or <body>."""
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            head = head[len(bom):]
            if bom != codecs.BOM_UTF8:
                head = head.decode("utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be", "ignore").encode()
            break
    return bool(_HTML_START.match(head.lstrip()))
