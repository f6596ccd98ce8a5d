"""From a stored raw message to its effect: a new case, a follow-up on a case, or nothing.

Each message is processed atomically (case, events, queued work and the message's status
commit together), so a crash means the message is simply processed again. A message that cannot be
processed is marked `failed` with the reason and stays stored; it never stops the queue.

This is where attachments are read, OCR included (intake only stores). A message is analysed before
anything of it is written, so the database is never locked while a scan is read; a batch stops taking
messages once BATCH_SECONDS have passed, so one mailful of scans does not hold up the rest of the work.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import lru_cache

import sqlalchemy as sa
from sqlmodel import Session, col, select

from dsarbot import cases, decisions, store
from dsarbot.config import Settings
from dsarbot.messages import Said, lazy
from dsarbot.models import Case, StoredMessage, utcnow
from dsarbot.pipeline import OcrEngine, OwnMailboxes, analyse
from dsarbot.pipeline.attachments import LIMITS, load_ocr
from dsarbot.pipeline.types import Analysis
from dsarbot.runtime import Runtime
from dsarbot.secrets import Sealer

log = logging.getLogger(__name__)

# Our own Message-IDs look like <dsar.TOKEN@domain>; a bounce quotes them in its returned headers.
OWN_ID_RE = re.compile(rb"<(dsar\.[A-Za-z0-9._-]+@[A-Za-z0-9.-]+)>")


@dataclass(frozen=True)
class Result:
    """What processing one message did (for logs, the CLI and tests)."""

    message_id: int
    action: str  # opened | triage | follow_up | bounce | automated | other | failed
    case_reference: str | None = None
    detail: str = ""


def controller_for(settings: Settings, stored: StoredMessage, analysis: Analysis) -> str:
    """The controller a message was sent to: the intake's recipient, else its To/Cc/Delivered-To."""
    if stored.controller_id:
        return stored.controller_id
    parsed = analysis.parsed
    candidates = list(stored.envelope_to) + list(parsed.to_addrs)
    for name in ("cc", "delivered-to", "x-original-to"):
        for value in parsed.headers.get(name, ()):
            candidates += re.findall(r"[\w.+-]+@[\w.-]+", value)
    for address in candidates:
        ctrl = settings.controller_for_address(address)
        if ctrl is not None:
            return ctrl.id
    return settings.default_controller.id


@lru_cache(maxsize=4)
def ocr_engine(enabled: bool, languages: str) -> OcrEngine | None:
    """The process's OCR engine (loaded once), or None when OCR is off or not installed (said once in the log)."""
    if not enabled:
        return None
    engine, missing = load_ocr(languages)
    if engine is None:
        log.warning("attachments: OCR is off because %s; scans and photos are listed as unreadable on their "
                    "cases until then (or set [attachments] ocr = false to silence this)", missing)
    return engine


def own_mailboxes(settings: Settings) -> OwnMailboxes:
    """The controllers' addresses and their configured groups/aliases: what counts as the company's own."""
    return OwnMailboxes.of([a for c in settings.controllers for a in c.addresses],
                           [g for c in settings.controllers for g in c.groups])


def analyse_stored(settings: Settings, raw: bytes) -> Analysis:
    """The pipeline's verdict on a stored mail, attachments read (with OCR when configured and installed)."""
    conf = settings.attachments
    limits = replace(LIMITS, ocr_pages=conf.ocr_pages, seconds_per_mail=conf.seconds_per_mail)
    return analyse(raw, ocr=ocr_engine(conf.ocr, conf.ocr_languages), own=own_mailboxes(settings), limits=limits)


def process_message(session: Session, settings: Settings, sealer: Sealer, stored: StoredMessage) -> Result:
    """Analyse one stored message (attachments and OCR first, before any write) and apply its effect.

    The caller commits."""
    raw = sealer.open(stored.raw_sealed)
    analysis = analyse_stored(settings, raw)
    assert stored.id is not None
    stored.category = analysis.classification.category
    stored.status = "processed"
    stored.processed_at = utcnow()
    session.add(stored)
    if analysis.screening.automated:
        return _automated(session, stored, raw, analysis)
    thread_ids = [i for i in (analysis.parsed.in_reply_to, *analysis.parsed.references) if i]
    case = store.case_for_thread(session, thread_ids, analysis.parsed.subject)
    if case is not None and case.request_message_id != analysis.parsed.message_id:
        result = _follow_up(session, stored, analysis, case, thread_ids)
        _queue_imap_mark(session, settings, stored)
        return result
    cls = analysis.classification
    if cls.category != "request" and not cls.uncertain:
        return Result(stored.id, "other", detail=cls.category)
    controller_id = controller_for(settings, stored, analysis)
    triage = cls.uncertain or cls.category != "request" or not cls.kinds
    case = cases.open_case(session, sealer, cases.Opening(controller_id, stored, analysis, triage))
    assert case.id is not None
    if not triage:
        _queue_imap_mark(session, settings, stored)
        decisions.start_request(session, case, "system")
    decisions.queue_card_update(session, case, cases.late_note(case))
    return Result(stored.id, "triage" if triage else "opened", case.reference)


def _queue_imap_mark(session: Session, settings: Settings, stored: StoredMessage) -> None:
    """Request mail from IMAP gets `imap.on_request` applied on the server (dsarbot.imap_mark)."""
    if stored.source == "imap" and settings.imap.on_request != "none":
        # a little later: the acknowledgement goes first, the IMAP login is not on its path
        store.enqueue_job(session, "imap_mark", case_id=stored.case_id, payload={"message": stored.id},
                          dedupe_key=f"imap_mark:{stored.id}", run_after=utcnow() + timedelta(seconds=1))


