"""The requester's own words, read back from the stored request mail (for corrections and objections)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlmodel import Session

from dsarbot import store
from dsarbot.models import Case
from dsarbot.pipeline import analyse
from dsarbot.secrets import Sealer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RequestText:
    """The request's subject and the text its writer wrote (quotes and signature removed)."""

    subject: str
    text: str

    @property
    def full(self) -> str:
        """Subject and text together (a subject like "Unsubscribe" says as much as a body)."""
        return f"{self.subject}\n\n{self.text}".strip()


def request_text(session: Session, sealer: Sealer, case: Case) -> RequestText:
    """The words of the mail that opened *case*; empty when the stored mail is gone or unreadable.

    When an employee forwarded the request, the forwarded original is the requester's own text, so it
    is added after the employee's note.
    """
    assert case.id is not None
    messages = store.messages_of_case(session, case.id)
    if not messages:
        return RequestText(case.subject or "", "")
    first = next((m for m in messages if case.request_message_id and m.message_id == case.request_message_id),
                 messages[0])
    try:
        parsed = analyse(sealer.open(first.raw_sealed)).parsed
    except Exception as exc:  # an unreadable mail leaves staff to enter the details by hand
        # Only the type: an error message may quote the mail.
        log.warning("case %s: request text unavailable (%s)", case.reference, type(exc).__name__)
        return RequestText(case.subject or "", "")
    parts = [parsed.new_text]
    if parsed.forwarded is not None and parsed.forwarded.text:
        parts.append(parsed.forwarded.text)
    return RequestText(parsed.subject or "", "\n\n".join(p for p in parts if p).strip())
