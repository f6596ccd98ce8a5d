"""Operational notices in the Slack channel: a mailbox that cannot be read, a secret about to expire.

Whoever notices a problem queues a `slack_notice` job with a dedupe key naming the problem, so it is
posted once however often it is noticed; the worker posts it and retries while Slack is away.
Without Slack the job does nothing: the dashboard's banner and `/healthz` show the same.
"""

from __future__ import annotations

from sqlmodel import Session

from dsarbot import messages, worker
from dsarbot.models import Job
from dsarbot.runtime import Runtime
from dsarbot.slack import blocks as bk
from dsarbot.slack.client import SlackUnavailable, call
from dsarbot.slack.lang import channel_translator

NOTICE_JOB = "slack_notice"


@worker.handler(NOTICE_JOB)
def slack_notice(rt: Runtime, session: Session, job: Job) -> None:
    """Post `job.payload["text"]` (a message, in `[staff] language`; escaped here) in the channel, with a
    leading emoji."""
    config = rt.settings.slack
    if not (config.enabled and config.channel):
        return
    from dsarbot.slack.jobs import client_for

    said = messages.from_payload(job.payload.get("text")) or ""
    # Our own words (with the server's reason in them): only &, < and > are escaped, so that names like
    # DSARBOT_OAUTH_CLIENT_SECRET copy cleanly (bk.escape would put zero-width spaces around the `_`s).
    words = messages.render(channel_translator(rt), said)
    words = words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = f"{job.payload.get('emoji', ':warning:')} {words}"
    try:
        call(client_for(rt).chat_postMessage, channel=config.channel, text=bk.fallback_text(text),
             blocks=[bk.section(text)], unfurl_links=False, unfurl_media=False)
    except SlackUnavailable as exc:
        raise worker.Retry(f"Slack unavailable: {exc}", delay=max(5.0, exc.retry_after or 30.0)) from exc
