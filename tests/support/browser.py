"""Real headless Chromium for dashboard tests: Debian's /usr/bin/chromium driven by pip Playwright.

`playwright install` is never needed (or run): we point Playwright at the system browser. Launching
takes about 1.5 s, so one browser is shared per test module; each test gets its own page/context.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from playwright.sync_api import Browser, sync_playwright
from starlette.types import ASGIApp

from support.serve import serve_asgi

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[Browser]:
    """One headless Chromium for the whole test module."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def serve(app: ASGIApp) -> Iterator[str]:
    """Serve *app* with uvicorn on 127.0.0.1 (a free port) in a thread; yields the base URL."""
    url, stop = serve_asgi(app)
    try:
        yield url
    finally:
        stop()
