"""Thailand's districts and subdistricts (data/gazetteer.tsv): which district a name means, and its province.

A district name found in several provinces is resolved only from evidence (a province given, or a province,
subdistrict or postal code named in the context) and otherwise reported as ambiguous with its candidates,
never guessed. The words used to read names (prefixes, the capital district's word, province aliases) come
from lexicon.toml's [gazetteer] table; the office prefixes from its [offices] table.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from .. import tables
from ..errors import ConfigError
from ..tables import Province
from ..thai import alternation, compact, longest_first, to_arabic_digits

GAZETTEER_FILE = tables.DATA_DIR / "gazetteer.tsv"

Status = Literal["resolved", "ambiguous", "unknown"]


@dataclass(frozen=True)
class Subdistrict:
    name: str
    other_names: tuple[str, ...]
    zipcode: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class District:
    """A district (amphoe, or khet in Bangkok); lat/lon is the mean of its subdistricts' coordinates."""

    name: str
    province: Province
    subdistricts: tuple[Subdistrict, ...] = field(repr=False)
    lat: float | None
    lon: float | None
    is_capital: bool

    @property
    def province_name(self) -> str:
        return self.province.name_th

    @property
    def iso_code(self) -> str:
        return self.province.iso_code

    @property
    def zipcodes(self) -> frozenset[str]:
        return frozenset(s.zipcode for s in self.subdistricts if s.zipcode)


@dataclass(frozen=True)
class Resolution:
    """What a place name means: one district (resolved), several (ambiguous) or none (unknown).

    evidence says how a resolved name was decided: "unique" (one district has the name), "province" (the province
    was given or written with the name), "office" (a provincial office), or "context province",
    "context subdistrict", "context zipcode", "context province name" (a province written without its prefix).
    candidates are every district the name can mean (for an unknown name in a given province: the districts
    of that name elsewhere).
    """

    query: str
    status: Status
    district: District | None = None
    province: Province | None = None
    candidates: tuple[District, ...] = ()
    evidence: str = ""

    @property
    def resolved(self) -> bool:
        return self.status == "resolved"


@dataclass(frozen=True)
class _Clues:
    """Places named in a context text."""

    provinces: frozenset[str]  # ISO codes written after a province prefix
    bare_provinces: frozenset[str]  # ISO codes of province names written as a word of their own
    subdistricts: frozenset[str]  # subdistrict keys written after a subdistrict prefix
    zipcodes: frozenset[str]


_WORD_BREAKS = re.compile(r"[\s,;:()\[\]{}\"'/.|]+")


