"""Mailboxes without passwords: a real OAuth2-only Dovecot and an XOAUTH2-only relay, tokens from a local
identity provider over real HTTP. What a company on Microsoft 365 or Google Workspace would see."""

from __future__ import annotations

import itertools
import logging
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select
from starlette.testclient import TestClient
from support.dovecot import plain_mail
from support.dovecot_oauth import OAuthDovecot, oauth_dovecot
from support.factories import request_mail
from support.fake_slack import FakeSlack, slack_env
from support.oauth_server import OAuthServer
from support.runtime import make_runtime
from support.smtp import XOAuth2Relay, wait_until

from dsarbot import store, web, worker
from dsarbot.intake import health, imap_conn
from dsarbot.intake.imap_watcher import Watcher
from dsarbot.mailauth import registry
from dsarbot.models import OutboxMessage, StoredMessage
from dsarbot.runtime import Runtime

pytestmark = pytest.mark.dovecot
SECRET = "client-secret-value-7Q~"
_apps = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_token_sources() -> Iterator[None]:
    registry.forget_all()  # tokens are shared per process; each test starts without one
    yield
    registry.forget_all()


class Mailbox:
    """A runtime watching one fresh user of the OAuth2-only Dovecot, with its own app registration."""

    def __init__(self, dovecot: OAuthDovecot, tmp_path: Path, *, provider: str = "microsoft",
                 config: str = "", relay: XOAuth2Relay | None = None, granted: str | None = None,
                 **env: str) -> None:
        self.dovecot, self.idp = dovecot, dovecot.oauth
        self.user = dovecot.new_user()
        self.client_id = f"app-{next(_apps)}"
        self.idp.add_client(self.client_id, SECRET, tenant="contoso", mailbox=granted or self.user)
        (tmp_path / "dsarbot.toml").write_text(config)
        base = {"DSARBOT_IMAP_URL": dovecot.url(self.user), "DSARBOT_OAUTH_PROVIDER": provider,
                "DSARBOT_OAUTH_CLIENT_ID": self.client_id, "DSARBOT_OAUTH_CLIENT_SECRET": SECRET}
        if provider == "microsoft":
            base |= {"DSARBOT_OAUTH_TENANT_ID": "contoso", "DSARBOT_OAUTH_TOKEN_URL": self.idp.base}
        else:
            base |= {"DSARBOT_OAUTH_TOKEN_URL": self.idp.token_url}
        if relay is not None:
            base["DSARBOT_SMTP_URL"] = relay.url_for(self.user)
        self.rt = make_runtime(tmp_path, **(base | env))
        [self.spec] = imap_conn.mailboxes(self.rt.settings)
        self.watchers: list[Watcher] = []
        self.workers: list[worker.Worker] = []

    def watch(self, backoff_base: float = 0.1, backoff_cap: float = 0.5) -> Watcher:
        w = Watcher(self.rt, self.spec, backoff_base=backoff_base, backoff_cap=backoff_cap)
        w.start()
        self.watchers.append(w)
        return w

    def work(self) -> None:
        w = worker.Worker(self.rt)
        w.start()
        self.workers.append(w)

    def stored(self) -> list[StoredMessage]:
        with self.rt.session() as session:
            return list(session.exec(select(StoredMessage).order_by(StoredMessage.id)).all())  # type: ignore[arg-type]

    def wait_stored(self, n: int, timeout: float = 10.0) -> list[StoredMessage]:
        return wait_until(lambda: (rows := self.stored()) and len(rows) >= n and rows, timeout)  # type: ignore[no-any-return]

    def end_session(self) -> None:
        """The server ends the watcher's session (SIGTERM: Dovecot says BYE), as Exchange does at expiry."""
        pids = self.dovecot.imap_pids(self.user)
        assert pids, "the watcher has no session to end"
        for pid in pids:
            os.kill(pid, signal.SIGTERM)

    def close(self) -> None:
        for w in self.watchers:
            w.stop()
        for k in self.workers:
            k.stop()
        self.rt.engine.dispose()


@pytest.fixture
def mailbox(oauth_imap: OAuthDovecot, tmp_path: Path) -> Iterator[Mailbox]:
    m = Mailbox(oauth_imap, tmp_path)
    yield m
    m.close()


