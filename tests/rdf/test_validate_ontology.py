"""`kmgraph validate` also checks the ontology itself, through the CLI: a term without its English comment, a
declaration removed, or data using an undeclared kmo: term each make it fail (exit 1) with a line naming it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pyoxigraph as ox

from tests.conftest import ROOT

KMO = "https://w3id.org/kmgraph/ontology#"
COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"


def validate(path, ontology_dir=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if ontology_dir:
        env["KMGRAPH_ONTOLOGY"] = str(ontology_dir)
    return subprocess.run([sys.executable, "-m", "kmgraph.cli", "validate", str(path)], capture_output=True,
                          text=True, env=env, timeout=300)


def test_the_ontology_as_shipped_passes(built_seeds):
    done = validate(built_seeds / "kmgraph.ttl")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ontology: conforms (every kmo: term used is declared and documented in th and en)" in done.stdout


def test_an_undocumented_or_undeclared_term_fails(built_seeds, tmp_path):
    ontology = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", ontology)
    store = ox.Store()
    store.load(path=str(ontology / "kmgraph.ttl"), format=ox.RdfFormat.TURTLE)
    has_step = ox.NamedNode(KMO + "hasStep")
    english = [q for q in store.quads_for_pattern(has_step, ox.NamedNode(COMMENT), None) if q.object.language == "en"]
    assert english
    for quad in [*english, *store.quads_for_pattern(ox.NamedNode(KMO + "SepRing"), None, None)]:
        store.remove(quad)
    store.dump(str(ontology / "kmgraph.ttl"), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    done = validate(built_seeds / "kmgraph.ttl", ontology)
    assert done.returncode == 1
    assert "✗ ontology: kmo:hasStep has no rdfs:comment in en" in done.stdout
    assert "✗ ontology: kmo:SepRing is used but not declared in kmgraph.ttl" in done.stdout
    assert "the ontology has 2 problem(s)" in done.stderr


def test_data_with_an_undeclared_kmo_term_fails(tmp_path):
    data = tmp_path / "data.ttl"
    data.write_text(f"<https://example.org/x> a <{KMO}Nonsense> ; <{KMO}hasStep> \"text\" .\n", encoding="utf-8")
    done = validate(data)
    assert done.returncode == 1
    assert "kmo:Nonsense is used but not declared" in done.stdout
    assert "kmo:hasStep is used as a datatype property but not declared one" in done.stdout
