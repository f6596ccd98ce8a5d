"""The running deployment's shared objects: settings, database engine and sealer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session

from dsarbot import db
from dsarbot.config import Settings, load_settings
from dsarbot.secrets import Sealer, load_sealer


@dataclass
class Runtime:
    """What every part of dsarbot needs; one per process."""

    settings: Settings
    engine: sa.Engine
    sealer: Sealer
    wake: threading.Event = field(default_factory=threading.Event)
    """Set when new work is committed, so an in-process worker starts at once instead of polling."""

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success."""
        with db.session_scope(self.engine) as s:
            yield s

    def notify_work(self) -> None:
        """Tell an in-process worker that work is waiting."""
        self.wake.set()


def build_runtime(settings: Settings | None = None, *, migrate: bool = True) -> Runtime:
    """Load settings (unless given), open the database (migrating it to the latest schema)."""
    settings = settings or load_settings()
    url = settings.database_url
    engine = db.make_engine(url)
    if migrate and not db.at_head(engine):
        db.upgrade(url)
    sealer = load_sealer(settings.security.secret_key, settings.data_dir)
    return Runtime(settings=settings, engine=engine, sealer=sealer)
