"""Real SMTP servers for tests: a capturing relay (aiosmtpd) and the dsarbot intake on a free port.

Facts (see ../shared/recipes/smtp): `Controller(port=0)` does not work, so a free port is picked
first; pass `hostname="127.0.0.1"` (the default may be ::1).
"""

from __future__ import annotations

import email
import email.policy
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Captured:
    """One mail the relay accepted."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    at: float

    @property
    def message(self) -> EmailMessage:
        """The mail parsed (modern policy: headers decoded)."""
        msg = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class CaptureHandler:
    """aiosmtpd handler that keeps every message (thread-safe)."""

    messages: list[Captured] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    arrived: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.arrived = threading.Condition(self.lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.arrived:
            self.messages.append(Captured(envelope.mail_from, list(envelope.rcpt_tos),
                                          envelope.original_content, time.perf_counter()))
            self.arrived.notify_all()
        return "250 2.0.0 captured"


class Relay:
    """A capturing SMTP server standing in for the outbound relay; can be taken down and back up."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.handler = CaptureHandler()
        self.controller: Controller | None = None

    @property
    def url(self) -> str:
        """The DSARBOT_SMTP_URL that points at this relay."""
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def messages(self) -> list[Captured]:
        """Mail received so far."""
        with self.handler.lock:
            return list(self.handler.messages)

    def start(self) -> Relay:
        """Listen on the port."""
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     enable_SMTPUTF8=True, ready_timeout=5)
        self.controller.start()
        return self

    def stop(self) -> None:
        """Stop listening (connections are refused afterwards: 'relay down')."""
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def wait_for(self, n: int, timeout: float = 10.0,
                 predicate: Callable[[list[Captured]], bool] | None = None) -> list[Captured]:
        """Wait until at least *n* mails arrived (and *predicate* holds); returns them."""
        deadline = time.monotonic() + timeout
        with self.handler.arrived:
            while True:
                msgs = list(self.handler.messages)
                if len(msgs) >= n and (predicate is None or predicate(msgs)):
                    return msgs
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"relay got {len(msgs)} mail(s), expected {n}")
                self.handler.arrived.wait(left)


@pytest.fixture
def relay() -> Iterator[Relay]:
    """A running capturing relay."""
    r = Relay().start()
    yield r
    r.stop()


def wait_until(check: Callable[[], Any], timeout: float = 10.0, interval: float = 0.05) -> Any:
    """Poll *check* until it returns something truthy; AssertionError after *timeout* seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


class XOAuth2Handler(CaptureHandler):
    """A capturing relay that takes only AUTH XOAUTH2 with a token the identity provider issued."""

    def __init__(self, check: Callable[[str], str | None]) -> None:
        """*check(token)* returns the user a token is good for (None: not good)."""
        super().__init__()
        self.check = check
        self.logins: list[str] = []
        self.refusals = 0

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> Any:  # an advertised mechanism (auth_*)
        import base64
        import json

        from aiosmtpd.smtp import MISSING, AuthResult

        if len(args) > 1:  # ["XOAUTH2", initial response]
            blob = base64.b64decode(args[1])
        else:
            got = await server.challenge_auth("")
            if got is MISSING:
                return AuthResult(success=False, handled=True)
            blob = got
        fields = dict(f.split("=", 1) for f in blob.decode().split("\x01") if "=" in f)
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        if user and self.check(token) == user:
            self.logins.append(user)
            return AuthResult(success=True, auth_data=user)
        self.refusals += 1
        # XOAUTH2: an error challenge first; the client answers it with an empty line, then 535
        await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer"}))
        return AuthResult(success=False, handled=False)


class XOAuth2Relay(Relay):
    """The relay as Microsoft 365 / Gmail run it for dsarbot: AUTH XOAUTH2 only, nothing without it."""

    def __init__(self, check: Callable[[str], str | None], port: int | None = None) -> None:
        super().__init__(port)
        self.handler = XOAuth2Handler(check)

    @property
    def oauth_handler(self) -> XOAuth2Handler:
        """The handler (logins and refusals so far)."""
        assert isinstance(self.handler, XOAuth2Handler)
        return self.handler

    def url_for(self, user: str) -> str:
        """DSARBOT_SMTP_URL with the mailbox user and no password (OAuth2)."""
        return f"smtp://{user.replace('@', '%40')}@127.0.0.1:{self.port}"

    def start(self) -> XOAuth2Relay:
        """Listen, requiring AUTH (plain text is fine on 127.0.0.1 in tests)."""
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, enable_SMTPUTF8=True,
                                     ready_timeout=5, auth_required=True, auth_require_tls=False,
                                     auth_exclude_mechanism=["LOGIN", "PLAIN"])
        self.controller.start()
        return self


@dataclass
class SlowFilingHandler(CaptureHandler):
    """A relay like Gmail's or Microsoft 365's: it files a copy of each mail in the sender's Sent folder
    (over real IMAP) as soon as it has the mail, then answers DATA only after *delay* seconds.

    `in_data` is set while a mail is between "the relay has it" and "the relay said 250".
    """

    file_copy: Callable[[bytes], None] | None = None
    delay: float = 0.0
    in_data: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        import asyncio

        if self.file_copy is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.file_copy, envelope.original_content)
        with self.arrived:
            self.messages.append(Captured(envelope.mail_from, list(envelope.rcpt_tos),
                                          envelope.original_content, time.perf_counter()))
            self.arrived.notify_all()
        self.in_data.set()
        await asyncio.sleep(self.delay)
        self.in_data.clear()
        return "250 2.0.0 queued"


class FilingRelay(Relay):
    """A `Relay` with a `SlowFilingHandler`."""

    def __init__(self, file_copy: Callable[[bytes], None] | None = None, delay: float = 0.0) -> None:
        super().__init__()
        self.handler = SlowFilingHandler(file_copy=file_copy, delay=delay)

    @property
    def in_data(self) -> threading.Event:
        """Set while a mail is at the relay but not yet answered."""
        assert isinstance(self.handler, SlowFilingHandler)
        return self.handler.in_data

    def message_ids(self) -> list[str]:
        """The Message-ID of every mail the relay took, in order (repeats are doubles)."""
        return [str(m.message["Message-ID"]) for m in self.messages]
