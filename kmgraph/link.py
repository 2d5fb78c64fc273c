"""Link a record's words to the concepts of ontology/concepts.ttl (principles, programmes, categories).

Labels (preferred, alternative and hidden) are compared with spaces removed and Thai digits read as
Arabic; the longest label wins where two overlap; short labels must stand as words of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from . import tables
from .model import ConceptMention, Text
from .thai import compact, to_arabic_digits

SKOS = "http://www.w3.org/2004/02/skos/core#"
KMO = "https://w3id.org/kmgraph/ontology#"
SHORT_LABEL = 4
CATEGORY_SIMILARITY = 0.85
THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]")


@dataclass(frozen=True)
class Concept:
    iri: str
    label: str
    kind: str  # principle | programme | category
    scheme: str
    broader: str | None
    policy: str | None
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    concepts: dict[str, Concept]
    pattern: re.Pattern[str]
    by_key: dict[str, str]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Concepts and a matcher over all their Thai labels, read from ontology/concepts.ttl."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(tables.ontology_file("concepts.ttl")), format=ox.RdfFormat.TURTLE)
    kinds = {
        f"{KMO}PrincipleScheme": "principle",
        f"{KMO}ProgrammeScheme": "programme",
        f"{KMO}CategoryScheme": "category",
    }
    query = f"""
        PREFIX skos: <{SKOS}> PREFIX kmo: <{KMO}>
        SELECT ?c ?pref ?scheme ?schemeType ?broader ?policy (GROUP_CONCAT(?l; separator="\\u0001") AS ?labels)
        WHERE {{
          ?c a skos:Concept ; skos:prefLabel ?pref ; skos:inScheme ?scheme .
          ?scheme a ?schemeType . FILTER(?schemeType != skos:ConceptScheme)
          FILTER(lang(?pref) = "th")
          OPTIONAL {{ ?c skos:broader ?broader }}
          OPTIONAL {{ ?c kmo:matchPolicy ?policy }}
          {{ ?c skos:prefLabel ?l }} UNION {{ ?c skos:altLabel ?l }} UNION {{ ?c skos:hiddenLabel ?l }}
          FILTER(lang(?l) = "th")
        }} GROUP BY ?c ?pref ?scheme ?schemeType ?broader ?policy ORDER BY ?c ?scheme
    """
    concepts: dict[str, Concept] = {}
    for row in store.query(query):
        iri = row["c"].value
        if iri in concepts:
            continue
        keys = tuple(sorted({compact(label) for label in row["labels"].value.split("\u0001")}))
        concepts[iri] = Concept(
            iri,
            row["pref"].value,
            kinds.get(row["schemeType"].value, "principle"),
            row["scheme"].value,
            row["broader"].value if row["broader"] else None,
            row["policy"].value.removeprefix(KMO) if row["policy"] else None,
            keys,
        )
    by_key = {}
    for concept in concepts.values():
        if concept.kind == "category":
            continue
        for key in concept.keys:
            by_key.setdefault(key, concept.iri)
    alternation = "|".join(re.escape(key) for key in sorted(by_key, key=len, reverse=True))
    return Vocabulary(concepts, re.compile(alternation), by_key)


def _compact_map(text: str) -> tuple[str, list[int]]:
    chars, where = [], []
    for index, char in enumerate(to_arabic_digits(text)):
        if not char.isspace():
            chars.append(char)
            where.append(index)
    return "".join(chars), where


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not THAI_LETTER.match(before) and not THAI_LETTER.match(after) and not after.isdigit()


def find_mentions(pieces: list[Text]) -> list[ConceptMention]:
    """Concept mentions (principles and programmes) in text, with match policies applied."""
    vocab = vocabulary()
    raw: list[ConceptMention] = []
    for piece in pieces:
        key_text, where = _compact_map(piece.text)
        for match in vocab.pattern.finditer(key_text):
            start, end = where[match.start()], where[match.end() - 1] + 1
            if len(match.group(0)) <= SHORT_LABEL and not _stands_alone(piece.text, start, end):
                continue
            concept = vocab.concepts[vocab.by_key[match.group(0)]]
            raw.append(
                ConceptMention(concept.iri, concept.label, concept.scheme, piece.start + start, piece.start + end,
                               piece.text[start:end])
            )
    return _apply_policies(raw, vocab)


def _apply_policies(raw: list[ConceptMention], vocab: Vocabulary) -> list[ConceptMention]:
    named = {mention.iri for mention in raw}
    kept = []
    for mention in raw:
        concept = vocab.concepts[mention.iri]
        if concept.policy == "OnlyWithBroader" and concept.broader not in named:
            continue
        if concept.policy == "CountsAsBroader" and concept.broader in vocab.concepts:
            broader = vocab.concepts[concept.broader]
            mention = ConceptMention(broader.iri, broader.label, broader.scheme, mention.start, mention.end,
                                     mention.matched)
        kept.append(mention)
    return kept


def kind_of(mention: ConceptMention) -> str:
    return vocabulary().concepts[mention.iri].kind


def link_category(category: Text | None) -> ConceptMention | None:
    """The category concept a record's category text names, tolerating typos."""
    if category is None:
        return None
    key = compact(category.text)
    best, best_score = None, 0.0
    for concept in vocabulary().concepts.values():
        if concept.kind != "category":
            continue
        for label in concept.keys:
            score = 1.0 if label in key and len(label) >= 6 else SequenceMatcher(None, key, label).ratio()
            if score > best_score:
                best, best_score = concept, score
    if best is None or best_score < CATEGORY_SIMILARITY:
        return None
    return ConceptMention(best.iri, best.label, best.scheme, category.start, category.end, category.text)
