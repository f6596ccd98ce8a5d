"""The IMAP watcher against a real Dovecot: what reaches the database, and what the mailbox looks like."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select
from support.corpora import corpus_mail
from support.dovecot import Dovecot
from support.factories import request_mail
from support.runtime import make_runtime
from support.smtp import wait_until

from dsarbot import store, worker
from dsarbot.intake import imap_conn
from dsarbot.intake.imap_watcher import Watcher
from dsarbot.models import Job, StoredMessage

pytestmark = pytest.mark.dovecot


class Setup:
    """A runtime watching one fresh Dovecot user's INBOX."""

    def __init__(self, dovecot: Dovecot, tmp_path: Path, config: str = "") -> None:
        self.dovecot = dovecot
        self.user = dovecot.new_user()
        (tmp_path / "dsarbot.toml").write_text(config)
        self.rt = make_runtime(tmp_path, DSARBOT_IMAP_URL=dovecot.url(self.user))
        [self.spec] = imap_conn.mailboxes(self.rt.settings)
        self.watchers: list[Watcher] = []

    def watch(self, **options: float) -> Watcher:
        w = Watcher(self.rt, self.spec, backoff_base=0.1, backoff_cap=0.5, **options)
        w.start()
        self.watchers.append(w)
        return w

    def stored(self) -> list[StoredMessage]:
        with self.rt.session() as session:
            return list(session.exec(select(StoredMessage).order_by(StoredMessage.id)).all())  # type: ignore[arg-type]

    def wait_stored(self, n: int, timeout: float = 10.0) -> list[StoredMessage]:
        return wait_until(lambda: (rows := self.stored()) and len(rows) >= n and rows, timeout)  # type: ignore[no-any-return]

    def settle(self) -> None:
        """Let the worker do everything, including the IMAP marks it runs a moment later."""
        def done() -> bool:
            worker.drain(self.rt)
            with self.rt.session() as session:
                return not session.exec(select(Job).where(Job.type == "imap_mark",
                                                          Job.state == "pending")).first()
        wait_until(done, timeout=10, interval=0.2)

    def cases(self) -> list:  # type: ignore[type-arg]
        with self.rt.session() as session:
            return list(store.list_cases(session))

    def flags(self) -> dict[bytes, tuple[bytes, ...]]:
        """Message-ID -> flags of every mail in INBOX, as a person's mail program sees them."""
        c = self.dovecot.client(self.user)
        try:
            c.select_folder("INBOX", readonly=True)
            data = c.fetch(c.search(["ALL"]), ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        finally:
            c.logout()
        out = {}
        for item in data.values():
            header = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()
            out[header.encode()] = tuple(f for f in item[b"FLAGS"] if f != b"\\Recent")
        return out

    def close(self) -> None:
        for w in self.watchers:
            w.stop()
        self.rt.engine.dispose()


@pytest.fixture
def setup(dovecot: Dovecot, tmp_path: Path) -> Iterator[Setup]:
    s = Setup(dovecot, tmp_path)
    yield s
    s.close()


def _mid(raw: bytes) -> bytes:
    line = next(x for x in raw.splitlines() if x.lower().startswith(b"message-id:"))
    return line.split(b":", 1)[1].strip()


def test_a_request_becomes_a_case_with_an_acknowledgement_and_gets_the_keyword(setup: Setup) -> None:
    setup.watch()
    raw = request_mail(message_id="<imap-req-1@example.fi>")
    uid = setup.dovecot.append(setup.user, raw)
    [row] = setup.wait_stored(1)
    assert row.source == "imap" and row.uid == uid and row.controller_id == "demo"
    setup.settle()
    [case] = setup.cases()
    assert case.request_message_id == "<imap-req-1@example.fi>"
    with setup.rt.session() as session:
        [ack] = store.outbox_for_case(session, case.id or 0)
    assert ack.purpose == "acknowledgement" and ack.state == "sent"
    flags = setup.flags()[b"<imap-req-1@example.fi>"]
    assert b"DSAR" in flags and b"\\Seen" not in flags  # marked for people, still unread


def test_out_of_office_and_sales_mail_stay_unread_and_in_place(setup: Setup) -> None:
    ooo = corpus_mail("corpus_extra5/021-auto-ooo-fi.eml")
    sales = corpus_mail("corpus_extra5/028-other-sales-quote.eml")
    request = request_mail(message_id="<imap-req-2@example.fi>")
    for raw in (ooo, sales, request):
        setup.dovecot.append(setup.user, raw)
    setup.watch()
    setup.wait_stored(3)
    setup.settle()
    assert len(setup.cases()) == 1
    flags = setup.flags()
    assert len(flags) == 3  # nothing moved away
    assert flags[_mid(ooo)] == () and flags[_mid(sales)] == ()  # not read, not flagged, no keyword
    assert b"DSAR" in flags[b"<imap-req-2@example.fi>"]


def test_move_mode_moves_only_the_request(dovecot: Dovecot, tmp_path: Path) -> None:
    s = Setup(dovecot, tmp_path, '[imap]\non_request = "move"\nmove_to = "Tietosuoja"\n')
    try:
        sales = corpus_mail("corpus_extra5/028-other-sales-quote.eml")
        dovecot.append(s.user, sales)
        dovecot.append(s.user, request_mail(message_id="<imap-move@example.fi>"))
        s.watch()
        s.wait_stored(2)
        s.settle()
        assert list(s.flags()) == [_mid(sales)]
        c = dovecot.client(s.user)
        moved = c.folder_status("Tietosuoja", ["MESSAGES"])
        c.logout()
        assert moved[b"MESSAGES"] == 1
    finally:
        s.close()


def test_stop_and_restart_with_mail_in_between_handles_every_mail_once(setup: Setup) -> None:
    first = setup.watch()
    setup.dovecot.append(setup.user, request_mail(message_id="<r-a@example.fi>"))
    setup.wait_stored(1)
    first.stop()
    setup.dovecot.append(setup.user, request_mail(message_id="<r-b@example.fi>"))
    setup.dovecot.append(setup.user, request_mail(message_id="<r-c@example.fi>"))
    setup.watch()
    rows = setup.wait_stored(3)
    worker.drain(setup.rt)
    assert sorted(r.message_id or "" for r in rows) == ["<r-a@example.fi>", "<r-b@example.fi>", "<r-c@example.fi>"]
    assert len(setup.cases()) == 3
    with setup.rt.session() as session:
        state = store.mailbox_state(session, setup.spec.key)
    assert state.last_uid == 3


def test_a_rebuilt_mailbox_new_uidvalidity_opens_no_duplicate_cases(
        setup: Setup, caplog: pytest.LogCaptureFixture) -> None:
    a, b = request_mail(message_id="<v-a@example.fi>"), request_mail(message_id="<v-b@example.fi>")
    setup.dovecot.append(setup.user, a)
    setup.dovecot.append(setup.user, b)
    w = setup.watch()
    setup.wait_stored(2)
    worker.drain(setup.rt)
    w.stop()
    setup.dovecot.recreate_inbox(setup.user)
    for raw in (a, b, request_mail(message_id="<v-c@example.fi>")):
        setup.dovecot.append(setup.user, raw)
    with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
        setup.watch()
        setup.wait_stored(3)
        wait_until(lambda: "UIDVALIDITY changed" in caplog.text)
    worker.drain(setup.rt)
    assert len(setup.stored()) == 3
    assert len(setup.cases()) == 3


def test_a_connection_dropped_during_idle_is_reopened_and_new_mail_arrives(
        setup: Setup, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
        w = setup.watch()
        wait_until(w.idling.is_set)
        assert setup.dovecot.drop_connections(setup.user) >= 1
        setup.dovecot.append(setup.user, request_mail(message_id="<after-drop@example.fi>"))
        [row] = setup.wait_stored(1)
        assert row.message_id == "<after-drop@example.fi>"
        assert "connection failed or lost" in caplog.text


def test_a_server_restart_is_survived(setup: Setup, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
        w = setup.watch()
        wait_until(w.idling.is_set)
        setup.dovecot.restart()
        setup.dovecot.append(setup.user, request_mail(message_id="<after-restart@example.fi>"))
        [row] = setup.wait_stored(1, timeout=15)
    assert row.message_id == "<after-restart@example.fi>"
    assert caplog.text.count("connected (IDLE)") >= 2


def test_a_wrong_password_is_logged_clearly_and_retried_with_backoff(
        dovecot: Dovecot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    user = dovecot.new_user()
    rt = make_runtime(tmp_path, DSARBOT_IMAP_URL=dovecot.url(user, password="WrongPassw0rd"))
    [spec] = imap_conn.mailboxes(rt.settings)
    w = Watcher(rt, spec, backoff_base=0.05, backoff_cap=0.4)
    with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
        w.start()
        wait_until(lambda: w.failures >= 4, timeout=10)
        assert w._thread is not None and w._thread.is_alive()  # no crash
        w.stop()
    assert w._thread is not None and not w._thread.is_alive()
    assert "login refused: check the user name and password" in caplog.text
    assert "WrongPassw0rd" not in caplog.text
    delays = [float(r.message.split("retrying in ")[1].split(" s")[0]) for r in caplog.records
              if "retrying in" in r.message]
    assert delays[:4] == [0.05, 0.1, 0.2, 0.4] and max(delays) <= 0.4  # exponential, capped
    rt.engine.dispose()


def test_a_burst_arriving_while_the_watcher_is_busy_is_picked_up_at_once(setup: Setup) -> None:
    setup.watch()
    wait_until(lambda: setup.dovecot.imap_pids(setup.user))
    c = setup.dovecot.client(setup.user)
    try:
        for i in range(30):  # some arrive while the watcher searches and fetches the previous ones
            c.append("INBOX", request_mail(message_id=f"<burst-{i}@example.fi>"))
    finally:
        c.logout()
    rows = setup.wait_stored(30, timeout=8)  # long before the next IDLE renewal (9 min)
    assert len({r.uid for r in rows}) == 30


def test_a_short_idle_renewal_keeps_working(dovecot: Dovecot, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from imapclient import IMAPClient

    # Watch the renewals happen: each one ends IDLE with DONE, which Dovecot must answer with OK.
    renewals: list[tuple[float, object]] = []
    real_idle_done = IMAPClient.idle_done

    def idle_done(client: IMAPClient) -> object:
        answer = real_idle_done(client)
        renewals.append((time.monotonic(), answer))
        return answer

    monkeypatch.setattr(IMAPClient, "idle_done", idle_done)
    s = Setup(dovecot, tmp_path, "[imap]\nidle_renew_seconds = 1\n")
    try:
        started = time.monotonic()
        s.watch()
        wait_until(lambda: len(renewals) >= 2, timeout=10, interval=0.05)  # two renewals, not a guess
        first, second = renewals[0], renewals[1]
        assert first[0] - started >= 0.9 and second[0] - first[0] >= 0.9  # each after its second in IDLE
        for _, (text, _untagged) in renewals[:2]:  # type: ignore[misc]
            # Dovecot's OK to DONE says how long it held the IDLE: "Idle completed (1.002 + 1.002 + …".
            match = re.match(rb"Idle completed \((\d+\.\d+)", text)
            assert match and float(match.group(1)) >= 0.9, text
        assert len(dovecot.imap_pids(s.user)) == 1  # the same connection, renewed in place
        dovecot.append(s.user, request_mail(message_id="<after-renew@example.fi>"))
        [row] = s.wait_stored(1)
        assert row.message_id == "<after-renew@example.fi>"
    finally:
        s.close()


def test_without_idle_the_watcher_polls(dovecot: Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        caplog: pytest.LogCaptureFixture) -> None:
    from imapclient import IMAPClient

    has = IMAPClient.has_capability
    monkeypatch.setattr(IMAPClient, "has_capability", lambda self, cap: cap != "IDLE" and has(self, cap))
    s = Setup(dovecot, tmp_path, "[imap]\npoll_seconds = 1\n")
    try:
        with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
            s.watch()
            wait_until(lambda: "connected (polling every 1 s)" in caplog.text)
            dovecot.append(s.user, request_mail(message_id="<polled@example.fi>"))
            [row] = s.wait_stored(1, timeout=5)
        assert row.message_id == "<polled@example.fi>"
    finally:
        s.close()


def test_the_arrival_time_is_the_servers_internaldate(setup: Setup) -> None:
    from datetime import UTC, datetime, timedelta

    arrived = (datetime.now(UTC) - timedelta(hours=3)).replace(microsecond=0)
    c = setup.dovecot.client(setup.user)
    try:
        c.append("INBOX", request_mail(message_id="<late-reader@example.fi>"), msg_time=arrived)
    finally:
        c.logout()
    setup.watch()
    [row] = setup.wait_stored(1)
    assert row.received_at == arrived  # the legal clock starts at arrival, not when we read it
