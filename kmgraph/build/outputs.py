"""One record's outputs, made in a worker: its named graph serialized as TriG (and the part of it that is the
record's own Turtle), the shared nodes' triples, counts for VoID and what the overview page draws of it (a
views.overview.RecordView)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from .. import tables
from ..model import Record
from ..rdf.mapping import GraphOptions, Group, IriMinter, record_groups
from ..rdf.namespaces import KMO, PREFIXES, RDF_TYPE, RDFS, SCHEMA
from ..rdf.terms import TurtleWriter
from ..views.overview import RecordView, view_of

_PREFIX_LINE = re.compile(r"^@prefix [^\n]*\n", re.M)


@dataclass
class RecordOutput:
    """One record's pieces of the outputs (picklable, cached)."""

    id: str
    key: str
    graph: str
    warnings: int
    trig: bytes  # the record's named graph (its own triples only), TriG without @prefix lines (UTF-8)
    own: tuple[int, int]  # where in trig the Turtle of the triples about the record and its parts lies
    shared: list[str]  # N-Triples lines about shared nodes (people, offices, places, posts): for the shared graph
    own_triples: int
    own_subjects: int
    classes: dict[str, int]
    properties: dict[str, int]
    view: RecordView | None = None  # what the overview pages draw of the record
    cached: bool = False


@lru_cache(maxsize=1)
def concept_triples() -> tuple[ox.Triple, ...]:
    """The SKOS concept schemes, published with the data so that labels resolve."""
    path = tables.ontology_file("concepts.ttl")
    parsed = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    return tuple(ox.Triple(q.subject, q.predicate, q.object) for q in parsed)


def prefix_header() -> bytes:
    """The @prefix lines that start kmgraph.ttl and kmgraph.trig."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode()


def _strip_prefixes(text: bytes) -> str:
    return _PREFIX_LINE.sub("", text.decode("utf-8"))


@lru_cache(maxsize=4)
def _turtle_writer(base_iri: str) -> TurtleWriter:
    return TurtleWriter(PREFIXES, data_base=base_iri)


def record_output(record: Record, key: str, options: GraphOptions) -> RecordOutput:
    """Serialize one record's graph into the pieces the build appends (one pass over its subjects: which are the
    record's own, the counts for VoID, the statements the overview draws)."""
    mint = IriMinter(options.base_iri)
    subject = f"<{mint.record(record.id)}>"
    own_prefixes = (subject[:-1], f"<{mint.source(record.id)}")
    own: list[Group] = []
    shared: list[str] = []
    drawn_about: dict[str, dict[str, list[str]]] = {}  # what the overview reads: {node: {predicate: [objects]}}
    classes: dict[str, int] = {}
    properties: dict[str, int] = {}
    own_triples = 0
    for node, pairs in record_groups(record, options):  # subjects sorted
        if not node.startswith(own_prefixes):
            shared += [f"{node} <{predicate}> {value} ." for predicate, value in pairs]
            continue
        own.append((node, pairs))
        own_triples += len(pairs)
        drawn = _drawn_predicates(node, subject)
        about: dict[str, list[str]] | None = None
        for predicate, value in pairs:
            properties[predicate] = properties.get(predicate, 0) + 1
            if predicate == RDF_TYPE:
                classes[value[1:-1]] = classes.get(value[1:-1], 0) + 1
            if predicate in drawn:
                if about is None:
                    about = drawn_about[node] = {}
                values = about.get(predicate)
                if values is None:
                    about[predicate] = [value]
                else:
                    values.append(value)
    own_ttl = _turtle_writer(options.base_iri).write_groups(own).encode("utf-8")
    opening = f"<{mint.graph(record.id)}> {{\n".encode()
    return RecordOutput(  # the shared nodes' triples go once into the shared graph (shared_graph), not here
        id=record.id, key=key, graph=mint.graph(record.id), warnings=len(record.warnings),
        trig=b"".join((opening, own_ttl, b"}\n")), own=(len(opening), len(opening) + len(own_ttl)),
        shared=shared, own_triples=own_triples, own_subjects=len(own),
        classes=classes, properties=properties, view=view_of(drawn_about, subject),
    )


def shared_graph(base_iri: str) -> str:
    """The named graph that holds, once each, the facts records share: people, offices, places, posts (each
    record's graph holds only the record's own facts; the concepts have their own graph)."""
    return base_iri + "graph/shared"


KMO_REFERS_TO = KMO + "refersTo"


KMO_PATH = KMO + "path"


KMO_SOURCE_SPAN = KMO + "sourceSpan"


VIEW_SPAN_PREDICATES = {KMO_REFERS_TO, KMO + "context", KMO + "field", KMO + "foundBy"}


VIEW_PART_PREDICATES = {  # a record's steps, outcomes and quantities, for the overview's tooltips
    KMO + "order", KMO + "text", SCHEMA + "value", SCHEMA + "unitText", RDFS + "label",
}


VIEW_PREDICATES = {  # what the overview page reads about a record (views.overview.record_view)
    RDF_TYPE, "http://purl.org/dc/terms/identifier", "http://purl.org/dc/terms/title", KMO + "template",
    "http://purl.org/dc/terms/date", "http://www.w3.org/ns/prov#wasDerivedFrom",
    "http://purl.org/dc/terms/creator", KMO + "office", KMO + "province", KMO + "district", KMO + "category",
    KMO + "appliesPrinciple", KMO + "mentionsProgramme", KMO + "hasStep", KMO + "hasOutcome", KMO + "hasQuantity",
    KMO + "warning", KMO_SOURCE_SPAN,
}


VIEW_OTHER_PREDICATES = VIEW_PART_PREDICATES | {KMO_PATH}


def _drawn_predicates(subject: str, record: str) -> set[str]:
    """What the overview page reads (views.overview.record_view) about a subject of the record's graph: the record's own
    facts and links; its spans' (what they name, their context sentence, how they were found); its source file's
    path and its steps', outcomes' and quantities' order, text, value, unit and label."""
    if subject == record:
        return VIEW_PREDICATES
    if "/span/" in subject:
        return VIEW_SPAN_PREDICATES
    return VIEW_OTHER_PREDICATES
