"""The sender: delivers outbox rows through the relay, or writes them as .eml files, at most once.

`send_one` (installed as `worker.SENDER`) claims one due row with a short lease (state `sending`),
delivers it outside any database transaction while a heartbeat renews the lease, then marks it `sent`
and records `reply_sent` on the case. Just before the relay gets the mail (SMTP DATA) the row is
marked `handing`; writing an .eml file is idempotent and needs no such mark. A failure puts the row
back with exponential backoff (30 s doubling, capped at one hour) until `outbound.max_attempts`; then it
is `failed`, the case gets a `reply_failed` event and staff a Slack card note. A recipient address
the relay refuses with a 5xx code fails at once.

Relay: `outbound.smtp_url` / `DSARBOT_SMTP_URL` — `smtp://host:25`, `smtps://host:465` (TLS from the
start), `smtp+starttls://host:587`, with `user:password@` for AUTH. With no relay (the embedded
default) each mail is written atomically to `settings.outbox_dir` as
`<reference>-<purpose>-<outbox id>.eml`, which any mail program opens.

After a crash:

* a row claimed but not yet handed over (`sending`) is sent by the next worker as soon as its lease
  (SEND_LEASE, renewed every HEARTBEAT while its sender lives) has run out: seconds, not minutes;
* a row left `handing` may or may not have reached the relay. Its next attempt first asks
  (`dsarbot.sent_lookup`) the relay's Sent folder (`outbound.sent_url`). Found:
  marked sent, not sent again. Not found: sent. The same holds when the connection breaks while
  waiting for the relay's answer to DATA.

The residual risk: with a relay and no `outbound.sent_url`, a mail whose hand-over was interrupted
is sent again (same bytes, same Message-ID: Gmail, Exchange and Dovecot show it once; a client that
ignores Message-IDs shows two). `bench/outbox_crash.py` measures how often that happens.
"""

from __future__ import annotations

import contextlib
import logging
import os
import smtplib
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from dsarbot import cases, decisions, files, sent_lookup, store
from dsarbot.config import MailURL, Settings, parse_mail_url
from dsarbot.mailauth import sasl
from dsarbot.mailauth.errors import OAuthError
from dsarbot.mailauth.relay import RELAY_PORTS, relay_oauth
from dsarbot.mailauth.settings import OAuthSettings
from dsarbot.messages import lazy
from dsarbot.models import OutboxMessage, utcnow
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)
SEND_LEASE = timedelta(seconds=20)
"""How long a claimed mail stays ours without a heartbeat: how long a crash delays it."""
HEARTBEAT = 5.0
"""Seconds between lease renewals while a mail is being delivered (a slow relay keeps its sender)."""
SMTP_TIMEOUT = 60.0
DEFAULT_PORTS = RELAY_PORTS
_relay_ok_noted: dict[str, float] = {}


class PermanentFailure(Exception):
    """The relay refused the mail for good (e.g. the recipient address does not exist)."""


class OutcomeUnknown(Exception):
    """The connection failed after DATA began: the relay may have the mail (asked on the next try)."""


def retry_delay(attempt: int) -> timedelta:
    """Wait before the next try after *attempt* failed: 30 s doubling, at most one hour."""
    return timedelta(seconds=min(30 * 2 ** max(0, attempt - 1), 3600))


@dataclass(frozen=True)
class Claimed:
    """What the sender needs of a claimed row, read inside the claiming transaction."""

    id: int
    reference: str
    purpose: str
    attempt: int
    message_id: str
    from_addr: str
    to_addr: str
    sealed: bytes
    interrupted: bool
    """The row was left `handing` by a sender that died: ask before sending again."""

    @property
    def filename(self) -> str:
        """The .eml file name in the local outbox."""
        return f"{self.reference}-{self.purpose}-{self.id}.eml"


def _claim(rt: Runtime) -> Claimed | None:
    with rt.session() as session:
        row = store.claim_outbox(session, lease=SEND_LEASE)
        if row is None:
            return None
        assert row.id is not None
        case = store.case_by_id(session, row.case_id) if row.case_id else None
        return Claimed(row.id, case.reference if case else "no-case", row.purpose, row.attempts, row.message_id,
                       row.from_addr, row.to_addr, row.raw_sealed, row.state == "handing")


def send_one(rt: Runtime) -> bool:
    """Deliver one due outbox mail; False when none is due."""
    claimed = _claim(rt)
    if claimed is None:
        return False
    handed = threading.Event()

    def handing() -> None:
        with rt.session() as session:
            store.mark_outbox_handing(session, claimed.id, utcnow() + SEND_LEASE)
        handed.set()

    relayed = bool(rt.settings.outbound.smtp_url)
    try:
        # Writing an .eml file takes milliseconds: no lease to renew meanwhile.
        with _heartbeat(rt, claimed.id) if relayed else contextlib.nullcontext():
            where = sent_lookup.delivered(rt.settings, claimed.message_id, claimed.filename) \
                if claimed.interrupted else None
            if where is not None:
                log.warning("outbox %s (%s %s): its hand-over was interrupted, and it did go out (%s); "
                            "not sent again", claimed.id, claimed.reference, claimed.purpose, where)
            else:
                raw = rt.sealer.open(claimed.sealed)
                where = deliver(rt.settings, raw, claimed.from_addr, claimed.to_addr, claimed.filename, handing)
    except Exception as exc:  # every failure is recorded and retried or reported
        # Whether the relay may have the mail: then the next try asks before sending (state `handing`).
        unknown = (claimed.interrupted and isinstance(exc, sent_lookup.CannotTell)) or \
            (isinstance(exc, OutcomeUnknown) and handed.is_set())
        _relay_health(rt, exc)
        _failed(rt, claimed.id, exc, claimed.reference, keep_handing=unknown)
        return True
    _relay_health(rt, None)
    _sent(rt, claimed, where)
    return True


