"""Real headless Chromium (Debian's) driven by Playwright, with every network request blocked."""

from __future__ import annotations

from pathlib import Path

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Page:
    """A page opened from a file with all other requests blocked (and recorded)."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 900):
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        # bypass_csp: the page's own CSP would also stop Playwright's polling; escaping must hold without it
        self.page = browser.new_page(viewport={"width": width, "height": height}, bypass_csp=True)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        url = path.resolve().as_uri()
        self.page.route("**/*", lambda route: route.continue_() if route.request.url == url
                        else (self.blocked.append(route.request.url), route.abort()))
        self.page.goto(url)

    def wait_stable(self, timeout_ms: int = 120_000) -> None:
        self.page.wait_for_function("window.kmgraph && window.kmgraph.state.stable", timeout=timeout_ms)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def close(self) -> None:
        self.page.close()
