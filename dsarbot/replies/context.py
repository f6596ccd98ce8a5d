"""What a reply template gets to see: the typed context of one reply."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class FoundSource:
    """Personal data found in one table of one data source (for access responses)."""

    source: str
    """Human label of the data source, e.g. "Customer register (CRM)"."""
    table: str
    """Human label of the table, e.g. "Customers"."""
    rows: list[dict[str, str]] = field(default_factory=list)
    """Each row as column label -> value, already converted to text."""


@dataclass(frozen=True)
class KeptItem:
    """Data that an erasure could not remove because a law requires keeping it."""

    what: str
    """What was kept, e.g. "Invoices 2024 (2 documents)"."""
    reason: str
    """The legal reason, e.g. "Accounting Act (1336/1997) chapter 2 section 10"."""
    until: date
    """The date after which the data will be erased."""


@dataclass(frozen=True)
class FieldChange:
    """One corrected value (for rectification confirmations)."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class ReplyContext:
    """Everything a reply needs about one case.

    The common fields are always required; the per-purpose fields default to "nothing" and are
    checked by :func:`dsarbot.replies.render` for the purposes that need them.
    """

    reference: str
    """Case reference, e.g. "DSAR-2026-0042" (without brackets)."""
    language: str
    """The requester's language (ISO 639-1); the renderer falls back to English."""
    requester_email: str
    kinds: tuple[str, ...]
    """Rights used in the request: access, rectification, erasure, restriction, objection, portability."""
    received_at: date
    """The day the request arrived (the clock starts then)."""
    due_date: date
    """The current due date (one month, or as moved by a pause)."""
    requester_name: str | None = None
    verification_needed: bool = True
    """Acknowledgement only: ask the requester to confirm by replying from the same address."""
    deadline_passed: bool = False
    """The one-month deadline ended before this reply (e.g. mail that reached us late): say so honestly
    instead of promising an answer by a date in the past."""

    # access_response / portability_export
    found: list[FoundSource] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    """File names of the attachments sent with this reply."""

    # erasure_done
    deleted: list[str] = field(default_factory=list)
    """Plain summaries of what was deleted, e.g. "Customer record in the CRM"."""
    anonymised: list[str] = field(default_factory=list)
    kept: list[KeptItem] = field(default_factory=list)

    # rectification_done
    changes: list[FieldChange] = field(default_factory=list)

    # restriction_done
    restricted: list[str] = field(default_factory=list)
    """Where the processing was restricted, e.g. "Customer register (CRM)"."""

    # objection_done
    objection_marketing: bool = False
    """True for an objection to direct marketing (Art. 21(3)): always stopped at once."""
    objection_upheld: bool = True
    """For other objections (Art. 21(1)): True when the processing was stopped."""
    objection_outcome: str | None = None
    """Staff's explanation of the outcome of a non-marketing objection."""

    # rectification / erasure / restriction (Art. 19)
    recipients_notified: list[str] = field(default_factory=list)
    """Recipients of the data that dsarbot told itself (by e-mail)."""
    recipients_pending: list[str] = field(default_factory=list)
    """Recipients that staff tell (no address configured for them)."""

    # recipient_notice: `kinds` is what was carried out; `changes` the corrected values (rectification)

    # extension_notice
    extension_reason: str | None = None
    new_due_date: date | None = None

    # rejection
    rejection_reason: str | None = None

    # request_info
    info_needed: str | None = None
    """What staff need from the requester, in their own words."""


@dataclass(frozen=True)
class RenderedReply:
    """One rendered reply: subject line, plain-text body and HTML alternative."""

    subject: str
    text: str
    html: str
    language: str
    """The language the reply was written in (may differ from the requester's: fallback to English)."""
