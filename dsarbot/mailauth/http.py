"""The one HTTP client the token providers use: the system's CAs, a hard timeout, https or loopback only.

msal and google-auth each bring their own transport; both are handed this one instead (through the
small adapters below), so every provider trusts the same CAs as the IMAP and SMTP connections (the
system's, or `SSL_CERT_FILE`), refuses plain http except on this machine, and turns "refused",
"no answer" and "too slow" into the same plain-words :class:`~dsarbot.mailauth.errors.OAuthError`.
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from dsarbot.mailauth.errors import OAuthError
from dsarbot.mailauth.settings import url_problem


@dataclass
class HttpResponse:
    """One answer: status, headers (lower-case names) and body."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The body as text."""
        return self.body.decode("utf-8", "replace")

    def json(self) -> dict[str, Any]:
        """The body as a JSON object ({} when it is not one)."""
        try:
            data = json.loads(self.body or b"{}")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a token endpoint that redirects is misconfigured; never follow it off https


def request(method: str, url: str, *, timeout: float, data: bytes | None = None,
            headers: Mapping[str, str] | None = None) -> HttpResponse:
    """Make one request; an HTTP error status is returned, not raised. OAuthError when there is no answer."""
    problem = url_problem(url)
    if problem:
        raise OAuthError(f"the token endpoint {problem}", permanent=True, code="insecure_url")
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl.create_default_context()),
                                         _NoRedirect())
    host = urlsplit(url).netloc
    try:
        with opener.open(req, timeout=timeout) as resp:
            return HttpResponse(resp.status, resp.read(), {k.lower(): v for k, v in resp.headers.items()})
    except urllib.error.HTTPError as exc:
        with exc:
            return HttpResponse(exc.code, exc.read(), {k.lower(): v for k, v in (exc.headers or {}).items()})
    except TimeoutError as exc:
        raise OAuthError(f"the token endpoint {host} did not answer within {timeout:g} s; trying again later",
                         permanent=False, code="endpoint_slow") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise OAuthError(f"the token endpoint {host} did not answer within {timeout:g} s; trying again "
                             "later", permanent=False, code="endpoint_slow") from exc
        if isinstance(reason, ssl.SSLCertVerificationError):
            raise OAuthError(f"the token endpoint {host} has a TLS certificate this machine does not trust "
                             f"({reason.verify_message}); a private CA is trusted through SSL_CERT_FILE",
                             permanent=True, code="untrusted_tls") from exc
        raise OAuthError(f"the token endpoint {host} cannot be reached ({reason}); trying again later",
                         permanent=False, code="endpoint_down") from exc
    except OSError as exc:  # reset mid-answer and the like
        raise OAuthError(f"the token endpoint {host} cannot be reached ({type(exc).__name__}); trying again "
                         "later", permanent=False, code="endpoint_down") from exc


def post_form(url: str, form: Mapping[str, str], *, timeout: float,
              headers: Mapping[str, str] | None = None) -> HttpResponse:
    """POST *form* url-encoded (the way every OAuth2 token endpoint takes it)."""
    hdrs = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json", **(headers or {})}
    return request("POST", url, timeout=timeout, data=urlencode(form).encode("ascii"), headers=hdrs)


class MsalResponse:
    """The response shape msal expects (status_code, text, headers, raise_for_status)."""

    def __init__(self, resp: HttpResponse) -> None:
        self.status_code = resp.status
        self.text = resp.text
        self.headers = resp.headers

    def raise_for_status(self) -> None:
        """msal calls this on discovery answers; a refusal becomes OAuthError."""
        if self.status_code >= 400:
            raise OAuthError(f"the authority answered HTTP {self.status_code}", permanent=self.status_code < 500,
                             code="authority_error")


class MsalHttp:
    """msal's `http_client` interface over :func:`request`."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout

    def post(self, url: str, params: Mapping[str, str] | None = None, data: Any = None,
             headers: Mapping[str, str] | None = None, **_: Any) -> MsalResponse:
        """POST for msal (data is a dict or an already encoded string)."""
        full = f"{url}?{urlencode(params)}" if params else url
        body = urlencode(data).encode() if isinstance(data, Mapping) else (data or "").encode()
        hdrs = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        return MsalResponse(request("POST", full, timeout=self.timeout, data=body,
                                    headers={k: v for k, v in hdrs.items() if v is not None}))

    def get(self, url: str, params: Mapping[str, str] | None = None, headers: Mapping[str, str] | None = None,
            **_: Any) -> MsalResponse:
        """GET for msal (authority discovery)."""
        full = f"{url}?{urlencode(params)}" if params else url
        return MsalResponse(request("GET", full, timeout=self.timeout,
                                    headers={k: v for k, v in (headers or {}).items() if v is not None}))

    def close(self) -> None:
        """Nothing to close: each request has its own connection."""
