"""Deadline reminders in the Slack channel (for cases and for open staff tasks) and the Monday digest.

The periodic functions only decide *what* is due and queue a job for it; the worker posts (and
retries while Slack is away). Each reminder is queued once: its job's dedupe key names the case, the
due date and the reminder point, so running the check every few minutes — or in two processes —
never posts twice, and an extension (a new due date) starts a fresh series. Reminders are posted in the
channel, in `[staff] language`.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from dsarbot import cases, deadlines, messages, store, tasks
from dsarbot.i18n import ENGLISH, Translator
from dsarbot.models import Case, utcnow
from dsarbot.reports import labels
from dsarbot.runtime import Runtime
from dsarbot.slack import blocks as bk
from dsarbot.slack.cards import person

log = logging.getLogger(__name__)

REMINDER_JOB = "slack_reminder"
TASK_REMINDER_JOB = "slack_task_reminder"
DIGEST_JOB = "slack_digest"
CHECK_INTERVAL_SECONDS = 15 * 60


def _active(rt: Runtime) -> bool:
    slack = rt.settings.slack
    return slack.enabled and bool(slack.channel)


def reminder_point(days_left: int, days_before: list[int], today_is_working_day: bool) -> int | None:
    """Which reminder is due for a case *days_left* days before its due date, if any.

    Before the due date the nearest configured point at or above *days_left* (so a reminder missed
    while the bot was down is still sent, once); on the due day 0; when overdue, the (negative) day
    itself on working days only.
    """
    if days_left < 0:
        return days_left if today_is_working_day else None
    points = sorted(d for d in days_before if d >= days_left)
    if days_left == 0:
        return 0
    return points[0] if points else None


def due_reminders(rt: Runtime, now: datetime | None = None) -> int:
    """Queue the reminders due at *now* (7, 3, 1 days before, due day, each overdue working day)."""
    if not _active(rt):
        return 0
    now = now or utcnow()
    today = deadlines.today_helsinki(now)
    working = deadlines.is_working_day(today)
    days_before = list(rt.settings.reminders.days_before)
    queued = 0
    with rt.session() as session:
        for case in store.list_cases(session, states=list(cases.OPEN_STATES)):
            assert case.id is not None
            due = cases.effective_due(case, now)
            left = deadlines.days_left(due, today)
            point = reminder_point(left, days_before, working)
            if point is None:
                continue
            queued += store.enqueue_job(session, REMINDER_JOB, case_id=case.id,
                                        payload={"due": due.isoformat(), "point": point, "days_left": left},
                                        dedupe_key=f"remind:{case.id}:{due.isoformat()}:{point}")
        queued += _task_reminders(session, today, days_before, working)
    if queued:
        log.info("queued %d deadline reminder(s)", queued)
        rt.notify_work()
    return queued


def _task_reminders(session: Session, today: date, days_before: list[int], working: bool) -> int:
    """Queue reminders of open staff tasks at the same points as case deadlines (also on closed cases)."""
    queued = 0
    for case in store.cases_with_open_tasks(session):
        for task in tasks.open_tasks(case):
            due = date.fromisoformat(str(task["due"]))
            left = deadlines.days_left(due, today)
            point = reminder_point(left, days_before, working)
            if point is None:
                continue
            queued += store.enqueue_job(session, TASK_REMINDER_JOB, case_id=case.id,
                                        payload={"task": task["id"], "due": due.isoformat(), "days_left": left},
                                        dedupe_key=f"remind-task:{case.id}:{task['id']}:{due.isoformat()}:{point}")
    return queued


def task_reminder_text(case: Case, task: dict[str, Any], left: int, mention: str | None,
                       t: Translator = ENGLISH) -> str:
    """The reminder line of an open staff task, mentioning the assignee (or *mention*)."""
    values = {"ref": case.reference, "id": str(task["id"]), "due": t.date(date.fromisoformat(str(task["due"]))),
              "task": bk.escape(messages.render(t, tasks.task_msg(task))),
              "who": person(case.assignee) if case.assignee else (mention or t.gettext("nobody is assigned"))}
    if left < 0:
        return t.ngettext(
            "%(ref)s: task #%(id)s :red_circle: is *%(n)s day overdue* (due %(due)s): %(task)s · %(who)s · "
            "mark it done on the card when it is",
            "%(ref)s: task #%(id)s :red_circle: is *%(n)s days overdue* (due %(due)s): %(task)s · %(who)s · "
            "mark it done on the card when it is", -left, **values)
    if left == 0:
        return t.gettext("%(ref)s: task #%(id)s :warning: is *due today* (due %(due)s): %(task)s · %(who)s · "
                         "mark it done on the card when it is", **values)
    return t.ngettext(
        "%(ref)s: task #%(id)s :alarm_clock: is due in *%(n)s day* (due %(due)s): %(task)s · %(who)s · "
        "mark it done on the card when it is",
        "%(ref)s: task #%(id)s :alarm_clock: is due in *%(n)s days* (due %(due)s): %(task)s · %(who)s · "
        "mark it done on the card when it is", left, **values)


def weekly_digest(rt: Runtime, now: datetime | None = None) -> bool:
    """Queue this week's digest when it is the configured weekday and hour in Helsinki (once a week)."""
    if not _active(rt):
        return False
    now = now or utcnow()
    local = now.astimezone(deadlines.HELSINKI)
    rem = rt.settings.reminders
    if local.weekday() != rem.digest_weekday or local.hour < rem.digest_hour:
        return False
    year, week, _ = local.isocalendar()
    with rt.session() as session:
        queued = store.enqueue_job(session, DIGEST_JOB, payload={"at": now.isoformat()},
                                   dedupe_key=f"digest:{year}-W{week:02d}")
    if queued:
        rt.notify_work()
    return queued


