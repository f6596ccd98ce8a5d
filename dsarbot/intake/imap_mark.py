"""What happens on the IMAP server to mail that turned out to be a request: a keyword, a move, or nothing.

The watcher only reads (EXAMINE, `BODY.PEEK[]`). Once processing has decided that a mail from IMAP
opened a case or followed one up, it queues an `imap_mark` job; this handler applies
`imap.on_request` on a short-lived connection:

* `keyword` (default): adds `imap.keyword` (e.g. `DSAR`) so people and mail rules see it was taken
  care of; the mail stays unread and in place;
* `move`: moves it to `imap.move_to` (created when missing);
* `none`: leaves it as it is.

Mail that is not a request, and triage mail (the bot is unsure), is never touched. The message is
found by its UID while UIDVALIDITY is unchanged, otherwise by its Message-ID; if a person already
moved or deleted it, nothing happens.

Residual cost on SQLite: the job runs inside the worker's transaction, so a slow IMAP server delays
other writers for at most the connection timeout (CONNECT_TIMEOUT); on PostgreSQL nothing waits.
"""

from __future__ import annotations

import logging

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from sqlmodel import Session

from dsarbot import store
from dsarbot.config import ImapConfig
from dsarbot.intake import imap_conn
from dsarbot.mailauth.errors import OAuthError
from dsarbot.models import Job, StoredMessage
from dsarbot.runtime import Runtime
from dsarbot.worker import Retry, handler

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 10.0


@handler("imap_mark")
def mark_request_mail(rt: Runtime, session: Session, job: Job) -> None:
    """Apply `imap.on_request` to the stored mail `job.payload["message"]` in its mailbox."""
    cfg = rt.settings.imap
    stored = store.message_by_id(session, int(job.payload.get("message", 0)))
    if stored is None or stored.source != "imap" or not stored.mailbox or cfg.on_request == "none":
        return
    spec = imap_conn.spec_for_key(rt.settings, stored.mailbox)
    if spec is None:
        log.info("IMAP mark: mailbox %s is no longer configured; message %s left as it is",
                 stored.mailbox, stored.id)
        return
    try:
        client = imap_conn.connect(spec, timeout=CONNECT_TIMEOUT)
    except LoginError as exc:
        raise Retry(f"IMAP {spec.key}: login refused; cannot mark message {stored.id}", 300) from exc
    except OAuthError as exc:
        raise Retry(f"IMAP {spec.key}: no OAuth2 login ({exc}); will mark message {stored.id} later",
                    300 if exc.permanent else 60) from exc
    except (OSError, IMAPClientError) as exc:
        raise Retry(f"IMAP {spec.key} unreachable ({type(exc).__name__}); will mark message "
                    f"{stored.id} later", 60) from exc
    try:
        info = client.select_folder(spec.folder)
        uid = _find(client, stored, int(info[b"UIDVALIDITY"]))
        if uid is None:
            log.info("IMAP %s: message %s is no longer in %s (moved by a person?); nothing to do",
                     spec.key, stored.id, spec.folder)
            return
        _apply(client, cfg, uid)
        log.info("IMAP %s: message %s (uid %s) %s", spec.key, stored.id, uid,
                 f"marked {cfg.keyword}" if cfg.on_request == "keyword" else f"moved to {cfg.move_to}")
    except (OSError, IMAPClientError) as exc:
        raise Retry(f"IMAP {spec.key}: marking message {stored.id} failed ({type(exc).__name__}: {exc})",
                    60) from exc
    finally:
        imap_conn.logout(client)


def _find(client: IMAPClient, stored: StoredMessage, uidvalidity: int) -> int | None:
    """The message's UID now: its stored UID if the mailbox was not rebuilt, else by Message-ID."""
    if stored.uid is not None and stored.uidvalidity == uidvalidity:
        found = client.search(["UID", str(stored.uid)])
        return int(found[0]) if found else None
    if stored.message_id:
        found = client.search(["HEADER", "Message-ID", stored.message_id])
        return int(found[-1]) if found else None
    return None


def _apply(client: IMAPClient, cfg: ImapConfig, uid: int) -> None:
    if cfg.on_request == "keyword":
        client.add_flags([uid], [cfg.keyword.encode("ascii")])
        return
    if not client.folder_exists(cfg.move_to):
        client.create_folder(cfg.move_to)
    if client.has_capability("MOVE"):
        client.move([uid], cfg.move_to)
    else:
        client.copy([uid], cfg.move_to)
        client.delete_messages([uid])
        # A plain EXPUNGE would also remove mail a person flagged \\Deleted: only expunge by UID.
        if client.has_capability("UIDPLUS"):
            client.uid_expunge([uid])
