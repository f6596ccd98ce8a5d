"""Replies reach a relay over STARTTLS and implicit TLS, and an untrusted certificate is refused."""

from __future__ import annotations

import ssl
import threading
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from support.smtp import free_port
from support.tls import self_signed

from dsarbot.outbox_sender import relay

RAW = b"From: info@kattopojat.example.fi\r\nTo: maija@example.fi\r\nSubject: [DSAR-2026-0001]\r\n\r\nHei\r\n"


class _Capture:
    def __init__(self) -> None:
        self.mails: list[tuple[str, list[str], bytes, bool]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.mails.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content,
                               session.ssl is not None))
        return "250 OK"


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    """The relay's certificate and key."""
    return self_signed(tmp_path, "relay")


def _context(cert: Path, key: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx


def test_starttls_relay_gets_the_mail_encrypted(tls_files: tuple[Path, Path],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    cert, key = tls_files
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the relay's certificate is trusted
    capture, port = _Capture(), free_port()
    server = Controller(capture, hostname="127.0.0.1", port=port, tls_context=_context(cert, key),
                        require_starttls=True, ready_timeout=5)
    server.start()
    try:
        where = relay(f"smtp+starttls://127.0.0.1:{port}", RAW, "info@kattopojat.example.fi", "maija@example.fi")
    finally:
        server.stop()
    assert where == f"via relay 127.0.0.1:{port}"
    [(sender, rcpts, data, encrypted)] = capture.mails
    assert (sender, rcpts, encrypted) == ("info@kattopojat.example.fi", ["maija@example.fi"], True)
    assert b"[DSAR-2026-0001]" in data


def test_implicit_tls_relay_gets_the_mail(tls_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    cert, key = tls_files
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    capture, port = _Capture(), free_port()
    server = Controller(capture, hostname="127.0.0.1", port=port, ssl_context=_context(cert, key),
                        ready_timeout=5)
    server.start()
    try:
        relay(f"smtps://127.0.0.1:{port}", RAW, "info@kattopojat.example.fi", "maija@example.fi")
    finally:
        server.stop()
    assert len(capture.mails) == 1


def test_an_untrusted_relay_certificate_is_refused(tls_files: tuple[Path, Path],
                                                   monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cert, key = tls_files
    other = tmp_path / "other"
    other.mkdir()
    other_cert, _ = self_signed(other, "relay")
    monkeypatch.setenv("SSL_CERT_FILE", str(other_cert))  # trusts a different certificate
    capture, port = _Capture(), free_port()
    server = Controller(capture, hostname="127.0.0.1", port=port, tls_context=_context(cert, key),
                        require_starttls=True, ready_timeout=5)
    server.start()
    try:
        with pytest.raises(ssl.SSLCertVerificationError):
            relay(f"smtp+starttls://127.0.0.1:{port}", RAW, "info@kattopojat.example.fi", "maija@example.fi")
    finally:
        server.stop()
    assert capture.mails == []
