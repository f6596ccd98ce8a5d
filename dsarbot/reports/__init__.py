"""Accountability reports: what managers, auditors and the Data Protection Ombudsman ask for.

`period_report` loads a period's cases (`dsarbot.store.reports`) and computes the figures with the
pure functions of `figures`; `register` writes the CSV register; `charts` draws the SVG charts;
`text` prints the report for `dsarbot report`. All of it is read-only.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Session

from dsarbot.reports import facts, figures
from dsarbot.reports.period import Period
from dsarbot.store import reports as queries


def period_facts(session: Session, period: Period, now: datetime, controller_id: str | None = None, *,
                 deciders: bool = True) -> list[facts.CaseFacts]:
    """The facts of every case that arrived in *period* (optionally of one controller); without
    *deciders* the facts do not name who approved (the figures never do, and it is most of the reading)."""
    start, end = period.start_utc, period.end_utc
    rows = queries.cases_received_between(session, start, end, controller_id)
    events = queries.deciding_events_received_between(session, start, end, controller_id, approvals=deciders)
    return facts.facts(rows, events, now)


def open_now(session: Session, today: date, now: datetime, controller_id: str | None = None) -> tuple[int, int]:
    """(open, overdue) cases now, triage included."""
    rows = queries.open_case_rows(session, controller_id)
    return len(rows), sum(facts.effective_due(r, now) < today for r in rows)


def period_report(session: Session, period: Period, today: date, now: datetime, controller_id: str | None = None,
                  *, deciders: bool = False) -> tuple[figures.Report, list[facts.CaseFacts]]:
    """The report of *period* and the facts it was computed from (with *deciders* complete enough for the
    CSV register, which names who decided)."""
    received = period_facts(session, period, now, controller_id, deciders=deciders)
    report = figures.build(period, received, open_now(session, today, now, controller_id), today, controller_id)
    return report, received


def recent(session: Session, today: date, now: datetime, days: int = 30) -> figures.Timeliness:
    """The digest's on-time figure: requests answered, or due and unanswered, in the last *days* days."""
    window = Period(date.fromordinal(today.toordinal() - days), today)
    rows = queries.cases_settled_or_open(session, window.start_utc, window.end_utc)
    settled = facts.facts(rows, queries.deciding_events_of(session, [r.id for r in rows], approvals=False), now)
    return figures.recent_timeliness(settled, today, days)
