"""Queries on labelled examples: staff decisions kept with the (sealed) mail they were about."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlmodel import Session, col, select

from dsarbot.models import Case, LabelledExample, StoredMessage


def record_example(session: Session, case: Case, decision: str, category: str, kinds: Sequence[str],
                   actor: str) -> int:
    """Keep what staff decided about the mail(s) of *case*; the raw mail is copied still sealed. Returns rows added.

    The first incoming message of the case is the one the classifier judged; the classifier's verdict is
    read from the case's opening (its kinds, and whether it was opened in triage).
    """
    if case.id is None:
        return 0
    first = session.exec(select(StoredMessage).where(StoredMessage.case_id == case.id)
                         .order_by(col(StoredMessage.id)).limit(1)).first()
    if first is None:
        return 0
    said = session.exec(select(LabelledExample).where(LabelledExample.case_id == case.id)
                        .order_by(col(LabelledExample.id))).first()
    classifier_kinds = said.classifier_kinds if said else list(case.kinds)
    classifier_category = said.classifier_category if said else first.category
    session.add(LabelledExample(
        case_id=case.id, message_id=first.id, decision=decision, category=category, kinds=list(kinds),
        classifier_category=classifier_category, classifier_kinds=classifier_kinds, language=case.language,
        actor=actor, raw_sealed=first.raw_sealed, attachment_text_sealed=first.attachment_text_sealed,
    ))
    return 1


def labelled_examples(session: Session) -> Sequence[LabelledExample]:
    """Every labelled example, the latest decision on a case last."""
    return session.exec(select(LabelledExample).order_by(col(LabelledExample.id))).all()


def delete_examples_of_case(session: Session, case_id: int) -> int:
    """Delete the labelled examples of a case (its retention period ended)."""
    stmt = sa.delete(LabelledExample).where(col(LabelledExample.case_id) == case_id)
    return int(session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]
