"""Plain-text records: kmgraph.read's decoding (UTF-8, UTF-16 with a BOM, TIS-620/cp874) as a Document."""

from __future__ import annotations

from pathlib import Path

from ..read import decode
from .document import Document


def read_text(path: Path, data: bytes) -> Document:
    source = decode(data, path)
    return Document(path, "text/plain", source.text, warnings=source.warnings, encoding=source.encoding)
