"""Read files into SourceText: find the files, detect the encoding, refuse what is not text."""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from .model import InputError, SourceText

RECORD_SUFFIXES = (".txt", ".text", ".md")
MEGABYTE = 1024 * 1024
MAX_RECORD_MB = 5  # a knowledge record is tens of KB; anything this big is not one (and would be slow to read)
_THAI = re.compile("[\u0e01-\u0e5b]")
_WHITESPACE = re.compile(r"\s")
_UTF16_SAMPLE = 4096  # bytes looked at to recognise UTF-16 without a byte-order mark
_THAI_HIGH_BYTES = b"\x00\x0e"  # the high byte of ASCII and of Thai characters in UTF-16
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_ESCAPED_TAIL = re.compile("[\udc80-\udcff]+$")


def iter_record_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the files named, and the record files below the folders named, in a stable order.

    Links to folders outside the folder named are followed (links to folders inside it are not: their files
    are found under their own names). What cannot be walked or followed is yielded too, so that reading it
    reports the problem: a path that does not exist, a folder that cannot be read, a link whose target is
    missing or that leads round in a loop (unless its name shows it is not a record file).
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found: list[Path] = []
            root = os.path.realpath(path)
            _walk(path, root, (root,), found)
            yield from sorted(found)
        else:
            yield path


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _walk(folder: Path, root: str, ancestors: tuple[str, ...], found: list[Path]) -> None:
    """Add the record files below folder to found (ancestors: the real paths of the folders walked into)."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        found.append(folder)  # reading it says why it cannot be read
        return
    for entry in entries:
        path = Path(entry.path)
        maybe_record = path.suffix.lower() in RECORD_SUFFIXES
        try:
            is_dir, is_file, is_link = entry.is_dir(), entry.is_file(), entry.is_symlink()
        except OSError:
            is_dir = is_file = False
            is_link = True
        if is_dir and is_link:
            real = os.path.realpath(path)
            if any(_inside(ancestor, real) for ancestor in ancestors):
                found.append(path)  # a link back to a folder it is in: reading it reports the loop
            elif not _inside(real, root):
                _walk(path, root, (*ancestors, real), found)
        elif is_dir:
            _walk(path, root, (*ancestors, os.path.realpath(path)), found)
        elif is_file:
            if maybe_record:
                found.append(path)
        elif is_link and (maybe_record or not path.suffix):
            found.append(path)  # a link that leads nowhere: reading it says so


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(text) - len(pattern.sub("", text))


def _thai_share(text: str) -> float:
    letters = len(text) - _count(_WHITESPACE, text)
    if not letters:
        return 0.0
    return _count(_THAI, text) / letters


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when data looks like UTF-16 Thai or ASCII text without a byte-order mark: in
    one of the byte positions (odd or even) nearly every byte is 0x00 (ASCII) or 0x0E (Thai), in the other few."""
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]

    def high_share(part: bytes) -> float:
        return sum(part.count(byte) for byte in _THAI_HIGH_BYTES) / len(part)

    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high_share(high) >= 0.9 and high_share(low) <= 0.1:
            return codec
    return None


def _decode_utf16(data: bytes, path: Path, codec: str, warnings: tuple[str, ...]) -> SourceText:
    if len(data) % 2:
        data = data[:-1]
        warnings += ("the last byte is cut off (a UTF-16 file has an even number of bytes); left out",)
    try:
        return SourceText(path, data.decode(codec), "utf-16", warnings)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-16 ({exc.reason} at byte {exc.start})") from exc


