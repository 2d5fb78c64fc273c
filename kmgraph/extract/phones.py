"""Thai phone numbers in a record's text."""

from __future__ import annotations

import re

from ..model import Text
from ..thai import to_arabic_digits

_PHONE = re.compile(r"\+?[0-9][0-9\-–— ]{6,16}[0-9]")
_NOT_DIGIT = re.compile(r"\D")
_ANY_DIGIT = re.compile("[0-9๐-๙]")
_GROUP = re.compile("[0-9]+")


def _counts_up(number: str) -> bool:
    """Numbers of one or two digits counting up one by one (01 02 03 04 05: a flipbook's page strip), no phone."""
    groups = _GROUP.findall(number)
    values = [int(group) for group in groups]
    return (len(groups) > 2 and all(len(group) <= 2 for group in groups)
            and all(later == earlier + 1 for earlier, later in zip(values, values[1:], strict=False)))


def parse_phone(text: Text) -> Text | None:
    """The first Thai phone number (9 or 10 digits, Thai or Arabic) in text, as digits."""
    if _ANY_DIGIT.search(text.text) is None:
        return None  # most lines: no digit, no number (a quick scan before the pattern tried at every place)
    converted = to_arabic_digits(text.text)
    for match in _PHONE.finditer(converted):
        digits = _NOT_DIGIT.sub("", match.group(0))
        if digits.startswith("66") and len(digits) in (10, 11):
            digits = "0" + digits[2:]
        if len(digits) in (9, 10) and digits.startswith("0") and not _counts_up(match.group(0)):
            return Text(digits, text.start + match.start(), text.start + match.end())
    return None
