"""Shared paths and helpers for kmgraph's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLD = Path(__file__).resolve().parent / "gold" / "seeds.json"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


def scorer():
    """benchmarks/score_records.py as a module: the scorer the README's figures come from."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_records", ROOT / "benchmarks" / "score_records.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed(name_prefix: str) -> Path:
    return next(SEEDS.glob(f"{name_prefix}_*.txt"))


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    from .servers import start_oxigraph

    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    from .servers import start_virtuoso

    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory):
    """The seeds built once: output folder with kmgraph.ttl, kmgraph.trig, void.ttl and store/."""
    from kmgraph.build.pipeline import build

    out = tmp_path_factory.mktemp("built")
    build([SEEDS], out)
    return out


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (never a browser Playwright downloads)."""
    from .browser import CHROMIUM_ARGS
    from .servers import need

    executable = need("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


SHORT_STEPS = "ขั้นตอนการดำเนินงาน\n1. ประชุมสมาชิกกลุ่ม\n2. ลงมือทำแปลงรวม\nผลที่ได้รับ\nสมาชิกมีรายได้เพิ่มขึ้น\n"


def item_texts(record: dict, kind: str) -> list[str]:
    """The texts of a record dict's list (steps, outcomes, cautions …), whether its items are dicts or strings."""
    return [item["text"] if isinstance(item, dict) else item for item in record[kind]]


def read_text_record(tmp_path: Path, text: str) -> dict:
    """One record written as a .txt file and read back as the record contract's dict."""
    from kmgraph.exports.records import record_to_dict
    from kmgraph.extract.records import parse_record

    path = tmp_path / "record.txt"
    path.write_text(text, encoding="utf-8")
    return record_to_dict(parse_record(path))
