"""What the dashboard pages show, computed from the database (no HTML here).

Due dates are the effective ones (`cases.effective_due`): a case paused while waiting for the
requester keeps moving its deadline, so ordering and "overdue" follow what the law counts.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session

from dsarbot import cases, deadlines, failed_mail, store, tasks
from dsarbot.analysis import request_analysis
from dsarbot.excerpt import excerpt
from dsarbot.fulfil.preview import ApprovalPlan, approval_plan_for
from dsarbot.models import Case, CaseEvent
from dsarbot.pipeline.language import language_name
from dsarbot.runtime import Runtime
from dsarbot.secrets import mask_identity_codes

SOON_DAYS = 7
EXCERPT_MAX = 4000  # characters of the request shown on the case page


@dataclass(frozen=True)
class Row:
    """One case in a list."""

    reference: str
    state: str
    label: str
    kinds: list[str]
    language: str
    requester_name: str | None
    requester_email: str | None
    received: str
    due: date
    days_left: int
    marker: str
    """'overdue', 'due-soon' or '' (used as CSS class and spelled out in the text)."""
    closed: str = ""
    took_days: int | None = None
    open_tasks: int = 0
    """Staff tasks nobody has marked done (a closed case with open tasks is not finished work)."""
    unprocessable: bool = False
    """A triage case standing for a mail whose processing failed (`dsarbot.failed_mail`)."""

    @property
    def left_text(self) -> str:
        """Days left in words: '3 days left', 'due today', '2 days overdue'."""
        return days_text(self.days_left)


def days_text(n: int) -> str:
    """'3 days left', '1 day left', 'due today', '2 days overdue'."""
    if n == 0:
        return "due today"
    unit = "day" if abs(n) == 1 else "days"
    return f"{n} {unit} left" if n > 0 else f"{-n} {unit} overdue"


def marker_for(state: str, days_left: int) -> str:
    """How urgent an open case is: 'overdue', 'due-soon' (within 7 days) or ''."""
    if state not in cases.OPEN_STATES:
        return ""
    if days_left < 0:
        return "overdue"
    return "due-soon" if days_left <= SOON_DAYS else ""


def local_time(value: datetime | str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A UTC timestamp (or its stored ISO text) as Helsinki local time ('' for None)."""
    return deadlines.helsinki_text(value, fmt)


def row_of(case: Case, today: date) -> Row:
    """The list row of *case* as of *today*."""
    due = cases.effective_due(case)
    left = deadlines.days_left(due, today)
    took = None
    if case.closed_at is not None:
        took = (deadlines.arrival_day(case.closed_at) - deadlines.arrival_day(case.received_at)).days
    label = cases.STATE_LABELS.get(case.state, case.state)
    unprocessable = case.state == "triage" and failed_mail.is_placeholder(case)
    if unprocessable:
        label = failed_mail.TITLE.lower()
    return Row(reference=case.reference, state=case.state, label=label, unprocessable=unprocessable,
               kinds=list(case.kinds), language=language_name(case.language), requester_name=case.requester_name,
               requester_email=case.requester_email, received=local_time(case.received_at, "%Y-%m-%d"),
               due=due, days_left=left, marker=marker_for(case.state, left),
               closed=local_time(case.closed_at, "%Y-%m-%d"), took_days=took,
               open_tasks=len(tasks.open_tasks(case)))


@dataclass(frozen=True)
class TaskRow:
    """One open staff task in the list of tasks."""

    reference: str
    case_label: str
    id: int
    text: str
    due: date
    days_left: int
    marker: str

    @property
    def left_text(self) -> str:
        """Days left in words."""
        return days_text(self.days_left)


def open_task_rows(session: Session, today: date) -> list[TaskRow]:
    """Every open staff task (on open and closed cases), soonest due first."""
    out: list[TaskRow] = []
    for case in store.cases_with_open_tasks(session):
        for t in tasks.open_tasks(case):
            due = date.fromisoformat(str(t["due"]))
            left = deadlines.days_left(due, today)
            out.append(TaskRow(case.reference, cases.STATE_LABELS.get(case.state, case.state), int(t["id"]),
                               str(t["text"]), due, left, "overdue" if left < 0 else "due-soon" if left <= SOON_DAYS
                               else ""))
    return sorted(out, key=lambda r: (r.due, r.reference, r.id))


@dataclass
class OpenList:
    """The open-cases page: rows by due date, counts per state, and the active filter."""

    rows: list[Row]
    counts: list[tuple[str, str, int]]
    """(state, label, count) for every open state."""
    overdue: int
    due_soon: int
    total: int
    tasks: list[TaskRow] = field(default_factory=list)
    """Open staff tasks, on open and closed cases."""


def open_list(session: Session, today: date, *, state: str | None = None, overdue: bool = False) -> OpenList:
    """Open cases ordered by (effective) due date, optionally one state or only overdue ones."""
    every = sorted((row_of(c, today) for c in store.list_cases(session, states=cases.OPEN_STATES)),
                   key=lambda r: (r.due, r.reference))
    counts = [(s, cases.STATE_LABELS[s], sum(1 for r in every if r.state == s)) for s in cases.OPEN_STATES]
    rows = [r for r in every if (not state or r.state == state) and (not overdue or r.marker == "overdue")]
    return OpenList(rows=rows, counts=counts, overdue=sum(1 for r in every if r.marker == "overdue"),
                    due_soon=sum(1 for r in every if r.marker == "due-soon"), total=len(every),
                    tasks=open_task_rows(session, today))


