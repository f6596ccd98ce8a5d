"""The requester's own words, read back from the stored request mail (for corrections and objections).

The words include the letter the requester attached when the mail leaves its request to it ("Katso
liite."), as processing read it: a scan's OCR text is the one kept with the mail (`dsarbot.analysis`),
so the new phone number written in a scanned letter is proposed as a correction without reading it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from dsarbot.analysis import request_analysis
from dsarbot.excerpt import attachment_label
from dsarbot.models import Case
from dsarbot.pipeline.quotes import split_own
from dsarbot.pipeline.types import Analysis
from dsarbot.pipeline.view import ATTACHMENT_TEXT_CHARS, form_choices, requester_part
from dsarbot.runtime import Runtime


@dataclass(frozen=True)
class RequestText:
    """The request's subject and the text its writer wrote (quotes and signature removed)."""

    subject: str
    text: str

    @property
    def full(self) -> str:
        """Subject and text together (a subject like "Unsubscribe" says as much as a body)."""
        return f"{self.subject}\n\n{self.text}".strip()


def requester_words(analysis: Analysis) -> str:
    """The mail's own text, a forwarded original after an employee's note, then the attached letters' own words.

    The attachments are those the classifier took as the requester's letter, read as it read them: a form's
    unticked options and the letter's signature left out (a phone number under a name is not a new number).
    """
    parsed = analysis.parsed
    parts = [parsed.new_text]
    if parsed.forwarded is not None and parsed.forwarded.text:
        parts.append(parsed.forwarded.text)
    letters = set(requester_part(parsed).attachments)
    for att in parsed.attachments:
        if att.status == "read" and attachment_label(att) in letters:
            parts.append(split_own(form_choices(att.text[:ATTACHMENT_TEXT_CHARS]))[0])
    return "\n\n".join(p for p in parts if p).strip()


def request_text(rt: Runtime, session: Session, case: Case) -> RequestText:
    """The words of the mail that opened *case*; empty when the stored mail is gone or unreadable (staff then
    enter the details by hand)."""
    analysis = request_analysis(rt, session, case)
    if analysis is None:
        return RequestText(case.subject or "", "")
    return RequestText(analysis.parsed.subject or "", requester_words(analysis))
