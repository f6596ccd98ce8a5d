"""The SMTP intake: an aiosmtpd server that stores mail for the controllers' addresses, nothing else.

* `RCPT TO` an address that is not a configured controller address: `550` (we are not a relay).
* `250` only after :func:`dsarbot.ingest.store_raw` committed the message (raw bytes, MAIL FROM,
  RCPT TO, arrival time, and the controller of the first recipient); the blocking database call runs
  in a thread so the server keeps talking to other clients meanwhile.
* A storage failure answers `451` (the sending server tries again later), never `250`.
* Mail larger than `intake.max_message_size`: `552` (announced in EHLO as SIZE).
* SMTPUTF8 and 8BITMIME are offered; the bytes are stored exactly as received.
* Optional STARTTLS (`intake.tls_cert` + `intake.tls_key`) and AUTH (`intake.auth_users`, only
  after STARTTLS; then required) for when the intake faces the internet.
* Memory stays bounded under a burst of large mail: at most DATA_BUDGET bytes (by each client's
  declared `SIZE`, else the size limit) are received and stored at once; other clients wait at
  `DATA` (SMTP clients wait minutes for the 354). Small mail is never held back by this.

Logs name the stored message id and size, never addresses' mail content.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import socket
import ssl
import threading
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from dsarbot import malloc
from dsarbot.config import IntakeConfig, parse_listen
from dsarbot.intake import ingest
from dsarbot.models import utcnow
from dsarbot.runtime import LARGE_MAIL, Runtime

log = logging.getLogger(__name__)


DATA_BUDGET = 48 * 1024 * 1024
"""Declared bytes of mail received and being stored at the same time (one mail is always let in)."""


class ByteBudget:
    """An asyncio counting semaphore measured in bytes (for one event loop)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.used = 0
        self._cond = asyncio.Condition()

    @contextlib.asynccontextmanager
    async def take(self, n: int) -> AsyncIterator[None]:
        """Hold *n* bytes of the budget (capped at the capacity) while the block runs."""
        n = max(1, min(n, self.capacity))
        async with self._cond:
            await self._cond.wait_for(lambda: self.used == 0 or self.used + n <= self.capacity)
            self.used += n
        try:
            yield
        finally:
            async with self._cond:
                self.used -= n
                self._cond.notify_all()


def declared_size(mail_options: list[str], default: int) -> int:
    """The `SIZE=` a client gave with MAIL FROM (RFC 1870), else *default*."""
    for option in mail_options:
        name, _, value = option.partition("=")
        if name.upper() == "SIZE" and value.isdigit():
            return int(value)
    return default


def is_large(envelope: Envelope, limit: int | None) -> bool:
    """Whether the mail of *envelope* counts as large (`runtime.LARGE_MAIL`), by its declared size."""
    return declared_size(list(envelope.mail_options), limit or DATA_BUDGET) > LARGE_MAIL


@contextlib.asynccontextmanager
async def _holding(lock: threading.Lock) -> AsyncIterator[None]:
    """Hold a thread lock from the event loop without blocking it (polls; safe to cancel while waiting)."""
    while not lock.acquire(blocking=False):
        await asyncio.sleep(0.05)
    try:
        yield
    finally:
        lock.release()


