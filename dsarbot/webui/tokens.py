"""Signed values the dashboard hands to the browser: the CSRF token and the one-time flash message.

CSRF uses the signed double-submit pattern: a random nonce, signed for the signed-in user with the
deployment's key (`Sealer.match_hash`, an HMAC), goes into a SameSite=Strict cookie and into every
form. A POST is accepted only when the form field equals the cookie and the signature fits the user,
so another site can neither read the token nor plant a cookie that works. Signing with the
deployment key (not a per-process secret) keeps forms valid across restarts and several web processes.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import secrets

from dsarbot.secrets import Sealer

CSRF_COOKIE = "dsarbot_csrf"
CSRF_FIELD = "csrf_token"
FLASH_COOKIE = "dsarbot_flash"
FLASH_MAX = 1000  # characters; a cookie holds about 4 KB


def _sign(sealer: Sealer, purpose: str, *parts: str) -> str:
    return sealer.match_hash("\0".join(("dsarbot-webui", purpose, *parts)))


def new_csrf(sealer: Sealer, user: str) -> str:
    """A fresh CSRF token bound to *user*."""
    nonce = secrets.token_urlsafe(24)
    return f"{nonce}.{_sign(sealer, 'csrf', user, nonce)}"


def csrf_valid_for(sealer: Sealer, user: str, token: str | None) -> bool:
    """True when *token* was issued by this deployment for *user*."""
    if not token or token.count(".") != 1:
        return False
    nonce, signature = token.split(".")
    return hmac.compare_digest(signature, _sign(sealer, "csrf", user, nonce))


def csrf_check(sealer: Sealer, user: str, cookie: str | None, field: str | None) -> bool:
    """A POST's token is good: the form field equals the cookie and it is signed for *user*."""
    if not cookie or not field or not hmac.compare_digest(cookie, field):
        return False
    return csrf_valid_for(sealer, user, cookie)


def pack_flash(sealer: Sealer, kind: str, text: str) -> str:
    """A signed cookie value carrying a message to show once on the next page."""
    data = json.dumps([kind, text[:FLASH_MAX]]).encode("utf-8")
    payload = base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")
    return f"{payload}.{_sign(sealer, 'flash', payload)}"


def unpack_flash(sealer: Sealer, value: str | None) -> tuple[str, str] | None:
    """(kind, text) from a flash cookie, or None when absent, tampered with or malformed."""
    if not value or value.count(".") != 1:
        return None
    payload, signature = value.split(".")
    if not hmac.compare_digest(signature, _sign(sealer, "flash", payload)):
        return None
    try:
        kind, text = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, binascii.Error, TypeError):
        return None
    if kind not in ("ok", "error") or not isinstance(text, str):
        return None
    return kind, text
