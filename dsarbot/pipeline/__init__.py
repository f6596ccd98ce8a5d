"""The pure mail pipeline: raw bytes -> parse -> attachments -> own group -> screen -> classify -> identity.

No database, no network, no logging: the caller decides what to store. Nothing here raises on bad
mail; problems are listed in ``Analysis.parsed.defects`` (and unreadable attachments in
``Analysis.parsed.unreadable``). Two inputs come from the caller because the pipeline cannot know them:
an OCR engine (slow: the worker and ``dsarbot classify`` pass one, intake never runs the pipeline) and
the company's own mailboxes (with a config they are exact; without, the common shapes are recognised).

>>> a = analyse(b"From: a@example.fi\\r\\nSubject: x\\r\\n\\r\\nPoistakaa tietoni.")
>>> a.classification.category, a.classification.kinds
('request', ('erasure',))
"""

from __future__ import annotations

from collections.abc import Sequence

from dsarbot.pipeline.attachments import LIMITS, Limits, OcrEngine, needs_ocr, read_attachments
from dsarbot.pipeline.attachments.notes import note_attachments
from dsarbot.pipeline.attachments.stored import StoredReading, with_readings
from dsarbot.pipeline.classify import classify
from dsarbot.pipeline.groups import OwnMailboxes, through_own_group
from dsarbot.pipeline.identity import extract_identity
from dsarbot.pipeline.parse import parse
from dsarbot.pipeline.screen import screen
from dsarbot.pipeline.types import (
    KINDS,
    Analysis,
    Classification,
    Identity,
    ParsedMessage,
    Screening,
)

__all__ = [
    "KINDS",
    "Analysis",
    "Classification",
    "Identity",
    "Limits",
    "OcrEngine",
    "OwnMailboxes",
    "ParsedMessage",
    "Screening",
    "StoredReading",
    "analyse",
    "classify",
    "extract_identity",
    "parse",
    "screen",
    "to_label_json",
]


def analyse(
    raw: bytes, *, ocr: OcrEngine | None = None, own: OwnMailboxes | None = None, limits: Limits = LIMITS,
    readings: Sequence[StoredReading] = (),
) -> Analysis:
    """Run the whole pipeline on one raw RFC 5322 message. Never raises on malformed mail.

    Attachments are read (PDF text layers, Word/OpenDocument, plain text; scans and photos only with an
    *ocr* engine) within *limits*. *own* names the company's mailboxes and groups (None: recognise the
    usual info@ group shapes), so that mail passed on by the company's own group is judged as the person's.
    *readings* are what an earlier analysis of this mail read from its attachments (OCR included): they are
    used as they are, and only attachments without one are read.
    """
    mail = with_readings(through_own_group(parse(raw), own), readings)
    parsed = read_attachments(mail, limits=limits)  # text layers, Word, plain text: milliseconds
    screening = screen(parsed)  # judges headers and the body, not attachments: the same with or without OCR
    if ocr is not None and not screening.automated and needs_ocr(parsed):
        parsed = read_attachments(mail, ocr=ocr, limits=limits)  # a newsletter's pictures are never OCR'd
    classification = note_attachments(parsed, screening, classify(parsed, screening))
    identity = extract_identity(parsed, classification)
    return Analysis(parsed=parsed, screening=screening, classification=classification, identity=identity)


def to_label_json(analysis: Analysis, file: str) -> dict[str, object]:
    """The corpus-label view of *analysis* (keys in label order) plus confidence, uncertain, reasons."""
    c, i = analysis.classification, analysis.identity
    return {
        "file": file,
        "category": c.category,
        "kinds": [k for k in KINDS if k in c.kinds],
        "language": c.language,
        "requester_email": i.email,
        "requester_name": i.name,
        "phone": i.phone,
        "hetu": i.hetu,
        "business_id": i.business_id,
        "confidence": c.confidence,
        "uncertain": c.uncertain,
        "reasons": list(c.reasons),
    }
