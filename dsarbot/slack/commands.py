"""`/dsar list | overdue | show REF | stats`, answered only to the person who asked.

Like App Home, requester names and case details are for approvers; everyone else sees references,
states, deadlines and assignees.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from sqlmodel import Session

from dsarbot import deadlines, store
from dsarbot.runtime import Runtime
from dsarbot.slack import blocks as bk
from dsarbot.slack import cards, interact, overview

log = logging.getLogger(__name__)

COMMAND = "/dsar"
USAGE = ("*`/dsar` shows data-subject requests (only to you):*\n"
         "`/dsar list` open cases, soonest deadline first\n"
         "`/dsar overdue` open cases past their due date\n"
         "`/dsar show DSAR-2026-0042` one case\n"
         "`/dsar stats` open/closed counts, overdue, median days to completion")
MAX_LINES = 40


def answer(session: Session, text: str, today: date, *, personal: bool) -> dict[str, Any]:
    """The ephemeral answer to `/dsar <text>`: a dict with `text` and `blocks`."""
    words = text.split()
    verb = words[0].lower() if words else "help"
    if verb in ("list", "overdue"):
        rows = overview.open_rows(session, today)
        if verb == "overdue":
            rows = [r for r in rows if r.overdue]
        title = "Overdue cases" if verb == "overdue" else "Open cases"
        if not rows:
            return _reply("No overdue cases. :white_check_mark:" if verb == "overdue" else "No open cases.")
        lines = [overview.line(r, personal=personal) for r in rows[:MAX_LINES]]
        if len(rows) > MAX_LINES:
            lines.append(f"… and {len(rows) - MAX_LINES} more")
        return _reply(f"*{title} ({len(rows)})*\n" + "\n".join(lines))
    if verb == "stats":
        return _reply("*Data-subject requests: statistics*\n" + overview.stats_text(overview.stats(session, today)))
    if verb == "show" and len(words) == 2:
        case = store.case_by_reference(session, words[1])
        if case is None:
            return _reply(f"No case has the reference {bk.escape(words[1])}.")
        if not personal:
            r = overview.row(case, today)
            return _reply(overview.line(r, personal=False) + "\nDetails are shown to approvers only.")
        card = cards.render(case, today)
        shown = [b for b in card.blocks if b.get("type") != "actions"]
        return {"response_type": "ephemeral", "text": card.text, "blocks": shown}
    return _reply(USAGE)


def _reply(text: str) -> dict[str, Any]:
    """An ephemeral answer; long texts are split into sections within Slack's limits."""
    chunks: list[str] = []
    current = ""
    for ln in text.splitlines():
        if len(current) + len(ln) + 1 > bk.SECTION_TEXT - 100:
            chunks.append(current)
            current = ""
        current = f"{current}\n{ln}" if current else ln
    chunks.append(current)
    return {"response_type": "ephemeral", "text": bk.fallback_text(text),
            "blocks": [bk.section(c) for c in chunks[: bk.MAX_BLOCKS_MESSAGE]]}


def register(app: App, rt: Runtime) -> None:
    """Register `/dsar` on *app*."""

    @app.command(COMMAND)
    def on_dsar(ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient) -> None:
        ack()
        user_id = str(body.get("user_id") or "")
        personal = interact.may_decide(rt, client, user_id)
        today = deadlines.today_helsinki()
        try:
            with rt.session() as session:
                reply = answer(session, str(body.get("text") or ""), today, personal=personal)
        except Exception:  # tell the person rather than leave them waiting
            log.exception("/dsar failed")
            reply = _reply("Sorry, that failed; the error is in dsarbot's log.")
        respond(**reply)
