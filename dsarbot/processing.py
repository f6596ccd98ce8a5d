"""From a stored raw message to its effect: a new case, a follow-up on a case, or nothing.

Each message is processed atomically (case, events, queued work and the message's status
commit together), so a crash means the message is simply processed again. A message that cannot be
processed is marked `failed` with the reason and stays stored; it never stops the queue.

This is where attachments are read, OCR included (intake only stores). A message is analysed before
anything of it is written, so the database is never locked while a scan is read; a batch stops taking
messages once BATCH_SECONDS have passed, so one mailful of scans does not hold up the rest of the work.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import Session, col

from dsarbot import cases, decisions, failed_mail, malloc, store
from dsarbot.analysis import first_analysis, seal_readings
from dsarbot.config import Settings
from dsarbot.messages import Said, lazy
from dsarbot.models import Case, StoredMessage, utcnow
from dsarbot.pipeline.types import Analysis
from dsarbot.runtime import LARGE_MAIL, Runtime
from dsarbot.secrets import Sealer

log = logging.getLogger(__name__)

# Our own Message-IDs look like <dsar.TOKEN@domain>; a bounce quotes them in its returned headers.
OWN_ID_RE = re.compile(rb"<(dsar\.[A-Za-z0-9._-]+@[A-Za-z0-9.-]+)>")


@dataclass(frozen=True)
class Result:
    """What processing one message did (for logs, the CLI and tests)."""

    message_id: int
    action: str  # opened | triage | follow_up | bounce | automated | other | kept | failed
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


def process_message(session: Session, settings: Settings, sealer: Sealer, stored: StoredMessage,
                    analysis: Analysis | None = None) -> Result:
    """Apply the effect of one stored message, analysed beforehand (*analysis*: attachments and OCR read
    outside the write transaction, see `process_pending`) or here.

    The attachment text read for mail that belongs to a case is kept with it, sealed (`dsarbot.analysis`),
    so that nothing shown or done later reads it again. The caller commits."""
    assert stored.id is not None
    message_id = stored.id
    # The row is claimed without its bytes: they are opened at most once, and only when needed (a 25 MB
    # mail takes 50 MB to open, and the read-ahead analysis usually made it unnecessary).
    raw = functools.cache(lambda: sealer.open(store.sealed_raw(session, message_id)))
    if analysis is None:
        analysis = first_analysis(settings, raw())
    result = _apply(session, settings, sealer, stored, raw, analysis)
    # Only mail of a case is ever read again; the text of anything else is not kept beside its raw bytes.
    stored.attachment_text_sealed = seal_readings(sealer, analysis) if stored.case_id is not None else None
    return result


def _apply(session: Session, settings: Settings, sealer: Sealer, stored: StoredMessage,
           raw: Callable[[], bytes], analysis: Analysis) -> Result:
    """The effect of one analysed message: a new case, a follow-up, a bounce, or nothing."""
    assert stored.id is not None
    earlier = store.case_by_id(session, stored.case_id) if stored.case_id else None
    placeholder = earlier if earlier is not None and failed_mail.is_placeholder(earlier) \
        and earlier.state == "triage" else None
    stored.category = analysis.classification.category
    stored.status = "processed"
    stored.processed_at = utcnow()
    session.add(stored)
    if earlier is not None and placeholder is None:
        # processed again after staff already decided on the case it opened: nothing more to do
        return Result(stored.id, "kept", earlier.reference, "its case was already handled")
    if analysis.screening.automated:
        if placeholder is not None:
            failed_mail.close_unneeded(session, placeholder, stored, "it is automated mail, never answered")
        return _automated(session, stored, raw, analysis)
    thread_ids = [i for i in (analysis.parsed.in_reply_to, *analysis.parsed.references) if i]
    case = store.case_for_thread(session, thread_ids, analysis.parsed.subject)
    if case is not None and case is not placeholder and case.request_message_id != analysis.parsed.message_id:
        if placeholder is not None:
            failed_mail.close_unneeded(session, placeholder, stored, f"it is a reply on {case.reference}")
        result = _follow_up(session, stored, analysis, case, thread_ids)
        _queue_imap_mark(session, settings, stored)
        return result
    cls = analysis.classification
    if cls.category != "request" and not cls.uncertain:
        if placeholder is not None:
            failed_mail.close_unneeded(session, placeholder, stored, f"it is not a request ({cls.category})")
        return Result(stored.id, "other", detail=cls.category)
    controller_id = controller_for(settings, stored, analysis)
    triage = cls.uncertain or cls.category != "request" or not cls.kinds
    if placeholder is not None:
        case = failed_mail.adopt(session, sealer, placeholder, stored, analysis, triage)
    else:
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


def _automated(session: Session, stored: StoredMessage, raw: Callable[[], bytes], analysis: Analysis) -> Result:
    """Automated mail is never answered; a bounce of our own mail is recorded on its case."""
    assert stored.id is not None
    for own_id in dict.fromkeys(m.decode("ascii", "replace") for m in OWN_ID_RE.findall(raw())):
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


BATCH_SECONDS = 30.0
"""A batch stops taking messages after this long (OCR is slow); the rest are processed in the next round."""


def _process_isolated(session: Session, rt: Runtime, stored: StoredMessage,
                      analysis: Analysis | None = None) -> Result:
    """Process one message inside a savepoint; a failure marks only this message `failed`.

    A failure is never only a log line: the message opens a triage case "a mail could not be
    processed" (`dsarbot.failed_mail`), so staff see it in Slack and on the dashboard.
    """
    message_id = stored.id
    assert message_id is not None
    try:
        # Autoflush off: the case and message rows are written once when the savepoint ends, instead
        # of an UPDATE before every event and job insert (which made opening a case 2x slower).
        with session.begin_nested(), session.no_autoflush:
            return process_message(session, rt.settings, rt.sealer, stored, analysis)
    except Exception as exc:  # a bad message must never stop the queue
        # The type and where it happened, not the exception's message: that may quote the mail.
        error = f"{type(exc).__name__} at {_where(exc)}"
        log.error("message %s could not be processed (%s); kept as failed, staff get a triage case",
                  message_id, error)
        session.execute(sa.update(StoredMessage).where(col(StoredMessage.id) == message_id)
                        .values(status="failed", error=error[:1000]))
        reference = _tell_staff(session, rt, stored, type(exc).__name__)
        return Result(message_id, "failed", reference, detail=error)


def _where(exc: BaseException) -> str:
    """`module.py:123 (function)` of the innermost frame of *exc*'s traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno} ({last.name})"


