"""Mailbox health: staff learn when a mailbox cannot be read (or replies cannot be sent), not only the log.

The IMAP watcher records each successful sync and each failure (with its plain-words reason); the
sender does the same for the relay. A periodic check tells staff once, in the Slack channel, about a
mailbox that has not been readable for `imap.unreadable_alert_minutes` (15), and once more when it
works again. The dashboard shows a banner and `/healthz` a detail for the same, and a client secret
or certificate that ends within 30 days is announced in Slack (30, 7 and 1 days before) and shown on
the dashboard.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from dsarbot import store
from dsarbot.mailauth.expiry import Expiry, expiries
from dsarbot.mailauth.relay import relay_oauth
from dsarbot.mailauth.settings import OAuthSettings
from dsarbot.messages import Said, lazy
from dsarbot.models import MailboxHealth, utcnow
from dsarbot.runtime import Runtime
from dsarbot.scheduler import register_periodic

log = logging.getLogger(__name__)

NOTICE_JOB = "slack_notice"  # posted by dsarbot.slack.notices
EXPIRY_POINTS = (30, 7, 1, 0)
"""Days before a secret or certificate ends at which staff are told (and every day once it has)."""


def imap_key(mailbox: str) -> str:
    """The health key of an IMAP mailbox (its watcher key, without a password)."""
    return f"imap:{mailbox}"


def relay_key(user: str | None, host: str, port: int) -> str:
    """The health key of the outbound relay."""
    return f"relay:{user or ''}@{host}:{port}"


def record_ok(rt: Runtime, key: str, kind: str) -> None:
    """Note that *key* works (best effort: health bookkeeping never breaks intake or sending)."""
    try:
        with rt.session() as session:
            store.health_ok(session, key, kind)
    except Exception:  # the database may be the thing that is down; the caller logs its own failure
        log.debug("health of %s not recorded", key, exc_info=True)


def record_failure(rt: Runtime, key: str, kind: str, reason: str) -> None:
    """Note that *key* failed for *reason* (best effort)."""
    try:
        with rt.session() as session:
            store.health_failed(session, key, kind, reason)
    except Exception:  # as above
        log.debug("health of %s not recorded", key, exc_info=True)


@dataclass(frozen=True)
class Status:
    """One mailbox or relay as staff and /healthz see it."""

    key: str
    kind: str
    failing_since: datetime | None
    last_ok_at: datetime | None
    error: str | None
    unreadable: bool
    """Failing for at least the alert threshold: shown to staff."""

    @property
    def name(self) -> str:
        """The key without its kind prefix (`info@company.fi@host:993/INBOX`)."""
        return self.key.split(":", 1)[1]

    def minutes(self, now: datetime) -> int:
        """Minutes since it started failing (0 when it works)."""
        return int((now - self.failing_since).total_seconds() // 60) if self.failing_since else 0

    def as_json(self, now: datetime) -> dict[str, Any]:
        """The /healthz detail."""
        return {"name": self.name, "kind": self.kind, "ok": self.failing_since is None,
                "failing_since": self.failing_since.isoformat() if self.failing_since else None,
                "failing_minutes": self.minutes(now), "alert": self.unreadable, "error": self.error,
                "last_ok_at": self.last_ok_at.isoformat() if self.last_ok_at else None}

    def sentence(self, now: datetime) -> Said:
        """What staff are told while it fails (English, and in the staff's language where shown; the server's
        own words stay as they are)."""
        if self.kind == "relay":
            return Said(lazy("Replies cannot be sent through the relay %(name)s (failing for %(minutes)s minutes): "
                             "%(error)s. They wait in the outbox and go out once it works.", name=self.name,
                             minutes=self.minutes(now), error=self.error or ""))
        return Said(lazy("The mailbox %(name)s has not been readable for %(minutes)s minutes: %(error)s. Requests "
                         "that arrive there wait until it is fixed; none is lost.", name=self.name,
                         minutes=self.minutes(now), error=self.error or ""))


def _threshold(rt: Runtime) -> timedelta:
    return timedelta(minutes=rt.settings.imap.unreadable_alert_minutes)


def statuses(rt: Runtime, now: datetime | None = None) -> list[Status]:
    """Every mailbox and relay seen so far."""
    now = now or utcnow()
    with rt.session() as session:
        rows = list(store.health_rows(session))
    return [_status(r, now - _threshold(rt)) for r in rows]


def _status(row: MailboxHealth, alert_before: datetime) -> Status:
    since = row.failing_since
    return Status(row.key, row.kind, since, row.last_ok_at, row.last_error,
                  since is not None and since <= alert_before)


def configured_oauth(rt: Runtime) -> list[OAuthSettings]:
    """The OAuth2 settings of every mailbox and of the relay, each once."""
    from dsarbot.intake import imap_conn

    found = [s.oauth for s in imap_conn.mailboxes(rt.settings) if s.oauth] + [relay_oauth(rt.settings)]
    unique: list[OAuthSettings] = []
    for o in found:
        if o is not None and o not in unique:
            unique.append(o)
    return unique


def expiring(rt: Runtime, today: date | None = None) -> list[tuple[Expiry, Said]]:
    """Secrets and certificates that end within 30 days (or have ended), with the warning for staff."""
    today = today or utcnow().date()
    out: list[tuple[Expiry, Said]] = []
    for oauth in configured_oauth(rt):
        for e in expiries(oauth):
            text = e.notice(today)
            if text and all(e != seen for seen, _ in out):
                out.append((e, text))
    return out


def staff_notices(rt: Runtime, now: datetime | None = None) -> list[Said]:
    """What the dashboard's banner says: unreadable mailboxes, a relay that fails, credentials that end."""
    now = now or utcnow()
    lines = [s.sentence(now) for s in statuses(rt, now) if s.unreadable]
    return lines + [text for _, text in expiring(rt, now.date())]


