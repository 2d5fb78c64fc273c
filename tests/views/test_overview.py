"""The two ways to the overview's graph give the same graph and the same pages: a build makes it from what its
workers hand over (views.overview.overview_graph: no store, no SPARQL), `kmgraph html` reads it from a store or an
RDF file (views.graph.read_graph). Checked node for node, edge for edge and in their order (which the pages follow),
and page for page, byte for byte, on the seeds, the records met in the wild and a generated corpus big enough for
the overview's summary level."""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
import pytest

from kmgraph.build.cache import _process
from kmgraph.build.outputs import concept_triples
from kmgraph.build.pipeline import build
from kmgraph.model import InputError
from kmgraph.rdf.mapping import GraphOptions
from kmgraph.readers.files import iter_record_files
from kmgraph.views.graph import open_source, read_graph
from kmgraph.views.html import SUMMARY_FROM_RECORDS, write_pages
from kmgraph.views.overview import RecordView, overview_graph, record_view, term_value
from tests.conftest import FIXTURES, ROOT, SEEDS

PAGES = ("kmgraph.html", "map.html", "heatmap.html", "quality.html")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A generated corpus with more records than the overview draws without its summary level."""
    folder = tmp_path_factory.mktemp("corpus")
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(SUMMARY_FROM_RECORDS + 20),
                          "--seed", "5", "-o", str(folder)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return folder / "records"


def direct_graph(folder, options: GraphOptions):
    """The graph a build draws: each record's view as its worker makes it, in build order, and the shared triples."""
    files = sorted(iter_record_files([folder], []), key=lambda p: (p.stem, str(p)))
    views: list[RecordView] = []
    shared: set[str] = set()
    for path in files:
        outcome = _process((path, None, options, False))
        if isinstance(outcome, InputError):
            continue
        for output in outcome:
            views.append(output.view)
            shared.update(output.shared)
    triples = [q.triple for q in ox.parse("\n".join(sorted(shared)).encode(), format=ox.RdfFormat.N_TRIPLES)]
    return overview_graph(views, triples + list(concept_triples())), len(views)


def shape(graph):
    """Everything the pages are drawn from: nodes with their attributes, each node's neighbours and the edges with
    theirs, all in order."""
    return (list(graph.nodes(data=True)), [(n, list(graph.adj[n])) for n in graph], list(graph.edges(data=True)))


@pytest.mark.parametrize("name, folder, options", [
    ("seeds", SEEDS, GraphOptions()),
    ("seeds redacted", SEEDS, GraphOptions(redact=frozenset({"phone", "email"}))),
    ("wild", FIXTURES / "wild", GraphOptions()),
    ("wild-new", FIXTURES / "wild-new", GraphOptions()),
    ("corpus", None, GraphOptions()),
])
def test_a_build_draws_the_graph_and_pages_kmgraph_html_reads_from_its_output(name, folder, options, corpus,
                                                                               tmp_path):
    folder = folder or corpus
    out = tmp_path / "out"
    build([folder], out, options)
    direct, records = direct_graph(folder, options)
    read = read_graph(open_source(data=out / "kmgraph.trig"))
    assert records > 0 and sum(d["cls"] == "record" for _, d in direct.nodes(data=True)) == records
    assert shape(direct) == shape(read)
    write_pages(tmp_path / "direct", direct)
    write_pages(tmp_path / "read", open_source(data=out / "kmgraph.trig"))
    for page in PAGES:  # the build's own pages, drawn from the direct graph, and the pages read back: byte-identical
        built = (out / page).read_bytes()
        assert built == (tmp_path / "direct" / page).read_bytes() == (tmp_path / "read" / page).read_bytes(), page


def test_a_record_view_holds_what_the_queries_read_with_literals_unescaped():
    record = "<https://example.org/r/1>"
    span, step, quantity, tenth, source = (f"<https://example.org/r/1/{p}>"
                                           for p in ("span/p", "step/1", "quantity/1", "quantity/10", "s"))
    kmo, dcterms = "https://w3id.org/kmgraph/ontology#", "http://purl.org/dc/terms/"
    statements = [
        (record, dcterms + "identifier", '"r1"'), (record, kmo + "template", '"numbered-form"'),
        (record, dcterms + "title", '"a \\"quoted\\"\\ntitle"@th'), (record, kmo + "sourceSpan", span),
        (record, kmo + "hasStep", step), (record, kmo + "hasQuantity", quantity),
        (record, "http://www.w3.org/ns/prov#wasDerivedFrom", source),
        (record, kmo + "appliesPrinciple", "<https://w3id.org/kmgraph/concept/sep>"),
        (record, kmo + "warning", '"b"'), (record, kmo + "warning", '"a"'),
        (span, kmo + "refersTo", "<https://w3id.org/kmgraph/concept/sep>"), (span, kmo + "context", '"ctx"@th'),
        (span, kmo + "field", '"province"'), (span, kmo + "foundBy", '"gazetteer"'),
        (step, kmo + "order", '"1"^^<http://www.w3.org/2001/XMLSchema#positiveInteger>'),
        (step, kmo + "text", '"do"@th'),
        (quantity, "http://schema.org/value", '"2.5"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
        (quantity, "http://schema.org/unitText", '"kg"@th'),
        (quantity, "http://www.w3.org/2000/01/rdf-schema#label", '"2.5 kg"@th'),
        (source, kmo + "path", '"C:\\\\records\\\\r1.txt"'),
        (record, kmo + "hasQuantity", tenth),  # quantity/1 before quantity/10, as the IRIs sort (not "<…/10>")
        (tenth, "http://schema.org/value", '"10"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
        (tenth, "http://schema.org/unitText", '"m"@th'),
        (tenth, "http://www.w3.org/2000/01/rdf-schema#label", '"10 m"@th'),
    ]
    view = record_view(statements, record)
    assert view == RecordView(
        iri="https://example.org/r/1", id="r1", template="numbered-form", title='a "quoted"\ntitle', date=None,
        path="C:\\records\\r1.txt", links=(("kmo:appliesPrinciple", "https://w3id.org/kmgraph/concept/sep"),),
        contexts=(("https://w3id.org/kmgraph/concept/sep", "ctx"),), steps=("do",), outcomes=(),
        quantities=((2.5, "kg", "2.5 kg"), (10.0, "m", "10 m")), warnings=("a", "b"),
        inferred=(("province", "gazetteer"),))
    assert term_value('"\\\\n"') == "\\n"  # an escaped backslash before n is not a line end
