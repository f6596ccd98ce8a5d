"""The web listener as `dsarbot run` starts it (uvicorn, real sockets), spoken to the way an attacker would:
a DNS-rebinding page, forged forwarding headers, password guessing."""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.factories import open_case
from support.runtime import make_runtime
from support.smtp import free_port
from support.webui import TOKEN_RE

from dsarbot import store
from dsarbot.cli.run import WebServer
from dsarbot.runtime import Runtime


class Listener:
    """The running web listener and a raw HTTP/1.1 client for it (any Host header, any cookie)."""

    def __init__(self, rt: Runtime) -> None:
        self.port = free_port()
        self.server = WebServer(rt, f"127.0.0.1:{self.port}")
        self.server.start()

    def request(self, method: str, path: str, *, host: str | None = None, body: str | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            all_headers = {"Host": host or f"127.0.0.1:{self.port}", **(headers or {})}
            if body is not None:
                all_headers["Content-Type"] = "application/x-www-form-urlencoded"
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()
        finally:
            conn.close()


@pytest.fixture
def listener(rt: Runtime) -> Iterator[Listener]:
    running = Listener(rt)
    yield running
    running.server.stop()


def _events(rt: Runtime, reference: str) -> list[str]:
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        assert case is not None
        return [e.type for e in store.case_events(session, case.id or 0)]


def _form_token(listener: Listener, reference: str, host: str) -> tuple[str, str]:
    """(CSRF token, cookie header) of a case page, fetched the way the page's own browser tab would."""
    status, headers, html = listener.request("GET", f"/cases/{reference}", host=host)
    assert status == 200
    match = TOKEN_RE.search(html)
    assert match
    return match.group(1), headers["set-cookie"].split(";", 1)[0]


# --- defect 3: DNS rebinding ----------------------------------------------------------------------

def test_the_default_dashboard_refuses_a_foreign_host_name_for_reading(rt: Runtime, listener: Listener) -> None:
    case = open_case(rt, message_id="<dns-1@x>")
    status, _, page = listener.request("GET", "/", host=f"evil.example:{listener.port}")
    assert status == 403
    assert case.reference not in page
    assert "does not answer to the name" in page and "evil.example" in page
    assert listener.request("GET", "/", host=f"localhost:{listener.port}")[0] == 200
    assert listener.request("GET", "/", host=f"127.0.0.1:{listener.port}")[0] == 200


def test_a_rebound_page_cannot_decide_even_with_a_valid_form_token(rt: Runtime, listener: Listener) -> None:
    case = open_case(rt, message_id="<dns-2@x>")
    evil = f"evil.example:{listener.port}"
    token, cookie = _form_token(listener, case.reference, f"127.0.0.1:{listener.port}")
    status, _, _ = listener.request("POST", f"/cases/{case.reference}/assign", host=evil,
                                    body=f"csrf_token={token}&assignee=mallory",
                                    headers={"Origin": f"http://{evil}", "Cookie": cookie})
    assert status == 403
    assert "assigned" not in _events(rt, case.reference)


def test_a_post_without_origin_is_refused_and_one_from_the_page_itself_works(rt: Runtime,
                                                                            listener: Listener) -> None:
    case = open_case(rt, message_id="<dns-3@x>")
    here = f"localhost:{listener.port}"
    token, cookie = _form_token(listener, case.reference, here)
    body = f"csrf_token={token}&assignee=anna"
    status, _, _ = listener.request("POST", f"/cases/{case.reference}/assign", host=here, body=body,
                                    headers={"Cookie": cookie})
    assert status == 403
    status, _, _ = listener.request("POST", f"/cases/{case.reference}/assign", host=here, body=body,
                                    headers={"Cookie": cookie, "Origin": f"http://{here}"})
    assert status == 303
    assert _events(rt, case.reference).count("assigned") == 1


def test_a_configured_host_name_is_answered(tmp_path: Path) -> None:
    (tmp_path / "dsarbot.toml").write_text('[web]\nhosts = ["dsar.example.fi"]\n')
    rt = make_runtime(tmp_path)
    running = Listener(rt)
    try:
        assert running.request("GET", "/", host="dsar.example.fi")[0] == 200
        assert running.request("GET", "/", host="other.example.fi")[0] == 403
    finally:
        running.server.stop()
        rt.engine.dispose()
