"""App Home: every open case by due date, overdue and due-this-week marked, the viewer's own cases first.

Requester names are shown to approvers only; other people in the workspace see the deadlines,
states and assignees (what a manager needs) without anyone's personal data. The tab is personal: it
speaks the viewer's Slack language (`dsarbot.slack.lang`).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from dsarbot import deadlines
from dsarbot.i18n import ENGLISH, Translator
from dsarbot.runtime import Runtime
from dsarbot.slack import blocks as bk
from dsarbot.slack import interact, lang, overview

log = logging.getLogger(__name__)

MAX_ROWS = 80  # a Home view holds at most 100 blocks


def home_view(rows: list[overview.Row], user_id: str, today: date, *, personal: bool,
              t: Translator = ENGLISH) -> dict[str, Any]:
    """The Home tab for *user_id* in *t*'s language: counts, their own cases, then all open cases by due date."""
    mine = [r for r in rows if r.assignee == user_id]
    others = [r for r in rows if r.assignee != user_id]
    overdue = sum(r.overdue for r in rows)
    soon = sum(r.due_soon for r in rows)
    summary = t.gettext("*%(open)s open* · :red_circle: *%(overdue)s overdue* · :warning: *%(soon)s due this week*",
                        open=t.number(len(rows)), overdue=t.number(overdue), soon=t.number(soon))
    out: list[dict[str, Any]] = [
        bk.header(t.gettext("Data-subject requests")),
        bk.section(f"{summary}\n{overview.counts_text(rows, t)}"),
        bk.context(t.gettext("Updated %(today)s · soonest deadline first · `/dsar stats` for response times",
                             today=t.date(today))),
    ]
    if mine:
        out += [bk.divider(), bk.section(t.gettext("*Assigned to you (%(n)s)*", n=t.number(len(mine))))]
        out += [bk.section(overview.line(r, personal=personal, t=t)) for r in mine[:MAX_ROWS // 2]]
    if mine:
        title = t.gettext("*All open cases (%(n)s more)*", n=t.number(len(others)))
    else:
        title = t.gettext("*All open cases (%(n)s)*", n=t.number(len(others)))
    out += [bk.divider(), bk.section(title)]
    if not others:
        out.append(bk.context(t.gettext("Nothing else is open.")))
    shown = others[: MAX_ROWS - len(out)]
    out += [bk.section(overview.line(r, personal=personal, t=t)) for r in shown]
    if len(others) > len(shown):
        out.append(bk.context(t.gettext("… and %(n)s more: `/dsar list` shows them all.",
                                        n=t.number(len(others) - len(shown)))))
    if not personal:
        out.append(bk.context(t.gettext("Requester names are shown to approvers only.")))
    return {"type": "home", "blocks": bk.limit_blocks(out, bk.MAX_BLOCKS_VIEW, t)}


def publish_home(rt: Runtime, client: WebClient, user_id: str) -> None:
    """Build and publish the Home tab for one user, in their Slack language."""
    today = deadlines.today_helsinki()
    with rt.session() as session:
        rows = overview.open_rows(session, today)
    personal = interact.may_decide(rt, client, user_id)
    view = home_view(rows, user_id, today, personal=personal, t=lang.translator_for(rt, user_id))
    client.views_publish(user_id=user_id, view=view)


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