@pytest.fixture
def xoauth2_relay(module_oauth: OAuthServer) -> Iterator[XOAuth2Relay]:
    relay = XOAuth2Relay(lambda token: ((i := module_oauth.valid(token)) and i.username) or None).start()
    yield relay
    relay.stop()


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


# --- it works ------------------------------------------------------------------------------------

def test_a_request_in_a_microsoft_365_mailbox_is_acknowledged_through_the_xoauth2_relay(
        oauth_imap: OAuthDovecot, xoauth2_relay: XOAuth2Relay, tmp_path: Path) -> None:
    m = Mailbox(oauth_imap, tmp_path, relay=xoauth2_relay)
    try:
        m.work()
        m.watch()
        oauth_imap.append(m.user, request_mail(sender="Maija Meikäläinen <maija@example.fi>",
                                               message_id="<oauth-req@example.fi>"))
        [ack] = xoauth2_relay.wait_for(1, timeout=15)
        assert ack.rcpt_tos == ["maija@example.fi"] and "DSAR-" in str(ack.message["Subject"])
        assert xoauth2_relay.oauth_handler.logins == [m.user]  # the relay saw the mailbox's own login
        with m.rt.session() as session:
            [case] = store.list_cases(session)
        assert case.requester_email == "maija@example.fi"
        # the watcher, the IMAP marker and the relay shared one token
        wait_until(lambda: b"DSAR" in _flags(oauth_imap, m.user))
        assert _requests_of(m) == 1
    finally:
        m.close()


def _requests_of(m: Mailbox) -> int:
    return sum(s.requests for s in registry.all_sources())


def _flags(dovecot: OAuthDovecot, user: str) -> bytes:
    c = dovecot.client(user)
    try:
        c.select_folder("INBOX", readonly=True)
        data = c.fetch(c.search(["ALL"]), ["FLAGS"])
    finally:
        c.logout()
    return b" ".join(f for item in data.values() for f in item[b"FLAGS"])


def test_a_server_without_xoauth2_is_logged_in_to_with_oauthbearer(module_oauth: OAuthServer,
                                                                  tmp_path: Path) -> None:
    for dovecot in oauth_dovecot(module_oauth, mechanisms="oauthbearer"):
        m = Mailbox(dovecot, tmp_path, provider="oauth2")
        try:
            m.watch()
            dovecot.append(m.user, plain_mail("Tarjous", "Hei, tässä tarjouksemme."))
            [row] = m.wait_stored(1)
            assert row.source == "imap"
        finally:
            m.close()


def test_a_google_workspace_mailbox_is_read_as_the_user_the_service_account_acts_for(
        oauth_imap: OAuthDovecot, tmp_path: Path) -> None:
    user = oauth_imap.new_user()
    key = oauth_imap.oauth.add_service_account(tmp_path, "dsarbot@firma.iam.gserviceaccount.com", "4242",
                                               users={user})
    (tmp_path / "dsarbot.toml").write_text("")
    rt = make_runtime(tmp_path, DSARBOT_IMAP_URL=oauth_imap.url(user), DSARBOT_OAUTH_PROVIDER="google",
                      DSARBOT_GOOGLE_SERVICE_ACCOUNT_FILE=str(key),
                      DSARBOT_OAUTH_TOKEN_URL=oauth_imap.oauth.google_token_url)
    [spec] = imap_conn.mailboxes(rt.settings)
    w = Watcher(rt, spec, backoff_base=0.1, backoff_cap=0.5)
    try:
        oauth_imap.append(user, plain_mail("Lasku 123", "Liitteenä lasku."))
        w.start()
        wait_until(lambda: _count(rt) == 1)
    finally:
        w.stop()
        rt.engine.dispose()


def _count(rt: Runtime) -> int:
    with rt.session() as session:
        return len(session.exec(select(StoredMessage)).all())


# --- tokens expire ---------------------------------------------------------------------------------

