"""`kmgraph build --redact` (issue #12, item 9): no phone number or e-mail address, in any spelling, in any file
the build writes (Turtle, TriG, the store, the HTML page), whether it was in the text or in the file name; and
ordinary numbers stay."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
import pytest

from kmgraph.rdf.mapping import IriMinter
from kmgraph.rdf.redact import REDACTED, redact
from tests.conftest import seed

ZW = "\u200b"
PHONES = [  # invented numbers, each spelled as people write them
    "0811110001", "081-111-0002", "081 111 0003", "081-1110004", "02-555-0005", "+66 81 111 0006",
    "+66-81-111-0007", "(081) 111-0008", "081.111.0009", "0-5511-0010", "0 5511 0011", "๐๘๑-๑๑๑-๐๐๑๒",
    "０８１－１１１－００１３", f"081{ZW}111{ZW}0014", "+66811110015", "(+66) 81 111 0016", "081–111–0017",
    "+66 (0) 81 111 0019", "02 555 0020", "081 - 111 - 0021", "０\u3000５５１１\u3000００２２", "๐๘๑๑๑๑๐๐๒๓",
]
EMAILS = [  # invented addresses
    "somchai@example.com", "somchai.k+km@example.co.th", "SOMSRI_2@Example.ORG", "ผู้ใช้@ตัวอย่าง.ไทย",
    "user3@ตัวอย่าง.ไทย", "ผู้ใช้สี่@example.com", "somsak＠example.com", "ｓｏｍｓａｋ６＠ｅｘａｍｐｌｅ．ｃｏｍ",
    "user7@[192.0.2.1]", f"so{ZW}m{ZW}pong@exam{ZW}ple.com", "first-last@sub.mail.example.net",
    "km.office@cdd.example.go.th", "x1@xn--12co0c3b4eva.xn--o3cw4h", "UPPER.Case@EXAMPLE.COM",
]
SENTENCES = ["หากสนใจติดต่อ {} ได้ทุกวันในเวลาราชการ", "สอบถามเพิ่มเติมได้ที่{}ตลอดเวลา"]
ORDINARY = [  # numbers an outcome states: they must survive redaction
    "ปี 2561", "พ.ศ. ๒๕๖๒", "1,250,000 บาท", "85.5%", "๒๖ คน", "01/02/2561", "08.30-16.30 น.", "12 ม.ค. 2563",
    "หมู่ที่ 5", "0.5 ไร่", "120 ครัวเรือน", "ร้อยละ 12.75", "2,561 คน", "30,000", "10-12 มีนาคม 2564",
]
_SEPARATORS = re.compile(r"[\s\-–.()+]")


def _normal(text: str) -> str:
    """NFKC, decimal digits as ASCII, no format characters, case-folded."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text
                   if unicodedata.category(c) != "Cf").casefold()


def _haystack(raw: str) -> str:
    """Written text as a reader sees it: JSON and HTML escapes and IRI percent-encoding undone, normalized."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    return _normal(unquote(html.unescape(text)))


def _leaks(raw: str, forms: list[str], digits_too: bool) -> list[str]:
    hay = _haystack(raw)
    hay_digits = _SEPARATORS.sub("", hay)
    found = []
    for form in forms:
        normal = _normal(form)
        if normal in hay or (digits_too and _SEPARATORS.sub("", normal) in hay_digits):
            found.append(form)
    return found


def _record_files(folder: Path) -> None:
    """One record per form: the form in a Thai sentence of a step, and in the file name; phones also replace
    the author's phone line (the one kmgraph extracts); one more record states ordinary numbers."""
    folder.mkdir()
    text = seed("000").read_text(encoding="utf-8")
    step = "๑. ศึกษาแนวทางการดำเนินโครงการส่งเสริมการสร้างสมาชิกชุมชน"
    assert step in text and "โทรศัพท์ ๐๘๑-๙๙๒๐๓๘๗" in text
    for index, form in enumerate(PHONES + EMAILS):
        sentence = SENTENCES[index % 2].format(form)
        body = text.replace(step, f"{step} {sentence}")
        if form in PHONES:
            body = body.replace("โทรศัพท์ ๐๘๑-๙๙๒๐๓๘๗", f"โทรศัพท์ {form}")
        (folder / f"{index:02d} บันทึก {form}.txt").write_text(body, encoding="utf-8")
    outcome = "ผลลัพธ์: " + " ".join(ORDINARY)
    marker = "๖.๕ ผลลัพธ์จากการแก้ปัญหาและการพัฒนาเรื่องนี้\n\n-"
    assert marker in text
    (folder / "ordinary.txt").write_text(text.replace(marker, marker[:-1] + outcome), encoding="utf-8")


