"""Shared pieces of the interactive handlers: who clicked, telling them privately, running a decision.

A decision runs through `dsarbot.decisions` in its own transaction; on success the in-process worker
is woken (it posts the updated card, sends mail, runs the erasure). Handlers never do those steps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from sqlmodel import Session

from dsarbot.cases import CaseError
from dsarbot.decisions import Actor, Outcome
from dsarbot.i18n import Translator
from dsarbot.runtime import Runtime
from dsarbot.slack import access

log = logging.getLogger(__name__)


def user_of(body: dict[str, Any]) -> tuple[str, str | None]:
    """(user id, display name) of the person behind an interaction payload."""
    user = body.get("user") or {}
    user_id = str(user.get("id") or body.get("user_id") or "")
    name = user.get("username") or user.get("name") or body.get("user_name")
    return user_id, (str(name) if name else None)


def actor_of(body: dict[str, Any]) -> Actor:
    """The decision's actor: `slack:U123` with the Slack user's name (recorded on the case event)."""
    user_id, name = user_of(body)
    return Actor(f"slack:{user_id}", name)


def reference_of(body: dict[str, Any]) -> str:
    """The case reference a button carries as its value (the contract)."""
    actions = body.get("actions") or [{}]
    return str(actions[0].get("value") or "")


def channel_of(body: dict[str, Any]) -> str | None:
    """The channel a clicked message is in, if the click came from a message."""
    channel = body.get("channel") or {}
    return channel.get("id") or (body.get("container") or {}).get("channel_id")


def tell(client: WebClient, user_id: str, text: str, *, channel: str | None = None,
         respond: Callable[..., Any] | None = None) -> None:
    """Show *text* to one user only: ephemeral in *channel*, else via response_url, else a DM.

    Each way is tried in turn (an ephemeral message fails in a channel the bot is not a member of,
    while the response_url of the click always works). A failure is logged, not raised: the decision
    (if any) is already recorded.
    """
    ways: list[Callable[[], Any]] = []
    if channel:
        ways.append(lambda: client.chat_postEphemeral(channel=channel, user=user_id, text=text))
    if respond is not None:
        ways.append(lambda: respond(text=text, response_type="ephemeral", replace_original=False))
    ways.append(lambda: client.chat_postMessage(channel=user_id, text=text))
    for way in ways:
        try:
            way()
            return
        except Exception as exc:  # try the next way; the user only misses a notice
            log.warning("could not tell %s the outcome this way: %s", user_id, type(exc).__name__)


def may_decide(rt: Runtime, client: WebClient, user_id: str) -> bool:
    """Whether the user is an approver (see dsarbot.slack.access)."""
    return access.is_approver(rt.settings.slack, client, user_id)


def decide(rt: Runtime, fn: Callable[[Session], Outcome], t: Translator) -> tuple[bool, str]:
    """Run one decision in its own transaction: (True, what it did) or (False, why it was refused), in
    the language of *t* (the person who decided)."""
    try:
        with rt.session() as session:
            outcome = fn(session)
            message = outcome.said.render(t)
    except CaseError as exc:
        return False, exc.render(t)
    rt.notify_work()
    return True, message
