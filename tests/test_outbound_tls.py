"""Replies reach a relay over STARTTLS and implicit TLS, and an untrusted certificate is refused."""

from __future__ import annotations

import ipaddress
import ssl
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from support.smtp import free_port

from dsarbot.outbox_sender import relay

RAW = b"From: info@kattopojat.example.fi\r\nTo: maija@example.fi\r\nSubject: [DSAR-2026-0001]\r\n\r\nHei\r\n"


def _certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 / localhost."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp_path / "relay.pem", tmp_path / "relay.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


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
    return _certificate(tmp_path)


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
    other_cert, _ = _certificate(other)
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
