"""SHACL validation: the seeds conform; broken data is reported."""

import rdflib

from kmgraph.build.pipeline import build
from kmgraph.rdf.validate import validate_file, validate_graph
from tests.conftest import SEEDS

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


NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


def _validate_cli(path):
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "kmgraph.cli", "validate", str(path)], capture_output=True,
                          text=True, env=os.environ.copy(), timeout=300)


def test_untyped_record_and_reversed_span_are_reported_by_the_cli(tmp_path):
    """Issue #12 (16): a record without rdf:type and a span that ends before it begins were not reported."""
    build([SEEDS], tmp_path / "out")
    graph = rdflib.Graph().parse(tmp_path / "out" / "kmgraph.ttl")
    record = next(graph.subjects(DCTERMS.identifier, rdflib.Literal("000_5796a825079509ea")))
    untyped = rdflib.Graph()
    for triple in graph:
        untyped.add(triple)
    untyped.remove((record, rdflib.RDF.type, None))
    untyped.serialize(tmp_path / "untyped.ttl", format="turtle")
    step = next(graph.objects(record, KMO.hasStep))
    begin, end = graph.value(step, NIF.beginIndex), graph.value(step, NIF.endIndex)
    assert int(begin) < int(end)
    graph.set((step, NIF.beginIndex, end))
    graph.set((step, NIF.endIndex, begin))
    graph.serialize(tmp_path / "reversed.ttl", format="turtle")

    untyped_run = _validate_cli(tmp_path / "untyped.ttl")
    assert untyped_run.returncode == 1, untyped_run.stdout + untyped_run.stderr
    assert "record/000_5796a825079509ea> (rdf:type): a record" in untyped_run.stdout
    assert "must be typed kmo:KnowledgeRecord" in untyped_run.stdout

    reversed_run = _validate_cli(tmp_path / "reversed.ttl")
    assert reversed_run.returncode == 1, reversed_run.stdout + reversed_run.stderr
    assert f"step/1>: a span must not end before it begins (nif:beginIndex {end} > nif:endIndex {begin})" \
        in reversed_run.stdout


def test_a_source_span_is_checked_though_its_class_is_not_stated(tmp_path):
    """Spans are typed by the range of kmo:sourceSpan, not on each node: the shape targets what kmo:sourceSpan
    points at, so a span without its end is still reported."""
    build([SEEDS], tmp_path)
    graph = rdflib.Graph().parse(tmp_path / "kmgraph.ttl")
    span = next(graph.objects(None, KMO.sourceSpan))
    assert (span, rdflib.RDF.type, KMO.SourceSpan) not in graph
    graph.remove((span, NIF.endIndex, None))
    report = validate_graph(graph)
    assert not report.conforms
    assert "endIndex" in report.text()
