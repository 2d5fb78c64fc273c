"""What a publisher needs: schema.org in its usual http form everywhere, VoID/DCAT with licence, publisher,
creation date, SPARQL endpoint and example resources."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kmgraph.rdf.namespaces import PREFIXES

ROOT = Path(__file__).resolve().parent.parent


def test_schema_org_is_written_in_its_http_form(built_seeds):
    assert PREFIXES["schema"] == "http://schema.org/"
    sources = [*ROOT.glob("ontology/*.ttl"), *ROOT.glob("kmgraph/**/*.rq"), *ROOT.glob("kmgraph/**/*.py")]
    assert [str(p) for p in sources if "https://schema.org" in p.read_text(encoding="utf-8")] == []
    quads = list(ox.parse(path=str(built_seeds / "kmgraph.trig"), format=ox.RdfFormat.TRIG))
    used = {q.predicate.value for q in quads} | {q.object.value for q in quads if isinstance(q.object, ox.NamedNode)}
    assert any(iri.startswith("http://schema.org/") for iri in used)
    assert not any(iri.startswith("https://schema.org/") for iri in used)
