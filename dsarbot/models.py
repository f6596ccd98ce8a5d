"""Database tables (SQLModel). Queries live in `dsarbot.store`; this module only describes rows.

Times are stored as UTC and always come back timezone-aware. Personal data that a dump must not
reveal (raw mail, the text read from its attachments, outgoing mail, identity codes) is stored sealed
(see `dsarbot.secrets`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Column, Field, SQLModel


def utcnow() -> datetime:
    """Now, timezone-aware UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A DateTime that is stored as UTC and read back timezone-aware on SQLite and PostgreSQL."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)



class StoredMessage(SQLModel, table=True):
    """A raw message exactly as it arrived, committed before anything else happens to it."""

    __tablename__ = "messages"
    # Message-IDs are not unique in the wild (broken clients, forged or mutated mail): only a copy with
    # the same Message-ID *and* the same content digest is the same message (see store.save_incoming).
    __table_args__ = (sa.UniqueConstraint("message_id", "content_digest", name="uq_messages_message_id_digest"),)

    id: int | None = Field(default=None, primary_key=True)
    controller_id: str | None = Field(default=None, index=True)
    source: str  # imap | smtp | cli
    mailbox: str | None = None
    uidvalidity: int | None = Field(default=None, sa_type=sa.BigInteger)
    uid: int | None = Field(default=None, sa_type=sa.BigInteger)
    message_id: str | None = Field(default=None, sa_column=Column(sa.String(998), nullable=True, index=True))
    fingerprint: str = Field(sa_column=Column(sa.String(64), unique=True, nullable=False))
    """Digest of the exact bytes."""
    content_digest: str | None = Field(default=None, sa_column=Column(sa.String(64), nullable=True))
    """Digest of what the sender wrote (body and authored headers, not the Received trail); NULL on rows
    stored before it existed."""
    raw_sealed: bytes = Field(sa_column=Column(sa.LargeBinary(), nullable=False))
    attachment_text_sealed: bytes | None = Field(default=None, sa_column=Column(sa.LargeBinary(), nullable=True))
    """What processing read from the attachments (OCR included), sealed; see `dsarbot.analysis`."""
    size: int
    envelope_from: str | None = None
    envelope_to: list[str] = Field(default_factory=list, sa_column=Column(sa.JSON(), nullable=False))
    received_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    stored_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    status: str = Field(default="new", index=True)  # new | processed | failed
    error: str | None = None
    category: str | None = None
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    processed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class Case(SQLModel, table=True):
    """One data-subject request and its state; its history is in CaseEvent."""

    __tablename__ = "cases"

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(sa_column=Column(sa.String(32), unique=True, nullable=False))
    controller_id: str = Field(index=True)
    state: str = Field(index=True)
    kinds: list[str] = Field(default_factory=list, sa_column=Column(sa.JSON(), nullable=False))
    language: str = "fi"
    subject: str = ""
    requester_email: str | None = Field(default=None, index=True)
    requester_name: str | None = None
    requester_phone: str | None = None
    hetu_sealed: bytes | None = Field(default=None, sa_column=Column(sa.LargeBinary(), nullable=True))
    hetu_masked: str | None = None
    hetu_hash: str | None = Field(default=None, index=True)
    business_id: str | None = None
    postal_address: str | None = None
    request_message_id: str | None = None
    received_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    """Indexed: reports select a period's cases by arrival."""
    due_date: date
    extended: bool = False
    extension_reason: str | None = None
    paused_since: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    paused_days: int = 0
    verified: bool = False
    verification_note: str | None = None
    assignee: str | None = None
    confidence: float = 1.0
    reasons: list[str] = Field(default_factory=list, sa_column=Column(sa.JSON(), nullable=False))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(sa.JSON(), nullable=False))
    """Working data of later stages (found data summary, erasure plan, proposed corrections)."""
    slack_channel: str | None = None
    slack_ts: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    closed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True, index=True))
    """Indexed: the digest looks at the cases answered in the last 30 days."""
    anonymised_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))