def _tell_staff(session: Session, rt: Runtime, stored: StoredMessage, error: str) -> str | None:
    """Open the 'could not be processed' case of a failed message; its reference (None if that failed too)."""
    try:
        with session.begin_nested():
            controller_id = stored.controller_id or rt.settings.default_controller.id
            return failed_mail.open_item(session, rt.sealer, stored, controller_id, error).reference
    except Exception:  # e.g. the database itself is failing: the message stays `failed` for reprocess
        log.exception("message %s: could not open the 'could not be processed' case either", stored.id)
        return None


@contextlib.contextmanager
def _batch_turn(rt: Runtime) -> Iterator[int | None]:
    """The largest message size the next batch may take, holding `rt.large_mail` when it is unbounded.

    A large mail is opened and analysed only while this worker holds the lock (taken *before* the batch's
    database transaction, so it never waits for the lock while holding a database lock); without the lock
    the batch takes small mail only, and a large one waits for the next batch.
    """
    with rt.session() as session:
        large = store.oldest_pending_size(session) > LARGE_MAIL
    if not large:
        yield LARGE_MAIL
        return
    try:
        with rt.large_mail:
            yield None
    finally:
        malloc.release()


def read_ahead(rt: Runtime, size: int, max_size: int | None = None) -> dict[int, Analysis]:
    """Analyse the next new messages (attachments, OCR) before any write: on SQLite the processing
    transaction holds the database's one write lock, and intake must not wait while a scan is read.

    Stops after BATCH_SECONDS (at least one message is read); with *max_size*, larger mail is left for a batch that
    holds the large-mail turn (`_batch_turn`). A message whose analysis fails is left out:
    processing analyses it again inside its transaction, where the failure is recorded and shown to staff.
    """
    with rt.session() as session:
        pending = store.pending_sizes(session, size)
    started = time.monotonic()
    ready: dict[int, Analysis] = {}
    for message_id, message_size in pending:
        if max_size is not None and message_size > max_size:
            continue  # a large mail is read only in a batch that holds the large-mail turn
        if ready and time.monotonic() - started > BATCH_SECONDS:
            break
        try:
            with rt.session() as session:
                sealed = store.sealed_raw(session, message_id)
            ready[message_id] = first_analysis(rt.settings, rt.sealer.open(sealed))
        except Exception:
            continue
    return ready


def process_pending(rt: Runtime, limit: int | None = None) -> list[Result]:
    """Process stored messages until none is left (or *limit*).

    Each round reads ahead (`read_ahead`: the slow part, no lock held), then up to BATCH messages share a
    transaction, each in its own savepoint: a crash rolls the batch back and it is processed again; a
    message that fails is marked `failed` without its neighbours.
    """
    results: list[Result] = []
    while limit is None or len(results) < limit:
        size = BATCH if limit is None else min(BATCH, limit - len(results))
        with _batch_turn(rt) as max_size:
            take = size if max_size is not None else 1  # a large mail's analysis is held alone, one at a time
            ready = read_ahead(rt, take, max_size)
            with rt.session() as session:
                batch = store.claim_new_messages(session, take, max_size=max_size)
                done: list[Result] = []
                for stored in batch:
                    if done and stored.id not in ready:  # not read ahead (time ran out, or it arrived since)
                        store.release_messages(session, [m.id for m in batch[len(done):] if m.id is not None])
                        break  # the rest are `new` again and read in the next round
                    done.append(_process_isolated(session, rt, stored, ready.get(stored.id or 0)))
        if not batch:
            break
        for result in done:
            log.info("message %s: %s %s", result.message_id, result.action, result.case_reference or "")
        results.extend(done)
    if results:
        rt.notify_work()
    return results
