"""Worker jobs that talk to Slack: the case card, deadline reminders and the weekly digest.

Delivery while Slack is away: a passing failure (429, 5xx, timeout) becomes `worker.Retry` with
Slack's Retry-After (else a growing backoff), so the job waits in the queue; decisions themselves are
already committed and never depend on Slack.

Order per case: every `slack_card` job has a sequence number (its id, or the id of the job it
continues). A job does not run while an unfinished `slack_card` job of the same case has a lower
number: it retries shortly after that one is due. Thread notes therefore appear in the order the
decisions were taken even when an earlier update had to wait. The card itself is always rendered
from the case as it is when the job runs, so it can never go back to an older state.

Each run makes at most one Slack call that cannot be repeated safely after the (idempotent) card
update: posting the card or posting the note. If the card was just posted but its note failed, the
card's ts is kept and the note continues in a new job with the same sequence number.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from sqlmodel import Session

from dsarbot import cases, deadlines, messages, store, tasks, worker
from dsarbot.analysis import request_analysis
from dsarbot.excerpt import excerpt
from dsarbot.models import Case, Job, utcnow
from dsarbot.runtime import Runtime
from dsarbot.slack import blocks as bk
from dsarbot.slack import cards, digest, lang, reminders
from dsarbot.slack.client import SlackUnavailable, call, slack_error, web_client

log = logging.getLogger(__name__)

CARD_JOB = "slack_card"
ORDERED_TYPES = (CARD_JOB,)
# Errors of chat.update that mean the card is gone: post a new one instead.
CARD_GONE = frozenset({"message_not_found", "cant_update_message", "channel_not_found", "is_archived"})
WAIT_FOR_LEASE = 2.0

_clients: dict[tuple[str | None, str], WebClient] = {}


def client_for(rt: Runtime) -> WebClient:
    """A WebClient for the worker (reused per token and API URL)."""
    config = rt.settings.slack
    key = (config.bot_token, config.api_url or "")
    if key not in _clients:
        _clients[key] = web_client(config)
    return _clients[key]


def request_text(rt: Runtime, session: Session, case: Case) -> str | None:
    """The request's words for the card: the mail's own text, then its attachments' (named, OCR kept), or None."""
    analysis = request_analysis(rt, session, case)
    return None if analysis is None else excerpt(analysis, cards.EXCERPT_CHARS * 2) or None


def sequence(job: Job) -> int:
    """The job's place in its case's line of Slack updates."""
    assert job.id is not None
    return int(job.payload.get("seq") or job.id)


def wait_for_earlier(session: Session, job: Job) -> None:
    """Raise Retry while an earlier Slack update of the same case is still to be delivered."""
    assert job.case_id is not None
    mine = sequence(job)
    now = utcnow()
    for other in store.unfinished_jobs_of_case(session, job.case_id, ORDERED_TYPES):
        if other.id == job.id or sequence(other) >= mine:
            continue
        if other.state == "running" and other.locked_until and other.locked_until > now:
            delay = WAIT_FOR_LEASE
        else:
            delay = max(0.2, (_aware(other.run_after) - now).total_seconds() + 0.2)
        raise worker.Retry(f"waiting for the earlier Slack update (job {other.id}) of this case", delay=delay)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


HONOUR_RETRY_AFTER = 3
"""Attempts during which Slack's Retry-After alone decides the wait; after that the wait also grows, so
a long rate-limit or outage does not use up the job's attempts within minutes."""


def _delay(exc: SlackUnavailable, job: Job) -> float:
    backoff = worker.backoff(job.attempts - HONOUR_RETRY_AFTER).total_seconds()
    if exc.retry_after is None:
        return worker.backoff(job.attempts).total_seconds()
    if job.attempts <= HONOUR_RETRY_AFTER:
        return max(1.0, exc.retry_after)
    return max(exc.retry_after, backoff)


