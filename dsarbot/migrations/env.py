"""Alembic environment: the models' metadata, the URL given by `dsarbot.db.alembic_config`."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from dsarbot import models  # noqa: F401  (registers the tables)
from dsarbot.db import make_engine

config = context.config
target_metadata = SQLModel.metadata


def run_migrations() -> None:
    """Run migrations online against the configured URL (SQLite uses batch mode for ALTERs)."""
    url = config.get_main_option("sqlalchemy.url")
    assert url
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations()
