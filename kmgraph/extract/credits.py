"""A record's credits (เรื่อง : A, ภาพ : B, ภาพ/ข่าว : C): the role a credit's label names and its rank as the
record's owner (lexicon.toml [credit_roles]: the writer before the photographer)."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables
from ..thai import longest_first


@lru_cache(maxsize=1)
def credit_roles() -> dict[str, int]:
    """Each credit role word and its rank as the owner (0 the writer)."""
    return dict(tables.lexicon().credit_roles)


@lru_cache(maxsize=1)
def _joiners() -> re.Pattern[str]:
    """What joins two roles of one label (lexicon.toml [bylines] role_joiners: ภาพ/ข่าว, เรื่องและภาพ)."""
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, tables.lexicon().bylines.role_joiners)) + r")\s*")


@lru_cache(maxsize=1)
def _by_words() -> str:
    """The byline words a credit's roles may end with (เรียบเรียงโดย): lexicon.toml [bylines] words."""
    return "|".join(map(re.escape, longest_first(tuple(tables.lexicon().bylines.words))))


@lru_cache(maxsize=1)
def credit_label() -> str:
    """A regular expression for a credit's roles (one or several joined, with an optional โดย after them)."""
    roles = "|".join(map(re.escape, longest_first(tuple(credit_roles()))))
    return rf"(?:{roles})(?:{_joiners().pattern}(?:{roles}))*(?:\s*(?:{_by_words()}))?"


def credit_rank(label: str) -> int | None:
    """The owner rank of a credit label (the best of the roles it joins), None when it names no known role."""
    roles = credit_roles()
    parts = _roles(label)
    ranks = [roles[part] for part in parts if part in roles]
    return min(ranks) if ranks and len(ranks) == len(parts) else None


def glued_to_name(label: str, after: str) -> bool:
    """Whether a credit's role word runs straight into the name after it (ข่าวพัฒนาชุมชนจังหวัดพะเยา: a site's or a
    section's name, "the news of …", no credit): no ":" or space between them, and no byline word (โดย) closing
    the label."""
    return not after and re.search(rf"(?:{_by_words()})$", label) is None


def news_only(label: str) -> bool:
    """Whether a credit label names only who reported the story (ข่าว/ภาพ, ภาพ: lexicon.toml [bylines] news_roles)."""
    news = tables.lexicon().bylines.news_roles
    return bool(_roles(label)) and all(role in news for role in _roles(label))


def _roles(label: str) -> list[str]:
    """The role words a credit label joins (ภาพ/ข่าว โดย: ภาพ, ข่าว)."""
    by_word = re.compile(rf"\s*(?:{_by_words()})$")
    parts = [part.strip() for part in _joiners().split(label.strip(" :：\t")) if part.strip()]
    return [by_word.sub("", part).strip() for part in parts]


@lru_cache(maxsize=1)
def _title_byline() -> re.Pattern[str]:
    words = tables.lexicon().bylines.words
    return re.compile(r"\s(?:" + "|".join(map(re.escape, longest_first(tuple(words)))) + r")\s*(?P<name>[^\s].*?)\s*$")


def title_byline(line: str) -> tuple[int, int] | None:
    """Where the name of a byline closing a title line stands (KM : TITLE โดย วรวุฒิ ทองสุข), as offsets in line."""
    match = _title_byline().search(line)
    return (match.start("name"), match.end("name")) if match else None
