"""Replies to requesters: build the context, render the template, compose the mail, queue it.

Every mail dsarbot sends is an `OutboxMessage` row first (raw sealed at rest); the sender in
:mod:`dsarbot.outbox_sender` delivers it. Other stages call :func:`queue_mail` (fulfilment adds
JSON/CSV attachments); staff decisions queue a `send_reply` job, handled here.

Every reply:

* comes from the controller's `reply_from` address with its legal name as display name, goes to the
  case's requester,
* carries `[DSAR-YYYY-NNNN]` in the subject and threads to the request (In-Reply-To = its
  Message-ID, References = its References + its Message-ID),
* has a stable Message-ID `<dsar.TOKEN@controller-domain>` (how bounces are recognised, see
  `processing.OWN_ID_RE`), `Auto-Submitted: auto-replied` (RFC 3834), Date and Content-Language,
* is a text part with an HTML alternative, plus attachments when given.

Idempotence: with a `dedupe_key` (the job id for `send_reply`), the Message-ID is derived from it, so
a retried job finds the row it already wrote instead of writing a second one.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
import logging
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import fields
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from dsarbot import cases, deadlines, decisions, outbox_sender, store, worker
from dsarbot.config import ControllerConfig
from dsarbot.messages import lazy
from dsarbot.models import Case, Job, OutboxMessage
from dsarbot.replies import FieldChange, FoundSource, KeptItem, ReplyContext, render
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)
HELSINKI = ZoneInfo("Europe/Helsinki")
_HEADERS = email.parser.BytesHeaderParser(policy=email.policy.compat32)
_CONTEXT_FIELDS = {f.name for f in fields(ReplyContext)}

Attachment = tuple[str, str, bytes]
"""(file name, content type with any parameters, e.g. "text/csv; charset=utf-8", bytes)."""


class CannotReply(Exception):
    """The case has nobody to write to (no requester address)."""


# --- context ---------------------------------------------------------------------------------------

def reply_context(
    case: Case,
    purpose: str,
    extra: Mapping[str, Any] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> ReplyContext:
    """The template context of a reply on *case*.

    Sources, later ones winning: the case row; `case.data["reply"]` (ReplyContext fields in JSON form,
    written by later stages); the job payload *extra* (`reason` becomes the rejection or extension
    reason, `info_needed` what staff ask for); *overrides* (typed ReplyContext fields).
    """
    if not case.requester_email:
        raise CannotReply(f"{case.reference} has no requester address to reply to")
    values: dict[str, Any] = {
        "reference": case.reference,
        "language": case.language or "fi",
        "requester_email": case.requester_email,
        "requester_name": case.requester_name,
        "kinds": tuple(case.kinds),
        "received_at": deadlines.arrival_day(case.received_at),
        "due_date": cases.effective_due(case),
        "verification_needed": not case.verified,
        "deadline_passed": cases.effective_due(case) < deadlines.today_helsinki(),
    }
    stored = case.data.get("reply") if isinstance(case.data, dict) else None
    if isinstance(stored, dict):
        values.update(_from_json(stored))
    extra = dict(extra or {})
    reason = extra.pop("reason", None)
    if purpose == "rejection" and reason:
        values["rejection_reason"] = reason
    if purpose == "extension_notice":
        values["extension_reason"] = reason or case.extension_reason
        values["new_due_date"] = case.due_date
        # the notice names the original limit it extends
        values["due_date"] = deadlines.due_date(case.received_at, paused_days=case.paused_days)
    values.update(_from_json({k: v for k, v in extra.items() if k in _CONTEXT_FIELDS}))
    values.update(overrides or {})
    return ReplyContext(**values)


def _from_json(data: Mapping[str, Any]) -> dict[str, Any]:
    """ReplyContext fields from their JSON form (dates as ISO strings, nested items as dicts)."""
    out: dict[str, Any] = {}
    for name, value in data.items():
        if name not in _CONTEXT_FIELDS:
            continue
        if name == "found":
            value = [v if isinstance(v, FoundSource) else FoundSource(**v) for v in value]
        elif name == "kept":
            value = [v if isinstance(v, KeptItem) else KeptItem(v["what"], v["reason"],
                                                                date.fromisoformat(str(v["until"])[:10]))
                     for v in value]
        elif name == "changes":
            value = [v if isinstance(v, FieldChange) else FieldChange(**v) for v in value]
        elif name in ("received_at", "due_date", "new_due_date"):
            value = _date(value)
        elif name == "kinds":
            value = tuple(value)
        out[name] = value
    return out


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- composing -------------------------------------------------------------------------------------

def message_id_for(rt: Runtime, case: Case, controller: ControllerConfig, dedupe_key: str | None) -> str:
    """`<dsar.YYYY-NNNN.TOKEN@domain>`: stable for a dedupe key, unique per deployment (keyed hash)."""
    seed = dedupe_key or secrets.token_hex(16)
    token = rt.sealer.match_hash(f"outbox:{case.reference}:{seed}")[:16]
    short = case.reference.lower().removeprefix("dsar-")
    return f"<dsar.{short}.{token}@{controller.reply_from.split('@', 1)[1]}>"


def request_threading(rt: Runtime, session: Session, case: Case) -> tuple[str | None, list[str]]:
    """(In-Reply-To, References) that thread a reply to the case's request."""
    mid = case.request_message_id
    refs: list[str] = []
    known = case.data.get("request_references") if isinstance(case.data, dict) else None
    if isinstance(known, list):
        refs = [str(r) for r in known]
    elif case.id is not None:  # a case opened before the references were kept on it
        stored = list(store.messages_of_case(session, case.id))
        request = next((m for m in stored if mid and m.message_id == mid), stored[0] if stored else None)
        if request is not None and request.raw_sealed:
            try:
                head = _HEADERS.parsebytes(rt.sealer.open(request.raw_sealed))
                refs = str(head.get("References", "") or "").split()
            except Exception:  # threading is best effort; the mail still goes out
                log.warning("case %s: could not read the request's References", case.reference)
    if mid and mid not in refs:
        refs.append(mid)
    return mid, refs


