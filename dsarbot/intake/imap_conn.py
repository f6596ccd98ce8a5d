"""Which IMAP mailboxes dsarbot watches, and how it connects to one (shared by watcher and marker).

A mailbox comes from `DSARBOT_IMAP_URL` / `imap.url` or from a controller's `imap_url`:
`imap://user:pass@host:143/INBOX`, `imaps://…:993/…` (TLS from the start) or `imap+starttls://…`.
Its *key* (`user@host:port/Folder`, no password) names it in the database and in the logs.
A URL with a user and no password logs in with an OAuth2 token (SASL XOAUTH2 or OAUTHBEARER) when
`[oauth]` / `DSARBOT_OAUTH_PROVIDER` (or the mailbox's own `oauth` table) names a provider.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from imapclient import IMAPClient

from dsarbot.config import MailURL, Settings, parse_mail_url
from dsarbot.mailauth import sasl
from dsarbot.mailauth import settings as oauth_settings
from dsarbot.mailauth.settings import OAuthSettings

DEFAULT_PORTS = {"imap": 143, "imaps": 993, "imap+starttls": 143}
TIMEOUT = 60.0
"""Seconds for connecting and for each command; a silent half-open connection fails within this."""


@dataclass(frozen=True)
class MailboxSpec:
    """One watched mailbox."""

    key: str
    url: MailURL
    controller_id: str | None
    """The controller the mailbox belongs to (None: found from each message's recipients)."""
    oauth: OAuthSettings | None = None
    """The OAuth2 credentials it logs in with (None: the password in the URL)."""

    @property
    def folder(self) -> str:
        """The folder to watch (INBOX unless the URL names another)."""
        return self.url.path or "INBOX"


def mailbox_key(url: MailURL) -> str:
    """A stable name for a mailbox without its password: `user@host:port/Folder`."""
    return f"{url.username or ''}@{url.host}:{url.port}/{url.path or 'INBOX'}"


def mailboxes(settings: Settings) -> list[MailboxSpec]:
    """Every mailbox to watch: the global URL and each controller's own, each once."""
    specs: dict[str, MailboxSpec] = {}
    if settings.imap.url:
        url = parse_mail_url(settings.imap.url, DEFAULT_PORTS)
        # With one controller the mailbox is plainly theirs; with several, each mail's recipient decides.
        owner = settings.controllers[0].id if len(settings.controllers) == 1 else None
        oauth = _oauth(url, settings, settings.imap.oauth)
        specs[mailbox_key(url)] = MailboxSpec(mailbox_key(url), url, owner, oauth)
    for c in settings.controllers:
        if c.imap_url:
            url = parse_mail_url(c.imap_url, DEFAULT_PORTS)
            specs[mailbox_key(url)] = MailboxSpec(mailbox_key(url), url, c.id,
                                                  _oauth(url, settings, c.imap_oauth))
    return list(specs.values())


def _oauth(url: MailURL, settings: Settings, own: OAuthSettings | None) -> OAuthSettings | None:
    return oauth_settings.for_url(url.username, url.password, oauth_settings.merged(settings.oauth, own))


def spec_for_key(settings: Settings, key: str) -> MailboxSpec | None:
    """The configured mailbox called *key* (None when it is no longer configured)."""
    return next((s for s in mailboxes(settings) if s.key == key), None)


def connect(spec: MailboxSpec, timeout: float = TIMEOUT,
            opened: Callable[[IMAPClient], None] | None = None) -> IMAPClient:
    """Connect and log in (LoginError on a wrong password, OAuthError when no token is had or the server
    refuses it; OSError/IMAP errors otherwise).

    *opened* gets the client as soon as the socket exists, so another thread can interrupt a slow
    login (see :func:`interrupt`).
    """
    url = spec.url
    context = ssl.create_default_context()
    client = IMAPClient(url.host, port=url.port, ssl=url.tls == "ssl", ssl_context=context, timeout=timeout)
    if opened is not None:
        opened(client)
    try:
        if url.tls == "starttls":
            client.starttls(context)
        if spec.oauth is not None:
            sasl.imap_login(client, url.username or "", spec.oauth, url.host, url.port)
        else:
            client.login(url.username or "", url.password or "")
    except BaseException:
        _close_quietly(client)
        raise
    return client


def logout(client: IMAPClient | None) -> None:
    """Log out politely; a connection that is already gone is simply closed."""
    if client is None:
        return
    try:
        client.logout()
    except Exception:  # the connection may be dead already; nothing to save
        _close_quietly(client)


def interrupt(client: IMAPClient | None) -> None:
    """Make a call blocked on *client*'s socket (in another thread) return with an error at once."""
    if client is None:
        return
    with contextlib.suppress(Exception):  # already closed
        client.socket().shutdown(socket.SHUT_RDWR)


def _close_quietly(client: IMAPClient) -> None:
    with contextlib.suppress(Exception):  # best effort on a broken connection
        client.shutdown()
