"""Map a Record to RDF statements (terms as N-Triples text, see ntriples.py): one named graph per record, shared
nodes with stable IRIs.

IRIs are derived from what a thing is (a record's file id, a province's ISO code, an office's or a person's
normalized name), never from run order, so the same office named in two records is one node and two builds of
the same input give the same triples.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox

from . import tables
from .model import Quantity, Record, Text
from .ntriples import Statement, iri, literal, to_triples
from .thai import compact

DEFAULT_BASE_IRI = "https://w3id.org/kmgraph/id/"

KMO = "https://w3id.org/kmgraph/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

PREFIXES = {
    "kmo": KMO, "kmc": "https://w3id.org/kmgraph/concept/", "rdf": RDF, "rdfs": RDFS, "xsd": XSD,
    "dcterms": DCTERMS, "foaf": FOAF, "org": ORG, "prov": PROV, "schema": SCHEMA, "skos": SKOS, "nif": NIF,
}

REDACTABLE = ("phone", "email")
REDACTED = "[ปกปิด]"
_PHONE_TEXT = re.compile(r"(?<![0-9๐-๙])(?:\+66|[0๐])[0-9๐-๙](?:[\s\-]?[0-9๐-๙]){7,8}(?![0-9๐-๙])")
_EMAIL_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PART_CLASSES = {
    "steps": ("hasStep", "Step", "step"),
    "techniques": ("hasTechnique", "Technique", "technique"),
    "cautions": ("hasCaution", "Caution", "caution"),
    "success_factors": ("hasSuccessFactor", "SuccessFactor", "success-factor"),
    "problems": ("hasProblem", "Problem", "problem"),
    "outcomes": ("hasOutcome", "Outcome", "outcome"),
}


@dataclass(frozen=True)
class GraphOptions:
    """How records become RDF: the base IRI of the data and what to leave out."""

    base_iri: str = DEFAULT_BASE_IRI
    redact: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        unknown = set(self.redact) - set(REDACTABLE)
        if unknown:
            raise ValueError(f"cannot redact {', '.join(sorted(unknown))}; choose from {', '.join(REDACTABLE)}")
        if not re.match(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#]$", self.base_iri):
            raise ValueError(f"base IRI must be an absolute IRI ending in / or #: {self.base_iri!r}")


def N(value: str) -> str:  # noqa: N802 - short, as in RDF libraries
    """An IRI term (N-Triples syntax)."""
    return iri(value)


def th(text: str) -> str:
    return literal(text, language="th")


def en(text: str) -> str:
    return literal(text, language="en")


def typed(value: str, datatype: str) -> str:
    return literal(value, datatype=XSD + datatype)


def plain(value: str) -> str:
    return literal(value)


def key_hash(text: str) -> str:
    """A short, stable identifier for a name: the hash of its compact form."""
    return hashlib.sha1(compact(text).encode("utf-8")).hexdigest()[:12]


class IriMinter:
    """The data's IRIs, all under one base (IRI strings; N() makes them terms)."""

    def __init__(self, base: str):
        self.base = base

    def _by_id(self, kind: str, record_id: str) -> str:
        return f"{self.base}{kind}/{quote(record_id, safe='-_.~')}"

    def _by_name(self, kind: str, name: str) -> str:
        return f"{self.base}{kind}/{key_hash(name)}"

    def record(self, record_id: str) -> str:
        return self._by_id("record", record_id)

    def graph(self, record_id: str) -> str:
        return self._by_id("graph", record_id)

    def source(self, record_id: str) -> str:
        return self._by_id("source", record_id)

    def person(self, key: str) -> str:
        return self._by_name("person", key)

    def organization(self, name: str) -> str:
        return self._by_name("org", name)

    def post(self, key: str) -> str:
        return self._by_name("post", key)

    def district(self, name: str) -> str:
        return self._by_name("district", name)

    def department(self) -> str:
        return f"{self.base}org/cdd"

    def province(self, iso_code: str) -> str:
        return f"{self.base}province/{iso_code}"


