"""The overview's graph made straight from what each record hands over: no store, no SPARQL.

A build's workers turn a record's statements into a RecordView (record_view); the main process gathers them and
builds the graph with the shared nodes' triples (overview_graph). `read_graph` (graph.py) reads the same values from
a store with SPARQL; both hand them to one assembly (graph.assemble), and tests/views/test_overview.py checks that the
two give the same graph and byte-identical pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..namespaces import DCTERMS, FOAF, KMO, ORG, PREFIXES, PROV, RDF_TYPE, RDFS, SCHEMA, SKOS, short

if TYPE_CHECKING:  # networkx is imported where the graph is made (the workers need only RecordView)
    import networkx as nx

Link = tuple[str, str, str]  # (node, relation as views.toml [links] names it, e.g. "kmo:office", node)

NODE_LINK_PREDICATES = (KMO + "province", KMO + "district", ORG + "memberOf")  # views/queries/node-links.rq
INFERRED_BY = ("gazetteer", "guessed")  # views/queries/inferred.rq
KIND_CLASSES = (  # views/queries/kinds.rq, in its order: the first kind a node has is its kind
    ("person", FOAF + "Person"), ("organization", ORG + "Organization"), ("province", KMO + "Province"),
    ("district", KMO + "District"), ("principle", KMO + "PrincipleScheme"), ("category", KMO + "CategoryScheme"),
    ("programme", KMO + "Programme"),
)
SCHEME_KINDS = {"principle", "category"}  # a concept's kind is its scheme's class


@dataclass(frozen=True, slots=True)
class RecordView:
    """What the overview draws of one record (compact, picklable: made by a build's worker)."""

    iri: str
    id: str
    template: str
    title: str | None = None
    date: str | None = None
    path: str | None = None
    links: tuple[tuple[str, str], ...] = ()  # (relation, node IRI), a relation's in the order of the statements
    # (read_graph, which reads the links with one query for all records, leaves them out)
    contexts: tuple[tuple[str, str], ...] = ()  # (node IRI, the sentence around the node's first mention)
    steps: tuple[str, ...] = ()  # by their order
    outcomes: tuple[str, ...] = ()
    quantities: tuple[tuple[float, str, str], ...] = ()  # (value, unit, phrase), in the order of their IRIs
    warnings: tuple[str, ...] = ()  # sorted
    inferred: tuple[tuple[str, str], ...] = ()  # (field, how it was found), sorted


@dataclass
class NodeFacts:
    """What the overview shows of the nodes records link to: kind, Thai label, facts (English name, code, posts)
    and the links between them (office → district → province, person → office), in the order they are drawn."""

    kinds: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    facts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)

    def add_label(self, node: str, label: str, english: Iterable[str] = (), codes: Iterable[str] = (),
                  posts: Iterable[str] = ()) -> None:
        """One labels.rq row group: the first label (they come sorted) names the node; its English names, codes
        and posts become facts, once each, in the rows' order."""
        self.labels.setdefault(node, label)
        entry = self.facts.setdefault(node, [])
        for pair in (("English", english), ("รหัส", codes), ("ตำแหน่ง", posts)):
            name, values = pair
            for value in values:
                if (name, value) not in entry:
                    entry.append((name, value))


_UNESCAPES = {"\\\\": "\\", '\\"': '"', "\\n": "\n", "\\r": "\r"}
_ESCAPED = re.compile(r'\\[\\"nr]')


def term_value(term: str) -> str:
    """An N-Triples term's value, as SPARQL gives it: an IRI without <>, a literal's text (unescaped)."""
    if term[0] == "<":
        return term[1:-1]
    text = term[1:term.rindex('"')]
    return _ESCAPED.sub(lambda match: _UNESCAPES[match.group()], text) if "\\" in text else text


@cache
def link_relations() -> dict[str, str]:
    """The links a record's view keeps (views.toml [links], as record-links.rq reads them): IRI → prefixed name.
    Read from the config, not through views.graph: the workers that call this never import networkx."""
    from .. import config

    return {PREFIXES[name.split(":")[0]] + name.split(":")[1]: name for name in config.views().links}


