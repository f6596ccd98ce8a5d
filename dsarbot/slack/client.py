"""The Slack Web API client for a deployment, and the line between passing and lasting Slack failures.

Worker jobs call Slack through :func:`call`: a rate limit (429 with Retry-After), a Slack-side error
(5xx, `internal_error`…) or an unreachable/slow Slack raises :class:`SlackUnavailable`, which the job
turns into a later retry. Any other error (a wrong channel, a revoked token) is a configuration
problem that retrying soon will not fix; it propagates as is.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from dsarbot.config import SlackConfig

DEFAULT_API_URL = "https://slack.com/api/"
# Seconds one Web API call may take. Handlers must answer Slack within 3 s, and a worker should not
# sit on a job for long when Slack is slow: it retries later instead.
TIMEOUT = 10
# `ok: false` errors that mean "Slack could not do it right now" rather than "this request is wrong".
TRANSIENT_ERRORS = frozenset({"ratelimited", "internal_error", "fatal_error", "service_unavailable",
                              "request_timeout", "team_added_to_org"})


class SlackUnavailable(Exception):
    """Slack could not take the call now; try again after *retry_after* seconds (None: caller decides)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def api_url(config: SlackConfig) -> str:
    """The Web API base URL with the trailing slash slack_sdk needs."""
    url = config.api_url or DEFAULT_API_URL
    return url if url.endswith("/") else url + "/"


def web_client(config: SlackConfig, *, timeout: int = TIMEOUT) -> WebClient:
    """A WebClient for the bot token pointed at `SLACK_API_URL`.

    slack_sdk's own retry handlers are off: a worker job retries through the queue (keeping the order
    of a case's updates), and a request handler must not wait on Slack.
    """
    return WebClient(token=config.bot_token, base_url=api_url(config), timeout=timeout, retry_handlers=[])


def is_transient(exc: BaseException) -> tuple[bool, float | None]:
    """Whether *exc* is a passing Slack failure, and the Retry-After it asked for (if any)."""
    if isinstance(exc, SlackApiError):
        response = exc.response
        status = getattr(response, "status_code", 200)
        error = response.get("error") if isinstance(response.data, dict) else None
        retry_after = _retry_after(response)
        if status == 429 or error == "ratelimited":
            return True, retry_after
        if status >= 500 or error in TRANSIENT_ERRORS:
            return True, retry_after
        return False, None
    if isinstance(exc, (urllib.error.URLError, TimeoutError, socket.timeout, ConnectionError,
                        http.client.HTTPException)):
        return True, None
    return False, None


def _retry_after(response: SlackResponse) -> float | None:
    headers = {k.lower(): v for k, v in (response.headers or {}).items()}
    value = headers.get("retry-after")
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def call(method: Callable[..., SlackResponse], **kwargs: Any) -> SlackResponse:
    """Call a WebClient method; passing failures become SlackUnavailable, others propagate."""
    try:
        return method(**kwargs)
    except Exception as exc:
        transient, retry_after = is_transient(exc)
        if transient:
            name = getattr(method, "__name__", "slack call")
            raise SlackUnavailable(f"{name}: {type(exc).__name__}: {_short(exc)}", retry_after) from exc
        raise


def slack_error(exc: BaseException) -> str | None:
    """The `error` code of a Slack API error (e.g. `message_not_found`), else None."""
    if isinstance(exc, SlackApiError) and isinstance(exc.response.data, dict):
        value = exc.response.data.get("error")
        return str(value) if value else None
    return None


def _short(exc: BaseException) -> str:
    # SlackApiError's message repeats the whole response; the error code is what a log reader needs.
    code = slack_error(exc)
    return code or str(exc)[:200]
