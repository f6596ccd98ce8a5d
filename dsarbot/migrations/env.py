"""Alembic environment: the models' metadata, the URL given by `dsarbot.db.alembic_config`."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from dsarbot import models  # noqa: F401  (registers the tables)
from dsarbot.db import make_engine

config = context.config
target_metadata = SQLModel.metadata


def _migrate(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    """Run migrations online: on the connection `dsarbot.db.upgrade` holds the migration lock on, else
    against the configured URL (SQLite uses batch mode for ALTERs)."""
    given = config.attributes.get("connection")
    if given is not None:
        _migrate(given)
        return
    url = config.get_main_option("sqlalchemy.url")
    assert url
    engine = make_engine(url)
    with engine.connect() as connection:
        _migrate(connection)
    engine.dispose()


run_migrations()