def record_view(statements: Iterable[tuple[str, str, str]], subject: str) -> RecordView:
    """A record's RecordView from its statements (N-Triples terms; subject is the record's term, <IRI>): what
    views/queries/records, record-links, contexts, part-links, quantities, warnings and inferred.rq read."""
    about: dict[str, dict[str, list[str]]] = {}
    for node, predicate, value in statements:
        about.setdefault(node, {}).setdefault(predicate, []).append(value)
    return view_of(about, subject)


def view_of(about: dict[str, dict[str, list[str]]], subject: str) -> RecordView:
    """record_view from the statements gathered as {node: {predicate: [object terms, in order]}}."""
    nothing: dict[str, list[str]] = {}

    def first(node: str, predicate: str) -> str | None:
        values = about.get(node, nothing).get(predicate)
        return term_value(values[0]) if values else None

    own = about.get(subject, nothing)
    links = tuple((relation, term_value(node)) for predicate, relation in link_relations().items()
                  for node in own.get(predicate, ()))
    contexts, inferred = [], set()
    for span in own.get(KMO + "sourceSpan", ()):
        refers, context = first(span, KMO + "refersTo"), first(span, KMO + "context")
        if refers is not None and context is not None:
            contexts.append((refers, context))
        how, name = first(span, KMO + "foundBy"), first(span, KMO + "field")
        if how in INFERRED_BY and name is not None:
            inferred.add((name, how))

    def parts(predicate: str) -> tuple[str, ...]:
        found = [(first(node, KMO + "order"), first(node, KMO + "text")) for node in own.get(predicate, ())]
        return tuple(text for _, text in sorted((int(n), text) for n, text in found if n and text is not None))

    quantities = []
    for node in sorted(own.get(KMO + "hasQuantity", ()), key=term_value):
        value, unit = first(node, SCHEMA + "value"), first(node, SCHEMA + "unitText")
        phrase = first(node, RDFS + "label")
        if value is not None and unit is not None and phrase is not None:
            quantities.append((float(value), unit, phrase))
    source = own.get(PROV + "wasDerivedFrom")
    return RecordView(
        iri=term_value(subject), id=first(subject, DCTERMS + "identifier") or "",
        template=first(subject, KMO + "template") or "", title=first(subject, DCTERMS + "title"),
        date=first(subject, DCTERMS + "date"), path=first(source[0], KMO + "path") if source else None,
        links=links, contexts=tuple(contexts), steps=parts(KMO + "hasStep"), outcomes=parts(KMO + "hasOutcome"),
        quantities=tuple(quantities), warnings=tuple(sorted({term_value(v) for v in own.get(KMO + "warning", ())})),
        inferred=tuple(sorted(inferred)))


Fact = tuple[str, str, str, bool, "str | None"]  # (node, predicate IRI, value, value is a literal, its language)


def _triple_facts(triples: Iterable[ox.Triple]) -> Iterator[Fact]:
    for triple in triples:
        value = triple.object
        literal = isinstance(value, ox.Literal)
        yield (triple.subject.value, triple.predicate.value, value.value, literal,
               value.language if literal else None)


def _term_fact(term: str) -> tuple[str, bool, str | None]:
    """(value, is a literal, language) of an N-Triples object term, as pyoxigraph parses it."""
    if term[0] == '"':
        end = term.rindex('"')
        language = term[end + 2:].lower() if term.startswith("@", end + 1) else None
        return term_value(term[:end + 1]), True, language
    return (term[2:] if term.startswith("_:") else term[1:-1]), False, None


def _statement_facts(statements: Iterable[tuple[str, str, str]]) -> Iterator[Fact]:
    for subject, predicate, term in statements:
        node = subject[2:] if subject[0] == "_" else subject[1:-1]
        if term[0] == "<":  # an IRI, the most frequent object: _term_fact inlined
            yield node, predicate, term[1:-1], False, None
        else:
            yield (node, predicate, *_term_fact(term))


