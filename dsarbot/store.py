"""Every database query dsarbot makes lives here; the rest of the code calls these functions.

Functions take an open Session and do not commit unless their name says so (`save_incoming` commits,
because intake must commit before it acknowledges a message).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from dsarbot.models import (
    Case,
    CaseEvent,
    Job,
    MailboxState,
    OutboxMessage,
    ReferenceCounter,
    StoredMessage,
    utcnow,
)
from dsarbot.secrets import Sealer, fingerprint

OPEN_STATES = ("triage", "received", "awaiting_verification", "awaiting_info", "awaiting_approval",
               "approved")
CLOSED_STATES = ("completed", "rejected", "withdrawn", "not_a_request")
REFERENCE_RE = re.compile(r"\[?\b(DSAR-\d{4}-\d{4,})\b\]?", re.IGNORECASE)

# Statements built once: the hot path of opening a case executes them on the session's connection.
_INSERT_EVENT = sa.insert(CaseEvent)
_INSERT_JOB = sa.insert(Job)
_JOB_BY_KEY = sa.select(col(Job.id)).where(col(Job.dedupe_key) == sa.bindparam("key"))
_COUNTERS = ReferenceCounter.__table__  # type: ignore[attr-defined]
_BUMP_REFERENCE = (sa.update(_COUNTERS).where(_COUNTERS.c.year == sa.bindparam("y"))
                   .values(last=_COUNTERS.c.last + 1).returning(_COUNTERS.c.last))


# --- incoming messages ---------------------------------------------------------------------------

def find_duplicate(session: Session, fp: str, message_id: str | None) -> StoredMessage | None:
    """A stored message with the same bytes or the same Message-ID."""
    clause = col(StoredMessage.fingerprint) == fp
    if message_id:
        clause = sa.or_(clause, col(StoredMessage.message_id) == message_id)
    return session.exec(select(StoredMessage).where(clause).limit(1)).first()


def save_incoming(
    session: Session,
    sealer: Sealer,
    raw: bytes,
    *,
    source: str,
    received_at: datetime,
    message_id: str | None,
    controller_id: str | None = None,
    envelope_from: str | None = None,
    envelope_to: Sequence[str] = (),
    mailbox: str | None = None,
    uidvalidity: int | None = None,
    uid: int | None = None,
) -> tuple[StoredMessage, bool]:
    """Store a raw message and COMMIT; returns (row, created). A second copy is a no-op.

    Same bytes or same Message-ID count as the same message; a race between two intakes of one
    message is settled by the unique constraints.
    """
    fp = fingerprint(raw)
    existing = find_duplicate(session, fp, message_id)
    if existing is not None:
        return existing, False
    row = StoredMessage(
        controller_id=controller_id, source=source, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid,
        message_id=message_id, fingerprint=fp, raw_sealed=sealer.seal(raw), size=len(raw),
        envelope_from=envelope_from, envelope_to=list(envelope_to), received_at=received_at,
    )
    session.add(row)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        existing = find_duplicate(session, fp, message_id)
        if existing is None:
            raise
        return existing, False
    return row, True


def pending_messages(session: Session, limit: int = 100) -> Sequence[StoredMessage]:
    """Stored messages not yet processed, oldest first."""
    stmt = (select(StoredMessage).where(StoredMessage.status == "new")
            .order_by(col(StoredMessage.id)).limit(limit))
    return session.exec(stmt).all()


def message_by_id(session: Session, message_id: int) -> StoredMessage | None:
    """A stored message by its row id."""
    return session.get(StoredMessage, message_id)


def failed_messages(session: Session) -> Sequence[StoredMessage]:
    """Messages whose processing failed (kept, reported, retried by `dsarbot reprocess`)."""
    return session.exec(select(StoredMessage).where(StoredMessage.status == "failed")
                        .order_by(col(StoredMessage.id))).all()


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

    PostgreSQL: `FOR UPDATE SKIP LOCKED`, so several workers share the queue. SQLite serialises
    writers, so the plain update is safe there.
    """
    now = utcnow()
    stmt = select(Job).where(
        sa.or_(
            sa.and_(col(Job.state) == "pending", col(Job.run_after) <= now),
            sa.and_(col(Job.state) == "running", col(Job.locked_until) < now),
        )
    )
    if types:
        stmt = stmt.where(col(Job.type).in_(list(types)))
    stmt = stmt.order_by(col(Job.run_after), col(Job.id)).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    job = session.exec(stmt).first()
    if job is None:
        return None
    job.state = "running"
    job.attempts += 1
    job.locked_until = now + lease
    session.add(job)
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
    stmt = (select(OutboxMessage)
            .where(sa.or_(col(OutboxMessage.state) == "queued", col(OutboxMessage.state) == "sending"),
                   col(OutboxMessage.next_attempt_at) <= now)
            .order_by(col(OutboxMessage.next_attempt_at), col(OutboxMessage.id)).limit(1))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    row = session.exec(stmt).first()
    if row is None:
        return None
    row.state = "sending"
    row.attempts += 1
    row.next_attempt_at = now + lease
    session.add(row)
    return row


