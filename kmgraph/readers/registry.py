"""Which reader turns a file into a Document: chosen by content (magic bytes) first, then by suffix.

Like rdflib's plugin.register, a reader may be named lazily as "module:function", so that python-docx,
pypdfium2 and lxml are imported only when a file of that kind is read.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import InputError
from . import sniff
from .document import Document
from .unreadable import unreadable_thai

Reader = Callable[[Path, bytes], Document]
Sniffer = Callable[[Path, bytes], bool]
HEAD_SIZE = 2048


@dataclass(frozen=True)
class ReaderEntry:
    """One registered kind of document."""

    kind: str
    reader: Reader | str
    suffixes: tuple[str, ...] = ()
    sniff: Sniffer | None = None

    def load(self) -> Reader:
        """The reader function, importing its module when it was registered by name."""
        if callable(self.reader):
            return self.reader
        module_name, _, function = self.reader.partition(":")
        return getattr(importlib.import_module(module_name), function)


_entries: dict[str, ReaderEntry] = {}
FALLBACK_KIND = "text"


def register(kind: str, reader: Reader | str, suffixes: tuple[str, ...] | list[str] = (),
             sniff: Sniffer | None = None) -> None:
    """Register (or replace) the reader of `kind`; content sniffers are tried in registration order."""
    _entries[kind] = ReaderEntry(kind, reader, tuple(s.lower() for s in suffixes), sniff)


def registered() -> tuple[ReaderEntry, ...]:
    return tuple(_entries.values())


def suffixes() -> tuple[str, ...]:
    """Every suffix a registered reader claims, e.g. for finding record files in a folder."""
    return tuple(dict.fromkeys(s for entry in _entries.values() for s in entry.suffixes))


def reader_for(path: Path | str, head: bytes) -> ReaderEntry:
    """The entry whose sniffer recognises `head` (the file's first bytes), else the one claiming the suffix,
    else the plain-text reader (which refuses binary data with a clear message)."""
    path = Path(path)
    for entry in _entries.values():
        if entry.sniff is not None and entry.sniff(path, head):
            return entry
    suffix = path.suffix.lower()
    for entry in _entries.values():
        if suffix in entry.suffixes:
            return entry
    return _entries[FALLBACK_KIND]


def read_bytes(path: Path) -> bytes:
    """A file's bytes; InputError naming the file when it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(path, "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(path, "is a directory") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from exc


def read_document(path: Path | str, data: bytes | None = None) -> Document:
    """Read one file of any registered kind into a Document (from `data` when its bytes were read already);
    InputError names the file and the problem (a page whose Thai cannot be read back is refused too)."""
    path = Path(path)
    data = read_bytes(path) if data is None else data
    if not data.strip():
        raise InputError(path, "empty file")
    document = reader_for(path, data[:HEAD_SIZE]).load()(path, data)
    problem = unreadable_thai(document.text)
    if problem:
        raise InputError(path, problem)
    return replace(document, sha256=hashlib.sha256(data).hexdigest())


def _register_builtins() -> None:
    register("pdf", "kmgraph.readers.pdf:read_pdf", (".pdf",), sniff.is_pdf)
    register("docx", "kmgraph.readers.docx:read_docx", (".docx", ".docm", ".dotx"), sniff.is_docx)
    register("odt", "kmgraph.readers.odt:read_odt", (".odt",), sniff.is_odt)
    register("html", "kmgraph.readers.html:read_html", (".html", ".htm", ".xhtml"), sniff.is_html)
    register(FALLBACK_KIND, "kmgraph.readers.text:read_text", (".txt", ".text", ".md"))


_register_builtins()
