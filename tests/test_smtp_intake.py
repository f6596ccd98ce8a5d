"""The SMTP intake, spoken to with smtplib over a real socket."""

from __future__ import annotations

import email.policy
import smtplib
import ssl
import threading
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from support.factories import request_mail
from support.runtime import make_runtime
from support.smtp import free_port
from support.tls import self_signed

from dsarbot import store, worker
from dsarbot.intake import ingest
from dsarbot.intake.smtp_server import SmtpIntake
from dsarbot.runtime import Runtime

INFO = "info@kattopojat.example.fi"



def _stored(rt: Runtime) -> list:  # type: ignore[type-arg]
    with rt.session() as session:
        return list(store.pending_messages(session, limit=10_000))


def test_mail_for_the_controller_is_stored_with_its_envelope_before_250(rt: Runtime, intake: SmtpIntake) -> None:
    raw = request_mail(message_id="<smtp-1@example.fi>").replace(b"\n", b"\r\n")
    before = datetime.now(UTC)
    with smtplib.SMTP(intake.host, intake.port) as s:
        code, reply = s.ehlo()
        assert b"SMTPUTF8" in reply and b"8BITMIME" in reply and b"SIZE" in reply
        s.mail("maija.meikalainen@example.fi")
        s.rcpt(INFO)
        code, reply = s.data(raw)
    assert code == 250
    [row] = _stored(rt)  # the 250 came after the commit: the row is there now
    assert row.source == "smtp" and row.controller_id == "demo"
    assert row.envelope_from == "maija.meikalainen@example.fi" and row.envelope_to == [INFO]
    assert before - timedelta(seconds=1) <= row.received_at <= datetime.now(UTC)
    assert rt.sealer.open(row.raw_sealed) == raw
    assert f"message {row.id}".encode() in reply


def test_mail_for_someone_else_is_refused_at_rcpt_with_550(rt: Runtime, intake: SmtpIntake) -> None:
    with smtplib.SMTP(intake.host, intake.port) as s:
        s.ehlo()
        s.mail("spammer@example.org")
        code, _ = s.rcpt("someone@elsewhere.example.com")
        assert code == 550
        s.rset()
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            s.sendmail("spammer@example.org", ["victim@elsewhere.example.com"], request_mail())
    assert _stored(rt) == []


def test_oversize_mail_is_refused_with_552(tmp_path: Path) -> None:
    (tmp_path / "dsarbot.toml").write_text("[intake]\nmax_message_size = 20000\n")
    rt = make_runtime(tmp_path)
    server = SmtpIntake(rt, listen=f"127.0.0.1:{free_port()}")
    server.start()
    try:
        with smtplib.SMTP(server.host, server.port) as s, pytest.raises(smtplib.SMTPException) as err:
            s.sendmail("a@example.org", [INFO], request_mail(body="x" * 30_000))
        assert "552" in str(err.value)
        with smtplib.SMTP(server.host, server.port) as s:
            s.sendmail("a@example.org", [INFO], request_mail())  # a normal mail still goes in
    finally:
        server.stop()
    assert len(_stored(rt)) == 1


def test_smtputf8_mail_is_stored_byte_for_byte(rt: Runtime, intake: SmtpIntake) -> None:
    msg = EmailMessage(policy=email.policy.SMTPUTF8)
    msg["From"] = "Jörg Müller <jörg@exämple.test>"
    msg["To"] = INFO
    msg["Subject"] = "Tietojeni poistaminen ✓"
    msg["Message-ID"] = "<utf8-1@exämple.test>"
    msg.set_content("Hei,\npoistakaa tietoni. Zürich ✓\n", cte="8bit")
    raw = msg.as_bytes()
    with smtplib.SMTP(intake.host, intake.port) as s:
        s.send_message(msg)  # smtplib adds SMTPUTF8 and BODY=8BITMIME because the server offers them
    [row] = _stored(rt)
    assert row.envelope_from == "jörg@exämple.test"
    assert rt.sealer.open(row.raw_sealed).replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")


def test_many_senders_in_parallel_lose_nothing(rt: Runtime, intake: SmtpIntake) -> None:
    errors: list[BaseException] = []

    def send(worker_no: int) -> None:
        try:
            with smtplib.SMTP(intake.host, intake.port) as s:
                for i in range(25):
                    s.sendmail("a@example.org", [INFO], request_mail(message_id=f"<par-{worker_no}-{i}@x>"))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    stored = _stored(rt)
    assert len(stored) == 200
    assert len({m.message_id for m in stored}) == 200


