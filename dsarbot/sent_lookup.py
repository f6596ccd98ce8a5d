"""After a crash during a hand-over to the relay: did the mail go out? Ask instead of guessing.

An outbox row is `handing` from just before SMTP DATA until the relay's answer is recorded. If the
process dies in between (or the connection breaks while waiting for the relay's `250`), nobody knows
whether the relay took the mail. Sending it again blindly is how replies were doubled.

So the next attempt first looks for the mail where it would be if it went out:

* no relay (the embedded default): the `.eml` file in the outbox folder;
* a relay with `outbound.sent_url` (`DSARBOT_SENT_URL`): the IMAP folder where the relay files a copy
  of what it sends — Gmail and Microsoft 365 put mail sent through them into the account's Sent folder,
  and a relay you run can BCC an archive mailbox. The Message-ID (stable per outbox row) is searched.

`delivered()` answers "found" (mark it sent, do not send again), "not found" (send it), or raises when
it cannot tell (the lookup is retried later; the mail is not sent meanwhile).
"""

from __future__ import annotations

import logging
from pathlib import Path

from dsarbot.config import Settings, parse_mail_url
from dsarbot.intake import imap_conn

log = logging.getLogger(__name__)
LOOKUP_TIMEOUT = 20.0


class CannotTell(Exception):
    """The place to look is unreachable right now; try again later rather than risk a double."""


def delivered(settings: Settings, message_id: str, filename: str) -> str | None:
    """Where the mail with *message_id* turned up after an interrupted hand-over, or None if it did not.

    None is also the answer when nothing can be asked (a relay without `outbound.sent_url`): then the
    mail is sent again with the same Message-ID, the documented residual risk.
    """
    if not settings.outbound.smtp_url:
        path = settings.outbox_dir / filename
        return f"found as {path}" if Path(path).exists() else None
    if not settings.outbound.sent_url:
        return None
    return _in_sent_folder(settings.outbound.sent_url, message_id)


def _in_sent_folder(url: str, message_id: str) -> str | None:
    spec = imap_conn.MailboxSpec(key="sent", url=parse_mail_url(url, imap_conn.DEFAULT_PORTS), controller_id=None)
    try:
        client = imap_conn.connect(spec, timeout=LOOKUP_TIMEOUT)
    except Exception as exc:  # unreachable or refused: we cannot tell
        raise CannotTell(f"the Sent folder {imap_conn.mailbox_key(spec.url)} is unreachable "
                         f"({type(exc).__name__})") from exc
    try:
        client.select_folder(spec.folder, readonly=True)
        found = client.search(["HEADER", "Message-ID", message_id])
    except Exception as exc:  # e.g. the folder does not exist (yet)
        raise CannotTell(f"could not search {imap_conn.mailbox_key(spec.url)} ({type(exc).__name__})") from exc
    finally:
        imap_conn.logout(client)
    return f"found in {imap_conn.mailbox_key(spec.url)}" if found else None
