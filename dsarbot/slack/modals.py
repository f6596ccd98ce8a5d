"""Modals that ask for the words a decision needs, and their submissions.

Reject asks for the reason, extend for the reasons, request info for what is needed, verify for how the
identity was checked, assign for the person, "change rights" for the kinds the classifier got wrong.
The submission calls the decision; a refusal (e.g. an extension after the first month) comes back as
the modal's validation error, so the person sees why right where they typed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from sqlmodel import Session

from dsarbot import cases, deadlines, decisions, store
from dsarbot.decisions import Actor, Outcome
from dsarbot.models import Case
from dsarbot.pipeline.types import KINDS
from dsarbot.runtime import Runtime
from dsarbot.slack import blocks as bk
from dsarbot.slack import interact
from dsarbot.slack.access import REFUSAL
from dsarbot.slack.cards import KIND_LABELS, kinds_text, person

log = logging.getLogger(__name__)

INPUT_BLOCK = "reason"
INPUT_ACTION = "value"
ASSIGN_CALLBACK = "dsar_assign"
KINDS_CALLBACK = "dsar_kinds"
MAX_INPUT = 2000

Decide = Callable[[Session, Runtime, str, Actor, str], Outcome]


@dataclass(frozen=True)
class Form:
    """A one-question modal for a decision."""

    callback_id: str
    title: str
    label: str
    submit: str
    placeholder: str
    decide: Decide


FORMS: dict[str, Form] = {
    "reject": Form("dsar_reject", "Reject the request", "Reason (the requester is told it)", "Reject",
                   "e.g. the request is manifestly unfounded because…",
                   lambda s, rt, ref, who, text: decisions.reject(s, ref, who, text)),
    "extend": Form("dsar_extend", "Extend the deadline",
                   "Reasons for the extension (the requester is told them)", "Extend",
                   "e.g. the request covers many years of records in several systems",
                   lambda s, rt, ref, who, text: decisions.extend(s, ref, who, text)),
    "request_info": Form("dsar_request_info", "Ask the requester", "What should the requester send?",
                         "Send the question", "e.g. your customer number, or a copy of an ID document",
                         lambda s, rt, ref, who, text: decisions.request_info(s, ref, who, text)),
    "correct": Form("dsar_correct", "Corrections to apply", "One per line: field = new value",
                    "Save", "e.g. last_name = Virtanen",
                    lambda s, rt, ref, who, text: decisions.correct(s, ref, who, text.splitlines())),
    "verify": Form("dsar_verify", "Verify identity", "How was the identity checked?", "Mark verified",
                   "e.g. ID card seen at the office by …",
                   lambda s, rt, ref, who, text: decisions.verify(s, ref, who, text)),
}


def _metadata(reference: str, channel: str | None) -> str:
    return json.dumps({"ref": reference, "channel": channel})


def _read_metadata(view: dict[str, Any]) -> tuple[str, str | None]:
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        meta = {}
    return str(meta.get("ref") or ""), meta.get("channel")


def _about(case: Case) -> dict[str, Any]:
    who = bk.escape(case.requester_name or case.requester_email or "unknown requester")
    due = cases.effective_due(case).isoformat()
    return bk.section(f"*{case.reference}* · {kinds_text(case.kinds)} · {who}\n"
                      f"{cases.STATE_LABELS.get(case.state, case.state)} · due {due}")


def _extend_note(case: Case) -> str:
    first = deadlines.due_date(case.received_at, paused_days=case.paused_days)
    longest = deadlines.due_date(case.received_at, extended=True, paused_days=case.paused_days)
    if case.extended:
        return f"Already extended once, to {case.due_date.isoformat()}; GDPR allows one extension."
    if not deadlines.extension_allowed(case.received_at, deadlines.today_helsinki(),
                                       paused_days=case.paused_days):
        return (f"The first month ended on {first.isoformat()}: GDPR Art. 12(3) allows an extension only "
                "if the requester is told before that, so it will be refused.")
    return (f"The new due date would be {longest.isoformat()}. The requester must be told before the first "
            f"month ends ({first.isoformat()}); the notice goes out when you submit.")


def form_view(kind: str, case: Case, channel: str | None) -> dict[str, Any]:
    """The modal for decision *kind* on *case*."""
    form = FORMS[kind]
    body: list[dict[str, Any]] = [_about(case)]
    if kind == "extend":
        body.append(bk.context(_extend_note(case)))
    body.append({
        "type": "input", "block_id": INPUT_BLOCK, "label": bk.plain(form.label, limit=2000),
        "element": {"type": "plain_text_input", "action_id": INPUT_ACTION, "multiline": True,
                    "max_length": MAX_INPUT, "placeholder": bk.plain(form.placeholder, limit=150)},
    })
    return {"type": "modal", "callback_id": form.callback_id, "private_metadata": _metadata(case.reference, channel),
            "title": bk.plain(form.title, limit=bk.MODAL_TITLE), "submit": bk.plain(form.submit, limit=24),
            "close": bk.plain("Cancel", limit=24), "blocks": body}


def assign_view(case: Case, channel: str | None) -> dict[str, Any]:
    """The modal that picks the person responsible for *case*."""
    select: dict[str, Any] = {"type": "users_select", "action_id": INPUT_ACTION,
                              "placeholder": bk.plain("Choose a person", limit=150)}
    if case.assignee and person(case.assignee).startswith("<@"):
        select["initial_user"] = case.assignee
    return {"type": "modal", "callback_id": ASSIGN_CALLBACK,
            "private_metadata": _metadata(case.reference, channel),
            "title": bk.plain("Assign the case", limit=bk.MODAL_TITLE), "submit": bk.plain("Assign", limit=24),
            "close": bk.plain("Cancel", limit=24),
            "blocks": [_about(case), {"type": "input", "block_id": INPUT_BLOCK,
                                      "label": bk.plain("Responsible person"), "element": select}]}


def kinds_view(case: Case, channel: str | None) -> dict[str, Any]:
    """The modal that corrects which rights *case* uses (ticked: what the classifier found)."""
    options = [bk.option(KIND_LABELS[k], k) for k in KINDS]
    boxes: dict[str, Any] = {"type": "checkboxes", "action_id": INPUT_ACTION, "options": options}
    current = [o for o in options if o["value"] in case.kinds]
    if current:
        boxes["initial_options"] = current
    note = ("The data lookup runs again for the new rights; an added objection to direct marketing is "
            "carried out at once.")
    return {"type": "modal", "callback_id": KINDS_CALLBACK, "private_metadata": _metadata(case.reference, channel),
            "title": bk.plain("Change rights", limit=bk.MODAL_TITLE), "submit": bk.plain("Save", limit=24),
            "close": bk.plain("Cancel", limit=24),
            "blocks": [_about(case), bk.context(note),
                       {"type": "input", "block_id": INPUT_BLOCK,
                        "label": bk.plain("Which rights does the writer use?"), "element": boxes}]}


def open_modal(rt: Runtime, client: WebClient, body: dict[str, Any], kind: str) -> str | None:
    """Open the modal for *kind* on the clicked case; returns why not (e.g. no such case) or None."""
    reference = interact.reference_of(body)
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        if case is None:
            return f"No case has the reference {reference!r}."
        if case.state in cases.CLOSED_STATES:
            return f"{case.reference} is already {case.state}; a closed case cannot change."
        channel = interact.channel_of(body)
        views = {"assign": assign_view, "kinds": kinds_view}
        view = views[kind](case, channel) if kind in views else form_view(kind, case, channel)
    client.views_open(trigger_id=body["trigger_id"], view=view)
    return None


def _value(view: dict[str, Any]) -> dict[str, Any]:
    return dict((view.get("state") or {}).get("values", {}).get(INPUT_BLOCK, {}).get(INPUT_ACTION) or {})


def _errors(ack: Ack, message: str) -> None:
    ack(response_action="errors", errors={INPUT_BLOCK: bk.clip(message, 1000)})


def register(app: App, rt: Runtime) -> None:
    """Register the view_submission handlers of the decision modals on *app*."""

    def submitted(read: Callable[[dict[str, Any]], tuple[Any, str | None]],
                  decide: Callable[[Session, str, Actor, Any], Outcome]) -> Callable[..., None]:
        """A view_submission handler: approvers only; *read* gets the input (or what is missing), *decide* runs."""

        def on_submit(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
            user_id, _ = interact.user_of(body)
            reference, channel = _read_metadata(view)
            if not interact.may_decide(rt, client, user_id):
                _errors(ack, REFUSAL)
                return
            value, missing = read(_value(view))
            if missing:
                _errors(ack, missing)
                return
            actor = interact.actor_of(body)
            ok, message = interact.decide(rt, lambda s: decide(s, reference, actor, value))
            if not ok:
                _errors(ack, message)
                return
            ack()
            interact.tell(client, user_id, message, channel=channel)

        return on_submit

    def text(value: dict[str, Any]) -> tuple[str, None]:
        return str(value.get("value") or "").strip(), None

    def kinds(value: dict[str, Any]) -> tuple[list[str], str | None]:
        chosen = [str(o.get("value")) for o in value.get("selected_options") or []]
        return chosen, (None if chosen else
                        "Tick at least one right; mail that is no request is closed with \"Not a request\".")

    def person_chosen(value: dict[str, Any]) -> tuple[str, str | None]:
        chosen = str(value.get("selected_user") or "")
        return chosen, (None if chosen else "Choose the person responsible.")

    def deciding(form: Form) -> Callable[[Session, str, Actor, Any], Outcome]:
        return lambda s, ref, who, value: form.decide(s, rt, ref, who, value)

    for form in FORMS.values():
        app.view(form.callback_id)(submitted(text, deciding(form)))
    app.view(KINDS_CALLBACK)(submitted(kinds, decisions.set_kinds))
    app.view(ASSIGN_CALLBACK)(submitted(person_chosen, decisions.assign))
