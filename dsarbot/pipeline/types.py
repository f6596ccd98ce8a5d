"""Typed results of the pure mail pipeline (parse -> screen -> classify -> identity).

These types are the contract between the pipeline and the rest of dsarbot: intake code hands raw
bytes to :func:`dsarbot.pipeline.analyse` and gets an :class:`Analysis` back. Nothing here touches
a database or the network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Category = Literal["request", "automated", "other"]
Kind = Literal["access", "rectification", "erasure", "restriction", "objection", "portability"]
KINDS: tuple[Kind, ...] = ("access", "rectification", "erasure", "restriction", "objection", "portability")
ReadMethod = Literal["none", "text", "pdf", "docx", "odt", "ocr"]
"""How an attachment's text was read: not at all, as plain text, a PDF's text layer, Word/OpenDocument XML, OCR."""
ReadStatus = Literal["not_read", "read", "empty", "unreadable", "skipped"]
"""not_read: extraction did not run; read: text found; empty: read, but it holds no text; unreadable: it could
not be read (``note`` says why); skipped: not a document (a logo, an archive, a calendar file)."""


@dataclass(frozen=True)
class Attachment:
    """One attachment: metadata, and after extraction the text read from it. Nothing in it is ever executed."""

    filename: str | None
    content_type: str
    size: int
    text: str = ""
    """The text read from it (empty until :func:`dsarbot.pipeline.attachments.read_attachments` ran)."""
    method: ReadMethod = "none"
    status: ReadStatus = "not_read"
    note: str = ""
    """Plain words for staff when it could not be read: "encrypted PDF", "image, OCR not available"."""
    inline: bool = False
    """Shown inside the body (Content-Disposition: inline or a Content-ID): logos, pasted photos."""
    in_forward: bool = False
    """Attached to a forwarded original rather than to the mail itself."""
    data: bytes = field(default=b"", repr=False, compare=False)
    """The decoded bytes (dropped after extraction)."""

    @property
    def label(self) -> str:
        """How staff see it named: its file name, else its type."""
        return self.filename or self.content_type


@dataclass(frozen=True)
class Forwarded:
    """The original message inside a forward (message/rfc822 part or inline "VL:"/"Fwd:" text)."""

    from_addr: str | None
    from_name: str | None
    subject: str | None
    text: str


@dataclass(frozen=True)
class ParsedMessage:
    """A mail decoded into what the later stages need."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    from_addr: str | None
    from_name: str | None
    reply_to_addr: str | None
    reply_to_name: str | None
    to_addrs: tuple[str, ...]
    date: datetime | None
    # Lower-cased header name -> decoded values, in order of appearance.
    headers: dict[str, tuple[str, ...]]
    content_type: str
    text: str
    """The whole readable body (HTML turned into text)."""
    new_text: str
    """The writer's own new text: quoted replies and signatures removed."""
    signature: str
    attachments: tuple[Attachment, ...]
    forwarded: Forwarded | None
    defects: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()
    """Why some text could not be read (an encrypted PDF, a scan too large to OCR…): a triage reason."""
    header_order: tuple[str, ...] = ()
    """Lower-cased header names top to bottom (where a spam verdict sits relative to the Received lines)."""
    via_group: str | None = None
    """The company's own group or alias the mail came through (info@…); From is then the original sender."""

    def header(self, name: str) -> str | None:
        """First value of header *name* (case-insensitive), or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None


@dataclass(frozen=True)
class Screening:
    """Whether the mail was sent by a machine (never answered) and why."""

    automated: bool
    reasons: tuple[str, ...] = ()
    spam: tuple[str, ...] = ()
    """Spam or phishing verdicts of the company's own mail system (above the trusted Received boundary)."""
    bulk: tuple[str, ...] = ()
    """Signs of bulk mail from a mailing service (ESP headers, a bulk verdict, "view in browser")."""


@dataclass(frozen=True)
class Identity:
    """Who is asking, as far as the mail tells."""

    email: str | None = None
    name: str | None = None
    phone: str | None = None  # E.164
    hetu: str | None = None  # Finnish personal identity code, canonical upper case
    business_id: str | None = None  # Y-tunnus NNNNNNN-N
    postal_address: str | None = None


@dataclass(frozen=True)
class Classification:
    """What the mail is: category, the rights used, language, and how sure the classifier is."""

    category: Category
    kinds: tuple[Kind, ...]
    language: str  # ISO 639-1
    confidence: float  # 0..1
    reasons: tuple[str, ...] = ()
    uncertain: bool = False
    """True when staff must decide (the mail becomes a `triage` case)."""


@dataclass(frozen=True)
class Analysis:
    """Everything the pure pipeline learns from one raw message."""

    parsed: ParsedMessage
    screening: Screening
    classification: Classification
    identity: Identity
    extras: dict[str, object] = field(default_factory=dict)
