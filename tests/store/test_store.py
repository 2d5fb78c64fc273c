"""The embedded Oxigraph store: loading, atomic replacement, bad files, locks."""

import pyoxigraph as ox
import pytest

from kmgraph.errors import InputError
from kmgraph.rdf.io import parse_graphs
from kmgraph.store.embedded import StoreError, load_into_store, open_store

THAI = "การมีส่วนร่วม ๕ ก\u0e4d\u0e32 “อัญประกาศ”"


def count(directory) -> int:
    return len(open_store(directory, read_only=True))


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_build_fills_the_store(built_seeds):
    store = open_store(built_seeds / "store", read_only=True)
    graphs = {g.value for g in store.named_graphs()}
    assert len(graphs) == 7 and any(g.endswith("/graph/concepts") for g in graphs)  # 5 records, shared, concepts
    assert len(store) == sum(1 for _ in ox.parse(path=str(built_seeds / "kmgraph.trig"), format=ox.RdfFormat.TRIG))


def test_loading_again_replaces_graphs_without_duplicates(tmp_path, built_seeds):
    store_dir = tmp_path / "store"
    graphs, triples = load_into_store([built_seeds / "kmgraph.trig"], store_dir)
    first = count(store_dir)
    assert graphs == 7 and first == triples
    load_into_store([built_seeds / "kmgraph.trig"], store_dir)
    assert count(store_dir) == first


def test_a_changed_record_replaces_its_graph(tmp_path):
    store_dir = tmp_path / "store"
    one = write(tmp_path / "a.trig", '<http://g/1> { <http://x/r> <http://x/title> "เก่า"@th . '
                                     '<http://x/r> <http://x/step> "1" . }')
    load_into_store([one], store_dir)
    two = write(tmp_path / "b.trig", '<http://g/1> { <http://x/r> <http://x/title> "ใหม่"@th . }')
    load_into_store([two], store_dir)
    store = open_store(store_dir, read_only=True)
    assert [q.object.value for q in store.quads_for_pattern(None, None, None, None)] == ["ใหม่"]


def test_turtle_goes_to_the_named_graph_given(tmp_path):
    ttl = write(tmp_path / "x.ttl", f'<http://x/a> <http://x/b> "{THAI}"@th .\n')
    load_into_store([ttl], tmp_path / "store", default_graph="http://g/x")
    store = open_store(tmp_path / "store", read_only=True)
    (quad,) = list(store.quads_for_pattern(None, None, None, None))
    assert quad.graph_name.value == "http://g/x" and quad.object.value == THAI


def test_a_bad_file_changes_nothing(tmp_path):
    store_dir = tmp_path / "store"
    good = write(tmp_path / "good.nt", '<http://x/a> <http://x/b> "c" .\n')
    load_into_store([good], store_dir, default_graph="http://g/1")
    bad = write(tmp_path / "bad.ttl", "<http://x/a> <http://x/b> .\n")
    other = write(tmp_path / "other.nt", '<http://x/z> <http://x/b> "d" .\n')
    with pytest.raises(InputError, match="bad.ttl"):
        load_into_store([other, bad], store_dir, default_graph="http://g/1")
    store = open_store(store_dir, read_only=True)
    assert [q.subject.value for q in store.quads_for_pattern(None, None, None, None)] == ["http://x/a"]


def test_unreadable_inputs_name_the_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        parse_graphs(tmp_path / "missing.ttl")
    with pytest.raises(InputError, match="unknown RDF file type"):
        parse_graphs(write(tmp_path / "x.csv", "a,b"))
    with pytest.raises(InputError, match="no triples"):
        parse_graphs(write(tmp_path / "empty.ttl", "# nothing\n"))


def test_a_store_in_use_gives_a_clear_error(tmp_path):
    held = open_store(tmp_path / "store")
    with pytest.raises(StoreError, match="another kmgraph"):
        open_store(tmp_path / "store")
    del held
    with pytest.raises(StoreError, match="no store here"):
        open_store(tmp_path / "nowhere", read_only=True)
