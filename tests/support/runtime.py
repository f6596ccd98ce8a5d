"""Runtime fixtures: a migrated database (SQLite file, or a real PostgreSQL) with demo settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dsarbot.config import load_settings
from dsarbot.runtime import Runtime, build_runtime
from dsarbot.secrets import generate_key

TEST_KEY = generate_key()


def make_runtime(tmp_path: Path, database_url: str | None = None, **env: str) -> Runtime:
    """A Runtime on *database_url* (default: a new SQLite file) with no config file and demo controller."""
    config = tmp_path / "dsarbot.toml"
    if not config.exists():
        config.write_text("# tests: embedded defaults plus the environment below\n")
    environ: dict[str, Any] = {
        "DSARBOT_CONFIG": str(config),
        "DSARBOT_DATA_DIR": str(tmp_path / "data"),
        "DSARBOT_SECRET_KEY": TEST_KEY,
        **env,
    }
    if database_url:
        environ["DSARBOT_DATABASE_URL"] = database_url
    settings = load_settings(environ=environ)
    return build_runtime(settings)


@pytest.fixture
def rt(tmp_path: Path) -> Iterator[Runtime]:
    """A runtime on a fresh, migrated SQLite database."""
    runtime = make_runtime(tmp_path)
    yield runtime
    runtime.engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_rt(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Runtime]:
    """The same runtime on SQLite and on a real PostgreSQL (a fresh database per test)."""
    url = request.getfixturevalue("postgres_db") if request.param == "postgres" else None
    runtime = make_runtime(tmp_path, url)
    yield runtime
    runtime.engine.dispose()
