"""`kmgraph validate`: run the SHACL shapes of ontology/shapes.ttl over a graph with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import tables
from ..errors import InputError
from .namespaces import PREFIXES, SH, short


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

    def text(self) -> str:
        """A readable report: one line per problem, then a verdict."""
        lines = [
            f"✗ {v.severity}: {v.focus}" + (f" ({v.path})" if v.path else "") + f": {v.message}"
            for v in self.violations
        ]
        verdict = "conforms" if self.conforms else f"does not conform: {len(self.violations)} problem(s)"
        lines.append(f"{self.checked:,} triples checked against ontology/shapes.ttl: {verdict}")
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
    return validate_graph(graph)
