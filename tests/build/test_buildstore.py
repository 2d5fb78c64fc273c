"""The build's store: bulk-loaded afresh in chunks, or a copy of a trusted previous store updated per graph;
the previous store is never changed, and a store changed after its manifest is not trusted."""

import json

import pyoxigraph as ox
import pytest

from kmgraph.build import storesync as buildstore
from kmgraph.build.storesync import MANIFEST, StoreSync

HEADER = b"@prefix ex: <http://example.org/> .\n"


def graph(number: int, value: str = "v") -> tuple[str, str, bytes]:
    name = f"http://example.org/graph/{number}"
    return name, f"key-{number}-{value}", f'<{name}> {{ ex:r{number} ex:p "{value} {number}"@th . }}\n'.encode()


def contents(directory) -> dict[str, set[str]]:
    store = ox.Store.read_only(str(directory))
    found: dict[str, set[str]] = {}
    for quad in store:
        found.setdefault(quad.graph_name.value, set()).add(quad.object.value)
    return found


def leftovers(tmp_path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("."))


@pytest.fixture
def small_chunks(monkeypatch):
    monkeypatch.setattr(buildstore, "BULK_CHUNK_GRAPHS", 2)


def build_fresh(directory, count: int = 5) -> int:
    sync = StoreSync(directory, HEADER)
    assert sync.fresh
    for number in range(count):
        sync.add(*graph(number))
    return sync.finish()


def test_a_new_store_is_loaded_in_chunks(tmp_path, small_chunks):
    assert build_fresh(tmp_path / "store") == 5
    assert contents(tmp_path / "store") == {f"http://example.org/graph/{n}": {f"v {n}"} for n in range(5)}
    manifest = json.loads((tmp_path / "store" / MANIFEST).read_text())
    assert set(manifest["graphs"]) == {f"http://example.org/graph/{n}" for n in range(5)}
    assert leftovers(tmp_path) == []


def test_a_trusted_store_is_copied_and_the_copy_updated_per_graph(tmp_path, small_chunks):
    build_fresh(tmp_path / "old")
    before = contents(tmp_path / "old")
    sync = StoreSync(tmp_path / "new", HEADER, previous=tmp_path / "old")
    assert not sync.fresh
    for number in range(4):  # graph 4 is no longer built; graph 2 changed
        sync.add(*graph(number, "new" if number == 2 else "v"))
    assert sync.finish() == 1
    found = contents(tmp_path / "new")
    assert set(found) == {f"http://example.org/graph/{n}" for n in range(4)}
    assert found["http://example.org/graph/2"] == {"new 2"} and found["http://example.org/graph/1"] == {"v 1"}
    assert contents(tmp_path / "old") == before
    assert not StoreSync(tmp_path / "newer", HEADER, previous=tmp_path / "new").fresh  # a read leaves it trusted


def test_a_store_written_after_its_manifest_or_with_other_options_is_built_afresh(tmp_path, small_chunks):
    build_fresh(tmp_path / "old")
    assert StoreSync(tmp_path / "new", HEADER, previous=tmp_path / "old", options="other").fresh
    store = ox.Store(str(tmp_path / "old"))  # e.g. `kmgraph load` into the build's store
    store.add(ox.Quad(ox.NamedNode("http://example.org/x"), ox.NamedNode("http://example.org/p"), ox.Literal("x")))
    store.flush()
    del store
    sync = StoreSync(tmp_path / "new", HEADER, previous=tmp_path / "old")
    assert sync.fresh
    for number in range(5):
        sync.add(*graph(number))
    assert sync.finish() == 5
    assert "" not in {q.graph_name.value for q in ox.Store.read_only(str(tmp_path / "new"))}
    assert len(ox.Store.read_only(str(tmp_path / "new"))) == 5


