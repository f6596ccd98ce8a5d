"""The dashboard's Reports page (`/reports`) and the register download (`/reports.csv`).

Period from the query (`?from=2026-01-01&to=2026-06-30`, or `?period=2026-Q1`), one controller or all
(`?controller=`), in the staff member's language (`dsarbot.webui.language`). Charts are inline SVG drawn
on the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from dsarbot import deadlines, i18n, reports
from dsarbot.messages import lazy
from dsarbot.models import utcnow
from dsarbot.reports import charts, labels, reasons, register
from dsarbot.reports import period as periods
from dsarbot.reports.figures import Report
from dsarbot.store import reports as queries
from dsarbot.webui import auth, language
from dsarbot.webui.pages import Dashboard, Form, Refusal


def chosen_period(request: Request, today: date) -> periods.Period:
    """The period the query asks for; this year so far when it asks for none. PeriodError if unreadable."""
    q = request.query_params
    if q.get("period"):
        return periods.parse_period(q["period"])
    if q.get("from") or q.get("to"):
        first = periods.parse_day(q["from"]) if q.get("from") else date(today.year, 1, 1)
        return periods.Period(first, periods.parse_day(q["to"]) if q.get("to") else today)
    return periods.Period(date(today.year, 1, 1), today)


def quick_periods(t: i18n.Translator, today: date) -> list[tuple[str, periods.Period]]:
    """The picker's ready-made periods: this and last month, quarter and year, and the last 12 months."""
    last_month_day = today.replace(day=1) - timedelta(days=1)
    q = (today.month - 1) // 3 + 1
    last_q = periods.quarter(today.year, q - 1) if q > 1 else periods.quarter(today.year - 1, 4)
    twelve = periods.Period((today.replace(day=1) - timedelta(days=335)).replace(day=1), today)
    return [
        (t.gettext("This month"), periods.month(today.year, today.month)),
        (t.gettext("Last month"), periods.month(last_month_day.year, last_month_day.month)),
        (t.gettext("This quarter"), periods.quarter(today.year, q)),
        (t.gettext("Last quarter"), last_q),
        (t.gettext("This year"), periods.year(today.year)),
        (t.gettext("Last year"), periods.year(today.year - 1)),
        (t.gettext("Last 12 months"), twelve),
    ]


def query(p: periods.Period, controller: str | None, **extra: str) -> str:
    """The query string of a period (and controller) for links."""
    params = {"from": p.first.isoformat(), "to": p.last.isoformat(), **({"controller": controller} if controller
                                                                        else {}), **extra}
    return urlencode(params)


@dataclass
class Loaded:
    """What one page view computed."""

    report: Report
    controllers: list[str]


class ReportsPage:
    """The Reports handlers of one dashboard."""

    def __init__(self, dashboard: Dashboard) -> None:
        self.d = dashboard

    def _controller(self, request: Request) -> str | None:
        wanted = request.query_params.get("controller") or None
        if wanted and wanted not in {c.id for c in self.d.rt.settings.controllers}:
            raise Refusal(404, lazy("Unknown controller"), lazy("No controller has the id %(id)s.", id=wanted))
        return wanted

    async def page(self, request: Request, user: auth.WebUser, form: Form) -> Response:
        """GET /reports: the figures, the charts and the links to the CSV register."""
        t = i18n.translator(language.choose(request, self.d.rt.settings.staff.language)[0])
        today = deadlines.today_helsinki()
        error = None
        try:
            period = chosen_period(request, today)
        except periods.PeriodError as exc:
            error, period = exc.said.render(t), periods.Period(date(today.year, 1, 1), today)
        controller = self._controller(request)

        def load() -> Loaded:
            with self.d.rt.session() as session:
                report, _ = reports.period_report(session, period, today, utcnow(), controller)
                return Loaded(report, queries.controller_ids(session))

        loaded = await run_in_threadpool(load)
        r = loaded.report
        return self.d.render(
            request, user, "reports.html", r=r, error=error,
            period=period, controller=controller, today=today,
            controllers=sorted({c.id for c in self.d.rt.settings.controllers} | set(loaded.controllers)),
            quick=[(label, query(p, controller), p == period) for label, p in quick_periods(t, today)],
            csv_query=query(period, controller), this_query=query(period, controller),
            kind=lambda k: labels.kind(t, k), language_name=lambda c: labels.language(t, c),
            ground=lambda k: t.gettext(reasons.LABELS[k]), bucket=lambda lo, hi: labels.bucket(t, lo, hi),
            charts=[Markup(charts.requests_per_month(t, r.months)),  # built from escaped parts only
                    Markup(charts.on_time_per_month(t, r.months)),
                    Markup(charts.days_histogram(t, r.histogram))])

    async def register_csv(self, request: Request, user: auth.WebUser, form: Form) -> Response:
        """GET /reports.csv: the period's register of requests (requesters pseudonymised)."""
        today = deadlines.today_helsinki()
        try:
            period = chosen_period(request, today)
        except periods.PeriodError as exc:
            raise Refusal(400, lazy("Unreadable period"), exc.said) from None
        controller = self._controller(request)

        def load() -> str:
            with self.d.rt.session() as session:
                _, cases = reports.period_report(session, period, today, utcnow(), controller, deciders=True)
            return register.to_csv(register.rows(cases, today, self.d.rt.sealer.match_hash))

        name = f"dsar-register-{period.first.isoformat()}-{period.last.isoformat()}"
        name += f"-{controller}" if controller else ""
        return Response(await run_in_threadpool(load), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
