"""The pure mail pipeline: raw bytes -> parse -> screen -> classify -> identity -> :class:`Analysis`.

No database, no network, no logging: the caller decides what to store. Nothing here raises on bad
mail; problems are listed in ``Analysis.parsed.defects``.

>>> a = analyse(b"From: a@example.fi\\r\\nSubject: x\\r\\n\\r\\nPoistakaa tietoni.")
>>> a.classification.category, a.classification.kinds
('request', ('erasure',))
"""

from __future__ import annotations

from dsarbot.pipeline.classify import classify
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
    "ParsedMessage",
    "Screening",
    "analyse",
    "classify",
    "extract_identity",
    "parse",
    "screen",
    "to_label_json",
]


def analyse(raw: bytes) -> Analysis:
    """Run the whole pipeline on one raw RFC 5322 message. Never raises on malformed mail."""
    parsed = parse(raw)
    screening = screen(parsed)
    classification = classify(parsed, screening)
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