def node_facts(triples: Sequence[ox.Triple], statements: Sequence[tuple[str, str, str]] = ()) -> NodeFacts:
    """NodeFacts from the shared nodes' triples and the concept schemes, as kinds, labels and node-links.rq read
    them from the build's store: the store scanned its triples newest first, and so does this. statements: the
    shared nodes' triples as N-Triples terms (subject, predicate IRI, object), which come before triples."""
    types: dict[str, list[str]] = {}
    thai: dict[str, list[str]] = {}
    english: dict[str, list[str]] = {}
    codes: dict[str, list[str]] = {}
    holds: dict[str, list[str]] = {}
    named: dict[str, list[str]] = {}  # rdfs:label of any node (a post's name)
    schemes: dict[str, list[str]] = {}
    linked: dict[str, list[Link]] = {p: [] for p in NODE_LINK_PREDICATES}
    used = {RDF_TYPE, *linked, ORG + "holds", SKOS + "inScheme", KMO + "isoCode", SKOS + "notation",
            SKOS + "prefLabel", FOAF + "name", RDFS + "label"}  # what is read below: the rest is not parsed
    newest_first = chain(_triple_facts(reversed(triples)),
                         _statement_facts(statement for statement in reversed(statements) if statement[1] in used))
    for node, predicate, value, literal, language in newest_first:
        if predicate == RDF_TYPE:
            types.setdefault(node, []).append(value)
        elif predicate in linked:
            linked[predicate].append((node, short(predicate) or predicate, value))
        elif predicate == ORG + "holds":
            holds.setdefault(node, []).append(value)
        elif predicate == SKOS + "inScheme":
            schemes.setdefault(node, []).append(value)
        elif predicate in (KMO + "isoCode", SKOS + "notation"):
            codes.setdefault(node, []).append(value)
        if literal:
            if predicate in (SKOS + "prefLabel", FOAF + "name") and language == "th":
                thai.setdefault(node, []).append(value)
            if predicate in (RDFS + "label", SKOS + "prefLabel") and language == "en":
                english.setdefault(node, []).append(value)
            if predicate == RDFS + "label":
                named.setdefault(node, []).append(value)
    facts = NodeFacts()
    for node in set(types) | set(schemes):
        classes = set(types.get(node, ()))
        scheme_classes = {c for scheme in schemes.get(node, ()) for c in types.get(scheme, ())}
        facts.kinds[node] = next((kind for kind, cls in KIND_CLASSES
                                  if cls in (scheme_classes if kind in SCHEME_KINDS else classes)), "")
        if not facts.kinds[node]:
            del facts.kinds[node]
    for node in sorted(thai):
        english_names = list(dict.fromkeys(english.get(node, ())))
        posts = list(dict.fromkeys(name for post in holds.get(node, ()) for name in named.get(post, ())))
        for label in sorted(set(thai[node])):
            facts.add_label(node, label, english_names, list(dict.fromkeys(codes.get(node, ()))), posts)
    facts.links = [link for predicate in NODE_LINK_PREDICATES for link in linked[predicate]]
    return facts


def drawn_links(views: Sequence[RecordView], relations: Iterable[str]) -> list[Link]:
    """The records' links in the order the graph adds them: relation by relation (views.toml [links]), records
    and their links in the order given, reversed within a record (as the store's scans gave them, newest first)."""
    by_relation: dict[str, list[Link]] = {relation: [] for relation in relations}
    for view in views:
        for relation, node in reversed(view.links):
            if relation in by_relation:
                by_relation[relation].append((view.iri, relation, node))
    return [link for links in by_relation.values() for link in links]


def overview_graph(views: Sequence[RecordView], shared: Sequence[ox.Triple],
                   statements: Sequence[tuple[str, str, str]] = ()) -> nx.Graph:
    """The overview's graph from the records' views (in build order) and the shared nodes' and concepts' triples
    (the shared nodes' may come as N-Triples terms instead, statements, before the triples):
    the graph read_graph reads from a store the build loaded, node for node and edge for edge, in its order
    (newest record first)."""
    from .graph import assemble, record_links

    newest_first = list(reversed(views))
    return assemble(newest_first, drawn_links(newest_first, record_links()), node_facts(shared, statements))
