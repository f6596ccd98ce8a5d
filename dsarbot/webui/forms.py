"""The decision forms of a case page: which ones fit the case's state, and carrying one out.

Every form ends in the same `dsarbot.decisions` function that Slack and the CLI use, so the rules
(identity before approval, one extension before the first month ends...) are enforced there, once.
The choice of forms here only keeps the page free of buttons that could never work.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from dsarbot import cases, deadlines, decisions
from dsarbot.config import Settings
from dsarbot.decisions import Actor, CaseError, Outcome
from dsarbot.i18n import N_
from dsarbot.messages import lazy
from dsarbot.models import Case

MAX_TEXT = 4000  # characters in one text field; a reason goes into a mail, not an essay


@dataclass(frozen=True)
class DecisionForm:
    """One decision as the page shows it: a button, and at most one text field (or the kinds). Its words are
    catalogue ids, translated by the page."""

    name: str
    """The URL segment: POST /cases/{ref}/{name}."""
    title: str
    button: str
    field: str | None = None
    label: str = ""
    required: bool = False
    danger: bool = False
    hint: str = ""


FORMS: dict[str, DecisionForm] = {f.name: f for f in (
    DecisionForm("confirm", N_("Confirm it is a request"), N_("Confirm request"),
                 hint=N_("Tick the rights the person is using; the acknowledgement mail goes out.")),
    DecisionForm("kinds", N_("Rights used"), N_("Save rights"),
                 hint=N_("Correct the rights if the bot missed or added one; the data lookup runs again.")),
    DecisionForm("verify", N_("Mark identity verified"), N_("Mark verified"), "note", N_("How was it checked?"),
                 required=True, hint=N_("E.g. 'ID card seen at the office'.")),
    DecisionForm("approve", N_("Approve"), N_("Approve"),
                 hint=N_("Carries out exactly this plan and sends the replies.")),
    DecisionForm("request-info", N_("Ask the requester for information"), N_("Send request"), "what",
                 N_("What should the requester send?"), required=True,
                 hint=N_("The deadline pauses until they answer.")),
    DecisionForm("extend", N_("Extend the deadline by two months"), N_("Extend"), "reason",
                 N_("Reasons (told to the requester)"), required=True,
                 hint=N_("Once, and only before the first month ends (GDPR Art. 12(3)).")),
    DecisionForm("correct", N_("Corrections to apply"), N_("Save corrections"), "corrections",
                 N_("One per line: field = new value"), required=True,
                 hint=N_("E.g. 'last_name = Virtanen'. Approving applies exactly these.")),
    DecisionForm("assign", N_("Assign"), N_("Assign"), "assignee", N_("To whom")),
    DecisionForm("reject", N_("Reject the request"), N_("Reject"), "reason", N_("Reason (told to the requester)"),
                 required=True, danger=True),
    DecisionForm("not-request", N_("Not a request"), N_("Close as not a request"), "reason", N_("Note (optional)"),
                 danger=True, hint=N_("Nothing is sent.")),
    DecisionForm("withdraw", N_("Withdrawn by the requester"), N_("Close as withdrawn"), "reason",
                 N_("Note (optional)"), danger=True),
    # Shown with each open staff task (see the case page), also on closed cases; never in available().
    DecisionForm("task-done", N_("Task done"), N_("Mark done"), "note", N_("What was done (optional)")),
)}


def available(case: Case, today: date) -> list[DecisionForm]:
    """The forms that can work for *case* now, in the order a person would consider them."""
    state = case.state
    if state in cases.CLOSED_STATES:
        return []
    if state == "triage":
        names = ["confirm", "not-request", "reject", "assign"]
    else:
        names = []
        if not case.verified:
            names.append("verify")
        if state == "awaiting_approval":
            names.append("approve")
        if state in ("received", "awaiting_verification", "awaiting_approval"):
            names.append("request-info")
        if "rectification" in case.kinds and state != "approved":
            names.append("correct")
        if state != "approved":
            names.append("kinds")
        if not case.extended and deadlines.extension_allowed(case.received_at, today,
                                                             paused_days=case.paused_days):
            names.append("extend")
        names.append("assign")
        names += ["reject", "withdraw"]
        if state != "approved":
            names.append("not-request")
    return [FORMS[n] for n in names]


def _text(form: Mapping[str, Sequence[str]], name: str) -> str:
    value = (form.get(name) or [""])[0].strip()
    if len(value) > MAX_TEXT:
        raise CaseError(lazy("the text is too long (%(n)s characters; at most %(max)s)", n=len(value), max=MAX_TEXT))
    return value


def decide(session: Session, settings: Settings, reference: str, decision: str, actor: Actor,
           form: Mapping[str, Sequence[str]]) -> Outcome:
    """Carry out *decision* on the case through `dsarbot.decisions`; CaseError when refused."""
    if decision == "approve":
        return decisions.approve(session, settings, reference, actor)
    if decision == "reject":
        return decisions.reject(session, reference, actor, _text(form, "reason"))
    if decision == "extend":
        return decisions.extend(session, reference, actor, _text(form, "reason"))
    if decision == "request-info":
        return decisions.request_info(session, reference, actor, _text(form, "what"))
    if decision == "verify":
        return decisions.verify(session, reference, actor, _text(form, "note"))
    if decision == "assign":
        return decisions.assign(session, reference, actor, _text(form, "assignee"))
    if decision == "not-request":
        return decisions.not_request(session, reference, actor, _text(form, "reason") or None)
    if decision == "withdraw":
        return decisions.withdraw(session, reference, actor, _text(form, "reason") or None)
    if decision == "correct":
        return decisions.correct(session, reference, actor, _text(form, "corrections").splitlines())
    if decision == "kinds":
        return decisions.set_kinds(session, reference, actor, list(form.get("kinds", [])))
    if decision == "confirm":
        return decisions.confirm(session, reference, actor, list(form.get("kinds", [])))
    if decision == "task-done":
        task = _text(form, "task")
        if not task.isdigit():
            raise CaseError(lazy("the form did not say which task; reload the page"))
        return decisions.task_done(session, reference, actor, int(task), _text(form, "note") or None)
    raise KeyError(decision)
