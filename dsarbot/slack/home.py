"""App Home: every open case by due date, overdue and due-this-week marked, the viewer's own cases first.

Requester names are shown to approvers only; other people in the workspace see the deadlines,
states and assignees (what a manager needs) without anyone's personal data.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from dsarbot import deadlines
from dsarbot.runtime import Runtime
from dsarbot.slack import blocks as bk
from dsarbot.slack import interact, overview

log = logging.getLogger(__name__)

MAX_ROWS = 80  # a Home view holds at most 100 blocks


def home_view(rows: list[overview.Row], user_id: str, today: date, *, personal: bool) -> dict[str, Any]:
    """The Home tab for *user_id*: counts, their own cases, then all open cases by due date."""
    mine = [r for r in rows if r.assignee == user_id]
    others = [r for r in rows if r.assignee != user_id]
    overdue = sum(r.overdue for r in rows)
    soon = sum(r.due_soon for r in rows)
    out: list[dict[str, Any]] = [
        bk.header("Data-subject requests"),
        bk.section(f"*{len(rows)} open* · :red_circle: *{overdue} overdue* · :warning: *{soon} due this week*"
                   f"\n{overview.counts_text(rows)}"),
        bk.context(f"Updated {today.isoformat()} · soonest deadline first · `/dsar stats` for response times"),
    ]
    if mine:
        out += [bk.divider(), bk.section(f"*Assigned to you ({len(mine)})*")]
        out += [bk.section(overview.line(r, personal=personal)) for r in mine[:MAX_ROWS // 2]]
    out += [bk.divider(), bk.section(f"*All open cases ({len(others)}{' more' if mine else ''})*")]
    if not others:
        out.append(bk.context("Nothing else is open."))
    shown = others[: MAX_ROWS - len(out)]
    out += [bk.section(overview.line(r, personal=personal)) for r in shown]
    if len(others) > len(shown):
        out.append(bk.context(f"… and {len(others) - len(shown)} more: `/dsar list` shows them all."))
    if not personal:
        out.append(bk.context("Requester names are shown to approvers only."))
    return {"type": "home", "blocks": bk.limit_blocks(out, bk.MAX_BLOCKS_VIEW)}


def publish_home(rt: Runtime, client: WebClient, user_id: str) -> None:
    """Build and publish the Home tab for one user."""
    today = deadlines.today_helsinki()
    with rt.session() as session:
        rows = overview.open_rows(session, today)
    personal = interact.may_decide(rt, client, user_id)
    client.views_publish(user_id=user_id, view=home_view(rows, user_id, today, personal=personal))


def register(app: App, rt: Runtime) -> None:
    """Publish the Home tab whenever someone opens it."""

    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        try:
            publish_home(rt, client, str(event.get("user") or ""))
        except Exception:  # a failed Home refresh must not break the event stream
            log.exception("could not publish the Home tab")
