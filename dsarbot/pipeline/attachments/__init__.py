"""Reading the requester's words in attachments: PDF text layers, Word/OpenDocument, plain text, OCR.

:func:`read_attachments` is a pure step between parse and screen: a :class:`ParsedMessage` in, the
same message out with each attachment's text, how it was read (``method``) and ``status`` filled in,
its bytes dropped, and ``unreadable`` listing in plain words what could not be read ("scan.pdf:
encrypted PDF") so that staff are asked instead of the mail being judged on its cover note alone.

OCR is slow; it runs only when the caller passes an engine (see :mod:`.ocr`). Everything is bounded
by :class:`.limits.Limits` per mail.

>>> from dsarbot.pipeline.parse import parse
>>> read_attachments(parse(b"From: a@example.fi\\r\\n\\r\\nhi")).unreadable
()
"""

from __future__ import annotations

from dataclasses import replace

from dsarbot.pipeline.attachments.limits import LIMITS, Budget, Limits
from dsarbot.pipeline.attachments.ocr import NOT_AVAILABLE, OcrEngine, load_ocr, read_image
from dsarbot.pipeline.attachments.office import read_docx, read_odt
from dsarbot.pipeline.attachments.pdf import read_pdf
from dsarbot.pipeline.attachments.reading import Reading, found, skipped, unreadable
from dsarbot.pipeline.attachments.sniff import legacy_format, shape, text_of
from dsarbot.pipeline.types import Attachment, ParsedMessage

__all__ = ["LIMITS", "Budget", "Limits", "OcrEngine", "load_ocr", "needs_ocr", "read_attachment", "read_attachments"]


def read_attachment(att: Attachment, limits: Limits, budget: Budget, ocr: OcrEngine | None) -> Reading:
    """Read one attachment's text within *limits* and what is left of the mail's *budget*."""
    if not att.data:
        return skipped()
    if len(att.data) > limits.max_bytes:
        return unreadable(f"too large to read ({len(att.data) // 2**20} MB)")
    if att.size > len(att.data) + 64 * 1024:  # only its start was kept (parse.bounded_for_parsing)
        return unreadable(f"too large to read ({max(1, att.size // 2**20)} MB)")
    kind = shape(att)
    if kind == "pdf":
        return read_pdf(att.data, limits, budget, ocr)
    if kind == "docx":
        return read_docx(att.data, limits)
    if kind == "odt":
        return read_odt(att.data, limits)
    if kind in ("text", "html"):
        return found(text_of(att.data, None, kind == "html")[: limits.max_text_chars], "text")
    if kind == "image":
        if len(att.data) < limits.min_image_bytes:
            return skipped("small image (a logo or icon)")
        return read_image(att.data, limits, budget, ocr)
    if kind == "legacy":
        return unreadable(f"{legacy_format(att)}, not read")
    return skipped()


def read_attachments(
    parsed: ParsedMessage, *, ocr: OcrEngine | None = None, limits: Limits = LIMITS
) -> ParsedMessage:
    """*parsed* with every attachment's text read (OCR only with an engine); never raises."""
    if not parsed.attachments:
        return parsed
    budget = Budget(limits)
    out: list[Attachment] = []
    documents = 0
    for att in parsed.attachments:
        if not att.data:
            out.append(att)
            continue
        if documents >= limits.max_attachments or budget.spent:
            why = "time limit" if budget.spent else f"more than {limits.max_attachments} attachments"
            reading = unreadable(f"not read ({why} for one mail)")
        else:
            documents += 1
            try:
                reading = read_attachment(att, limits, budget, ocr)
            except Exception as exc:  # a reader bug on hostile input must not lose the mail
                reading = unreadable(f"could not be read ({type(exc).__name__})")
        out.append(replace(att, text=reading.text, method=reading.method, status=reading.status,
                           note=reading.note, data=b""))
    unread = tuple(f"{a.label}: {a.note}" for a in out if a.status == "unreadable")
    return replace(parsed, attachments=tuple(out), unreadable=unread)


def needs_ocr(parsed: ParsedMessage) -> bool:
    """Whether reading *parsed* without OCR left a scan or photo that OCR could read."""
    return any(NOT_AVAILABLE in a.note for a in parsed.attachments)
