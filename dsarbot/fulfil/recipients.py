"""Art. 19: tell the recipients of the data about a rectification, erasure or restriction.

A recipient with an address in the sources mapping (`[recipient."Name"] email = …`) gets a notice
through the outbox, in its own language, once per case and kind (a retried job finds the row it wrote).
A recipient without an address becomes a task on the case (`dsarbot.tasks`): named on the card, the
dashboard and `cases show`, reminded about, and done when someone marks it so. The requester's reply
lists both truthfully: the ones told, and the ones being told.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from sqlmodel import Session

from dsarbot import cases, deadlines, store, tasks
from dsarbot.models import Case
from dsarbot.outbound import queue_notice
from dsarbot.replies import FieldChange, ReplyContext
from dsarbot.runtime import Runtime
from dsarbot.sources.config import RecipientContact

log = logging.getLogger(__name__)

PURPOSE = "recipient_notice"


def notify(rt: Runtime, session: Session, case: Case, kind: str, names: Sequence[str],
           contacts: Mapping[str, RecipientContact],
           changes: Sequence[FieldChange] = ()) -> tuple[list[str], list[str]]:
    """Queue the notice of *kind* to every recipient in *names* that has a contact.

    Returns (told by e-mail, left to staff) and records each group as a case event. *changes* are the
    corrected values a rectification notice carries (the new values only: the recipient has the old).
    """
    mailed = [n for n in names if n in contacts and case.requester_email]
    by_hand = [n for n in names if n not in mailed]
    for name in mailed:
        contact = contacts[name]
        context = ReplyContext(
            reference=case.reference, language=contact.language, requester_email=case.requester_email or "",
            requester_name=case.requester_name, kinds=(kind,), received_at=deadlines.arrival_day(case.received_at),
            due_date=cases.effective_due(case), changes=list(changes))
        queue_notice(rt, session, case, PURPOSE, contact.email, context,
                     dedupe_key=f"art19:{case.id}:{kind}:{name}", recipient=name)
    if mailed:
        store.add_event(session, case, actor="system", type="recipients_notified",
                        data={"kind": kind, "recipients": mailed})
    if by_hand:
        store.add_event(session, case, actor="system", type="recipients_to_notify",
                        data={"kind": kind, "recipients": by_hand})
    for name in by_hand:
        tasks.add_task(session, case, type=tasks.ART19, recipient=name, about=kind, due=cases.effective_due(case),
                       text=f"Tell {name} about the {kind} of the requester's data (Art. 19): the requester "
                            "was told they are being informed")
    return mailed, by_hand
