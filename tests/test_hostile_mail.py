"""Hostile and broken mail through the real doors (SMTP intake, `dsarbot ingest`, `dsarbot classify`):
nothing is lost silently, and a mail the bot cannot process is a case staff see, never only a log line."""

from __future__ import annotations

import json
import os
import smtplib
import subprocess
import sys
from pathlib import Path

import pytest
from support.fake_slack import FakeSlack, settle
from support.smtp import free_port
from support.webui import client
from typer.testing import CliRunner

from dsarbot import store, worker
from dsarbot.intake.smtp_server import SmtpIntake
from dsarbot.models import Case
from dsarbot.runtime import Runtime

INFO = "info@kattopojat.example.fi"
# From and Reply-To with an unencoded 8-bit byte (Latin-1 "ä"), as old mail clients send them.
RAW_8BIT_FROM = (
    b"From: Maija J\xe4rvinen <maija.j\xe4rvinen@example.fi>\r\n"
    b"Reply-To: maija.j\xe4rvinen@example.fi\r\n"
    b"To: info@kattopojat.example.fi\r\n"
    b"Subject: Tietojeni poistaminen\r\n"
    b"Message-ID: <eight-bit-1@example.fi>\r\n"
    b"Date: Wed, 01 Apr 2026 09:00:00 +0300\r\n"
    b"\r\n"
    b"Hei,\r\n\r\npyydan poistamaan kaikki minua koskevat tietonne.\r\n\r\nTerveisin\r\nMaija\r\n"
)



def _send(server: SmtpIntake, raw: bytes) -> tuple[int, bytes]:
    with smtplib.SMTP(server.host, server.port) as s:
        s.ehlo()
        s.mail("sender@example.fi")
        s.rcpt(INFO)
        return s.data(raw)


def _cases(rt: Runtime) -> list[Case]:
    with rt.session() as session:
        return list(store.list_cases(session))


def test_a_request_whose_from_carries_a_raw_8bit_byte_opens_a_case_and_is_acknowledged(
        rt: Runtime, intake: SmtpIntake) -> None:
    code, _ = _send(intake, RAW_8BIT_FROM)
    assert code == 250
    worker.drain(rt)
    [case] = _cases(rt)
    assert case.state == "awaiting_verification"
    assert case.requester_email == "maija.järvinen@example.fi"  # the byte read as Latin-1/cp1252
    acks = list((rt.settings.outbox_dir).glob("*acknowledgement*.eml"))
    assert len(acks) == 1
    assert "maija.järvinen@example.fi" in acks[0].read_bytes().decode("utf-8")


