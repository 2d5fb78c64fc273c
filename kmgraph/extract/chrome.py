"""Page chrome and site names: header lines that are a site's, a host's or a publisher's, not the record's."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables
from ..model import Text
from ..thai import TONE, compact, longest_first
from .datelines import dateline_in, is_post_stamp
from .lengths import CHROME_DATELINE, MAX_CHROME, MAX_NAME
from .places import find_office, opens_with_office
from .thai_text import THAI_CHARS, THAI_SAMPLE

_WORD_SEPARATORS = re.compile(r"[\s|»«·•/]+")  # compiled once: asked of many lines

LINE_CACHE = 4096  # answers kept about lines of text that several readers ask about


@lru_cache(maxsize=1)
def chrome_words() -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Page chrome (lines that are a site's, not the record's), menu words, byline openers, title words."""
    spec = tables.templates().chrome
    pattern = re.compile("|".join(f"(?:{p})" for p in spec.line_patterns), re.I)
    return (pattern, frozenset(compact(w) for w in spec.menu_words), tuple(spec.byline_starts),
            tuple(tables.templates().title_words.words))


@lru_cache(maxsize=LINE_CACHE)
def is_chrome(text: str) -> bool:
    """A line of page chrome: no Thai, a menu, a counter, a host's banner or stamp, a dateline (asked of a header
    line by the title's, the category's and the body's readers: answered once)."""
    pattern, menu, _, _ = chrome_words()
    stripped = text.strip()
    if not stripped or not THAI_CHARS.search(stripped, 0, THAI_SAMPLE) or pattern.search(stripped[:MAX_CHROME]):
        return True
    if is_post_stamp(stripped):
        return True  # a post's stamp under its title (อัปเดต 03/02/2022  ดู 61): a date and a view count
    if len(stripped) > MAX_CHROME:
        return False  # prose
    words = [compact(w) for w in _WORD_SEPARATORS.split(stripped) if w]
    if words and sum(1 for w in words if w in menu or w in _toneless_menu()) * 2 >= len(words):
        return True  # (หนาแรก | ขาวประชาสัมพันธ์ | …: a menu in a font that dropped its tone marks)
    return len(stripped) < CHROME_DATELINE and dateline_in(stripped) is not None


@lru_cache(maxsize=1)
def _toneless_menu() -> frozenset[str]:
    """The menu words that hold a tone mark, written without it (หนาแรก for หน้าแรก: a font that drops tones)."""
    _, menu, _, _ = chrome_words()
    return frozenset(_TONES.sub("", word) for word in menu if _TONES.search(word))


@lru_cache(maxsize=1)
def _informal_office() -> re.Pattern[str]:
    """A site's banner naming a department office informally before a province's name, alone on its line
    (พัฒนาชุมชนนครพนม, พช.ยโสธร, KM พช. ตาก), from templates.toml [chrome] and provinces.tsv."""
    spec = tables.templates().chrome
    offices = "|".join(re.escape(word) for word in longest_first(spec.informal_offices))
    leads = "|".join(re.escape(word) for word in longest_first(spec.informal_office_leads))
    names = "|".join(re.escape(province.name_th) for province in tables.provinces())
    if not offices:
        return re.compile("(?!)")
    lead = rf"(?:(?:{leads})\s*[:.]?\s*)?" if leads else ""
    return re.compile(rf"^{lead}(?:{offices})\s*(?:{names})$", re.I)


@lru_cache(maxsize=LINE_CACHE)
def is_site_name(text: str) -> bool:
    """A line opening with an office's name (a site's name, a book's publisher), or a banner naming one informally
    (พช.ยโสธร), not a knowledge title."""
    _, _, _, title_words = chrome_words()
    if _informal_office().match(text.strip()) or _issuers_alone(text):
        return True
    if any(_names_an_office(rest) for rest in _after_section_words(text.strip())):
        return True  # a news site's name: a section's word and an office's (ข่าวสารพัฒนาชุมชนจังหวัดยโสธร)
    if opens_with_office(text):
        return not any(word in text for word in title_words[:1])
    if len(text) > MAX_NAME:
        return False
    office = find_office(Text(text, 0, len(text)))  # a blog's name: KM ศูนย์ฯพิษณุโลก
    if office is None or office[0].end != len(text):
        return False
    # a column's or series' head naming its centre or office (เรื่องเล่าจากพื้นที่ ศพช.อุบลราชธานี), not a title
    before = text[:office[0].start]
    return not THAI_CHARS.search(before) or not any(word in before for word in title_words)


