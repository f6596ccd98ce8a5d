"""Staff decisions on a case: the one code path behind Slack buttons, the web dashboard and the CLI.

Handlers only record a decision and queue work; the worker sends mail and changes data sources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from dsarbot import cases, deadlines, store, tasks
from dsarbot.cases import CaseError, CaseNotFound, state_msg
from dsarbot.config import Settings
from dsarbot.messages import Msg, lazy, lazy_plural, to_payload
from dsarbot.models import Case, utcnow
from dsarbot.pipeline.types import KINDS

DECISIONS = ("approve", "reject", "extend", "request-info", "verify", "assign", "not-request", "confirm",
             "withdraw", "correct", "kinds", "task-done")
FIELD_RE = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


@dataclass(frozen=True)
class Actor:
    """Who decided: `slack:U123 (Name)`, `cli:alice`, `web:alice`."""

    id: str
    name: str | None = None

    def __str__(self) -> str:
        return f"{self.id} ({self.name})" if self.name else self.id


@dataclass(frozen=True)
class Outcome:
    """What a decision did, in words for the person who made it (`said.render(t)` in their language)."""

    case: Case
    said: Msg

    @property
    def message(self) -> str:
        """The outcome in English (the CLI, logs)."""
        return str(self.said)


def load(session: Session, reference: str) -> Case:
    """The case with *reference*, locked for the decision; CaseNotFound otherwise."""
    case = store.case_by_reference(session, reference, for_update=True)
    if case is None:
        raise CaseNotFound(lazy("No case has the reference %(ref)s.", ref=reference))
    return case


def queue_reply(session: Session, case: Case, purpose: str, extra: dict[str, object] | None = None) -> None:
    """Queue a templated reply for the worker.

    No de-duplication key is needed: a decision queues its reply in the same transaction as the state
    change, so a repeated click is refused by the state machine, and the `send_reply` job itself
    writes at most one outbox row.
    """
    assert case.id is not None
    store.enqueue_job(session, "send_reply", case_id=case.id, payload={"purpose": purpose, **(extra or {})})


def queue_card_update(session: Session, case: Case, note: str | Msg | Sequence[str | Msg] | None = None) -> None:
    """Ask the worker to refresh the case's Slack card (and post *note* in its thread, in the staff language:
    a Msg, or a list of sentences, is kept untranslated in the payload until the worker posts it).

    Nothing is queued when the session says Slack is off (`Runtime.session`): a card job that would do
    nothing still costs a claim and a commit, which under a burst of mail delayed the acknowledgements.
    """
    assert case.id is not None
    if session.info.get("slack") is False:
        return
    stored = to_payload(note)
    store.enqueue_job(session, "slack_card", case_id=case.id, payload={"note": stored} if stored else {})



def _require_open(case: Case) -> None:
    if case.state in cases.CLOSED_STATES:
        raise CaseError(lazy("%(ref)s is already closed (%(state)s).", ref=case.reference,
                             state=state_msg(case.state)))


def approve(session: Session, settings: Settings, reference: str, actor: Actor) -> Outcome:
    """Approve the step the case waits for; refused until identity is verified."""
    case = load(session, reference)
    _require_open(case)
    if case.state == "triage":
        raise CaseError(lazy("%(ref)s is in triage: first decide whether it is a request (confirm it with its "
                             "rights, or mark it not a request).", ref=case.reference))
    if not case.verified:
        raise CaseError(lazy("%(ref)s: the requester's identity is not verified yet, so no data may be released "
                             "or changed. Verify it first (a reply from the same address, or Verify with a note "
                             "on how you checked).", ref=case.reference))
    if case.state == "approved":
        raise CaseError(lazy("%(ref)s is already approved and being carried out.", ref=case.reference))
    if case.state != "awaiting_approval":
        raise CaseError(lazy("%(ref)s is %(state)s; there is nothing to approve yet.", ref=case.reference,
                             state=state_msg(case.state)))
    if settings.slack.four_eyes_erasure and "erasure" in case.kinds:
        assert case.id is not None
        earlier = [e for e in store.case_events(session, case.id) if e.type == "approval_first"]
        if not earlier:
            store.add_event(session, case, actor=str(actor), type="approval_first",
                            data={"actor_id": actor.id})
            queue_card_update(session, case, lazy("First approval by %(actor)s; an erasure needs a second "
                                                  "approver.", actor=str(actor)))
            return Outcome(case, lazy("First approval recorded; an erasure needs a second approver."))
        if earlier[-1].data.get("actor_id") == actor.id:
            raise CaseError(lazy("%(ref)s: the second approval of an erasure must come from another person.",
                                 ref=case.reference))
    cases.transition(session, case, "approved", actor=str(actor), type="approved")
    assert case.id is not None
    # One fulfil job per approval: fulfilment may hand a case back (e.g. nothing to correct yet), and
    # approving again must run it again (steps already carried out are skipped by their events).
    n = len(store.case_events(session, case.id))
    store.enqueue_job(session, "fulfil", case_id=case.id, dedupe_key=f"fulfil:{case.id}:{n}")
    queue_card_update(session, case, lazy("Approved by %(actor)s.", actor=str(actor)))
    return Outcome(case, lazy("%(ref)s approved; the reply and data changes are being carried out.",
                              ref=case.reference))


def reject(session: Session, reference: str, actor: Actor, reason: str) -> Outcome:
    """Reject the request with a reason (the requester is told, with their right to complain)."""
    if not reason.strip():
        raise CaseError(lazy("a rejection needs a reason; the requester is told it"))
    case = load(session, reference)
    triage = case.state == "triage"
    cases.transition(session, case, "rejected", actor=str(actor), type="rejected", reason=reason)
    if not triage:
        queue_reply(session, case, "rejection", {"reason": reason})
    queue_card_update(session, case, lazy("Rejected by %(actor)s.", actor=str(actor)))
    return Outcome(case, lazy("%(ref)s rejected; the requester will be told why.", ref=case.reference))


def extend(session: Session, reference: str, actor: Actor, reason: str, today: date | None = None) -> Outcome:
    """Extend the deadline to three months; only once and only before the first month ends."""
    if not reason.strip():
        raise CaseError(lazy("an extension needs its reasons; the requester is told them"))
    case = load(session, reference)
    _require_open(case)
    today = today or deadlines.today_helsinki()
    if case.extended:
        raise CaseError(lazy("%(ref)s was already extended once (to %(due)s).", ref=case.reference,
                             due=case.due_date))
    if not deadlines.extension_allowed(case.received_at, today, paused_days=case.paused_days):
        raise CaseError(lazy("%(ref)s: the first month ended on %(due)s; GDPR Art. 12(3) allows an extension "
                             "only if the requester is told before that.", ref=case.reference, due=case.due_date))
    old_due = case.due_date
    case.extended = True
    case.extension_reason = reason
    case.due_date = cases.compute_due(case)
    store.add_event(session, case, actor=str(actor), type="extended", reason=reason,
                    data={"old_due": old_due.isoformat(), "new_due": case.due_date.isoformat()})
    session.add(case)
    queue_reply(session, case, "extension_notice", {"reason": reason})
    queue_card_update(session, case, lazy("Extended by %(actor)s to %(due)s.", actor=str(actor), due=case.due_date))
    return Outcome(case, lazy("%(ref)s extended to %(due)s; the requester is told.", ref=case.reference,
                              due=case.due_date))


def request_info(session: Session, reference: str, actor: Actor, what: str) -> Outcome:
    """Ask the requester for identity proof or clarification; the clock pauses until they answer."""
    if not what.strip():
        raise CaseError(lazy("say what the requester should send; it goes into the mail"))
    case = load(session, reference)
    cases.transition(session, case, "awaiting_info", actor=str(actor), type="info_requested", reason=what)
    case.paused_since = utcnow()
    store.add_event(session, case, actor=str(actor), type="paused", reason="waiting for the requester")
    queue_reply(session, case, "request_info", {"info_needed": what})
    queue_card_update(session, case, lazy("%(actor)s asked the requester for more information.", actor=str(actor)))
    return Outcome(case, lazy("%(ref)s: the requester is asked; the deadline is paused until they answer.",
                              ref=case.reference))


def verify(session: Session, reference: str, actor: Actor, note: str) -> Outcome:
    """Mark the requester's identity verified (how it was checked goes in the note)."""
    if not note.strip():
        raise CaseError(lazy("say how the identity was checked (e.g. 'ID card seen at the office')"))
    case = load(session, reference)
    _require_open(case)
    if case.state == "triage":
        raise CaseError(lazy("%(ref)s is in triage: confirm it as a request first.", ref=case.reference))
    mark_verified(session, case, str(actor), note)
    queue_card_update(session, case, lazy("Identity verified by %(actor)s.", actor=str(actor)))
    return Outcome(case, lazy("%(ref)s: identity verified.", ref=case.reference))


