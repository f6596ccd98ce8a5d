"""One bearer token per lifetime, shared by every thread that logs in with the same credentials.

A :class:`TokenSource` asks its provider for a token only when it has none, when the one it has is
about to expire (within :func:`refresh_margin`), or when a mail server refused it
(:meth:`TokenSource.invalidate`). The IMAP watcher, the IMAP marker and the relay of one process share
a source, so a reconnect or a sent mail costs no token request. Callers that arrive while a
request is under way wait for it instead of asking again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

log = logging.getLogger(__name__)

MAX_MARGIN = 60.0
"""Seconds before expiry at which a token is renewed (at most): enough for a login to finish with it."""


@dataclass(frozen=True)
class AccessToken:
    """A bearer token and when it expires (on the source's clock). The value never shows in a repr."""

    value: str = field(repr=False)
    expires_at: float
    fetched_at: float

    @property
    def lifetime(self) -> float:
        """Seconds the token was issued for."""
        return self.expires_at - self.fetched_at


@dataclass(frozen=True)
class Fetched:
    """What a provider returns: the token and its lifetime in seconds."""

    value: str = field(repr=False)
    expires_in: float


class Provider(Protocol):
    """Fetches a fresh token from one identity provider (raises OAuthError in plain words)."""

    name: str

    def fetch(self) -> Fetched:
        """A new token from the provider (never from a cache the source does not control)."""
        ...

    def forget(self) -> None:
        """Drop whatever the provider's own library cached, so the next fetch really asks."""
        ...


def refresh_margin(lifetime: float) -> float:
    """How long before expiry a token of *lifetime* seconds is renewed: 5 % of it, at most MAX_MARGIN.

    Small on purpose: a token serves (almost) its whole lifetime, so a 5-minute token costs one request
    per 5 minutes, and an hour's token is renewed a minute before Exchange would end the session.
    """
    return min(MAX_MARGIN, max(0.0, lifetime) * 0.05)


class TokenSource:
    """The cached token of one set of credentials (thread-safe)."""

    def __init__(self, provider: Provider, *, clock: Callable[[], float] = time.time) -> None:
        self.provider = provider
        self.clock = clock
        self._lock = threading.Lock()
        self._token: AccessToken | None = None
        self.requests = 0
        """Token requests made so far (for the doctor, tests and benchmarks)."""

    def __repr__(self) -> str:
        return f"TokenSource({self.provider.name}, requests={self.requests})"

    def get(self) -> tuple[AccessToken, bool]:
        """A token good for a login now, and whether it was fetched just now (False: from the cache)."""
        with self._lock:
            now = self.clock()
            token = self._token
            if token is not None and token.expires_at - refresh_margin(token.lifetime) > now:
                return token, False
            self.requests += 1
            fetched = self.provider.fetch()
            now = self.clock()
            self._token = AccessToken(fetched.value, now + max(0.0, fetched.expires_in), now)
            log.debug("%s: new token, valid for %.0f s", self.provider.name, fetched.expires_in)
            return self._token, True

    def invalidate(self, token: AccessToken) -> None:
        """A server refused *token*: never hand it out again (a newer one is kept)."""
        with self._lock:
            if self._token is not None and self._token.value == token.value:
                self._token = None
                self.provider.forget()

    def cached(self) -> AccessToken | None:
        """The token in hand, if any (for health pages; it may have expired)."""
        return self._token
