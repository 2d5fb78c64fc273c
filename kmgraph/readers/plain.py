"""Read files into SourceText: find the files, detect the encoding, refuse what is not text."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import replace
from pathlib import Path

from ..model import InputError, SourceText
from .files import MAX_RECORD_MB, iter_record_files, read_record_bytes  # noqa: F401 - re-exported
from .mojibake import repair_mojibake

_THAI = re.compile("[\u0e01-\u0e5b]")
_WHITESPACE = re.compile(r"\s")
_UTF16_SAMPLE = 4096  # bytes looked at to recognise UTF-16 without a byte-order mark
_THAI_HIGH_BYTES = b"\x00\x0e"  # the high byte of ASCII and of Thai characters in UTF-16
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_ESCAPED_TAIL = re.compile("[\udc80-\udcff]+$")


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
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised without), or TIS-620/cp874,
    and read back as Thai the runs of Thai text that went through a wrong code page before they were saved
    (kmgraph.readers.mojibake: TIS-620 shown as Mac Roman or Latin-1/CP1252, UTF-8 shown as CP1252), with a warning.

    A few invalid bytes (NUL, 0xFF, a last character cut off) in otherwise good UTF-8 are read as U+FFFD with a
    warning (one character each, so offsets are kept); a file that is mostly not text is refused. The text's
    offsets (every span of a record read from it) index the text returned: after a UTF-8 mojibake repair, which
    puts one Thai character for two or three, they are not the offsets of the characters as first decoded.
    """
    source = _decode(data, Path(path))
    text, repaired = repair_mojibake(source.text)
    return replace(source, text=text, warnings=source.warnings + repaired) if repaired else source


def _decode(data: bytes, path: Path) -> SourceText:
    if not data.strip():
        raise InputError(path, "empty file")
    if data.startswith(codecs.BOM_UTF8):
        source = _decode(data[len(codecs.BOM_UTF8):], path)
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


def read_source(path: Path | str) -> SourceText:
    """Read one file; raise InputError naming the file and the problem."""
    data = read_record_bytes(path)
    source = decode(data, path)
    return replace(source, sha256=hashlib.sha256(data).hexdigest())