def _build(records: Path, out: Path, *flags: str) -> None:
    run = subprocess.run([sys.executable, "-m", "kmgraph.cli", "build", str(records), "-o", str(out), *flags],
                         capture_output=True, text=True, env=os.environ.copy(), timeout=600)
    assert run.returncode == 0, run.stderr


def _written(out: Path) -> dict[str, str]:
    """Every file the build writes that holds data, and everything the store holds, as text."""
    store = ox.Store.read_only(str(out / "store"))
    quads = " ".join(f"{q.subject} {q.predicate} {q.object} {q.graph_name}"
                     for q in store.quads_for_pattern(None, None, None, None))
    assert "บันทึก" in quads
    graphs = {str(g) for g in store.named_graphs()}
    records = {g for g in graphs if "/graph/" in g and not g.endswith(("/graph/concepts>", "/graph/shared>"))}
    assert len(records) == len(PHONES + EMAILS) + 1, sorted(graphs)  # no two records merged
    return {name: (out / name).read_bytes().decode("utf-8") for name in ("kmgraph.ttl", "kmgraph.trig",
                                                                         "kmgraph.html")} | {"store": quads}


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("redact")
    _record_files(root / "records")
    _build(root / "records", root / "plain")
    _build(root / "records", root / "redacted", "--redact", "phone", "--redact", "email")
    return _written(root / "plain"), _written(root / "redacted")


def test_every_form_is_written_without_redaction(builds):
    """The check below can fail: without --redact every form is in every output."""
    plain, _ = builds
    for name, text in plain.items():
        if name == "kmgraph.html":  # the overview page draws records and file paths, not step text
            assert not [f for f in PHONES + EMAILS if _normal(f"บันทึก {f}") not in _haystack(text)], name
            continue
        assert _leaks(text, PHONES, True) == PHONES, name
        assert _leaks(text, EMAILS, False) == EMAILS, name


@pytest.mark.parametrize("name", ["kmgraph.ttl", "kmgraph.trig", "store", "kmgraph.html"])
def test_redacted_build_holds_no_phone_or_email(builds, name):
    _, redacted = builds
    text = redacted[name]
    assert _leaks(text, PHONES, True) == []
    assert _leaks(text, EMAILS, False) == []
    if name != "kmgraph.html":
        assert REDACTED in text


def test_ordinary_numbers_survive(builds):
    _, redacted = builds
    hay = _haystack(redacted["kmgraph.ttl"])
    assert [n for n in ORDINARY if _normal(n) not in hay] == []


@pytest.mark.parametrize("form", PHONES + EMAILS)
def test_redact_replaces_each_form_in_a_sentence(form):
    sentence = SENTENCES[0].format(form)
    assert redact(sentence, {"phone", "email"}) == SENTENCES[0].format(REDACTED)


def test_redact_keeps_ordinary_numbers_and_ids():
    text = " ".join(ORDINARY) + " 000_5796a825079509ea 71cf02377128074f ISBN 978-616-00-1234-5"
    assert redact(text, {"phone", "email"}) == text


def test_record_iris_never_hold_contact_details():
    mint = IriMinter("https://example.org/id/")
    for form in PHONES + EMAILS:
        minted = unquote(mint.record(f"บันทึก {form}"))
        assert minted.startswith("https://example.org/id/record/บันทึก redacted"), minted
    assert mint.record("000_5796a825079509ea").endswith("/record/000_5796a825079509ea")


def test_digests_stay_whole(tmp_path):
    """A source's sha256 is kmgraph's own value: a hex digest starting like a phone number is not redacted."""
    from kmgraph.extract.records import parse_record
    from kmgraph.rdf.mapping import GraphOptions, record_triples

    record = parse_record(seed("000"))
    record.source_sha256 = "0811110024" + "ab" * 27
    objects = {t.object.value for t in record_triples(record, GraphOptions(redact=frozenset({"phone"})))}
    assert record.source_sha256 in objects