@lru_cache(maxsize=1)
def _provinces_by_name() -> dict[str, tables.Province]:
    return {p.name_th: p for p in tables.provinces()}


class _Builder:
    """Collects one record's statements (N-Triples terms), without duplicates, in the order they were made."""

    def __init__(self, record: Record, options: GraphOptions):
        self.record = record
        self.options = options
        self.mint = IriMinter(options.base_iri)
        self.statements: dict[Statement, None] = {}
        self.iri = self.mint.record(record.id)
        self.subject = N(self.iri)

    def add(self, s: str, p: str, o: str) -> None:
        self.statements[(s, p, o)] = None

    def node(self, value: str) -> str:
        """A node below the record's IRI (a part, a span)."""
        return N(f"{self.iri}/{value}")

    def text(self, value: str) -> str:
        if "phone" in self.options.redact:
            value = _PHONE_TEXT.sub(REDACTED, value)
        if "email" in self.options.redact:
            value = _EMAIL_TEXT.sub(REDACTED, value)
        return value

    def span(self, node: str, start: int, end: int) -> None:
        """NIF character offsets of the source text a node came from."""
        if self.record.clean is None:
            return
        a, b = self.record.clean.source_span(start, end)
        self.add(node, NIF + "beginIndex", typed(str(a), "nonNegativeInteger"))
        self.add(node, NIF + "endIndex", typed(str(b), "nonNegativeInteger"))

    def literal_span(self, name: str, value: Text) -> None:
        """Provenance of a literal value: a kmo:SourceSpan naming the field and its offsets."""
        node = self.node(f"span/{name}")
        self.add(self.subject, KMO + "sourceSpan", node)
        self.add(node, RDF + "type", N(KMO + "SourceSpan"))
        self.add(node, KMO + "field", plain(name))
        if name in self.record.found_by:
            self.add(node, KMO + "foundBy", plain(self.record.found_by[name]))
        self.span(node, value.start, value.end)
        if self.record.source_text is not None and self.record.clean is not None:
            a, b = self.record.clean.source_span(value.start, value.end)
            self.add(node, NIF + "anchorOf", th(self.text(self.record.source_text[a:b])))


def record_statements(record: Record, options: GraphOptions | None = None) -> list[Statement]:
    """The statements of one record's named graph, grouped by subject (deterministic order)."""
    b = _Builder(record, options or GraphOptions())
    _fill(b)
    return sorted(b.statements, key=_subject_of)


def _subject_of(statement: Statement) -> str:
    return statement[0]


def record_triples(record: Record, options: GraphOptions | None = None) -> list[ox.Triple]:
    """The record's graph as pyoxigraph triples (for callers that query or re-serialize it)."""
    return to_triples(record_statements(record, options))


def _fill(b: _Builder) -> None:
    """The triples of one record's named graph: the record, its parts and the shared nodes it names."""
    record = b.record
    r, rid = b.subject, record.id
    b.add(r, RDF + "type", N(KMO + "KnowledgeRecord"))
    b.add(r, DCTERMS + "identifier", plain(rid))
    b.add(r, KMO + "template", plain(record.template))
    if record.title:
        b.add(r, DCTERMS + "title", th(b.text(record.title.text)))
        b.add(r, RDFS + "label", th(b.text(record.title.text)))
        b.literal_span("title", record.title)
    _source(b)
    province = _province(b)
    district = _district(b, province)
    office = _office(b, district, province)
    _author(b, office, district, province)
    if record.date:
        datatype = "dateTime" if "T" in record.date.text else "date"
        b.add(r, DCTERMS + "date", typed(record.date.text, datatype))
        b.literal_span("date", record.date)
    if record.category:
        b.literal_span("category", record.category)
    if record.category_concept:
        b.add(r, KMO + "category", N(record.category_concept.iri))
    for name, (prop, cls, slug) in PART_CLASSES.items():
        for index, item in enumerate(getattr(record, name), 1):
            node = b.node(f"{slug}/{index}")
            b.add(r, KMO + prop, node)
            b.add(node, RDF + "type", N(KMO + cls))
            b.add(node, KMO + "order", typed(str(index), "positiveInteger"))
            b.add(node, KMO + "text", th(b.text(item.text)))
            b.span(node, item.start, item.end)
    for index, quantity in enumerate(record.quantities, 1):
        _quantity(b, b.node(f"quantity/{index}"), index, quantity)
    for mention in record.principles:
        b.add(r, KMO + "appliesPrinciple", N(mention.iri))
    for mention in record.programmes:
        b.add(r, KMO + "mentionsProgramme", N(mention.iri))
    _mention_spans(b)
    for warning in record.warnings:
        b.add(r, KMO + "warning", plain(warning))