def test_when_the_token_expires_during_idle_the_watcher_logs_in_again_and_loses_nothing(
        mailbox: Mailbox, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="dsarbot"):
        mailbox.dovecot.append(mailbox.user, request_mail(message_id="<before-expiry@example.fi>"))
        w = mailbox.watch()
        mailbox.wait_stored(1)
        wait_until(w.idling.is_set)
        refused_before = mailbox.idp.requests["introspect_refused"]
        mailbox.idp.expire_tokens()  # the server no longer takes the token the watcher holds
        mailbox.end_session()
        mailbox.dovecot.append(mailbox.user, request_mail(message_id="<after-expiry@example.fi>"))
        rows = mailbox.wait_stored(2)
        wait_until(w.idling.is_set)
    assert [r.message_id for r in rows] == ["<before-expiry@example.fi>", "<after-expiry@example.fi>"]
    assert mailbox.idp.requests["introspect_refused"] > refused_before  # the old token was tried and refused
    assert _requests_of(mailbox) == 2  # one new token, not one per attempt
    assert not any("OAuth2" in line for line in warnings_of(caplog))  # a stale token is routine, not an alarm


def test_short_lived_tokens_cost_one_request_per_lifetime_however_often_the_watcher_reconnects(
        oauth_imap: OAuthDovecot, tmp_path: Path) -> None:
    lifetime, run = 2.0, 6.0  # whole seconds: expires_in is an integer
    oauth_imap.oauth.lifetime = lifetime
    m = Mailbox(oauth_imap, tmp_path)
    try:
        w = m.watch(backoff_base=0.05, backoff_cap=0.05)
        started, reconnects = time.monotonic(), 0
        while time.monotonic() - started < run:
            wait_until(w.idling.is_set, timeout=5)
            m.end_session()
            reconnects += 1
            time.sleep(0.2)
        elapsed = time.monotonic() - started
        m.dovecot.append(m.user, plain_mail("Viimeinen", "Tämä tulee lopuksi."))
        m.wait_stored(1)
    finally:
        oauth_imap.oauth.lifetime = 300.0
        m.close()
    assert reconnects >= 10
    assert 2 <= _requests_of(m) <= int(elapsed / lifetime) + 2


# --- failures: said once, backed off, shown to staff ----------------------------------------------

def test_a_revoked_secret_is_said_once_backed_off_and_shown_to_staff(
        oauth_imap: OAuthDovecot, tmp_path: Path, fake_slack: FakeSlack,
        caplog: pytest.LogCaptureFixture) -> None:
    m = Mailbox(oauth_imap, tmp_path, config="[imap]\nunreadable_alert_minutes = 0.01\n", **slack_env(fake_slack))
    m.idp.revoke(m.client_id)
    try:
        with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
            w = m.watch(backoff_base=0.05, backoff_cap=0.4)
            wait_until(lambda: w.failures >= 5, timeout=10)
            assert w._thread is not None and w._thread.is_alive()
        told = warnings_of(caplog)
        assert len(told) == 1 and "DSARBOT_OAUTH_CLIENT_SECRET" in told[0]  # the advice, once
        delays = [float(r.getMessage().split("retrying in ")[1].split(" s")[0]) for r in caplog.records
                  if "retrying in" in r.getMessage()]
        assert delays[:4] == [0.05, 0.1, 0.2, 0.4] and max(delays) <= 0.4
        assert SECRET not in caplog.text

        time.sleep(0.7)  # longer than the (shortened) 15 minutes
        assert health.alert_unreadable(m.rt) == 1
        assert health.alert_unreadable(m.rt) == 0  # told once
        worker.drain(m.rt)
        post = fake_slack.wait_for("chat.postMessage")
        assert f"{m.user}@127.0.0.1:{m.dovecot.port}/INBOX has not been readable" in post.text()
        assert "DSARBOT_OAUTH_CLIENT_SECRET" in post.text()

        listener = TestClient(web.create_app(m.rt), base_url="http://localhost", client=("127.0.0.1", 50000))
        detail = listener.get("/healthz")
        assert detail.status_code == 200 and detail.json()["status"] == "degraded"
        [box] = detail.json()["mailboxes"]
        assert box["ok"] is False and box["alert"] is True and "DSARBOT_OAUTH_CLIENT_SECRET" in box["error"]
        assert "has not been readable" in listener.get("/").text  # the dashboard banner

        m.idp.clients[m.client_id].revoked = False  # a new secret is in place
        m.dovecot.append(m.user, plain_mail("Odottanut", "Tämä odotti."))
        m.wait_stored(1)
        wait_until(lambda: health.alert_unreadable(m.rt) == 1)
        worker.drain(m.rt)
        fake_slack.wait_for("chat.postMessage", lambda c: "is readable again" in c.text())
        assert listener.get("/healthz").json()["status"] == "ok"
        assert "has not been readable" not in listener.get("/").text
    finally:
        m.close()


