"""Read files into SourceText: find the files, detect the encoding, refuse what is not text."""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .model import InputError, SourceText

RECORD_SUFFIXES = (".txt", ".text", ".md")
_THAI_RANGE = range(0x0E01, 0x0E5C)


def iter_record_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the files named, and the record files below the folders named, in a stable order.

    A path that does not exist is yielded as is, so that reading it reports the problem.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in RECORD_SUFFIXES]
            yield from sorted(found)
        else:
            yield path


def _thai_share(text: str) -> float:
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) in _THAI_RANGE) / len(letters)


def decode(data: bytes, path: Path | str = "<bytes>") -> SourceText:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with a BOM, or TIS-620/cp874."""
    path = Path(path)
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        return SourceText(path, data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return SourceText(path, data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid UTF-16 despite its byte-order mark ({exc.reason})") from exc
    if b"\x00" in data:
        raise InputError(path, "binary file (contains NUL bytes), not a text record")
    try:
        return SourceText(path, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp874", errors="replace")
    if _thai_share(text) < 0.2 or text.count("\ufffd") > max(3, len(text) // 100):
        raise InputError(path, "binary or unknown encoding (neither UTF-8, UTF-16 nor TIS-620/cp874)")
    return SourceText(path, text, "cp874", ("encoding guessed: TIS-620/cp874 (not valid UTF-8)",))


def read_source(path: Path | str) -> SourceText:
    """Read one file; raise InputError naming the file and the problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(path, "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(path, "is a directory") from exc
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from exc
    source = decode(data, path)
    return replace(source, sha256=hashlib.sha256(data).hexdigest())
