"""Thai text that went through a wrong code page, in files the tests write: TIS-620 bytes shown as Mac Roman or
Latin-1, UTF-8 shown as CP1252 (its undefined bytes dropped or kept), wholly or in runs among ASCII chrome, in .txt
and saved .html files; Latin text with accents stays as it is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kmgraph.extract.records import parse_record
from kmgraph.readers import read_document
from kmgraph.readers.plain import decode

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_5796a825079509ea.txt"
PHRASE = "การจัดทำคู่มือการปฏิบัติงาน"
FIELDS = ("title", "author", "position", "office", "district", "province", "phone", "category", "steps", "cautions")
LATIN = ("Les élèves étaient à l'école, café crème, déjà vu. Müller aus Zürich, Größe, François, naïve, Ångström, "
         "São Paulo, José Martí, Señor Muñoz, ¿Qué tal? — “quoted” © 2024 • 25°C ± 3 µm, Ørsted, Łódź, Dvořák.\n")


def shown_as(text: str, wrong: str) -> str:
    """Thai text as a wrong code page shows it: "mac"/"latin" (TIS-620 bytes), "utf8-dropped"/"utf8-kept" (UTF-8
    bytes shown as CP1252, its undefined bytes dropped, or kept as Latin-1's C1 characters)."""
    if wrong == "mac":
        return text.encode("cp874").decode("mac_roman")
    if wrong == "latin":
        return text.encode("cp874").decode("cp1252")
    if wrong == "utf8-dropped":
        return text.encode("utf-8").decode("cp1252", errors="ignore")
    return text.encode("utf-8").decode("latin-1")


def fields(record) -> dict[str, object]:
    values = {}
    for name in FIELDS:
        value = getattr(record, name)
        values[name] = [item.text for item in value] if isinstance(value, list) else getattr(value, "text", value)
    return values


@pytest.mark.parametrize(("shown", "words"), [
    ("°“√®—¥∑”§Ÿà¡◊Õ°“√ªØ‘∫—μ‘ß“π", "Mac Roman"),  # Apple's low mai ek (0x88) shown as à, µ as Greek mu
    ("¡ÒÃ¨Ñ´·Ó¤ÙèÁ×Í¡ÒÃ»¯ÔºÑµÔ§Ò¹", "Latin-1/CP1252"),
    ("à¸à¸²à¸£", "UTF-8 shown as CP1252"),  # การ with the 0x81 of ก dropped
])
def test_the_examples_as_met_on_the_web_read_as_thai(shown, words):
    source = decode(shown.encode("utf-8"), "page.txt")
    assert source.text == (PHRASE if "UTF-8" not in words else "การ")
    assert len(source.warnings) == 1 and words in source.warnings[0], source.warnings


@pytest.mark.parametrize("wrong", ["mac", "latin", "utf8-kept"])
def test_a_whole_record_shown_in_a_wrong_code_page_reads_as_the_record(tmp_path, wrong):
    """Files written as a flipbook host or an old site left them: Thai through a wrong code page, saved as UTF-8."""
    path = tmp_path / f"{wrong}.txt"
    path.write_text(shown_as(SEED.read_text(encoding="utf-8"), wrong), encoding="utf-8")
    record = parse_record(path)
    assert fields(record) == fields(parse_record(SEED))
    assert any("wrong code page" in warning for warning in record.warnings)


def test_utf8_whose_undefined_bytes_were_dropped_is_guessed_by_the_words(tmp_path):
    """ก ญ ฏ ฐ ฝ (and แ ๐) lose their last byte in CP1252; the dictionary and word counts guess them back."""
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "dropped.txt"
    path.write_text(shown_as(text, "utf8-dropped"), encoding="utf-8")
    assert "à¸à¸²à¸£" in path.read_text(encoding="utf-8")  # การ lost the byte of ก
    source = decode(path.read_bytes(), path)
    assert source.text == text
    assert "byte(s) the page dropped guessed" in source.warnings[0]


def test_spans_index_the_repaired_text(tmp_path):
    """A UTF-8 repair puts one character for two or three: a record's spans index the text as repaired."""
    path = tmp_path / "kept.txt"
    path.write_text(shown_as(SEED.read_text(encoding="utf-8"), "utf8-kept"), encoding="utf-8")
    record = parse_record(path)
    text = decode(path.read_bytes(), path).text
    assert len(text) < len(path.read_text(encoding="utf-8"))
    for value in (record.title, record.office, record.steps[0]):
        assert text[value.start:value.end].strip() == value.text.strip() or value.text in text[value.start:value.end]


def test_runs_among_ascii_chrome_are_read_and_the_chrome_kept():
    lines = ["Title: " + shown_as("เทคนิคการสร้างและพัฒนาผู้นำ", "latin") + " (page 3 of 9)",
             "Posted by admin | 12 comments | Share on Facebook",
             "Author: " + shown_as("นางสุภาพ รัตน์สุภาพงค์", "latin"),
             shown_as("ปี พ.ศ. ๒๕๖๗ ยึดหลัก ๕ ก", "latin")]
    source = decode("\n".join(lines).encode("utf-8"))
    assert source.text.splitlines() == ["Title: เทคนิคการสร้างและพัฒนาผู้นำ (page 3 of 9)",
                                        "Posted by admin | 12 comments | Share on Facebook",
                                        "Author: นางสุภาพ รัตน์สุภาพงค์", "ปี พ.ศ. ๒๕๖๗ ยึดหลัก ๕ ก"]


def test_a_saved_web_page_in_a_wrong_code_page_reads_as_thai(tmp_path):
    body = "".join(f"<p>{shown_as(line, 'mac')}</p>" for line in SEED.read_text(encoding="utf-8").splitlines()
                   if line.strip())
    page = tmp_path / "flipbook.html"
    page.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{shown_as(PHRASE, "mac")}</title>'
                    f'</head><body><nav><a href="/">Home</a> | <a href="/about">About us</a></nav>'
                    f'<article>{body}</article><footer>© 2024 Flipbook host • All rights reserved</footer>'
                    f'</body></html>', encoding="utf-8")
    document = read_document(page)
    assert document.metadata["title"] == PHRASE
    assert [line.split() for line in document.text.splitlines()] == [
        line.split() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert any("Mac Roman" in warning for warning in document.warnings)


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_latin_text_with_accents_stays_as_it_is(tmp_path, suffix):
    path = tmp_path / f"latin{suffix}"
    content = LATIN if suffix == ".txt" else f'<html><head><meta charset="utf-8"></head><body><p>{LATIN}</p></body>'
    path.write_text(content, encoding="utf-8")
    document = read_document(path)
    assert document.text.strip() == LATIN.strip()
    assert document.warnings == ()


def test_thai_with_quotes_signs_and_latin_names_stays_as_it_is():
    text = "ข้อความ “อ้างอิง” © ๒๕๖๗ อุณหภูมิ 25°C ร่วมกับ Müller และ José ที่ São Paulo ±3 µm\n"
    assert decode(text.encode("utf-8")).text == text
    assert decode(text.encode("utf-8")).warnings == ()


def test_the_records_command_reads_a_mac_roman_record_and_says_so(tmp_path):
    path = tmp_path / "flipbook.txt"
    path.write_text(shown_as(SEED.read_text(encoding="utf-8"), "mac"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kmgraph.cli", "records", str(path), "--format", "json"],
                            capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert result.returncode == 0, result.stderr
    (record,) = json.loads(result.stdout)
    assert record["title"] == parse_record(SEED).title.text
    assert any("TIS-620 shown as Mac Roman" in warning for warning in record["warnings"])


def code_pages(kind: str) -> list[tuple[str, list[str]]]:
    """The code pages readers.toml lists for `kind` ("tis620_shown_as", "utf8_shown_as"): (name, codecs)."""
    from kmgraph import tables

    with open(tables.DATA_DIR / "readers.toml", "rb") as handle:
        pages = tables.tomllib.load(handle)["mojibake"][kind]
    return [(page["name"], page.get("codecs", [page.get("codec")])) for page in pages]


def utf8_shown_through(text: str, codecs: list[str]) -> str:
    """UTF-8 bytes each shown as the first of `codecs` that has a character for it (else its C1 control)."""
    def shown(byte: int) -> str:
        return next((char for codec in codecs if (char := bytes([byte]).decode(codec, errors="ignore"))), chr(byte))
    return "".join(shown(byte) for byte in text.encode("utf-8"))


@pytest.mark.parametrize(("name", "codecs"), code_pages("tis620_shown_as"))
def test_tis620_shown_through_every_code_page_listed_reads_as_the_record(name, codecs):
    text = SEED.read_text(encoding="utf-8")
    source = decode(text.encode("cp874").decode(codecs[0]).encode("utf-8"), "page.txt")
    assert source.text == text
    assert source.warnings == (source.warnings[0],) and f"TIS-620 shown as {name})" in source.warnings[0]


@pytest.mark.parametrize(("name", "codecs"), code_pages("utf8_shown_as"))
def test_utf8_shown_through_every_code_page_listed_reads_as_the_record(name, codecs):
    text = SEED.read_text(encoding="utf-8")
    source = decode(utf8_shown_through(text, codecs).encode("utf-8"), "page.txt")
    assert source.text == text
    assert source.warnings == (source.warnings[0],) and f"UTF-8 shown as {name})" in source.warnings[0]


@pytest.mark.parametrize(("shown", "name"), [
    ("§”Ļ”", "Mac Central European"),  # คำนำ as a municipal site showed it
    ("ŕ¸„ŕ¸łŕ¸™ŕ¸ł", "CP1250"),  # UTF-8
    ("เธ„เธณเธ™เธณ", "TIS-620/CP874"),  # UTF-8 read as Windows-874 with 0x80–0x9F as CP1252 shows them
])
def test_a_word_shown_through_a_central_european_or_thai_code_page_reads_as_thai(shown, name):
    source = decode(shown.encode("utf-8"))
    assert source.text == "คำนำ" and name in source.warnings[0], source


LATIN_PAGES = {
    "Czech": "Příliš žluťoučký kůň úpěl ďábelské ódy. Věra Čermáková, Ústí nad Labem, čtvrť, Žďár, ÚŘAD, č. 5, ó.",
    "Polish": "Zażółć gęślą jaźń. Łódź, Kraków, Gdańsk, Wrocław, źdźbło, ćma, ŻÓŁW, są, się, ów, ś, ą ę ó ł ń.",
    "German": "Größe, übermäßig, Grüße aus Köln, Äpfel, Öl, Übel, ß, ä ö ü, Fußgängerübergänge, „Zitat“ – Ende.",
    "French": "Où est la forêt ? Ça, déjà, élève, à côté, naïve, Noël, œuvre, « guillemets », ô, é, è, ê, àé, Ève.",
    "Nordic": "Ångström, Ærø, Øre, þorn, ð, ÿ, Ýmir, ÐÞÆ, ÆØÅ, æøå, Ñandú, ¿Qué? ¡Olé! São João, ação.",
}


@pytest.mark.parametrize("language", sorted(LATIN_PAGES))
def test_central_and_western_european_text_stays_as_it_is(language):
    text = LATIN_PAGES[language] + "\n"
    source = decode(text.encode("utf-8"))
    assert (source.text, source.warnings) == (text, ())


@pytest.mark.parametrize("errors", ["replace", "ignore"])
def test_utf8_through_cp874_that_lost_two_letters_in_five_is_not_guessed(errors):
    """A browser shows the 23 bytes CP874 leaves undefined as U+FFFD (or drops them): ค น ง … are lost, too many to
    guess; the text is not "read back" into a wrong Thai."""
    shown = SEED.read_text(encoding="utf-8").encode("utf-8").decode("cp874", errors=errors)
    source = decode(shown.encode("utf-8"))
    assert (source.text, source.warnings) == (shown, ())
