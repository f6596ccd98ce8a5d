"""A fake Slack over real HTTP, and the dsarbot web listener serving `/slack/events` under uvicorn.

- `FakeSlack`: a ThreadingHTTPServer on 127.0.0.1 that answers the Web API (`/api/<method>`) and
  response_url posts, records every call, and can be told to fail a method N times (429 with
  Retry-After, 500, or `ok: false`). `users.info` answers with each user's Slack language (`locales`,
  Slack's default `en-US` otherwise), and like Slack only when asked with `include_locale`.
- `SlackEndpoint`: sends Slack-signed button clicks, modal submissions, slash commands and events to
  the running app's real endpoint, exactly as Slack would.

Fixtures: `fake_slack`, `slack_rt` (a Runtime whose Slack points at the fake; approver `UBOSS`,
channel `CDSAR`), `slack_server` (the web listener under uvicorn on a free 127.0.0.1 port).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from dsarbot import decisions, store, web, worker
from dsarbot.models import Case, CaseEvent, Job
from dsarbot.runtime import Runtime
from support import factories
from support.runtime import make_runtime
from support.serve import serve_asgi

SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"
CHANNEL = "CDSAR"
APPROVER = "UBOSS"
APPROVER_NAME = "bossi"
OUTSIDER = "UOUTSIDER"

CANNED: dict[str, dict[str, Any]] = {
    "auth.test": {"url": "https://fake.slack.test/", "team": "Fake", "user": "dsarbot", "team_id": "T0001",
                  "user_id": "UBOT", "bot_id": "BBOT", "is_enterprise_install": False},
    "views.open": {"view": {"id": "V0001", "type": "modal"}},
    "views.publish": {"view": {"id": "V0002", "type": "home"}},
    "chat.postEphemeral": {"message_ts": "1700000000.999999"},
}


@dataclass
class Failure:
    """How the fake answers a failing call."""

    status: int = 429
    retry_after: float | None = 1
    error: str | None = None


@dataclass
class Call:
    """One recorded request."""

    method: str
    params: dict[str, Any]
    auth: str | None
    t: float
    status: int = 200

    def text(self) -> str:
        """Everything the call would show: `text` and the blocks, as one JSON string."""
        blocks = self.params.get("blocks")
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        return json.dumps({"text": self.params.get("text"), "blocks": blocks}, ensure_ascii=False)


@dataclass
class FakeSlack:
    """The fake Web API; see the module docstring."""

    calls: list[Call] = field(default_factory=list)
    failures: dict[str, list[Failure | None]] = field(default_factory=dict)
    usergroups: dict[str, list[str]] = field(default_factory=dict)
    locales: dict[str, str] = field(default_factory=dict)
    """Each user's Slack language (`fi-FI`, `sv-SE`…) as users.info reports it; `en-US` for anyone else."""
    down: bool = False
    """While True every Web API call answers 503 (Retry-After: 1), as when Slack is unreachable."""
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ts: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if "json" in self.headers.get("Content-Type", ""):
                    params = json.loads(raw or b"{}")
                else:
                    params = {k: v[0] for k, v in urllib.parse.parse_qs(raw.decode()).items()}
                path, _, query = self.path.partition("?")
                # GET methods (users.info) carry their arguments in the query string
                params.update({k: v[0] for k, v in urllib.parse.parse_qs(query).items()})
                method = path[len("/api/"):] if path.startswith("/api/") else path
                status, headers, body = fake._answer(method, params, path.startswith("/api/"))
                with fake._lock:
                    fake.calls.append(Call(method, params, self.headers.get("Authorization"), time.time(), status))
                out = json.dumps(body).encode() if isinstance(body, dict) else body
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)

            do_GET = do_POST

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def _answer(self, method: str, params: dict[str, Any], api: bool) -> tuple[int, dict[str, str], Any]:
        if not api:
            return 200, {}, b"ok"  # response_url
        with self._lock:
            queue = self.failures.get(method) or []
            failure = queue.pop(0) if queue else (Failure(503, 1) if self.down else None)
        if failure is not None:
            headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
            error = failure.error or ("ratelimited" if failure.status == 429 else "internal_error")
            return failure.status, headers, {"ok": False, "error": error}
        body: dict[str, Any] = {"ok": True, **CANNED.get(method, {})}
        if method == "chat.postMessage":
            body.update(channel=params.get("channel", CHANNEL), ts=f"1700000{next(self._ts):03d}.000100")
        elif method == "chat.update":
            body.update(channel=params.get("channel"), ts=params.get("ts"))
        elif method == "usergroups.users.list":
            body["users"] = self.usergroups.get(str(params.get("usergroup")), [])
        elif method == "users.info":
            user_id = str(params.get("user") or "")
            user: dict[str, Any] = {"id": user_id, "team_id": "T0001", "name": user_id.lower(), "tz": "Europe/Helsinki"}
            if str(params.get("include_locale")).lower() in ("true", "1"):  # Slack leaves it out otherwise
                user["locale"] = self.locales.get(user_id, "en-US")
            body["user"] = user
        elif method == "usergroups.list":
            body["usergroups"] = [{"id": gid, "handle": gid.lower(), "name": gid} for gid in self.usergroups]
        return 200, {}, body

    def start(self) -> FakeSlack:
        """Serve in a background thread."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()

    @property
    def api_url(self) -> str:
        """The Web API base for SLACK_API_URL."""
        return f"{self.url}/api/"

    def fail(self, method: str, times: int = 1, *, status: int = 429, retry_after: float | None = 1,
             error: str | None = None, after: int = 0) -> None:
        """Make *times* calls of *method* fail, after letting the next *after* calls through."""
        with self._lock:
            queue = self.failures.setdefault(method, [])
            queue.extend([None] * after)
            queue.extend(Failure(status, retry_after, error) for _ in range(times))

    def calls_of(self, method: str, *, ok_only: bool = True) -> list[Call]:
        """Recorded calls of *method* (by default only those that were answered 200)."""
        with self._lock:
            return [c for c in self.calls if c.method == method and (c.status == 200 or not ok_only)]

    def methods(self) -> list[str]:
        """Every recorded method, in order."""
        with self._lock:
            return [c.method for c in self.calls]

    def wait_for(self, method: str, where: Callable[[Call], bool] | None = None, timeout: float = 5.0) -> Call:
        """The latest successful call of *method* (matching *where*), waiting up to *timeout*."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            hits = [c for c in self.calls_of(method) if where is None or where(c)]
            if hits:
                return hits[-1]
            time.sleep(0.01)
        raise AssertionError(f"{method} not called; calls so far: {self.methods()}")

    def card_post(self, timeout: float = 5.0) -> Call:
        """The first card posted (a top-level chat.postMessage with blocks, not a thread note)."""
        self.wait_for("chat.postMessage", lambda c: "thread_ts" not in c.params and "blocks" in c.params,
                      timeout)
        return next(c for c in self.calls_of("chat.postMessage")
                    if "thread_ts" not in c.params and "blocks" in c.params)

    def response_url(self, n: int | str) -> str:
        """A response_url that posts back to the fake."""
        return f"{self.url}/response/{n}"


