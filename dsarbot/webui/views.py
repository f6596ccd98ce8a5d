"""What the dashboard pages show, computed from the database (no HTML here).

Due dates are the effective ones (`cases.effective_due`): a case paused while waiting for the
requester keeps moving its deadline, so ordering and "overdue" follow what the law counts.

Words for people are catalogue ids (`N_`) or untranslated messages (`messages.Msg`); dates and times are
kept as values. The templates translate and format both in the reader's language.
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
from dsarbot.fulfil.lookup import ADDRESS_UNKNOWN
from dsarbot.fulfil.preview import ApprovalPlan, approval_plan_for
from dsarbot.i18n import N_
from dsarbot.messages import LanguageName, Msg, Percent, Value, lazy
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
    received: date
    """The day it arrived (Helsinki)."""
    due: date
    days_left: int
    marker: str
    """'overdue', 'due-soon' or '' (used as CSS class and spelled out in the text)."""
    closed: date | None = None
    took_days: int | None = None
    open_tasks: int = 0
    """Staff tasks nobody has marked done (a closed case with open tasks is not finished work)."""
    unprocessable: bool = False
    """A triage case standing for a mail whose processing failed (`dsarbot.failed_mail`)."""


def marker_for(state: str, days_left: int) -> str:
    """How urgent an open case is: 'overdue', 'due-soon' (within 7 days) or ''."""
    if state not in cases.OPEN_STATES:
        return ""
    if days_left < 0:
        return "overdue"
    return "due-soon" if days_left <= SOON_DAYS else ""


def row_of(case: Case, today: date) -> Row:
    """The list row of *case* as of *today*."""
    due = cases.effective_due(case)
    left = deadlines.days_left(due, today)
    took = closed = None
    if case.closed_at is not None:
        closed = deadlines.arrival_day(case.closed_at)
        took = (closed - deadlines.arrival_day(case.received_at)).days
    unprocessable = case.state == "triage" and failed_mail.is_placeholder(case)
    label = failed_mail.TITLE.lower() if unprocessable else cases.STATE_LABELS.get(case.state, case.state)
    return Row(reference=case.reference, state=case.state, label=label, unprocessable=unprocessable,
               kinds=list(case.kinds), language=language_name(case.language), requester_name=case.requester_name,
               requester_email=case.requester_email, received=deadlines.arrival_day(case.received_at),
               due=due, days_left=left, marker=marker_for(case.state, left), closed=closed, took_days=took,
               open_tasks=len(tasks.open_tasks(case)))


@dataclass(frozen=True)
class TaskRow:
    """One open staff task in the list of tasks."""

    reference: str
    case_state: str
    id: int
    said: Msg | str
    """What the task asks (translated where it is shown)."""
    due: date
    days_left: int
    marker: str


def open_task_rows(session: Session, today: date) -> list[TaskRow]:
    """Every open staff task (on open and closed cases), soonest due first."""
    out: list[TaskRow] = []
    for case in store.cases_with_open_tasks(session):
        for t in tasks.open_tasks(case):
            due = date.fromisoformat(str(t["due"]))
            left = deadlines.days_left(due, today)
            out.append(TaskRow(case.reference, case.state, int(t["id"]), tasks.task_msg(t), due, left,
                               "overdue" if left < 0 else "due-soon" if left <= SOON_DAYS else ""))
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


Shown = Value | datetime
"""Text for the page: a plain string (the mail's or staff's own words), a message to translate, or a value
(a date, a time) to format in the reader's language (`messages.show`)."""


@dataclass
class CaseView:
    """Everything the case page shows except the forms."""

    case: Case
    row: Row
    details: list[tuple[str, Shown]]
    """(catalogue id of the label, value)."""
    excerpt: str | None
    found: list[str]
    events: list[dict[str, Any]] = field(default_factory=list)
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


