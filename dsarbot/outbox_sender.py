"""The sender: delivers outbox rows through the relay, or writes them as .eml files, at most once.

`send_one` (installed as `worker.SENDER`) claims one due row with a lease (state `sending`), delivers
it outside any database transaction, then marks it `sent` and records `reply_sent` on the case.
A failure puts the row back with exponential backoff (30 s doubling, capped at one hour) until
`outbound.max_attempts`; then it is `failed`, the case gets a `reply_failed` event and staff a
Slack card note. A recipient address the relay refuses with a 5xx code fails at once.

Relay: `outbound.smtp_url` / `DSARBOT_SMTP_URL` — `smtp://host:25`, `smtps://host:465` (TLS from the
start), `smtp+starttls://host:587`, with `user:password@` for AUTH, or with `user@` alone and an OAuth2
provider (`[oauth]`, `[outbound.oauth]`) for AUTH XOAUTH2 (Microsoft 365, Google Workspace). Each use of
the relay is recorded as its health (:mod:`dsarbot.intake.health`). With no relay (the embedded
default) each mail is written atomically to `settings.outbox_dir` as
`<reference>-<purpose>-<outbox id>.eml`, which any mail program opens.

At most once, and the residual risk: if the process dies after the relay accepted a mail but before
the row is marked `sent`, the lease runs out and the mail is sent again — with the same bytes and the
same Message-ID, so most mail systems (Gmail, Exchange, Dovecot's duplicate suppression) and clients
that thread by Message-ID show it once. A client that ignores Message-IDs may show two identical
mails. The window is the few milliseconds between the relay's `250` and the commit.
"""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import time
from datetime import timedelta
from pathlib import Path

from dsarbot import cases, decisions, store
from dsarbot.config import MailURL, Settings, parse_mail_url
from dsarbot.mailauth import sasl
from dsarbot.mailauth.errors import OAuthError
from dsarbot.mailauth.relay import RELAY_PORTS, relay_oauth
from dsarbot.mailauth.settings import OAuthSettings
from dsarbot.messages import lazy
from dsarbot.models import OutboxMessage, utcnow
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)
SEND_LEASE = timedelta(minutes=5)
"""Longer than any SMTP conversation (SMTP_TIMEOUT), so a live sender never loses its row."""
SMTP_TIMEOUT = 60.0
DEFAULT_PORTS = RELAY_PORTS
_relay_ok_noted: dict[str, float] = {}


class PermanentFailure(Exception):
    """The relay refused the mail for good (e.g. the recipient address does not exist)."""


def retry_delay(attempt: int) -> timedelta:
    """Wait before the next try after *attempt* failed: 30 s doubling, at most one hour."""
    return timedelta(seconds=min(30 * 2 ** max(0, attempt - 1), 3600))


def send_one(rt: Runtime) -> bool:
    """Deliver one due outbox mail; False when none is due."""
    with rt.session() as session:
        row = store.claim_outbox(session, lease=SEND_LEASE)
        if row is None:
            return False
        case = store.case_by_id(session, row.case_id) if row.case_id else None
        reference = case.reference if case else "no-case"
        row_id, purpose, attempt = row.id, row.purpose, row.attempts
        message_id, from_addr, to_addr, sealed = row.message_id, row.from_addr, row.to_addr, row.raw_sealed
    assert row_id is not None
    try:
        raw = rt.sealer.open(sealed)
        where = deliver(rt.settings, raw, from_addr, to_addr, f"{reference}-{purpose}-{row_id}.eml")
    except Exception as exc:  # every failure is recorded and retried or reported
        _relay_health(rt, exc)
        _failed(rt, row_id, exc, reference)
        return True
    _relay_health(rt, None)
    with rt.session() as session:
        sent = session.get(OutboxMessage, row_id)
        assert sent is not None
        sent.state, sent.sent_at, sent.last_error = "sent", utcnow(), None
        session.add(sent)
        case = store.case_by_id(session, sent.case_id) if sent.case_id else None
        if case is not None:
            store.add_event(session, case, actor="system", type="reply_sent",
                            data={"purpose": purpose, "outbox": row_id, "message_id": message_id,
                                  "via": where, "attempt": attempt})
    log.info("outbox %s (%s %s) sent %s, attempt %d, %s", row_id, reference, purpose, where, attempt,
             message_id)
    return True


def deliver(settings: Settings, raw: bytes, from_addr: str, to_addr: str, filename: str) -> str:
    """Hand one mail to the relay, or write it to the outbox folder; returns where it went."""
    if settings.outbound.smtp_url:
        return relay(settings.outbound.smtp_url, raw, from_addr, to_addr, oauth=relay_oauth(settings))
    path = write_eml(settings.outbox_dir, filename, raw)
    return f"to {path}"


