"""The pipeline's view of a stored message: read once with OCR in the worker, the same ever after.

The worker analyses a new message with everything (:func:`first_analysis`: attachments read, scans and
photos OCR'd, seconds a page). What it read from the attachments is sealed like the raw mail and kept on
the message (`messages.attachment_text_sealed`), written in the same transaction as the case it opened
and deleted with the message (retention, anonymisation). Every later reader — the Slack card, the
dashboard, `dsarbot cases show`, fulfilment — calls :func:`stored_analysis` (or :func:`request_analysis`
for a case), which runs the pipeline again on the raw mail with those readings put back instead of
reading: milliseconds, no Tesseract, and the letter the classifier judged. Mail processed before the
readings were kept is read again without OCR, as it was then.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import lru_cache

from sqlmodel import Session

from dsarbot import store
from dsarbot.config import Settings
from dsarbot.models import Case, StoredMessage
from dsarbot.pipeline import OcrEngine, OwnMailboxes, analyse
from dsarbot.pipeline.attachments import LIMITS, Limits, load_ocr
from dsarbot.pipeline.attachments.stored import StoredReading, dumps, loads, readings_of
from dsarbot.pipeline.types import Analysis
from dsarbot.runtime import Runtime
from dsarbot.secrets import Sealer

log = logging.getLogger(__name__)


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


def reading_limits(settings: Settings) -> Limits:
    """The configured bounds on reading one mail's attachments."""
    conf = settings.attachments
    return replace(LIMITS, ocr_pages=conf.ocr_pages, seconds_per_mail=conf.seconds_per_mail)


def first_analysis(settings: Settings, raw: bytes) -> Analysis:
    """The worker's verdict on a new mail, attachments read (with OCR when configured and installed)."""
    conf = settings.attachments
    return analyse(raw, ocr=ocr_engine(conf.ocr, conf.ocr_languages), own=own_mailboxes(settings),
                   limits=reading_limits(settings))


def seal_readings(sealer: Sealer, analysis: Analysis) -> bytes | None:
    """What *analysis* read from the attachments, sealed for `attachment_text_sealed` (None: no attachments)."""
    readings = readings_of(analysis.parsed.attachments)
    return sealer.seal(dumps(readings)) if readings else None


def stored_readings(sealer: Sealer, stored: StoredMessage) -> tuple[StoredReading, ...]:
    """The attachment readings kept with *stored* (none for mail processed before they were kept)."""
    if not stored.attachment_text_sealed:
        return ()
    return loads(sealer.open(stored.attachment_text_sealed))


def stored_analysis(settings: Settings, sealer: Sealer, stored: StoredMessage) -> Analysis:
    """The pipeline's view of a processed message, with the attachment text processing read (never OCR)."""
    return analyse(sealer.open(stored.raw_sealed), own=own_mailboxes(settings), limits=reading_limits(settings),
                   readings=stored_readings(sealer, stored))


def request_message(session: Session, case: Case) -> StoredMessage | None:
    """The mail that opened *case* (its first message when the Message-ID does not say), or None when gone."""
    assert case.id is not None
    messages = store.messages_of_case(session, case.id)
    if not messages:
        return None
    return next((m for m in messages if case.request_message_id and m.message_id == case.request_message_id),
                messages[0])


def request_analysis(rt: Runtime, session: Session, case: Case) -> Analysis | None:
    """:func:`stored_analysis` of the mail that opened *case*; None when it is gone (purged) or unreadable."""
    stored = request_message(session, case)
    if stored is None:
        return None
    try:
        return stored_analysis(rt.settings, rt.sealer, stored)
    except Exception as exc:  # the callers carry on without the request's words
        # Only the type: an error message may quote the mail.
        log.warning("case %s: the request mail could not be read again (%s)", case.reference, type(exc).__name__)
        return None
