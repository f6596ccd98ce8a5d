"""The OAuth2 settings of a mailbox or relay: `[oauth]` (the default) and per-mailbox / per-relay tables.

    [oauth]                       # or DSARBOT_OAUTH_* in the environment
    provider = "microsoft"        # microsoft | google | oauth2
    tenant_id = "…"               # Directory (tenant) ID
    client_id = "…"               # Application (client) ID
    client_secret = "…"           # or certificate_file = "app.pem" (private key + certificate)

    [imap.oauth]                  # this mailbox only; so are [outbound.oauth] and a controller's imap_oauth
    client_secret = "…"

A table that names a `provider` stands alone; one without changes only the keys it names in `[oauth]`.
A mail URL with a user and no password uses OAuth2 when a provider is set (see :func:`for_url`).
This module imports nothing from the rest of dsarbot: the configuration imports it.
"""

from __future__ import annotations

import ipaddress
from datetime import date
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, SecretStr

Provider = Literal["microsoft", "google", "oauth2"]

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
MICROSOFT_SCOPE = "https://outlook.office365.com/.default"
GOOGLE_SCOPE = "https://mail.google.com/"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"

ENV: dict[str, str] = {
    "DSARBOT_OAUTH_PROVIDER": "provider",
    "DSARBOT_OAUTH_TENANT_ID": "tenant_id",
    "DSARBOT_OAUTH_CLIENT_ID": "client_id",
    "DSARBOT_OAUTH_CLIENT_SECRET": "client_secret",
    "DSARBOT_OAUTH_SCOPE": "scope",
    "DSARBOT_OAUTH_TOKEN_URL": "token_url",
    "DSARBOT_GOOGLE_SERVICE_ACCOUNT_FILE": "google_service_account_file",
}
"""Environment variable -> key of the `[oauth]` table (the deployment's default credentials)."""


class OAuthSettings(BaseModel):
    """How one mailbox or relay gets its bearer tokens. Secrets are `SecretStr`: never in a repr or log."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    provider: Provider | None = None
    tenant_id: str | None = None
    client_id: str | None = None
    client_secret: SecretStr | None = None
    certificate_file: str | None = None
    """Microsoft: a PEM file with the app certificate's private key and certificate (instead of a secret)."""
    client_secret_expires: date | None = None
    """When the client secret runs out (Entra shows it beside the secret); the doctor warns 30 days ahead."""
    scope: str | None = None
    token_url: str | None = None
    """The token endpoint (`oauth2`), the authority (`microsoft`, e.g. for tests) or Google's token URI."""
    google_service_account_file: str | None = None
    timeout_seconds: float = 10.0
    """How long a token request may take before the endpoint counts as down."""

    @property
    def effective_scope(self) -> str:
        """The scope asked for: the configured one, or the provider's mail scope."""
        if self.scope:
            return self.scope
        return {"microsoft": MICROSOFT_SCOPE, "google": GOOGLE_SCOPE}.get(self.provider or "", "")

    @property
    def authority(self) -> str:
        """Microsoft: the authority URL of the tenant (DSARBOT_OAUTH_TOKEN_URL overrides the host)."""
        base = (self.token_url or MICROSOFT_AUTHORITY).rstrip("/").removesuffix("/oauth2/v2.0/token")
        if urlsplit(base).path.strip("/"):
            return base  # the URL names its tenant already
        return f"{base}/{self.tenant_id or 'organizations'}"


def merged(default: OAuthSettings, override: OAuthSettings | None) -> OAuthSettings:
    """*override* on top of *default*: alone when it names a provider, else only the keys it sets."""
    if override is None:
        return default
    if override.provider:
        return override
    return default.model_copy(update=override.model_dump(exclude_unset=True))


def for_url(username: str | None, password: str | None, oauth: OAuthSettings) -> OAuthSettings | None:
    """The OAuth2 settings a mail URL logs in with: a user, no password and a provider; else None."""
    if username and not password and oauth.provider:
        return oauth
    return None


def is_loopback(host: str | None) -> bool:
    """Whether *host* is this machine (where a plain-http token endpoint is allowed, for tests)."""
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def url_problem(url: str) -> str | None:
    """Why *url* may not be a token endpoint (https required except on a loopback address), or None."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and is_loopback(parts.hostname):
        return None
    return (f"'{url}' must be an https:// URL (plain http is allowed only on this machine, "
            "127.0.0.1 or localhost, for tests)")


def problems(where: str, oauth: OAuthSettings, username: str | None) -> list[str]:
    """Plain-words problems with the OAuth2 settings a mailbox or relay at *where* would log in with."""
    out: list[str] = []
    need = {
        "microsoft": [("tenant_id", "DSARBOT_OAUTH_TENANT_ID (the Directory (tenant) ID)"),
                      ("client_id", "DSARBOT_OAUTH_CLIENT_ID (the Application (client) ID)")],
        "google": [("google_service_account_file", "DSARBOT_GOOGLE_SERVICE_ACCOUNT_FILE (the service "
                    "account's JSON key)")],
        "oauth2": [("client_id", "DSARBOT_OAUTH_CLIENT_ID"), ("token_url", "DSARBOT_OAUTH_TOKEN_URL")],
    }[oauth.provider or "oauth2"]
    for key, name in need:
        if not getattr(oauth, key):
            out.append(f"{where}: OAuth2 provider '{oauth.provider}' needs {name}")
    if oauth.provider == "microsoft" and not (oauth.client_secret or oauth.certificate_file):
        out.append(f"{where}: Microsoft 365 needs DSARBOT_OAUTH_CLIENT_SECRET (the secret's Value) or "
                   "oauth.certificate_file")
    if oauth.provider == "oauth2" and not oauth.client_secret:
        out.append(f"{where}: OAuth2 needs DSARBOT_OAUTH_CLIENT_SECRET")
    if oauth.provider == "google" and username and "@" not in username:
        out.append(f"{where}: Google logs in as the mailbox user: the URL's user must be an address, "
                   f"not '{username}'")
    if oauth.token_url:
        problem = url_problem(oauth.token_url)
        if problem:
            out.append(f"{where}: DSARBOT_OAUTH_TOKEN_URL {problem}")
    if oauth.timeout_seconds <= 0:
        out.append(f"{where}: oauth.timeout_seconds must be more than 0")
    return out