def test_a_storage_failure_answers_451_never_250(rt: Runtime, intake: SmtpIntake,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(ingest, "store_raw", broken)
    with smtplib.SMTP(intake.host, intake.port) as s, pytest.raises(smtplib.SMTPDataError) as err:
        s.sendmail("a@example.org", [INFO], request_mail())
    assert err.value.smtp_code == 451
    monkeypatch.undo()
    with smtplib.SMTP(intake.host, intake.port) as s:  # the sender's retry is accepted
        s.sendmail("a@example.org", [INFO], request_mail())
    assert len(_stored(rt)) == 1


def test_the_same_mail_twice_is_stored_once(rt: Runtime, intake: SmtpIntake) -> None:
    raw = request_mail(message_id="<twice@example.fi>")
    for _ in range(2):
        with smtplib.SMTP(intake.host, intake.port) as s:
            s.sendmail("a@example.org", [INFO], raw)
    assert len(_stored(rt)) == 1


def test_a_malformed_mail_is_stored_reported_and_does_not_stop_intake(rt: Runtime, intake: SmtpIntake) -> None:
    garbage = (b"From: <<<broken\r\nSubject: =?utf-8?B?!!!notbase64?=\r\nContent-Type: multipart/mixed; "
               b"boundary=\r\nContent-Transfer-Encoding: base64\r\n\r\n\xff\xfe\x00\x01--\r\n")
    with smtplib.SMTP(intake.host, intake.port) as s:
        s.sendmail("a@example.org", [INFO], garbage)
        s.sendmail("a@example.org", [INFO], request_mail(message_id="<after-garbage@example.fi>"))
    assert len(_stored(rt)) == 2
    worker.drain(rt)
    with rt.session() as session:
        rows = [store.message_by_id(session, i) for i in (1, 2)]
        cases = store.list_cases(session)
    assert rows[0] is not None and rows[0].status in ("failed", "processed")
    assert rows[0].case_id is None
    assert [c.request_message_id for c in cases] == ["<after-garbage@example.fi>"]


def test_a_request_through_smtp_opens_a_case_and_queues_the_acknowledgement(
        rt: Runtime, intake: SmtpIntake) -> None:
    with smtplib.SMTP(intake.host, intake.port) as s:
        s.sendmail("maija.meikalainen@example.fi", [INFO], request_mail())
    worker.drain(rt)
    with rt.session() as session:
        [case] = store.list_cases(session)
        [ack] = store.outbox_for_case(session, case.id or 0)
    assert ack.purpose == "acknowledgement" and ack.state == "sent"
    assert list(rt.settings.outbox_dir.glob(f"{case.reference}-acknowledgement-*.eml"))


def test_facing_the_internet_auth_is_required_and_only_over_starttls(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    (tmp_path / "dsarbot.toml").write_text(
        f'[intake]\ntls_cert = "{cert}"\ntls_key = "{key}"\n[intake.auth_users]\nrelay = "s3cret"\n')
    rt = make_runtime(tmp_path)
    server = SmtpIntake(rt, listen=f"127.0.0.1:{free_port()}")
    server.start()
    client_tls = ssl.create_default_context()
    client_tls.check_hostname = False
    client_tls.verify_mode = ssl.CERT_NONE
    try:
        with smtplib.SMTP(server.host, server.port) as s:
            s.ehlo()
            assert s.has_extn("starttls")
            with pytest.raises(smtplib.SMTPException):
                s.login("relay", "s3cret")  # no AUTH before TLS
            with pytest.raises(smtplib.SMTPSenderRefused):
                s.sendmail("a@example.org", [INFO], request_mail())  # and no mail without AUTH
        with smtplib.SMTP(server.host, server.port) as s:
            s.starttls(context=client_tls)
            with pytest.raises(smtplib.SMTPAuthenticationError):
                s.login("relay", "wrong")
        with smtplib.SMTP(server.host, server.port) as s:
            s.starttls(context=client_tls)
            s.login("relay", "s3cret")
            s.sendmail("a@example.org", [INFO], request_mail())
    finally:
        server.stop()
    assert len(_stored(rt)) == 1
