"""Logging in with a bearer token: SASL XOAUTH2 (Google's, which Exchange also speaks) and OAUTHBEARER
(RFC 7628) for IMAP, AUTH XOAUTH2 for SMTP.

A token the server refuses is dropped and a fresh one tried once on the same connection: a cached
token can be stale (revoked, or the server's clock ran ahead). When a fresh token is refused too,
the app lacks permission on the mailbox, and :class:`~dsarbot.mailauth.errors.MailboxRefused` says
what to grant.
"""

from __future__ import annotations

import base64
import json
import smtplib
from collections.abc import Callable

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from dsarbot.mailauth import registry
from dsarbot.mailauth.errors import OAuthError, mailbox_refused
from dsarbot.mailauth.settings import OAuthSettings
from dsarbot.mailauth.tokens import AccessToken


def xoauth2(user: str, token: str) -> str:
    """The XOAUTH2 initial response."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def oauthbearer(user: str, token: str, host: str = "", port: int = 0) -> str:
    """The OAUTHBEARER (RFC 7628) initial response (host and port are optional there)."""
    authzid = user.replace("=", "=3D").replace(",", "=2C")
    fields = [f"n,a={authzid},"] + ([f"host={host}"] if host else []) + ([f"port={port}"] if port else [])
    return "\x01".join([*fields, f"auth=Bearer {token}", "", ""])


class Conversation:
    """One SASL exchange: the initial response, then an empty answer to the server's error challenge."""

    def __init__(self, initial: str) -> None:
        self._initial = initial
        self._steps = 0
        self.error = ""
        """The server's error challenge (JSON such as {"status":"401",…}), for the log."""

    def __call__(self, challenge: bytes | None = None) -> str:
        self._steps += 1
        if self._steps == 1:
            return self._initial
        self.error = _error_text(challenge or b"")
        return ""  # RFC 7628 §3.2.3: the client answers an error challenge with an empty response


def _error_text(challenge: bytes) -> str:
    try:
        data = json.loads(challenge)
    except ValueError:
        try:
            data = json.loads(base64.b64decode(challenge, validate=True))  # smtplib hands it over encoded
        except ValueError:
            return ""
    return f"status {data.get('status')}" if isinstance(data, dict) and data.get("status") else ""


def imap_mechanism(client: IMAPClient) -> str:
    """XOAUTH2 when offered, else OAUTHBEARER; OAuthError when the server offers neither."""
    for mech in ("XOAUTH2", "OAUTHBEARER"):
        if client.has_capability(f"AUTH={mech}"):
            return mech
    raise OAuthError("the IMAP server offers neither AUTH=XOAUTH2 nor AUTH=OAUTHBEARER: it does not take "
                     "OAuth2 tokens (put a password in the URL instead)", permanent=True, code="no_oauth_mech")


def imap_login(client: IMAPClient, user: str, oauth: OAuthSettings, host: str, port: int) -> str:
    """Log *client* in as *user* with a token; returns the mechanism used."""
    mech = imap_mechanism(client)

    def attempt(token: AccessToken) -> str:
        initial = xoauth2(user, token.value) if mech == "XOAUTH2" else oauthbearer(user, token.value, host, port)
        talk = Conversation(initial)
        try:
            client.sasl_login(mech, talk)
        except LoginError as exc:
            return _detail(str(exc), talk.error)
        return ""

    _with_retry(oauth, user, attempt, smtp=False)
    return mech


def smtp_login(smtp: smtplib.SMTP, user: str, oauth: OAuthSettings) -> str:
    """AUTH XOAUTH2 (or OAUTHBEARER) on an SMTP connection after EHLO; returns the mechanism used."""
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    mech = next((m for m in ("XOAUTH2", "OAUTHBEARER") if m in offered), None)
    if mech is None:
        raise OAuthError(f"the relay does not offer AUTH XOAUTH2 (it offers {' '.join(offered) or 'no AUTH'}); "
                         "it does not take OAuth2 tokens", permanent=True, code="no_oauth_mech")
    def attempt(token: AccessToken) -> str:
        initial = xoauth2(user, token.value) if mech == "XOAUTH2" else oauthbearer(user, token.value)
        talk = Conversation(initial)
        try:
            smtp.auth(mech, talk, initial_response_ok=True)
        except smtplib.SMTPAuthenticationError as exc:
            text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc)
            return _detail(f"{exc.smtp_code} {text}", talk.error)
        return ""

    _with_retry(oauth, user, attempt, smtp=True)
    return mech


def _detail(server_text: str, challenge: str) -> str:
    text = " ".join(server_text.split())[:200] or "refused"
    return f"{text}; {challenge}" if challenge else text


def _with_retry(oauth: OAuthSettings, user: str, attempt: Callable[[AccessToken], str], *, smtp: bool) -> None:
    """Try the cached token; if refused, drop it and try one fresh token; refused again: MailboxRefused."""
    source = registry.source_for(oauth, user)
    token, fresh = source.get()
    refused = attempt(token)
    if not refused:
        return
    if not fresh:
        source.invalidate(token)  # stale (revoked, expired early): one fresh token on the same connection
        token, fresh = source.get()
        refused = attempt(token)
        if not refused:
            return
    raise mailbox_refused(oauth.provider or "oauth2", user, refused, smtp=smtp)
