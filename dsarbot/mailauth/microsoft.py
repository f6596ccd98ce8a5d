"""Microsoft 365: app-only (client-credentials) tokens from Entra ID through msal.

The app registration's client secret or certificate proves the app; the token's scope
`https://outlook.office365.com/.default` carries the application permissions IMAP.AccessAsApp and
SMTP.SendAsApp that an admin consented to. No redirect URI and no person signing in: what a daemon
wants. msal keeps its own in-memory token cache; the token source above it decides when to ask.

`DSARBOT_OAUTH_TOKEN_URL` replaces the authority's host (tests run a Microsoft-shaped authority on
127.0.0.1); msal then skips its instance discovery, which only knows Microsoft's own hosts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dsarbot.mailauth.errors import AADSTS, OAuthError, explain_token_error
from dsarbot.mailauth.http import MsalHttp
from dsarbot.mailauth.settings import OAuthSettings
from dsarbot.mailauth.tokens import Fetched


def certificate_credential(path: str) -> dict[str, str]:
    """msal's client_credential for a PEM file holding the private key and its certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        pem = Path(path).read_bytes()
    except OSError as exc:
        raise OAuthError(f"cannot read the certificate file {path}: {exc.strerror}", permanent=True,
                         code="no_certificate") from exc
    try:
        cert = x509.load_pem_x509_certificate(pem)
        key = serialization.load_pem_private_key(pem, password=None)
    except ValueError as exc:
        raise OAuthError(f"{path} must hold the app's private key and its certificate, both PEM, without a "
                         "passphrase", permanent=True, code="bad_certificate") from exc
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    # With the certificate and no SHA-1 thumbprint, msal signs with PS256 and names it by its SHA-256 (x5t#S256)
    return {"private_key": key_pem, "public_certificate": cert.public_bytes(serialization.Encoding.PEM).decode()}


class Microsoft:
    """Client-credentials tokens for one Entra app in one tenant."""

    def __init__(self, oauth: OAuthSettings) -> None:
        self.oauth = oauth
        self.name = f"Microsoft app {oauth.client_id} (tenant {oauth.tenant_id})"
        self._app: Any = None

    def _application(self) -> Any:
        """The msal application, made on first use (making it asks the authority for its endpoints)."""
        if self._app is None:
            import msal

            o = self.oauth
            credential: Any = (o.client_secret.get_secret_value() if o.client_secret
                               else certificate_credential(o.certificate_file or ""))
            overridden = bool(o.token_url)
            try:
                self._app = msal.ConfidentialClientApplication(
                    o.client_id, client_credential=credential, authority=o.authority,
                    validate_authority=not overridden, instance_discovery=False,
                    http_client=MsalHttp(o.timeout_seconds), token_cache=msal.TokenCache())
            except ValueError as exc:
                # msal says "Unable to get authority configuration": the tenant is unknown (or malformed)
                cause, text = AADSTS[90002]
                raise OAuthError(text.format(tenant_id=o.tenant_id or "?") + " (AADSTS90002)",
                                 permanent=True, code=cause) from exc
        return self._app

    def fetch(self) -> Fetched:
        """A token for the scope (msal answers from its cache only while more than 5 minutes are left)."""
        o = self.oauth
        result = self._application().acquire_token_for_client(scopes=[o.effective_scope])
        if "access_token" not in result:
            raise explain_token_error("microsoft", 400, result, client_id=o.client_id, tenant_id=o.tenant_id)
        return Fetched(str(result["access_token"]), float(result.get("expires_in") or 3600))

    def forget(self) -> None:
        """Drop msal's cached app tokens (a server refused one)."""
        if self._app is not None:
            self._app.remove_tokens_for_client()