@lru_cache(maxsize=1)
def _issuing_bodies() -> re.Pattern[str]:
    """A line of issuing bodies' names alone, one or more (กรมการพัฒนาชุมชน กระทรวงมหาดไทย), from [chrome]."""
    names = "|".join(re.escape(name) for name in longest_first(tables.templates().chrome.issuing_bodies))
    return re.compile(rf"(?:(?:{names})\s*)+" if names else "(?!)")


def _issuers_alone(text: str) -> bool:
    """A line naming only the bodies a record is issued under: its issuer's, not its title."""
    return _issuing_bodies().fullmatch(text.strip()) is not None


@lru_cache(maxsize=1)
def _section_word() -> re.Pattern[str]:
    """A site's section word (a menu word: ข่าวสาร, ข่าวกิจกรรม …) opening a line, glued to what follows or not."""
    words = "|".join(re.escape(word) for word in longest_first(tables.templates().chrome.menu_words))
    return re.compile(rf"(?:{words})\s*[:.]?\s*", re.I)


_SECTION_GAP = re.compile(r"\s*[:.]?\s*")


def _after_section_words(text: str) -> list[str]:
    """What follows each site section word (a menu word: ข่าวสาร, ข่าวกิจกรรม …) opening the text, longest word
    first: a longer word may eat the office's own opening (ข่าวพัฒนาชุมชน|จังหวัดพะเยา), a shorter one leaves it
    whole (ข่าว|พัฒนาชุมชนจังหวัดพะเยา)."""
    if _section_word().match(text) is None:  # most lines open with no section word
        return _after_toneless_section_words(text)
    folded = text.casefold()
    rests = []
    for word in _section_word_list():
        if folded.startswith(word):
            gap = _SECTION_GAP.match(text, len(word))
            rests.append(text[gap.end() if gap else len(word):])
    return rests


_TONES = re.compile(f"[{TONE}]")


@lru_cache(maxsize=1)
def _toneless_section_words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The site section words that hold a tone mark, written without it (ข่าวสาร as ขาวสาร: a font that drops tones),
    and a pattern for any of them opening a line."""
    words = tuple(dict.fromkeys(_TONES.sub("", word) for word in _section_word_list() if _TONES.search(word)))
    pattern = "|".join(re.escape(word) for word in longest_first(words))
    return re.compile(f"(?:{pattern})" if pattern else "(?!)", re.I), words


def _after_toneless_section_words(text: str) -> list[str]:
    """What follows a site section word the page wrote with its tone marks dropped (ขาวสารพัฒนาชุมชนจังหวัด…), when
    the text holds no tone mark before it (a page that dropped them)."""
    pattern, words = _toneless_section_words()
    if pattern.match(text) is None:
        return []
    folded = text.casefold()
    rests = []
    for word in words:
        if folded.startswith(word):
            gap = _SECTION_GAP.match(text, len(word))
            rests.append(text[gap.end() if gap else len(word):])
    return rests


@lru_cache(maxsize=1)
def _section_word_list() -> tuple[str, ...]:
    return tuple(word.casefold() for word in longest_first(tables.templates().chrome.menu_words))


def _names_an_office(text: str) -> bool:
    """Text that is an office's name alone, formal (สำนักงานพัฒนาชุมชนอำเภอ…) or informal (พช.ยโสธร)."""
    if not text or len(text) > MAX_NAME:
        return False
    if _informal_office().match(text):
        return True
    office = find_office(Text(text, 0, len(text)))
    return office is not None and office[0].start == 0 and office[0].end == len(text)
