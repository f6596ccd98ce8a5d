"""Engine and sessions: SQLite (WAL) by default, PostgreSQL by URL; schema by Alembic migrations."""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.pool import NullPool
from sqlmodel import Session, SQLModel, create_engine

from dsarbot import (
    files,
    models,  # noqa: F401  (registers the tables on SQLModel.metadata)
)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


# PostgreSQL settings that keep statement parameters (mail subjects, names, addresses) out of the
# server's own log. The first is open to every user; the others need superuser or `GRANT SET ON
# PARAMETER` and are applied where allowed (README: "Personal data" says how to set them for the role).
PG_QUIET_LOGGING = (
    ("log_parameter_max_length_on_error", "0"),  # no "parameters: $1 = '…'" on an error
    ("log_min_error_statement", "panic"),  # no "STATEMENT: …" after an error
    ("log_error_verbosity", "terse"),  # no DETAIL/CONTEXT, which quote values ("Key (x)=(…)", JSON data)
    ("log_parameter_max_length", "0"),  # no parameters in statement/duration logs
)


def _quiet_pg_logging(dbapi_conn: Any) -> None:
    """Apply PG_QUIET_LOGGING on a new connection, each setting only where this role may change it.

    One statement, and no attempt that would fail: a refused SET would itself be an error in the log.
    """
    values = ", ".join(f"('{name}', '{value}')" for name, value in PG_QUIET_LOGGING)  # constants, not input
    allowed = "s.context = 'user' OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
    if getattr(getattr(dbapi_conn, "info", None), "server_version", 0) >= 150000:
        allowed += " OR has_parameter_privilege(s.name, 'SET')"  # GRANT SET ON PARAMETER (PostgreSQL 15+)
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"SELECT set_config(s.name, v.value, false) FROM (VALUES {values}) AS v(name, value) "
                    f"JOIN pg_settings s ON s.name = v.name WHERE {allowed}")
        dbapi_conn.commit()
    finally:
        cur.close()


def clean_text(value: str) -> str:
    """*value* as every text column accepts it: NUL characters removed, lone surrogates as U+FFFD.

    PostgreSQL refuses NUL in text and both drivers refuse unpaired surrogates, so one hostile
    header would otherwise stop a mail from being stored or processed. The raw bytes are stored
    sealed and untouched; this only concerns the text copies (Message-ID, subject, names…).
    """
    if "\x00" in value:
        value = value.replace("\x00", "")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value


def _clean_parameters(parameters: Any) -> Any:
    """Statement parameters (a dict, a tuple, or a list of them) with every string cleaned."""
    if isinstance(parameters, dict):
        return {k: clean_text(v) if isinstance(v, str) else v for k, v in parameters.items()}
    if isinstance(parameters, tuple):
        return tuple(clean_text(v) if isinstance(v, str) else v for v in parameters)
    if isinstance(parameters, list):
        return [_clean_parameters(p) for p in parameters]
    return parameters


def _install_text_cleaning(engine: sa.Engine) -> None:
    """Clean every string parameter before it reaches the driver (see clean_text)."""

    @event.listens_for(engine, "before_cursor_execute", retval=True)
    def _clean(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
               _executemany: bool) -> tuple[str, Any]:
        return statement, _clean_parameters(parameters)


def make_engine(url: str, **kwargs: Any) -> sa.Engine:
    """An engine for *url*; SQLite gets WAL, a busy timeout and enforced foreign keys.

    SQL parameters never appear in log lines or exception texts (`hide_parameters`): they carry
    personal data. On PostgreSQL the server's own log is kept free of them too (PG_QUIET_LOGGING).
    """
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            # created 0600 in a 0700 folder before SQLite opens it; its -wal and -shm files take its mode
            files.private_dir(Path(path).parent)
            files.private_file(Path(path))
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        _install_text_cleaning(engine)
        return engine
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    _install_text_cleaning(engine)
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", lambda dbapi_conn, _record: _quiet_pg_logging(dbapi_conn))
    return engine


@contextmanager
def session_scope(engine: sa.Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def alembic_config(url: str) -> Any:
    """An Alembic Config pointing at the packaged migrations and *url*."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


MIGRATION_LOCK = 0x647361726D696772  # "dsarmigr": the PostgreSQL advisory lock key of schema migration


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at *url* to *revision* (Alembic `upgrade`); safe when processes start together.

    Every dsarbot process migrates at start, so the Procfile's processes would all create the schema of
    a fresh database at once. They take turns instead: on PostgreSQL under an advisory lock (the others
    wait, then find the schema current), on SQLite under an exclusive lock on a file next to the database.
    """
    from alembic import command

    if url.startswith("sqlite"):
        engine = make_engine(url)  # creates the folder of the SQLite file
        engine.dispose()
        with _file_lock(url):
            command.upgrade(alembic_config(url), revision)
        return
    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
                conn.commit()
            try:
                config = alembic_config(url)
                config.attributes["connection"] = conn  # migrate on the connection that holds the lock
                command.upgrade(config, revision)
                conn.commit()
            finally:
                if conn.dialect.name == "postgresql":
                    conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                    conn.commit()
    finally:
        engine.dispose()


@contextmanager
def _file_lock(url: str) -> Iterator[None]:
    """An exclusive lock on `<database file>.migrate-lock` (no lock for an in-memory database)."""
    path = url.split("///", 1)[-1]
    if not path or path == ":memory:":
        yield
        return
    fd = os.open(f"{path}.migrate-lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


_REVISION_RE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def head_revisions() -> set[str]:
    """The newest migration revision(s), read from the migration files (without importing Alembic).

    A revision is a head when no other migration names it as its `down_revision`.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for key, value in _REVISION_RE.findall(path.read_text(encoding="utf-8")):
            names = set(re.findall(r"['\"]([^'\"]+)['\"]", value))
            (revisions if key == "revision" else parents).update(names)
    return revisions - parents


def at_head(engine: sa.Engine) -> bool:
    """True when the database's schema is already at the newest migration (nothing to upgrade).

    A plain query instead of Alembic's machinery: every CLI command opens the database, and importing
    Alembic to learn that there is nothing to do costs more than the command itself.
    """
    try:
        with engine.connect() as conn:
            rows = {str(r[0]) for r in conn.execute(sa.text("SELECT version_num FROM alembic_version"))}
    except sa.exc.DBAPIError:  # no alembic_version table yet: a new database
        return False
    heads = head_revisions()
    return bool(heads) and rows == heads


def current_revision(engine: sa.Engine) -> str | None:
    """The Alembic revision the database is at, or None when it was never migrated."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def create_all(engine: sa.Engine) -> None:
    """Create the tables directly from the models (tests that are not about migrations)."""
    SQLModel.metadata.create_all(engine)


def ping(engine: sa.Engine) -> None:
    """Raise if the database cannot be reached."""
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))
