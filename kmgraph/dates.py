"""Dates as written in records (2017-04-04-13:02:20, ๔ เมษายน ๒๕๖๐, 4/4/2560) to ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime

from . import tables
from .thai import to_arabic_digits

BUDDHIST_ERA_OFFSET = 543
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[-T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_NUMERIC = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})")


def _year(year: int) -> int:
    if year < 100:
        year += 2500 if year > 40 else 2000 + BUDDHIST_ERA_OFFSET
    return year - BUDDHIST_ERA_OFFSET if year > 2400 else year


def parse_date(text: str) -> str | None:
    """ISO 8601 for the first date in text, or None. Buddhist-era years are converted."""
    text = to_arabic_digits(text)
    try:
        iso = _ISO.search(text)
        if iso:
            y, m, d = (int(iso.group(i)) for i in (1, 2, 3))
            if iso.group(4):
                moment = datetime(_year(y), m, d, int(iso.group(4)), int(iso.group(5)), int(iso.group(6) or 0))
                return moment.isoformat()
            return date(_year(y), m, d).isoformat()
        months = tables.lexicon()["months"]
        names = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
        worded = re.search(rf"(\d{{1,2}})\s*({names})\s*(?:พ\.ศ\.|ค\.ศ\.)?\s*(\d{{2,4}})", text)
        if worded:
            return date(_year(int(worded.group(3))), months[worded.group(2)], int(worded.group(1))).isoformat()
        numeric = _NUMERIC.search(text)
        if numeric:
            d, m, y = (int(numeric.group(i)) for i in (1, 2, 3))
            return date(_year(y), m, d).isoformat()
    except ValueError:
        return None
    return None
