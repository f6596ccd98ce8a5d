"""Button clicks on case cards.

Every handler acknowledges first (Slack shows an error to the clicker when the 3-second answer is
late), then checks that the clicker is an approver, then records the decision or opens the modal
that asks for its words. The card itself is updated by the worker from the queued `slack_card` job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from sqlmodel import Session

from dsarbot import decisions
from dsarbot.i18n import Translator
from dsarbot.runtime import Runtime
from dsarbot.slack import cards, interact, lang, modals
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


@dataclass(frozen=True)
class Click:
    """One click on a card: who, where, how to answer them, and in their language."""

    body: dict[str, Any]
    client: WebClient
    respond: Respond
    user_id: str
    t: Translator

    def tell(self, text: str) -> None:
        """Show *text* to the clicker only."""
        interact.tell(self.client, self.user_id, text, channel=interact.channel_of(self.body), respond=self.respond)


def register(app: App, rt: Runtime) -> None:
    """Register the card buttons' handlers on *app*."""

    def guarded(work: Callable[[Click], None]) -> Callable[..., None]:
        """Ack at once, refuse non-approvers, then do *work* (after the ack, so Slack is never kept waiting)."""

        def listener(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
            ack()
            user_id, _ = interact.user_of(body)
            click = Click(body, client, respond, user_id, lang.translator_for(rt, user_id))
            if not interact.may_decide(rt, client, user_id):
                log.info("refused a click on %s by a non-approver", interact.reference_of(body))
                click.tell(click.t.gettext(REFUSAL))
                return
            work(click)

        return listener

    def finish(click: Click, result: tuple[bool, str]) -> None:
        ok, message = result
        click.tell(message if ok else f":no_entry: {message}")

    def decide(click: Click, fn: Callable[[Session], decisions.Outcome]) -> None:
        finish(click, interact.decide(rt, fn, click.t))

    def approve(click: Click) -> None:
        ref, actor = interact.reference_of(click.body), interact.actor_of(click.body)
        decide(click, lambda s: decisions.approve(s, rt.settings, ref, actor))

    def not_request(click: Click) -> None:
        ref, actor = interact.reference_of(click.body), interact.actor_of(click.body)
        decide(click, lambda s: decisions.not_request(s, ref, actor, "marked in Slack"))

    def confirm(click: Click) -> None:
        ref, actor, kinds = interact.reference_of(click.body), interact.actor_of(click.body), selected_kinds(click.body)
        decide(click, lambda s: decisions.confirm(s, ref, actor, kinds))

    def task_done(click: Click) -> None:
        parsed = cards.parse_task_value(interact.reference_of(click.body))
        if parsed is None:
            finish(click, (False, click.t.gettext("This button names no task; reload the card.")))
            return
        ref, number = parsed
        actor = interact.actor_of(click.body)
        decide(click, lambda s: decisions.task_done(s, ref, actor, number, "marked done in Slack"))

    def modal(kind: str) -> Callable[[Click], None]:
        def open_it(click: Click) -> None:
            try:
                problem = modals.open_modal(rt, click.client, click.body, kind, click.t)
            except Exception as exc:  # e.g. the 3-second trigger expired while Slack was slow
                log.warning("could not open the %s form: %s", kind, type(exc).__name__)
                problem = click.t.gettext("Slack did not open the form in time; please click the button again.")
            if problem:
                click.tell(f":no_entry: {problem}")

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
