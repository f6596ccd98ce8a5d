"""What a refused token request or a refused login means, and what the operator should do about it.

Every failure becomes an :class:`OAuthError` whose text is one plain sentence with the fix. The
provider's own answers (Entra's AADSTS codes, Google's and RFC 6749's error names) are data tables
below, not code. `permanent` separates what a person must fix (a wrong or expired secret, a wrong
tenant, a missing permission) from what passes by itself (the endpoint is down or slow).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


class OAuthError(Exception):
    """No usable token (or the mail server refused it); str() says what is wrong and what to do."""

    def __init__(self, message: str, *, permanent: bool, code: str = "") -> None:
        super().__init__(message)
        self.permanent = permanent
        self.code = code
        """A short name of the cause (`wrong_secret`, `endpoint_down`, …) for tests and health pages."""


class MailboxRefused(OAuthError):
    """The mail server refused a freshly fetched token: the app lacks permission on the mailbox."""


# Entra ID (Microsoft) error codes -> (cause, what to do). {client_id} and {tenant_id} are filled in.
AADSTS: dict[int, tuple[str, str]] = {
    7000215: ("wrong_secret", "Microsoft refused the client secret: put the secret's *Value* (not its "
              "Secret ID) from Entra → App registrations → Certificates & secrets into "
              "DSARBOT_OAUTH_CLIENT_SECRET"),
    7000222: ("expired_secret", "the client secret of app {client_id} has expired: create a new one in "
              "Entra → App registrations → Certificates & secrets and put its Value into "
              "DSARBOT_OAUTH_CLIENT_SECRET"),
    700016: ("wrong_client", "there is no app {client_id} in tenant {tenant_id}: check "
             "DSARBOT_OAUTH_CLIENT_ID (the Application (client) ID) and DSARBOT_OAUTH_TENANT_ID"),
    90002: ("wrong_tenant", "tenant {tenant_id} does not exist: DSARBOT_OAUTH_TENANT_ID must be the "
            "Directory (tenant) ID from the app's Overview page in Entra"),
    900023: ("wrong_tenant", "'{tenant_id}' is not a tenant ID: DSARBOT_OAUTH_TENANT_ID must be the "
             "Directory (tenant) ID (a GUID) from the app's Overview page in Entra"),
    700027: ("wrong_certificate", "Microsoft does not know the app's certificate: upload the certificate "
             "(public part) to Entra → App registrations → Certificates & secrets"),
    7000112: ("app_disabled", "app {client_id} is disabled in tenant {tenant_id}: enable it in Entra "
              "→ Enterprise applications → Properties"),
    70011: ("wrong_scope", "Microsoft refused the scope: for Exchange use "
            "https://outlook.office365.com/.default (or leave DSARBOT_OAUTH_SCOPE unset)"),
    1002012: ("wrong_scope", "Microsoft refused the scope: for Exchange use "
              "https://outlook.office365.com/.default (or leave DSARBOT_OAUTH_SCOPE unset)"),
    500011: ("no_exchange", "tenant {tenant_id} has no Exchange Online service principal for the scope: "
             "check DSARBOT_OAUTH_SCOPE and that the tenant has Exchange Online"),
}

# Google's token endpoint: (error, words in the description) -> (cause, what to do).
GOOGLE: list[tuple[str, str, str, str]] = [
    ("unauthorized_client", "", "no_delegation",
     "Google refused domain-wide delegation: in the Admin console → Security → API controls → "
     "Domain-wide delegation, add the service account's client ID {client_id} with the scope "
     "https://mail.google.com/"),
    ("invalid_grant", "invalid jwt signature", "wrong_key",
     "Google does not know the service account key (deleted or replaced?): create a new JSON key and "
     "point DSARBOT_GOOGLE_SERVICE_ACCOUNT_FILE at it"),
    ("invalid_grant", "invalid email or user id", "no_such_user",
     "Google has no user {subject} to act for: the URL's user must be the mailbox's own address in the "
     "Workspace domain"),
    ("invalid_grant", "short-lived token", "clock",
     "Google refused the signed request as too old or too new: set this machine's clock right (NTP)"),
    ("invalid_grant", "", "wrong_key",
     "Google refused the service account (disabled, deleted or its key revoked?): check it in the Cloud "
     "console and create a new JSON key if needed"),
]

# RFC 6749 error names (any provider) -> (cause, what to do).
GENERIC: dict[str, tuple[str, str]] = {
    "invalid_client": ("wrong_secret", "the token endpoint refused the client (wrong, revoked or expired "
                       "secret, or an unknown client ID {client_id}): check DSARBOT_OAUTH_CLIENT_ID and "
                       "DSARBOT_OAUTH_CLIENT_SECRET"),
    "unauthorized_client": ("not_allowed", "client {client_id} may not use the client-credentials grant: "
                            "allow it at the identity provider"),
    "invalid_scope": ("wrong_scope", "the token endpoint refused the scope: check DSARBOT_OAUTH_SCOPE"),
    "invalid_grant": ("wrong_secret", "the token endpoint refused the grant: check the credentials"),
    "invalid_request": ("bad_request", "the token endpoint refused the request: check DSARBOT_OAUTH_TOKEN_URL "
                        "and DSARBOT_OAUTH_TENANT_ID"),
}

# The mail server refused a fresh token: what to check, per provider. {user} is the mailbox.
MAILBOX_REFUSED: dict[str, str] = {
    "microsoft": "Exchange refused the app's token for {user} ({detail}): grant the app FullAccess on {user} "
                 "(Add-MailboxPermission -Identity {user} -User <service principal id> -AccessRights FullAccess) "
                 "and check the service principal (New-ServicePrincipal with the Enterprise Application's "
                 "object id, not the App Registration's) and that IMAP.AccessAsApp / SMTP.SendAsApp have "
                 "admin consent",
    "google": "Gmail refused the token for {user} ({detail}): check that the user exists, that IMAP is allowed "
              "for it in the Admin console, and that domain-wide delegation grants https://mail.google.com/",
    "oauth2": "the mail server refused the token for {user} ({detail}): check that this client may use "
              "the mailbox",
}
SMTP_DISABLED = ("SMTP AUTH is switched off for {user} or the tenant: Set-CASMailbox -Identity {user} "
                 "-SmtpClientAuthenticationDisabled $false (and the tenant setting in the Exchange admin center)")

_AADSTS_RE = re.compile(r"AADSTS(\d+)")


def _fill(text: str, values: Mapping[str, Any]) -> str:
    return text.format_map({k: v if v else "?" for k, v in values.items()})


def explain_token_error(provider: str, status: int, data: Mapping[str, Any], **values: Any) -> OAuthError:
    """The OAuthError for a token endpoint's refusal (*data* is its JSON answer; *values* fill the advice)."""
    error = str(data.get("error") or "")
    description = str(data.get("error_description") or "")
    codes = [int(c) for c in data.get("error_codes") or [] if str(c).isdigit()]
    codes += [int(m) for m in _AADSTS_RE.findall(description)]
    if status >= 500 or status == 429 or error == "temporarily_unavailable":
        return OAuthError(f"the token endpoint has trouble (HTTP {status}{', ' + error if error else ''}); "
                          "trying again later", permanent=False, code="endpoint_error")
    for code in codes:
        if code in AADSTS:
            cause, text = AADSTS[code]
            return OAuthError(f"{_fill(text, values)} (AADSTS{code})", permanent=True, code=cause)
    if provider == "google":
        for name, words, cause, text in GOOGLE:
            if error == name and words in description.lower():
                return OAuthError(f"{_fill(text, values)} ({error}: {description})", permanent=True, code=cause)
    if error in GENERIC:
        cause, text = GENERIC[error]
        return OAuthError(f"{_fill(text, values)} ({error})", permanent=True, code=cause)
    shown = f"{error}: {description}" if error else f"HTTP {status}"
    return OAuthError(f"the token endpoint refused the request ({shown[:300]})", permanent=True, code="refused")


def mailbox_refused(provider: str, user: str, detail: str, *, smtp: bool = False) -> MailboxRefused:
    """The error for a mail server that refused a token fresh from the endpoint."""
    if smtp and "SmtpClientAuthentication" in detail:
        return MailboxRefused(_fill(SMTP_DISABLED, {"user": user}), permanent=True, code="smtp_auth_disabled")
    text = MAILBOX_REFUSED.get(provider, MAILBOX_REFUSED["oauth2"])
    return MailboxRefused(_fill(text, {"user": user, "detail": detail[:200] or "refused"}), permanent=True,
                          code="mailbox_permission")