def sign(body: bytes, secret: str = SIGNING_SECRET, ts: int | None = None) -> dict[str, str]:
    """Slack's request signature headers for *body*."""
    stamp = str(int(time.time()) if ts is None else ts)
    digest = hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": "v0=" + digest}


@dataclass
class SlackEndpoint:
    """The running app's `/slack/events`, and helpers that send what Slack sends."""

    url: str
    fake: FakeSlack
    rt: Runtime
    _n: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def post(self, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        """POST raw bytes (signed with the right secret unless *headers* are given)."""
        hdrs = sign(body) if headers is None else headers
        req = urllib.request.Request(self.url, data=body, method="POST",
                                     headers={"Content-Type": content_type, **hdrs})
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def interactive(self, payload: dict[str, Any], headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        """Send an interactivity payload (form-encoded `payload=<json>`)."""
        body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body, "application/x-www-form-urlencoded", headers)

    def user(self, user_id: str, name: str | None) -> dict[str, Any]:
        """The `user` object of a payload."""
        return {"id": user_id, "username": name, "name": name, "team_id": "T0001"}

    def click(self, action_id: str, reference: str, *, user: str = APPROVER, name: str | None = APPROVER_NAME,
              ts: str = "1700000001.000100", state: dict[str, Any] | None = None,
              headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        """A button click on a card message."""
        n = next(self._n)
        payload = {
            "type": "block_actions", "api_app_id": "A0001", "token": "legacy", "trigger_id": f"trigger-{n}",
            "team": {"id": "T0001", "domain": "fake"}, "user": self.user(user, name),
            "channel": {"id": CHANNEL, "name": "dsar"},
            "container": {"type": "message", "message_ts": ts, "channel_id": CHANNEL, "is_ephemeral": False},
            "message": {"type": "message", "ts": ts, "text": "card"},
            "response_url": self.fake.response_url(n), "state": {"values": state or {}},
            "actions": [{"type": "button", "action_id": action_id, "block_id": "case_actions",
                         "value": reference, "action_ts": f"{time.time():.6f}"}],
        }
        return self.interactive(payload, headers)

    def submit(self, view: dict[str, Any], values: dict[str, Any], *, user: str = APPROVER,
               name: str | None = APPROVER_NAME) -> tuple[int, dict[str, Any]]:
        """Submit a modal *view* (as opened through views.open) with input *values* {block: {action: value}}."""
        payload = {
            "type": "view_submission", "api_app_id": "A0001", "token": "legacy", "trigger_id": "t-submit",
            "team": {"id": "T0001", "domain": "fake"}, "user": self.user(user, name),
            "view": {**view, "id": "V0001", "hash": "h", "state": {"values": values}},
        }
        status, body = self.interactive(payload)
        return status, (json.loads(body) if body.strip() else {})

    def command(self, text: str, *, user: str = APPROVER) -> tuple[int, bytes]:
        """A `/dsar` slash command."""
        n = next(self._n)
        body = urllib.parse.urlencode({
            "token": "legacy", "team_id": "T0001", "team_domain": "fake", "channel_id": CHANNEL,
            "channel_name": "dsar", "user_id": user, "user_name": "someone", "command": "/dsar", "text": text,
            "api_app_id": "A0001", "response_url": self.fake.response_url(f"cmd-{n}"),
            "trigger_id": f"trigger-cmd-{n}"}).encode()
        return self.post(body, "application/x-www-form-urlencoded")

    def event(self, event: dict[str, Any]) -> tuple[int, bytes]:
        """An Events API callback."""
        body = json.dumps({"token": "legacy", "team_id": "T0001", "api_app_id": "A0001",
                           "type": "event_callback", "event_id": f"Ev{next(self._n)}",
                           "event_time": int(time.time()), "event": event}).encode()
        return self.post(body, "application/json")


def slack_env(fake: FakeSlack, **extra: str) -> dict[str, str]:
    """The environment that points dsarbot's Slack at *fake*."""
    return {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake.api_url, "DSARBOT_SLACK_CHANNEL": CHANNEL,
            "DSARBOT_SLACK_APPROVERS": APPROVER, **extra}


def serve(rt: Runtime) -> tuple[str, Callable[[], None]]:
    """Serve dsarbot's web listener for *rt* under uvicorn on 127.0.0.1; returns (base URL, stop)."""
    return serve_asgi(web.create_app(rt))


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    """A running fake Slack Web API."""
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def slack_rt(tmp_path: Path, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    """A Runtime with Slack on, pointed at the fake (channel CDSAR, approver UBOSS)."""
    for var in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET"):
        monkeypatch.delenv(var, raising=False)  # they would switch Bolt to OAuth mode
    runtime = make_runtime(tmp_path, **slack_env(fake_slack))
    yield runtime
    runtime.engine.dispose()


@pytest.fixture
def slack_server(slack_rt: Runtime, fake_slack: FakeSlack) -> Iterator[SlackEndpoint]:
    """The web listener of `slack_rt` under uvicorn; `.click()`, `.submit()`… send signed requests."""
    base, stop = serve(slack_rt)
    yield SlackEndpoint(f"{base}/slack/events", fake_slack, slack_rt)
    stop()


def open_case_with_card(rt: Runtime, **kwargs: Any) -> Case:
    """A case opened directly (tests.support.factories) whose card the worker has posted."""
    case = factories.open_case(rt, **kwargs)
    assert case.id is not None
    with rt.session() as session:
        for message in store.messages_of_case(session, case.id):
            message.status = "processed"  # opened by hand: the pipeline must not open it a second time
            session.add(message)
        fresh = store.case_by_id(session, case.id)
        assert fresh is not None
        decisions.queue_card_update(session, fresh)
    worker.drain(rt)
    return reload(rt, case)


def reload(rt: Runtime, case: Case) -> Case:
    """The case as it is in the database now."""
    assert case.id is not None
    with rt.session() as session:
        fresh = store.case_by_id(session, case.id)
        assert fresh is not None
        return fresh


def jobs(rt: Runtime, case: Case, type: str | None = None) -> list[Job]:
    """The case's jobs (of one type)."""
    assert case.id is not None
    with rt.session() as session:
        return [j for j in store.jobs_for_case(session, case.id) if type is None or j.type == type]


def events(rt: Runtime, case: Case) -> list[CaseEvent]:
    """The case's timeline."""
    assert case.id is not None
    with rt.session() as session:
        return list(store.case_events(session, case.id))


def settle(rt: Runtime, timeout: float = 15.0) -> None:
    """Run the worker until no Slack job is waiting (retries included), or fail after *timeout*."""
    deadline = time.monotonic() + timeout
    while True:
        worker.drain(rt)
        with rt.session() as session:
            waiting = session.exec(select(Job).where(col(Job.type).startswith("slack_"),
                                                     col(Job.state).in_(["pending", "running"]))).all()
        if not waiting:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"Slack jobs still waiting: {[(j.id, j.last_error) for j in waiting]}")
        time.sleep(0.1)
