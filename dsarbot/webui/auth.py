"""Who may use the dashboard: password hashes, HTTP Basic auth and the loopback-only rule.

With no `[web.users]` configured the dashboard answers only clients on this machine (127.0.0.0/8,
::1), so a fresh install is never exposed by accident. With users configured, every request needs
HTTP Basic credentials that match the user's scrypt hash (see `hash_password` for the format).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass

from starlette.requests import Request

from dsarbot.config import WebConfig
from dsarbot.messages import Msg, lazy

SCHEME = "scrypt"
# scrypt cost: N=2^14, r=8, p=1 needs 16 MiB and ~50 ms, OWASP's minimum for interactive logins.
N, R, P = 2**14, 8, 1
DKLEN = 32
MAX_N = 2**20  # refuse absurd parameters in a hand-edited config instead of exhausting memory
REALM = 'Basic realm="dsarbot dashboard", charset="UTF-8"'
PROXY_HEADERS = ("forwarded", "x-forwarded-for", "x-real-ip")

# Basic auth sends the password with every request and scrypt is slow on purpose, so a successful
# check is remembered under a keyed hash (random per process, never the password itself).
_CACHE_KEY = secrets.token_bytes(32)
_verified: set[bytes] = set()
_CACHE_MAX = 256


# Failed sign-ins per client address: after MAX_FAILURES within FAILURE_WINDOW seconds the address
# is refused (429) until the window has passed, so a password cannot be guessed at scrypt speed.
MAX_FAILURES = 10
FAILURE_WINDOW = 15 * 60.0
_failures: dict[str, deque[float]] = {}
_failures_lock = threading.Lock()


def _recent_failures(client: str, now: float) -> deque[float]:
    times = _failures.setdefault(client, deque())
    while times and now - times[0] > FAILURE_WINDOW:
        times.popleft()
    return times


def _throttled(client: str) -> bool:
    with _failures_lock:
        return len(_recent_failures(client, time.monotonic())) >= MAX_FAILURES


def _record_failure(client: str) -> None:
    with _failures_lock:
        now = time.monotonic()
        _recent_failures(client, now).append(now)
        if len(_failures) > 10_000:  # many addresses: forget those with no recent failure
            for key in [k for k, v in _failures.items() if not v]:
                del _failures[key]


class AuthError(Exception):
    """The request may not use the dashboard; *status* and the message (`said`, translated by the page) say why."""

    def __init__(self, status: int, message: Msg) -> None:
        super().__init__(str(message))
        self.status = status
        self.said = message


@dataclass(frozen=True)
class WebUser:
    """The person using the dashboard; `actor` is what decisions record."""

    name: str

    @property
    def actor_id(self) -> str:
        """`web:alice`, or `web:local` for a loopback client when no users are configured."""
        return f"web:{self.name}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=DKLEN,
                          maxmem=256 * r * n + 1024 * 1024)


def hash_password(password: str) -> str:
    """Hash *password* for `[web.users]`: `scrypt$N$r$p$<salt>$<hash>` (salt and hash base64)."""
    salt = secrets.token_bytes(16)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(_scrypt(password, salt, N, R, P))}"


def verify_password(password: str, stored: str) -> bool:
    """True when *password* matches the *stored* hash (constant-time compare); False if malformed."""
    try:
        scheme, n_s, r_s, p_s, salt_s, hash_s = stored.split("$")
        n, r, p = int(n_s), int(r_s), int(p_s)
        salt, expected = _unb64(salt_s), _unb64(hash_s)
    except (ValueError, binascii.Error):
        return False
    if scheme != SCHEME or not (1 < n <= MAX_N and 0 < r <= 32 and 0 < p <= 16) or len(expected) != DKLEN:
        return False
    return hmac.compare_digest(_scrypt(password, salt, n, r, p), expected)


def _check_user(users: dict[str, str], name: str, password: str) -> bool:
    stored = users.get(name)
    if stored is None:
        # Spend the same time as for a real user, so response times do not reveal user names.
        verify_password(password, hash_password("unknown-user"))
        return False
    key = hmac.new(_CACHE_KEY, b"\0".join(s.encode("utf-8") for s in (name, password, stored)),
                   hashlib.sha256).digest()
    if key in _verified:
        return True
    if not verify_password(password, stored):
        return False
    if len(_verified) >= _CACHE_MAX:
        _verified.clear()
    _verified.add(key)
    return True


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback; False for anything else or no address."""
    if not host:
        return False
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped.is_loopback
    return addr.is_loopback


def identify(request: Request, web: WebConfig) -> WebUser:
    """The dashboard user of *request*; AuthError (401/403) when the request may not come in."""
    if not web.users:
        host = request.client.host if request.client else None
        # A reverse proxy on this machine would make every outside client look local; refuse.
        proxied = any(h in request.headers for h in PROXY_HEADERS)
        if not is_loopback(host) or proxied:
            raise AuthError(403, lazy("The dashboard has no users configured, so it only answers browsers on this "
                                      "machine (127.0.0.1 or ::1). To use it from elsewhere, add a login under "
                                      "[web.users] in the configuration (`dsarbot web-passwd NAME` prints the line)."))
        return WebUser("local")
    client = request.client.host if request.client else "?"
    if _throttled(client):
        raise AuthError(429, lazy("Too many failed sign-ins from this address; try again in %(minutes)s minutes.",
                                  minutes=int(FAILURE_WINDOW // 60)))
    header = request.headers.get("authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        raise AuthError(401, lazy("Sign in with your dashboard user name and password."))
    try:
        name, sep, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
    except (ValueError, binascii.Error):
        raise AuthError(401, lazy("The sign-in header is malformed; sign in again.")) from None
    if not sep or not _check_user(web.users, name, password):
        _record_failure(client)
        raise AuthError(401, lazy("Wrong user name or password."))
    return WebUser(name)