def test_an_app_without_permission_on_the_mailbox_is_told_to_grant_full_access(
        oauth_imap: OAuthDovecot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    m = Mailbox(oauth_imap, tmp_path, granted="someone-else@example.test")
    try:
        with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
            w = m.watch()
            wait_until(lambda: w.failures >= 2)
        [told] = warnings_of(caplog)
        assert f"Exchange refused the app's token for {m.user}" in told
        assert f"Add-MailboxPermission -Identity {m.user}" in told and "Enterprise Application" in told
    finally:
        m.close()


def test_a_token_endpoint_that_is_down_delays_the_mail_but_loses_none(
        mailbox: Mailbox, caplog: pytest.LogCaptureFixture) -> None:
    mailbox.idp.stop()
    try:
        with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
            w = mailbox.watch()
            wait_until(lambda: w.failures >= 2)
            mailbox.dovecot.append(mailbox.user, plain_mail("Sillä välin", "Saapui katkon aikana."))
    finally:
        mailbox.idp.start()
    mailbox.wait_stored(1)  # taken in once the endpoint is back
    [told] = warnings_of(caplog)
    assert "cannot be reached" in told and f"127.0.0.1:{mailbox.idp.port}" in told


def test_a_slow_token_endpoint_times_out_and_is_tried_again(oauth_imap: OAuthDovecot, tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    m = Mailbox(oauth_imap, tmp_path, config="[oauth]\ntimeout_seconds = 0.3\n")
    m.idp.delay = 1.0
    try:
        with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
            w = m.watch()
            wait_until(lambda: w.failures >= 2)
        assert "did not answer within 0.3 s" in warnings_of(caplog)[0]
        m.idp.delay = 0.0
        m.dovecot.append(m.user, plain_mail("Hidas", "Perillä."))
        m.wait_stored(1)
    finally:
        m.idp.delay = 0.0
        m.close()


def test_a_relay_that_refuses_its_own_credentials_keeps_the_reply_queued_and_says_why(
        oauth_imap: OAuthDovecot, xoauth2_relay: XOAuth2Relay, tmp_path: Path) -> None:
    relay_app = f"relay-{next(_apps)}"
    oauth_imap.oauth.add_client(relay_app, "relay-secret", tenant="contoso")
    oauth_imap.oauth.revoke(relay_app)
    m = Mailbox(oauth_imap, tmp_path, relay=xoauth2_relay,
                config=f'[outbound.oauth]\nclient_id = "{relay_app}"\nclient_secret = "relay-secret"\n')
    try:
        m.watch()
        m.dovecot.append(m.user, request_mail(message_id="<relay-refused@example.fi>"))
        m.wait_stored(1)
        wait_until(lambda: _outbox_error(m.rt), timeout=15, interval=0.2)
        [row] = _outbox(m.rt)
        assert row.state == "queued" and "Microsoft refused the client secret" in (row.last_error or "")
        [relay_health] = [s for s in health.statuses(m.rt) if s.kind == "relay"]
        assert relay_health.failing_since is not None and "client secret" in (relay_health.error or "")
        assert xoauth2_relay.messages == []
    finally:
        m.close()


def _outbox(rt: Runtime) -> list[OutboxMessage]:
    with rt.session() as session:
        return list(session.exec(select(OutboxMessage)).all())


def _outbox_error(rt: Runtime) -> bool:
    worker.drain(rt)
    return any(r.last_error for r in _outbox(rt))


def test_exchanges_token_expired_bye_is_a_reconnect_not_an_alarm() -> None:
    """Exchange ends an IDLE session with `* BYE Session invalidated - AccessTokenExpired` (no such
    server runs here: its answer is played back to the watcher's IDLE loop)."""
    from dsarbot.intake.imap_watcher import TokenExpired

    class Exchange:
        def idle_check(self, timeout: float) -> list[Any]:
            return [(b"BYE", b"Session invalidated - AccessTokenExpired")]

    w = Watcher.__new__(Watcher)
    w._stop = __import__("threading").Event()
    lost = w._idle_wait(Exchange(), 5.0)  # type: ignore[arg-type]
    assert isinstance(lost, TokenExpired) and "token expired" in str(lost)