def deliver_card(rt: Runtime, session: Session, job: Job, case: Case, channel: str) -> None:
    """Post or update the card of *case*, then post the job's note in the card's thread."""
    client = client_for(rt)
    text = request_text(rt, session, case)
    plan = None
    if case.state in cases.OPEN_STATES and case.state != "triage":
        from dsarbot.fulfil.preview import approval_plan_for

        plan = approval_plan_for(rt, session, case)  # what approving does now, as on the dashboard
    t = lang.channel_translator(rt)  # the channel is shared: [staff] language
    card = cards.render(case, deadlines.today_helsinki(), text, plan, t=t)
    note = job.payload.get("note")
    said = messages.from_payload(note)
    posted_now = False
    try:
        if case.slack_ts and case.slack_channel:
            try:
                call(client.chat_update, channel=case.slack_channel, ts=case.slack_ts, text=card.text,
                     blocks=card.blocks)
            except SlackUnavailable:
                raise
            except Exception as exc:
                if slack_error(exc) not in CARD_GONE:
                    raise
                log.warning("the card of %s is gone (%s); posting a new one", case.reference, slack_error(exc))
                case.slack_ts = None
        if not case.slack_ts:
            response = call(client.chat_postMessage, channel=channel, text=card.text, blocks=card.blocks,
                            unfurl_links=False, unfurl_media=False)
            case.slack_channel = str(response["channel"])
            case.slack_ts = str(response["ts"])
            session.add(case)
            posted_now = True
        if said:
            call(client.chat_postMessage, channel=case.slack_channel, thread_ts=case.slack_ts,
                 text=bk.fallback_text(bk.escape(bk.mask_identity_codes(messages.render(t, said)))),
                 unfurl_links=False, unfurl_media=False)
    except SlackUnavailable as exc:
        if not posted_now:
            raise worker.Retry(f"Slack unavailable: {exc}", delay=_delay(exc, job)) from exc
        # The card is posted (keep its ts, committed with this job); the note continues in line.
        store.enqueue_job(session, CARD_JOB, case_id=case.id, payload={"note": note, "seq": sequence(job)},
                          run_after=utcnow() + timedelta(seconds=_delay(exc, job)))


@worker.handler(CARD_JOB)
def slack_card(rt: Runtime, session: Session, job: Job) -> None:
    """Post the case's card (first time) or update it in place, and post the note in its thread."""
    config = rt.settings.slack
    if not config.enabled or job.case_id is None:
        return
    case = store.case_by_id(session, job.case_id)
    if case is None:
        return
    channel = case.slack_channel or config.channel
    if not channel:
        log.warning("Slack is on but DSARBOT_SLACK_CHANNEL is not set; the card of %s is not posted",
                    case.reference)
        return
    wait_for_earlier(session, job)
    deliver_card(rt, session, job, case, channel)


def _post(rt: Runtime, job: Job, **kwargs: Any) -> None:
    try:
        call(client_for(rt).chat_postMessage, unfurl_links=False, unfurl_media=False, **kwargs)
    except SlackUnavailable as exc:
        raise worker.Retry(f"Slack unavailable: {exc}", delay=_delay(exc, job)) from exc


@worker.handler(reminders.REMINDER_JOB)
def slack_reminder(rt: Runtime, session: Session, job: Job) -> None:
    """Post a deadline reminder in the card's thread (also shown in the channel), mentioning the assignee."""
    config = rt.settings.slack
    if not config.enabled or job.case_id is None:
        return
    case = store.case_by_id(session, job.case_id)
    if case is None or case.state in cases.CLOSED_STATES:
        return  # closed meanwhile: nothing to remind about
    left = deadlines.days_left(cases.effective_due(case), deadlines.today_helsinki())
    text = reminders.reminder_text(case, left, reminders.group_mention(config.approver_group),
                                   lang.channel_translator(rt))
    _remind(rt, job, case, text)


@worker.handler(reminders.TASK_REMINDER_JOB)
def slack_task_reminder(rt: Runtime, session: Session, job: Job) -> None:
    """Post a reminder of an open staff task in the card's thread (also shown in the channel)."""
    config = rt.settings.slack
    if not config.enabled or job.case_id is None:
        return
    case = store.case_by_id(session, job.case_id)
    task = next((t for t in tasks.open_tasks(case) if t["id"] == job.payload.get("task")), None) if case else None
    if case is None or task is None:
        return  # done meanwhile: nothing to remind about
    left = deadlines.days_left(date.fromisoformat(str(task["due"])), deadlines.today_helsinki())
    text = reminders.task_reminder_text(case, task, left, reminders.group_mention(config.approver_group),
                                        lang.channel_translator(rt))
    _remind(rt, job, case, text)


def _remind(rt: Runtime, job: Job, case: Case, text: str) -> None:
    """Post a reminder in the case card's thread (shown in the channel too), or in the channel."""
    if case.slack_ts and case.slack_channel:
        _post(rt, job, channel=case.slack_channel, thread_ts=case.slack_ts, reply_broadcast=True, text=text)
    elif rt.settings.slack.channel:
        _post(rt, job, channel=rt.settings.slack.channel, text=text)


@worker.handler(reminders.DIGEST_JOB)
def slack_digest(rt: Runtime, session: Session, job: Job) -> None:
    """Post the weekly digest in the channel."""
    config = rt.settings.slack
    if not (config.enabled and config.channel):
        return
    at = job.payload.get("at")
    now = datetime.fromisoformat(at) if isinstance(at, str) else utcnow()
    text = digest.digest_text(lang.channel_translator(rt), session, now)
    _post(rt, job, channel=config.channel, text=text, blocks=digest.digest_blocks(text))


reminders.register()
