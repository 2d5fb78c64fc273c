"""Thai phone numbers in a record's text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .. import tables
from ..model import Text
from ..thai import to_arabic_digits

# A number: digits with hyphens, dashes or spaces between them, or dots between digits (081.564.2390); or an area
# code in brackets before a number ((032) 211846).
_PHONE = re.compile(r"\+?(?:\(0[0-9]{1,2}\)[ \-]?[0-9]{3}[\- ]?[0-9]{3,4}"
                    r"|[0-9](?:[0-9\-–— ]|(?<=[0-9])\.(?=[0-9])){6,16}[0-9])")
_NOT_DIGIT = re.compile(r"\D")
_ANY_DIGIT = re.compile("[0-9๐-๙]")
_GROUP = re.compile("[0-9]+")


def _counts_up(number: str) -> bool:
    """Numbers of one or two digits counting up one by one (01 02 03 04 05: a flipbook's page strip), no phone."""
    groups = _GROUP.findall(number)
    values = [int(group) for group in groups]
    return (len(groups) > 2 and all(len(group) <= 2 for group in groups)
            and all(later == earlier + 1 for earlier, later in zip(values, values[1:], strict=False)))


def _dotted_date(number: str) -> bool:
    """Digits in groups between dots, a group after the first shorter than three digits: a date (05.09.2566), not
    a phone (081.564.2390, 02.141.2345)."""
    return "." in number and any(len(group) < 3 for group in number.split(".")[1:])


def parse_phone(text: Text) -> Text | None:
    """The first Thai phone number (9 or 10 digits, Thai or Arabic) in text, as digits."""
    if _ANY_DIGIT.search(text.text) is None:
        return None  # most lines: no digit, no number (a quick scan before the pattern tried at every place)
    converted = to_arabic_digits(text.text)
    for match in _PHONE.finditer(converted):
        digits = _NOT_DIGIT.sub("", match.group(0))
        if digits.startswith("66") and len(digits) in (10, 11):
            digits = "0" + digits[2:]
        if (len(digits) in (9, 10) and digits.startswith("0") and not _counts_up(match.group(0))
                and not _dotted_date(match.group(0))):
            return Text(digits, text.start + match.start(), text.start + match.end())
    return None


@lru_cache(maxsize=1)
def _closing_labels() -> tuple[str, ...]:
    """The words a closing line's phone follows: the phone labels and [closing_phone] labels (lexicon.toml)."""
    lexicon = tables.lexicon()
    return (*lexicon.inline_fields["phone"], *lexicon.closing_phone.labels)


def closing_phone(lines: Sequence[Text]) -> Text | None:
    """The first phone written after a label on one of a record's closing lines (NAME POST OFFICE โทร 081-…,
    ติดต่อศึกษาดูงาน 063-…): the owner's contact, above any footer's office phone."""
    labels = _closing_labels()
    for line in lines:
        if _ANY_DIGIT.search(line.text) is None:
            continue
        at = min((found for label in labels if (found := line.text.find(label)) >= 0), default=-1)
        if at < 0:
            continue
        phone = parse_phone(Text(line.text[at:], line.start + at, line.end))
        if phone is not None:
            return phone
    return None