def _sent(rt: Runtime, claimed: Claimed, where: str) -> None:
    with rt.session() as session:
        sent = session.get(OutboxMessage, claimed.id)
        assert sent is not None
        sent.state, sent.sent_at, sent.last_error = "sent", utcnow(), None
        session.add(sent)
        case = store.case_by_id(session, sent.case_id) if sent.case_id else None
        if case is not None:
            store.add_event(session, case, actor="system", type="reply_sent",
                            data={"purpose": claimed.purpose, "outbox": claimed.id, "message_id": claimed.message_id,
                                  "via": where, "attempt": claimed.attempt})
    log.info("outbox %s (%s %s) sent %s, attempt %d, %s", claimed.id, claimed.reference, claimed.purpose, where,
             claimed.attempt, claimed.message_id)


@contextlib.contextmanager
def _heartbeat(rt: Runtime, row_id: int) -> Iterator[None]:
    """Renew the row's lease every HEARTBEAT seconds while the block runs (a thread of its own)."""
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(HEARTBEAT):
            try:
                with rt.session() as session:
                    store.renew_outbox_lease(session, row_id, utcnow() + SEND_LEASE)
            except Exception:  # a missed beat only shortens the lease; the next one tries again
                log.warning("outbox %s: could not renew the send lease", row_id, exc_info=True)

    thread = threading.Thread(target=beat, name=f"outbox-heartbeat-{row_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(HEARTBEAT + 5)


def deliver(settings: Settings, raw: bytes, from_addr: str, to_addr: str, filename: str,
            handing: Callable[[], None] = lambda: None) -> str:
    """Hand one mail to the relay, or write it to the outbox folder; returns where it went.

    *handing* is called just before the relay gets the mail (before DATA). Writing the .eml file needs
    no such record: it is idempotent (the same name, the same bytes), so a mail whose writing a crash
    interrupted is simply written again.
    """
    if settings.outbound.smtp_url:
        return relay(settings.outbound.smtp_url, raw, from_addr, to_addr, handing, oauth=relay_oauth(settings))
    handing()
    path = write_eml(settings.outbox_dir, filename, raw)
    return f"to {path}"


def relay(url: str, raw: bytes, from_addr: str, to_addr: str, handing: Callable[[], None] = lambda: None, *,
          oauth: OAuthSettings | None = None) -> str:
    """Send through the SMTP relay at *url*; PermanentFailure when the recipient is refused for good,
    OutcomeUnknown when the connection fails after DATA began."""
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
        _envelope(smtp, raw, from_addr, to_addr)
        handing()
        try:
            code, answer = smtp.data(raw)
        except smtplib.SMTPResponseException:
            raise  # the relay answered: a refusal we know of
        except (OSError, smtplib.SMTPException) as exc:
            raise OutcomeUnknown(f"the connection failed during DATA ({type(exc).__name__})") from exc
        if code != 250:
            raise smtplib.SMTPDataError(code, answer)
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


def _envelope(smtp: smtplib.SMTP, raw: bytes, from_addr: str, to_addr: str) -> None:
    """MAIL FROM and RCPT TO (what `smtplib.sendmail` does before DATA)."""
    options = [] if (from_addr.isascii() and to_addr.isascii()) else ["SMTPUTF8", "BODY=8BITMIME"]
    if smtp.does_esmtp and smtp.has_extn("size"):
        options.append(f"size={len(raw)}")
    code, answer = smtp.mail(from_addr, options)
    if code != 250:
        smtp.rset()
        raise smtplib.SMTPSenderRefused(code, answer, from_addr)
    code, answer = smtp.rcpt(to_addr)
    if code not in (250, 251):
        smtp.rset()
        if 500 <= code < 600:
            raise PermanentFailure(f"the relay refused the recipient ({code})")
        raise smtplib.SMTPRecipientsRefused({to_addr: (code, answer)})


def write_eml(folder: Path, filename: str, raw: bytes) -> Path:
    """Write *raw* to *folder*/*filename* atomically (a reader never sees half a mail).

    The temporary file has a name of its own per call (`mkstemp`), so two processes writing at once
    can never mix their bytes in one temporary file.
    """
    files.private_dir(folder)
    path = folder / filename
    fd, tmp = tempfile.mkstemp(prefix=f".{filename}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def _failed(rt: Runtime, row_id: int, exc: Exception, reference: str, *, keep_handing: bool = False) -> None:
    """Put the row back for a later try, or give up after the last attempt and tell staff.

    With *keep_handing* (the relay may have it) the row stays `handing`, so the next try asks first.
    """
    error = f"{type(exc).__name__}: {exc}"[:2000]
    with rt.session() as session:
        row = session.get(OutboxMessage, row_id)
        assert row is not None
        row.last_error = error
        give_up = isinstance(exc, PermanentFailure) or row.attempts >= rt.settings.outbound.max_attempts
        if not give_up:
            row.state = "handing" if keep_handing else "queued"
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
