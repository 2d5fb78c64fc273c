"""Map a Record to RDF statements (terms as N-Triples text, see ntriples.py): one named graph per record, shared
nodes with stable IRIs.

IRIs are derived from what a thing is (a record's file id, a province's ISO code, a person's normalized name,
an office's or a district's normalized name within its province), never from run order, so the same office
named in two records is one node, the same district name in two provinces is two nodes, and two builds of the
same input give the same triples.
"""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from .. import tables
from ..model import Quantity, Record, Text
from .iris import DEFAULT_BASE_IRI, REDACTABLE, GraphOptions, IriMinter, key_hash  # noqa: F401 - re-exported
from .namespaces import DCTERMS, FOAF, KMO, NIF, ORG, PREFIXES, PROV, RDF, RDF_TYPE, RDFS, SCHEMA, SKOS, XSD  # noqa: F401 - re-exported for callers of the mapping
from .redact import redact
from .terms import Statement, _quoted, map_literal_text, to_triples

PART_CLASSES = {
    "steps": ("hasStep", "Step", "step"),
    "techniques": ("hasTechnique", "Technique", "technique"),
    "cautions": ("hasCaution", "Caution", "caution"),
    "success_factors": ("hasSuccessFactor", "SuccessFactor", "success-factor"),
    "problems": ("hasProblem", "Problem", "problem"),
    "outcomes": ("hasOutcome", "Outcome", "outcome"),
}


# the terms as terms.literal and terms.iri write them, without their general case (~100 of a record's statements)
def N(value: str) -> str:  # noqa: N802 - short, as in RDF libraries
    """An IRI term (N-Triples syntax)."""
    return f"<{value}>"


def th(text: str) -> str:
    return _quoted(text) + "@th"


def en(text: str) -> str:
    return _quoted(text) + "@en"


def typed(value: str, datatype: str) -> str:
    return f"{_quoted(value)}^^<{XSD}{datatype}>"


def number(value: int, datatype: str) -> str:
    """An integer typed as an XSD datatype (its digits need no escaping)."""
    return f'"{value}"^^<{XSD}{datatype}>'


def plain(value: str) -> str:
    return _quoted(value)


@lru_cache(maxsize=1)
def _provinces_by_name() -> dict[str, tables.Province]:
    return {p.name_th: p for p in tables.provinces()}


Group = tuple[str, list[tuple[str, str]]]  # a subject term and its (predicate IRI, object term) pairs


class _Builder:
    """Collects one record's statements (N-Triples terms), without duplicates, in the order they were made,
    grouped by subject."""

    def __init__(self, record: Record, options: GraphOptions):
        self.record = record
        self.options = options
        self._redacting = bool(options.redact)  # asked for each of a record's ~180 statements
        self.mint = IriMinter(options.base_iri)
        self.groups: dict[str, dict[tuple[str, str], None]] = {}  # subject → its (predicate, object) pairs
        self.iri = self.mint.record(record.id)
        self.province_iso: str | None = None  # the record's province, once known (places are keyed by it)
        self.subject = N(self.iri)

    def add(self, s: str, p: str, o: str) -> None:
        """One statement; with --redact, every text literal goes through redact() (titles, steps, spans'
        anchors and context, file paths, ids, labels, warnings); IRIs carry no contact details (IriMinter)."""
        if self._redacting and o[0] == '"':
            o = map_literal_text(o, self._redact)
        group = self.groups.get(s)
        if group is None:
            group = self.groups[s] = {}
        group[(p, o)] = None

    def add_computed(self, s: str, p: str, o: str) -> None:
        """A statement whose value kmgraph computed (a digest): it holds no text, and a digest must stay whole
        (a hex digest can start like a phone number)."""
        self.groups.setdefault(s, {})[(p, o)] = None

    def _redact(self, text: str) -> str:
        return redact(text, self.options.redact)

    def node(self, value: str) -> str:
        """A node below the record's IRI (a part, a span)."""
        return N(f"{self.iri}/{value}")

    def span(self, node: str, start: int, end: int) -> None:
        """NIF character offsets of the source text a node came from."""
        if self.record.clean is None:
            return
        a, b = self.record.clean.source_span(start, end)
        self.add(node, NIF + "beginIndex", number(a, "nonNegativeInteger"))
        self.add(node, NIF + "endIndex", number(b, "nonNegativeInteger"))

    def literal_span(self, name: str, value: Text) -> None:
        """Provenance of a literal value: a kmo:SourceSpan naming the field and its offsets. Its class is not stated
        (a quarter of a build's statements are spans'): it is the range of kmo:sourceSpan, the one way to reach it."""
        node = self.node(f"span/{name}")
        self.add(self.subject, KMO + "sourceSpan", node)
        self.add(node, KMO + "field", plain(name))
        if name in self.record.found_by:
            self.add(node, KMO + "foundBy", plain(self.record.found_by[name]))
        self.span(node, value.start, value.end)
        if self.record.source_text is not None and self.record.clean is not None:
            a, b = self.record.clean.source_span(value.start, value.end)
            self.add(node, NIF + "anchorOf", th(self.record.source_text[a:b]))