class CaseEvent(SQLModel, table=True):
    """An append-only record of something that happened to a case: who, when, what, why."""

    __tablename__ = "case_events"
    # One index serves the timeline (by case) and the reports, which read a few event types of many
    # cases: with the type in the index they skip the other events without reading their rows.
    __table_args__ = (sa.Index("ix_case_events_case_id_type", "case_id", "type"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id")
    at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    actor: str
    type: str
    from_state: str | None = None
    to_state: str | None = None
    reason: str | None = None
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(sa.JSON(), nullable=False))


class OutboxMessage(SQLModel, table=True):
    """An outgoing mail: written here first, sent by the worker at most once."""

    __tablename__ = "outbox"
    # The sender's claim: due rows by state and time, without scanning the mail already sent.
    __table_args__ = (sa.Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    purpose: str
    message_id: str = Field(sa_column=Column(sa.String(255), unique=True, nullable=False))
    from_addr: str
    to_addr: str
    raw_sealed: bytes = Field(sa_column=Column(sa.LargeBinary(), nullable=False))
    # queued | sending (claimed, lease in next_attempt_at) | handing (DATA under way: outcome unknown
    # after a crash) | sent | failed
    state: str = Field(default="queued", index=True)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    sent_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    last_error: str | None = None


class Job(SQLModel, table=True):
    """Work for the worker (fulfil a case, post a Slack card...), claimed with SKIP LOCKED on PostgreSQL."""

    __tablename__ = "jobs"
    # The worker's claim: due jobs by state and time, without scanning the thousands already done.
    __table_args__ = (sa.Index("ix_jobs_state_run_after", "state", "run_after"),)

    id: int | None = Field(default=None, primary_key=True)
    type: str = Field(index=True)
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(sa.JSON(), nullable=False))
    dedupe_key: str | None = Field(default=None, sa_column=Column(sa.String(200), unique=True, nullable=True))
    state: str = Field(default="pending", index=True)  # pending | running | done | failed
    attempts: int = 0
    run_after: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False,
                                                                          index=True))
    locked_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
    finished_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    last_error: str | None = None


class MailboxState(SQLModel, table=True):
    """Where the IMAP watcher stopped in one mailbox."""

    __tablename__ = "mailbox_state"

    key: str = Field(primary_key=True)
    uidvalidity: int | None = Field(default=None, sa_type=sa.BigInteger)
    last_uid: int = Field(default=0, sa_type=sa.BigInteger)
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class MailboxHealth(SQLModel, table=True):
    """Whether a watched mailbox (or the relay) could be used lately: what staff and /healthz are shown."""

    __tablename__ = "mailbox_health"

    key: str = Field(primary_key=True)
    """`imap:<mailbox key>` or `relay:<user@host:port>` (never a password)."""
    kind: str  # imap | relay
    failing_since: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    last_ok_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    last_error: str | None = None
    """The reason in plain words (what to fix), as logged."""
    alerted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime(), nullable=True))
    """When staff were told about the failure (cleared once they are told it works again)."""
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class StaffLanguage(SQLModel, table=True):
    """The language a staff member chose for what dsarbot tells them personally (`/dsar language sv`)."""

    __tablename__ = "staff_language"

    person: str = Field(primary_key=True)
    """`slack:U123` (an actor id as decisions record it)."""
    language: str  # fi | sv | en
    updated_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))


class ReferenceCounter(SQLModel, table=True):
    """The last case number used in a year (references are DSAR-YYYY-NNNN, unique in a deployment)."""

    __tablename__ = "reference_counters"

    year: int = Field(primary_key=True)
    last: int = 0


class LabelledExample(SQLModel, table=True):
    """A staff decision on what a mail was, kept with the mail (sealed) to measure the classifier on.

    Triage decisions ("not a request", "a request of these kinds") and corrections of a request's rights
    are the truth about mail the classifier met in real use; `bench/replay_examples.py` replays them
    through the current classifier. Kept as long as its case (anonymising the case deletes it).
    """

    __tablename__ = "labelled_examples"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    message_id: int | None = Field(default=None, index=True)
    decision: str  # not_a_request | confirmed_request | kinds_changed
    category: str  # request | other: what staff decided the mail is
    kinds: list[str] = Field(default_factory=list, sa_column=Column(sa.JSON(), nullable=False))
    classifier_category: str | None = None
    classifier_kinds: list[str] = Field(default_factory=list, sa_column=Column(sa.JSON(), nullable=False))
    language: str | None = None
    actor: str = ""
    raw_sealed: bytes = Field(sa_column=Column(sa.LargeBinary(), nullable=False))
    attachment_text_sealed: bytes | None = Field(default=None, sa_column=Column(sa.LargeBinary(), nullable=True))
    """The mail's attachment readings as processing stored them (a scan's OCR text): replayed without OCR."""
    created_at: datetime = Field(default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False))
