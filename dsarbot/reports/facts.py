"""What the reports need to know of one case, derived from its row and its deciding events (pure).

Definitions (the README's Reports section says the same in words):

* A case is a **request** unless it was closed as not a request, or it opened in triage and staff
  never confirmed it as a request (still undecided, or closed from triage).
* A request is **answered** when it is completed or rejected (a rejection with its reasons is the
  answer Art. 12(4) asks for); the answer day is the Helsinki day it closed.
* **On time** means answered on or before its due date (extension and pauses included); **late**
  means answered after it, or still open after it (an unanswered overdue request counts against the
  rate, it is never left out); **pending** means open and not yet due; withdrawn requests have no
  timeliness.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from dsarbot import deadlines
from dsarbot.store.cases import OPEN_STATES
from dsarbot.store.reports import CaseRow, EventRow

ANSWERED_STATES = ("completed", "rejected")


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """One case as the reports see it (derived values computed once: a year can be tens of thousands)."""

    row: CaseRow
    due: date
    """The effective due date (a running pause keeps moving it)."""
    triage_started: bool
    confirmed: bool
    closed_from_triage: bool
    decided_by: tuple[str, ...]
    rejection_reason: str | None
    is_request: bool
    """True for a data-subject request (see the module docstring)."""
    received_on: date
    """The Helsinki day the request arrived."""
    answered_on: date | None
    """The Helsinki day the request was answered, or None."""

    @property
    def is_open(self) -> bool:
        """Still open."""
        return self.row.state in OPEN_STATES

    @property
    def days_to_answer(self) -> int | None:
        """Calendar days from arrival to answer (0 = answered the day it came)."""
        return None if self.answered_on is None else (self.answered_on - self.received_on).days

    def timeliness(self, today: date) -> str | None:
        """'on_time', 'late', 'pending', or None (withdrawn, or not a request)."""
        if not self.is_request:
            return None
        if self.answered_on is not None:
            return "on_time" if self.answered_on <= self.due else "late"
        if self.row.state in OPEN_STATES:
            return "late" if self.due < today else "pending"
        return None

    @property
    def outcome(self) -> str:
        """completed | rejected | withdrawn | open | not_a_request | triage."""
        if self.row.state == "triage":
            return "triage"
        if not self.is_request:
            return "not_a_request"
        return "open" if self.is_open else self.row.state


def effective_due(row: CaseRow, now: datetime) -> date:
    """The due date as it stands at *now* (see `cases.effective_due`, which needs a Case object)."""
    if row.paused_since is None:
        return row.due_date
    running = deadlines.paused_days_between(row.paused_since, now)
    return deadlines.due_date(row.received_at, extended=row.extended, paused_days=row.paused_days + running)


@dataclass(frozen=True, slots=True)
class _Story:
    """What a case's deciding events say (most cases have none loaded: the figures skip approvals)."""

    triage_started: bool = False
    confirmed: bool = False
    closed_from_triage: bool = False
    decided_by: tuple[str, ...] = ()
    rejection_reason: str | None = None


_NO_EVENTS = _Story()


def _story(state: str, events: Sequence[EventRow]) -> _Story:
    if not events:
        return _NO_EVENTS
    triage_started = any(e.type == "opened" and e.to_state == "triage" for e in events)
    closing = next((e for e in reversed(events) if e.to_state == state and e.type != "completed"), None)
    wanted = ("approval_first", "approved") if state == "completed" else ("rejected", "withdrawn", "not_a_request")
    deciders = [e.actor for e in events if e.type in wanted]
    confirmations = [e.actor for e in events if e.type == "confirmed_request"]
    rejected = next((e for e in reversed(events) if e.type == "rejected"), None)
    return _Story(triage_started=triage_started, confirmed=bool(confirmations),
                  closed_from_triage=closing is not None and closing.from_state == "triage",
                  decided_by=tuple(dict.fromkeys(confirmations[-1:] + deciders)),
                  rejection_reason=rejected.reason if rejected else None)


def _facts(row: CaseRow, events: Sequence[EventRow], now: datetime) -> CaseFacts:
    story = _story(row.state, events)
    is_request = row.state != "not_a_request" and (not story.triage_started or story.confirmed)
    answered = (deadlines.arrival_day(row.closed_at) if is_request and row.state in ANSWERED_STATES
                and row.closed_at is not None else None)
    return CaseFacts(
        row=row, due=effective_due(row, now), triage_started=story.triage_started, confirmed=story.confirmed,
        closed_from_triage=story.closed_from_triage, decided_by=story.decided_by,
        rejection_reason=story.rejection_reason, is_request=is_request,
        received_on=deadlines.arrival_day(row.received_at), answered_on=answered)


def facts(rows: Iterable[CaseRow], events: Iterable[EventRow], now: datetime) -> list[CaseFacts]:
    """The facts of every case in *rows*, given the deciding events of those cases."""
    by_case: dict[int, list[EventRow]] = defaultdict(list)
    for e in events:
        by_case[e.case_id].append(e)
    return [_facts(r, by_case.get(r.id, ()), now) for r in rows]