def mark_verified(session: Session, case: Case, actor: str, note: str) -> None:
    """Record verification and move a waiting case on to approval."""
    case.verified = True
    case.verification_note = note
    store.add_event(session, case, actor=actor, type="verified", reason=note)
    if case.state in ("received", "awaiting_verification"):
        cases.transition(session, case, "awaiting_approval", actor=actor)
    session.add(case)


def assign(session: Session, reference: str, actor: Actor, assignee: str) -> Outcome:
    """Give the case to a person (a Slack user id or a name)."""
    case = load(session, reference)
    _require_open(case)
    case.assignee = assignee.strip() or None
    store.add_event(session, case, actor=str(actor), type="assigned", data={"assignee": case.assignee})
    session.add(case)
    if case.assignee is None:
        queue_card_update(session, case, lazy("%(actor)s removed the assignee.", actor=str(actor)))
        return Outcome(case, lazy("%(ref)s has no assignee now.", ref=case.reference))
    queue_card_update(session, case, lazy("Assigned to %(who)s by %(actor)s.", who=case.assignee, actor=str(actor)))
    return Outcome(case, lazy("%(ref)s assigned to %(who)s.", ref=case.reference, who=case.assignee))


def not_request(session: Session, reference: str, actor: Actor, reason: str | None = None) -> Outcome:
    """Close the case as not a data-subject request (nothing is sent)."""
    case = load(session, reference)
    cases.transition(session, case, "not_a_request", actor=str(actor), type="not_a_request", reason=reason)
    store.record_example(session, case, "not_a_request", "other", [], str(actor))
    queue_card_update(session, case, lazy("Marked not a request by %(actor)s.", actor=str(actor)))
    return Outcome(case, lazy("%(ref)s closed as not a request; nothing is sent.", ref=case.reference))


