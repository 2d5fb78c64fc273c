"""The registry of export formats: the five RDF formats, a new format by one register call, unknown ones refused."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from kmgraph.errors import UsageError
from kmgraph.exports import formats as registry

QUADS = [ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/b"), ox.Literal("ค่า"), ox.NamedNode("http://x/g"))]


def test_the_rdf_formats_are_registered_and_write():
    assert list(registry.formats()) == ["ttl", "nt", "jsonld", "trig", "nq"]
    out = io.BytesIO()
    registry.export(QUADS, "nq", out)
    assert out.getvalue().decode() == '<http://x/a> <http://x/b> "ค่า" <http://x/g> .\n'


def test_a_new_format_is_one_register_call(tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "_FORMATS", dict(registry._FORMATS))

    def csv(quads, out):
        out.write("".join(f"{q.subject.value},{q.object.value}\n" for q in quads).encode())

    registry.register(registry.ExportFormat("csv", "CSV edges", False, csv))
    registry.export(QUADS, "csv", tmp_path / "edges.csv")
    assert (tmp_path / "edges.csv").read_text() == "http://x/a,ค่า\n"
    with pytest.raises(UsageError, match="unknown export format 'gexf'"):
        registry.export(QUADS, "gexf", io.BytesIO())
