"""`kmgraph docs`: the ontology's HTML page names every declared kmo: term and every concept, with Thai and
English labels, and fetches nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pyoxigraph as ox

from .conftest import ROOT

KMO = "https://w3id.org/kmgraph/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"


def test_the_page_documents_every_term_and_concept(tmp_path):
    out = tmp_path / "ontology.html"
    done = subprocess.run([sys.executable, "-m", "kmgraph.cli", "docs", "-o", str(out)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    ids = set(re.findall(r'<div class="term" id="([^"]+)">', page))
    ontology = list(ox.parse(path=str(ROOT / "ontology" / "kmgraph.ttl"), format=ox.RdfFormat.TURTLE))
    declared = {q.subject.value.removeprefix(KMO) for q in ontology
                if q.predicate.value == RDF_TYPE and q.subject.value.startswith(KMO)}
    assert len(declared) > 50 and declared <= ids
    concepts = list(ox.parse(path=str(ROOT / "ontology" / "concepts.ttl"), format=ox.RdfFormat.TURTLE))
    concept_ids = {"c-" + q.subject.value.rstrip("/").rsplit("/", 1)[-1] for q in concepts
                   if q.predicate.value == RDF_TYPE and q.object.value == SKOS + "Concept"}
    assert len(concept_ids) > 50 and concept_ids <= ids
    step = page[page.index('id="hasStep"'):].split("</div>", 1)[0]
    assert re.search(r'<span lang="th">[\u0e00-\u0e7f]', step) and "·" in step
    assert "<script" not in page and "src=" not in page and "<link" not in page
    assert "default-src 'none'" in page
