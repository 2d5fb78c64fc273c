"""The build's sinks share add / finish / abort: an aborted sink leaves nothing half-written, a finished one its
complete output."""

from __future__ import annotations

import pyoxigraph as ox

from kmgraph.build.cache import _process
from kmgraph.build.sinks import FileSink, Shared, VoidSink
from kmgraph.rdf.mapping import GraphOptions
from tests.conftest import SEEDS


def outputs_of_seeds():
    options = GraphOptions()
    return [output for path in sorted(SEEDS.glob("*.txt")) for output in _process((path, None, options, False))]


def test_an_aborted_file_sink_leaves_no_file(tmp_path):
    sink = FileSink(tmp_path)
    for output in outputs_of_seeds():
        sink.add(output)
    sink.abort(KeyboardInterrupt())
    sink.abort()  # a second abort (the build's error path after a failed finish) is harmless
    assert list(tmp_path.iterdir()) == []


def test_finished_sinks_write_their_outputs(tmp_path):
    files, void = FileSink(tmp_path), VoidSink(tmp_path, GraphOptions())
    records = outputs_of_seeds()
    for output in records:
        files.add(output)
        void.add(output)
    shared = Shared([], [], ox.NamedNode("https://w3id.org/kmgraph/id/graph/concepts"))
    written: dict = {}
    files.finish(shared, written)
    void.finish(shared, written)
    assert sorted(written) == ["trig", "ttl", "void"]
    quads = list(ox.parse(path=str(written["trig"]), format=ox.RdfFormat.TRIG))
    assert len({q.graph_name for q in quads}) == len(records) == 5
    assert void.triples == sum(output.own_triples for output in records)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
