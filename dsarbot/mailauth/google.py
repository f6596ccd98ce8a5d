"""Google Workspace: a service account with domain-wide delegation acts as the mailbox user.

google-auth signs a JWT with the service account's key (the JSON key file), names the mailbox user
as its subject (`with_subject`) and the scope `https://mail.google.com/`, and trades it at the token
endpoint (the JWT-bearer grant, RFC 7523) for an access token that Gmail's IMAP and SMTP take.
`DSARBOT_OAUTH_TOKEN_URL` replaces the key file's `token_uri` (tests run a local endpoint).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dsarbot.mailauth import http
from dsarbot.mailauth.errors import OAuthError, explain_token_error
from dsarbot.mailauth.settings import OAuthSettings
from dsarbot.mailauth.tokens import Fetched


class _Response:
    """google-auth's transport Response shape."""

    def __init__(self, resp: http.HttpResponse) -> None:
        self.status = resp.status
        self.headers = resp.headers
        self.data = resp.body


class _Request:
    """google-auth's transport Request over :func:`dsarbot.mailauth.http.request`."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout

    def __call__(self, url: str, method: str = "GET", body: bytes | None = None,
                 headers: dict[str, str] | None = None, timeout: float | None = None, **_: Any) -> _Response:
        return _Response(http.request(method, url, timeout=self.timeout, data=body, headers=headers))


def load_key_file(path: str) -> dict[str, Any]:
    """The service account's JSON key, checked enough to give a plain-words error."""
    try:
        info = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise OAuthError(f"cannot read the service account file {path}: {exc.strerror}", permanent=True,
                         code="no_key_file") from exc
    except ValueError as exc:
        raise OAuthError(f"{path} is not a JSON key file (download one under Service accounts → Keys → "
                         "Add key → JSON)", permanent=True, code="bad_key_file") from exc
    missing = [k for k in ("client_email", "private_key", "token_uri") if not info.get(k)]
    if not isinstance(info, dict) or info.get("type") != "service_account" or missing:
        raise OAuthError(f"{path} is not a service account JSON key (missing {', '.join(missing) or 'type'})",
                         permanent=True, code="bad_key_file")
    return info


class GoogleServiceAccount:
    """Tokens for one mailbox user through one service account's domain-wide delegation."""

    def __init__(self, oauth: OAuthSettings, subject: str) -> None:
        self.oauth = oauth
        self.subject = subject
        self.name = f"Google service account for {subject}"
        self._credentials: Any = None
        self._client_id = ""

    def _creds(self) -> Any:
        if self._credentials is None:
            from google.oauth2 import service_account

            info = load_key_file(self.oauth.google_service_account_file or "")
            self._client_id = str(info.get("client_id") or "")
            if self.oauth.token_url:
                info["token_uri"] = self.oauth.token_url
            try:
                creds = service_account.Credentials.from_service_account_info(
                    info, scopes=[self.oauth.effective_scope])
            except ValueError as exc:  # the private key does not parse
                raise OAuthError(f"the private key in {self.oauth.google_service_account_file} cannot be "
                                 "read; download a new JSON key", permanent=True, code="bad_key_file") from exc
            self._credentials = creds.with_subject(self.subject)
        return self._credentials

    def fetch(self) -> Fetched:
        """A token for the mailbox user."""
        from google.auth.exceptions import RefreshError

        creds = self._creds()
        try:
            creds.refresh(_Request(self.oauth.timeout_seconds))
        except RefreshError as exc:
            data = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
            raise explain_token_error("google", 400, data, client_id=self._client_id,
                                      subject=self.subject) from exc
        lifetime = 3600.0
        if creds.expiry is not None:
            from datetime import UTC, datetime

            lifetime = (creds.expiry.replace(tzinfo=UTC) - datetime.now(UTC)).total_seconds()
        return Fetched(str(creds.token), lifetime)

    def forget(self) -> None:
        """Nothing is cached outside the token source (each refresh asks the endpoint)."""