def closed_list(session: Session, today: date, limit: int = 200) -> list[Row]:
    """The most recently closed cases."""
    return [row_of(c, today) for c in store.recent_closed_cases(session, limit)]


@dataclass
class CaseView:
    """Everything the case page shows except the forms."""

    case: Case
    row: Row
    details: list[tuple[str, str]]
    excerpt: str | None
    found: list[str]
    events: list[dict[str, str]] = field(default_factory=list)
    paused: bool = False
    extension_closed: date | None = None
    """When an extension is no longer possible: the day the first month ended."""
    plan: ApprovalPlan | None = None
    """What approving does, exactly (the preview behind `dsarbot sources plan-case`); None when closed."""
    tasks: list[dict[str, Any]] = field(default_factory=list)
    """The case's staff tasks (open and done)."""


def _found_lines(data: dict[str, Any]) -> list[str]:
    """`case.data["found_summary"]` as lines of text, whatever shape a later stage stored it in."""
    found = data.get("found_summary")
    if not isinstance(found, list):
        return []
    lines = []
    for item in found:
        if isinstance(item, dict):
            lines.append(", ".join(f"{k}: {v}" for k, v in item.items()))
        else:
            lines.append(str(item))
    return [mask_identity_codes(line) for line in lines]


def request_excerpt(rt: Runtime, session: Session, case: Case) -> str | None:
    """The request's words (the mail's own text, then each attachment's, named; identity codes masked), or None
    when the mail cannot be read."""
    analysis = request_analysis(rt, session, case)
    return None if analysis is None else excerpt(analysis, EXCERPT_MAX) or None


def _event_row(e: CaseEvent) -> dict[str, str]:
    moved = f"{cases.STATE_LABELS.get(e.from_state or '', e.from_state or '')} → " if e.from_state else ""
    moved += cases.STATE_LABELS.get(e.to_state, e.to_state) if e.to_state else ""
    return {"at": local_time(e.at), "actor": e.actor, "type": e.type.replace("_", " "), "moved": moved,
            "reason": e.reason or ""}


def case_view(rt: Runtime, session: Session, case: Case, today: date) -> CaseView:
    """The case page's content for *case*."""
    assert case.id is not None
    verification = ("verified" + (f": {case.verification_note}" if case.verification_note else "")
                    if case.verified else "not verified")
    details = [
        ("Subject", mask_identity_codes(case.subject)),  # masked at storage too; older rows were not
        ("Requester", case.requester_name or ""),
        ("E-mail", case.requester_email or ""),
        ("Phone", case.requester_phone or ""),
        ("Identity code", case.hetu_masked or ""),  # masked only; the full code is never displayed
        ("Business ID", case.business_id or ""),
        ("Postal address", case.postal_address or ""),
        ("Rights used", ", ".join(case.kinds) or "(none yet)"),
        ("Language", language_name(case.language)),
        ("Received", local_time(case.received_at)),
        ("Identity", verification),
        ("Assigned to", case.assignee or "nobody"),
        ("Controller", case.controller_id),
    ]
    if case.extended:
        details.append(("Extended because", case.extension_reason or ""))
    if case.state == "triage" and failed_mail.is_placeholder(case):
        details.append((failed_mail.TITLE, mask_identity_codes("; ".join(case.reasons))))
    elif case.state == "triage":
        details.append(("Why the bot is unsure", mask_identity_codes("; ".join(case.reasons))
                        or f"confidence {case.confidence:.2f}"))
    first_month = deadlines.due_date(case.received_at, paused_days=case.paused_days)
    too_late = case.state in cases.OPEN_STATES and not case.extended and today > first_month
    # Staff see what they approve: the plan approval executes, computed now from the same sources.
    plan = approval_plan_for(rt, session, case) if case.state in cases.OPEN_STATES and case.state != "triage" \
        else None
    return CaseView(case=case, row=row_of(case, today), details=[(k, v) for k, v in details if v],
                    excerpt=request_excerpt(rt, session, case), found=_found_lines(case.data),
                    events=[_event_row(e) for e in store.case_events(session, case.id)],
                    paused=case.paused_since is not None, extension_closed=first_month if too_late else None,
                    plan=plan, tasks=[{**t, "done_at": local_time(t.get("done_at")) or None}
                                      for t in tasks.all_tasks(case)])


@dataclass(frozen=True)
class Stats:
    """The manager's numbers."""

    open_by_state: list[tuple[str, str, int]]
    open_total: int
    overdue: int
    due_soon: int
    completed_30: int
    median_30: float | None
    median_all: float | None
    closed_by_state: list[tuple[str, str, int]]


def _median_days(pairs: list[tuple[datetime, datetime]]) -> float | None:
    days = [(deadlines.arrival_day(done) - deadlines.arrival_day(got)).days for got, done in pairs]
    return float(statistics.median(days)) if days else None


def stats(session: Session, today: date, now: datetime) -> Stats:
    """Open cases by state, overdue, completed in the last 30 days and the median time to complete."""
    listing = open_list(session, today)
    by_state = store.count_cases_by_state(session)
    recent = store.completion_times(session, since=now - timedelta(days=30))
    return Stats(open_by_state=listing.counts, open_total=listing.total, overdue=listing.overdue,
                 due_soon=listing.due_soon, completed_30=len(recent), median_30=_median_days(recent),
                 median_all=_median_days(store.completion_times(session)),
                 closed_by_state=[(s, cases.STATE_LABELS[s], by_state.get(s, 0)) for s in cases.CLOSED_STATES])
