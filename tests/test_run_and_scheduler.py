"""`dsarbot run` as an operator starts it, the periodic scheduler, template previews, the mailbox lock."""

from __future__ import annotations

import os
import signal
import smtplib
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from support.factories import request_mail
from support.runtime import make_runtime
from support.smtp import free_port, wait_until
from typer.testing import CliRunner

from dsarbot import scheduler, store
from dsarbot.cli import app
from dsarbot.intake.imap_watcher import MailboxLock
from dsarbot.runtime import Runtime

INFO = "info@kattopojat.example.fi"


def test_dsarbot_run_answers_a_mail_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    smtp_port, web_port = free_port(), free_port()
    env = {**os.environ, "DSARBOT_CONFIG": str(tmp_path / "none.toml"), "DSARBOT_DATA_DIR": str(tmp_path / "var"),
           "DSARBOT_SMTP_LISTEN": f"127.0.0.1:{smtp_port}", "DSARBOT_WEB_LISTEN": f"127.0.0.1:{web_port}"}
    (tmp_path / "none.toml").write_text("")
    proc = subprocess.Popen([sys.executable, "-m", "dsarbot", "run"], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        def listening() -> bool:
            try:
                with smtplib.SMTP("127.0.0.1", smtp_port, timeout=1):
                    return True
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                return False

        wait_until(listening, timeout=30, interval=0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{web_port}/healthz", timeout=5) as resp:
            assert resp.status == 200
        with smtplib.SMTP("127.0.0.1", smtp_port) as s:
            s.sendmail("maija.meikalainen@example.fi", [INFO], request_mail())
        outbox = tmp_path / "var" / "outbox"
        [eml] = wait_until(lambda: list(outbox.glob("DSAR-*-acknowledgement-*.eml")), timeout=15)
        assert b"Auto-Submitted: auto-replied" in eml.read_bytes()
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode()[-2000:]
    text = out.decode()
    assert f"127.0.0.1:{smtp_port}" in text and f"http://127.0.0.1:{web_port}/" in text
    assert "swaks" in text and "dsarbot cases list" in text and str(outbox) in text
    log = err.decode()
    assert "received SIGTERM" in log and "dsarbot stopped" in log
    assert "Pyydän" not in log  # no mail bodies in the logs


def test_run_refuses_a_taken_port_with_a_clear_message(tmp_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {**os.environ, "DSARBOT_CONFIG": str(tmp_path / "none.toml"),
               "DSARBOT_DATA_DIR": str(tmp_path / "var"), "DSARBOT_SMTP_LISTEN": f"127.0.0.1:{port}",
               "DSARBOT_WEB_LISTEN": f"127.0.0.1:{free_port()}"}
        (tmp_path / "none.toml").write_text("")
        done = subprocess.run([sys.executable, "-m", "dsarbot", "run"], cwd=tmp_path, env=env,
                              capture_output=True, timeout=60)
    assert done.returncode != 0
    assert "DSARBOT_SMTP_LISTEN" in done.stderr.decode()


def test_periodic_tasks_run_once_per_slot_even_with_two_schedulers(rt: Runtime,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(scheduler, "TASKS", {})
    scheduler.register_periodic("test.hourly", 3600, lambda _rt: calls.append("hourly"))
    now = 1_800_000_000.0
    assert scheduler.run_due(rt, now) == ["test.hourly"]
    assert scheduler.run_due(rt, now + 60) == []  # same hour, e.g. a second process
    assert scheduler.run_due(rt, now + 3600) == ["test.hourly"]
    assert calls == ["hourly", "hourly"]


def test_a_failing_periodic_task_is_recorded_and_does_not_stop_the_others(
        rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scheduler, "TASKS", {})
    ran: list[str] = []

    def broken(_rt: Runtime) -> None:
        raise RuntimeError("boom")

    scheduler.register_periodic("test.broken", 60, broken)
    scheduler.register_periodic("test.fine", 60, lambda _rt: ran.append("fine"))
    assert sorted(scheduler.run_due(rt, 1_800_000_000.0)) == ["test.broken", "test.fine"]
    assert ran == ["fine"]


def test_the_daily_purge_is_registered() -> None:
    assert scheduler.TASKS["retention.purge"].interval == 86400


def test_templates_preview_prints_a_rendered_mail() -> None:
    result = CliRunner().invoke(app, ["templates", "preview", "rejection", "--lang", "sv"])
    assert result.exit_code == 0, result.output
    assert "Subject:" in result.output and "[DSAR-2026-0042]" in result.output
    assert "Dataombudsmannens byrå" in result.output


def test_the_preview_of_an_art19_notice_is_addressed_to_the_recipient_not_the_requester() -> None:
    result = CliRunner().invoke(app, ["templates", "preview", "recipient_notice", "--lang", "fi"])
    assert result.exit_code == 0, result.output
    assert "To: (the recipient's address" in result.output
    assert "tietosuoja-asetuksen 19 artikla" in result.output and "Hyvä vastaanottaja" in result.output


def test_templates_preview_of_a_real_case_says_what_came_from_samples(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    rt = make_runtime(tmp_path)
    from dsarbot import worker
    from dsarbot.intake import ingest

    ingest.store_raw(rt, request_mail(), source="smtp", controller_id="demo")
    worker.drain(rt)
    with rt.session() as session:
        [case] = store.list_cases(session)
    monkeypatch.setenv("DSARBOT_CONFIG", str(tmp_path / "dsarbot.toml"))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", rt.settings.security.secret_key or "")
    runner = CliRunner()
    ack = runner.invoke(app, ["templates", "preview", "acknowledgement", "--case", case.reference])
    assert ack.exit_code == 0, ack.output
    assert case.reference in ack.output and "maija.meikalainen@example.fi" in ack.output
    info = runner.invoke(app, ["templates", "preview", "request_info", "--case", case.reference, "--html"])
    assert info.exit_code == 0, info.output
    assert "<p>" in info.output and "sample values used for info_needed" in info.output


def test_templates_list_names_every_purpose() -> None:
    result = CliRunner().invoke(app, ["templates", "list"])
    assert result.exit_code == 0
    for purpose in ("acknowledgement", "rejection", "portability_export"):
        assert f"{purpose}" in result.output


@pytest.mark.postgres
def test_one_watcher_per_mailbox_holds_the_postgres_lock(postgres_db: str, tmp_path: Path) -> None:
    rt = make_runtime(tmp_path, postgres_db)
    first, second = MailboxLock(rt.engine, "bot@example.test@mail:993/INBOX"), \
        MailboxLock(rt.engine, "bot@example.test@mail:993/INBOX")
    other = MailboxLock(rt.engine, "other@example.test@mail:993/INBOX")
    try:
        assert first.acquire()
        assert not second.acquire()  # stands by
        assert other.acquire()  # another mailbox is independent
        first.check()
        first.release()
        wait_until(second.acquire, timeout=5)  # takes over when the holder goes away
    finally:
        for lock in (first, second, other):
            lock.release()
        rt.engine.dispose()
    time.sleep(0)
