"""`POST /slack/events` on the web listener: events, interactivity and `/dsar`, signature-checked by Bolt."""

from __future__ import annotations

from typing import Any

from slack_bolt.adapter.starlette import SlackRequestHandler
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from dsarbot.runtime import Runtime

PATH = "/slack/events"


class ThreadedSlackRequestHandler(SlackRequestHandler):
    """Bolt's Starlette adapter, with the (blocking) dispatch moved off the event loop.

    The stock adapter runs `App.dispatch` on the event loop, so a click waiting on the database
    would stall every other request (health checks, other clicks) of the listener.
    """

    async def handle(self, req: Request, addition_context_properties: dict[str, Any] | None = None) -> Response:
        """Verify and dispatch one Slack request."""
        if req.method != "POST":
            return await super().handle(req, addition_context_properties)
        body = await req.body()
        bolt_request = to_bolt_request(req, body, addition_context_properties)
        bolt_response = await run_in_threadpool(self.app.dispatch, bolt_request)
        return to_starlette_response(bolt_response)


def routes(rt: Runtime) -> list[BaseRoute]:
    """The Slack route when Slack is configured (bot token and signing secret), else nothing."""
    if not rt.settings.slack.enabled:
        return []
    handler: list[ThreadedSlackRequestHandler] = []

    async def events(request: Request) -> Response:
        if not handler:
            # Imported and built on the first request: building needs no network, but keep the
            # listener's start-up free of Slack work.
            from dsarbot.slack.app import get_app

            handler.append(ThreadedSlackRequestHandler(await run_in_threadpool(get_app, rt)))
        return await handler[0].handle(request)

    return [Route(PATH, events, methods=["POST"])]