def relay(url: str, raw: bytes, from_addr: str, to_addr: str, *, oauth: OAuthSettings | None = None) -> str:
    """Send through the SMTP relay at *url*; PermanentFailure when the recipient is refused for good."""
    u = parse_mail_url(url, DEFAULT_PORTS)
    context = ssl.create_default_context()
    smtp: smtplib.SMTP
    if u.tls == "ssl":
        smtp = smtplib.SMTP_SSL(u.host, u.port, timeout=SMTP_TIMEOUT, context=context)
    else:
        smtp = smtplib.SMTP(u.host, u.port, timeout=SMTP_TIMEOUT)
    with smtp:
        smtp.ehlo()
        if u.tls == "starttls":
            smtp.starttls(context=context)
            smtp.ehlo()
        login(smtp, u, oauth)
        options = [] if (from_addr.isascii() and to_addr.isascii()) else ["SMTPUTF8", "BODY=8BITMIME"]
        try:
            smtp.sendmail(from_addr, [to_addr], raw, mail_options=options)
        except smtplib.SMTPRecipientsRefused as exc:
            code = next(iter(exc.recipients.values()))[0] if exc.recipients else 0
            if 500 <= code < 600:
                raise PermanentFailure(f"the relay refused the recipient ({code})") from exc
            raise
    return f"via relay {u.host}:{u.port}"


def login(smtp: smtplib.SMTP, url: MailURL, oauth: OAuthSettings | None) -> str:
    """Authenticate after EHLO: AUTH XOAUTH2 with *oauth*, the URL's password, or nothing; returns how."""
    if oauth is not None:
        return f"AUTH {sasl.smtp_login(smtp, url.username or '', oauth)}"
    if url.username:
        smtp.login(url.username, url.password or "")
        return "AUTH with password"
    return "no AUTH"


def _relay_health(rt: Runtime, exc: Exception | None) -> None:
    """Record whether the relay could be used (a refused recipient says nothing about the relay)."""
    url = rt.settings.outbound.smtp_url
    if not url or isinstance(exc, PermanentFailure):
        return
    from dsarbot.intake import health

    u = parse_mail_url(url, DEFAULT_PORTS)
    key = health.relay_key(u.username, u.host, u.port)
    if exc is None:
        last = _relay_ok_noted.get(key)
        if last is not None and time.monotonic() - last < 60:
            return  # one write a minute is enough while it keeps working
        health.record_ok(rt, key, "relay")
        _relay_ok_noted[key] = time.monotonic()
    else:
        reason = str(exc) if isinstance(exc, OAuthError) else f"{type(exc).__name__}: {exc}"
        _relay_ok_noted.pop(key, None)
        health.record_failure(rt, key, "relay", reason)


def write_eml(folder: Path, filename: str, raw: bytes) -> Path:
    """Write *raw* to *folder*/*filename* atomically (a reader never sees half a mail)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / filename
    tmp = folder / f".{filename}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def _failed(rt: Runtime, row_id: int, exc: Exception, reference: str) -> None:
    """Put the row back for a later try, or give up after the last attempt and tell staff."""
    error = f"{type(exc).__name__}: {exc}"[:2000]
    with rt.session() as session:
        row = session.get(OutboxMessage, row_id)
        assert row is not None
        row.last_error = error
        give_up = isinstance(exc, PermanentFailure) or row.attempts >= rt.settings.outbound.max_attempts
        if not give_up:
            row.state = "queued"
            row.next_attempt_at = utcnow() + retry_delay(row.attempts)
            session.add(row)
            log.warning("outbox %s (%s %s): sending failed (%s); attempt %d of %d, next try at %s",
                        row_id, reference, row.purpose, error, row.attempts,
                        rt.settings.outbound.max_attempts, row.next_attempt_at.isoformat(timespec="seconds"))
            return
        row.state = "failed"
        session.add(row)
        log.error("outbox %s (%s %s): giving up after %d attempt(s): %s", row_id, reference, row.purpose,
                  row.attempts, error)
        case = store.case_by_id(session, row.case_id) if row.case_id else None
        if case is not None:
            store.add_event(session, case, actor="system", type="reply_failed", reason=error,
                            data={"purpose": row.purpose, "outbox": row_id, "attempts": row.attempts})
            decisions.queue_card_update(
                session, case, lazy("Our %(purpose)s mail could not be sent (%(error)s). It needs a person: check the "
                                    "relay or the requester's address.", purpose=cases.purpose_msg(row.purpose),
                                    error=error))
