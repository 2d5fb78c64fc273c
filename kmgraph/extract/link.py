"""Link a record's words to the concepts of ontology/concepts.ttl (principles, programmes, categories).

Labels (preferred, alternative and hidden) are compared with spaces removed and Thai digits read as
Arabic; the longest label wins where two overlap; short labels must stand as words of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .. import tables
from ..model import ConceptMention, Text
from ..namespaces import KMO, RDF_TYPE, SKOS
from ..thai import CompactMap, compact, trie_regex
from .letters import THAI_LETTER

SHORT_LABEL = 4
CATEGORY_SIMILARITY = 0.85


@dataclass(frozen=True)
class Concept:
    iri: str
    label: str
    kind: str  # principle | programme | category
    schemes: tuple[str, ...]
    broader: str | None
    policy: str | None
    keys: tuple[str, ...]

    @property
    def scheme(self) -> str:
        return self.schemes[0]


@dataclass(frozen=True)
class Vocabulary:
    concepts: dict[str, Concept]
    pattern: re.Pattern[str]
    by_key: dict[str, str]


SCHEME_KINDS = {"PrincipleScheme": "principle", "ProgrammeScheme": "programme", "CategoryScheme": "category"}


def _objects(store, subject, predicate: str) -> list:
    import pyoxigraph as ox

    return [q.object for q in store.quads_for_pattern(subject, ox.NamedNode(predicate), None)]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Concepts and a matcher over all their Thai labels, read from ontology/concepts.ttl."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(tables.ontology_file("concepts.ttl")), format=ox.RdfFormat.TURTLE)
    scheme_kind = {}
    for kind_name, kind in SCHEME_KINDS.items():
        for quad in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(KMO + kind_name)):
            scheme_kind[quad.subject.value] = kind
    concepts: dict[str, Concept] = {}
    concept_type = ox.NamedNode(SKOS + "Concept")
    subjects = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), concept_type)}
    for subject in sorted(subjects, key=lambda node: node.value):
        def thai(predicate: str, subject=subject) -> list[str]:
            return [o.value for o in _objects(store, subject, SKOS + predicate) if getattr(o, "language", None) == "th"]

        schemes = tuple(sorted(o.value for o in _objects(store, subject, SKOS + "inScheme")))
        kinds = [scheme_kind[s] for s in schemes if s in scheme_kind]
        broader = [o.value for o in _objects(store, subject, SKOS + "broader")]
        policy = [o.value.removeprefix(KMO) for o in _objects(store, subject, KMO + "matchPolicy")]
        pref = thai("prefLabel")
        if not pref or not kinds:
            continue
        keys = tuple(sorted({compact(label) for label in pref + thai("altLabel") + thai("hiddenLabel")}))
        concepts[subject.value] = Concept(
            subject.value, pref[0], kinds[0], schemes, sorted(broader)[0] if broader else None,
            policy[0] if policy else None, keys,
        )
    by_key = {}
    for concept in concepts.values():
        if concept.kind == "category":
            continue
        for key in concept.keys:
            by_key.setdefault(key, concept.iri)
    # a trie: the longest label wins where several start, as in an alternation longest first, at a third of its cost
    return Vocabulary(concepts, re.compile(trie_regex(list(by_key))), by_key)


def _dictionary():
    from ..thai import dictionary

    return dictionary(False)


def _starts_a_word(text: str) -> bool:
    """Whether a dictionary word of three letters or more starts here (๕ กลุ่ม: กลุ่ม is a word)."""
    return any(len(word) >= 3 for word in _dictionary().prefixes(text[:20]))


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A short label must be a word of its own. One that starts with a number (๕ก) may follow Thai letters,
    and may run into the next word unless its last letter begins a dictionary word there (๕ กลุ่ม)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if after.isdigit() or before.isdigit():
        return False
    if text[start].isdigit():
        return not THAI_LETTER.match(after) or not _starts_a_word(text[end - 1:])
    return not THAI_LETTER.match(before) and not THAI_LETTER.match(after)


def find_mentions(pieces: list[Text]) -> list[ConceptMention]:
    """Concept mentions (principles and programmes) in text, with match policies applied."""
    vocab = vocabulary()
    raw: list[ConceptMention] = []
    for piece in pieces:
        found = list(vocab.pattern.finditer(compact(piece.text)))
        if not found:  # most pieces name no concept: their map back to the text is not needed
            continue
        compacted = CompactMap(piece.text)
        for match in found:
            start, end = compacted.to_text(match.start()), compacted.to_text(match.end() - 1) + 1
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
    best = _best_category(compact(category.text))
    if best is None:
        return None
    return ConceptMention(best.iri, best.label, best.scheme, category.start, category.end, category.text)


@lru_cache(maxsize=4096)
def _best_category(key: str) -> Concept | None:
    """The category concept whose label is the key's or most like it (records repeat a few categories)."""
    best, best_score = None, 0.0
    for concept in vocabulary().concepts.values():
        if concept.kind != "category":
            continue
        for label in concept.keys:
            if label in key and len(label) >= 6:
                score = 1.0
            else:
                matcher = SequenceMatcher(None, key, label)
                if matcher.real_quick_ratio() < CATEGORY_SIMILARITY or matcher.quick_ratio() < CATEGORY_SIMILARITY:
                    continue
                score = matcher.ratio()
            if score > best_score:
                best, best_score = concept, score
    return best if best is not None and best_score >= CATEGORY_SIMILARITY else None
