"""Replies and the outbox: what the requester receives, threading, retries, the local outbox folder."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from support.corpora import corpus_mail
from support.factories import request_mail
from support.runtime import make_runtime
from support.smtp import Relay

from dsarbot import decisions, outbox_sender, processing, store, worker
from dsarbot.decisions import Actor
from dsarbot.intake import ingest
from dsarbot.models import Job, OutboxMessage, utcnow
from dsarbot.outbound import queue_mail, send_reply
from dsarbot.runtime import Runtime

STAFF = Actor("cli:alice")
REQUESTER = "maija.meikalainen@example.fi"


@pytest.fixture
def relayed(tmp_path: Path, relay: Relay) -> Runtime:
    """A runtime whose outbound relay is the capturing `relay`."""
    return make_runtime(tmp_path, DSARBOT_SMTP_URL=relay.url)


def _receive(rt: Runtime, raw: bytes) -> None:
    ingest.store_raw(rt, raw, source="smtp", controller_id="demo")
    worker.drain(rt)


def _only_case(rt: Runtime):  # type: ignore[no-untyped-def]
    with rt.session() as session:
        found = store.list_cases(session)
    assert len(found) == 1, [c.reference for c in found]
    return found[0]


def test_acknowledgement_threads_to_the_request_and_comes_from_the_controller(
        relayed: Runtime, relay: Relay) -> None:
    raw = request_mail(message_id="<req-42@example.fi>",
                       headers={"References": "<older-1@example.fi> <older-2@example.fi>"})
    _receive(relayed, raw)
    case = _only_case(relayed)
    [mail] = relay.wait_for(1)
    msg = mail.message
    assert mail.rcpt_tos == [REQUESTER]
    assert mail.mail_from == "info@kattopojat.example.fi"  # bounces come back to the watched mailbox
    assert str(msg["From"]) == "Kattopojat Oy <info@kattopojat.example.fi>"
    assert msg["To"] == REQUESTER
    assert f"[{case.reference}]" in msg["Subject"]
    assert msg["In-Reply-To"] == "<req-42@example.fi>"
    assert msg["References"].split() == ["<older-1@example.fi>", "<older-2@example.fi>", "<req-42@example.fi>"]
    assert re.fullmatch(r"<dsar\.[A-Za-z0-9._-]+@kattopojat\.example\.fi>", msg["Message-ID"])
    assert processing.OWN_ID_RE.search(msg["Message-ID"].encode())
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["Content-Language"] == "fi"
    assert msg["Date"]
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    assert case.reference in text.get_content() and "<p>" in html.get_content()
    assert "pyyntö" in text.get_content().lower()  # written in Finnish, the requester's language


@pytest.mark.parametrize(("name", "language", "phrase"), [
    ("corpus_extra2/021-en-access-formal-sar-letter.eml", "en", "request"),
    ("corpus_extra/022-sv-se-erasure-radera-konto.eml", "sv", "begäran"),
])
def test_reply_is_in_the_requesters_language(relayed: Runtime, relay: Relay,
                                             name: str, language: str, phrase: str) -> None:
    _receive(relayed, corpus_mail(name))
    [mail] = relay.wait_for(1)
    msg = mail.message
    assert msg["Content-Language"] == language
    body = msg.get_body(("plain",))
    assert body is not None and phrase in body.get_content().lower()


def test_reply_to_our_acknowledgement_joins_the_case_and_verifies_it(relayed: Runtime, relay: Relay) -> None:
    _receive(relayed, request_mail(message_id="<req-7@example.fi>"))
    [ack] = relay.wait_for(1)
    reply = request_mail(subject=f"Re: {ack.message['Subject']}", body="Kyllä, pyyntö on minulta.\n",
                         message_id="<req-7-reply@example.fi>", in_reply_to=ack.message["Message-ID"])
    _receive(relayed, reply)
    case = _only_case(relayed)
    assert case.verified and case.state == "awaiting_approval"


def test_relay_down_the_reply_waits_and_goes_out_once_when_it_is_back(relayed: Runtime, relay: Relay) -> None:
    relay.stop()
    _receive(relayed, request_mail())
    case = _only_case(relayed)
    with relayed.session() as session:
        [row] = store.outbox_for_case(session, case.id or 0)
    assert row.state == "queued" and row.attempts == 1 and "Connection" in (row.last_error or "")
    assert row.next_attempt_at > utcnow()  # backing off, not hammering the relay
    relay.start()
    worker.drain(relayed)
    assert relay.messages == []  # not due yet
    with relayed.session() as session:  # time passes
        session.execute(sa.update(OutboxMessage).values(next_attempt_at=utcnow()))
    worker.drain(relayed)
    worker.drain(relayed)
    [mail] = relay.wait_for(1)
    assert mail.message["Message-ID"] == row.message_id
    with relayed.session() as session:
        [row] = store.outbox_for_case(session, case.id or 0)
        events = [e.type for e in store.case_events(session, case.id or 0)]
    assert row.state == "sent" and row.attempts == 2
    assert "reply_queued" in events and "reply_sent" in events
    assert len(relay.messages) == 1


def test_after_the_last_attempt_the_mail_is_failed_and_staff_are_told(tmp_path: Path) -> None:
    rt = make_runtime(tmp_path, DSARBOT_SMTP_URL="smtp://127.0.0.1:9")  # nothing listens on port 9
    _receive(rt, request_mail())
    case = _only_case(rt)
    for _ in range(rt.settings.outbound.max_attempts):
        with rt.session() as session:
            session.execute(sa.update(OutboxMessage).where(OutboxMessage.state == "queued")
                            .values(next_attempt_at=utcnow()))
        worker.drain(rt)
    with rt.session() as session:
        [row] = store.outbox_for_case(session, case.id or 0)
        events = store.case_events(session, case.id or 0)
    assert row.state == "failed" and row.attempts == rt.settings.outbound.max_attempts
    assert any(e.type == "reply_failed" and "Connection" in (e.reason or "") for e in events)  # on the timeline


def test_a_crash_between_send_and_mark_resends_the_same_message_id(relayed: Runtime, relay: Relay) -> None:
    relay_url = relayed.settings.outbound.smtp_url
    assert relay_url
    _receive(relayed, request_mail())
    first = relay.wait_for(1)[0]
    # Simulate: the relay took the mail but the process died before marking it sent.
    with relayed.session() as session:
        session.execute(sa.update(OutboxMessage).values(state="sending", next_attempt_at=utcnow()))
    assert outbox_sender.send_one(relayed)
    second = relay.wait_for(2)[1]
    assert second.message["Message-ID"] == first.message["Message-ID"]
    assert second.data == first.data


def test_without_a_relay_mail_is_written_to_the_outbox_folder(rt: Runtime) -> None:
    _receive(rt, request_mail())
    case = _only_case(rt)
    files = sorted(rt.settings.outbox_dir.glob("*.eml"))
    assert [f.name.rsplit("-", 1)[0] for f in files] == [f"{case.reference}-acknowledgement"]
    msg = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert f"[{case.reference}]" in msg["Subject"] and msg["Auto-Submitted"] == "auto-replied"
    assert not list(rt.settings.outbox_dir.glob(".*"))  # no half-written temporary files left


def test_a_retried_reply_job_writes_one_outbox_row(rt: Runtime) -> None:
    _receive(rt, request_mail())
    case = _only_case(rt)
    with rt.session() as session:
        decisions.reject(session, case.reference, STAFF, "Pyyntö koskee toisen henkilön tietoja.")
    with rt.session() as session:
        job = next(j for j in store.jobs_for_case(session, case.id or 0)
                   if j.type == "send_reply" and j.payload["purpose"] == "rejection")
        fresh = session.get(Job, job.id)
        assert fresh is not None
        send_reply(rt, session, fresh)
        send_reply(rt, session, fresh)  # e.g. the worker died after the handler, before finishing the job
        rows = [r for r in store.outbox_for_case(session, case.id or 0) if r.purpose == "rejection"]
    assert len(rows) == 1
    worker.drain(rt)
    with rt.session() as session:
        rows = [r for r in store.outbox_for_case(session, case.id or 0) if r.purpose == "rejection"]
    assert len(rows) == 1 and rows[0].state == "sent"


def test_attachments_travel_with_the_reply(relayed: Runtime, relay: Relay) -> None:
    _receive(relayed, request_mail())
    relay.wait_for(1)
    case = _only_case(relayed)
    with relayed.session() as session:
        queue_mail(relayed, session, case, "portability_export", attachments=[
            (f"{case.reference}.json", "application/json", b'{"name": "Maija"}'),
            (f"{case.reference}.csv", "text/csv", b"name\r\nMaija\r\n"),
        ])
    worker.drain(relayed)
    mail = relay.wait_for(2)[1].message
    names = sorted(p.get_filename() for p in mail.iter_attachments())
    assert names == [f"{case.reference}.csv", f"{case.reference}.json"]
    assert mail.get_body(("plain",)) is not None and mail.get_body(("html",)) is not None


def test_a_bounce_of_our_reply_is_recorded_on_the_case(relayed: Runtime, relay: Relay) -> None:
    _receive(relayed, request_mail())
    ack = relay.wait_for(1)[0].message
    bounce = corpus_mail("corpus_extra/047-auto-dsn-exim-rfc822-headers.eml")
    # The DSN quotes the headers of the mail it returns: make that mail our acknowledgement.
    bounce = bounce.replace(b"<dsar-2025-0031-ack@lumivalo.example.fi>", ack["Message-ID"].encode())
    _receive(relayed, bounce)
    case = _only_case(relayed)
    with relayed.session() as session:
        events = [e.type for e in store.case_events(session, case.id or 0)]
    assert "bounce" in events


def test_timeline_shows_queued_and_sent_with_purpose(relayed: Runtime, relay: Relay) -> None:
    _receive(relayed, request_mail())
    relay.wait_for(1)
    case = _only_case(relayed)
    with relayed.session() as session:
        events = {e.type: e.data for e in store.case_events(session, case.id or 0)}
    assert events["reply_queued"]["purpose"] == "acknowledgement"
    assert events["reply_sent"]["outbox"] == events["reply_queued"]["outbox"]


def test_retry_delays_grow_and_are_capped() -> None:
    delays = [outbox_sender.retry_delay(n) for n in range(1, 12)]
    assert delays[0] == timedelta(seconds=30) and delays == sorted(delays)
    assert max(delays) == timedelta(hours=1)


def test_a_request_in_a_language_without_templates_is_answered_in_english(relayed: Runtime, relay: Relay) -> None:
    body = ("Dzień dobry,\n\nproszę o usunięcie moich danych osobowych z Państwa systemów.\n\n"
            "Z poważaniem\nJan Kowalski\n")
    _receive(relayed, request_mail(sender="Jan Kowalski <jan.kowalski@example.pl>", subject="Usunięcie danych",
                                   body=body, message_id="<pl-1@example.pl>"))
    case = _only_case(relayed)
    # A language the classifier does not fully read always goes to staff first (the safety net) ...
    assert case.state == "triage" and case.language == "pl" and "erasure" in case.kinds
    with relayed.session() as session:
        decisions.confirm(session, case.reference, STAFF, ["erasure"])
    worker.drain(relayed)
    [mail] = relay.wait_for(1)  # ... and once staff confirm it, the acknowledgement goes out
    assert _only_case(relayed).language == "pl"  # the case keeps the requester's language
    assert mail.message["Content-Language"] == "en"  # no Polish templates: English
    text = mail.message.get_body(("plain",))
    assert text is not None and "request" in text.get_content().lower()