class BudgetedSMTP(SMTP):
    """aiosmtpd's SMTP with DATA (receiving and storing) inside the intake's byte budget, and a large
    mail received and stored only while holding the runtime's `large_mail` turn."""

    def __init__(self, *args: Any, budget: ByteBudget, large_mail: threading.Lock, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.budget = budget
        self.large_mail = large_mail

    async def smtp_DATA(self, arg: str) -> None:
        """Wait for room in the budget (and, for a large mail, for its turn), then receive and store."""
        if self.envelope is None:
            await super().smtp_DATA(arg)
            return
        size = declared_size(list(self.envelope.mail_options), self.data_size_limit or DATA_BUDGET)
        async with self.budget.take(size):
            if is_large(self.envelope, self.data_size_limit):
                async with _holding(self.large_mail):
                    await super().smtp_DATA(arg)
                malloc.release()
            else:
                await super().smtp_DATA(arg)


class IntakeController(Controller):
    """aiosmtpd's Controller building BudgetedSMTP servers that share one budget."""

    def __init__(self, handler: Any, large_mail: threading.Lock, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.budget = ByteBudget(DATA_BUDGET)
        self.large_mail = large_mail

    def factory(self) -> SMTP:
        """One server per connection, all drawing on the same budget."""
        return BudgetedSMTP(self.handler, budget=self.budget, large_mail=self.large_mail, **self.SMTP_kwargs)


class IntakeHandler:
    """aiosmtpd handler hooks: check recipients, store on DATA, answer after the commit."""

    source = "smtp"
    """How stored messages say they arrived (`smtp`, `lmtp`)."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        # SQLite takes one writer at a time anyway; queueing here avoids lock waits in SQLite itself.
        workers = 1 if rt.engine.dialect.name == "sqlite" else 8
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="smtp-store")

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        """Accept only the controllers' own addresses."""
        if self.rt.settings.controller_for_address(address) is None:
            log.info("%s intake: refused RCPT for an address that is not ours (from %s)",
                     self.source.upper(), _peer(session))
            return f"550 5.1.1 <{address}>: no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """Store the message and commit; 250 only after that, 451 when storing failed."""
        raw = envelope.original_content
        if raw is None:
            raw = envelope.content if isinstance(envelope.content, bytes) else b""
        arrived = utcnow()
        controller = self.rt.settings.controller_for_address(envelope.rcpt_tos[0]) if envelope.rcpt_tos \
            else None
        mail_from = envelope.mail_from if isinstance(envelope.mail_from, str) else None
        loop = asyncio.get_running_loop()
        try:
            row, created = await loop.run_in_executor(self.executor, lambda: ingest.store_raw(
                self.rt, raw, source=self.source, received_at=arrived,
                controller_id=controller.id if controller else None, envelope_from=mail_from,
                envelope_to=list(envelope.rcpt_tos),
                large_mail_held=is_large(envelope, self.rt.settings.intake.max_message_size)))
        except Exception as exc:  # the sender keeps the mail and tries again
            first_line = str(exc).splitlines()[0][:200] if str(exc) else ""
            log.error("%s intake: could not store a %d-byte message from %s (%s: %s); answered 451",
                      self.source.upper(), len(raw), _peer(session), type(exc).__name__, first_line)
            return "451 4.3.0 Could not store the message; please try again later"
        log.info("%s intake: message %s stored (%d bytes, %s)%s", self.source.upper(), row.id, len(raw),
                 controller.id if controller else "no controller", "" if created else " - duplicate")
        return f"250 2.0.0 OK stored as message {row.id}"

    def close(self) -> None:
        """Let stores in progress finish, then release the threads."""
        self.executor.shutdown(wait=True)


def _peer(session: Session) -> str:
    peer = session.peer
    return str(peer[0]) if isinstance(peer, tuple) and peer else "unknown"


def _authenticator(users: dict[str, str]) -> Any:
    def authenticate(server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                     auth_data: Any) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        expected = users.get(user)
        ok = expected is not None and hmac.compare_digest(expected.encode(), auth_data.password)
        if not ok:
            log.warning("SMTP intake: AUTH failed for user %r from %s", user, _peer(session))
        return AuthResult(success=ok, handled=False)

    return authenticate


def smtp_options(cfg: IntakeConfig) -> dict[str, Any]:
    """aiosmtpd SMTP() keyword arguments for the intake configuration."""
    options: dict[str, Any] = {
        "data_size_limit": cfg.max_message_size,
        "enable_SMTPUTF8": True,
        "decode_data": False,  # keep bytes as received; also what makes aiosmtpd offer 8BITMIME
        "ident": "dsarbot intake",
    }
    if cfg.tls_cert or cfg.tls_key:
        if not (cfg.tls_cert and cfg.tls_key):
            raise ValueError("intake.tls_cert and intake.tls_key must be set together")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cfg.tls_cert, cfg.tls_key)
        options["tls_context"] = context
    if cfg.auth_users:
        if "tls_context" not in options:
            raise ValueError("intake.auth_users needs STARTTLS (intake.tls_cert and intake.tls_key): "
                             "passwords are never accepted in clear text")
        options.update(authenticator=_authenticator(dict(cfg.auth_users)), auth_required=True,
                       auth_require_tls=True)
    return options


class SmtpIntake:
    """The intake server in its own thread (aiosmtpd Controller)."""

    name = "SMTP"

    def __init__(self, rt: Runtime, listen: str | None = None) -> None:
        self.rt = rt
        self.host, self.port = parse_listen(listen or self._configured_listen())
        self.handler = self._handler()
        self.controller = self._controller()

    def _configured_listen(self) -> str:
        return self.rt.settings.intake.smtp_listen

    def _handler(self) -> IntakeHandler:
        return IntakeHandler(self.rt)

    def _controller(self) -> Controller:
        return IntakeController(self.handler, self.rt.large_mail, hostname=self.host, port=self.port,
                                ready_timeout=10, **smtp_options(self.rt.settings.intake))

    def start(self) -> None:
        """Listen (OSError at once if the port is taken)."""
        # aiosmtpd only notices a taken port after its ready timeout (10 s): probe it first.
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        with socket.socket(family) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((self.host, self.port))
        self.controller.start()
        log.info("%s intake listening on %s:%s for %s", self.name, self.host, self.port,
                 ", ".join(a for c in self.rt.settings.controllers for a in c.addresses))

    def stop(self) -> None:
        """Stop listening; messages being stored are finished first."""
        try:
            self.controller.stop()
        finally:
            self.handler.close()
        log.info("%s intake stopped", self.name)
