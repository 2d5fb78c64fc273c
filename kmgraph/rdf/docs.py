"""An HTML page documenting the ontology, made from ontology/kmgraph.ttl and concepts.ttl: the header, the classes
and properties (Thai and English labels and comments, domain, range, superclasses) and the concept schemes with
their concepts (labels and definitions). One offline page: inline CSS, nothing fetched."""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from .. import tables
from .namespaces import DCTERMS, KMO, RDF, RDFS, SKOS, short

OWL = "http://www.w3.org/2002/07/owl#"
SECTIONS = (("Classes · คลาส", OWL + "Class"), ("Object properties · ความสัมพันธ์", OWL + "ObjectProperty"),
            ("Datatype properties · คุณสมบัติข้อมูล", OWL + "DatatypeProperty"))
STYLE = """
body { margin: 0 auto; max-width: 1000px; padding: 1rem; font: 16px/1.7 "Noto Sans Thai", "Sarabun", "Tahoma",
       system-ui, sans-serif; color: #1f2328; }
h1 { font-size: 1.5rem; } h2 { border-bottom: 1px solid #d0d7de; margin-top: 2rem; } h3 { margin-bottom: 0.2rem; }
.term { margin: 0 0 1rem; padding-left: 0.8rem; border-left: 3px solid #d0d7de; }
.iri, .meta { color: #57606a; font-size: 0.85rem; word-break: break-all; }
nav a { margin-right: 0.8rem; }
"""


class Described:
    """The facts of some Turtle files, by subject."""

    def __init__(self, *paths: Path):
        self.by_subject: dict[str, list[tuple[str, ox.NamedNode | ox.Literal]]] = defaultdict(list)
        for path in paths:
            for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
                if isinstance(quad.subject, ox.NamedNode):
                    self.by_subject[quad.subject.value].append((quad.predicate.value, quad.object))

    def values(self, subject: str, predicate: str) -> list:
        return [o for p, o in self.by_subject.get(subject, ()) if p == predicate]

    def text(self, subject: str, predicate: str, lang: str) -> str:
        return next((o.value for o in self.values(subject, predicate)
                     if isinstance(o, ox.Literal) and o.language == lang), "")

    def of_type(self, kind: str) -> list[str]:
        return sorted(s for s in self.by_subject if any(o.value == kind for o in self.values(s, RDF + "type")))


def _name(iri: str) -> str:
    return short(iri) or iri


def _link(iri: str) -> str:
    target = "#" + iri.removeprefix(KMO) if iri.startswith(KMO) else "#" + _anchor(iri) if "/concept/" in iri else iri
    return f'<a href="{html.escape(target)}">{html.escape(_name(iri))}</a>'


def _anchor(iri: str) -> str:
    return iri.removeprefix(KMO) if iri.startswith(KMO) else "c-" + iri.rstrip("/").rsplit("/", 1)[-1]


def _term(doc: Described, iri: str, label: str, comment: str) -> str:
    parts = [f'<div class="term" id="{html.escape(_anchor(iri))}">',
             f'<h3><span lang="th">{html.escape(doc.text(iri, label, "th"))}</span> · '
             f'{html.escape(doc.text(iri, label, "en"))}</h3>',
             f'<div class="iri">{html.escape(_name(iri))} — {html.escape(iri)}</div>']
    for lang in ("th", "en"):
        if text := doc.text(iri, comment, lang):
            parts.append(f'<p lang="{lang}">{html.escape(text)}</p>')
    meta = [f"{name}: " + ", ".join(_link(o.value) for o in doc.values(iri, predicate) if isinstance(o, ox.NamedNode))
            for name, predicate in (("subclass of", RDFS + "subClassOf"), ("domain", RDFS + "domain"),
                                    ("range", RDFS + "range"), ("in scheme", SKOS + "inScheme"),
                                    ("broader", SKOS + "broader"))
            if any(isinstance(o, ox.NamedNode) for o in doc.values(iri, predicate))]
    if meta:
        parts.append(f'<div class="meta">{" · ".join(meta)}</div>')
    parts.append("</div>")
    return "\n".join(parts)


def ontology_html() -> str:
    """The page, as text."""
    doc = Described(tables.ontology_file("kmgraph.ttl"), tables.ontology_file("concepts.ttl"))
    header = KMO.rstrip("#")
    title = doc.text(header, DCTERMS + "title", "en") or doc.text(header, RDFS + "label", "en") or "kmgraph ontology"
    licence = [o.value for o in doc.values(header, DCTERMS + "license")]
    body = [f"<h1>{html.escape(title)}</h1>",
            f'<p class="iri">{html.escape(KMO)}'
            + (f' · licence <a href="{html.escape(licence[0])}">{html.escape(licence[0])}</a>' if licence else "")
            + "</p>"]
    for lang in ("th", "en"):
        if text := doc.text(header, RDFS + "comment", lang):
            body.append(f'<p lang="{lang}">{html.escape(text)}</p>')
    nav, sections = [], []
    for index, (name, kind) in enumerate(SECTIONS):
        terms = [iri for iri in doc.of_type(kind) if iri.startswith(KMO)]
        nav.append(f'<a href="#s{index}">{html.escape(name)} ({len(terms)})</a>')
        sections.append(f'<h2 id="s{index}">{html.escape(name)}</h2>')
        sections += [_term(doc, iri, RDFS + "label", RDFS + "comment") for iri in terms]
    listed = {iri for _, kind in SECTIONS for iri in doc.of_type(kind)}
    others = sorted(iri for iri in doc.by_subject if iri.startswith(KMO) and iri not in listed
                    and doc.values(iri, RDF + "type"))
    if others:
        nav.append(f'<a href="#others">Other terms · อื่น ๆ ({len(others)})</a>')
        sections.append('<h2 id="others">Other terms · อื่น ๆ</h2>')
        sections += [_term(doc, iri, RDFS + "label", RDFS + "comment") for iri in others]
    schemes = doc.of_type(SKOS + "ConceptScheme")
    nav.append(f'<a href="#concepts">Concepts · แนวคิด ({len(doc.of_type(SKOS + "Concept"))})</a>')
    sections.append('<h2 id="concepts">Concepts · แนวคิด</h2>')
    for scheme in schemes:
        sections.append(_term(doc, scheme, SKOS + "prefLabel", SKOS + "definition"))
        members = [c for c in doc.of_type(SKOS + "Concept")
                   if any(o.value == scheme for o in doc.values(c, SKOS + "inScheme"))]
        sections += [_term(doc, c, SKOS + "prefLabel", SKOS + "definition") for c in members]
    return f"""<!DOCTYPE html>
<html lang="th">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{html.escape(title)}</title><style>{STYLE}</style></head>
<body>
{chr(10).join(body)}
<nav>{" ".join(nav)}</nav>
{chr(10).join(sections)}
</body></html>
"""


def write_ontology_html(path: str | Path) -> Path:
    from ..files import write_atomic

    path = Path(path)
    text = ontology_html().encode("utf-8")
    write_atomic(path, lambda handle: handle.write(text))
    return path
