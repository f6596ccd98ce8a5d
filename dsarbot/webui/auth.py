"""Who may use the dashboard: password hashes, HTTP Basic auth, the loopback-only rule, the host names
it answers to, and the client address behind a proxy.

With no `[web.users]` configured the dashboard answers only clients on this machine (127.0.0.0/8,
::1), so a fresh install is never exposed by accident. With users configured, every request needs
HTTP Basic credentials that match the user's scrypt hash (see `hash_password` for the format);
`dsarbot.webui.throttle` slows down password guessing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import ipaddress
import secrets
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


class AuthError(Exception):
    """The request may not use the dashboard; *status* and the message (`said`, translated by the page) say why."""

    def __init__(self, status: int, message: Msg) -> None:
        super().__init__(str(message))
        self.status = status
        self.said = message


class WrongPassword(AuthError):
    """Credentials were given and do not match (what the throttle counts)."""


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


LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


def host_name(value: str | None) -> str:
    """The host name of a Host header or URL authority, lower-cased, without port or brackets."""
    host = (value or "").strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def host_allowed(value: str | None, web: WebConfig) -> bool:
    """Whether the dashboard answers to this Host: localhost, an IP address, or a name in `[web] hosts`.

    A DNS-rebinding page reaches the listener under the attacker's *name* (its own origin), so names
    are accepted only when configured; an IP address can never be a rebound name.
    """
    host = host_name(value)
    if not host:
        return False
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return True
    except ValueError:
        return host.rstrip(".") in {h.strip().lower().rstrip(".") for h in web.hosts}


def identify(request: Request, web: WebConfig) -> WebUser:
    """The dashboard user of *request*; AuthError (401/403) when the request may not come in."""
    if not host_allowed(request.headers.get("host"), web):
        raise AuthError(403, lazy("This dashboard does not answer to the name %(name)s. Open it as "
                                  "http://localhost:PORT/ or by IP address, or add the name to `hosts` under [web] "
                                  "in the configuration.", name=repr(host_name(request.headers.get("host")))))
    if not web.users:
        host = request.client.host if request.client else None
        # A reverse proxy on this machine would make every outside client look local; refuse.
        proxied = any(h in request.headers for h in PROXY_HEADERS)
        if not is_loopback(host) or proxied:
            raise AuthError(403, lazy("The dashboard has no users configured, so it only answers browsers on this "
                                      "machine (127.0.0.1 or ::1). To use it from elsewhere, add a login under "
                                      "[web.users] in the configuration (`dsarbot web-passwd NAME` prints the line)."))
        return WebUser("local")
    header = request.headers.get("authorization", "")
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        raise AuthError(401, lazy("Sign in with your dashboard user name and password."))
    try:
        name, sep, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
    except (ValueError, binascii.Error):
        raise AuthError(401, lazy("The sign-in header is malformed; sign in again.")) from None
    if not sep or not _check_user(web.users, name, password):
        raise WrongPassword(401, lazy("Wrong user name or password."))
    return WebUser(name)


def claimed_user(request: Request) -> str:
    """The user name a request's Basic credentials claim ('' when there are none or they are unreadable)."""
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return ""
    try:
        return base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")[0][:200]
    except (ValueError, binascii.Error):
        return ""


def _in_networks(host: str, networks: list[str]) -> bool:
    try:
        addr = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return any(addr in ipaddress.ip_network(n, strict=False) for n in networks)


def client_address(request: Request, web: WebConfig) -> str:
    """The address of the browser: the connecting peer, or, when the peer is one of `[web]
    trusted_proxies`, the last address before our proxies in its `X-Forwarded-For`.

    Forwarded headers from anyone else are ignored: a client cannot pick the address it is judged by.
    """
    peer = request.client.host if request.client else "?"
    if not web.trusted_proxies or not _in_networks(peer, web.trusted_proxies):
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _in_networks(hop, web.trusted_proxies):
            return hop
    return peer
