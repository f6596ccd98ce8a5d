"""The staff and manager web dashboard: open cases by deadline, one case with its decision forms, stats.

Server-rendered HTML (jinja2, autoescaped), no JavaScript, nothing fetched from the internet. Decisions
go through `dsarbot.decisions`, the same code path as Slack and the CLI. `[web] dashboard = false`
turns the dashboard off; see `dsarbot.webui.auth` for who may use it.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Route

from dsarbot.runtime import Runtime
from dsarbot.webui.pages import Dashboard
from dsarbot.webui.reports_page import ReportsPage


def routes(rt: Runtime) -> list[BaseRoute]:
    """The dashboard's routes for the web listener (none when the dashboard is switched off)."""
    if not rt.settings.web.dashboard:
        return []
    d = Dashboard(rt)
    reports = ReportsPage(d)
    return [
        Route("/", d.guarded(d.index), methods=["GET"]),
        Route("/stats", d.guarded(d.stats), methods=["GET"]),
        Route("/reports", d.guarded(reports.page), methods=["GET"]),
        Route("/reports.csv", d.guarded(reports.register_csv), methods=["GET"]),
        Route("/cases/{ref}", d.guarded(d.case_page), methods=["GET"]),
        Route("/cases/{ref}/{decision}", d.guarded(d.decide), methods=["POST"]),
        Route("/assets/{name}", d.guarded(d.asset), methods=["GET"]),
    ]
