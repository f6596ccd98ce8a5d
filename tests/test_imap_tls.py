"""The IMAP watcher over TLS against a real Dovecot: implicit TLS (imaps://) and STARTTLS."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select
from support.dovecot import PASSWORD, Dovecot
from support.factories import request_mail
from support.runtime import make_runtime
from support.smtp import wait_until
from support.tls import self_signed

from dsarbot.intake import imap_conn
from dsarbot.intake.imap_watcher import Watcher
from dsarbot.models import StoredMessage

pytestmark = pytest.mark.dovecot


@pytest.fixture(scope="module")
def tls_dovecot() -> Iterator[tuple[Dovecot, Path]]:
    """A Dovecot that speaks STARTTLS on its IMAP port and TLS on its IMAPS port; and its certificate."""
    root = Path(tempfile.mkdtemp(prefix="dsarbot-dvtls-"))
    root.chmod(0o755)
    cert, key = self_signed(root)
    server = Dovecot(root, tls=(cert, key)).start()
    try:
        yield server, cert
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def _watch_and_store(tmp_path: Path, url: str) -> list[StoredMessage]:
    rt = make_runtime(tmp_path, DSARBOT_IMAP_URL=url)
    [spec] = imap_conn.mailboxes(rt.settings)
    w = Watcher(rt, spec, backoff_base=0.1, backoff_cap=0.5)
    w.start()
    try:
        def stored() -> list[StoredMessage]:
            with rt.session() as session:
                return list(session.exec(select(StoredMessage)).all())
        return wait_until(lambda: stored() or None, timeout=10)  # type: ignore[no-any-return]
    finally:
        w.stop()
        rt.engine.dispose()


@pytest.mark.parametrize("scheme", ["imaps", "imap+starttls"])
def test_mail_is_fetched_over_tls_from_a_server_whose_certificate_is_trusted(
        tls_dovecot: tuple[Dovecot, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheme: str) -> None:
    dovecot, cert = tls_dovecot
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # as an operator trusts a private CA
    user = dovecot.new_user()
    dovecot.append(user, request_mail(message_id=f"<tls-{scheme}@example.fi>"))
    [row] = _watch_and_store(tmp_path, dovecot.url(user, scheme=scheme))
    assert row.message_id == f"<tls-{scheme}@example.fi>"


def test_an_untrusted_certificate_is_refused_with_a_clear_log_line_and_retried(
        tls_dovecot: tuple[Dovecot, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    dovecot, _ = tls_dovecot
    other, _key = self_signed(tmp_path, "other")
    monkeypatch.setenv("SSL_CERT_FILE", str(other))  # trusts some other certificate, not the server's
    user = dovecot.new_user()
    dovecot.append(user, request_mail(message_id="<never-fetched@example.fi>"))
    rt = make_runtime(tmp_path, DSARBOT_IMAP_URL=dovecot.url(user, scheme="imaps"))
    [spec] = imap_conn.mailboxes(rt.settings)
    w = Watcher(rt, spec, backoff_base=0.05, backoff_cap=0.2)
    with caplog.at_level(logging.INFO, logger="dsarbot.intake.imap_watcher"):
        w.start()
        wait_until(lambda: w.failures >= 2, timeout=10)
        assert w._thread is not None and w._thread.is_alive()  # retries, no crash
        w.stop()
    assert "TLS certificate is not trusted" in caplog.text
    assert "SSL_CERT_FILE" in caplog.text
    assert PASSWORD not in caplog.text
    with rt.session() as session:
        assert not session.exec(select(StoredMessage)).all()  # nothing came in over an untrusted link
    rt.engine.dispose()
