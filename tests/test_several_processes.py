"""Several dsarbot processes on one database, started the way operators start them: each mail is handled
by exactly one of them (SQLite), and a fresh PostgreSQL database survives the Procfile starting at once."""

from __future__ import annotations

import json
import os
import smtplib
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from support.factories import request_mail
from support.processes import INFO, dsarbot_env, start
from support.smtp import wait_until


def _counts(db: Path) -> tuple[int, int]:
    """(cases, messages not yet processed) in the SQLite file."""
    with sqlite3.connect(db, timeout=30) as conn:
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        new = conn.execute("SELECT count(*) FROM messages WHERE status = 'new'").fetchone()[0]
    return int(cases), int(new)


def test_two_ingests_while_run_is_up_open_one_case_and_send_one_ack_per_mail(tmp_path: Path) -> None:
    env = dsarbot_env(tmp_path)
    run = start(tmp_path, env, "run")
    try:
        run.wait_listening()
        folder = tmp_path / "mails"
        folder.mkdir()
        n = 40
        for i in range(n):
            (folder / f"{i:03d}.eml").write_bytes(request_mail(
                sender=f"Asiakas {i} <asiakas{i}@example.fi>", message_id=f"<two-processes-{i}@example.fi>"))
        # Two operators ingest the same folder at once while the service runs: three processes race for
        # every message.
        ingests = [subprocess.Popen([sys.executable, "-m", "dsarbot", "ingest", str(folder)], cwd=tmp_path,
                                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
        for proc in ingests:
            _, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err.decode()[-3000:]
        db = tmp_path / "var" / "dsarbot.sqlite3"
        wait_until(lambda: _counts(db)[1] == 0 and _counts(db)[0] >= n, timeout=60, interval=0.2)
        outbox = tmp_path / "var" / "outbox"
        wait_until(lambda: len(list(outbox.glob("*-acknowledgement-*.eml"))) >= n, timeout=60, interval=0.2)
        time.sleep(2)  # a doubled case or acknowledgement would show up meanwhile
    finally:
        assert run.stop() == 0, run.log.read_text()[-3000:]
    assert _counts(db) == (n, 0)
    acks = sorted(outbox.glob("*-acknowledgement-*.eml"))
    assert len(acks) == n
    assert not list(outbox.glob(".*"))  # no temporary file left behind
    assert all(b"Auto-Submitted: auto-replied" in p.read_bytes() for p in acks)


def test_mail_stored_after_another_process_read_the_database_is_kept(tmp_path: Path) -> None:
    """`dsarbot run` starts on a fresh database (so it migrates first); staff run `dsarbot cases list` in
    between mails. Every mail's case must be there for the other processes, and still there after a stop."""
    env = dsarbot_env(tmp_path)
    run = start(tmp_path, env, "run")
    db = tmp_path / "var" / "dsarbot.sqlite3"
    outbox = tmp_path / "var" / "outbox"
    try:
        run.wait_listening()
        for i in range(3):
            with smtplib.SMTP(*run.smtp, timeout=30) as smtp:
                smtp.sendmail(f"a{i}@example.fi", [INFO], request_mail(
                    sender=f"Asiakas {i} <asiakas{i}@example.fi>", message_id=f"<after-reader-{i}@example.fi>"))
            # The service is idle when staff look: its acknowledgement is out.
            wait_until(lambda: len(list(outbox.glob("*-acknowledgement-*.eml"))) == i + 1,  # noqa: B023
                       timeout=30, interval=0.2)
            time.sleep(1.5)
            listed = subprocess.run([sys.executable, "-m", "dsarbot", "cases", "list", "--json"], cwd=tmp_path,
                                    env=env, capture_output=True, timeout=120)
            assert listed.returncode == 0, listed.stderr.decode()[-3000:]
            assert len(json.loads(listed.stdout)) == i + 1
    finally:
        assert run.stop() == 0, run.log.read_text()[-3000:]
    assert _counts(db) == (3, 0)


@pytest.mark.postgres
def test_the_procfile_processes_started_together_on_a_fresh_postgresql_database_all_come_up(
        postgres_db: str, tmp_path: Path) -> None:
    # The configuration file is a named pipe: every process blocks reading it until the test opens it,
    # so they all reach the database at the same moment instead of one import time apart.
    gate = tmp_path / "dsarbot.toml"
    os.mkfifo(gate)
    env = dsarbot_env(tmp_path, DSARBOT_DATABASE_URL=postgres_db)
    procs = [start(tmp_path, env, command, name=f"{command}-{i}")
             for i, command in enumerate(("web", "worker", "worker", "smtp"))]
    try:
        wait_until(lambda: all(_waits_on_pipe(p.proc.pid) for p in procs), timeout=120, interval=0.1)
        with gate.open("w"):  # opening releases every reader; closing gives them all an empty file at once
            time.sleep(0.5)
        gate.unlink()
        gate.write_text("")  # for the commands that follow
        procs[-1].wait_listening()
        web = env["DSARBOT_WEB_LISTEN"]
        wait_until(lambda: _healthy(f"http://{web}/healthz"), timeout=60, interval=0.2)
        time.sleep(1)
        for proc in procs:
            assert proc.proc.poll() is None, proc.log.read_text()[-3000:]
    finally:
        codes = [proc.stop() for proc in procs]
    assert codes == [0] * len(procs), "\n".join(p.log.read_text()[-1500:] for p in procs)
    current = subprocess.run([sys.executable, "-m", "dsarbot", "db", "current"], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=120)
    assert current.stdout.strip() == _head()


def _waits_on_pipe(pid: int) -> bool:
    """Whether the process is blocked opening a named pipe (Linux: its wait channel)."""
    try:
        return Path(f"/proc/{pid}/wchan").read_text() in ("wait_for_partner", "fifo_open", "pipe_wait")
    except OSError:
        return False


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


def _head() -> str:
    from alembic.script import ScriptDirectory

    from dsarbot import db

    head = ScriptDirectory.from_config(db.alembic_config("sqlite://")).get_current_head()
    assert head
    return head
