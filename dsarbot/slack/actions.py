"""Button clicks on case cards.

Every handler acknowledges first (Slack shows an error to the clicker when the 3-second answer is
late), then checks that the clicker is an approver, then records the decision or opens the modal
that asks for its words. The card itself is updated by the worker from the queued `slack_card` job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from dsarbot import decisions
from dsarbot.runtime import Runtime
from dsarbot.slack import cards, interact, modals
from dsarbot.slack.access import REFUSAL

log = logging.getLogger(__name__)

MODAL_BUTTONS = {
    cards.REJECT: "reject",
    cards.EXTEND: "extend",
    cards.REQUEST_INFO: "request_info",
    cards.VERIFY: "verify",
    cards.ASSIGN: "assign",
    cards.CORRECT: "correct",
    cards.CHANGE_KINDS: "kinds",
}


def selected_kinds(body: dict[str, Any]) -> list[str]:
    """The kinds ticked on a triage card (read from the message's state at the time of the click)."""
    values = (body.get("state") or {}).get("values") or {}
    chosen = (values.get(cards.TRIAGE_KINDS_BLOCK) or {}).get(cards.TRIAGE_KINDS_ACTION) or {}
    return [str(o.get("value")) for o in chosen.get("selected_options") or []]


def register(app: App, rt: Runtime) -> None:
    """Register the card buttons' handlers on *app*."""

    def guarded(work: Callable[[dict[str, Any], WebClient, Respond, str], None]) -> Callable[..., None]:
        """Ack at once, refuse non-approvers, then do *work* (after the ack, so Slack is never kept waiting)."""

        def listener(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
            ack()
            user_id, _ = interact.user_of(body)
            if not interact.may_decide(rt, client, user_id):
                log.info("refused a click on %s by a non-approver", interact.reference_of(body))
                interact.tell(client, user_id, REFUSAL, channel=interact.channel_of(body), respond=respond)
                return
            work(body, client, respond, user_id)

        return listener

    def finish(body: dict[str, Any], client: WebClient, respond: Respond, user_id: str,
               result: tuple[bool, str]) -> None:
        ok, message = result
        text = message if ok else f":no_entry: {message}"
        interact.tell(client, user_id, text, channel=interact.channel_of(body), respond=respond)

    def approve(body: dict[str, Any], client: WebClient, respond: Respond, user_id: str) -> None:
        ref, actor = interact.reference_of(body), interact.actor_of(body)
        result = interact.decide(rt, lambda s: decisions.approve(s, rt.settings, ref, actor))
        finish(body, client, respond, user_id, result)

    def not_request(body: dict[str, Any], client: WebClient, respond: Respond, user_id: str) -> None:
        ref, actor = interact.reference_of(body), interact.actor_of(body)
        result = interact.decide(rt, lambda s: decisions.not_request(s, ref, actor, "marked in Slack"))
        finish(body, client, respond, user_id, result)

    def confirm(body: dict[str, Any], client: WebClient, respond: Respond, user_id: str) -> None:
        ref, actor, kinds = interact.reference_of(body), interact.actor_of(body), selected_kinds(body)
        result = interact.decide(rt, lambda s: decisions.confirm(s, ref, actor, kinds))
        finish(body, client, respond, user_id, result)

    def task_done(body: dict[str, Any], client: WebClient, respond: Respond, user_id: str) -> None:
        parsed = cards.parse_task_value(interact.reference_of(body))
        if parsed is None:
            finish(body, client, respond, user_id, (False, "This button names no task; reload the card."))
            return
        ref, number = parsed
        actor = interact.actor_of(body)
        result = interact.decide(rt, lambda s: decisions.task_done(s, ref, actor, number, "marked done in Slack"))
        finish(body, client, respond, user_id, result)

    def modal(kind: str) -> Callable[[dict[str, Any], WebClient, Respond, str], None]:
        def open_it(body: dict[str, Any], client: WebClient, respond: Respond, user_id: str) -> None:
            try:
                problem = modals.open_modal(rt, client, body, kind)
            except Exception as exc:  # e.g. the 3-second trigger expired while Slack was slow
                log.warning("could not open the %s form: %s", kind, type(exc).__name__)
                problem = "Slack did not open the form in time; please click the button again."
            if problem:
                interact.tell(client, user_id, f":no_entry: {problem}", channel=interact.channel_of(body),
                              respond=respond)

        return open_it

    app.action(cards.APPROVE)(guarded(approve))
    app.action(cards.NOT_REQUEST)(guarded(not_request))
    app.action(cards.CONFIRM)(guarded(confirm))
    app.action(cards.TASK_DONE)(guarded(task_done))
    for action_id, kind in MODAL_BUTTONS.items():
        app.action(action_id)(guarded(modal(kind)))

    @app.action(cards.TRIAGE_KINDS_ACTION)
    def kinds_ticked(ack: Ack) -> None:
        # Ticking a box only changes the message's state; the confirm button reads it.
        ack()
