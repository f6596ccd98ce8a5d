"""Which OAuth2 settings the outbound relay logs in with (shared by the sender, health checks and doctor)."""

from __future__ import annotations

from dsarbot.config import Settings, parse_mail_url
from dsarbot.mailauth import settings as oauth_settings
from dsarbot.mailauth.settings import OAuthSettings

RELAY_PORTS = {"smtp": 25, "smtps": 465, "smtp+starttls": 587}
"""Default ports of the relay URL schemes."""


def relay_oauth(settings: Settings) -> OAuthSettings | None:
    """The OAuth2 settings the relay logs in with (None: a password in the URL, or no login)."""
    if not settings.outbound.smtp_url:
        return None
    u = parse_mail_url(settings.outbound.smtp_url, RELAY_PORTS)
    return oauth_settings.for_url(u.username, u.password,
                                  oauth_settings.merged(settings.oauth, settings.outbound.oauth))
