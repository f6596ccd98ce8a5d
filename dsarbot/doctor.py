"""`dsarbot check-config --connect` (also `dsarbot doctor`): log in to every mailbox and the relay, and say
what works and what to fix.

Per mailbox: the login (password or OAuth2 token) or the reason it failed, whether the server has
IDLE (else the watcher polls), whether the folder exists, and when the client secret or
certificate ends (a warning within 30 days). Per relay: the connection, TLS and the login; no mail
is sent. Nothing is written to the database.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from datetime import date
from typing import Literal

from imapclient.exceptions import IMAPClientError, LoginError

from dsarbot.config import Settings, parse_mail_url
from dsarbot.intake import imap_conn
from dsarbot.mailauth.errors import OAuthError
from dsarbot.mailauth.expiry import expiries
from dsarbot.mailauth.settings import OAuthSettings

TIMEOUT = 20.0


@dataclass(frozen=True)
class Finding:
    """One line of the report."""

    subject: str
    level: Literal["ok", "warning", "error"]
    text: str


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OAuthError):
        return str(exc)
    if isinstance(exc, LoginError):
        return "login refused: check the user name and password in the URL"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"the server's TLS certificate is not trusted ({exc.verify_message}); a private CA is trusted "
                "through SSL_CERT_FILE")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"the relay refused the login ({exc.smtp_code})"
    return f"cannot connect: {type(exc).__name__}: {exc}"


def _how(oauth: OAuthSettings | None) -> str:
    return f"an OAuth2 token ({oauth.provider})" if oauth else "the password"


def check_mailbox(spec: imap_conn.MailboxSpec, today: date, poll_seconds: int) -> list[Finding]:
    """Log in to one mailbox and report login, IDLE, folder and credential expiry."""
    name = f"IMAP {spec.key}"
    out = _expiry_findings(name, spec.oauth, today)
    try:
        client = imap_conn.connect(spec, timeout=TIMEOUT)
    except (OAuthError, IMAPClientError, OSError) as exc:
        return [Finding(name, "error", _reason(exc)), *out]
    try:
        found = [Finding(name, "ok", f"login OK with {_how(spec.oauth)}")]
        found.append(Finding(name, "ok", "IDLE supported: new mail is seen within seconds")
                     if client.has_capability("IDLE") else
                     Finding(name, "warning", f"the server has no IDLE: the watcher polls every {poll_seconds} s"))
        if client.folder_exists(spec.folder):
            status = client.folder_status(spec.folder, ["MESSAGES"])
            found.append(Finding(name, "ok", f"folder {spec.folder} found ({status[b'MESSAGES']} messages)"))
        else:
            found.append(Finding(name, "error", f"there is no folder {spec.folder}: fix the path at the end of the "
                                 "URL (INBOX is the usual one)"))
    except (IMAPClientError, OSError) as exc:
        found.append(Finding(name, "error", _reason(exc)))
    finally:
        imap_conn.logout(client)
    return found + out


def check_relay(settings: Settings, today: date) -> list[Finding]:
    """Connect and log in to the outbound relay (no mail is sent)."""
    from dsarbot.outbox_sender import DEFAULT_PORTS, login, relay_oauth

    url = settings.outbound.smtp_url
    if not url:
        return [Finding("relay", "ok", f"no relay: replies are written to {settings.outbox_dir}/")]
    u = parse_mail_url(url, DEFAULT_PORTS)
    oauth = relay_oauth(settings)
    name = f"relay {u.username + '@' if u.username else ''}{u.host}:{u.port}"
    out = _expiry_findings(name, oauth, today)
    context = ssl.create_default_context()
    try:
        smtp = (smtplib.SMTP_SSL(u.host, u.port, timeout=TIMEOUT, context=context) if u.tls == "ssl"
                else smtplib.SMTP(u.host, u.port, timeout=TIMEOUT))
        with smtp:
            smtp.ehlo()
            if u.tls == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            how = login(smtp, u, oauth)
    except (OAuthError, smtplib.SMTPException, OSError) as exc:
        return [Finding(name, "error", _reason(exc)), *out]
    return [Finding(name, "ok", f"connected{' with TLS' if u.tls != 'none' else ''}; {how}"), *out]


def _expiry_findings(name: str, oauth: OAuthSettings | None, today: date) -> list[Finding]:
    if oauth is None:
        return []
    found = []
    for e in expiries(oauth):
        warning = e.warning(today)
        found.append(Finding(name, "warning", warning) if warning else
                     Finding(name, "ok", f"the {e.what} is valid until {e.expires}"))
    return found


def run(settings: Settings, today: date) -> list[Finding]:
    """Every mailbox, then the relay."""
    found: list[Finding] = []
    specs = imap_conn.mailboxes(settings)
    if not specs:
        found.append(Finding("IMAP", "ok", "no mailbox configured (mail arrives through the SMTP intake)"))
    for spec in specs:
        found += check_mailbox(spec, today, settings.imap.poll_seconds)
    return found + check_relay(settings, today)
