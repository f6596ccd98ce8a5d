"""The outcome of reading one attachment, shared by the readers (pdf, office, text, ocr)."""

from __future__ import annotations

from dataclasses import dataclass

from dsarbot.pipeline.types import ReadMethod, ReadStatus


@dataclass(frozen=True)
class Reading:
    """Text read from one attachment, how, and in plain words what went wrong (if anything)."""

    text: str = ""
    method: ReadMethod = "none"
    status: ReadStatus = "read"
    note: str = ""


def unreadable(note: str, method: ReadMethod = "none", text: str = "") -> Reading:
    """It could not be read (staff see *note*: "encrypted PDF", "image too large")."""
    return Reading(text, method, "unreadable", note)


def skipped(note: str = "") -> Reading:
    """Not a document: a logo, an archive, a calendar file. Not a reason for staff."""
    return Reading("", "none", "skipped", note)


def found(text: str, method: ReadMethod, note: str = "") -> Reading:
    """Text found (``empty`` when the document holds none)."""
    return Reading(text, method, "read" if text.strip() else "empty", note or ("" if text.strip() else "no text found"))
