"""Worker handlers of fulfilment: `lookup`, `marketing_objection` and `fulfil` (imported by the worker)."""

from __future__ import annotations

import logging

from sqlmodel import Session

from dsarbot import store, worker
from dsarbot.fulfil.lookup import run_lookup
from dsarbot.fulfil.objection import handle_marketing_objection
from dsarbot.fulfil.steps import run_fulfil
from dsarbot.models import Case, Job
from dsarbot.runtime import Runtime

log = logging.getLogger(__name__)


def _case(session: Session, job: Job) -> Case | None:
    case = store.case_by_id(session, job.case_id or 0)
    if case is None:
        log.warning("job %s (%s): case %s is gone", job.id, job.type, job.case_id)
    return case


@worker.handler("lookup")
def lookup(rt: Runtime, session: Session, job: Job) -> None:
    """Find the requester's data (read-only) and put what exists on the card."""
    if (case := _case(session, job)) is not None:
        run_lookup(rt, session, case)


@worker.handler("marketing_objection")
def marketing_objection(rt: Runtime, session: Session, job: Job) -> None:
    """Suppress direct marketing at once when the objection is to marketing (Art. 21(3))."""
    if (case := _case(session, job)) is not None:
        handle_marketing_objection(rt, session, case)


@worker.handler("fulfil")
def fulfil(rt: Runtime, session: Session, job: Job) -> None:
    """Carry out an approved case; raises (the job fails visibly) for an unverified requester."""
    if (case := _case(session, job)) is not None:
        run_fulfil(rt, session, case)
