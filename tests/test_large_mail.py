"""Large mail through the SMTP intake: the work per mail is bounded, so one huge text part is processed
in seconds and a burst of 25 mails of 25 MB keeps `dsarbot run` under 400 MB."""

from __future__ import annotations

import base64
import os
import socket
import threading
import time
from pathlib import Path

import pytest
from support.processes import INFO, count_rows, dsarbot_env, memory_kb, start
from support.smtp import wait_until
from typer.testing import CliRunner

from dsarbot import store
from dsarbot.runtime import Runtime


def send_streamed(host: str, port: int, head: bytes, body: bytes) -> str:
    """Send *head* + *body* over SMTP without joining them (the test's own memory stays flat)."""
    with socket.create_connection((host, port), timeout=600) as sock:
        reader = sock.makefile("rb")

        def reply(expect: str = "") -> str:
            lines = []
            while True:
                line = reader.readline().decode()
                lines.append(line)
                if line[3:4] != "-":
                    answer = "".join(lines)
                    assert answer.startswith(expect), answer
                    return answer

        reply("220")
        for command, expect in ((b"EHLO test", "250"),
                                (f"MAIL FROM:<a@example.fi> SIZE={len(head) + len(body)}".encode(), "250"),
                                (f"RCPT TO:<{INFO}>".encode(), "250"), (b"DATA", "354")):
            sock.sendall(command + b"\r\n")
            reply(expect)
        sock.sendall(head)  # lines of base64 never start with a dot: nothing to escape
        for start_at in range(0, len(body), 1 << 20):
            sock.sendall(body[start_at:start_at + (1 << 20)])
        sock.sendall(b"\r\n.\r\n")
        answer = reply()
        sock.sendall(b"QUIT\r\n")
        return answer


def _base64_lines(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n").rstrip()


def test_a_mail_with_a_20_mb_base64_text_part_is_processed_within_3_seconds(
        rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dsarbot.cli import app

    sentence = "Pyydän poistamaan kaikki tietoni teidän rekisteristänne, kiitos paljon. ".encode()
    text = (sentence * (20 * 1024 * 1024 // len(sentence) + 1))[: 20 * 1024 * 1024]
    path = tmp_path / "huge.eml"
    path.write_bytes(f"From: Maija <maija@example.fi>\r\nTo: {INFO}\r\nSubject: Poisto\r\n"
                     "Message-ID: <huge-text@x>\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                     .encode() + _base64_lines(text) + b"\r\n")
    for name, value in (("DSARBOT_CONFIG", str(rt.settings.source_file)),
                        ("DSARBOT_DATA_DIR", str(rt.settings.data_dir)),
                        ("DSARBOT_SECRET_KEY", rt.settings.security.secret_key or "")):
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(app, ["ingest", str(path)])
    assert result.exit_code == 0, result.output
    with rt.session() as session:
        [case] = store.list_cases(session)
        [message] = store.messages_of_case(session, case.id or 0)
    assert case.kinds == ["erasure"]
    assert message.processed_at is not None
    took = (message.processed_at - message.stored_at).total_seconds()
    assert took < 3.0, f"processing took {took:.1f} s"


def _processed(db: Path) -> int:
    return count_rows(db, "SELECT count(*) FROM messages WHERE status != 'new'")


def test_25_mails_of_25_mb_at_once_keep_dsarbot_run_under_400_mb(tmp_path: Path) -> None:
    n = 25
    attachment = _base64_lines(os.urandom(18 * 1024 * 1024))  # 24.6 MB encoded
    env = dsarbot_env(tmp_path)
    run = start(tmp_path, env, "run")
    try:
        run.wait_listening()
        answers: list[str] = []

        def send(i: int) -> None:
            head = (f"From: Asiakas {i} <asiakas{i}@example.fi>\r\nTo: {INFO}\r\nSubject: Tietojeni poistaminen\r\n"
                    f"Message-ID: <burst-{i}@example.fi>\r\nMIME-Version: 1.0\r\n"
                    "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                    "Pyydän poistamaan kaikki tietoni. Liitteenä sopimus.\r\n--b\r\n"
                    "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
                    f"Content-Disposition: attachment; filename=sopimus-{i}.pdf\r\n\r\n").encode()
            answers.append(send_streamed(*run.smtp, head, attachment + b"\r\n--b--"))

        threads = [threading.Thread(target=send, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sum(a.startswith("250") for a in answers) == n, answers[:3]
        db = tmp_path / "var" / "dsarbot.sqlite3"
        wait_until(lambda: _processed(db) >= n, timeout=600, interval=0.5)
        time.sleep(1)
        peak_mb = memory_kb(run.proc.pid, "VmHWM") / 1024
    finally:
        run.stop()
    assert peak_mb < 400, f"peak resident memory {peak_mb:.0f} MB"
