"""SHACL validation: the seeds conform; broken data is reported."""

import rdflib

from kmgraph.build import build
from kmgraph.validate import validate_file, validate_graph

from .conftest import SEEDS

KMO = rdflib.Namespace("https://w3id.org/kmgraph/ontology#")
DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")


def test_seeds_conform(tmp_path):
    build([SEEDS], tmp_path)
    report = validate_file(tmp_path / "kmgraph.ttl")
    assert report.conforms and not report.violations
    assert "conforms" in report.text()
    assert validate_file(tmp_path / "kmgraph.trig").conforms


def test_missing_title_bad_step_and_bad_province_are_reported(tmp_path):
    build([SEEDS], tmp_path)
    graph = rdflib.Graph().parse(tmp_path / "kmgraph.ttl")
    record = next(graph.subjects(DCTERMS.identifier, rdflib.Literal("000_5796a825079509ea")))
    graph.remove((record, DCTERMS.title, None))
    step = next(graph.objects(record, KMO.hasStep))
    graph.remove((step, KMO.order, None))
    province = next(graph.subjects(rdflib.RDF.type, KMO.Province))
    graph.set((province, KMO.isoCode, rdflib.Literal("Lampang")))
    report = validate_graph(graph)
    assert not report.conforms
    text = report.text()
    assert "title" in text and "kmo:order" in text and "ISO 3166-2" in text
    assert "does not conform: 3 problem(s)" in text
