"""Queries on cases and their events: references, threading, lists for the dashboard and Slack."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from dsarbot.models import (
    Case,
    CaseEvent,
    Job,
    OutboxMessage,
    ReferenceCounter,
    utcnow,
)

OPEN_STATES = ("triage", "received", "awaiting_verification", "awaiting_info", "awaiting_approval",
               "approved")
CLOSED_STATES = ("completed", "rejected", "withdrawn", "not_a_request")
REFERENCE_RE = re.compile(r"\[?\b(DSAR-\d{4}-\d{4,})\b\]?", re.IGNORECASE)

# Statements built once: the hot path of opening a case executes them on the session's connection.
_INSERT_EVENT = sa.insert(CaseEvent)
_COUNTERS = ReferenceCounter.__table__  # type: ignore[attr-defined]
_BUMP_REFERENCE = (sa.update(_COUNTERS).where(_COUNTERS.c.year == sa.bindparam("y"))
                   .values(last=_COUNTERS.c.last + 1).returning(_COUNTERS.c.last))


# --- cases ---------------------------------------------------------------------------------------

def next_reference(session: Session, year: int) -> str:
    """Allocate the next DSAR-YYYY-NNNN reference; safe under concurrent writers."""
    bind = session.get_bind()
    for _ in range(5):
        result = session.connection().execute(_BUMP_REFERENCE, {"y": year}).first()
        if result is not None:
            return f"DSAR-{year}-{int(result[0]):04d}"
        try:
            with session.begin_nested():
                session.add(ReferenceCounter(year=year, last=0))
        except IntegrityError:
            continue
    raise RuntimeError(f"could not allocate a case reference on {bind.dialect.name}")


def case_by_reference(session: Session, reference: str, *, for_update: bool = False) -> Case | None:
    """The case with *reference* (case-insensitive), optionally locked for update."""
    stmt = select(Case).where(Case.reference == reference.upper())
    if for_update:
        stmt = stmt.with_for_update()
    return session.exec(stmt).first()


def case_by_id(session: Session, case_id: int) -> Case | None:
    """The case with row id *case_id*."""
    return session.get(Case, case_id)


def list_cases(
    session: Session,
    *,
    states: Sequence[str] | None = None,
    overdue_on: date | None = None,
    controller_id: str | None = None,
) -> Sequence[Case]:
    """Cases ordered by due date (then reference); optionally only some states or overdue ones."""
    stmt = select(Case)
    if states:
        stmt = stmt.where(col(Case.state).in_(list(states)))
    if overdue_on is not None:
        stmt = stmt.where(col(Case.state).in_(OPEN_STATES), col(Case.due_date) < overdue_on)
    if controller_id:
        stmt = stmt.where(Case.controller_id == controller_id)
    return session.exec(stmt.order_by(col(Case.due_date), col(Case.reference))).all()


def cases_with_open_tasks(session: Session) -> Sequence[Case]:
    """Cases (open or closed) with staff tasks nobody has marked done (see dsarbot.tasks), by due date."""
    count = col(Case.data)["open_tasks"].as_integer()
    return session.exec(select(Case).where(count > 0).order_by(col(Case.due_date), col(Case.reference))).all()


def add_event(
    session: Session,
    case: Case,
    *,
    actor: str,
    type: str,
    from_state: str | None = None,
    to_state: str | None = None,
    reason: str | None = None,
    data: dict[str, Any] | None = None,
) -> None:
    """Append an event to *case* (events are never changed or deleted).

    A prepared Core insert on the session's connection rather than an ORM object: events are written
    often and never read back as objects in the same transaction; this made opening a case ~3x cheaper.
    """
    assert case.id is not None
    session.connection().execute(_INSERT_EVENT, {
        "case_id": case.id, "at": utcnow(), "actor": actor, "type": type, "from_state": from_state,
        "to_state": to_state, "reason": reason, "data": data or {}})


def case_events(session: Session, case_id: int) -> Sequence[CaseEvent]:
    """The timeline of a case, oldest first."""
    return session.exec(select(CaseEvent).where(CaseEvent.case_id == case_id)
                        .order_by(col(CaseEvent.at), col(CaseEvent.id))).all()


def case_for_thread(session: Session, message_ids: Sequence[str], subject: str) -> Case | None:
    """The case a follow-up belongs to: by our sent Message-IDs, the request's own, or a subject tag."""
    ids = [m for m in message_ids if m]
    if ids:
        sent = session.exec(select(OutboxMessage.case_id)
                            .where(col(OutboxMessage.message_id).in_(ids),
                                   col(OutboxMessage.case_id).is_not(None)).limit(1)).first()
        if sent is not None:
            return session.get(Case, sent)
        own = session.exec(select(Case).where(col(Case.request_message_id).in_(ids)).limit(1)).first()
        if own is not None:
            return own
    match = REFERENCE_RE.search(subject or "")
    if match:
        return case_by_reference(session, match.group(1))
    return None


def sent_message_ids(session: Session, case_id: int) -> list[str]:
    """Message-IDs of the mail we wrote for a case (for threading checks)."""
    return list(session.exec(select(OutboxMessage.message_id).where(OutboxMessage.case_id == case_id)).all())


# --- dashboard -----------------------------------------------------------------------------------

def count_cases_by_state(session: Session) -> dict[str, int]:
    """How many cases are in each state (states with no cases are absent)."""
    rows = session.exec(select(Case.state, sa.func.count()).group_by(col(Case.state))).all()
    return {str(state): int(n) for state, n in rows}


def recent_closed_cases(session: Session, limit: int = 200) -> Sequence[Case]:
    """Closed cases, most recently closed first."""
    stmt = (select(Case).where(col(Case.state).in_(CLOSED_STATES))
            .order_by(col(Case.closed_at).desc(), col(Case.reference).desc()).limit(limit))
    return session.exec(stmt).all()


def completion_times(session: Session, since: datetime | None = None) -> list[tuple[datetime, datetime]]:
    """(received_at, closed_at) of completed cases, optionally only those completed since *since*."""
    stmt = select(Case.received_at, Case.closed_at).where(
        Case.state == "completed", col(Case.closed_at).is_not(None))
    if since is not None:
        stmt = stmt.where(col(Case.closed_at) >= since)
    return [(received, closed) for received, closed in session.exec(stmt).all() if closed is not None]


# --- Slack ---------------------------------------------------------------------------------------

def unfinished_jobs_of_case(session: Session, case_id: int, types: Sequence[str]) -> Sequence[Job]:
    """Jobs of these types for a case that are still to run or running, oldest first."""
    return session.exec(select(Job).where(Job.case_id == case_id, col(Job.type).in_(list(types)),
                                          col(Job.state).in_(["pending", "running"]))
                        .order_by(col(Job.id))).all()


def cases_received_since(session: Session, since: datetime) -> Sequence[Case]:
    """Cases whose request arrived at or after *since*, oldest first."""
    return session.exec(select(Case).where(col(Case.received_at) >= since)
                        .order_by(col(Case.received_at))).all()


def cases_closed_since(session: Session, since: datetime) -> Sequence[Case]:
    """Cases closed at or after *since*, oldest first."""
    return session.exec(select(Case).where(col(Case.closed_at) >= since)
                        .order_by(col(Case.closed_at))).all()