def withdraw(session: Session, reference: str, actor: Actor, reason: str | None = None) -> Outcome:
    """Close the case because the requester withdrew it."""
    case = load(session, reference)
    cases.transition(session, case, "withdrawn", actor=str(actor), type="withdrawn", reason=reason)
    queue_card_update(session, case, lazy("Withdrawn (recorded by %(actor)s).", actor=str(actor)))
    return Outcome(case, lazy("%(ref)s closed as withdrawn.", ref=case.reference))


def confirm(session: Session, reference: str, actor: Actor, kinds: list[str]) -> Outcome:
    """Triage: confirm the mail is a request of these kinds; the acknowledgement goes out."""
    chosen = _valid_kinds(kinds)
    case = load(session, reference)
    if case.state != "triage":
        raise CaseError(lazy("%(ref)s is not in triage.", ref=case.reference))
    store.record_example(session, case, "confirmed_request", "request", chosen, str(actor))
    case.kinds = chosen
    cases.transition(session, case, "received", actor=str(actor), type="confirmed_request",
                     data={"kinds": case.kinds})
    start_request(session, case, str(actor))
    for message in store.messages_of_case(session, case.id or 0):
        if message.source == "imap":  # now known to be a request: apply `imap.on_request` to it
            store.enqueue_job(session, "imap_mark", case_id=case.id, payload={"message": message.id},
                              dedupe_key=f"imap_mark:{message.id}")
    queue_card_update(session, case, lazy("Confirmed as a request by %(actor)s.", actor=str(actor)))
    return Outcome(case, lazy("%(ref)s confirmed (%(kinds)s); the acknowledgement goes out.", ref=case.reference,
                              kinds=cases.kinds_msg(case.kinds)))