def _decode_damaged_utf8(data: bytes, path: Path) -> SourceText | None:
    """UTF-8 with a few invalid bytes (a stray 0xFF, a last character cut off): each invalid byte becomes one
    U+FFFD and a warning says where; None when the bytes are not mostly UTF-8 (TIS-620, binary): more invalid
    bytes than one in a thousand, or than Thai letters decoded."""
    escaped = data.decode("utf-8", errors="surrogateescape")  # one lone surrogate per invalid byte
    bad = _count(_ESCAPED_BYTE, escaped)
    if bad > max(3, len(escaped) // 1000) or _count(_THAI, escaped) < bad:
        return None
    text = _ESCAPED_BYTE.sub("\ufffd", escaped)
    warnings = []
    tail = _ESCAPED_TAIL.search(escaped)
    if tail and codecs.getincrementaldecoder("utf-8")().decode(data[-len(tail.group()):], final=False) == "":
        warnings.append("the file ends in the middle of a UTF-8 character (cut off?); its bytes are read as U+FFFD")
        bad -= len(tail.group())
    if bad:
        line = text.count("\n", 0, _ESCAPED_BYTE.search(escaped).start()) + 1
        warnings.append(f"{bad} invalid UTF-8 byte(s) read as U+FFFD (first on line {line})")
    return SourceText(path, text, "utf-8", tuple(warnings))


def decode(data: bytes, path: Path | str = "<bytes>") -> SourceText:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised without), or TIS-620/cp874.

    A few invalid bytes (NUL, 0xFF, a last character cut off) in otherwise good UTF-8 are read as U+FFFD with a
    warning (one character each, so offsets are kept); a file that is mostly not text is refused.
    """
    path = Path(path)
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        source = decode(data[len(codecs.BOM_UTF8):], path)
        return replace(source, encoding="utf-8-sig") if source.encoding == "utf-8" else source
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return _decode_utf16(data[2:], path, codec, ())
    codec = _utf16_without_bom(data)
    if codec:
        return _decode_utf16(data, path, codec, (f"encoding guessed: {codec.upper()} (no byte-order mark)",))
    nuls = data.count(0)
    if nuls > max(1, len(data) // 1000):
        raise InputError(path, "binary file (contains NUL bytes), not a text record")
    source = _decode_utf8(data, path)
    if nuls:
        line = source.text.count("\n", 0, source.text.index("\0")) + 1
        source = replace(source, text=source.text.replace("\0", "\ufffd"),
                         warnings=source.warnings + (f"{nuls} NUL byte(s) read as U+FFFD (first on line {line})",))
    return source


def _decode_utf8(data: bytes, path: Path) -> SourceText:
    try:
        return SourceText(path, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _decode_damaged_utf8(data, path)
    if damaged:
        return damaged
    text = data.decode("cp874", errors="replace")
    if _thai_share(text) < 0.2 or text.count("\ufffd") > max(3, len(text) // 100):
        raise InputError(path, "binary or unknown encoding (neither UTF-8, UTF-16 nor TIS-620/cp874)")
    return SourceText(path, text, "cp874", ("encoding guessed: TIS-620/cp874 (not valid UTF-8)",))


def _link_problem(path: Path) -> str | None:
    """What is wrong with a symbolic link that cannot be followed, or None."""
    if not path.is_symlink():
        return None
    target = os.readlink(path)
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"symbolic link loop (it points to {target}, which leads back to it)"
        return f"dangling symbolic link (its target {target} does not exist)"
    if path.is_dir():
        real = os.path.realpath(path)
        if _inside(os.path.realpath(path.parent), real):
            return f"symbolic link loop (it points back to {real}, a folder it is in)"
    return None


def read_record_bytes(path: Path | str) -> bytes:
    """A record file's bytes; raise InputError naming the file and the problem (missing, a folder, a broken
    link, unreadable, or over MAX_RECORD_MB, which is checked from its size before anything is read)."""
    path = Path(path)
    problem = _link_problem(path)
    if problem:
        raise InputError(path, problem)
    try:
        size = path.stat().st_size
        if path.is_dir():
            with os.scandir(path):
                pass
            raise InputError(path, "is a directory")
        if size > MAX_RECORD_MB * MEGABYTE:
            raise InputError(path, f"file too large ({size / MEGABYTE:.1f} MB > {MAX_RECORD_MB} MB)")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(path, "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(path, "is a directory") from exc
    except OSError as exc:
        what = "folder" if path.is_dir() else "file"
        raise InputError(path, f"cannot read {what} ({exc.strerror or exc})") from exc


def read_source(path: Path | str) -> SourceText:
    """Read one file; raise InputError naming the file and the problem."""
    data = read_record_bytes(path)
    source = decode(data, path)
    return replace(source, sha256=hashlib.sha256(data).hexdigest())
