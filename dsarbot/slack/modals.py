"""Modals that ask for the words a decision needs, and their submissions.

Reject asks for the reason, extend for the reasons, request info for what is needed, verify for how the
identity was checked, assign for the person, "change rights" for the kinds the classifier got wrong.
The submission calls the decision; a refusal (e.g. an extension after the first month) comes back as
the modal's validation error, so the person sees why right where they typed. A modal is personal: it
speaks the language of the person who opened it (`dsarbot.slack.lang`).
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

from dsarbot import cases, deadlines, decisions, i18n, store
from dsarbot.decisions import Actor, Outcome
from dsarbot.i18n import N_, Translator
from dsarbot.models import Case
from dsarbot.pipeline.types import KINDS
from dsarbot.reports import labels
from dsarbot.runtime import Runtime
from dsarbot.slack import blocks as bk
from dsarbot.slack import interact, lang
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
    """A one-question modal for a decision (its words are catalogue ids, translated when it opens)."""

    callback_id: str
    title: str
    label: str
    submit: str
    placeholder: str
    decide: Decide


FORMS: dict[str, Form] = {
    "reject": Form("dsar_reject", N_("Reject the request"), N_("Reason (the requester is told it)"), N_("Reject"),
                   N_("e.g. the request is manifestly unfounded because…"),
                   lambda s, rt, ref, who, text: decisions.reject(s, ref, who, text)),
    "extend": Form("dsar_extend", N_("Extend the deadline"),
                   N_("Reasons for the extension (the requester is told them)"), N_("Extend"),
                   N_("e.g. the request covers many years of records in several systems"),
                   lambda s, rt, ref, who, text: decisions.extend(s, ref, who, text)),
    "request_info": Form("dsar_request_info", N_("Ask the requester"), N_("What should the requester send?"),
                         N_("Send the question"), N_("e.g. your customer number, or a copy of an ID document"),
                         lambda s, rt, ref, who, text: decisions.request_info(s, ref, who, text)),
    "correct": Form("dsar_correct", N_("Corrections to apply"), N_("One per line: field = new value"),
                    N_("Save"), N_("e.g. last_name = Virtanen"),
                    lambda s, rt, ref, who, text: decisions.correct(s, ref, who, text.splitlines())),
    "verify": Form("dsar_verify", N_("Verify identity"), N_("How was the identity checked?"), N_("Mark verified"),
                   N_("e.g. ID card seen at the office by …"),
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


def _about(case: Case, t: Translator) -> dict[str, Any]:
    who = bk.escape(case.requester_name or case.requester_email or t.gettext("unknown requester"))
    return bk.section(t.gettext("*%(ref)s* · %(kinds)s · %(who)s\n%(state)s · due %(due)s", ref=case.reference,
                                kinds=kinds_text(case.kinds, t), who=who, state=labels.state(t, case.state),
                                due=t.date(cases.effective_due(case))))


def _extend_note(case: Case, t: Translator) -> str:
    first = deadlines.due_date(case.received_at, paused_days=case.paused_days)
    longest = deadlines.due_date(case.received_at, extended=True, paused_days=case.paused_days)
    if case.extended:
        return t.gettext("Already extended once, to %(due)s; GDPR allows one extension.", due=t.date(case.due_date))
    if not deadlines.extension_allowed(case.received_at, deadlines.today_helsinki(),
                                       paused_days=case.paused_days):
        return t.gettext("The first month ended on %(first)s: GDPR Art. 12(3) allows an extension only if the "
                         "requester is told before that, so it will be refused.", first=t.date(first))
    return t.gettext("The new due date would be %(due)s. The requester must be told before the first month ends "
                     "(%(first)s); the notice goes out when you submit.", due=t.date(longest), first=t.date(first))


def _modal(callback_id: str, case: Case, channel: str | None, t: Translator, title: str, submit: str,
           blocks: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "modal", "callback_id": callback_id, "private_metadata": _metadata(case.reference, channel),
            "title": bk.plain(title, limit=bk.MODAL_TITLE), "submit": bk.plain(submit, limit=24),
            "close": bk.plain(t.gettext("Cancel"), limit=24), "blocks": blocks}


def form_view(kind: str, case: Case, channel: str | None, t: Translator = i18n.ENGLISH) -> dict[str, Any]:
    """The modal for decision *kind* on *case*, in *t*'s language."""
    form = FORMS[kind]
    body: list[dict[str, Any]] = [_about(case, t)]
    if kind == "extend":
        body.append(bk.context(_extend_note(case, t)))
    body.append({
        "type": "input", "block_id": INPUT_BLOCK, "label": bk.plain(t.gettext(form.label), limit=2000),
        "element": {"type": "plain_text_input", "action_id": INPUT_ACTION, "multiline": True,
                    "max_length": MAX_INPUT, "placeholder": bk.plain(t.gettext(form.placeholder), limit=150)},
    })
    return _modal(form.callback_id, case, channel, t, t.gettext(form.title), t.gettext(form.submit), body)


