"""Which token source serves a mailbox or relay: one per set of credentials in this process.

A Microsoft or generic client-credentials token belongs to the app, not to a mailbox, so the IMAP
watcher, the marker and the relay of a deployment share one token. A Google token belongs to the
mailbox user the service account acts as, so each user has its own.
"""

from __future__ import annotations

import hashlib
import threading

from dsarbot.mailauth.settings import OAuthSettings
from dsarbot.mailauth.tokens import Provider, TokenSource

_sources: dict[tuple[str, ...], TokenSource] = {}
_lock = threading.Lock()


def make_provider(oauth: OAuthSettings, user: str) -> Provider:
    """The provider object for *oauth* acting for the mailbox *user*."""
    if oauth.provider == "microsoft":
        from dsarbot.mailauth.microsoft import Microsoft

        return Microsoft(oauth)
    if oauth.provider == "google":
        from dsarbot.mailauth.google import GoogleServiceAccount

        return GoogleServiceAccount(oauth, user)
    from dsarbot.mailauth.generic import ClientCredentials

    return ClientCredentials(oauth)


def _key(oauth: OAuthSettings, user: str) -> tuple[str, ...]:
    secret = oauth.client_secret.get_secret_value() if oauth.client_secret else ""
    return (oauth.provider or "", oauth.tenant_id or "", oauth.client_id or "",
            hashlib.sha256(secret.encode()).hexdigest(), oauth.certificate_file or "", oauth.effective_scope,
            oauth.token_url or "", oauth.google_service_account_file or "",
            user.lower() if oauth.provider == "google" else "")


def source_for(oauth: OAuthSettings, user: str) -> TokenSource:
    """The shared token source for *oauth* and mailbox *user* (made on first use)."""
    key = _key(oauth, user)
    with _lock:
        source = _sources.get(key)
        if source is None:
            source = _sources[key] = TokenSource(make_provider(oauth, user))
        return source


def all_sources() -> list[TokenSource]:
    """Every token source made in this process so far."""
    with _lock:
        return list(_sources.values())


def forget_all() -> None:
    """Drop every source (tests; a changed configuration in a long-lived process)."""
    with _lock:
        _sources.clear()
