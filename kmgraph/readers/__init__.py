"""Document readers: bytes of a Word form, a PDF, an HTML page, an ODT or a text file → source text.

    from kmgraph.readers import read_document
    document = read_document("record.docx")      # Document(path, media_type, text, pages, warnings, metadata)
    source = document.to_source_text()            # what kmgraph.thai.normalize takes

Register another kind with `register(kind, reader, suffixes, sniff)`.
"""

from .document import Document, PageSpan
from .registry import ReaderEntry, read_document, reader_for, register, registered, suffixes

__all__ = ["Document", "PageSpan", "ReaderEntry", "read_document", "reader_for", "register", "registered",
           "suffixes"]
