"""The Bolt app: one per Runtime, built on first use, served over HTTP or Socket Mode.

Built lazily (never at import) and without the eager `auth.test` call, so that starting the web
listener does not depend on Slack being reachable; Bolt checks the token on the first request.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from typing import Any

from slack_bolt import App

from dsarbot.runtime import Runtime
from dsarbot.slack import actions, commands, home, modals
from dsarbot.slack.client import web_client

log = logging.getLogger(__name__)

_lock = threading.Lock()
_apps: dict[int, tuple[weakref.ref[Runtime], App]] = {}


class _QuietTokenWarning(logging.Filter):
    """Bolt warns that SLACK_BOT_TOKEN in the environment is unused because a client is given; it is the
    same token (dsarbot's client is built from it), so the warning would only confuse operators."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


logging.getLogger("slack_bolt.App").addFilter(_QuietTokenWarning())


def build_app(rt: Runtime) -> App:
    """A new Bolt App for *rt* with every listener registered (prefer :func:`get_app`)."""
    config = rt.settings.slack
    if not config.enabled:
        raise RuntimeError("Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET")
    if os.environ.get("SLACK_CLIENT_ID") and os.environ.get("SLACK_CLIENT_SECRET"):
        # Bolt switches to multi-workspace OAuth mode when these are set; dsarbot is a single-workspace app.
        log.warning("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set: unset them, dsarbot uses the bot token")
    app = App(
        client=web_client(config),
        signing_secret=config.signing_secret,
        token_verification_enabled=False,
        process_before_response=False,
        name="dsarbot",
    )
    actions.register(app, rt)
    modals.register(app, rt)
    home.register(app, rt)
    commands.register(app, rt)
    return app


def get_app(rt: Runtime) -> App:
    """The Bolt App of *rt*, built on first use and reused afterwards."""
    key = id(rt)
    with _lock:
        entry = _apps.get(key)
        if entry is not None and entry[0]() is rt:
            return entry[1]
        app = build_app(rt)
        _apps[key] = (weakref.ref(rt), app)
        return app


def start_socket_mode(rt: Runtime) -> Any | None:
    """Connect over Socket Mode when `SLACK_APP_TOKEN` is set; returns the handler (call `.close()`).

    Returns None when no app token is configured (the HTTP endpoint `/slack/events` is used instead).
    The connection runs on background threads; this call does not block.
    """
    config = rt.settings.slack
    if not (config.enabled and config.app_token):
        return None
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(get_app(rt), app_token=config.app_token, web_client=web_client(config))
    handler.connect()
    log.info("Slack Socket Mode started (connecting out to Slack)")
    return handler