def record_groups(record: Record, options: GraphOptions | None = None) -> list[Group]:
    """The statements of one record's named graph as (subject, its (predicate, object) pairs): subjects sorted,
    each subject's statements in the order they were made."""
    b = _Builder(record, options or GraphOptions())
    _fill(b)
    groups = b.groups
    return [(subject, list(groups[subject])) for subject in sorted(groups)]


def record_statements(record: Record, options: GraphOptions | None = None) -> list[Statement]:
    """The statements of one record's named graph, grouped by subject (deterministic order)."""
    return [(s, p, o) for s, pairs in record_groups(record, options) for p, o in pairs]


def record_triples(record: Record, options: GraphOptions | None = None) -> list[ox.Triple]:
    """The record's graph as pyoxigraph triples (for callers that query or re-serialize it)."""
    return to_triples(record_statements(record, options))


def _fill(b: _Builder) -> None:
    """The triples of one record's named graph: the record, its parts and the shared nodes it names."""
    record = b.record
    r, rid = b.subject, record.id
    b.add(r, RDF_TYPE, N(KMO + "KnowledgeRecord"))
    b.add(r, DCTERMS + "identifier", plain(rid))
    b.add(r, KMO + "template", plain(record.template))
    if record.title:
        b.add(r, DCTERMS + "title", th(record.title.text))
        b.add(r, RDFS + "label", th(record.title.text))
        b.literal_span("title", record.title)
    _source(b)
    province = _province(b)
    district = _district(b, province)
    office = _office(b, district, province)
    _author(b, office, district, province)
    if record.date:
        datatype = ("dateTime" if "T" in record.date.text  # a record dated to the month: 2017-05
                    else "gYearMonth" if len(record.date.text) == len("YYYY-MM") else "date")
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
            b.add(node, RDF_TYPE, N(KMO + cls))
            b.add(node, KMO + "order", number(index, "positiveInteger"))
            b.add(node, KMO + "text", th(item.text))
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
        b.add(node, KMO + "field", plain(field_name))
        b.add(node, KMO + "refersTo", N(mention.iri))
        b.span(node, mention.start, mention.end)
        a, z = b.record.clean.source_span(mention.start, mention.end)
        b.add(node, NIF + "anchorOf", th(b.record.source_text[a:z]))
        b.add(node, KMO + "context", th(_context(b.record, mention.start, mention.end)))


def _source(b: _Builder) -> None:
    source = N(b.mint.source(b.record.id))
    b.add(b.subject, PROV + "wasDerivedFrom", source)
    b.add(source, RDF_TYPE, N(KMO + "SourceFile"))
    b.add(source, KMO + "path", plain(b.record.source))
    b.add(source, KMO + "encoding", plain(b.record.encoding))
    if b.record.source_sha256:
        b.add_computed(source, KMO + "sha256", plain(b.record.source_sha256))
    _provenance(b, source)


def _provenance(b: _Builder, source: str) -> None:
    """Which kind of file the record was read from, on which pages and where in the document's text (a KM book's
    record is one stretch of it)."""
    record = b.record
    b.add(source, DCTERMS + "format", plain(record.media_type))
    for page in record.pages:
        b.add(source, KMO + "page", number(page, "integer"))
    if record.document_span is not None:
        begin, end = record.document_span
        b.add(source, KMO + "beginOffset", number(begin, "nonNegativeInteger"))
        b.add(source, KMO + "endOffset", number(end, "nonNegativeInteger"))


def _province(b: _Builder) -> str | None:
    if not b.record.province:
        return None
    province = _provinces_by_name().get(b.record.province.text)
    if province is None:
        return None
    b.province_iso = province.iso_code
    node = N(b.mint.province(province.iso_code))
    b.add(node, RDF_TYPE, N(KMO + "Province"))
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
    node = N(b.mint.district(name, b.province_iso, b.record.id))
    b.add(node, RDF_TYPE, N(KMO + "District"))
    b.add(node, RDFS + "label", th(name))
    b.add(node, SKOS + "prefLabel", th(name))
    if province:
        b.add(node, KMO + "province", province)
    b.add(b.subject, KMO + "district", node)
    b.literal_span("district", b.record.district)
    return node


def _department(b: _Builder) -> str:
    node = N(b.mint.department())
    name = tables.lexicon().offices.department
    b.add(node, RDF_TYPE, N(ORG + "FormalOrganization"))
    b.add(node, RDF_TYPE, N(KMO + "Department"))
    b.add(node, SKOS + "prefLabel", th(name))
    b.add(node, RDFS + "label", th(name))
    b.add(node, RDFS + "label", en("Community Development Department"))
    return node


