"""Contact details (phone numbers, e-mail addresses) taken out of text, for `kmgraph build --redact`.

Matching runs on a skeleton of the text with one character per character of the text (format characters such
as the zero-width space, joiners and the soft hyphen are left out): NFKC-normalized, so full-width digits and
＠ are ASCII; every decimal digit as an ASCII digit (Thai ๐-๙ too); any other script's letter or mark as ก; any
dash as '-'. Matches are replaced in the original text. The patterns have no nested quantifiers that can
backtrack (each repeated group starts with a character the group before it cannot hold) and an e-mail address
is only tried where a run of address characters starts, so matching is linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata

KINDS = ("phone", "email")
REDACTED = "[ปกปิด]"
IRI_REDACTED = "redacted"  # the marker in IRIs and ids (no characters that need percent-encoding)

_OTHER_LETTER = "ก"
_SEPARATOR = r"[ \t\-.()]{0,3}"
# A Thai number: 0 (or +66, optionally followed by 0) then 8 or 9 digits, the first not 0 (landline 0-2xxx-xxxx,
# 0-5xxx-xxxx; mobile 08x-xxx-xxxx), with up to three separators between digits. Not after a digit, a Latin
# letter or '+' (hex ids, longer numbers) and not before a digit.
_PHONE = re.compile(
    rf"(?<![0-9A-Za-z+])(?:\(?\+{_SEPARATOR}66{_SEPARATOR}(?:0{_SEPARATOR})?|\(?0{_SEPARATOR})"
    rf"[1-9](?:{_SEPARATOR}[0-9]){{7,8}}(?![0-9])"
)
_ADDRESS_CHAR = rf"A-Za-z0-9{_OTHER_LETTER}_.+\-"
_DOMAIN_LABEL = rf"[A-Za-z0-9{_OTHER_LETTER}\-]++"
_EMAIL = re.compile(
    rf"(?<![{_ADDRESS_CHAR}])[{_ADDRESS_CHAR}]++@"
    rf"(?:\[[0-9A-Fa-f:.]++\]|{_DOMAIN_LABEL}(?:\.{_DOMAIN_LABEL})++)"
)
PATTERNS = {"phone": _PHONE, "email": _EMAIL}


def _skeleton_char(char: str) -> str | None:
    """What a character counts as when matching (None: left out)."""
    if unicodedata.category(char) == "Cf":
        return None
    normal = unicodedata.normalize("NFKC", char)
    if not normal:
        return None
    first = normal[0]
    if first.isdecimal():
        return str(unicodedata.decimal(first))
    if first.isascii():
        return first
    category = unicodedata.category(first)
    if category[0] in "LM":
        return _OTHER_LETTER
    if first.isspace():
        return " "
    if category == "Pd" or first == "\u2212":
        return "-"
    return "#"


class _SkeletonTable(dict):
    """str.translate table filled on first use of each character."""

    def __missing__(self, code: int) -> str | None:
        value = self[code] = _skeleton_char(chr(code))
        return value


_TABLE = _SkeletonTable()


def skeleton(text: str) -> str:
    """The text as the patterns see it (exposed for the tests)."""
    return text.translate(_TABLE)


def find_contacts(text: str, kinds: frozenset[str] | set[str] | tuple[str, ...] = KINDS) -> list[tuple[int, int]]:
    """(start, end) of each contact detail of the given kinds in text, in order, without overlaps."""
    shape = skeleton(text)
    spans = sorted(m.span() for kind in kinds for m in PATTERNS[kind].finditer(shape))
    if not spans:
        return []
    if len(shape) != len(text):  # format characters were left out: map skeleton positions back
        kept = [i for i, char in enumerate(text) if _TABLE[ord(char)] is not None]
        spans = [(kept[a], kept[b - 1] + 1) for a, b in spans]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redact(text: str, kinds: frozenset[str] | set[str] | tuple[str, ...], marker: str = REDACTED) -> str:
    """text with every phone number and/or e-mail address (as kinds asks) replaced by marker."""
    if not kinds or not text:
        return text
    spans = find_contacts(text, kinds)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], marker]
        last = end
    out.append(text[last:])
    return "".join(out)
