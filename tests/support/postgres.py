"""Throw-away PostgreSQL 15 for tests: `postgres_url` (one cluster per session), `postgres_db` (per test).

The cluster lives in a temporary directory, listens on 127.0.0.1 on a free port, runs with fsync off
(nothing here must survive a crash) and is stopped and removed at the end of the session. PostgreSQL
refuses to run as root, so as root every server command runs through `runuser -u postgres`.
Mark tests that use them `@pytest.mark.postgres`.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _pg_bin() -> Path:
    """The newest installed PostgreSQL server binaries (Debian keeps one folder per major version)."""
    if os.environ.get("DSARBOT_PG_BIN"):
        return Path(os.environ["DSARBOT_PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _pg_bin()
SERVER_LOGS: dict[str, Path] = {}
"""The server log file of each running cluster, by its `postgres_url` (for tests about what it logs)."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(*cmd: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else list(cmd)


def _run(*cmd: str) -> None:
    result = subprocess.run(_as_postgres(*cmd), capture_output=True, text=True, timeout=120)
    if result.returncode:
        raise RuntimeError(f"{Path(cmd[0]).name} failed ({result.returncode}): {result.stderr.strip()[-800:]}")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """Start a throw-away cluster; yields `postgresql+psycopg://postgres@127.0.0.1:PORT/postgres`."""
    if not (PG_BIN / "initdb").exists():
        pytest.fail(f"PostgreSQL server binaries not found in {PG_BIN} (apt-get install -y postgresql)")
    base = Path(tempfile.mkdtemp(prefix="dsarbot-pg-"))
    data = base / "data"
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    port = _free_port()
    started = False
    try:
        _run(str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync",
             "-E", "UTF8", "--locale=C.UTF-8")
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off -c max_connections=200")
        _run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w", "-t", "60",
             "-o", options, "start")
        started = True
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        SERVER_LOGS[url] = base / "log"
        yield url
    finally:
        if started:
            subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                                        "stop"), capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


def server_log(url: str) -> Path:
    """The server log file of the cluster that serves *url* (a `postgres_url` or `postgres_db` URL)."""
    base = url.rsplit("/", 1)[0]
    return next(path for u, path in SERVER_LOGS.items() if u.rsplit("/", 1)[0] == base)


@pytest.fixture()
def postgres_db(postgres_url: str) -> Iterator[str]:
    """A fresh, empty database for one test; yields its `postgresql+psycopg://` URL, dropped afterwards."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # name is ours: hex only
    url = postgres_url.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

