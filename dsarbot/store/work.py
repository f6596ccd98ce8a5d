"""Queries on the work queues: jobs, the outbox and periodic-task slots."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from dsarbot.models import (
    Job,
    OutboxMessage,
    utcnow,
)

# Statements built once: the hot path of opening a case executes them on the session's connection.
_INSERT_JOB = sa.insert(Job)
_JOB_BY_KEY = sa.select(col(Job.id)).where(col(Job.dedupe_key) == sa.bindparam("key"))


# --- jobs ----------------------------------------------------------------------------------------

def enqueue_job(
    session: Session,
    type: str,
    *,
    case_id: int | None = None,
    payload: dict[str, Any] | None = None,
    dedupe_key: str | None = None,
    run_after: datetime | None = None,
) -> bool:
    """Queue work for the worker; True if queued. With *dedupe_key*, queueing the same work twice is a no-op."""
    conn = session.connection()
    if dedupe_key is not None and conn.execute(_JOB_BY_KEY, {"key": dedupe_key}).first() is not None:
        return False
    now = utcnow()
    conn.execute(_INSERT_JOB, {
        "type": type, "case_id": case_id, "payload": payload or {}, "dedupe_key": dedupe_key,
        "state": "pending", "attempts": 0, "run_after": run_after or now, "created_at": now})
    return True


def claim_job(session: Session, *, types: Sequence[str] | None = None, lease: timedelta) -> Job | None:
    """Take the next due job (expired leases of dead workers are taken over).

    Several processes may share the queue: see `_claim` for how exactly one of them gets each job.
    """
    now = utcnow()
    due = sa.or_(
        sa.and_(col(Job.state) == "pending", col(Job.run_after) <= now),
        sa.and_(col(Job.state) == "running", col(Job.locked_until) < now),
    )
    if types:
        due = sa.and_(due, col(Job.type).in_(list(types)))
    stmt = select(Job).where(due).order_by(col(Job.run_after), col(Job.id)).limit(1)
    values = {"state": "running", "attempts": Job.attempts + 1, "locked_until": now + lease}
    job: Job | None = _claim(session, Job, stmt, due, values)
    return job


def finish_job(session: Session, job: Job) -> None:
    """Mark a job done."""
    job.state = "done"
    job.finished_at = utcnow()
    job.locked_until = None
    session.add(job)


def retry_job(session: Session, job: Job, error: str, *, delay: timedelta, max_attempts: int) -> None:
    """Record a failure; the job runs again after *delay* until *max_attempts*, then stays failed."""
    job.last_error = error[:2000]
    job.locked_until = None
    if job.attempts >= max_attempts:
        job.state = "failed"
        job.finished_at = utcnow()
    else:
        job.state = "pending"
        job.run_after = utcnow() + delay
    session.add(job)


def jobs_for_case(session: Session, case_id: int) -> Sequence[Job]:
    """Every job of a case, oldest first."""
    return session.exec(select(Job).where(Job.case_id == case_id).order_by(col(Job.id))).all()


# --- outbox --------------------------------------------------------------------------------------

def add_outbox(session: Session, row: OutboxMessage) -> OutboxMessage:
    """Queue an outgoing mail (the row is the promise to send it once)."""
    session.add(row)
    return row


def claim_outbox(session: Session, *, lease: timedelta) -> OutboxMessage | None:
    """Take the next mail due for sending, marking it `sending` with a lease."""
    now = utcnow()
    due = sa.and_(col(OutboxMessage.state).in_(["queued", "sending", "handing"]),
                  col(OutboxMessage.next_attempt_at) <= now)
    stmt = (select(OutboxMessage).where(due)
            .order_by(col(OutboxMessage.next_attempt_at), col(OutboxMessage.id)).limit(1))
    # A row left `handing` keeps that state: its sender must first find out whether it went out.
    state = sa.case((col(OutboxMessage.state) == "handing", "handing"), else_="sending")
    values = {"state": state, "attempts": OutboxMessage.attempts + 1, "next_attempt_at": now + lease}
    row: OutboxMessage | None = _claim(session, OutboxMessage, stmt, due, values)
    return row


def renew_outbox_lease(session: Session, row_id: int, until: datetime) -> bool:
    """Extend the lease of an outbox mail being sent (the sender's heartbeat); False if it is no longer ours."""
    result = session.execute(
        sa.update(OutboxMessage).where(col(OutboxMessage.id) == row_id,
                                       col(OutboxMessage.state).in_(["sending", "handing"]))
        .values(next_attempt_at=until), execution_options={"synchronize_session": False})
    return bool(result.rowcount)  # type: ignore[attr-defined]


def mark_outbox_handing(session: Session, row_id: int, until: datetime) -> None:
    """Record that the mail is being handed to the relay (DATA): after a crash its fate is unknown."""
    session.execute(sa.update(OutboxMessage).where(col(OutboxMessage.id) == row_id)
                    .values(state="handing", next_attempt_at=until),
                    execution_options={"synchronize_session": False})


def outbox_for_case(session: Session, case_id: int) -> Sequence[OutboxMessage]:
    """Every outgoing mail of a case, oldest first."""
    return session.exec(select(OutboxMessage).where(OutboxMessage.case_id == case_id)
                        .order_by(col(OutboxMessage.id))).all()


def outbox_by_message_id(session: Session, message_id: str) -> OutboxMessage | None:
    """The outgoing mail with this Message-ID (to recognise bounces of our own mail)."""
    return session.exec(select(OutboxMessage).where(OutboxMessage.message_id == message_id)).first()


# --- periodic tasks ------------------------------------------------------------------------------

def claim_periodic_run(session: Session, name: str, slot: int) -> Job | None:
    """Record that periodic task *name* runs for time *slot*; None when some process already did.

    The record is a finished job row (type `periodic`), so several schedulers against one database
    run each slot once, and the runs show up next to the other jobs.
    """
    job = Job(type="periodic", payload={"task": name, "slot": slot}, dedupe_key=f"periodic:{name}:{slot}",
              state="done", attempts=1)
    try:
        with session.begin_nested():
            session.add(job)
    except IntegrityError:
        return None
    return job


def _claim(session: Session, model: Any, stmt: Any, due: Any, values: dict[str, Any]) -> Any:
    """The first row of *stmt* (which selects *due* rows), updated with *values*; None when none is due.

    One statement: `UPDATE … WHERE id = (SELECT id … LIMIT 1) AND <due> RETURNING …`. On SQLite the
    statement holds the write lock from its read to its write, so two processes never take the same
    row (and the lock stays with the transaction); on PostgreSQL the inner select locks the row with
    `FOR UPDATE SKIP LOCKED`, so several workers share the queue.
    """
    pick = stmt.with_only_columns(model.id)
    if session.get_bind().dialect.name == "postgresql":
        pick = pick.with_for_update(skip_locked=True)
    claim = (sa.update(model).where(model.id == pick.scalar_subquery(), due).values(**values)
             .returning(model).execution_options(synchronize_session=False, populate_existing=True))
    return session.execute(claim).scalars().first()
