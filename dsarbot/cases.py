"""The case life of DESIGN.md: states, legal transitions, and opening a case from an analysed mail.

Every transition is appended as a CaseEvent (who, when, what, why); an illegal transition raises
CaseError with a sentence a staff member can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from dsarbot import deadlines, store, tasks
from dsarbot.i18n import N_, Translator
from dsarbot.messages import Items, Msg, Said, items, lazy
from dsarbot.models import Case, StoredMessage, utcnow
from dsarbot.secrets import Sealer, mask_hetu, mask_identity_codes

if TYPE_CHECKING:  # the pipeline is only needed where mail is analysed, not to list or decide cases
    from dsarbot.pipeline.types import Analysis

OPEN_STATES = store.OPEN_STATES
CLOSED_STATES = store.CLOSED_STATES
CLOSING = frozenset({"rejected", "withdrawn", "not_a_request"})

TRANSITIONS: dict[str, frozenset[str]] = {
    "triage": frozenset({"received"}) | CLOSING,
    "received": frozenset({"awaiting_verification", "awaiting_approval", "awaiting_info"}) | CLOSING,
    "awaiting_verification": frozenset({"awaiting_approval", "awaiting_info"}) | CLOSING,
    "awaiting_info": frozenset({"awaiting_approval", "awaiting_verification"}) | CLOSING,
    "awaiting_approval": frozenset({"approved", "awaiting_info"}) | CLOSING,
    "approved": frozenset({"completed", "awaiting_approval"}) | CLOSING,
}

STATE_LABELS = {
    "triage": N_("needs a decision: request or not"),
    "received": N_("received"),
    "awaiting_verification": N_("waiting for identity verification"),
    "awaiting_info": N_("waiting for information from the requester"),
    "awaiting_approval": N_("waiting for staff approval"),
    "approved": N_("approved, being carried out"),
    "completed": N_("completed"),
    "rejected": N_("rejected"),
    "withdrawn": N_("withdrawn"),
    "not_a_request": N_("not a request"),
}
"""English names of the states (catalogue ids: `state_msg` gives them translated where they are shown)."""
KIND_NAMES = {
    "access": N_("access"),
    "rectification": N_("rectification"),
    "erasure": N_("erasure"),
    "restriction": N_("restriction"),
    "objection": N_("objection"),
    "portability": N_("portability"),
}
"""Short names of the rights a request uses (catalogue ids)."""

PURPOSE_NAMES = {
    "acknowledgement": N_("acknowledgement"),
    "request_info": N_("request for information"),
    "access_response": N_("access reply"),
    "portability_export": N_("portability export"),
    "rectification_done": N_("rectification confirmation"),
    "erasure_done": N_("erasure confirmation"),
    "restriction_done": N_("restriction confirmation"),
    "objection_done": N_("objection confirmation"),
    "extension_notice": N_("extension notice"),
    "rejection": N_("rejection"),
    "recipient_notice": N_("Art. 19 notice to a recipient"),
}
"""What staff call each reply (notes about mail that could not be sent)."""


def purpose_msg(purpose: str) -> Msg:
    """A reply's purpose in words, translated where it is shown."""
    return Msg(PURPOSE_NAMES.get(purpose, purpose.replace("_", " ")))


def kinds_msg(kinds: list[str]) -> Items:
    """The rights of a case as a list translated where it is shown (`access, erasure`)."""
    return items([Msg(KIND_NAMES.get(k, k)) for k in kinds])


class CaseError(Exception):
    """A decision or transition that is not allowed now; the message says why (in English as `str()`,
    in a staff member's language with :meth:`render`)."""

    def __init__(self, message: str | Msg) -> None:
        super().__init__(str(message))
        self.msg = message

    def render(self, t: Translator) -> str:
        """The reason in *t*'s language."""
        return self.msg.render(t) if isinstance(self.msg, Msg) else self.msg


def state_msg(state: str) -> Msg:
    """A state's name, translated where it is shown."""
    return Msg(STATE_LABELS.get(state, state))


class CaseNotFound(CaseError):
    """No case has that reference."""


def transition(session: Session, case: Case, to_state: str, *, actor: str, type: str = "transition",
               reason: str | None = None, data: dict[str, Any] | None = None) -> None:
    """Move *case* to *to_state*, appending the event; CaseError if the move is not legal."""
    allowed = TRANSITIONS.get(case.state, frozenset())
    if to_state not in allowed:
        if case.state in CLOSED_STATES:
            raise CaseError(lazy("%(ref)s is already closed (%(state)s); a closed case cannot change",
                                 ref=case.reference, state=state_msg(case.state)))
        raise CaseError(lazy("%(ref)s is %(state)s; it cannot become %(to)s from there",
                             ref=case.reference, state=state_msg(case.state), to=state_msg(to_state)))
    from_state = case.state
    _resume_if_paused(case, to_state)
    case.state = to_state
    case.updated_at = utcnow()
    if to_state in CLOSED_STATES:
        case.closed_at = case.updated_at
    store.add_event(session, case, actor=actor, type=type, from_state=from_state, to_state=to_state,
                    reason=reason, data=data)
    session.add(case)