def detail(rt: Runtime, now: datetime | None = None) -> dict[str, Any]:
    """The `/healthz` detail: every mailbox and relay, and credentials that end within 30 days."""
    now = now or utcnow()
    found = statuses(rt, now)
    return {"mailboxes": [s.as_json(now) for s in found],
            "credentials": [{"what": e.what, "expires": e.expires.isoformat(), "days_left": e.days_left(now.date())}
                            for e, _ in expiring(rt, now.date())],
            "alerts": [s.sentence(now) for s in found if s.unreadable]}


def alert_unreadable(rt: Runtime, now: datetime | None = None) -> int:
    """Tell staff about mailboxes unreadable past the threshold, and again when they work; returns how many."""
    now = now or utcnow()
    told = 0
    with rt.session() as session:
        for row in store.health_rows(session):
            status = _status(row, now - _threshold(rt))
            if status.unreadable and row.alerted_at is None:
                assert row.failing_since is not None
                store.enqueue_job(session, NOTICE_JOB, payload={"text": status.sentence(now).msg.to_json()},
                                  dedupe_key=f"health-down:{row.key}:{row.failing_since.isoformat()}")
                row.alerted_at = now
                log.warning("%s: %s; staff told", row.key, status.sentence(now))
            elif row.failing_since is None and row.alerted_at is not None:
                name = status.name
                text = (lazy("The relay %(name)s works again.", name=name) if row.kind == "relay" else
                        lazy("The mailbox %(name)s is readable again; mail that arrived meanwhile is being taken in.",
                             name=name))
                store.enqueue_job(session, NOTICE_JOB, payload={"text": text.to_json(), "emoji": ":white_check_mark:"},
                                  dedupe_key=f"health-up:{row.key}:{row.alerted_at.isoformat()}")
                row.alerted_at = None
                log.info("%s works again; staff told", row.key)
            else:
                continue
            session.add(row)
            told += 1
    if told:
        rt.notify_work()
    return told


def warn_expiring(rt: Runtime, today: date | None = None) -> int:
    """Queue a Slack warning for each secret or certificate at 30, 7, 1 and 0 days (daily once ended)."""
    today = today or utcnow().date()
    queued = 0
    with rt.session() as session:
        for e, text in expiring(rt, today):
            left = e.days_left(today)
            point = left if left < 0 else next((p for p in sorted(EXPIRY_POINTS) if left <= p), None)
            if point is None:
                continue
            queued += store.enqueue_job(session, NOTICE_JOB, payload={"text": text.msg.to_json()},
                                        dedupe_key=f"expiry:{e.what}:{e.expires}:{point}")
    if queued:
        rt.notify_work()
    return queued


def _alert_task(rt: Runtime) -> None:
    alert_unreadable(rt)


def _expiry_task(rt: Runtime) -> None:
    warn_expiring(rt)


register_periodic("mailbox.health", 300, _alert_task)  # staff hear within 5 min of the threshold
register_periodic("mailbox.credentials", 6 * 3600, _expiry_task)