EVENT_LABELS = {
    "opened": N_("opened"),
    "acknowledged": N_("acknowledgement sent"),
    "address_not_found": N_("address not found in the data sources"),
    "anonymised": N_("anonymised"),
    "approval_first": N_("first approval"),
    "approved": N_("approved"),
    "assigned": N_("assigned"),
    "bounce": N_("our mail bounced"),
    "completed": N_("completed"),
    "confirmed_request": N_("confirmed as a request"),
    "corrections_entered": N_("corrections entered"),
    "extended": N_("deadline extended"),
    "fulfilment_incomplete": N_("carried out only in part"),
    "info_received": N_("information received"),
    "info_requested": N_("information requested"),
    "kinds_changed": N_("rights changed"),
    "lookup": N_("data looked up"),
    "marketing_suppressed": N_("marketing stopped"),
    "not_a_request": N_("not a request"),
    "overdue_on_arrival": N_("already overdue on arrival"),
    "paused": N_("clock paused"),
    "recipients_notified": N_("recipients told (Art. 19)"),
    "recipients_to_notify": N_("recipients to tell (Art. 19)"),
    "rejected": N_("rejected"),
    "reply_failed": N_("reply could not be sent"),
    "reply_impossible": N_("no reply possible"),
    "reply_sent": N_("reply sent"),
    "requester_replied": N_("the requester replied"),
    "task_added": N_("task added"),
    "task_done": N_("task done"),
    "transition": N_("state changed"),
    "verified": N_("identity verified"),
    "withdrawn": N_("withdrawn"),
}
"""What each kind of event on the timeline is called (an unknown type is shown as its code)."""
SYSTEM_REASONS = {
    "waiting for the requester": N_("waiting for the requester"),
    "objection to direct marketing (Art. 21(3)) carried out at once":
        N_("objection to direct marketing (Art. 21(3)) carried out at once"),
    "no data sources configured": N_("no data sources configured"),
    "our mail could not be delivered": N_("our mail could not be delivered"),
    "marked in Slack": N_("marked in Slack"),
    "marked done in Slack": N_("marked done in Slack"),
    ADDRESS_UNKNOWN: ADDRESS_UNKNOWN,
}
"""Reasons the bot itself writes on events (English in the record), translated on the timeline; reasons
people wrote are shown as written."""


def _event_row(e: CaseEvent, tasks_by_id: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """A timeline row: the time as a value, the event's name and states as messages, the reason as written
    (or translated, when the bot wrote it)."""
    reason: Shown = e.reason or ""
    task = tasks_by_id.get(int(e.data.get("task") or 0)) if e.type in ("task_added", "task_done") else None
    if task is not None and e.reason == task.get("text"):
        reason = tasks.task_msg(task)
    elif e.reason in SYSTEM_REASONS:
        reason = Msg(SYSTEM_REASONS[e.reason])
    return {"at": e.at, "actor": e.actor, "type": Msg(EVENT_LABELS[e.type]) if e.type in EVENT_LABELS else e.type,
            "from_state": cases.state_msg(e.from_state) if e.from_state else None,
            "to_state": cases.state_msg(e.to_state) if e.to_state else None, "reason": reason}


def _details(case: Case) -> list[tuple[str, Shown]]:
    """The case's facts, labelled (empty ones left out)."""
    if not case.verified:
        verification: Shown = lazy("not verified")
    elif case.verification_note:
        verification = lazy("verified: %(note)s", note=case.verification_note)
    else:
        verification = lazy("verified")
    details: list[tuple[str, Shown]] = [
        (N_("Subject"), mask_identity_codes(case.subject)),  # masked at storage too; older rows were not
        (N_("Requester"), case.requester_name or ""),
        (N_("E-mail"), case.requester_email or ""),
        (N_("Phone"), case.requester_phone or ""),
        (N_("Identity code"), case.hetu_masked or ""),  # masked only; the full code is never displayed
        (N_("Business ID"), case.business_id or ""),
        (N_("Postal address"), case.postal_address or ""),
        (N_("Rights used"), cases.kinds_msg(list(case.kinds)) if case.kinds else lazy("(none yet)")),
        (N_("Language"), LanguageName(case.language, language_name(case.language))),
        (N_("Received"), case.received_at),
        (N_("Identity"), verification),
        (N_("Assigned to"), case.assignee or lazy("nobody")),
        (N_("Controller"), case.controller_id),
    ]
    if case.extended:
        details.append((N_("Extended because"), case.extension_reason or ""))
    if case.state == "triage" and failed_mail.is_placeholder(case):
        details.append((N_("A mail could not be processed"), mask_identity_codes("; ".join(case.reasons))))
    elif case.state == "triage":
        details.append((N_("Why the bot is unsure"), mask_identity_codes("; ".join(case.reasons)) or
                        lazy("confidence %(confidence)s", confidence=Percent(case.confidence))))
    return [(k, v) for k, v in details if v]


def case_view(rt: Runtime, session: Session, case: Case, today: date) -> CaseView:
    """The case page's content for *case*."""
    assert case.id is not None
    details = _details(case)
    by_id = {int(t["id"]): t for t in tasks.all_tasks(case)}
    first_month = deadlines.due_date(case.received_at, paused_days=case.paused_days)
    too_late = case.state in cases.OPEN_STATES and not case.extended and today > first_month
    # Staff see what they approve: the plan approval executes, computed now from the same sources.
    plan = approval_plan_for(rt, session, case) if case.state in cases.OPEN_STATES and case.state != "triage" \
        else None
    return CaseView(case=case, row=row_of(case, today), details=details,
                    excerpt=request_excerpt(rt, session, case), found=_found_lines(case.data),
                    events=[_event_row(e, by_id) for e in store.case_events(session, case.id)],
                    paused=case.paused_since is not None, extension_closed=first_month if too_late else None,
                    plan=plan, tasks=[{**t, "said": tasks.task_msg(t), "due": date.fromisoformat(str(t["due"]))}
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