def compose(
    controller: ControllerConfig,
    case: Case,
    subject: str,
    text: str,
    html: str,
    language: str,
    *,
    message_id: str,
    in_reply_to: str | None,
    references: Sequence[str],
    attachments: Sequence[Attachment] = (),
    to: str | None = None,
) -> EmailMessage:
    """The MIME mail: text + HTML alternative (+ attachments), with every header a reply needs.

    It goes to the requester unless *to* names someone else (an Art. 19 recipient). Every mail is
    `Auto-Submitted: auto-replied`: even a notice to a recipient is the bot's answer to a request.
    """
    to = to or case.requester_email or ""
    utf8 = not (to.isascii() and controller.reply_from.isascii())
    msg = EmailMessage(policy=email.policy.SMTPUTF8 if utf8 else email.policy.SMTP)
    local, _, domain = controller.reply_from.partition("@")
    msg["From"] = Address(display_name=controller.legal_name, username=local, domain=domain)
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(datetime.now(HELSINKI))
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    msg["Auto-Submitted"] = "auto-replied"
    # Ask Exchange/Outlook not to answer with out-of-office notes (no mail loops).
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(text, subtype="plain", charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    for filename, content_type, data in attachments:
        kind, *parameters = (p.strip() for p in content_type.split(";"))
        maintype, _, subtype = kind.partition("/")
        params = dict(p.partition("=")[::2] for p in parameters if "=" in p)
        msg.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream", filename=filename,
                           params=params)
    # Last: set_content/add_alternative move or drop Content-* headers of the top part.
    msg["Content-Language"] = language
    return msg


# --- queueing --------------------------------------------------------------------------------------