def assign_view(case: Case, channel: str | None, t: Translator = i18n.ENGLISH) -> dict[str, Any]:
    """The modal that picks the person responsible for *case*."""
    select: dict[str, Any] = {"type": "users_select", "action_id": INPUT_ACTION,
                              "placeholder": bk.plain(t.gettext("Choose a person"), limit=150)}
    if case.assignee and person(case.assignee).startswith("<@"):
        select["initial_user"] = case.assignee
    return _modal(ASSIGN_CALLBACK, case, channel, t, t.gettext("Assign the case"), t.gettext("Assign"),
                  [_about(case, t), {"type": "input", "block_id": INPUT_BLOCK,
                                     "label": bk.plain(t.gettext("Responsible person")), "element": select}])


def kinds_view(case: Case, channel: str | None, t: Translator = i18n.ENGLISH) -> dict[str, Any]:
    """The modal that corrects which rights *case* uses (ticked: what the classifier found)."""
    options = [bk.option(t.gettext(KIND_LABELS[k]), k) for k in KINDS]
    boxes: dict[str, Any] = {"type": "checkboxes", "action_id": INPUT_ACTION, "options": options}
    current = [o for o in options if o["value"] in case.kinds]
    if current:
        boxes["initial_options"] = current
    note = t.gettext("The data lookup runs again for the new rights; an added objection to direct marketing is "
                     "carried out at once.")
    return _modal(KINDS_CALLBACK, case, channel, t, t.gettext("Change rights"), t.gettext("Save"),
                  [_about(case, t), bk.context(note),
                   {"type": "input", "block_id": INPUT_BLOCK,
                    "label": bk.plain(t.gettext("Which rights does the writer use?")), "element": boxes}])


def open_modal(rt: Runtime, client: WebClient, body: dict[str, Any], kind: str,
               t: Translator = i18n.ENGLISH) -> str | None:
    """Open the modal for *kind* on the clicked case; returns why not (e.g. no such case) or None."""
    reference = interact.reference_of(body)
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        if case is None:
            return t.gettext("No case has the reference %(ref)s.", ref=reference)
        if case.state in cases.CLOSED_STATES:
            return t.gettext("%(ref)s is already closed (%(state)s); a closed case cannot change",
                             ref=case.reference, state=labels.state(t, case.state))
        channel = interact.channel_of(body)
        if kind == "assign":
            view = assign_view(case, channel, t)
        elif kind == "kinds":
            view = kinds_view(case, channel, t)
        else:
            view = form_view(kind, case, channel, t)
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
            t = lang.translator_for(rt, user_id)  # remembered since the modal opened: no Slack call here
            reference, channel = _read_metadata(view)
            if not interact.may_decide(rt, client, user_id):
                _errors(ack, t.gettext(REFUSAL))
                return
            value, missing = read(_value(view))
            if missing:
                _errors(ack, t.gettext(missing))
                return
            actor = interact.actor_of(body)
            ok, message = interact.decide(rt, lambda s: decide(s, reference, actor, value), t)
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
                        N_("Tick at least one right; mail that is no request is closed with \"Not a request\"."))

    def person_chosen(value: dict[str, Any]) -> tuple[str, str | None]:
        chosen = str(value.get("selected_user") or "")
        return chosen, (None if chosen else N_("Choose the person responsible."))

    def deciding(form: Form) -> Callable[[Session, str, Actor, Any], Outcome]:
        return lambda s, ref, who, value: form.decide(s, rt, ref, who, value)

    for form in FORMS.values():
        app.view(form.callback_id)(submitted(text, deciding(form)))
    app.view(KINDS_CALLBACK)(submitted(kinds, decisions.set_kinds))
    app.view(ASSIGN_CALLBACK)(submitted(person_chosen, decisions.assign))
