"""Thai phone numbers in a record's text."""

from __future__ import annotations

import re

from ..model import Text
from ..thai import to_arabic_digits


def parse_phone(text: Text) -> Text | None:
    """The first Thai phone number (9 or 10 digits, Thai or Arabic) in text, as digits."""
    converted = to_arabic_digits(text.text)
    for match in re.finditer(r"\+?[0-9][0-9\-–— ]{6,16}[0-9]", converted):
        digits = re.sub(r"\D", "", match.group(0))
        if digits.startswith("66") and len(digits) in (10, 11):
            digits = "0" + digits[2:]
        if len(digits) in (9, 10) and digits.startswith("0"):
            return Text(digits, text.start + match.start(), text.start + match.end())
    return None