class Gazetteer:
    """Districts indexed by every way their name is written; each lookup is a dictionary hit."""

    def __init__(self, districts: Iterable[District], provinces: Iterable[Province], words: dict):
        self.districts: tuple[District, ...] = tuple(districts)
        self.provinces: tuple[Province, ...] = tuple(provinces)
        self._ignored = re.compile("|".join(re.escape(c) for c in words.ignored_characters) or "(?!)")
        self._district_prefixes = self._prefix_pattern(words.district_prefixes)
        self._province_prefixes = longest_first(self.key(p) for p in words.province_prefixes)
        self._subdistrict_prefixes = longest_first(self.key(p) for p in words.subdistrict_prefixes)
        capital_word = self.key(words.capital_district_word)

        self._province_by_code = {p.iso_code: p for p in self.provinces}
        self._province_by_key: dict[str, Province] = {}
        for province in self.provinces:
            self._province_by_key[self.key(province.name_th)] = province
            for alias in words.province_aliases.get(province.name_th, ()):
                self._province_by_key[self.key(alias)] = province
        self._longest_province = max(map(len, self._province_by_key), default=0)
        self._province_keys = longest_first(self._province_by_key)

        by_key: dict[str, list[District]] = defaultdict(list)
        self._by_province: dict[str, list[District]] = defaultdict(list)
        self._subdistricts_of: dict[tuple[str, str], frozenset[str]] = {}
        for district in self.districts:
            by_key[self.key(district.name)].append(district)
            self._by_province[district.iso_code].append(district)
            self._subdistricts_of[district.iso_code, district.name] = frozenset(
                self.key(name) for s in district.subdistricts for name in (s.name, *s.other_names))
            if district.is_capital:
                by_key[capital_word].append(district)
                for key, province in self._province_by_key.items():
                    if province == district.province:
                        by_key[capital_word + key].append(district)
        self._subdistrict_keys = frozenset().union(*self._subdistricts_of.values())
        self._by_key = {key: tuple(dict.fromkeys(found)) for key, found in by_key.items()}
        self._longest_district = max(map(len, self._by_key), default=0)
        self._longest_subdistrict = max(map(len, self._subdistrict_keys), default=0)

        offices = tables.lexicon().offices
        self._district_offices = longest_first(self.key(o) for o in offices.district)
        self._province_offices = longest_first(self.key(o) for o in offices.province)

    @classmethod
    def load(cls, path: Path = GAZETTEER_FILE) -> Gazetteer:
        """Read gazetteer.tsv: one row per subdistrict, grouped into districts."""
        words = tables.lexicon().gazetteer
        provinces = {p.iso_code: p for p in tables.provinces()}
        rows: dict[tuple[str, str], list[Subdistrict]] = {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            try:
                iso, district, name, others, zipcode, lat, lon = fields
                subdistrict = Subdistrict(name, tuple(filter(None, others.split(","))), zipcode,
                                          float(lat) if lat else None, float(lon) if lon else None)
                if iso not in provinces:
                    raise ValueError
            except ValueError:
                raise ConfigError(f"{path}:{number}: expected 7 tab-separated fields: a province code, district, "
                                   "subdistrict, other names, zipcode, latitude, longitude") from None
            rows.setdefault((iso, district), []).append(subdistrict)
        capital_word = words.capital_district_word
        districts = []
        for (iso, name), subdistricts in rows.items():
            province = provinces[iso]
            placed = [s for s in subdistricts if s.lat is not None and s.lon is not None]
            lat = round(sum(s.lat for s in placed) / len(placed), 4) if placed else None
            lon = round(sum(s.lon for s in placed) / len(placed), 4) if placed else None
            is_capital = name in (capital_word + province.name_th, province.name_th)
            districts.append(District(name, province, tuple(subdistricts), lat, lon, is_capital))
        return cls(districts, provinces.values(), words)

    def key(self, text: str) -> str:
        """How a name is compared: no spaces, Arabic digits, no ignored characters (hyphens)."""
        return self._ignored.sub("", compact(text))

    @staticmethod
    def _prefix_pattern(prefixes: Iterable[str]) -> re.Pattern[str]:
        return re.compile("^(?:" + alternation(compact(p) for p in prefixes) + ")")

    # --- provinces -------------------------------------------------------------------------------------------

    def province_named(self, name: str) -> Province | None:
        """The province a name, alias ("กทม.") or ISO code ("TH-55") means, with or without "จังหวัด"."""
        by_code = self._province_by_code.get(compact(name).upper())
        return by_code or self._province_by_key.get(self._strip(self.key(name), self._province_prefixes))

    def districts_in(self, province: Province) -> tuple[District, ...]:
        return tuple(self._by_province.get(province.iso_code, ()))

    # --- districts -------------------------------------------------------------------------------------------

    def districts_named(self, name: str) -> tuple[District, ...]:
        """Every district a name can mean (with or without อำเภอ/อ./เขต); "เมือง" alone means every capital."""
        return self._by_key.get(self._district_key(name), ())

    def resolve_district(self, name: str, province: Province | str | None = None,
                         context_text: str | None = None) -> Resolution:
        """The district a name means, from the province (given, or written after the name: "อ.เมือง จ.น่าน")
        or else from places named in context_text (a province, "ตำบล"+subdistrict, a postal code)."""
        key = self._district_key(name)
        if province is None:
            key, province = self._split_province(key)
        elif isinstance(province, str):
            found = self.province_named(province)
            if found is None:
                return Resolution(name, "unknown")
            province = found
        return self._resolve(name, key, province, context_text)

    def province_of_office(self, office_text: str, context_text: str | None = None) -> Resolution:
        """The place of a CDD office ("สำนักงานพัฒนาชุมชนอำเภอ<district>" or "…จังหวัด<province>"): its province,
        and its district for a district office, resolved as resolve_district does (the text after the district
        name counts as context)."""
        key = self.key(office_text)
        found = [(key.find(prefix), -len(prefix), prefix, level)
                 for level, prefixes in (("district", self._district_offices), ("province", self._province_offices))
                 for prefix in prefixes if prefix in key]
        if not found:
            return Resolution(office_text, "unknown")
        start, _, prefix, level = min(found)
        rest = key[start + len(prefix):]
        if level == "province":
            province = self._province_at(rest)
            if province is None:
                return Resolution(office_text, "unknown")
            return Resolution(office_text, "resolved", province=province, evidence="office")
        rest = self._district_prefixes.sub("", rest)
        name = next((rest[:n] for n in range(min(len(rest), self._longest_district), 0, -1)
                     if rest[:n] in self._by_key), None)
        if name is None:  # an unknown district: its province may still be written after it
            return Resolution(office_text, "unknown", province=self._province_after(rest))
        after = rest[len(name):]
        province_part = self._strip(after, self._province_prefixes)
        province = self._province_at(province_part) if province_part != after else None
        context = after if context_text is None else after + "\n" + context_text
        return self._resolve(office_text, name, province, context)

    # --- resolution ------------------------------------------------------------------------------------------

    def _resolve(self, query: str, key: str, province: Province | None, context_text: str | None) -> Resolution:
        candidates = self._by_key.get(key, ())
        if province is not None:
            in_province = [d for d in candidates if d.province == province]
            if len(in_province) == 1:
                return Resolution(query, "resolved", in_province[0], province, candidates, "province")
            return Resolution(query, "unknown", province=province, candidates=candidates)
        if not candidates:
            return Resolution(query, "unknown")
        if len(candidates) == 1:
            return Resolution(query, "resolved", candidates[0], candidates[0].province, candidates, "unique")
        if context_text:
            clues = self._clues(context_text)
            tests = (
                ("context province", lambda d: d.iso_code in clues.provinces),
                ("context subdistrict", lambda d: bool(self._subdistricts_of[d.iso_code, d.name] & clues.subdistricts)),
                ("context zipcode", lambda d: bool(d.zipcodes & clues.zipcodes)),
                ("context province name", lambda d: d.iso_code in clues.bare_provinces),
            )
            narrowed = candidates
            for evidence, test in tests:
                matching = tuple(d for d in narrowed if test(d))
                if len(matching) == 1:
                    return Resolution(query, "resolved", matching[0], matching[0].province, candidates, evidence)
                narrowed = matching or narrowed
            candidates = narrowed
        return Resolution(query, "ambiguous", candidates=candidates)

    def _clues(self, context_text: str) -> _Clues:
        context = self.key(context_text)
        provinces, subdistricts = set(), set()
        for prefix in self._province_prefixes:
            for match in re.finditer(re.escape(prefix), context):
                province = self._province_at(context[match.end():])
                if province is not None:
                    provinces.add(province.iso_code)
        for prefix in self._subdistrict_prefixes:
            for match in re.finditer(re.escape(prefix), context):
                after = context[match.end():]
                name = next((after[:n] for n in range(min(len(after), self._longest_subdistrict), 0, -1)
                             if after[:n] in self._subdistrict_keys), None)
                if name:
                    subdistricts.add(name)
        # a province without its prefix counts only as a whole word: แพร่ in เผยแพร่, เลย in ดีเลย are not places
        words = (self.key(word) for word in _WORD_BREAKS.split(context_text))
        bare = {self._province_by_key[word].iso_code for word in words if word in self._province_by_key}
        zipcodes = set(re.findall(r"(?<!\d)\d{5}(?!\d)", to_arabic_digits(context_text)))
        return _Clues(frozenset(provinces), frozenset(bare), frozenset(subdistricts), frozenset(zipcodes))

    def _district_key(self, name: str) -> str:
        return self._district_prefixes.sub("", self.key(name))

    def _split_province(self, key: str) -> tuple[str, Province | None]:
        """"เมืองจังหวัดน่าน" → ("เมือง", น่าน): a province written after the district name, with its prefix or,
        when the whole is no district's name, without it ("เฉลิมพระเกียรติ น่าน")."""
        for prefix in self._province_prefixes:
            index = key.find(prefix, 1)
            if index > 0:
                province = self._province_by_key.get(key[index + len(prefix):])
                if province is not None:
                    return key[:index], province
        if key not in self._by_key:
            for name in self._province_keys:
                if key.endswith(name) and key[: -len(name)] in self._by_key:
                    return key[: -len(name)], self._province_by_key[name]
        return key, None

    def _province_after(self, text: str) -> Province | None:
        """The first province written with its prefix in text."""
        starts = [(text.find(p), p) for p in self._province_prefixes if p in text]
        if not starts:
            return None
        start, prefix = min(starts)
        return self._province_at(text[start + len(prefix):])

    def _province_at(self, text: str) -> Province | None:
        """The province whose name or alias text opens with (longest first)."""
        for n in range(min(len(text), self._longest_province), 0, -1):
            province = self._province_by_key.get(text[:n])
            if province is not None:
                return province
        return None

    @staticmethod
    def _strip(key: str, prefixes: list[str]) -> str:
        return next((key[len(p):] for p in prefixes if key.startswith(p)), key)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer of kmgraph/data/gazetteer.tsv, loaded once."""
    return Gazetteer.load()