def _office(b: _Builder, district, province) -> str | None:
    if not b.record.office:
        return None
    name = b.record.office.text
    node = N(b.mint.organization(name, b.province_iso, b.record.id))
    district_level = name.startswith(tables.lexicon().offices.district_canonical)
    b.add(node, RDF_TYPE, N(ORG + "Organization"))
    b.add(node, RDF_TYPE, N(KMO + ("DistrictOffice" if district_level else "ProvincialOffice")))
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
        node = N(b.mint.organization(author.name, b.province_iso, b.record.id))
        b.add(node, RDF_TYPE, N(ORG + "Organization"))
        if author.name.startswith(tuple(tables.lexicon().volunteer_club_prefixes)):
            b.add(node, RDF_TYPE, N(KMO + "VolunteerClub"))
        b.add(node, SKOS + "prefLabel", th(author.name))
        b.add(node, RDFS + "label", th(author.name))
        b.add(node, FOAF + "name", th(author.name))
        if district:
            b.add(node, KMO + "district", district)
        if province:
            b.add(node, KMO + "province", province)
    else:
        node, identity = _person(b, author)
        if office:
            b.add(node, ORG + "memberOf", office)
        if b.record.position:
            _post(b, node, identity, office, b.record.position)
    b.add(b.subject, DCTERMS + "creator", node)
    for writer in b.record.authors[1:]:
        _co_writer(b, writer, office)
    if b.record.author_span:
        b.literal_span("author", b.record.author_span)
    if phone:
        b.add(node, FOAF + "phone", N("tel:+66" + phone.text[1:]))
        b.literal_span("phone", phone)


def _person(b: _Builder, author) -> tuple[str, str]:
    """A person's node (foaf:Person, schema:Person) with their names, and the identity it was minted from."""
    identity = "".join(p for p in (author.given_name, author.family_name) if p) or author.name
    node = N(b.mint.person(identity))
    b.add(node, RDF_TYPE, N(FOAF + "Person"))
    b.add(node, RDF_TYPE, N(SCHEMA + "Person"))
    b.add(node, FOAF + "name", th(author.name))
    b.add(node, RDFS + "label", th(author.name))
    if author.honorific:
        b.add(node, FOAF + "title", th(author.honorific))
    if author.given_name:
        b.add(node, FOAF + "givenName", th(author.given_name))
    if author.family_name:
        b.add(node, FOAF + "familyName", th(author.family_name))
    return node, identity


def _co_writer(b: _Builder, writer, record_office) -> None:
    """A writer named after the author: dcterms:creator too, with the post and office written with them (the
    record's office node when it is theirs, else an organization of its own)."""
    node, identity = _person(b, writer.author)
    office = None
    if writer.office is not None:
        if b.record.office is not None and writer.office.text == b.record.office.text:
            office = record_office
        else:
            office = N(b.mint.organization(writer.office.text, b.province_iso, b.record.id))
            b.add(office, RDF_TYPE, N(ORG + "Organization"))
            b.add(office, SKOS + "prefLabel", th(writer.office.text))
            b.add(office, RDFS + "label", th(writer.office.text))
            b.add(office, ORG + "subOrganizationOf", _department(b))
        if office:
            b.add(node, ORG + "memberOf", office)
    if writer.position:
        _post(b, node, identity, office, writer.position)
    b.add(b.subject, DCTERMS + "creator", node)


def _post(b: _Builder, person: str, identity: str, office, position) -> None:
    label = position.title + (position.level or "")
    node = N(b.mint.post("|".join((identity, label, office[1:-1] if office else ""))))
    b.add(node, RDF_TYPE, N(ORG + "Post"))
    b.add(node, RDFS + "label", th(label))
    b.add(node, KMO + "postTitle", th(position.title))
    if position.level:
        b.add(node, KMO + "level", th(position.level))
    if office:
        b.add(node, ORG + "postIn", office)
    b.add(person, ORG + "holds", node)


def _quantity(b: _Builder, node: str, index: int, quantity: Quantity) -> None:
    if b.options.redact and redact(quantity.text, b.options.redact) != quantity.text:
        return  # a number read from a phone number would keep its digits in schema:value
    value = int(quantity.value) if quantity.value.is_integer() else quantity.value
    b.add(b.subject, KMO + "hasQuantity", node)
    b.add(node, RDF_TYPE, N(SCHEMA + "QuantitativeValue"))
    b.add(node, KMO + "order", number(index, "positiveInteger"))
    b.add(node, SCHEMA + "value", typed(str(value), "decimal"))
    b.add(node, SCHEMA + "unitText", th(quantity.unit))
    b.add(node, RDFS + "label", th(quantity.text))
    b.span(node, quantity.start, quantity.end)
