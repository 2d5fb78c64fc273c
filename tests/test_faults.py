"""Five deliberate faults of issue #15 that the other tests let through; each test here fails when its fault is
made by hand (the doubled-mark repair removed, the Thai-share check in decoding removed, `_category` with no
ticked box, `GET ?update=` answered by serve, the chmod in atomic output removed)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
import requests

from kmgraph.errors import InputError
from kmgraph.extract.records import parse_record
from kmgraph.files import atomic_output, write_atomic
from kmgraph.model import SourceText
from kmgraph.readers.plain import decode
from kmgraph.store.embedded import open_store
from kmgraph.store.serve import make_server, serve_in_thread
from kmgraph.thai import normalize

from .conftest import FIXTURES


def test_a_doubled_mark_is_repaired_and_the_offsets_follow():
    text = "ผู้้นำชุมชนที่่เข้มแข็ง"  # ้ and ่ doubled, as PDF extraction leaves them
    clean, warnings = normalize(SourceText(Path("x.txt"), text, "utf-8"))
    assert clean.text == "ผู้นำชุมชนที่เข้มแข็ง"
    assert any("doubled marks" in warning for warning in warnings)
    word = clean.text.index("เข้มแข็ง")
    start, end = clean.source_span(word, word + len("เข้มแข็ง"))
    assert text[start:end] == "เข้มแข็ง"


def test_latin1_bytes_are_refused_not_read_as_thai():
    """Latin-1 text is not UTF-8 and decodes as cp874 with few replacement characters; only the share of Thai
    letters shows it is not Thai."""
    data = ("Minutes of the meeting, saved as Latin-1 by an old editor, at the café. " * 20).encode("latin-1")
    with pytest.raises(InputError, match="binary or unknown encoding"):
        decode(data, "menu.txt")
    assert decode("ชุมชน café".encode("cp874", errors="replace"), "th.txt").encoding == "cp874"


def test_a_category_list_with_no_ticked_box_gives_no_category(tmp_path):
    form = (FIXTURES / "individual_form.txt").read_text(encoding="utf-8")
    assert "☑ หมวดที่ 3" in form
    unticked = tmp_path / "unticked.txt"
    unticked.write_text(form.replace("☑ หมวดที่ 3", "☐ หมวดที่ 3"), encoding="utf-8")
    record = parse_record(unticked)
    assert record.category is None
    assert record.title.text.startswith("เทคนิคการส่งเสริมกลุ่มออมทรัพย์")
    assert parse_record(FIXTURES / "individual_form.txt").category.text.startswith("หมวดที่ 3")


def test_serve_refuses_an_update_given_by_get(built_seeds, tmp_path):
    store_dir = tmp_path / "store"
    shutil.copytree(built_seeds / "store", store_dir)
    server = make_server(store_dir, "127.0.0.1", 0)
    serve_in_thread(server)
    try:
        url = f"http://127.0.0.1:{server.server_port}/sparql"
        response = requests.get(url, params={"update": "DROP ALL", "query": "ASK { ?s ?p ?o }"}, timeout=10)
        assert response.status_code == 403 and "read-only" in response.text
        assert requests.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=10).json()["boolean"] is True
    finally:
        server.shutdown()
        server.server_close()
    assert len(open_store(store_dir, read_only=True)) > 0


def test_atomic_output_gives_the_permissions_of_any_new_file(tmp_path):
    old = os.umask(0o022)
    try:
        written = write_atomic(tmp_path / "graph.ttl", lambda out: out.write(b"<a> <b> <c> .\n"))
        with atomic_output(tmp_path / "page.html") as out:
            out.write(b"<html></html>")
    finally:
        os.umask(old)
    for path in (written, tmp_path / "page.html"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path  # mkstemp alone leaves 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
