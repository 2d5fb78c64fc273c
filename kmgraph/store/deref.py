"""Linked Data for `kmgraph serve --base-iri`: a GET of a path under the base answers with what the store says
about that IRI (DESCRIBE: its concise bounded description over all graphs) as Turtle, JSON-LD or an HTML page,
chosen by the Accept header, so the data's IRIs dereference (e.g. behind a w3id.org redirect)."""

from __future__ import annotations

import base64
import hashlib
import html
from urllib.parse import unquote, urlsplit

import pyoxigraph as ox

from ..rdf.namespaces import PREFIXES, short

VIEWS = {  # media type → what to answer
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/ld+json": "jsonld", "application/json": "jsonld",
    "application/n-triples": "ntriples",
    "text/html": "html", "application/xhtml+xml": "html",
}
MEDIA_TYPES = {"turtle": "text/turtle", "jsonld": "application/ld+json", "ntriples": "application/n-triples",
               "html": "text/html"}
FORMATS = {"turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "ntriples": ox.RdfFormat.N_TRIPLES}


def resource_iri(path: str, base_iri: str) -> str | None:
    """The IRI a request path names: the base plus the path (with or without the base's own path in front);
    None for a path that cannot name one (empty, or with characters an IRI may not hold)."""
    path = unquote(urlsplit(path).path)
    base_path = urlsplit(base_iri).path
    if base_path not in ("", "/") and path.startswith(base_path):
        path = path[len(base_path):]
    rest = path.lstrip("/")
    if not rest or any(ch in rest for ch in '<>"{}|^`\\ \t\n'):
        return None
    return base_iri + rest


def choose_view(accept: str) -> str:
    """turtle, jsonld, ntriples or html by the Accept header's weights (Turtle when nothing known is asked)."""
    best, best_q = "turtle", -1.0
    for part in accept.split(","):
        pieces = [p.strip() for p in part.split(";")]
        mime, q = pieces[0].lower(), 1.0
        for parameter in pieces[1:]:
            if parameter.startswith("q="):
                try:
                    q = float(parameter[2:])
                except ValueError:
                    q = 0.0
        if mime in VIEWS and q > best_q and q > 0:
            best, best_q = VIEWS[mime], q
    return best


def describe_query(iri: str) -> str:
    return f"DESCRIBE <{iri}>"


def render(iri: str, ntriples: bytes, view: str, base_iri: str) -> tuple[bytes, str]:
    """The description (N-Triples from the store) as the view asks: body and media type."""
    if view == "html":
        return html_page(iri, ntriples, base_iri), "text/html; charset=utf-8"
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)]
    prefixes = PREFIXES if view == "turtle" else None
    body = ox.serialize(triples, format=FORMATS[view], prefixes=prefixes) if prefixes else \
        ox.serialize(triples, format=FORMATS[view])
    return body, f"{MEDIA_TYPES[view]}; charset=utf-8"


STYLE = """
body { margin: 0 auto; max-width: 1100px; padding: 1rem; font: 16px/1.7 "Noto Sans Thai", "Sarabun", "Tahoma",
       system-ui, sans-serif; color: #1f2328; }
h1 { font-size: 1.2rem; word-break: break-all; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #d0d7de; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
td { word-break: break-word; }
.muted { color: #57606a; font-size: 0.9rem; }
"""
STYLE_HASH = "'sha256-" + base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode() + "'"
HTML_CSP = f"default-src 'none'; style-src {STYLE_HASH}; base-uri 'none'; form-action 'none'"


def _link(term, base_iri: str) -> str:
    if isinstance(term, ox.NamedNode):
        label = short(term.value) or term.value
        href = "/" + term.value[len(base_iri):] if term.value.startswith(base_iri) else term.value
        return f'<a href="{html.escape(href)}">{html.escape(label)}</a>'
    if isinstance(term, ox.Literal):
        lang = f' lang="{html.escape(term.language)}"' if term.language else ""
        return f"<span{lang}>{html.escape(term.value)}</span>"
    return html.escape(str(term))


def html_page(iri: str, ntriples: bytes, base_iri: str) -> bytes:
    """A readable page of the description: the resource's own statements first, then those of nodes it holds."""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)]
    triples.sort(key=lambda t: (t.subject.value != iri, str(t.subject), str(t.predicate), str(t.object)))
    labels = [t.object.value for t in triples if t.subject.value == iri and isinstance(t.object, ox.Literal)
              and t.predicate.value.endswith(("prefLabel", "#label", "/title", "/name"))]
    title = labels[0] if labels else iri
    rows = "\n".join(
        f"<tr><td>{'' if t.subject.value == iri else _link(t.subject, base_iri)}</td>"
        f"<td>{_link(t.predicate, base_iri)}</td><td>{_link(t.object, base_iri)}</td></tr>" for t in triples)
    page = f"""<!DOCTYPE html>
<html lang="th">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><link rel="icon" href="data:,"><style>{STYLE}</style></head>
<body>
<h1>{html.escape(title)}</h1>
<p class="muted">{html.escape(iri)} · <a href="?format=turtle">Turtle</a> · <a href="?format=jsonld">JSON-LD</a>
· <a href="/">SPARQL</a></p>
<table><thead><tr><th></th><th>property</th><th>value</th></tr></thead>
<tbody>
{rows}
</tbody></table>
</body></html>
"""
    return page.encode("utf-8")
