"""When the credentials run out: the client secret (as the operator recorded it) and the certificate.

Entra shows a client secret's expiry beside it but does not tell the app itself, so the operator
records it as `client_secret_expires`; a certificate carries its own end date. Google service
account keys have no expiry in the key file, so nothing is known for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dsarbot.mailauth.settings import OAuthSettings

WARN_DAYS = 30
"""A secret or certificate that ends within this many days is a warning to staff."""


@dataclass(frozen=True)
class Expiry:
    """One credential and the day it stops working."""

    what: str
    expires: date

    def days_left(self, today: date) -> int:
        """Days from *today* to the expiry (negative: expired)."""
        return (self.expires - today).days

    def warning(self, today: date) -> str | None:
        """Plain words for staff when it ends within WARN_DAYS (or has ended); None otherwise."""
        left = self.days_left(today)
        if left > WARN_DAYS:
            return None
        when = f"expired on {self.expires}" if left < 0 else f"expires on {self.expires} (in {left} days)"
        return f"the {self.what} {when}: create a new one and update dsarbot's configuration before then"


def expiries(oauth: OAuthSettings) -> list[Expiry]:
    """What is known about when *oauth*'s credentials end."""
    out: list[Expiry] = []
    app = f"app {oauth.client_id}" if oauth.client_id else "app"
    if oauth.client_secret and oauth.client_secret_expires:
        out.append(Expiry(f"client secret of the {oauth.provider or 'OAuth2'} {app}", oauth.client_secret_expires))
    if oauth.certificate_file and not oauth.client_secret:
        end = certificate_end(oauth.certificate_file)
        if end is not None:
            out.append(Expiry(f"certificate {Path(oauth.certificate_file).name} of the Microsoft {app}", end))
    return out


def certificate_end(path: str) -> date | None:
    """The last day of the certificate in the PEM file *path* (None when it cannot be read)."""
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(Path(path).read_bytes())
    except (OSError, ValueError):
        return None
    return cert.not_valid_after_utc.date()
