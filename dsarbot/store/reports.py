"""Queries behind the accountability reports: light rows of cases and of their deciding events.

The reports read columns, not ORM objects (a year of a large deployment is tens of thousands of
cases), and only the event types that say who decided and how a case ended. The figures themselves
are computed by the pure functions of `dsarbot.reports`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from dsarbot.models import Case, CaseEvent
from dsarbot.store.cases import OPEN_STATES

OUTCOME_EVENTS = ("opened", "confirmed_request", "rejected", "withdrawn", "not_a_request")
"""Events that tell how a case started (triage or not) and how a case that was not completed ended."""
APPROVAL_EVENTS = ("approval_first", "approved")
"""Who approved a completed case: only the register needs them (most cases have them, so they are the bulk)."""

_TIMES = ("received_at", "paused_since", "closed_at")


def _columns(session: Session) -> list[Any]:
    """The report's columns of `cases`. On SQLite the times come as their stored text and are parsed by
    `datetime.fromisoformat` in `_case_row`, and the kinds as JSON text parsed once per distinct value: the
    generic processing took most of a year's report at 100,000 cases (bench/report_scale.py)."""
    table = Case.__table__  # type: ignore[attr-defined]
    raw = session.get_bind().dialect.name == "sqlite"
    names = ("id", "reference", "controller_id", "state", "kinds", "language", "requester_email", "received_at",
             "due_date", "extended", "paused_since", "paused_days", "closed_at")
    return [sa.type_coerce(table.c[n], sa.String()).label(n) if n == "kinds" or (raw and n in _TIMES)
            else table.c[n] for n in names]


@dataclass(frozen=True)
class CaseRow:
    """The columns of one case that the reports use (no mail text, no identity code)."""

    id: int
    reference: str
    controller_id: str
    state: str
    kinds: tuple[str, ...]
    language: str
    requester_email: str | None
    received_at: datetime
    due_date: date
    extended: bool
    paused_since: datetime | None
    paused_days: int
    closed_at: datetime | None


@dataclass(frozen=True)
class EventRow:
    """One deciding event of a case (events of a case come in the order they were written)."""

    case_id: int
    type: str
    actor: str
    from_state: str | None
    to_state: str | None
    reason: str | None


def _time(value: datetime | str | None) -> datetime | None:
    """A stored time as aware UTC, from SQLite's text or a driver's datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@lru_cache(maxsize=256)
def _kinds(text: str) -> tuple[str, ...]:
    """A stored kinds list (JSON text); a deployment has only a few distinct ones, so each is parsed once."""
    return tuple(json.loads(text) or ())


def _case_row(r: Any) -> CaseRow:
    received = _time(r[7])
    assert received is not None
    due = r[8] if isinstance(r[8], date) else date.fromisoformat(r[8])
    kinds = _kinds(r[4]) if isinstance(r[4], str) else tuple(r[4] or ())
    return CaseRow(id=r[0], reference=r[1], controller_id=r[2], state=r[3], kinds=kinds,
                   language=r[5], requester_email=r[6], received_at=received, due_date=due, extended=bool(r[9]),
                   paused_since=_time(r[10]), paused_days=int(r[11] or 0), closed_at=_time(r[12]))


def _controller(stmt: Any, controller_id: str | None) -> Any:
    return stmt.where(col(Case.controller_id) == controller_id) if controller_id else stmt


def cases_received_between(session: Session, start: datetime, end: datetime,
                           controller_id: str | None = None) -> list[CaseRow]:
    """Cases whose request arrived in [start, end), oldest first (uses the index on received_at)."""
    stmt = sa.select(*_columns(session)).where(col(Case.received_at) >= start, col(Case.received_at) < end)
    stmt = _controller(stmt, controller_id).order_by(col(Case.received_at), col(Case.id))
    return [_case_row(r) for r in session.connection().execute(stmt).all()]


def open_case_rows(session: Session, controller_id: str | None = None) -> list[CaseRow]:
    """Every open case (uses the index on state)."""
    stmt = _controller(sa.select(*_columns(session)).where(col(Case.state).in_(OPEN_STATES)), controller_id)
    return [_case_row(r) for r in session.connection().execute(stmt.order_by(col(Case.due_date))).all()]


def cases_settled_or_open(session: Session, start: datetime, end: datetime,
                          controller_id: str | None = None) -> list[CaseRow]:
    """Cases closed in [start, end) plus every open case: what the digest's on-time rate looks at."""
    closed = sa.and_(col(Case.closed_at) >= start, col(Case.closed_at) < end)
    stmt = sa.select(*_columns(session)).where(sa.or_(closed, col(Case.state).in_(OPEN_STATES)))
    return [_case_row(r) for r in session.connection().execute(_controller(stmt, controller_id)).all()]


def _event_rows(session: Session, where: Any, approvals: bool) -> list[EventRow]:
    e = CaseEvent
    types = OUTCOME_EVENTS + (APPROVAL_EVENTS if approvals else ())
    stmt = (sa.select(col(e.case_id), col(e.type), col(e.actor), col(e.from_state), col(e.to_state),
                      col(e.reason))
            .where(col(e.type).in_(types), where)
            # of the opening events only a triage opening matters; skip the rest early
            .where(sa.or_(col(e.type) != "opened", col(e.to_state) == "triage"))
            .order_by(col(e.case_id), col(e.id)))  # ids grow with time: events are append-only
    return [EventRow(*r) for r in session.connection().execute(stmt).all()]


def deciding_events_received_between(session: Session, start: datetime, end: datetime,
                                     controller_id: str | None = None, *, approvals: bool = True) -> list[EventRow]:
    """The deciding events of the cases that arrived in [start, end), per case in order (without the
    approvals unless *approvals*: the figures do not need to know who approved)."""
    ids = _controller(sa.select(col(Case.id)).where(col(Case.received_at) >= start, col(Case.received_at) < end),
                      controller_id)
    return _event_rows(session, col(CaseEvent.case_id).in_(ids.scalar_subquery()), approvals)


def deciding_events_of(session: Session, case_ids: Sequence[int], *, approvals: bool = True) -> list[EventRow]:
    """The deciding events of the given cases (in chunks: databases limit the parameters of one query)."""
    out: list[EventRow] = []
    ids = list(case_ids)
    for i in range(0, len(ids), 500):
        out += _event_rows(session, col(CaseEvent.case_id).in_(ids[i:i + 500]), approvals)
    return out


def controller_ids(session: Session) -> list[str]:
    """Every controller that has cases, sorted."""
    rows = session.connection().execute(sa.select(col(Case.controller_id)).distinct())
    return sorted(str(r[0]) for r in rows)
