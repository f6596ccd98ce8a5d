"""The Monday digest in the channel, in the staff language: last week's numbers, the on-time rate of the
last 30 days, and the cases due this week (overdue first).

The channel is shared, so the digest names no requester: references, rights, due dates and assignees.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from dsarbot import deadlines, reports
from dsarbot.i18n import Translator
from dsarbot.reports import labels
from dsarbot.slack import blocks as bk
from dsarbot.slack import overview
from dsarbot.slack.cards import person

MAX_LISTED = 15


def _due_line(t: Translator, r: overview.Row) -> str:
    kinds = ", ".join(labels.kind_short(t, k) for k in r.kinds) or t.gettext("triage")
    who = person(r.assignee) if r.assignee else t.gettext("unassigned")
    if r.overdue:
        return t.ngettext(":red_circle: *%(reference)s* · %(kinds)s · was due %(due)s, *%(n)s day overdue* · %(who)s",
                          ":red_circle: *%(reference)s* · %(kinds)s · was due %(due)s, *%(n)s days overdue* · %(who)s",
                          -r.days_left, reference=r.reference, kinds=kinds, due=t.date(r.due), who=who)
    if r.days_left == 0:
        return t.gettext(":warning: *%(reference)s* · %(kinds)s · *due today* · %(who)s",
                         reference=r.reference, kinds=kinds, who=who)
    return t.ngettext(":warning: *%(reference)s* · %(kinds)s · due %(due)s, in %(n)s day · %(who)s",
                      ":warning: *%(reference)s* · %(kinds)s · due %(due)s, in %(n)s days · %(who)s",
                      r.days_left, reference=r.reference, kinds=kinds, due=t.date(r.due), who=who)


def digest_text(t: Translator, session: Session, now: datetime) -> str:
    """The digest in mrkdwn."""
    w = overview.week(session, now)
    today = deadlines.today_helsinki(now)
    recent = reports.recent(session, today, now, days=30)
    median = "–" if w.median_days is None else t.number(w.median_days)
    lines = [
        t.gettext("*Data-subject requests, week %(first)s – %(last)s*", first=t.date(w.start), last=t.date(w.end)),
        t.gettext("New requests: *%(received)s* · completed: *%(completed)s* · otherwise closed: *%(other)s* · "
                  "median days to completion: *%(median)s*", received=t.number(w.received),
                  completed=t.number(w.completed), other=t.number(w.closed_other), median=median),
    ]
    known = recent.on_time + recent.late
    if known:
        lines.append(t.gettext("On time in the last 30 days: *%(rate)s* (%(on_time)s of %(known)s requests answered "
                               "or due)", rate=t.percent(recent.rate), on_time=t.number(recent.on_time),
                               known=t.number(known)))
    else:
        lines.append(t.gettext("On time in the last 30 days: no request was answered or due"))
    lines.append(t.gettext("Open now: *%(open)s* · overdue: *%(overdue)s* · due in the next 7 days: *%(soon)s*",
                           open=t.number(w.open), overdue=t.number(w.overdue), soon=t.number(w.due_next_week)))
    due = [r for r in overview.open_rows(session, today) if r.overdue or r.due_soon]
    if due:
        lines += ["", t.gettext("*Due this week*")] + [_due_line(t, r) for r in due[:MAX_LISTED]]
        if len(due) > MAX_LISTED:
            lines.append(t.gettext("… and %(n)s more: the Home tab lists them all.", n=t.number(len(due) - MAX_LISTED)))
    return "\n".join(lines)


def digest_blocks(text: str) -> list[dict[str, Any]]:
    """The digest as Block Kit (one section per paragraph: a section holds at most 3,000 characters)."""
    return [bk.section(part) for part in text.split("\n\n") if part.strip()]