def reminder_text(case: Case, today_left: int, mention: str | None, t: Translator = ENGLISH) -> str:
    """The reminder line, mentioning the assignee (or *mention*, e.g. the approver group)."""
    values = {"ref": case.reference, "due": t.date(cases.effective_due(case)),
              "kinds": ", ".join(labels.kind_short(t, k) for k in case.kinds) or t.gettext("triage"),
              "state": labels.state(t, case.state),
              "who": person(case.assignee) if case.assignee else (mention or t.gettext("nobody is assigned"))}
    if today_left < 0:
        return t.ngettext(
            "%(ref)s (%(kinds)s) :red_circle: is *%(n)s day overdue* (due %(due)s) · %(state)s · %(who)s",
            "%(ref)s (%(kinds)s) :red_circle: is *%(n)s days overdue* (due %(due)s) · %(state)s · %(who)s",
            -today_left, **values)
    if today_left == 0:
        return t.gettext("%(ref)s (%(kinds)s) :warning: is *due today* (%(due)s) · %(state)s · %(who)s", **values)
    return t.ngettext("%(ref)s (%(kinds)s) :alarm_clock: is due in *%(n)s day* (%(due)s) · %(state)s · %(who)s",
                      "%(ref)s (%(kinds)s) :alarm_clock: is due in *%(n)s days* (%(due)s) · %(state)s · %(who)s",
                      today_left, **values)


def group_mention(group: str | None) -> str | None:
    """`<!subteam^S123>` for a user-group id (pings the approvers when nobody is assigned)."""
    if group and group.startswith("S") and group.isalnum():
        return f"<!subteam^{group}>"
    return bk.escape(f"@{group}") if group else None


def check_reminders(rt: Runtime) -> None:
    """Periodic task: queue the reminders due now."""
    due_reminders(rt)


def check_digest(rt: Runtime) -> None:
    """Periodic task: queue the weekly digest when its time has come."""
    weekly_digest(rt)


def register() -> bool:
    """Register the reminder check and the digest with `dsarbot.scheduler`, if that module exists."""
    try:
        from dsarbot import scheduler
    except ImportError:
        return False
    scheduler.register_periodic("slack.reminders", CHECK_INTERVAL_SECONDS, check_reminders)
    scheduler.register_periodic("slack.digest", CHECK_INTERVAL_SECONDS, check_digest)
    return True
