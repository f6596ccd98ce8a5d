"""The web listener: `/healthz`, Slack's `POST /slack/events`, and the staff dashboard.

`/healthz` answers 200 while the database is reachable; its JSON also lists every mailbox and the
relay (`mailboxes`: ok or failing since when and why), credentials that end within 30 days, and
`alerts` (with `status: degraded`) for a mailbox unreadable longer than `imap.unreadable_alert_minutes`.

Each area contributes its routes through a `routes(rt) -> list[BaseRoute]` function; this module
only assembles them, so the listener is the same in `dsarbot run` and the Procfile's `web`.
"""

from __future__ import annotations

import importlib
import logging

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from dsarbot import db
from dsarbot.intake import health
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)
# Route providers; each returns [] when its area is switched off in the settings.
ROUTE_PROVIDERS = ("dsarbot.slack.web", "dsarbot.webui")


def create_app(rt: Runtime) -> Starlette:
    """The ASGI app for *rt*."""

    async def healthz(_request: Request) -> Response:
        try:
            db.ping(rt.engine)
        except Exception as exc:  # reported as 503 with the reason
            log.warning("health check: database unreachable: %s", type(exc).__name__)
            return JSONResponse({"status": "error", "database": "unreachable"}, status_code=503)
        try:
            mail = health.detail(rt)
        except Exception:  # the detail must never turn a reachable database into a failed check
            log.warning("health check: mailbox detail unavailable", exc_info=True)
            mail = {}
        status = "degraded" if mail.get("alerts") else "ok"
        return JSONResponse({"status": status, "database": "ok", **mail})

    routes: list[BaseRoute] = [Route("/healthz", healthz, methods=["GET"])]
    for name in ROUTE_PROVIDERS:
        routes.extend(importlib.import_module(name).routes(rt))
    return Starlette(routes=routes)
