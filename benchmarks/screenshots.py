"""Make the README's screenshots (docs/screenshots/) in real headless Chromium from two builds.

usage: python benchmarks/screenshots.py SEEDS_BUILD BIG_BUILD [--province NAME] [-o docs/screenshots]

SEEDS_BUILD is `kmgraph build seeds -o DIR`; BIG_BUILD a build of 2,000 generated records
(`python benchmarks/make_corpus.py 2000 --seed 3 -o C && kmgraph build C/records -o DIR`). Each page is opened
from its file with every other request blocked, as the tests do; the overview waits until its layout is stable.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import CHROMIUM_ARGS, Page  # noqa: E402


def shoot(browser, page_file: Path, out: Path, fragment: str = "") -> None:
    """A screenshot of one page once it is stable; a fragment (province=…) drills down first."""
    page = Page(browser, page_file)
    try:
        if fragment:  # a same-document navigation: no request leaves the page
            page.page.goto(page_file.resolve().as_uri() + "#" + fragment)
        page.page.wait_for_function("window.kmgraph && window.kmgraph.state.stable", timeout=180_000)
        page.page.wait_for_timeout(500)
        page.page.screenshot(path=str(out))
        print(f"{out}  ({len(page.blocked)} requests blocked, {len(page.errors)} page errors)")
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds_build", type=Path)
    parser.add_argument("big_build", type=Path)
    parser.add_argument("--province", default="ลำปาง", help="the province drilled into on the big build")
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    lampang = Path(tempfile.mkdtemp()) / "lampang.html"
    subprocess.run([sys.executable, "-m", "kmgraph.cli", "html", "--view", "province", "TH-52", "--store",
                    str(args.seeds_build / "store"), "-o", str(lampang)], check=True, capture_output=True)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            for kind in ("kmgraph", "map", "heatmap", "quality"):
                name = "overview" if kind == "kmgraph" else kind
                shoot(browser, args.seeds_build / f"{kind}.html", args.out / f"{name}-5.png")
                shoot(browser, args.big_build / f"{kind}.html", args.out / f"{name}-2000.png")
            shoot(browser, lampang, args.out / "drill-province-5.png")
            shoot(browser, args.big_build / "kmgraph.html", args.out / "drill-province-2000.png",
                  "province=" + quote(args.province))
        finally:
            browser.close()


if __name__ == "__main__":
    main()
