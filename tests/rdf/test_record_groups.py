"""The build's per-subject path (record_groups, TurtleWriter.write_groups, overview.view_of) gives what the flat
path gives (record_statements, TurtleWriter.write, overview.record_view): seeds and wild records, with --redact."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kmgraph.build.outputs import _drawn_predicates, _turtle_writer, record_output
from kmgraph.extract.records import parse_file
from kmgraph.rdf.mapping import GraphOptions, IriMinter, record_groups, record_statements
from kmgraph.rdf.namespaces import PREFIXES
from kmgraph.readers.files import read_record_bytes
from kmgraph.views.overview import record_view
from tests.conftest import ROOT, SEEDS

OPTIONS = (GraphOptions(), GraphOptions(redact=frozenset({"phone", "email"})))


def _records():
    for path in sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "wild").glob("*.txt"))[:25]:
        yield from parse_file(path, read_record_bytes(path))


@pytest.mark.parametrize("options", OPTIONS, ids=["plain", "redacted"])
def test_groups_write_the_same_turtle_and_view_as_the_flat_statements(options):
    writer = _turtle_writer(options.base_iri)
    checked = 0
    for record in _records():
        groups = record_groups(record, options)
        statements = record_statements(record, options)
        assert [s for s, _ in groups] == sorted({s for s, _, _ in statements})
        assert [(s, p, o) for s, pairs in groups for p, o in pairs] == statements
        turtle = writer.write_groups(groups)
        assert turtle == writer.write(statements)
        header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
        assert len(list(ox.parse(header + turtle, format=ox.RdfFormat.TURTLE))) == len(statements)
        output = record_output(record, "key", options)
        mint = IriMinter(options.base_iri)
        subject = f"<{mint.record(record.id)}>"
        own = (subject[:-1], f"<{mint.source(record.id)}")
        drawn = [(s, p, o) for s, p, o in statements if s.startswith(own) and p in _drawn_predicates(s, subject)]
        assert output.view == record_view(drawn, subject)
        checked += 1
    assert checked >= 20
