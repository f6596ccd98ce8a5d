"""Retention: the bot keeps personal data only as long as it needs it (`dsarbot purge`, run daily).

Raw mail that was not a request is deleted from the bot's database after `retention.non_request_days`
(never from the mailbox), and with it the text kept from its attachments (a column of the same row).
Closed cases are anonymised `retention.closed_case_years` after closing: the requester's details, the raw
mail (with the attachment text read from it, OCR included) and the sent mail go; the reference, kinds,
dates and the sequence of decisions stay for accountability.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col

from dsarbot import store
from dsarbot.config import Settings
from dsarbot.models import CaseEvent, OutboxMessage, StoredMessage, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PurgeReport:
    """What one purge removed."""

    messages_deleted: int
    cases_anonymised: int


def purge(session: Session, settings: Settings, now: datetime | None = None) -> PurgeReport:
    """Delete stale non-request mail and anonymise old closed cases (the caller commits)."""
    now = now or utcnow()
    deleted = store.purge_non_requests(session, now - timedelta(days=settings.retention.non_request_days))
    cutoff = now - timedelta(days=365 * settings.retention.closed_case_years)
    anonymised = 0
    for case in store.closed_cases_before(session, cutoff):
        assert case.id is not None
        email = case.requester_email
        case.requester_email = case.requester_name = case.requester_phone = None
        case.hetu_sealed = case.hetu_masked = case.hetu_hash = None
        case.business_id = case.postal_address = None
        case.subject = ""
        case.data = {}
        case.anonymised_at = now
        session.add(case)
        session.execute(sa.delete(StoredMessage).where(col(StoredMessage.case_id) == case.id))
        store.delete_examples_of_case(session, case.id)
        session.execute(sa.update(OutboxMessage).where(col(OutboxMessage.case_id) == case.id)
                        .values(raw_sealed=b"", to_addr="(anonymised)"))
        if email:
            session.execute(sa.update(CaseEvent).where(col(CaseEvent.case_id) == case.id,
                                                       col(CaseEvent.actor).contains(email))
                            .values(actor="requester"))
        session.execute(sa.update(CaseEvent).where(col(CaseEvent.case_id) == case.id)
                        .values(data={}))
        store.add_event(session, case, actor="system", type="anonymised",
                        reason=f"retention period of {settings.retention.closed_case_years} years ended")
        anonymised += 1
    log.info("purge: %d non-request messages deleted, %d closed cases anonymised", deleted, anonymised)
    return PurgeReport(deleted, anonymised)
