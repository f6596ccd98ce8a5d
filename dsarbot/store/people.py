"""Queries on staff members' own settings: the language they chose for what dsarbot tells them personally."""

from __future__ import annotations

from sqlmodel import Session

from dsarbot.models import StaffLanguage, utcnow


def staff_language(session: Session, person: str) -> str | None:
    """The language *person* (`slack:U123`) chose, or None when they follow their Slack language."""
    row = session.get(StaffLanguage, person)
    return row.language if row is not None else None


def set_staff_language(session: Session, person: str, language: str | None) -> None:
    """Remember *language* for *person*; None forgets the choice."""
    row = session.get(StaffLanguage, person)
    if language is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = StaffLanguage(person=person, language=language)
    row.language, row.updated_at = language, utcnow()
    session.add(row)
