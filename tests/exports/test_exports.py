"""The registry of export formats (the five RDF formats, a new format by one register call, unknown ones refused)
and the exports for other tools, through the real CLI: GraphML and GEXF of the overview read back by networkx and
igraph with the view's counts, CSV for spreadsheets (BOM, Thai, RFC 4180, formulas made inert), JSON Lines equal
to `kmgraph records --format json`."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import igraph
import networkx as nx
import pyoxigraph as ox
import pytest

from kmgraph.errors import UsageError
from kmgraph.exports import formats as registry
from kmgraph.exports.table import COLUMNS
from kmgraph.views.graph import open_source, read_graph, select_view
from tests.conftest import SEEDS, seed

QUADS = [ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/b"), ox.Literal("ค่า"), ox.NamedNode("http://x/g"))]


def test_the_rdf_formats_are_registered_and_write():
    assert list(registry.formats()) == ["ttl", "nt", "jsonld", "trig", "nq", "graphml", "gexf", "csv", "jsonl"]
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
    with pytest.raises(UsageError, match="unknown export format 'xlsx'"):
        registry.export(QUADS, "xlsx", io.BytesIO())


def kmgraph(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kmgraph.cli", *args], capture_output=True, cwd=cwd,
                          env=os.environ.copy(), timeout=300)


def overview(store: Path) -> nx.Graph:
    """The networkx graph the overview page draws."""
    return select_view(read_graph(open_source(store)), "all")


def test_graphml_loads_in_networkx_and_igraph_with_the_views_counts(built_seeds, tmp_path):
    view = overview(built_seeds / "store")
    out = tmp_path / "seeds.graphml"
    done = kmgraph("export", "--format", "graphml", "--store", str(built_seeds / "store"), "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()
    graph = nx.read_graphml(out)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (view.number_of_nodes(), view.number_of_edges())
    assert set(graph.nodes) == set(view.nodes)  # node ids are the IRIs
    lampang = "https://w3id.org/kmgraph/id/province/TH-52"
    assert graph.nodes[lampang]["label"] == "ลำปาง" and graph.nodes[lampang]["cls"] == "province"
    record = next(n for n, d in view.nodes(data=True) if d["cls"] == "record")
    assert graph.nodes[record]["principles"] == "; ".join(view.nodes[record]["principles"])
    assert graph.nodes[record]["label"] == view.nodes[record]["full"]
    other = igraph.Graph.Read_GraphML(str(out))
    assert (other.vcount(), other.ecount()) == (view.number_of_nodes(), view.number_of_edges())
    assert "ลำปาง" in other.vs["label"]
    # the same graph from the TriG file (--data) instead of the store
    again = tmp_path / "again.graphml"
    assert kmgraph("export", "--format", "graphml", "--data", str(built_seeds / "kmgraph.trig"),
                   "-o", str(again)).returncode == 0
    assert nx.utils.graphs_equal(nx.read_graphml(again), graph)


def test_gexf_loads_in_networkx_and_through_it_in_igraph_with_the_views_counts(built_seeds, tmp_path):
    """igraph has no GEXF reader: the file is read by networkx and converted (igraph.Graph.from_networkx)."""
    view = overview(built_seeds / "store")
    out = tmp_path / "seeds.gexf"
    done = kmgraph("export", "--format", "gexf", "--store", str(built_seeds / "store"), "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()
    graph = nx.read_gexf(out)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (view.number_of_nodes(), view.number_of_edges())
    assert set(graph.nodes) == set(view.nodes)
    assert graph.nodes["https://w3id.org/kmgraph/id/province/TH-52"]["label"] == "ลำปาง"
    other = igraph.Graph.from_networkx(graph)
    assert (other.vcount(), other.ecount()) == (view.number_of_nodes(), view.number_of_edges())


def hostile_record(folder: Path) -> Path:
    """A seed whose title is a spreadsheet formula, with a comma and a quote in it."""
    text = seed("000").read_text(encoding="utf-8")
    hostile = text.replace("เทคนิคการสร้างและพัฒนาผู้นำสมาชิก", '=HYPERLINK("http://x","คลิก, ที่นี่")', 1)
    path = folder / "hostile.txt"
    path.write_text(hostile, encoding="utf-8")
    return path


def test_csv_has_a_bom_thai_rfc4180_quoting_and_inert_formulas(tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    hostile_record(folder)
    out = tmp_path / "records.csv"
    done = kmgraph("export", "--format", "csv", str(folder), "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 7
    by_id = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    seed_row = by_id["000_5796a825079509ea"]
    assert seed_row["title"] == "เทคนิคการสร้างและพัฒนาผู้นำสมาชิก" and seed_row["province"] == "ลำปาง"
    assert seed_row["principles"] == "ปรัชญาของเศรษฐกิจพอเพียง; หลักการทรงงาน; การมีส่วนร่วม"
    assert seed_row["steps"] == "6"
    assert by_id["hostile"]["title"] == '\'=HYPERLINK("http://x","คลิก, ที่นี่")'
    assert b'"\'=HYPERLINK(""http://x"",""' in raw  # quoted, quotes doubled


def test_csv_and_jsonl_need_record_files_and_graph_formats_refuse_them(built_seeds):
    done = kmgraph("export", "--format", "csv")
    assert done.returncode == 2 and done.stderr.decode().count("\n") == 1
    assert "give the record files" in done.stderr.decode()
    done = kmgraph("export", "--format", "gexf", str(SEEDS))
    assert done.returncode == 2 and "not record files" in done.stderr.decode()


def test_jsonl_lines_equal_the_records_json_and_a_bad_file_is_reported(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    listed = kmgraph("records", str(SEEDS), "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0
    done = kmgraph("export", "--format", "jsonl", str(SEEDS), str(tmp_path / "empty.txt"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.decode().strip().splitlines() == [f"kmgraph: error: {tmp_path / 'empty.txt'}: empty file"]
    lines = done.stdout.decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == json.loads(listed.stdout)
    assert len(lines) == 5
