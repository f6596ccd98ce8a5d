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
from dsarbot.models import Case

MAX_TEXT = 4000  # characters in one text field; a reason goes into a mail, not an essay


@dataclass(frozen=True)
class DecisionForm:
    """One decision as the page shows it: a button, and at most one text field (or the kinds)."""

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
    DecisionForm("confirm", "Confirm it is a request", "Confirm request",
                 hint="Tick the rights the person is using; the acknowledgement mail goes out."),
    DecisionForm("kinds", "Rights used", "Save rights",
                 hint="Correct the rights if the bot missed or added one; the data lookup runs again."),
    DecisionForm("verify", "Mark identity verified", "Mark verified", "note", "How was it checked?",
                 required=True, hint="E.g. 'ID card seen at the office'."),
    DecisionForm("approve", "Approve", "Approve",
                 hint="Carries out exactly this plan and sends the replies."),
    DecisionForm("request-info", "Ask the requester for information", "Send request", "what",
                 "What should the requester send?", required=True,
                 hint="The deadline pauses until they answer."),
    DecisionForm("extend", "Extend the deadline by two months", "Extend", "reason",
                 "Reasons (told to the requester)", required=True,
                 hint="Once, and only before the first month ends (GDPR Art. 12(3))."),
    DecisionForm("correct", "Corrections to apply", "Save corrections", "corrections",
                 "One per line: field = new value", required=True,
                 hint="E.g. 'last_name = Virtanen'. Approving applies exactly these."),
    DecisionForm("assign", "Assign", "Assign", "assignee", "To whom"),
    DecisionForm("reject", "Reject the request", "Reject", "reason", "Reason (told to the requester)",
                 required=True, danger=True),
    DecisionForm("not-request", "Not a request", "Close as not a request", "reason", "Note (optional)",
                 danger=True, hint="Nothing is sent."),
    DecisionForm("withdraw", "Withdrawn by the requester", "Close as withdrawn", "reason",
                 "Note (optional)", danger=True),
    # Shown with each open staff task (see the case page), also on closed cases; never in available().
    DecisionForm("task-done", "Task done", "Mark done", "note", "What was done (optional)"),
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
        raise CaseError(f"the text is too long ({len(value)} characters; at most {MAX_TEXT})")
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
            raise CaseError("the form did not say which task; reload the page")
        return decisions.task_done(session, reference, actor, int(task), _text(form, "note") or None)
    raise KeyError(decision)
