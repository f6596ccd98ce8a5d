"""From stored mail to cases: opening, de-duplication, threading, verification by reply, bounces."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from support.corpora import corpus_mail
from support.factories import request_mail
from typer.testing import CliRunner

from dsarbot import i18n, processing, retention, store
from dsarbot.intake import ingest
from dsarbot.models import OutboxMessage
from dsarbot.runtime import Runtime

ERASURE = ("Hei,\n\npyydän teitä poistamaan kaikki minua koskevat henkilötietoni rekisteristänne.\n\n"
           "Ystävällisin terveisin\nMaija Meikäläinen\n")


def _ingest(rt: Runtime, raw: bytes) -> list[processing.Result]:
    ingest.store_raw(rt, raw, source="test", received_at=datetime(2026, 4, 1, 9, tzinfo=UTC))
    return processing.process_pending(rt)


def _sent_ack(rt: Runtime, case_id: int, message_id: str = "<dsar.ack1@kattopojat.example.fi>") -> str:
    with rt.session() as session:
        store.add_outbox(session, OutboxMessage(case_id=case_id, purpose="acknowledgement", message_id=message_id,
                                                from_addr="info@kattopojat.example.fi",
                                                to_addr="maija.meikalainen@example.fi",
                                                raw_sealed=rt.sealer.seal(b"x"), state="sent"))
    return message_id


def test_request_mail_opens_a_case_awaiting_verification_with_an_ack_queued(rt: Runtime) -> None:
    [result] = _ingest(rt, request_mail(body=ERASURE))
    assert result.action == "opened" and result.case_reference == "DSAR-2026-0001"
    with rt.session() as session:
        case = store.case_by_reference(session, "DSAR-2026-0001")
        assert case is not None and case.id is not None
        jobs = {j.type: j for j in store.jobs_for_case(session, case.id)}
    assert case.state == "awaiting_verification"
    assert case.kinds == ["erasure"] and case.language == "fi"
    assert case.requester_email == "maija.meikalainen@example.fi"
    assert jobs["send_reply"].payload["purpose"] == "acknowledgement"


def test_the_same_mail_twice_opens_one_case(rt: Runtime) -> None:
    raw = request_mail(body=ERASURE, message_id="<twice@example.fi>")
    _ingest(rt, raw)
    _ingest(rt, raw)
    with rt.session() as session:
        assert len(store.list_cases(session)) == 1


def test_out_of_office_and_sales_mail_open_no_case(rt: Runtime) -> None:
    for name in ("corpus_extra5/021-auto-ooo-fi.eml", "corpus_extra5/028-other-sales-quote.eml"):
        [result] = _ingest(rt, corpus_mail(name))
        assert result.action in ("automated", "other"), name
    with rt.session() as session:
        assert store.list_cases(session) == []


def test_reply_from_the_same_address_to_our_ack_verifies(rt: Runtime) -> None:
    [opened] = _ingest(rt, request_mail(body=ERASURE))
    with rt.session() as session:
        case = store.case_by_reference(session, opened.case_reference or "")
        assert case is not None and case.id is not None
    ack_id = _sent_ack(rt, case.id)
    reply = request_mail(subject=f"Re: Pyyntönne on vastaanotettu [{case.reference}]",
                         body="Kyllä, pyyntö on minulta.\n", in_reply_to=ack_id)
    [follow] = _ingest(rt, reply)
    assert follow.action == "follow_up" and follow.case_reference == case.reference
    with rt.session() as session:
        case = store.case_by_reference(session, case.reference)
        assert case is not None
        assert len(store.list_cases(session)) == 1
    assert case.verified and case.state == "awaiting_approval"


def test_reply_from_another_address_does_not_verify(rt: Runtime) -> None:
    [opened] = _ingest(rt, request_mail(body=ERASURE))
    with rt.session() as session:
        case = store.case_by_reference(session, opened.case_reference or "")
        assert case is not None and case.id is not None
    ack_id = _sent_ack(rt, case.id)
    reply = request_mail(sender="Mallory <mallory@example.com>", subject=f"Re: [{case.reference}]",
                         body="Yes it was me.\n", in_reply_to=ack_id)
    [follow] = _ingest(rt, reply)
    assert follow.action == "follow_up" and "does NOT verify" in follow.detail
    with rt.session() as session:
        case = store.case_by_reference(session, case.reference)
        assert case is not None
    assert not case.verified and case.state == "awaiting_verification"


def test_bounce_of_our_mail_is_recorded_on_the_case(rt: Runtime) -> None:
    [opened] = _ingest(rt, request_mail(body=ERASURE))
    with rt.session() as session:
        case = store.case_by_reference(session, opened.case_reference or "")
        assert case is not None and case.id is not None
    ack_id = _sent_ack(rt, case.id)
    bounce = (
        "From: MAILER-DAEMON@mx.example.fi\r\nTo: info@kattopojat.example.fi\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\n"
        "Message-ID: <bounce1@mx.example.fi>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.fi\r\n\r\n"
        "Final-Recipient: rfc822; maija.meikalainen@example.fi\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        f"--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {ack_id}\r\nSubject: x\r\n--b--\r\n"
    ).encode()
    [result] = _ingest(rt, bounce)
    assert result.action == "bounce" and result.case_reference == case.reference
    with rt.session() as session:
        assert "bounce" in [e.type for e in store.case_events(session, case.id)]


def test_malformed_mail_is_stored_and_never_stops_the_queue(rt: Runtime) -> None:
    garbage = b"\xff\xfe\x00garbage without headers\r\n\r\n\x80\x81"
    good = request_mail(body=ERASURE)
    ingest.store_raw(rt, garbage, source="test")
    ingest.store_raw(rt, good, source="test")
    results = processing.process_pending(rt)
    assert [r.action for r in results][1] == "opened"
    assert results[0].action in ("other", "failed", "triage")
    with rt.session() as session:
        assert store.message_by_id(session, results[0].message_id) is not None


def test_purge_deletes_old_non_request_mail_but_keeps_cases(rt: Runtime) -> None:
    ingest.store_raw(rt, corpus_mail("corpus_extra5/028-other-sales-quote.eml"), source="test",
                     received_at=datetime.now(UTC) - timedelta(days=40))
    ingest.store_raw(rt, request_mail(body=ERASURE), source="test",
                     received_at=datetime.now(UTC) - timedelta(days=40))
    processing.process_pending(rt)
    with rt.session() as session:
        report = retention.purge(session, rt.settings)
    assert report.messages_deleted == 1
    with rt.session() as session:
        assert len(store.list_cases(session)) == 1


def test_cases_list_json_is_the_contract(rt: Runtime, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from dsarbot.cli import app

    _ingest(rt, request_mail(body=ERASURE))
    monkeypatch.setenv("DSARBOT_CONFIG", str(rt.settings.source_file))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", rt.settings.security.secret_key or "")
    result = CliRunner().invoke(app, ["cases", "list", "--json"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert {k: row[k] for k in ("reference", "state", "kinds", "language", "requester", "due_at")} == {
        "reference": "DSAR-2026-0001", "state": "awaiting_verification", "kinds": ["erasure"],
        "language": "fi", "requester": "maija.meikalainen@example.fi", "due_at": "2026-05-04"}
    assert row["received_at"] == "2026-04-01T12:00:00+03:00"  # 09:00 UTC, in Helsinki with its offset


def test_a_request_that_reaches_us_after_its_deadline_is_overdue_at_once_and_the_ack_says_so(rt: Runtime) -> None:
    from dsarbot import cases, worker

    arrived = datetime.now(UTC) - timedelta(days=40)  # e.g. a mail ingested from a file weeks later
    raw = request_mail(body=ERASURE, date=arrived.strftime("%a, %d %b %Y %H:%M:%S +0000"))
    ingest.store_raw(rt, raw, source="cli", received_at=ingest.arrival_for_file(raw))
    [result] = processing.process_pending(rt)
    worker.drain(rt)
    with rt.session() as session:
        case = store.case_by_reference(session, result.case_reference or "")
        assert case is not None and case.id is not None
        summary = cases.summary(case)
        late = [e for e in store.case_events(session, case.id) if e.type == "overdue_on_arrival"]
        [ack] = [rt.sealer.open(m.raw_sealed) for m in store.outbox_for_case(session, case.id)
                 if m.purpose == "acknowledgement"]
    assert summary["overdue"] is True and summary["days_left"] < 0
    assert late and "had already passed when it reached dsarbot" in (late[0].reason or "")
    import email
    import email.policy

    msg = email.message_from_bytes(ack, policy=email.policy.default)
    text = " ".join(str(msg.get_body(preferencelist=("plain",)).get_content()).split())  # type: ignore[union-attr]
    assert "määräaika päättyi" in text and "mahdollisimman pian" in text
    assert "viimeistään" not in text  # no promise of a date that is already behind us


def test_people_read_helsinki_time_in_cases_show_the_dashboard_and_slack(rt: Runtime, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from support.webui import client

    from dsarbot.cli import app
    from dsarbot.slack import cards

    _ingest(rt, request_mail(body=ERASURE))  # arrived 2026-04-01 09:00 UTC = 12:00 in Helsinki (EEST)
    monkeypatch.setenv("DSARBOT_CONFIG", str(rt.settings.source_file))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", rt.settings.security.secret_key or "")
    shown = CliRunner().invoke(app, ["cases", "show", "DSAR-2026-0001"], env={"COLUMNS": "200"}).output
    assert "received_at: 2026-04-01 12:00 (Helsinki)" in shown and "09:00" not in shown
    as_json = json.loads(CliRunner().invoke(app, ["cases", "show", "DSAR-2026-0001", "--json"]).output)
    assert as_json["received_at"] == "2026-04-01T12:00:00+03:00"
    opened = as_json["events"][0]["at"]
    assert opened.endswith(("+02:00", "+03:00")) and "." not in opened  # Helsinki offset, whole seconds
    with rt.session() as session:
        case = store.case_by_reference(session, "DSAR-2026-0001")
        assert case is not None
        card = cards.render(case, datetime(2026, 4, 2, tzinfo=UTC).date())
        finnish = cards.render(case, datetime(2026, 4, 2, tzinfo=UTC).date(), t=i18n.translator("fi"))
    assert "1 Apr 2026, 12:00" in json.dumps(card.blocks, ensure_ascii=False)  # each in the reader's convention
    assert "1.4.2026 klo 12.00" in json.dumps(finnish.blocks, ensure_ascii=False)
    assert "1 Apr 2026, 12:00" in client(rt).get("/cases/DSAR-2026-0001").text
