"""Queries on mailbox health: whether each watched mailbox and the relay could be used lately."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from dsarbot.models import MailboxHealth, utcnow


def _row(session: Session, key: str, kind: str) -> MailboxHealth:
    row = session.get(MailboxHealth, key)
    if row is None:
        row = MailboxHealth(key=key, kind=kind)
    return row


def health_ok(session: Session, key: str, kind: str, now: datetime | None = None) -> MailboxHealth:
    """Record that *key* was just used successfully (a failure period, if any, ends)."""
    now = now or utcnow()
    row = _row(session, key, kind)
    row.failing_since, row.last_error, row.last_ok_at, row.updated_at = None, None, now, now
    session.add(row)
    return row


def health_failed(session: Session, key: str, kind: str, reason: str,
                  now: datetime | None = None) -> MailboxHealth:
    """Record that using *key* failed for *reason* (the failure period starts now unless it already runs)."""
    now = now or utcnow()
    row = _row(session, key, kind)
    row.failing_since = row.failing_since or now
    row.last_error, row.updated_at = reason[:1000], now
    session.add(row)
    return row


def health_rows(session: Session) -> Sequence[MailboxHealth]:
    """Every mailbox and relay seen so far, by key."""
    return session.exec(select(MailboxHealth).order_by(col(MailboxHealth.key))).all()


def failing_since_before(session: Session, moment: datetime) -> Sequence[MailboxHealth]:
    """Mailboxes and relays that have been failing since *moment* or longer."""
    return session.exec(select(MailboxHealth).where(col(MailboxHealth.failing_since).is_not(None),
                                                    col(MailboxHealth.failing_since) <= moment)
                        .order_by(col(MailboxHealth.key))).all()
