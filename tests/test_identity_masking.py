"""Identity codes written in mail never appear in clear outside the seal: not in the case row, not on the
dashboard, not on Slack cards, and SQL parameters (which carry mail text) are never logged, by dsarbot or
by PostgreSQL itself."""

from __future__ import annotations

import logging
import smtplib
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from support.fake_slack import FakeSlack, settle
from support.postgres import server_log
from support.runtime import make_runtime
from support.smtp import free_port
from support.webui import client

from dsarbot import store
from dsarbot.intake.smtp_server import SmtpIntake
from dsarbot.models import Case
from dsarbot.runtime import Runtime

INFO = "info@kattopojat.example.fi"
HETU, MASKED = "131052-308T", "131052-***T"


def _mail(subject: str, body: str, message_id: str) -> bytes:
    return (f"From: Maija Meikäläinen <maija@example.fi>\r\nTo: {INFO}\r\nSubject: {subject}\r\n"
            f"Message-ID: {message_id}\r\nDate: Wed, 01 Apr 2026 09:00:00 +0300\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")


def _send_all(rt: Runtime, *mails: bytes) -> None:
    server = SmtpIntake(rt, listen=f"127.0.0.1:{free_port()}")
    server.start()
    try:
        with smtplib.SMTP(server.host, server.port) as s:
            for raw in mails:
                s.sendmail("maija@example.fi", [INFO], raw)
    finally:
        server.stop()
    settle(rt)


def _case_rows(rt: Runtime) -> list[dict[str, object]]:
    """The case rows as stored (what a database dump shows)."""
    with rt.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sa.text("SELECT reference, subject, reasons FROM cases"))]


def _visible(text: str) -> str:
    return text.replace("\u200b", "")  # Slack escaping splits "***" with zero-width spaces


def test_a_code_in_the_subject_and_body_is_masked_in_the_case_row_the_dashboard_and_the_card(
        slack_rt: Runtime, fake_slack: FakeSlack) -> None:
    rt = slack_rt
    _send_all(rt, _mail(f"Poistopyyntö, hetu {HETU}",
                        f"Hei, pyydän poistamaan tietoni, henkilötunnukseni on {HETU.lower()}.\n\nMaija",
                        "<mask-1@example.fi>"))
    [row] = _case_rows(rt)
    assert HETU not in str(row).upper() and MASKED in str(row["subject"])
    page = client(rt).get(f"/cases/{row['reference']}").text
    assert HETU not in page.upper()
    assert f"Poistopyyntö, hetu {MASKED}" in page  # the subject, masked and otherwise as written
    assert "henkilötunnukseni on 131052-***t" in page  # the excerpt
    card = _visible(fake_slack.card_post().text())
    assert HETU not in card.upper() and "131052-***" in card


def test_the_triage_card_subject_and_reasons_are_masked(slack_rt: Runtime, fake_slack: FakeSlack) -> None:
    rt = slack_rt
    # An ask inside a sales pitch: the bot is unsure, and its reason quotes the sentence with the code.
    pitch = (f"Hei, pyydän poistamaan kaikki tietoni rekisteristänne, hetu {HETU}. Samalla: varaa demo "
             "palvelustamme, saat 20 % alennus!")
    _send_all(rt, _mail(f"Tarjous {HETU}", pitch, "<mask-2@example.fi>"))
    with rt.session() as session:
        [case] = store.list_cases(session)
    assert case.state == "triage"
    card = _visible(fake_slack.card_post().text())
    assert "Is this a data-subject request?" in card
    assert f"Tarjous {MASKED}" in card and HETU not in card.upper()
    assert "hetu 131052-***t" in card  # the reason quoting the sentence
    assert HETU not in client(rt).get(f"/cases/{case.reference}").text.upper()
    assert HETU not in str(_case_rows(rt)).upper()


def _violate_unique(rt: Runtime) -> sa.exc.IntegrityError:
    """Insert two cases with one reference; the second fails. Both carry a code in the subject."""
    values = {"reference": "DSAR-2026-9999", "controller_id": "demo", "state": "received", "kinds": [],
              "language": "fi", "subject": f"hetu {HETU}", "received_at": sa.func.now(),
              "due_date": date(2026, 5, 4), "extended": False, "paused_days": 0, "verified": False,
              "confidence": 1.0, "reasons": [], "data": {}, "created_at": sa.func.now(),
              "updated_at": sa.func.now()}
    with rt.session() as session:
        session.execute(sa.insert(Case).values(**values))
    with pytest.raises(sa.exc.IntegrityError) as err, rt.session() as session:
        session.execute(sa.insert(Case).values(**values))
    return err.value


def test_a_database_error_never_shows_or_logs_its_parameters(any_rt: Runtime,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    error = _violate_unique(any_rt)
    assert "hidden" in str(error)  # SQLAlchemy says so instead of listing them
    assert HETU not in str(error) and HETU not in caplog.text


@pytest.mark.postgres
def test_postgresql_does_not_write_parameters_of_a_failed_statement_to_its_log(postgres_db: str,
                                                                              tmp_path: Path) -> None:
    any_rt = make_runtime(tmp_path, postgres_db)
    log_file = server_log(postgres_db)
    start = log_file.stat().st_size
    _violate_unique(any_rt)
    # JSON that PostgreSQL refuses: its error context would quote the data up to the bad escape.
    with pytest.raises(sa.exc.DataError), any_rt.session() as session:
        session.execute(sa.text("SELECT CAST(:j AS jsonb)"), {"j": f'{{"subject": "hetu {HETU} \\u0000"}}'})
    with log_file.open("rb") as fh:
        fh.seek(start)
        written = fh.read().decode("utf-8", "replace")
    assert "ERROR" in written  # the failures were logged…
    assert HETU not in written  # …without the values
    any_rt.engine.dispose()
