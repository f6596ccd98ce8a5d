"""What an earlier analysis read from a mail's attachments, kept so that it need not be read again.

OCR runs once, in the worker. Its text (and every other attachment's reading) is kept with the mail,
sealed (see :mod:`dsarbot.analysis`), and every later analysis of the same mail puts it back with
:func:`with_readings` instead of reading again: the Slack card, the dashboard and fulfilment see the
letter the classifier judged, in milliseconds and without Tesseract.

A reading is matched to its attachment by position, name and size, so a reading never lands on another
attachment; one that does not match is ignored and that attachment is read again (without OCR).

>>> from dsarbot.pipeline.types import Attachment
>>> att = Attachment("kirje.png", "image/png", 3, text="Hei", method="ocr", status="read")
>>> loads(dumps(readings_of((att,)))) == readings_of((att,))
True
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, cast

from dsarbot.pipeline.types import Attachment, ParsedMessage, ReadMethod, ReadStatus

FORMAT = 1
"""Version of the stored form; a reading stored in another form is ignored (read again, without OCR)."""


@dataclass(frozen=True)
class StoredReading:
    """One attachment's reading: where it is in the mail, what it is, and what was read from it."""

    index: int
    label: str
    size: int
    text: str
    method: ReadMethod
    status: ReadStatus
    note: str = ""


def readings_of(attachments: Sequence[Attachment]) -> tuple[StoredReading, ...]:
    """The readings of *attachments* (a parsed mail's, after reading) that are worth keeping: those read."""
    return tuple(StoredReading(i, a.label, a.size, a.text, a.method, a.status, a.note)
                 for i, a in enumerate(attachments) if a.status != "not_read")


def dumps(readings: Sequence[StoredReading]) -> bytes:
    """*readings* as bytes to seal and store."""
    return json.dumps({"format": FORMAT, "attachments": [asdict(r) for r in readings]},
                      ensure_ascii=False).encode("utf-8")


def loads(data: bytes) -> tuple[StoredReading, ...]:
    """Readings stored by :func:`dumps`; nothing (read again) when they are in another form or damaged."""
    try:
        stored: Any = json.loads(data.decode("utf-8"))
        if stored.get("format") != FORMAT:
            return ()
        return tuple(StoredReading(**cast(dict[str, Any], item)) for item in stored["attachments"])
    except (ValueError, TypeError, KeyError, AttributeError):
        return ()


def with_readings(parsed: ParsedMessage, readings: Sequence[StoredReading]) -> ParsedMessage:
    """*parsed* (not yet read) with each attachment that has a matching reading filled in and its bytes dropped.

    The reader then passes those by, and reads only what has no reading (nothing, for a mail the worker read).
    """
    if not readings or not parsed.attachments:
        return parsed
    by_index = {r.index: r for r in readings}
    out = []
    for i, att in enumerate(parsed.attachments):
        r = by_index.get(i)
        if r is not None and att.data and (r.label, r.size) == (att.label, att.size):
            att = replace(att, text=r.text, method=r.method, status=r.status, note=r.note, data=b"")
        out.append(att)
    return replace(parsed, attachments=tuple(out))
