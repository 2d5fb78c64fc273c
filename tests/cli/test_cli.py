"""End-to-end tests of the command line."""

import json
import subprocess
import sys

from click.testing import CliRunner

from kmgraph import __version__
from kmgraph.cli import main
from tests.conftest import FIXTURES, GOLD, ROOT, SEEDS


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_help_and_version():
    result = run("--help")
    assert result.exit_code == 0 and "records" in result.output
    assert run("--version").output.strip().endswith(__version__)
    assert "--format" in run("records", "--help").output


def test_seeds_score_one_against_the_gold(tmp_path):
    result = run("records", str(SEEDS), "--format", "json")
    assert result.exit_code == 0
    out = tmp_path / "out.json"
    out.write_text(result.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "score_records.py"), str(GOLD), str(out)],
                            capture_output=True, text=True, check=True)
    assert scored.stdout.strip().splitlines()[-1].startswith("score: 1.000")


def test_bad_files_get_one_line_each_and_exit_2_while_others_are_read(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "readme.txt").write_text((FIXTURES / "not_a_record.txt").read_text())
    good = tmp_path / "good.txt"
    good.write_bytes((FIXTURES / "portal_page.txt").read_bytes())
    result = run("records", str(tmp_path), str(tmp_path / "missing.txt"), "--format", "json")
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4
    for name, problem in [("empty.txt", "empty"), ("binary.txt", "binary"), ("readme.txt", "not a knowledge record"),
                          ("missing.txt", "no such file")]:
        assert any(name in line and problem in line for line in errors), (name, errors)
    records = json.loads(result.stdout)
    assert [r["id"] for r in records] == ["good"]


def test_table_format_is_readable():
    result = run("records", str(FIXTURES / "portal_page.txt"))
    assert result.exit_code == 0
    assert "การพัฒนาผลิตภัณฑ์ OTOP ด้วยการมีส่วนร่วมของชุมชน" in result.output
    assert "principles" in result.output


def test_build_validate_export(tmp_path):
    out = tmp_path / "out"
    result = run("build", str(SEEDS), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("built 5 records, ") and "triples, 0 warnings" in result.output
    assert (out / "kmgraph.ttl").is_file() and (out / "kmgraph.trig").is_file() and (out / "void.ttl").is_file()
    result = run("validate", str(out / "kmgraph.ttl"))
    assert result.exit_code == 0 and "conforms" in result.output
    markers = [("nt", "<https://w3id.org/kmgraph/id/record/"), ("jsonld", '"@id"'), ("trig", "/graph/concepts> {"),
               ("ttl", "@prefix kmo:")]
    for fmt, marker in markers:
        result = run("export", "--format", fmt, "--data", str(out / "kmgraph.trig"))
        assert result.exit_code == 0 and marker in result.output, fmt
    target = tmp_path / "all.nt"
    assert run("export", "--format", "nt", "--data", str(out / "kmgraph.trig"), "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").count("\n") > 1000


def test_validate_exit_codes(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix kmo: <https://w3id.org/kmgraph/ontology#> .\n<http://x/r> a kmo:KnowledgeRecord .\n')
    result = run("validate", str(bad))
    assert result.exit_code == 1 and "does not conform" in result.output
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://x/a> <http://x/b> .\n")
    result = run("validate", str(broken))
    assert result.exit_code == 2 and "broken.ttl" in result.stderr
    assert run("validate", str(tmp_path / "none.ttl")).exit_code == 2


def test_build_with_a_bad_file_and_a_bad_base_iri(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", str(SEEDS), str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2 and "empty.txt: empty file" in result.stderr
    assert "built 5 records (1 skipped), " in result.stdout
    result = run("build", str(SEEDS), "--base-iri", "nope", "-o", str(tmp_path / "out2"))
    assert result.exit_code == 2 and not (tmp_path / "out2").exists()


def test_load_and_query_commands(tmp_path, built_seeds):
    store = tmp_path / "store"
    result = run("load", str(built_seeds / "kmgraph.trig"), "--store", str(store))
    assert result.exit_code == 0 and result.output.startswith("loaded 7 graph(s)")
    result = run("query", "--name", "record-steps", "--param", "record=003_c0a4d1a34ad12524", "--store", str(store),
                 "--format", "csv")
    assert result.exit_code == 0 and len(result.output.strip().splitlines()) == 8
    listed = run("query", "--list").output
    assert "records-sharing-principle" in listed and "--param record=" in listed
    bad = run("query", "SELECT ?x WHERE { ?x ?y }", "--store", str(store))
    assert bad.exit_code == 2 and "line 1, column" in bad.stderr
    missing = run("query", "--name", "record-steps", "--store", str(store))
    assert missing.exit_code == 2 and "missing parameter" in missing.stderr
    on_file = run("query", "ASK { ?s ?p ?o }", "--data", str(built_seeds / "kmgraph.ttl"))
    assert on_file.output.strip() == "yes"
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .")
    result = run("load", str(broken), "--store", str(store))
    assert result.exit_code == 2 and "broken.ttl" in result.stderr


def test_load_to_a_real_server(oxigraph_server, built_seeds):
    result = run("load", str(built_seeds / "kmgraph.trig"), "--endpoint", oxigraph_server.store_url)
    assert result.exit_code == 0, result.stderr
    result = run("query", "--name", "officers", "--endpoint", oxigraph_server.query_url, "--format", "tsv")
    assert result.exit_code == 0 and len(result.output.strip().splitlines()) == 5


def test_build_refuses_a_store_another_process_holds(tmp_path):
    """Another process (a loader, a server writing) holds the store: one line, exit 2, nothing half-written."""
    import pyoxigraph as ox

    out = tmp_path / "out"
    assert run("build", str(SEEDS), "-o", str(out)).exit_code == 0
    before = {name: (out / name).read_bytes() for name in ("kmgraph.ttl", "kmgraph.trig")}
    holder = subprocess.Popen([sys.executable, "-c", "import pyoxigraph as ox, sys, time; "
                               f"s = ox.Store({str(out / 'store')!r}); print('open', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = run("build", str(SEEDS), "-o", str(out))
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "store" in lines[0] and "another kmgraph" in lines[0]
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not [p.name for p in out.iterdir() if p.name.endswith(".part")]
    assert len(ox.Store.read_only(str(out / "store"))) > 0
