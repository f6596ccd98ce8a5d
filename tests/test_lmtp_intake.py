"""The LMTP intake: RFC 2033 over a real socket, and a real Postfix delivering to it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator

import pytest
from support.factories import request_mail
from support.postfix import Postfix
from support.smtp import free_port

from dsarbot import store, worker
from dsarbot.intake import ingest
from dsarbot.intake.lmtp_server import LmtpIntake
from dsarbot.runtime import Runtime

INFO = "info@kattopojat.example.fi"
DOMAIN = "kattopojat.example.fi"


@pytest.fixture
def lmtp(rt: Runtime) -> Iterator[LmtpIntake]:
    """The LMTP intake of the `rt` runtime on a free port."""
    server = LmtpIntake(rt, listen=f"127.0.0.1:{free_port()}")
    server.start()
    yield server
    server.stop()


def _stored(rt: Runtime) -> list:  # type: ignore[type-arg]
    with rt.session() as session:
        return list(store.pending_messages(session, limit=10_000))


class LmtpClient:
    """A line-level LMTP client: smtplib.LMTP reads only the first of the per-recipient replies."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.file = self.sock.makefile("rb")
        self.reply()  # greeting

    def reply(self) -> str:
        """One (possibly multi-line) reply."""
        lines = []
        while True:
            line = self.file.readline().decode()
            lines.append(line.rstrip("\r\n"))
            if len(line) < 4 or line[3] != "-":
                return "\n".join(lines)

    def command(self, line: str) -> str:
        """Send a command line; its reply."""
        self.sock.sendall(line.encode() + b"\r\n")
        return self.reply()

    def close(self) -> None:
        """QUIT and close."""
        self.command("QUIT")
        self.sock.close()


def test_lmtp_answers_each_recipient_and_250_only_after_the_commit(rt: Runtime, lmtp: LmtpIntake) -> None:
    client = LmtpClient(lmtp.port)
    assert client.command("LHLO mx.example.fi").startswith("250")
    assert client.command("MAIL FROM:<maija.meikalainen@example.fi>").startswith("250")
    assert client.command(f"RCPT TO:<{INFO}>").startswith("250")
    assert client.command("RCPT TO:<nobody@elsewhere.example.com>").startswith("550")  # not ours: refused
    assert client.command("RCPT TO:<INFO@Kattopojat.example.fi>").startswith("250")
    assert client.command("DATA").startswith("354")
    raw = request_mail(message_id="<lmtp-1@example.fi>").replace(b"\n", b"\r\n")
    client.sock.sendall(raw + b".\r\n")
    statuses = [client.reply(), client.reply()]  # one per accepted recipient (RFC 2033 4.2)
    client.close()
    assert all(s.startswith("250") for s in statuses), statuses
    [row] = _stored(rt)  # stored once although two recipients were accepted
    assert row.source == "lmtp" and row.controller_id == "demo"
    assert rt.sealer.open(row.raw_sealed) == raw


def test_lmtp_refuses_helo_and_ehlo_as_rfc_2033_requires(lmtp: LmtpIntake) -> None:
    client = LmtpClient(lmtp.port)
    assert client.command("EHLO mx.example.fi").startswith("500")
    assert client.command("LHLO mx.example.fi").startswith("250")
    client.close()


def test_a_storage_failure_answers_451_for_every_recipient(rt: Runtime, lmtp: LmtpIntake,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(ingest, "store_raw", broken)
    client = LmtpClient(lmtp.port)
    client.command("LHLO mx.example.fi")
    client.command("MAIL FROM:<a@example.org>")
    client.command(f"RCPT TO:<{INFO}>")
    client.command("RCPT TO:<info@kattopojat.example.fi>")
    client.command("DATA")
    client.sock.sendall(request_mail().replace(b"\n", b"\r\n") + b".\r\n")
    statuses = [client.reply(), client.reply()]
    client.close()
    assert all(s.startswith("451") for s in statuses), statuses


@pytest.mark.slow
def test_postfix_delivers_a_burst_over_lmtp_nothing_lost_nothing_doubled(
        rt: Runtime, lmtp: LmtpIntake, postfix_for: Callable[[int, str], Postfix]) -> None:
    pf = postfix_for(lmtp.port, DOMAIN)
    requests = 50
    for i in range(1000):
        body = ("Hei,\n\npoistakaa kaikki tietoni rekisteristänne.\n\nMaija\n" if i < requests
                else f"Hei, tarjouspyyntö numero {i}: kattoremontti, 120 m2.\n")
        pf.send(request_mail(message_id=f"<burst-{i}@example.fi>", body=body,
                             subject="Tietoni" if i < requests else f"Tarjous {i}"), [INFO])
    pf.wait_until_empty(timeout=120)
    stored = _stored(rt)
    assert len(stored) == 1000 and len({r.message_id for r in stored}) == 1000
    assert {r.source for r in stored} == {"lmtp"}
    worker.drain(rt)
    with rt.session() as session:
        cases = store.list_cases(session)
    assert len(cases) == requests
    assert "status=sent" in pf.log() and "status=bounced" not in pf.log()


def test_postfix_keeps_the_mail_after_a_451_and_delivers_it_again(
        rt: Runtime, lmtp: LmtpIntake, postfix_for: Callable[[int, str], Postfix],
        monkeypatch: pytest.MonkeyPatch) -> None:
    real_store = ingest.store_raw
    failures = {"left": 1}
    lock = threading.Lock()

    def fail_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        with lock:
            if failures["left"]:
                failures["left"] -= 1
                raise OSError("database is locked")
        return real_store(*args, **kwargs)

    monkeypatch.setattr(ingest, "store_raw", fail_once)
    pf = postfix_for(lmtp.port, DOMAIN)
    pf.send(request_mail(message_id="<retry-1@example.fi>"), [INFO])
    pf.wait_until_empty(timeout=60)
    [row] = _stored(rt)
    assert row.message_id == "<retry-1@example.fi>"
    log = pf.log()
    assert "451" in log and "status=deferred" in log and "status=sent" in log


def test_postfix_bounces_an_address_that_is_no_controllers(
        rt: Runtime, lmtp: LmtpIntake, postfix_for: Callable[[int, str], Postfix]) -> None:
    pf = postfix_for(lmtp.port, DOMAIN)
    pf.send(request_mail(message_id="<two-rcpts@example.fi>"), [INFO, f"nobody@{DOMAIN}"])
    pf.wait_until_empty(timeout=60)
    [row] = _stored(rt)
    assert row.envelope_to == [INFO]
    log = pf.log()
    assert f"to=<nobody@{DOMAIN}>" in log and "550" in log