CONTEXT_CHARS = 160


def _context(record: Record, start: int, end: int) -> str:
    """The line of repaired text around a mention, clipped to about CONTEXT_CHARS characters."""
    text = record.clean.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    begin = max(line_start, start - CONTEXT_CHARS // 2)
    finish = min(line_end, end + CONTEXT_CHARS // 2)
    return ("…" if begin > line_start else "") + text[begin:finish].strip() + ("…" if finish < line_end else "")


def _mention_spans(b: _Builder) -> None:
    """Where each linked concept is first named: the words and the sentence around them (for tooltips)."""
    if b.record.clean is None or b.record.source_text is None:
        return
    seen: set[str] = set()
    mentions = [("principle", m) for m in b.record.principles] + [("programme", m) for m in b.record.programmes]
    for field_name, mention in mentions:
        if mention.iri in seen:
            continue
        seen.add(mention.iri)
        node = b.node(f"span/{field_name}-{len(seen)}")
        b.add(b.subject, KMO + "sourceSpan", node)
        b.add(node, RDF + "type", N(KMO + "SourceSpan"))
        b.add(node, KMO + "field", plain(field_name))
        b.add(node, KMO + "refersTo", N(mention.iri))
        b.span(node, mention.start, mention.end)
        a, z = b.record.clean.source_span(mention.start, mention.end)
        b.add(node, NIF + "anchorOf", th(b.text(b.record.source_text[a:z])))
        b.add(node, KMO + "context", th(b.text(_context(b.record, mention.start, mention.end))))


def _source(b: _Builder) -> None:
    source = N(b.mint.source(b.record.id))
    b.add(b.subject, PROV + "wasDerivedFrom", source)
    b.add(source, RDF + "type", N(KMO + "SourceFile"))
    b.add(source, KMO + "path", plain(b.record.source))
    b.add(source, KMO + "encoding", plain(b.record.encoding))
    if b.record.source_sha256:
        b.add(source, KMO + "sha256", plain(b.record.source_sha256))


def _province(b: _Builder) -> str | None:
    if not b.record.province:
        return None
    province = _provinces_by_name().get(b.record.province.text)
    if province is None:
        return None
    node = N(b.mint.province(province.iso_code))
    b.add(node, RDF + "type", N(KMO + "Province"))
    b.add(node, RDFS + "label", th(province.name_th))
    b.add(node, RDFS + "label", en(province.name_en))
    b.add(node, SKOS + "prefLabel", th(province.name_th))
    b.add(node, KMO + "isoCode", plain(province.iso_code))
    b.add(b.subject, KMO + "province", node)
    b.literal_span("province", b.record.province)
    return node


def _district(b: _Builder, province: str | None) -> str | None:
    if not b.record.district:
        return None
    name = b.record.district.text
    node = N(b.mint.district(name))
    b.add(node, RDF + "type", N(KMO + "District"))
    b.add(node, RDFS + "label", th(name))
    b.add(node, SKOS + "prefLabel", th(name))
    if province:
        b.add(node, KMO + "province", province)
    b.add(b.subject, KMO + "district", node)
    b.literal_span("district", b.record.district)
    return node


def _department(b: _Builder) -> str:
    node = N(b.mint.department())
    name = tables.lexicon()["offices"]["department"]
    b.add(node, RDF + "type", N(ORG + "FormalOrganization"))
    b.add(node, RDF + "type", N(KMO + "Department"))
    b.add(node, SKOS + "prefLabel", th(name))
    b.add(node, RDFS + "label", th(name))
    b.add(node, RDFS + "label", en("Community Development Department"))
    return node


def _office(b: _Builder, district, province) -> str | None:
    if not b.record.office:
        return None
    name = b.record.office.text
    node = N(b.mint.organization(name))
    district_level = name.startswith(tables.lexicon()["offices"]["district_canonical"])
    b.add(node, RDF + "type", N(ORG + "Organization"))
    b.add(node, RDF + "type", N(KMO + ("DistrictOffice" if district_level else "ProvincialOffice")))
    b.add(node, SKOS + "prefLabel", th(name))
    b.add(node, RDFS + "label", th(name))
    b.add(node, ORG + "subOrganizationOf", _department(b))
    if district_level and district:
        b.add(node, KMO + "district", district)
    if province:
        b.add(node, KMO + "province", province)
    b.add(b.subject, KMO + "office", node)
    b.literal_span("office", b.record.office)
    return node


def _author(b: _Builder, office, district, province) -> None:
    author = b.record.author
    if author is None:
        return
    phone = None if "phone" in b.options.redact or not b.record.phone else b.record.phone
    if author.kind == "organization":
        node = N(b.mint.organization(author.name))
        b.add(node, RDF + "type", N(ORG + "Organization"))
        if author.name.startswith(tuple(tables.lexicon()["volunteer_club_prefixes"])):
            b.add(node, RDF + "type", N(KMO + "VolunteerClub"))
        b.add(node, SKOS + "prefLabel", th(author.name))
        b.add(node, RDFS + "label", th(author.name))
        b.add(node, FOAF + "name", th(author.name))
        if district:
            b.add(node, KMO + "district", district)
        if province:
            b.add(node, KMO + "province", province)
    else:
        identity = "".join(p for p in (author.given_name, author.family_name) if p) or author.name
        node = N(b.mint.person(identity))
        b.add(node, RDF + "type", N(FOAF + "Person"))
        b.add(node, RDF + "type", N(SCHEMA + "Person"))
        b.add(node, FOAF + "name", th(author.name))
        b.add(node, RDFS + "label", th(author.name))
        if author.honorific:
            b.add(node, FOAF + "title", th(author.honorific))
        if author.given_name:
            b.add(node, FOAF + "givenName", th(author.given_name))
        if author.family_name:
            b.add(node, FOAF + "familyName", th(author.family_name))
        if office:
            b.add(node, ORG + "memberOf", office)
        if b.record.position:
            _post(b, node, identity, office)
    b.add(b.subject, DCTERMS + "creator", node)
    if b.record.author_span:
        b.literal_span("author", b.record.author_span)
    if phone:
        b.add(node, FOAF + "phone", N("tel:+66" + phone.text[1:]))
        b.literal_span("phone", phone)


def _post(b: _Builder, person: str, identity: str, office) -> None:
    position = b.record.position
    label = position.title + (position.level or "")
    node = N(b.mint.post("|".join((identity, label, office[1:-1] if office else ""))))
    b.add(node, RDF + "type", N(ORG + "Post"))
    b.add(node, RDFS + "label", th(label))
    b.add(node, KMO + "postTitle", th(position.title))
    if position.level:
        b.add(node, KMO + "level", th(position.level))
    if office:
        b.add(node, ORG + "postIn", office)
    b.add(person, ORG + "holds", node)


def _quantity(b: _Builder, node: str, index: int, quantity: Quantity) -> None:
    value = int(quantity.value) if quantity.value.is_integer() else quantity.value
    b.add(b.subject, KMO + "hasQuantity", node)
    b.add(node, RDF + "type", N(SCHEMA + "QuantitativeValue"))
    b.add(node, KMO + "order", typed(str(index), "positiveInteger"))
    b.add(node, SCHEMA + "value", typed(str(value), "decimal"))
    b.add(node, SCHEMA + "unitText", th(quantity.unit))
    b.add(node, RDFS + "label", th(b.text(quantity.text)))
    b.span(node, quantity.start, quantity.end)
