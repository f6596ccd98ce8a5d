"""Queries on stored incoming mail, mailbox sync state and the one-watcher-per-mailbox lock."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from dsarbot.models import (
    Case,
    MailboxState,
    StoredMessage,
)
from dsarbot.secrets import Sealer, fingerprint
from dsarbot.store.cases import CLOSED_STATES

# --- incoming messages ---------------------------------------------------------------------------

def find_duplicate(session: Session, fp: str, message_id: str | None,
                   content_digest: str | None = None) -> StoredMessage | None:
    """A stored copy of this message: the same bytes, or the same Message-ID *and* content digest.

    A row stored before content digests existed (NULL) matches on the Message-ID alone, as it did then.
    """
    clause = col(StoredMessage.fingerprint) == fp
    if message_id:
        same_content = sa.or_(col(StoredMessage.content_digest) == (content_digest or fp),
                              col(StoredMessage.content_digest).is_(None))
        clause = sa.or_(clause, sa.and_(col(StoredMessage.message_id) == message_id, same_content))
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
    content_digest: str | None = None,
    sealed: bytes | None = None,
) -> tuple[StoredMessage, bool]:
    """Store a raw message and COMMIT; returns (row, created). A second copy is a no-op.

    A copy is the same bytes, or the same Message-ID with the same *content_digest* (what the sender
    wrote; `dsarbot.intake.ingest.content_digest`, by default the bytes' digest). Another mail that
    reuses a Message-ID is stored as a message of its own. A race between two intakes of one message is
    settled by the unique constraints. *sealed* is `sealer.seal(raw)` when the caller made it already.
    """
    fp = fingerprint(raw)
    digest = content_digest or fp
    existing = find_duplicate(session, fp, message_id, digest)
    if existing is not None:
        return existing, False
    row = StoredMessage(
        controller_id=controller_id, source=source, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid,
        message_id=message_id, fingerprint=fp, content_digest=digest, raw_sealed=sealed or sealer.seal(raw),
        size=len(raw), envelope_from=envelope_from, envelope_to=list(envelope_to), received_at=received_at,
    )
    session.add(row)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        existing = find_duplicate(session, fp, message_id, digest)
        if existing is None:
            raise
        return existing, False
    return row, True


def claim_new_messages(session: Session, size: int, *, max_size: int | None = None) -> list[StoredMessage]:
    """The oldest unprocessed messages, each claimed for this transaction so no other process takes it.

    PostgreSQL locks the rows (`FOR UPDATE SKIP LOCKED`). On SQLite the read takes no lock, so each row
    is claimed by a conditional UPDATE (`… WHERE status = 'new'`) whose row count says whether it was
    still unprocessed: the first UPDATE takes SQLite's write lock for the rest of the transaction, and a
    row another process handled meanwhile counts 0 and is skipped. The `processing` mark never
    commits: processing sets `processed` or `failed` in the same transaction, a crash rolls it back.
    """
    # The sealed bytes are not loaded here: a batch of 25 large mails would be 25 x 34 MB at once.
    stmt = (select(StoredMessage).options(defer(StoredMessage.raw_sealed))  # type: ignore[arg-type]
            .where(StoredMessage.status == "new").order_by(col(StoredMessage.id)).limit(size))
    if max_size is not None:  # only mail up to this many bytes (see processing._batch_turn)
        stmt = stmt.where(col(StoredMessage.size) <= max_size)
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    claimed = []
    for row in session.exec(stmt).all():
        result = session.execute(
            sa.update(StoredMessage).where(col(StoredMessage.id) == row.id, col(StoredMessage.status) == "new")
            .values(status="processing"), execution_options={"synchronize_session": False})
        if result.rowcount == 1:  # type: ignore[attr-defined]
            claimed.append(row)
    return claimed


def release_messages(session: Session, ids: list[int]) -> None:
    """Give claimed but unprocessed messages back (status `new`) for the next round."""
    if ids:
        session.execute(sa.update(StoredMessage).where(col(StoredMessage.id).in_(ids))
                        .values(status="new"), execution_options={"synchronize_session": False})


def pending_sizes(session: Session, limit: int) -> list[tuple[int, int]]:
    """(id, size in bytes) of the oldest unprocessed messages, without their bytes."""
    rows = session.execute(sa.select(col(StoredMessage.id), col(StoredMessage.size))
                           .where(col(StoredMessage.status) == "new").order_by(col(StoredMessage.id)).limit(limit))
    return [(int(i), int(n or 0)) for i, n in rows]


def oldest_pending_size(session: Session) -> int:
    """The size in bytes of the oldest unprocessed message (0 when there is none)."""
    size = session.execute(sa.select(col(StoredMessage.size)).where(col(StoredMessage.status) == "new")
                           .order_by(col(StoredMessage.id)).limit(1)).scalar()
    return int(size or 0)


def sealed_raw(session: Session, message_id: int) -> bytes:
    """The sealed raw bytes of one stored message, read without keeping them on the row object."""
    return bytes(session.execute(sa.select(col(StoredMessage.raw_sealed))
                                 .where(col(StoredMessage.id) == message_id)).scalar_one())


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
    """Incoming messages attached to a case (their sealed bytes are read only when used)."""
    return session.exec(select(StoredMessage).options(defer(StoredMessage.raw_sealed))  # type: ignore[arg-type]
                        .where(StoredMessage.case_id == case_id).order_by(col(StoredMessage.id))).all()
