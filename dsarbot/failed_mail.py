"""A stored message whose processing failed becomes a case staff can see, never only a log line.

The mail itself is kept (status `failed`, `dsarbot reprocess` tries again). Because it may be a request
whose legal clock already runs, it also opens a `triage` case marked `data["unprocessable"]`: the Slack
card and the dashboard say "a mail could not be processed", show what could be read safely (sender,
subject with identity codes masked, arrival) and offer the triage decisions (confirm as a request with
its rights, not a request, reject, assign), the same decision path as every other case.

When the message is processed successfully later (`dsarbot reprocess` after a fix), the placeholder is
*adopted*: a request fills it in and carries on as if it had opened normally; anything else (automated
mail, not a request, a reply on another case) closes it with an event saying why. A placeholder that
staff already decided on is left alone.
"""

from __future__ import annotations

from sqlmodel import Session

from dsarbot import cases, deadlines, decisions, store
from dsarbot.models import Case, StoredMessage, utcnow
from dsarbot.pipeline.parse import parse
from dsarbot.pipeline.types import Analysis
from dsarbot.secrets import Sealer, mask_identity_codes

FLAG = "unprocessable"
TITLE = "A mail could not be processed"


def is_placeholder(case: Case) -> bool:
    """True for the triage case of a mail that could not be processed (until it is adopted)."""
    return isinstance(case.data, dict) and FLAG in case.data


def _readable_facts(session: Session, sealer: Sealer, stored: StoredMessage) -> tuple[str, str | None]:
    """(subject with identity codes masked, sender address) as far as they can be read safely."""
    try:
        parsed = parse(sealer.open(store.sealed_raw(session, stored.id or 0)))
        subject, sender = parsed.subject, parsed.reply_to_addr or parsed.from_addr
    except Exception:  # the facts are a courtesy; the case opens without them
        subject, sender = "", None
    sender = sender or stored.envelope_from
    return mask_identity_codes(subject)[:500], (sender or "").lower() or None


def open_item(session: Session, sealer: Sealer, stored: StoredMessage, controller_id: str, error: str) -> Case:
    """Open (or, when the message already has one, note on) the 'could not be processed' triage case.

    *error* is the exception's type only: its message may quote the mail.
    """
    assert stored.id is not None
    existing = store.case_by_id(session, stored.case_id) if stored.case_id else None
    if existing is not None:
        store.add_event(session, existing, actor="system", type="processing_failed", reason=error,
                        data={"message": stored.id})
        decisions.queue_card_update(session, existing, f"Processing the mail failed again ({error}).")
        return existing
    subject, sender = _readable_facts(session, sealer, stored)
    received = stored.received_at
    why = (f"the mail could not be processed ({error}); it is kept (message {stored.id}): read it in the "
           "mailbox and decide, or run `dsarbot reprocess` after a fix")
    case = Case(
        reference=store.next_reference(session, deadlines.arrival_day(received).year),
        controller_id=controller_id, state="triage", kinds=[], language="fi", subject=subject,
        requester_email=sender, request_message_id=stored.message_id, received_at=received,
        due_date=deadlines.due_date(received), confidence=0.0, reasons=[why],
        data={FLAG: {"message": stored.id, "error": error}},
    )
    session.add(case)
    session.flush()
    store.add_event(session, case, actor="system", type="opened", to_state="triage", reason=why,
                    data={"message": stored.id, FLAG: True})
    stored.case_id = case.id
    session.add(stored)
    decisions.queue_card_update(session, case)
    return case


def adopt(session: Session, sealer: Sealer, case: Case, stored: StoredMessage, analysis: Analysis,
          triage: bool) -> Case:
    """Fill the placeholder *case* from a successful analysis of its mail (a request after all)."""
    opened = cases.case_from_analysis(session, sealer, cases.Opening(case.controller_id, stored, analysis, triage),
                                      reference=case.reference)
    for name in ("state", "kinds", "language", "subject", "requester_email", "requester_name", "requester_phone",
                 "hetu_sealed", "hetu_masked", "hetu_hash", "business_id", "postal_address",
                 "request_message_id", "confidence", "reasons"):
        setattr(case, name, getattr(opened, name))
    case.data = {**{k: v for k, v in case.data.items() if k != FLAG}, **opened.data}
    case.updated_at = utcnow()
    session.add(case)
    store.add_event(session, case, actor="system", type="processed_after_failure", to_state=case.state,
                    data={"message": stored.id, "kinds": case.kinds, "reasons": case.reasons})
    return case


def close_unneeded(session: Session, case: Case, stored: StoredMessage, why: str) -> None:
    """Close the placeholder: the mail, now processed, turned out to need no case of its own."""
    case.data = {k: v for k, v in case.data.items() if k != FLAG}
    cases.transition(session, case, "not_a_request", actor="system", type="processed_after_failure",
                     reason=why, data={"message": stored.id})
    decisions.queue_card_update(session, case, f"The mail was processed after all: {why}.")