def test_a_bad_chunk_leaves_the_old_store_and_no_new_folder(tmp_path, small_chunks):
    build_fresh(tmp_path / "old")
    before = contents(tmp_path / "old")
    sync = StoreSync(tmp_path / "new", HEADER, previous=tmp_path / "old", options="other")
    sync.add(*graph(0))
    sync.add("http://example.org/graph/bad", "k", b"<http://example.org/graph/bad> { ex:r ex:p . }\n")
    sync.add(*graph(2))
    with pytest.raises(SyntaxError):
        sync.finish()
    assert contents(tmp_path / "old") == before
    assert not (tmp_path / "new").exists() and leftovers(tmp_path) == []


def test_an_aborted_build_leaves_the_old_store_and_no_new_folder(tmp_path, small_chunks):
    build_fresh(tmp_path / "old", 3)
    before = contents(tmp_path / "old")
    sync = StoreSync(tmp_path / "new", HEADER, previous=tmp_path / "old", options="other")
    for number in range(5):
        sync.add(*graph(number, "other"))
    sync.abort()
    assert contents(tmp_path / "old") == before
    assert not (tmp_path / "new").exists() and leftovers(tmp_path) == []


def test_when_most_graphs_changed_the_store_is_reloaded_in_bulk(tmp_path, small_chunks, monkeypatch):
    monkeypatch.setattr(buildstore, "REPLACE_MAX_GRAPHS", 1)
    build_fresh(tmp_path / "old", 3)
    sync = StoreSync(tmp_path / "new", HEADER, previous=tmp_path / "old")
    assert not sync.fresh
    blocks = [graph(number, "new") for number in range(6)]
    for block in blocks:
        sync.add(*block)
    dataset = tmp_path / "all.trig"
    dataset.write_bytes(HEADER + b"".join(trig for _, _, trig in blocks))
    assert sync.finish(dataset) == 6  # every graph loaded afresh, not 6 replaced one by one
    assert contents(tmp_path / "new") == {f"http://example.org/graph/{n}": {f"new {n}"} for n in range(6)}
    assert leftovers(tmp_path) == []


def test_a_build_of_known_size_loads_in_the_fewest_even_chunks_the_loader_can_hold(tmp_path, monkeypatch):
    # each bulk load adds a sorted file to every index, and RocksDB compacts them from the fourth on: 80 graphs
    # with at most 40 a load are two loads of 40 (not 40, 20, 10, 5 …), and 90 are three of 30
    monkeypatch.setattr(buildstore, "BULK_CHUNK_GRAPHS", 40)
    for expected, loads in ((80, 2), (90, 3), (40, 1), (7, 1)):
        sync = StoreSync(tmp_path / f"store-{expected}", HEADER, expected=expected)
        for number in range(expected):
            sync.add(*graph(number))
        assert sync.finish() == expected
        assert sync.loads == loads, expected
        assert len(contents(tmp_path / f"store-{expected}")) == expected


def test_the_graphs_kept_for_the_end_load_only_at_finish_while_the_pages_are_drawn(tmp_path, monkeypatch):
    monkeypatch.setattr(buildstore, "BULK_CHUNK_GRAPHS", 40)
    sync = StoreSync(tmp_path / "store", HEADER, expected=100, kept_for_end=20)
    for number in range(100):
        sync.add(*graph(number))
    assert len(sync._pending) == 20  # the kept graphs wait for finish(), after two loads of 40
    assert sync.loads == 2
    assert sync.finish() == 100
    assert sync.loads == 3
    assert contents(tmp_path / "store") == {f"http://example.org/graph/{n}": {f"v {n}"} for n in range(100)}


def test_graphs_kept_for_the_end_still_go_in_chunks_the_loader_can_hold(tmp_path, monkeypatch):
    monkeypatch.setattr(buildstore, "BULK_CHUNK_GRAPHS", 10)
    sync = StoreSync(tmp_path / "store", HEADER, expected=100, kept_for_end=50)
    for number in range(100):
        sync.add(*graph(number))
    assert len(sync._pending) < 10
    assert sync.finish() == 100
    assert len(contents(tmp_path / "store")) == 100