def _valid_kinds(kinds: list[str]) -> list[str]:
    bad = [k for k in kinds if k not in KINDS]
    if bad or not kinds:
        if bad:
            raise CaseError(lazy("choose one or more kinds from %(known)s (not %(bad)s)", bad=", ".join(bad),
                                 known=cases.kinds_msg(list(KINDS))))
        raise CaseError(lazy("choose one or more kinds from %(known)s", known=cases.kinds_msg(list(KINDS))))
    return [k for k in KINDS if k in kinds]


def set_kinds(session: Session, reference: str, actor: Actor, kinds: list[str]) -> Outcome:
    """Correct which rights an open request uses (the classifier may have missed or added one).

    The data lookup runs again for the new kinds, and an added objection gets its marketing check.
    """
    chosen = _valid_kinds(kinds)
    case = load(session, reference)
    _require_open(case)
    if case.state == "triage":
        raise CaseError(lazy("%(ref)s is in triage: confirm it as a request with its rights instead.",
                             ref=case.reference))
    if case.state == "approved":
        raise CaseError(lazy("%(ref)s is already approved and being carried out.", ref=case.reference))
    if chosen == list(case.kinds):
        return Outcome(case, lazy("%(ref)s already uses exactly these rights.", ref=case.reference))
    old = list(case.kinds)
    store.record_example(session, case, "kinds_changed", "request", chosen, str(actor))
    case.kinds = chosen
    store.add_event(session, case, actor=str(actor), type="kinds_changed", data={"from": old, "to": chosen})
    session.add(case)
    assert case.id is not None
    n = len(store.case_events(session, case.id))
    store.enqueue_job(session, "lookup", case_id=case.id, dedupe_key=f"lookup:{case.id}:{n}")
    if "objection" in chosen and "objection" not in old:
        store.enqueue_job(session, "marketing_objection", case_id=case.id, dedupe_key=f"objection:{case.id}")
    queue_card_update(session, case, lazy("%(actor)s changed the rights to: %(kinds)s.", actor=str(actor),
                                          kinds=cases.kinds_msg(chosen)))
    return Outcome(case, lazy("%(ref)s: the request now uses %(kinds)s.", ref=case.reference,
                              kinds=cases.kinds_msg(chosen)))


def start_request(session: Session, case: Case, actor: str) -> None:
    """A new request case: acknowledge it and queue its lookup (and marketing check).

    A request that is only an objection waits for the marketing check instead of being acknowledged at
    once: an objection to direct marketing is carried out straight away and gets exactly one mail, the
    confirmation; any other objection is acknowledged by the check (see fulfil.objection).
    """
    if list(case.kinds) != ["objection"]:
        acknowledge(session, case, actor)
    queue_request_jobs(session, case)


def queue_request_jobs(session: Session, case: Case) -> None:
    """Queue the lookup (read-only) and, for an objection, the marketing check of a request case."""
    assert case.id is not None
    store.enqueue_job(session, "lookup", case_id=case.id, dedupe_key=f"lookup:{case.id}")
    if "objection" in case.kinds:
        store.enqueue_job(session, "marketing_objection", case_id=case.id, dedupe_key=f"objection:{case.id}")


