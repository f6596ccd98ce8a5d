"""Intake's one job: store a raw message (commit) before anything else happens to it."""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
import hashlib
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from dsarbot import store
from dsarbot.models import StoredMessage, utcnow
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)
_HEADER_PARSER = email.parser.BytesHeaderParser(policy=email.policy.compat32)


def _split(raw: bytes) -> tuple[memoryview, memoryview]:
    """(header block, body) of *raw* as views: a 25 MB mail is not copied to read its headers."""
    match = _HEADER_END.search(raw)
    view = memoryview(raw)
    return (view[:match.start()], view[match.end():]) if match else (view, view[len(raw):])


def header_facts(raw: bytes) -> tuple[str | None, datetime | None]:
    """(Message-ID, Date) from the header block only; never raises on malformed headers."""
    try:
        head = _HEADER_PARSER.parsebytes(bytes(_split(raw)[0]) + b"\r\n\r\n")
        mid = str(head.get("Message-ID", "") or "").strip() or None
        date_value = head.get("Date")
        when = email.utils.parsedate_to_datetime(str(date_value)) if date_value else None
    except Exception:  # a broken header must not lose the mail
        return None, None
    if when is not None and when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (mid[:998] if mid else None), when


# Headers the sender wrote; everything else (Received, Delivered-To, Return-Path, X-Original-To, the
# signatures and spam marks relays add) may differ between two deliveries of one mail.
AUTHORED_HEADERS = ("from", "sender", "reply-to", "to", "cc", "subject", "date", "message-id", "in-reply-to",
                    "references", "mime-version", "content-type", "content-transfer-encoding")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_CHUNK = 1024 * 1024


def content_digest(raw: bytes) -> str:
    """A digest of what the sender wrote: the authored headers and the body, line ends normalised.

    Two deliveries of one mail (by SMTP and by IMAP, or through two relays) have the same digest;
    another mail that happens to reuse the Message-ID does not. Never raises.
    """
    head, body = _split(raw)
    h = hashlib.sha256()
    try:
        parsed = _HEADER_PARSER.parsebytes(bytes(head) + b"\r\n\r\n")
        for name in AUTHORED_HEADERS:
            for value in parsed.get_all(name) or ():
                folded = " ".join(str(value).split())
                h.update(f"{name}:{folded}\n".encode("utf-8", "surrogateescape"))
    except Exception:  # unparseable headers: the whole header block counts
        h.update(head)
    h.update(b"\0")
    end = len(body)
    while end and body[end - 1] in b" \t\r\n":  # trailing blank lines and spaces do not count
        end -= 1
    # Line ends normalised to LF, a MiB at a time: memory stays flat for a 25 MB mail.
    carry = b""
    for start in range(0, end, _CHUNK):
        chunk = carry + bytes(body[start:min(start + _CHUNK, end)])
        carry = b"\r" if chunk.endswith(b"\r") and start + _CHUNK < end else b""
        h.update((chunk[:-1] if carry else chunk).replace(b"\r\n", b"\n"))
    h.update(carry)
    return h.hexdigest()


def store_raw(rt: Runtime, raw: bytes, *, source: str, received_at: datetime | None = None,
              controller_id: str | None = None, envelope_from: str | None = None,
              envelope_to: Sequence[str] = (), mailbox: str | None = None,
              uidvalidity: int | None = None, uid: int | None = None,
              large_mail_held: bool = False) -> tuple[StoredMessage, bool]:
    """Store *raw* and commit; (row, created). The same mail twice is stored once.

    *large_mail_held*: the caller holds `rt.large_mail` already (the SMTP intake does for large mail).
    """
    message_id, _ = header_facts(raw)
    with rt.large_work(len(raw), held=large_mail_held):  # before the database is touched (Runtime.large_mail)
        digest, sealed = content_digest(raw), rt.sealer.seal(raw)
    with rt.session() as session:
        row, created = store.save_incoming(
            session, rt.sealer, raw, source=source, received_at=received_at or utcnow(),
            message_id=message_id, controller_id=controller_id, envelope_from=envelope_from,
            envelope_to=envelope_to, mailbox=mailbox, uidvalidity=uidvalidity, uid=uid,
            content_digest=digest, sealed=sealed)
    if created:
        rt.notify_work()
    log.info("stored message %s from %s (%d bytes)%s", row.id, source, len(raw), "" if created else
             " - duplicate, ignored")
    return row, created


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders expand to their *.eml files in name order."""
    for p in paths:
        if p.is_dir():
            yield from sorted(p.glob("*.eml"))
        else:
            yield p


def arrival_for_file(raw: bytes, now: datetime | None = None) -> datetime:
    """Arrival time of a mail ingested from a file: its Date header unless missing or in the future."""
    now = now or utcnow()
    _, when = header_facts(raw)
    if when is None or when > now:
        return now
    return when
