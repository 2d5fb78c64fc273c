"""Word automatic numbering: the label ("1.", "๑.", "ก)", "-") Word shows before a numbered paragraph."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from docx.oxml import parse_xml
from docx.oxml.ns import qn

THAI_DIGITS = str.maketrans("0123456789", "".join(chr(0x0E50 + d) for d in range(10)))
# The letters Word counts with in the thaiLetters format (ฃ and ฅ, obsolete, are skipped).
THAI_LETTERS = [chr(c) for c in range(0x0E01, 0x0E2F) if chr(c) not in "ฃฅ"]
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
BULLET = "-"


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _letters(number: int, alphabet: list[str]) -> str:
    """1 → a, 26 → z, 27 → aa (Word repeats the letter)."""
    index, repeat = (number - 1) % len(alphabet), (number - 1) // len(alphabet) + 1
    return alphabet[index] * repeat


def format_number(number: int, fmt: str) -> str:
    """One level's counter in Word's number format (ST_NumberFormat)."""
    if fmt in ("thaiNumbers", "thaiCounting"):
        return str(number).translate(THAI_DIGITS)
    if fmt == "thaiLetters":
        return _letters(number, THAI_LETTERS)
    if fmt == "lowerLetter":
        return _letters(number, [chr(c) for c in range(ord("a"), ord("z") + 1)])
    if fmt == "upperLetter":
        return _letters(number, [chr(c) for c in range(ord("A"), ord("Z") + 1)])
    if fmt == "lowerRoman":
        return _roman(number)
    if fmt == "upperRoman":
        return _roman(number).upper()
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "none":
        return ""
    return str(number)


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str
    text: str


def _val(element, tag: str, default: str | None = None) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


def _level(lvl) -> Level:
    return Level(int(_val(lvl, "w:start", "1") or 1), _val(lvl, "w:numFmt", "decimal") or "decimal",
                 _val(lvl, "w:lvlText", "") or "")


@dataclass
class Numbering:
    """The numbering definitions of one document and the counters reached so far, in document order. The parts
    are parsed on first use: most paragraphs have no numbering, and a template's styles part is large."""

    numbering_data: bytes | None
    styles_data: bytes | None
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    _levels: dict[tuple[str, int], Level | None] = field(default_factory=dict)

    @cached_property
    def numbering_xml(self):
        return parse_xml(self.numbering_data) if self.numbering_data else None

    @cached_property
    def styles_xml(self):
        return parse_xml(self.styles_data) if self.styles_data else None

    def _style_num_pr(self, style_id: str | None, depth: int = 0):
        if style_id is None or self.styles_xml is None or depth > 10:
            return None
        for style in self.styles_xml.iterchildren(qn("w:style")):
            if style.get(qn("w:styleId")) == style_id:
                ppr = style.find(qn("w:pPr"))
                num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
                if num_pr is not None:
                    return num_pr
                return self._style_num_pr(_val(style, "w:basedOn"), depth + 1)
        return None

    def _level_of(self, num_id: str, ilvl: int) -> Level | None:
        key = (num_id, ilvl)
        if key not in self._levels:
            self._levels[key] = self._find_level(num_id, ilvl)
        return self._levels[key]

    def _find_level(self, num_id: str, ilvl: int) -> Level | None:
        if self.numbering_xml is None:
            return None
        num = next((n for n in self.numbering_xml.iterchildren(qn("w:num")) if n.get(qn("w:numId")) == num_id), None)
        if num is None:
            return None
        start_override = None
        for override in num.iterchildren(qn("w:lvlOverride")):
            if override.get(qn("w:ilvl")) == str(ilvl):
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    return _level(lvl)
                start_override = _val(override, "w:startOverride")
        abstract_id = _val(num, "w:abstractNumId")
        for abstract in self.numbering_xml.iterchildren(qn("w:abstractNum")):
            if abstract.get(qn("w:abstractNumId")) == abstract_id:
                for lvl in abstract.iterchildren(qn("w:lvl")):
                    if lvl.get(qn("w:ilvl")) == str(ilvl):
                        level = _level(lvl)
                        if start_override is not None:
                            level = Level(int(start_override), level.fmt, level.text)
                        return level
        return None

    def label(self, paragraph_xml) -> str | None:
        """The label of a paragraph (advancing the counters), or None when it is not numbered."""
        ppr = paragraph_xml.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        style_num_pr = self._style_num_pr(_val(ppr, "w:pStyle")) if ppr is not None else None
        num_id = _val(num_pr, "w:numId") or _val(style_num_pr, "w:numId")
        if not num_id or num_id == "0":
            return None
        ilvl = int(_val(num_pr, "w:ilvl") or _val(style_num_pr, "w:ilvl") or 0)
        level = self._level_of(num_id, ilvl)
        if level is None:
            return None
        if level.fmt == "bullet":
            return BULLET
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        text = level.text
        for depth in range(ilvl, -1, -1):
            placeholder = f"%{depth + 1}"
            if placeholder in text:
                outer = self._level_of(num_id, depth)
                value = counts.get(depth, outer.start if outer else 1)
                text = text.replace(placeholder, format_number(value, outer.fmt if outer else "decimal"))
        return text.strip() or None
