"""`kmgraph build`: files, byte-identical rebuilds, strict parsers and the gold's graph facts."""

import json
import shutil
import subprocess

import pyoxigraph as ox
import pytest

from kmgraph.build.pipeline import build
from kmgraph.views.html import read_page_data
from tests.conftest import GOLD, SEEDS

PREFIXES = """PREFIX kmo: <https://w3id.org/kmgraph/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <http://schema.org/> PREFIX org: <http://www.w3.org/ns/org#> PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> """


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = build([SEEDS], out)
    return out, result


@pytest.fixture(scope="module")
def store(built):
    out, _ = built
    store = ox.Store()
    store.load(path=str(out / "kmgraph.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def count(store, where: str) -> int:
    return int(next(iter(store.query(PREFIXES + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}")))["n"].value)


def test_files_and_summary(built):
    out, result = built
    expected = {"kmgraph.ttl", "kmgraph.trig", "void.ttl", "store", "kmgraph.html", "map.html", "heatmap.html",
                "quality.html", "heatmap.rq", "outcomes.rq"}
    assert {p.name for p in out.iterdir()} == expected | {".cache", ".builds", ".lock", "current"}
    assert {p.name for p in (out / "current").iterdir()} == expected | {".pages.json"}
    assert all((out / name).is_symlink() and (out / name).exists() for name in expected)
    assert result.records == 5 and not result.errors
    assert result.summary().startswith(f"5 records, {result.triples:,} triples, 0 warnings, 7 store graphs updated")


def test_rebuilds_are_byte_identical(built, tmp_path):
    out, _ = built
    build([SEEDS], tmp_path)
    for name in ("kmgraph.ttl", "kmgraph.trig", "void.ttl", "kmgraph.html", "map.html", "heatmap.html", "quality.html"):
        assert (out / name).read_bytes() == (tmp_path / name).read_bytes(), name


def test_build_order_of_paths_does_not_matter(built, tmp_path):
    out, _ = built
    files = sorted(SEEDS.glob("*.txt"), reverse=True)
    build(files, tmp_path)
    assert (out / "kmgraph.trig").read_bytes() == (tmp_path / "kmgraph.trig").read_bytes()


@pytest.mark.parametrize("name, fmt", [("kmgraph.ttl", ox.RdfFormat.TURTLE), ("kmgraph.trig", ox.RdfFormat.TRIG),
                                       ("void.ttl", ox.RdfFormat.TURTLE)])
def test_pyoxigraph_parses_strictly(built, name, fmt):
    out, _ = built
    assert len(list(ox.parse(path=str(out / name), format=fmt))) > 0


@pytest.mark.skipif(shutil.which("rapper") is None, reason="Debian's raptor2-utils is installed by .ci/install-system")
@pytest.mark.parametrize("name, syntax", [("kmgraph.ttl", "turtle"), ("kmgraph.trig", "trig"), ("void.ttl", "turtle")])
def test_rapper_accepts_the_files(built, name, syntax):
    out, _ = built
    done = subprocess.run(["rapper", "-q", "-i", syntax, "-c", str(out / name)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_each_record_is_a_named_graph(built):
    out, _ = built
    graphs = {q.graph_name.value for q in ox.parse(path=str(out / "kmgraph.trig"), format=ox.RdfFormat.TRIG)}
    records = {g for g in graphs if "/graph/" in g and not g.endswith(("/concepts", "/shared"))}
    assert len(records) == 5 and {g.rsplit("/", 1)[1] for g in graphs - records} == {"concepts", "shared"}


def test_gold_graph_facts(store):
    facts = json.loads(GOLD.read_text(encoding="utf-8"))["graph"]
    assert count(store, "?x a kmo:KnowledgeRecord") == facts["records"]
    assert count(store, "{ ?x a foaf:Person } UNION { ?x a schema:Person }") == facts["persons"]
    for record in facts["organization_authors"]:
        assert count(store, f'?r dcterms:identifier "{record}" ; dcterms:creator ?x . ?x a org:Organization') == 1
    label = "rdfs:label|skos:prefLabel|foaf:name|schema:name"
    for name in facts["distinct_provinces"]:
        assert count(store, f'?x a kmo:Province ; {label} "{name}"@th') == 1, name
    for name in facts["offices"]:
        assert count(store, f'?x a org:Organization ; {label} "{name}"@th') == 1, name
    for a, b in facts["same_province"]:
        assert count(store, f'?a dcterms:identifier "{a}" ; kmo:province ?x . ?b dcterms:identifier "{b}" ; '
                            f'kmo:province ?x') == 1
    for a, b in facts["same_category"]:
        assert count(store, f'?a dcterms:identifier "{a}" ; kmo:category ?x . ?b dcterms:identifier "{b}" ; '
                            f'kmo:category ?x') == 1


def test_void_counts_match_the_data(built, store):
    out, result = built
    void = ox.Store()
    void.load(path=str(out / "void.ttl"), format=ox.RdfFormat.TURTLE)
    query = "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?n WHERE { ?d a void:Dataset ; void:triples ?n }"
    triples = next(iter(void.query(query)))["n"].value
    assert int(triples) == result.triples == len(store)


def test_bad_files_are_reported_and_the_rest_is_built(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(next(SEEDS.glob("002_*.txt")), tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = build([tmp_path / "in"], tmp_path / "out")
    assert result.records == 1 and len(result.errors) == 1 and "empty" in str(result.errors[0])


def test_incremental_rebuilds_use_the_cache_and_replace_only_changed_graphs(tmp_path):
    records = tmp_path / "in"
    shutil.copytree(SEEDS, records)
    out = tmp_path / "out"
    first = build([records], out)
    assert first.cached == 0 and first.graphs_replaced == 7  # 5 records, the shared nodes, the concepts
    before = {name: (out / name).read_bytes() for name in ("kmgraph.ttl", "kmgraph.trig", "void.ttl")}
    again = build([records], out)
    assert again.cached == 5 and again.graphs_replaced == 0
    assert {name: (out / name).read_bytes() for name in before} == before
    changed = next(records.glob("003_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("เวชสุภา", "เวชสุข"), encoding="utf-8")
    next(records.glob("001_*.txt")).unlink()
    third = build([records], out)
    assert third.records == 4 and third.cached == 3 and third.graphs_replaced == 2  # 003 and the shared graph
    store = ox.Store.read_only(str(out / "store"))
    names = {g.value.rsplit("/", 1)[-1] for g in store.named_graphs()}
    assert not any(n.startswith("001_") for n in names) and len(names) == 6
    family = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode("http://xmlns.com/foaf/0.1/familyName"),
                                                               None)}
    assert "เวชสุข" in family and "เวชสุภา" not in family


def test_parallel_and_serial_builds_write_the_same_bytes(tmp_path):
    records = tmp_path / "in"
    records.mkdir()
    for copy in range(3):  # enough files for the worker pool
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, records / f"c{copy}_{seed.name}")
    serial = build([records], tmp_path / "serial", workers=1, cache=False, store=False, html=False)
    parallel = build([records], tmp_path / "parallel", workers=2, cache=False, store=False, html=False)
    assert serial.records == parallel.records == 15
    for name in ("kmgraph.ttl", "kmgraph.trig", "void.ttl"):
        assert (tmp_path / "serial" / name).read_bytes() == (tmp_path / "parallel" / name).read_bytes()


def test_a_rebuild_with_nothing_changed_keeps_the_pages_and_a_change_redraws_them(tmp_path):
    """The four pages are linked from the live generation when what they are drawn from is unchanged (drawing them
    was 8 of the 19 s of a 10,000-record rebuild); a record removed makes them drawn again, without it."""
    records, out = tmp_path / "in", tmp_path / "out"
    records.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, records)
    pages = ("kmgraph.html", "map.html", "heatmap.html", "quality.html")

    def inodes() -> dict[str, int]:
        return {name: (out / name).resolve().stat().st_ino for name in pages}

    build([records], out)
    first = inodes()
    build([records], out)
    assert inodes() == first
    removed = sorted(records.glob("*.txt"))[-1]
    removed.unlink()
    build([records], out)
    assert all(inode != first[name] for name, inode in inodes().items())
    data = read_page_data((out / "kmgraph.html").read_text(encoding="utf-8"))
    assert removed.stem not in json.dumps(data, ensure_ascii=False)
    assert sorted(records.glob("*.txt"))[0].stem in json.dumps(data, ensure_ascii=False)