def complete_marketing_objection(session: Session, case: Case, *, actor: str) -> None:
    """Complete a case whose only kind is an objection to direct marketing, once it was carried out.

    The one way to `completed` that skips verification and approval: Art. 21(3) makes the objection
    absolute (nothing to weigh, so nothing to approve) and suppressing marketing releases or changes no
    one's data in a way that could harm them (so nothing to verify). Any other case goes through
    `approved`.
    """
    if list(case.kinds) != ["objection"]:
        raise CaseError(lazy("%(ref)s uses other rights than an objection; it needs approval", ref=case.reference))
    if case.state not in OPEN_STATES or case.state == "triage":
        raise CaseError(lazy("%(ref)s is %(state)s; it cannot be completed", ref=case.reference,
                             state=state_msg(case.state)))
    from_state = case.state
    _resume_if_paused(case, "completed")
    case.state = "completed"
    case.updated_at = case.closed_at = utcnow()
    store.add_event(session, case, actor=actor, type="completed", from_state=from_state, to_state="completed",
                    reason="objection to direct marketing (Art. 21(3)) carried out at once")
    session.add(case)


def _resume_if_paused(case: Case, to_state: str) -> None:
    """Leaving awaiting_info ends the pause: the due date moves by the paused days."""
    if case.paused_since is not None and to_state != "awaiting_info":
        case.paused_days += deadlines.paused_days_between(case.paused_since, utcnow())
        case.paused_since = None
        case.due_date = compute_due(case)


def compute_due(case: Case) -> date:
    """The due date of *case* from its arrival, extension and pauses."""
    return deadlines.due_date(case.received_at, extended=case.extended, paused_days=case.paused_days)


def effective_due(case: Case, now: datetime | None = None) -> date:
    """The due date as it stands now: a running pause keeps pushing it forward."""
    if case.paused_since is None:
        return case.due_date
    running = deadlines.paused_days_between(case.paused_since, now or utcnow())
    return deadlines.due_date(case.received_at, extended=case.extended,
                              paused_days=case.paused_days + running)


@dataclass(frozen=True)
class Opening:
    """What a new case is opened from."""

    controller_id: str
    stored: StoredMessage
    analysis: Analysis
    triage: bool


def case_from_analysis(session: Session, sealer: Sealer, opening: Opening, *, reference: str | None = None) -> Case:
    """The case row an analysed mail opens (state `received`, or `triage` when the classifier is unsure).

    Not added to the session; a new reference is allocated unless *reference* is given.
    """
    a = opening.analysis
    ident = a.identity
    received = opening.stored.received_at
    return Case(
        reference=reference or store.next_reference(session, deadlines.arrival_day(received).year),
        controller_id=opening.controller_id,
        state="triage" if opening.triage else "received",
        kinds=list(a.classification.kinds),
        language=a.classification.language,
        # Outside the seal: identity codes written in the subject or quoted in the reasons are masked.
        subject=mask_identity_codes(a.parsed.subject)[:500],
        requester_email=(ident.email or a.parsed.from_addr or "").lower() or None,
        requester_name=ident.name,
        requester_phone=ident.phone,
        hetu_sealed=sealer.seal_text(ident.hetu),
        hetu_masked=mask_hetu(ident.hetu),
        hetu_hash=sealer.match_hash(ident.hetu) if ident.hetu else None,
        business_id=ident.business_id,
        postal_address=ident.postal_address,
        request_message_id=a.parsed.message_id,
        received_at=received,
        due_date=deadlines.due_date(received),
        confidence=a.classification.confidence,
        reasons=[mask_identity_codes(r) for r in a.classification.reasons],
        # Replies thread to the request with its References; kept here so that no reply has to open
        # (and decrypt, for a 25 MB mail 100 MB of work) the stored request again.
        data={"request_references": list(a.parsed.references)},
    )


def open_case(session: Session, sealer: Sealer, opening: Opening) -> Case:
    """Create a case (state `received`, or `triage` when the classifier is unsure) with its event."""
    a = opening.analysis
    case = case_from_analysis(session, sealer, opening)
    session.add(case)
    session.flush()
    store.add_event(session, case, actor="system", type="opened", to_state=case.state,
                    data={"message": opening.stored.id, "kinds": case.kinds, "language": case.language,
                          "confidence": case.confidence, "reasons": case.reasons,
                          "screening": list(a.screening.reasons)})
    opening.stored.case_id = case.id
    session.add(opening.stored)
    late = late_note(case)
    if late:
        store.add_event(session, case, actor="system", type="overdue_on_arrival", reason=str(late),
                        data={"due": case.due_date.isoformat()})
    return case


def late_note(case: Case, today: date | None = None) -> Said | None:
    """When a request reaches us after its deadline (mail delivered or ingested late): say so, else None."""
    today = today or deadlines.today_helsinki()
    if case.due_date >= today:
        return None
    return Said(lazy("The request arrived on %(arrived)s; its deadline %(due)s had already passed when it reached "
                     "dsarbot. It is overdue: answer as soon as possible (the acknowledgement tells the requester so).",
                     arrived=deadlines.arrival_day(case.received_at), due=case.due_date))


def hetu_of(case: Case, sealer: Sealer) -> str | None:
    """The requester's full identity code (for fulfilment only; never log or display it)."""
    return sealer.open_text(case.hetu_sealed)


def summary(case: Case, today: date | None = None) -> dict[str, Any]:
    """The contract view of a case (`dsarbot cases list --json`)."""
    due = effective_due(case)
    today = today or deadlines.today_helsinki()
    return {
        "reference": case.reference,
        "state": case.state,
        "kinds": list(case.kinds),
        "language": case.language,
        "requester": case.requester_email,
        "requester_name": case.requester_name,
        "controller": case.controller_id,
        "received_at": deadlines.helsinki_iso(case.received_at),
        "due_at": due.isoformat(),
        "days_left": deadlines.days_left(due, today),
        "overdue": case.state in OPEN_STATES and due < today,
        "extended": case.extended,
        "verified": case.verified,
        "assignee": case.assignee,
        "open_tasks": len(tasks.open_tasks(case)),
    }
