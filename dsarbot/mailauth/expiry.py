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
from dsarbot.messages import Said, lazy, lazy_plural

WARN_DAYS = 30
"""A secret or certificate that ends within this many days is a warning to staff."""


@dataclass(frozen=True)
class Expiry:
    """One credential and the day it stops working."""

    what: str
    """What ends, in words (a `Said`: English, also shown in the staff's language)."""
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

    def notice(self, today: date) -> Said | None:
        """The warning as staff read it (the dashboard banner, the Slack channel), in their language."""
        left = self.days_left(today)
        if left > WARN_DAYS:
            return None
        what = self.what.msg if isinstance(self.what, Said) else self.what
        if left < 0:
            return Said(lazy("The %(what)s expired on %(day)s: create a new one and update dsarbot's configuration.",
                             what=what, day=self.expires))
        return Said(lazy_plural("The %(what)s expires on %(day)s (in %(n)s day): create a new one and update "
                                "dsarbot's configuration before then.",
                                "The %(what)s expires on %(day)s (in %(n)s days): create a new one and update "
                                "dsarbot's configuration before then.", left, what=what, day=self.expires))


def expiries(oauth: OAuthSettings) -> list[Expiry]:
    """What is known about when *oauth*'s credentials end."""
    out: list[Expiry] = []
    provider = oauth.provider or "OAuth2"
    if oauth.client_secret and oauth.client_secret_expires:
        what = (lazy("client secret of the %(provider)s app %(app)s", provider=provider, app=oauth.client_id)
                if oauth.client_id else lazy("client secret of the %(provider)s app", provider=provider))
        out.append(Expiry(Said(what), oauth.client_secret_expires))
    if oauth.certificate_file and not oauth.client_secret:
        end = certificate_end(oauth.certificate_file)
        if end is not None:
            name = Path(oauth.certificate_file).name
            what = (lazy("certificate %(file)s of the Microsoft app %(app)s", file=name, app=oauth.client_id)
                    if oauth.client_id else lazy("certificate %(file)s of the Microsoft app", file=name))
            out.append(Expiry(Said(what), end))
    return out


def certificate_end(path: str) -> date | None:
    """The last day of the certificate in the PEM file *path* (None when it cannot be read)."""
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(Path(path).read_bytes())
    except (OSError, ValueError):
        return None
    return cert.not_valid_after_utc.date()
