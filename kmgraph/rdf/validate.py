"""`kmgraph validate`: run the SHACL shapes of ontology/shapes.ttl over a graph with pySHACL, and check the
ontology itself (check_ontology): every kmo: term declared and documented in Thai and English, every concept
defined, every kmo: term the data, the concepts, the shapes and the stored queries use declared as what it is used
as."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import tables
from ..errors import InputError
from .namespaces import KMO, PREFIXES, RDF, RDFS, SH, SKOS, short

OWL = "http://www.w3.org/2002/07/owl#"
ONTOLOGY_IRI = KMO.rstrip("#")
LANGUAGES = ("th", "en")
EXPECTED_KIND = {"class": OWL + "Class", "object property": OWL + "ObjectProperty",
                 "datatype property": OWL + "DatatypeProperty"}
# A triple as check_ontology reads it: subject, predicate, object (IRIs and literal values as text) and whether
# the object is an IRI.
Fact = tuple[str, str, str, bool]


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]
    checked: int
    ontology_problems: tuple[str, ...] | None = None  # None: the ontology was not checked

    @property
    def ok(self) -> bool:
        return self.conforms and not self.ontology_problems

    def text(self) -> str:
        """A readable report: one line per problem, then a verdict."""
        lines = [
            f"✗ {v.severity}: {v.focus}" + (f" ({v.path})" if v.path else "") + f": {v.message}"
            for v in self.violations
        ]
        verdict = "conforms" if self.conforms else f"does not conform: {len(self.violations)} problem(s)"
        lines.append(f"{self.checked:,} triples checked against ontology/shapes.ttl: {verdict}")
        if self.ontology_problems is not None:
            lines += [f"✗ ontology: {problem}" for problem in self.ontology_problems]
            lines.append("ontology: conforms (every kmo: term used is declared and documented in th and en)"
                         if not self.ontology_problems else
                         f"ontology: {len(self.ontology_problems)} problem(s)")
        return "\n".join(lines)


def _short(term, prefixes: dict[str, str] = PREFIXES) -> str:
    text = str(term)
    return short(text, prefixes) or (f"<{text}>" if text.startswith(("http", "urn", "tel")) else text)


def validate_graph(data) -> ValidationReport:
    """Validate an rdflib graph or dataset (its union) against the shapes, with the ontology and concepts."""
    import rdflib
    from pyshacl import validate


    shapes = rdflib.Graph().parse(tables.ontology_file("shapes.ttl"), format="turtle")
    extra = rdflib.Graph()
    extra.parse(tables.ontology_file("kmgraph.ttl"), format="turtle")
    extra.parse(tables.ontology_file("concepts.ttl"), format="turtle")
    if isinstance(data, rdflib.Dataset):
        union = rdflib.Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        data = union
    conforms, results, _ = validate(data, shacl_graph=shapes, ont_graph=extra, inference="none",
                                    allow_warnings=True)
    violations = []
    sh = rdflib.Namespace(SH)
    for result in results.subjects(rdflib.RDF.type, sh.ValidationResult):
        path = results.value(result, sh.resultPath)
        violations.append(Violation(
            focus=_short(results.value(result, sh.focusNode), PREFIXES),
            path=_short(path, PREFIXES) if path is not None else None,
            message=str(results.value(result, sh.resultMessage) or "constraint not met"),
            severity=_short(results.value(result, sh.resultSeverity), {"": SH}).lstrip(":"),
        ))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(bool(conforms), tuple(violations), len(data))


def validate_file(path: str | Path) -> ValidationReport:
    """Validate a Turtle, TriG, N-Triples, N-Quads or JSON-LD file; InputError if it is missing or not RDF."""
    import rdflib

    from .io import format_of

    if not Path(path).is_file():
        raise InputError(path, "no such file (run `kmgraph build` first?)")
    fmt = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}[format_of(path)]
    graph = rdflib.Dataset() if fmt in ("trig", "nquads") else rdflib.Graph()
    try:
        graph.parse(path, format=fmt)
    except (ValueError, SyntaxError) as error:
        raise InputError(path, f"cannot be read as RDF: {error}") from error
    report = validate_graph(graph)
    problems = tuple(check_ontology(data_facts(graph)))
    return ValidationReport(report.conforms, report.violations, report.checked, problems)


def _facts(path: Path) -> list[tuple]:
    import pyoxigraph as ox

    return [(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]


def _languages(facts, subject: str, predicate: str) -> set[str]:
    import pyoxigraph as ox

    return {o.language for s, p, o in facts if s.value == subject and p.value == predicate
            and isinstance(o, ox.Literal) and o.language and o.value.strip()}


def used_terms(facts: Iterable[Fact]) -> dict[str, set[str]]:
    """kmo: terms by the role they are used in: class (object of rdf:type), object or datatype property
    (predicate with an IRI or a literal object), or term (anywhere else)."""
    used: dict[str, set[str]] = {}
    for subject, predicate, obj, obj_is_iri in facts:
        if predicate.startswith(KMO):
            used.setdefault(predicate, set()).add("object property" if obj_is_iri else "datatype property")
        if subject.startswith(KMO) and subject != KMO:
            used.setdefault(subject, set()).add("term")
        if obj_is_iri and obj.startswith(KMO) and obj != KMO:
            used.setdefault(obj, set()).add("class" if predicate == RDF + "type" else "term")
    return used


def check_ontology(data: Iterable[Fact] = ()) -> list[str]:
    """Problems of the ontology (ontology/*.ttl), one line each; none when every kmo: term is declared with a
    type and has rdfs:label and rdfs:comment in Thai and English, every concept and scheme has skos:definition
    in both, and every kmo: term used (in data, concepts, shapes and the stored .rq queries) is declared as
    what it is used as."""
    import pyoxigraph as ox

    ontology = _facts(tables.ontology_file("kmgraph.ttl"))
    concepts = _facts(tables.ontology_file("concepts.ttl"))
    shapes = _facts(tables.ontology_file("shapes.ttl"))
    declared: dict[str, set[str]] = {}
    for s, p, o in ontology:
        if p.value == RDF + "type" and isinstance(s, ox.NamedNode) and s.value.startswith(KMO):
            declared.setdefault(s.value, set()).add(o.value)
    problems = []
    for iri in sorted({s.value for s, _, _ in ontology if isinstance(s, ox.NamedNode) and s.value.startswith(KMO)}
                      - declared.keys()):
        problems.append(f"kmo:{iri.removeprefix(KMO)} is described in kmgraph.ttl but not declared with a type")
    for iri in [*sorted(declared), ONTOLOGY_IRI]:
        for predicate in (RDFS + "label", RDFS + "comment"):
            missing = [lang for lang in LANGUAGES if lang not in _languages(ontology, iri, predicate)]
            if missing:
                name = short(iri) or iri
                problems.append(f"{name} has no rdfs:{predicate.removeprefix(RDFS)} in {', '.join(missing)}")
    schemes = {s.value for s, p, o in concepts if p.value == RDF + "type"
               and o.value in (SKOS + "Concept", SKOS + "ConceptScheme")}
    for iri in sorted(schemes):
        missing = [lang for lang in LANGUAGES if lang not in _languages(concepts, iri, SKOS + "definition")]
        if missing:
            problems.append(f"{short(iri) or iri} has no skos:definition in {', '.join(missing)}")

    def fact(s, p, o) -> Fact:
        return (s.value if isinstance(s, ox.NamedNode) else "", p.value, o.value, isinstance(o, ox.NamedNode))

    used = used_terms([*data, *(fact(*t) for t in concepts)])
    for s, p, o in shapes:  # shapes name kmo: terms as targets, classes and paths: declared is enough
        for term in (s, p, o):
            if isinstance(term, ox.NamedNode) and term.value.startswith(KMO) and term.value != KMO:
                used.setdefault(term.value, set()).add("term")
    for path in sorted(Path(__file__).resolve().parent.parent.rglob("*.rq")):
        for name in re.findall(r"\bkmo:(\w+)", path.read_text(encoding="utf-8")):
            used.setdefault(KMO + name, set()).add("term")
    for iri, roles in sorted(used.items()):
        name = f"kmo:{iri.removeprefix(KMO)}"
        if iri not in declared:
            problems.append(f"{name} is used but not declared in kmgraph.ttl")
            continue
        problems += [f"{name} is used as a {role} but not declared one" for role in sorted(roles)
                     if role in EXPECTED_KIND and EXPECTED_KIND[role] not in declared[iri]]
    return problems


def data_facts(graph) -> list[Fact]:
    """The facts of an rdflib graph or dataset, as check_ontology reads them."""
    import rdflib

    triples = (q[:3] for q in graph.quads((None, None, None, None))) if isinstance(graph, rdflib.Dataset) else graph
    return [(str(s) if isinstance(s, rdflib.URIRef) else "", str(p), str(o), isinstance(o, rdflib.URIRef))
            for s, p, o in triples]
