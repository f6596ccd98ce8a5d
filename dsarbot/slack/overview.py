"""Deadline overviews for managers: open cases by due date, counts by state, response-time statistics.

Shared by App Home, `/dsar` and the weekly digest so that all three show the same numbers.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session

from dsarbot import cases, deadlines, store
from dsarbot.i18n import ENGLISH, Translator
from dsarbot.models import Case
from dsarbot.reports import labels
from dsarbot.slack import blocks as bk
from dsarbot.slack.cards import person

SOON_DAYS = 7
"""A case due within this many days (today included) is marked "due this week"."""


@dataclass(frozen=True)
class Row:
    """One open case as the overviews show it."""

    reference: str
    state: str
    kinds: tuple[str, ...]
    requester: str | None
    due: date
    days_left: int
    assignee: str | None

    @property
    def overdue(self) -> bool:
        """Past its due date."""
        return self.days_left < 0

    @property
    def due_soon(self) -> bool:
        """Due within the next seven days (not yet overdue)."""
        return 0 <= self.days_left < SOON_DAYS


def row(case: Case, today: date) -> Row:
    """The overview row of a case."""
    due = cases.effective_due(case)
    return Row(case.reference, case.state, tuple(case.kinds),
               case.requester_name or case.requester_email, due, deadlines.days_left(due, today),
               case.assignee)


def open_rows(session: Session, today: date) -> list[Row]:
    """Open cases, soonest due first (a running pause can move a due date, so sort after computing)."""
    rows = [row(c, today) for c in store.list_cases(session, states=list(cases.OPEN_STATES))]
    return sorted(rows, key=lambda r: (r.due, r.reference))


def line(r: Row, *, personal: bool, t: Translator = ENGLISH) -> str:
    """One mrkdwn line: marker, reference, kinds, state, due, assignee (requester only if *personal*)."""
    if r.overdue:
        marker = t.ngettext(":red_circle: *OVERDUE %(n)s d*", ":red_circle: *OVERDUE %(n)s d*", -r.days_left)
    elif r.due_soon:
        marker = t.gettext(":warning: *due this week*")
    else:
        marker = ":white_circle:"
    if r.days_left >= 0:
        left = t.ngettext("%(n)s d left", "%(n)s d left", r.days_left)
    else:
        left = t.ngettext("%(n)s d late", "%(n)s d late", -r.days_left)
    parts = [f"{marker} *{r.reference}*", ", ".join(labels.kind_short(t, k) for k in r.kinds) or t.gettext("triage")]
    if personal and r.requester:
        parts.append(bk.escape(r.requester))
    parts += [labels.state(t, r.state), t.gettext("due %(due)s (%(left)s)", due=t.date(r.due), left=left),
              person(r.assignee) if r.assignee else t.gettext("unassigned")]
    return " · ".join(parts)


def state_counts(rows: Sequence[Row]) -> list[tuple[str, int]]:
    """(state, count) of open cases in the order of the case life."""
    counts = Counter(r.state for r in rows)
    return [(s, counts[s]) for s in cases.OPEN_STATES if counts[s]]


def counts_text(rows: Sequence[Row], t: Translator = ENGLISH) -> str:
    """`2 waiting for staff approval · 1 needs a decision…` or `No open cases.`"""
    parts = [t.gettext("%(n)s %(state)s", n=t.number(n), state=labels.state(t, s)) for s, n in state_counts(rows)]
    return " · ".join(parts) if parts else t.gettext("No open cases.")


def days_to_complete(case: Case) -> int | None:
    """Calendar days (Helsinki) from arrival to closing of a completed case."""
    if case.state != "completed" or case.closed_at is None:
        return None
    return (deadlines.arrival_day(case.closed_at) - deadlines.arrival_day(case.received_at)).days


def median_days(closed: Sequence[Case]) -> float | None:
    """Median days to completion of the completed cases among *closed*; None when there are none."""
    days = [d for d in (days_to_complete(c) for c in closed) if d is not None]
    return statistics.median(days) if days else None


@dataclass(frozen=True)
class Stats:
    """The numbers of `/dsar stats`."""

    open: int
    closed: int
    overdue: int
    due_this_week: int
    median_days: float | None
    by_state: list[tuple[str, int]]


def stats(session: Session, today: date) -> Stats:
    """Open/closed counts, overdue, and the median days to completion over all completed cases."""
    rows = open_rows(session, today)
    closed = store.list_cases(session, states=list(cases.CLOSED_STATES))
    return Stats(open=len(rows), closed=len(closed), overdue=sum(r.overdue for r in rows),
                 due_this_week=sum(r.due_soon for r in rows),
                 median_days=median_days(store.list_cases(session, states=["completed"])),
                 by_state=state_counts(rows))


def stats_text(s: Stats, t: Translator = ENGLISH) -> str:
    """`/dsar stats` in mrkdwn."""
    if s.median_days is None:
        median = t.gettext("no completed cases yet")
    else:
        median = t.gettext("%(days)s days", days=t.number(s.median_days))
    lines = [t.gettext("*Open:* %(open)s · *Closed:* %(closed)s", open=t.number(s.open), closed=t.number(s.closed)),
             t.gettext("*Overdue:* %(overdue)s · *Due this week:* %(soon)s", overdue=t.number(s.overdue),
                       soon=t.number(s.due_this_week)),
             t.gettext("*Median days to completion:* %(median)s", median=median)]
    if s.by_state:
        by_state = " · ".join(f"{labels.state(t, k)}: {t.number(n)}" for k, n in s.by_state)
        lines.append(t.gettext("*Open by state:* %(states)s", states=by_state))
    return "\n".join(lines)


@dataclass(frozen=True)
class Week:
    """The weekly digest's numbers for the seven days before *end*."""

    start: date
    end: date
    received: int
    completed: int
    closed_other: int
    median_days: float | None
    open: int
    overdue: int
    due_next_week: int


def week(session: Session, now: datetime) -> Week:
    """The digest's numbers: the past seven days (Helsinki) and the situation now."""
    today = deadlines.today_helsinki(now)
    since = now - timedelta(days=7)
    received = store.cases_received_since(session, since)
    closed = store.cases_closed_since(session, since)
    rows = open_rows(session, today)
    completed = [c for c in closed if c.state == "completed"]
    return Week(start=today - timedelta(days=7), end=today, received=len(received),
                completed=len(completed), closed_other=len(closed) - len(completed),
                median_days=median_days(completed), open=len(rows), overdue=sum(r.overdue for r in rows),
                due_next_week=sum(r.due_soon for r in rows))
