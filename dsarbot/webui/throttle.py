"""Slowing down password guessing without ever refusing the right password.

Failed sign-ins are counted per (user name, client address). The first FREE_FAILURES cost nothing
(typos happen); after that each attempt for the same pair waits its turn: BACKOFF_FIRST seconds after
the last failure, doubling with every further failure up to BACKOFF_MAX. Attempts of one pair made at
once are spaced out by the same delay, so firing many in parallel gains nothing. The right password is never refused: it
waits at most BACKOFF_MAX and gets in, and a success forgets the pair's failures.

Per pair, not per address: a guesser at one address does not lock the real user out at another, and
one user's typos do not slow colleagues behind the same office NAT. The client address is the one
`auth.client_address` gives (forwarded headers only from configured proxies). Waiting happens in the
event loop (`asyncio.sleep`), so a queue of guesses holds no threads.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

FREE_FAILURES = 3
BACKOFF_FIRST = 1.0
BACKOFF_MAX = 30.0
FORGET_AFTER = 3600.0
"""Seconds after the last failure when a pair's record is dropped."""
MAX_PAIRS = 10_000

Pair = tuple[str, str]


@dataclass
class _Record:
    failures: int = 0
    last_failure: float = 0.0
    next_free: float = 0.0
    """When the next attempt may start: attempts made at once are spaced out, not checked together."""
    waiting: int = 0

    def delay(self) -> float:
        if self.failures < FREE_FAILURES:
            return 0.0
        return min(BACKOFF_FIRST * 2 ** (self.failures - FREE_FAILURES), BACKOFF_MAX)


class Throttle:
    """The failed sign-ins of one process (see the module docstring)."""

    def __init__(self) -> None:
        self._records: dict[Pair, _Record] = {}

    @asynccontextmanager
    async def turn(self, pair: Pair) -> AsyncIterator[None]:
        """Wait until *pair* may try again, holding its turn while the attempt is checked."""
        record = self._records.get(pair)
        if record is None:
            self._prune()
            record = self._records.setdefault(pair, _Record())
        now = time.monotonic()
        start = max(now, record.last_failure + record.delay(), record.next_free)
        record.next_free = start + record.delay()
        record.waiting += 1
        try:
            if start > now:
                await asyncio.sleep(start - now)
            yield
        finally:
            record.waiting -= 1

    def failed(self, pair: Pair) -> None:
        """Count a wrong password for *pair*."""
        record = self._records.setdefault(pair, _Record())
        record.failures += 1
        record.last_failure = time.monotonic()

    def succeeded(self, pair: Pair) -> None:
        """Forget *pair*'s failures (the right password was given)."""
        record = self._records.get(pair)
        if record is not None:
            record.failures, record.next_free = 0, 0.0

    def failures(self, pair: Pair) -> int:
        """How many wrong passwords *pair* has given since its last success."""
        record = self._records.get(pair)
        return record.failures if record else 0

    def _prune(self) -> None:
        """Drop idle records once there are many (a scan of addresses must not grow memory for ever)."""
        if len(self._records) < MAX_PAIRS:
            return
        now = time.monotonic()
        for pair, record in list(self._records.items()):
            if not record.waiting and (record.failures == 0 or now - record.last_failure > FORGET_AFTER):
                del self._records[pair]