def parse_corrections(lines: list[str]) -> list[dict[str, str]]:
    """`field = new value` lines (e.g. `phone = 040 123 4567`) as correction dicts; CaseError when malformed."""
    out: list[dict[str, str]] = []
    for line in lines:
        if not line.strip():
            continue
        field, sep, value = line.partition("=")
        field, value = field.strip().lower(), value.strip()
        if not sep or not FIELD_RE.match(field) or not value:
            raise CaseError(lazy("'%(line)s' is not `field = new value` (e.g. `last_name = Virtanen`).",
                                 line=line.strip()))
        out.append({"field_type": field, "new_value": value})
    if not out:
        raise CaseError(lazy("enter at least one correction as `field = new value`"))
    return out


def correct(session: Session, reference: str, actor: Actor, lines: list[str]) -> Outcome:
    """Staff enter the exact field changes a rectification applies (instead of those read from the mail).

    The changes are applied only when the case is approved, and only for a verified requester.
    """
    corrections = parse_corrections(lines)
    case = load(session, reference)
    _require_open(case)
    if "rectification" not in case.kinds:
        raise CaseError(lazy("%(ref)s is not a rectification request.", ref=case.reference))
    if case.state == "approved":
        raise CaseError(lazy("%(ref)s is already approved and being carried out.", ref=case.reference))
    case.data = {**case.data, "corrections": corrections}
    store.add_event(session, case, actor=str(actor), type="corrections_entered",
                    data={"fields": [c["field_type"] for c in corrections]})
    session.add(case)
    fields = ", ".join(c["field_type"] for c in corrections)
    queue_card_update(session, case, lazy("%(actor)s entered the corrections to apply: %(fields)s.",
                                          actor=str(actor), fields=fields))
    return Outcome(case, lazy("%(ref)s: corrections recorded (%(fields)s); approving applies exactly these.",
                              ref=case.reference, fields=fields))


def task_done(session: Session, reference: str, actor: Actor, task_id: int, note: str | None = None) -> Outcome:
    """Mark a staff task of the case done (e.g. an Art. 19 recipient told by hand); a closed case too."""
    case = load(session, reference)
    try:
        task = tasks.mark_done(session, case, task_id, str(actor), note)
    except KeyError:
        numbers = ", ".join(str(t["id"]) for t in tasks.open_tasks(case))
        if not numbers:
            raise CaseError(lazy("%(ref)s has no task %(task)s, and no open tasks.", ref=case.reference,
                                 task=str(task_id))) from None
        raise CaseError(lazy("%(ref)s has no task %(task)s (open tasks: %(numbers)s).", ref=case.reference,
                             task=str(task_id), numbers=numbers)) from None
    except ValueError as exc:
        raise CaseError(lazy("%(ref)s: %(why)s", ref=case.reference, why=exc.args[0])) from None
    queue_card_update(session, case, lazy("Task done (%(actor)s): %(task)s", actor=str(actor),
                                          task=tasks.task_msg(task)))
    left = len(tasks.open_tasks(case))
    if not left:
        return Outcome(case, lazy("%(ref)s: task %(task)s done; no open tasks left.", ref=case.reference,
                                  task=str(task_id)))
    return Outcome(case, lazy_plural("%(ref)s: task %(task)s done; %(n)s task still open.",
                                     "%(ref)s: task %(task)s done; %(n)s tasks still open.", left,
                                     ref=case.reference, task=str(task_id)))


def acknowledge(session: Session, case: Case, actor: str) -> None:
    """Queue the acknowledgement and wait for the requester to verify by replying."""
    queue_reply(session, case, "acknowledgement")
    target = "awaiting_approval" if case.verified else "awaiting_verification"
    cases.transition(session, case, target, actor=actor, type="acknowledged")