def test_classify_json_writes_valid_utf8_for_such_mail_even_under_a_strict_ascii_stdout(tmp_path: Path) -> None:
    path = tmp_path / "eight-bit.eml"
    path.write_bytes(RAW_8BIT_FROM)
    env = {**os.environ, "PYTHONIOENCODING": "ascii:strict", "LC_ALL": "C"}
    done = subprocess.run([sys.executable, "-m", "dsarbot", "classify", "--json", str(path)],
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    row = json.loads(done.stdout.decode("utf-8"))  # strict UTF-8
    assert row["requester_email"] == "maija.järvinen@example.fi"


def _break_processing(monkeypatch: pytest.MonkeyPatch, marker: bytes) -> None:
    """Make the pipeline raise for mail containing *marker*: a stand-in for any future processing bug."""
    from dsarbot import analysis

    real = analysis.analyse

    def analyse(raw: bytes, **kwargs):  # type: ignore[no-untyped-def]
        if marker in raw:
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
        return real(raw, **kwargs)

    monkeypatch.setattr(analysis, "analyse", analyse)


def test_a_mail_that_cannot_be_processed_opens_a_triage_case_on_slack_and_the_dashboard(
        slack_rt: Runtime, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    rt = slack_rt
    _break_processing(monkeypatch, b"BREAKS-PROCESSING")
    raw = RAW_8BIT_FROM.replace(b"Tietojeni poistaminen", b"BREAKS-PROCESSING hetu 131052-308T")
    server = SmtpIntake(rt, listen=f"127.0.0.1:{free_port()}")
    server.start()
    try:
        code, _ = _send(server, raw)
    finally:
        server.stop()
    assert code == 250
    settle(rt)
    [case] = _cases(rt)
    assert case.state == "triage"
    assert case.requester_email == "maija.järvinen@example.fi"
    with rt.session() as session:
        [message] = store.failed_messages(session)
        assert message.case_id == case.id
        assert "UnicodeEncodeError" in (message.error or "")
    card = fake_slack.card_post().text().replace("\u200b", "")  # escape() splits "***" with ZWSPs
    assert "A mail could not be processed" in card
    assert "131052-***T" in card and "131052-308T" not in card
    page = client(rt).get("/")
    assert case.reference in page.text and "a mail could not be processed" in page.text
    detail = client(rt).get(f"/cases/{case.reference}")
    assert "could not be processed" in detail.text and "dsarbot reprocess" in detail.text


def test_reprocess_after_a_fix_turns_the_placeholder_into_the_real_case(
        rt: Runtime, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dsarbot.cli import app

    _break_processing(monkeypatch, b"Tietojeni poistaminen")
    path = tmp_path / "mail.eml"
    path.write_bytes(RAW_8BIT_FROM)
    monkeypatch.setenv("DSARBOT_CONFIG", str(rt.settings.source_file))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", rt.settings.security.secret_key or "")
    result = CliRunner().invoke(app, ["ingest", str(path)])
    assert result.exit_code == 0, result.output
    assert "failed" in result.stdout
    [placeholder] = _cases(rt)
    assert placeholder.state == "triage"

    monkeypatch.undo()  # "the fix"
    monkeypatch.setenv("DSARBOT_CONFIG", str(rt.settings.source_file))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", rt.settings.security.secret_key or "")
    result = CliRunner().invoke(app, ["reprocess"])
    assert result.exit_code == 0, result.output
    [case] = _cases(rt)  # the same case, no second one
    assert case.reference == placeholder.reference
    assert case.state == "awaiting_verification" and case.kinds == ["erasure"]
    with rt.session() as session:
        assert not store.failed_messages(session)
        assert "processed_after_failure" in [e.type for e in store.case_events(session, case.id or 0)]
    assert len(list(rt.settings.outbox_dir.glob("*acknowledgement*.eml"))) == 1


# --- NUL bytes (PostgreSQL refuses NUL in text) -----------------------------------------------------

def _with(raw: bytes, old: bytes, new: bytes) -> bytes:
    assert old in raw
    return raw.replace(old, new)


NUL_IN_ID = _with(RAW_8BIT_FROM, b"<eight-bit-1@example.fi>", b"<nul\x00id-1@example.fi>")
NUL_IN_SUBJECT = _with(_with(RAW_8BIT_FROM, b"<eight-bit-1@example.fi>", b"<nul-subject@example.fi>"),
                       b"Subject: Tietojeni poistaminen", b"Subject: Tietojeni\x00 poistaminen")


def test_a_nul_in_message_id_or_subject_is_stored_and_opens_a_case(any_rt: Runtime) -> None:
    rt = any_rt
    server = SmtpIntake(rt, listen=f"127.0.0.1:{free_port()}")
    server.start()
    try:
        codes = [_send(server, raw)[0] for raw in (NUL_IN_ID, NUL_IN_SUBJECT)]
    finally:
        server.stop()
    assert codes == [250, 250]
    with rt.session() as session:
        stored = list(store.pending_messages(session))
        assert [rt.sealer.open(m.raw_sealed) for m in stored] == [NUL_IN_ID, NUL_IN_SUBJECT]  # bytes as sent
    worker.drain(rt)
    cases = _cases(rt)
    assert len(cases) == 2 and {c.state for c in cases} == {"awaiting_verification"}
    assert "Tietojeni poistaminen" in {c.subject for c in cases}


def test_ingest_of_a_folder_goes_on_past_a_file_with_a_nul(any_rt: Runtime, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from dsarbot.cli import app

    rt = any_rt
    folder = tmp_path / "mails"
    folder.mkdir()
    (folder / "1-nul-id.eml").write_bytes(NUL_IN_ID)
    (folder / "2-plain.eml").write_bytes(_with(RAW_8BIT_FROM, b"<eight-bit-1@", b"<plain-2@"))
    (folder / "3-nul-subject.eml").write_bytes(NUL_IN_SUBJECT)
    monkeypatch.setenv("DSARBOT_CONFIG", str(rt.settings.source_file))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(rt.settings.data_dir))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", rt.settings.security.secret_key or "")
    monkeypatch.setenv("DSARBOT_DATABASE_URL", rt.settings.database_url)
    result = CliRunner().invoke(app, ["ingest", "--json", str(folder)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["action"] for r in rows] == ["opened", "opened", "opened"]
    assert len(_cases(rt)) == 3


# --- Message-IDs are not unique in the wild ---------------------------------------------------------

def test_another_mail_reusing_a_stored_message_id_is_kept_and_answered(any_rt: Runtime) -> None:
    rt = any_rt
    first = _with(RAW_8BIT_FROM, b"<eight-bit-1@example.fi>", b"<reused@example.fi>")
    second = _with(_with(first, b"maija.j\xe4rvinen@example.fi", b"pekka@example.fi"),
                   b"poistamaan kaikki", b"poistamaan ihan kaikki")
    relayed_copy = b"Received: from mx2.example.net by mx.example.fi; Wed, 1 Apr 2026 09:00:05 +0300\r\n" + first
    server = SmtpIntake(rt, listen=f"127.0.0.1:{free_port()}")
    server.start()
    try:
        replies = [_send(server, raw) for raw in (first, second, relayed_copy)]
    finally:
        server.stop()
    assert [code for code, _ in replies] == [250, 250, 250]
    ids = [reply.decode().rsplit(" ", 1)[-1] for _, reply in replies]
    assert ids[0] != ids[1]  # the second sender's mail is a message of its own…
    assert ids[2] == ids[0]  # …while a true copy of the first (another relay's trail) is not stored again
    worker.drain(rt)
    assert sorted(c.requester_email or "" for c in _cases(rt)) == ["maija.järvinen@example.fi", "pekka@example.fi"]
    assert len(list(rt.settings.outbox_dir.glob("*acknowledgement*.eml"))) == 2
