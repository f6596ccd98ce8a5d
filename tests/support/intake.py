"""dsarbot's real SMTP intake on a free port, for tests that send mail the way a relay does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from dsarbot.intake.smtp_server import SmtpIntake
from dsarbot.runtime import Runtime
from support.smtp import free_port


@contextmanager
def running_intake(rt: Runtime) -> Iterator[SmtpIntake]:
    """The real SMTP intake of *rt* on a free port, stopped afterwards."""
    server = SmtpIntake(rt, listen=f"127.0.0.1:{free_port()}")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def intake(rt: Runtime) -> Iterator[SmtpIntake]:
    """The intake of the `rt` runtime on a free port."""
    with running_intake(rt) as server:
        yield server
