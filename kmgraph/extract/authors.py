"""Every writer a record names: the officers, co-writers and committee members of its author fields (นาย ก ข
ตำแหน่ง … และนาง ค ง ตำแหน่ง …, a numbered list of names, a ผู้ร่วมเขียน line), each with the post and office
written with them. The record's author is the first of them."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import tables
from ..model import Contributor, Record, Text
from ..thai import compact, longest_first
from .fields import split_inline_fields
from .persons import parse_author, parse_position
from .places import find_office

MAX_PERSON_NAME = 70  # characters: a longer "name" is a sentence


@lru_cache(maxsize=1)
def _person_start() -> re.Pattern[str]:
    """Where a person begins in an author field: an honorific at the field's start, at a line's start (after its
    number) or after และ, กับ, a comma, a slash or an item number (1) นาย ก 2) นาง ข)."""
    honorifics = "|".join(re.escape(h).replace(r"\ ", r"\s*") for h in longest_first(tables.lexicon().honorifics))
    lead = r"(?:^|(?<=\n))[ \t]*(?:[0-9๐-๙]{1,2}\s?[.)]\s*)?"
    joined = r"(?:และ|กับ|[,/]|(?<=\s)[0-9๐-๙]{1,2}\s?[.)])\s*"
    return re.compile(rf"(?:{lead}|{joined})(?P<person>{honorifics})", re.MULTILINE)


_JOINING_WORDS = ("และ", "กับ")
_JOINED_TAIL = re.compile(r"\s*(?:และ|กับ)$")


def person_pieces(text: Text) -> list[Text]:
    """The text cut where each person begins, each piece running to the next person (the post and office
    written after a name belong to that name)."""
    starts = [match.start("person") for match in _person_start().finditer(text.text)]
    pieces = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text.text)
        piece = text.text[start:end].rstrip(" \t\n,/")
        if piece.endswith(_JOINING_WORDS):  # (the piece ends with no line break: $ is its end)
            piece = _JOINED_TAIL.sub("", piece)
        if piece:
            pieces.append(Text(piece, text.start + start, text.start + start + len(piece)))
    return pieces


@lru_cache(maxsize=1)
def _honorific_and_name() -> re.Pattern[str]:
    """An honorific, a given and a family name (two words at most after it): what follows is not the name."""
    honorifics = "|".join(re.escape(h).replace(r"\ ", r"\s*") for h in longest_first(tables.lexicon().honorifics))
    return re.compile(rf"(?:{honorifics})\s*\S+(?:[ \t]+\S+)?")


def _contributor(piece: Text, shared_office: Text | None) -> Contributor | None:
    """The person a piece names, with the post and office written after the name (a post the lexicon does not
    know, ประธานกลุ่ม…, as written); a post with no office of its own shares shared_office (the สังกัด line
    written once after a list of officers)."""
    fields = split_inline_fields(piece)
    name = fields.name
    if name is None or len(name.text) > MAX_PERSON_NAME:
        return None
    whole = _honorific_and_name().match(name.text)
    unknown_post = name.text[whole.end():].strip() if whole else ""
    if whole:
        name = Text(whole.group(0), name.start, name.start + whole.end())
    author = parse_author(name.text)
    if author is None or author.kind != "person" or not author.given_name:
        return None
    position = parse_position(unknown_post)[0] if unknown_post else None
    places = list(fields.fields.get("office", []))
    if fields.fields.get("position"):
        post = fields.fields["position"][0]
        position, rest = parse_position(post.text)
        if rest:
            at = post.text.rfind(rest)
            places.insert(0, Text(rest, post.start + max(at, 0), post.end))
    office = next((found[0] for found in map(find_office, places) if found), None)
    if office is None and fields.fields.get("position"):
        office = shared_office
    return Contributor(author, name, position, office)


def _identity(contributor: Contributor) -> str:
    author = contributor.author
    return compact("".join(part for part in (author.given_name, author.family_name) if part) or author.name)


def all_writers(record: Record, texts: list[Text]) -> list[Contributor]:
    """The record's author (with the record's post and office) and every other person the texts (its author
    fields, the byline it was read from) name, in document order, each once."""
    if record.author is None or record.author_span is None:
        return []
    first = Contributor(record.author, record.author_span, record.position, record.office)
    writers, seen = [first], {_identity(first)}
    others = []
    for text in texts:
        shared = record.office if text.start <= record.author_span.start < text.end else None
        for piece in person_pieces(text):
            if piece.start <= record.author_span.start < piece.end:
                continue  # the author, read already (most records name no one else: nothing more is parsed)
            contributor = _contributor(piece, shared)
            if contributor is not None and _identity(contributor) not in seen:
                seen.add(_identity(contributor))
                others.append(contributor)
    return writers + sorted(others, key=lambda contributor: contributor.span.start)