def _automated(session: Session, stored: StoredMessage, raw: bytes, analysis: Analysis) -> Result:
    """Automated mail is never answered; a bounce of our own mail is recorded on its case."""
    assert stored.id is not None
    for own_id in dict.fromkeys(m.decode("ascii", "replace") for m in OWN_ID_RE.findall(raw)):
        sent = store.outbox_by_message_id(session, f"<{own_id}>")  # stored with its brackets
        if sent is not None and sent.case_id is not None:
            case = store.case_by_id(session, sent.case_id)
            assert case is not None
            stored.case_id = case.id
            store.add_event(session, case, actor="system", type="bounce",
                            reason="our mail could not be delivered",
                            data={"outbox": sent.id, "purpose": sent.purpose, "message": stored.id})
            purpose = cases.purpose_msg(sent.purpose)
            decisions.queue_card_update(
                session, case,
                lazy("Our %(purpose)s mail bounced: it did not reach the requester. Check the address or contact them "
                     "another way.", purpose=purpose) if sent.to_addr == case.requester_email else
                lazy("Our %(purpose)s mail bounced: it did not reach %(whom)s. Check the address or contact them "
                     "another way.", purpose=purpose, whom=sent.to_addr or ""))
            return Result(stored.id, "bounce", case.reference)
    return Result(stored.id, "automated", detail="; ".join(analysis.screening.reasons))


def _follow_up(session: Session, stored: StoredMessage, analysis: Analysis, case: Case,
               thread_ids: list[str]) -> Result:
    """A requester's reply: attach it, verify by same-address reply to our mail, resume a pause."""
    assert stored.id is not None and case.id is not None
    stored.case_id = case.id
    sender = (analysis.identity.email or analysis.parsed.from_addr or "").lower()
    same = bool(sender) and sender == (case.requester_email or "").lower()
    to_our_mail = bool(set(thread_ids) & set(store.sent_message_ids(session, case.id)))
    store.add_event(session, case, actor=f"requester <{sender}>", type="requester_replied",
                    data={"message": stored.id, "same_address": same, "to_our_mail": to_our_mail})
    if case.state in cases.CLOSED_STATES:
        decisions.queue_card_update(session, case, lazy("The requester wrote again on this closed case."))
        return Result(stored.id, "follow_up", case.reference, "closed case")
    note = [Said(lazy("The requester replied."))]
    if not same:
        note = [Said(lazy("A reply came from another address (%(sender)s); it does NOT verify the requester's "
                          "identity.", sender=sender or "?"))]
    elif not case.verified and to_our_mail and case.state != "triage":
        decisions.mark_verified(session, case, f"requester <{sender}>",
                                "replied from the same address to our acknowledgement")
        note = [Said(lazy("The requester replied from the same address: identity verified."))]
    if case.state == "awaiting_info" and same:
        target = "awaiting_approval" if case.verified else "awaiting_verification"
        cases.transition(session, case, target, actor=f"requester <{sender}>", type="info_received")
        note.append(Said(lazy("The information asked for has arrived; the deadline clock runs again.")))
    decisions.queue_card_update(session, case, note)
    return Result(stored.id, "follow_up", case.reference, " ".join(note))


BATCH = 25
"""Messages processed per transaction: one commit for a burst instead of one per message."""


def claim_batch(session: Session, size: int) -> list[StoredMessage]:
    """The oldest unprocessed messages, locked so that parallel workers skip them (PostgreSQL)."""
    stmt = (select(StoredMessage).where(StoredMessage.status == "new")
            .order_by(col(StoredMessage.id)).limit(size))
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    return list(session.exec(stmt).all())


BATCH_SECONDS = 30.0
"""A batch stops taking messages after this long (OCR is slow); the rest are processed in the next round."""


def _process_isolated(session: Session, rt: Runtime, stored: StoredMessage) -> Result:
    """Process one message inside a savepoint; a failure marks only this message `failed`."""
    message_id = stored.id
    assert message_id is not None
    try:
        # Autoflush off: the case and message rows are written once when the savepoint ends, instead
        # of an UPDATE before every event and job insert (which made opening a case 2x slower).
        with session.begin_nested(), session.no_autoflush:
            return process_message(session, rt.settings, rt.sealer, stored)
    except Exception as exc:  # a bad message must never stop the queue
        log.exception("message %s could not be processed; kept as failed", message_id)
        session.execute(sa.update(StoredMessage).where(col(StoredMessage.id) == message_id)
                        .values(status="failed", error=f"{type(exc).__name__}: {exc}"[:1000]))
        return Result(message_id, "failed", detail=f"{type(exc).__name__}: {exc}")


def process_pending(rt: Runtime, limit: int | None = None) -> list[Result]:
    """Process stored messages until none is left (or *limit*).

    Up to BATCH messages share a transaction, each in its own savepoint: a crash rolls the batch
    back and it is processed again; a message that fails is marked `failed` without its neighbours.
    """
    results: list[Result] = []
    while limit is None or len(results) < limit:
        size = BATCH if limit is None else min(BATCH, limit - len(results))
        with rt.session() as session:
            batch = claim_batch(session, size)
            started = time.monotonic()
            done: list[Result] = []
            for stored in batch:
                if done and time.monotonic() - started > BATCH_SECONDS:
                    break  # the rest stay `new` and are claimed again in the next round
                done.append(_process_isolated(session, rt, stored))
        if not batch:
            break
        for result in done:
            log.info("message %s: %s %s", result.message_id, result.action, result.case_reference or "")
        results.extend(done)
    if results:
        rt.notify_work()
    return results
