"""`dsarbot db upgrade` builds exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from dsarbot import db


def _diff(url: str) -> list[object]:
    db.upgrade(url)
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(ctx, SQLModel.metadata))
    finally:
        engine.dispose()


def test_sqlite_migrations_match_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    assert _diff(url) == []
    db.upgrade(url)  # running it again is harmless
    assert db.current_revision(db.make_engine(url)) is not None


@pytest.mark.postgres
def test_postgresql_migrations_match_the_models(postgres_db: str) -> None:
    assert _diff(postgres_db) == []