def queue_mail(
    rt: Runtime,
    session: Session,
    case: Case,
    purpose: str,
    *,
    extra: dict[str, Any] | None = None,
    context_overrides: dict[str, Any] | None = None,
    attachments: Sequence[Attachment] = (),
    dedupe_key: str | None = None,
) -> OutboxMessage:
    """Render the *purpose* reply for *case* and write it to the outbox (the caller commits).

    *attachments* are (file name, content type, bytes); their names are given to the template.
    With *dedupe_key* (e.g. `f"job:{job.id}"`), calling again returns the row written the first time.
    Records a `reply_queued` event on the case. Raises ReplyError / CannotReply when the reply
    cannot be written.
    """
    controller = rt.settings.controller(case.controller_id)
    message_id = message_id_for(rt, case, controller, dedupe_key)
    if dedupe_key is not None:
        existing = store.outbox_by_message_id(session, message_id)
        if existing is not None:
            return existing
    overrides = dict(context_overrides or {})
    if attachments and "attachments" not in overrides:
        overrides["attachments"] = [name for name, _, _ in attachments]
    context = reply_context(case, purpose, extra, overrides)
    rendered = render(purpose, context, controller)
    in_reply_to, references = request_threading(rt, session, case)
    msg = compose(controller, case, rendered.subject, rendered.text, rendered.html, rendered.language,
                  message_id=message_id, in_reply_to=in_reply_to, references=references,
                  attachments=attachments)
    return _write(rt, session, case, purpose, msg, (controller.reply_from, context.requester_email),
                  rendered.language, "reply_queued")


def queue_notice(rt: Runtime, session: Session, case: Case, purpose: str, to_addr: str, context: ReplyContext,
                 *, dedupe_key: str, recipient: str) -> OutboxMessage:
    """Write a mail about *case* to a third party (*to_addr*, called *recipient*) to the outbox.

    Used for the Art. 19 notices to recipients of the requester's data: rendered from *context* (in
    the recipient's language), a new thread rather than a reply to the request.
    Idempotent through *dedupe_key* like :func:`queue_mail`; records a `notice_queued` event.
    """
    controller = rt.settings.controller(case.controller_id)
    message_id = message_id_for(rt, case, controller, dedupe_key)
    existing = store.outbox_by_message_id(session, message_id)
    if existing is not None:
        return existing
    rendered = render(purpose, context, controller)
    msg = compose(controller, case, rendered.subject, rendered.text, rendered.html, rendered.language,
                  message_id=message_id, in_reply_to=None, references=(), to=to_addr)
    return _write(rt, session, case, purpose, msg, (controller.reply_from, to_addr), rendered.language,
                  "notice_queued", recipient=recipient)


def _write(rt: Runtime, session: Session, case: Case, purpose: str, msg: EmailMessage,
           envelope: tuple[str, str], language: str, event: str, **data: Any) -> OutboxMessage:
    """Seal *msg* into an outbox row (envelope: from, to) and record *event* on the case (the caller commits)."""
    message_id = str(msg["Message-ID"])
    row = store.add_outbox(session, OutboxMessage(
        case_id=case.id, purpose=purpose, message_id=message_id, from_addr=envelope[0], to_addr=envelope[1],
        raw_sealed=rt.sealer.seal(msg.as_bytes())))
    session.flush()
    store.add_event(session, case, actor="system", type=event,
                    data={"purpose": purpose, "outbox": row.id, "language": language, "message_id": message_id,
                          **data})
    log.info("case %s: %s mail queued as outbox %s %s", case.reference, purpose, row.id, message_id)
    rt.notify_work()
    return row


@worker.handler("send_reply")
def send_reply(rt: Runtime, session: Session, job: Job) -> None:
    """Job `send_reply` {purpose, ...}: queue the templated reply for the job's case, once."""
    case = store.case_by_id(session, job.case_id or 0)
    if case is None:
        log.warning("job %s: case %s is gone; no reply", job.id, job.case_id)
        return
    payload = dict(job.payload)
    purpose = str(payload.pop("purpose"))
    try:
        queue_mail(rt, session, case, purpose, extra=payload, dedupe_key=f"job:{job.id}")
    except CannotReply as exc:
        store.add_event(session, case, actor="system", type="reply_impossible", reason=str(exc),
                        data={"purpose": purpose})
        decisions.queue_card_update(session, case, lazy("The %(purpose)s mail cannot be sent: the request has no "
                                                        "reply address. Contact the requester another way.",
                                                        purpose=cases.purpose_msg(purpose)))


# The sender is installed with the handlers, so every worker that loads them also sends mail.
worker.SENDER = outbox_sender.send_one
