"""The running deployment's shared objects: settings, database engine and sealer."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session

from dsarbot import db, malloc
from dsarbot.config import Settings, load_settings
from dsarbot.secrets import Sealer, load_sealer

LARGE_MAIL = 1024 * 1024
"""Bytes above which sealing and analysing a mail take turns (Runtime.large_work)."""


@dataclass
class Runtime:
    """What every part of dsarbot needs; one per process."""

    settings: Settings
    engine: sa.Engine
    sealer: Sealer
    wake: threading.Event = field(default_factory=threading.Event)
    """Set when new work is committed, so an in-process worker starts at once instead of polling."""
    large_mail: threading.Lock = field(default_factory=threading.Lock)
    """Taken turns on by the work that needs a few times a large mail's size in memory: receiving and
    storing one (SMTP intake, or sealing it in `ingest.store_raw`) and a worker batch that analyses one.
    Always taken *before* any database lock, so it cannot deadlock with one."""

    @contextmanager
    def large_work(self, size: int, *, held: bool = False) -> Iterator[None]:
        """Hold `large_mail` for the block when *size* is over LARGE_MAIL bytes (unless already *held*)."""
        if size <= LARGE_MAIL or held:
            yield
            return
        try:
            with self.large_mail:
                yield
        finally:
            malloc.release()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success."""
        with db.session_scope(self.engine) as s:
            # Facts of this deployment that code deep in a transaction may need (see decisions).
            s.info["slack"] = self.settings.slack.enabled
            yield s

    def notify_work(self) -> None:
        """Tell an in-process worker that work is waiting."""
        self.wake.set()


def build_runtime(settings: Settings | None = None, *, migrate: bool = True) -> Runtime:
    """Load settings (unless given), open the database (migrating it to the latest schema)."""
    settings = settings or load_settings()
    malloc.tune()
    url = settings.database_url
    engine = db.make_engine(url)
    if migrate and not db.at_head(engine):
        db.upgrade(url)
    sealer = load_sealer(settings.security.secret_key, settings.data_dir)
    return Runtime(settings=settings, engine=engine, sealer=sealer)