def outbox_for_case(session: Session, case_id: int) -> Sequence[OutboxMessage]:
    """Every outgoing mail of a case, oldest first."""
    return session.exec(select(OutboxMessage).where(OutboxMessage.case_id == case_id)
                        .order_by(col(OutboxMessage.id))).all()


def outbox_by_message_id(session: Session, message_id: str) -> OutboxMessage | None:
    """The outgoing mail with this Message-ID (to recognise bounces of our own mail)."""
    return session.exec(select(OutboxMessage).where(OutboxMessage.message_id == message_id)).first()


# --- mailbox sync state --------------------------------------------------------------------------

def mailbox_state(session: Session, key: str) -> MailboxState:
    """The sync state of a mailbox (created empty on first use)."""
    state = session.get(MailboxState, key)
    if state is None:
        state = MailboxState(key=key)
        session.add(state)
    return state


def uids_seen(session: Session, mailbox: str, uidvalidity: int, uids: Sequence[int]) -> set[int]:
    """Which of *uids* in this mailbox generation are already stored."""
    if not uids:
        return set()
    rows = session.exec(select(StoredMessage.uid).where(
        StoredMessage.mailbox == mailbox, StoredMessage.uidvalidity == uidvalidity,
        col(StoredMessage.uid).in_(list(uids)))).all()
    return {int(r) for r in rows if r is not None}


def _lock_id(name: str) -> int:
    # pg advisory locks take a signed 64-bit key; a hash keeps mailbox names of any length apart
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


def try_mailbox_lock(conn: sa.Connection, name: str) -> bool:
    """Take the PostgreSQL session advisory lock for *name* on *conn*, if free (True on other
    databases). The lock lives as long as the connection; the transaction is ended so the
    connection does not sit idle in a transaction."""
    if conn.dialect.name != "postgresql":
        return True
    got = bool(conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": _lock_id(name)}).scalar())
    conn.commit()
    return got


def release_mailbox_lock(conn: sa.Connection, name: str) -> None:
    """Give up the advisory lock for *name* held on *conn*."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": _lock_id(name)})
        conn.commit()


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


# --- retention -----------------------------------------------------------------------------------

def purge_non_requests(session: Session, older_than: datetime) -> int:
    """Delete raw mail that turned out not to be a request, stored before *older_than*.

    That is mail that opened no case, and mail of cases staff closed as `not_a_request`.
    """
    not_requests = select(Case.id).where(Case.state == "not_a_request")
    stmt = sa.delete(StoredMessage).where(
        sa.or_(col(StoredMessage.case_id).is_(None), col(StoredMessage.case_id).in_(not_requests)),
        col(StoredMessage.status) == "processed",
        col(StoredMessage.received_at) < older_than)
    return int(session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]


def closed_cases_before(session: Session, closed_before: datetime) -> Sequence[Case]:
    """Closed cases not yet anonymised whose closing is older than *closed_before*."""
    return session.exec(select(Case).where(
        col(Case.state).in_(CLOSED_STATES), col(Case.closed_at) < closed_before,
        col(Case.anonymised_at).is_(None))).all()


def messages_of_case(session: Session, case_id: int) -> Sequence[StoredMessage]:
    """Incoming messages attached to a case."""
    return session.exec(select(StoredMessage).where(StoredMessage.case_id == case_id)
                        .order_by(col(StoredMessage.id))).all()


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
