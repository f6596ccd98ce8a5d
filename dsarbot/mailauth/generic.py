"""Any OAuth2 token endpoint with the client-credentials grant (RFC 6749 §4.4): other providers, tests."""

from __future__ import annotations

from dsarbot.mailauth import http
from dsarbot.mailauth.errors import OAuthError, explain_token_error
from dsarbot.mailauth.settings import OAuthSettings
from dsarbot.mailauth.tokens import Fetched

DEFAULT_LIFETIME = 3600.0
"""Seconds a token is taken to live when the endpoint does not say (`expires_in` is optional)."""


class ClientCredentials:
    """POST grant_type=client_credentials with the client id and secret to `token_url`."""

    def __init__(self, oauth: OAuthSettings) -> None:
        self.oauth = oauth
        self.name = f"oauth2 client {oauth.client_id}"

    def fetch(self) -> Fetched:
        """A new token from the endpoint."""
        o = self.oauth
        form = {"grant_type": "client_credentials", "client_id": o.client_id or "",
                "client_secret": o.client_secret.get_secret_value() if o.client_secret else ""}
        if o.effective_scope:
            form["scope"] = o.effective_scope
        resp = http.post_form(o.token_url or "", form, timeout=o.timeout_seconds)
        return parse_token_response(resp, "oauth2", client_id=o.client_id, tenant_id=o.tenant_id)

    def forget(self) -> None:
        """Nothing is cached outside the token source."""


def parse_token_response(resp: http.HttpResponse, provider: str, **values: str | None) -> Fetched:
    """The token in a token endpoint's answer, or the plain-words OAuthError for its refusal."""
    data = resp.json()
    if resp.status != 200 or not data.get("access_token"):
        if resp.status == 200:
            raise OAuthError("the token endpoint answered without an access_token", permanent=False,
                             code="endpoint_error")
        raise explain_token_error(provider, resp.status, data, **values)
    try:
        lifetime = float(data.get("expires_in") or DEFAULT_LIFETIME)
    except (TypeError, ValueError):
        lifetime = DEFAULT_LIFETIME
    return Fetched(str(data["access_token"]), lifetime)
