"""The web listener as `dsarbot run` starts it (uvicorn, real sockets), spoken to the way an attacker would:
a DNS-rebinding page, forged forwarding headers, password guessing."""

from __future__ import annotations

import base64
import http.client
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.factories import open_case
from support.runtime import make_runtime
from support.smtp import free_port
from support.webui import TOKEN_RE, write_users

from dsarbot import store
from dsarbot.cli.run import WebServer
from dsarbot.runtime import Runtime
from dsarbot.webui import throttle


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


# --- defect 9: password guessing ------------------------------------------------------------------

@pytest.fixture
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real backoff rule on a small time scale (0.2 s doubling up to 0.8 s instead of 1 s to 30 s)."""
    monkeypatch.setattr(throttle, "BACKOFF_FIRST", 0.2)
    monkeypatch.setattr(throttle, "BACKOFF_MAX", 0.8)


@pytest.fixture
def users_listener(tmp_path: Path, quick_backoff: None) -> Iterator[Listener]:
    write_users(tmp_path, alice="alice-secret-1", bob="bob-secret-22")
    rt = make_runtime(tmp_path)
    running = Listener(rt)
    yield running
    running.server.stop()
    rt.engine.dispose()


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def _timed(listener: Listener, user: str, password: str, **headers: str) -> tuple[int, float]:
    started = time.monotonic()
    status, _, _ = listener.request("GET", "/", headers={**_basic(user, password), **headers})
    return status, time.monotonic() - started


def test_the_right_password_gets_in_after_many_wrong_ones_from_the_same_address(users_listener: Listener) -> None:
    for attempt in range(12):
        assert _timed(users_listener, "alice", f"guess-{attempt}")[0] == 401
    status, took = _timed(users_listener, "alice", "alice-secret-1")
    assert status == 200  # never refused…
    assert took >= 0.7  # …only made to wait its turn (at most BACKOFF_MAX)
    assert _timed(users_listener, "alice", "alice-secret-1")[1] < 0.5  # and the success forgets the failures


def test_guessing_slows_down_for_that_user_and_address_only(users_listener: Listener) -> None:
    times = [_timed(users_listener, "alice", f"guess-{attempt}")[1] for attempt in range(7)]
    assert max(times[:3]) < 0.5 and times[-1] >= 0.7  # the first typos are free, then it slows down
    assert _timed(users_listener, "bob", "bob-secret-22") == (200, pytest.approx(0, abs=0.5))


def test_rotating_x_forwarded_for_does_not_escape_the_slowdown(users_listener: Listener) -> None:
    results = [_timed(users_listener, "alice", f"guess-{i}", **{"X-Forwarded-For": f"198.51.100.{i}"})
               for i in range(7)]
    assert all(status == 401 for status, _ in results)
    assert results[-1][1] >= 0.7  # judged by the real peer, not by the header it chose


def test_a_configured_proxy_is_believed_about_the_client_address(tmp_path: Path, quick_backoff: None) -> None:
    write_users(tmp_path, alice="alice-secret-1")
    with (tmp_path / "dsarbot.toml").open("a") as fh:
        fh.write('[web]\ntrusted_proxies = ["127.0.0.1"]\n')
    rt = make_runtime(tmp_path)
    running = Listener(rt)
    try:
        for i in range(7):
            _timed(running, "alice", f"guess-{i}", **{"X-Forwarded-For": "203.0.113.7"})
        # the guesser behind the proxy is slowed down; alice at another address behind it is not
        assert _timed(running, "alice", "wrong-again", **{"X-Forwarded-For": "203.0.113.7"})[1] >= 0.7
        status, took = _timed(running, "alice", "alice-secret-1", **{"X-Forwarded-For": "192.0.2.44"})
        assert status == 200 and took < 0.5
    finally:
        running.server.stop()
        rt.engine.dispose()
