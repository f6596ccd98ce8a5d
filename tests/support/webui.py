"""Helpers for dashboard tests: a TestClient from a given client address, and reading the pages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.testclient import TestClient

from dsarbot import webui
from dsarbot.runtime import Runtime
from dsarbot.webui.auth import hash_password

TOKEN_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
ROW_RE = re.compile(r'<tr class="([^"]*)">\s*<td class="ref"><a href="/cases/([^"]+)">')


def dashboard_app(rt: Runtime) -> Starlette:
    """The dashboard alone (what `dsarbot.web.create_app` mounts)."""
    return Starlette(routes=webui.routes(rt))


def client(rt: Runtime, host: str = "127.0.0.1", **kwargs: Any) -> TestClient:
    """A test client whose requests come from *host* (loopback by default); redirects not followed.

    It speaks to `http://localhost` and sends that `Origin`, as a browser on the dashboard's page does.
    """
    headers = {"Origin": "http://localhost", **kwargs.pop("headers", {})}
    return TestClient(dashboard_app(rt), base_url="http://localhost", client=(host, 50000),
                      follow_redirects=False, headers=headers, **kwargs)


def csrf_token(html: str) -> str:
    """The CSRF token of the first form on a page."""
    match = TOKEN_RE.search(html)
    assert match, "the page has no form with a CSRF token"
    return match.group(1)


def listed(html: str) -> list[tuple[str, str]]:
    """(reference, row class) of each case row on the list page, in page order."""
    return [(ref, cls) for cls, ref in ROW_RE.findall(html)]


def write_users(tmp_path: Path, **users: str) -> None:
    """A config file with dashboard logins user=password (make_runtime picks it up)."""
    lines = ["[web.users]"] + [f'{name} = "{hash_password(pw)}"' for name, pw in users.items()]
    (tmp_path / "dsarbot.toml").write_text("\n".join(lines) + "\n")
