"""`dsarbot demo` (register + mapping), `dsarbot demo send` through the SMTP intake, and
`dsarbot sources plan-case REF`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from support.runtime import TEST_KEY, make_runtime
from support.smtp import free_port
from typer.testing import CliRunner

from dsarbot import store, worker
from dsarbot.cli import app
from dsarbot.intake.smtp_server import SmtpIntake
from dsarbot.runtime import Runtime

runner = CliRunner()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    """The CLI's environment and a runtime on the same data folder."""
    config = tmp_path / "dsarbot.toml"
    config.write_text("# tests\n")
    monkeypatch.setenv("DSARBOT_CONFIG", str(config))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", TEST_KEY)
    rt = make_runtime(tmp_path)
    yield rt
    rt.engine.dispose()


def _city(register: Path) -> str:
    engine = sa.create_engine(f"sqlite:///{register}")
    with engine.connect() as conn:
        city = conn.execute(sa.text("SELECT city FROM contacts WHERE customer_number = '10001'")).scalar_one()
    engine.dispose()
    return str(city)


def test_demo_creates_the_register_and_mapping_once_and_reset_rebuilds_it(env: Runtime) -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    register = env.settings.data_dir / "demo-register.sqlite3"
    mapping = env.settings.data_dir / "sources.demo.toml"
    assert register.is_file() and str(register.resolve()) in mapping.read_text()
    engine = sa.create_engine(f"sqlite:///{register}")
    with engine.begin() as conn:  # what an earlier demo request did to the register
        conn.execute(sa.text("UPDATE contacts SET city = 'Pirkkala' WHERE customer_number = '10001'"))
    engine.dispose()
    assert runner.invoke(app, ["demo", "setup"]).exit_code == 0
    assert _city(register) == "Pirkkala"  # kept
    assert runner.invoke(app, ["demo", "setup", "--reset"]).exit_code == 0
    assert _city(register) == "Tampere"


def test_demo_send_delivers_one_request_per_kind_and_plan_case_previews_one(env: Runtime) -> None:
    assert runner.invoke(app, ["demo"]).exit_code == 0
    port = free_port()
    intake = SmtpIntake(env, listen=f"127.0.0.1:{port}")
    intake.start()
    try:
        result = runner.invoke(app, ["demo", "send", "--to", f"127.0.0.1:{port}"])
    finally:
        intake.stop()
    assert result.exit_code == 0, result.output
    assert "dsarbot cases approve" in result.output
    worker.drain(env)
    with env.session() as session:
        opened = {c.requester_email: c for c in store.list_cases(session)}
        got = {c.kinds[0] for c in opened.values() if len(c.kinds) == 1}
        languages = {c.language for c in opened.values()}
        objection = next(c for c in opened.values() if c.kinds == ["objection"])
        erasure = next(c for c in opened.values() if c.kinds == ["erasure"])
        states = (objection.state, erasure.state)
    assert got == {"access", "rectification", "erasure", "restriction", "objection", "portability"}
    assert languages == {"fi", "sv", "en"}
    assert states == ("completed", "awaiting_verification")  # marketing stopped at once; erasure waits

    result = runner.invoke(app, ["sources", "plan-case", erasure.reference])
    assert result.exit_code == 0, result.output
    assert "delete 1 row(s)" in result.output and "KEEP" in result.output and "Kirjanpitolaki 2:10" in result.output
    assert "NOT verified" in result.output
    missing = runner.invoke(app, ["sources", "plan-case", "DSAR-2026-9999"])
    assert missing.exit_code == 2


def test_sources_commands_use_the_mapping_the_run_uses(env: Runtime, tmp_path: Path) -> None:
    none = runner.invoke(app, ["sources", "check"])
    assert none.exit_code == 2 and "no data sources are configured" in none.output
    assert "dsarbot demo" in none.output  # what to do about it

    assert runner.invoke(app, ["demo"]).exit_code == 0  # as `dsarbot run --demo` does
    demo = env.settings.data_dir / "sources.demo.toml"
    checked = runner.invoke(app, ["sources", "check"])
    assert checked.exit_code == 0, checked.output
    assert f"mapping: {demo}" in checked.output and "0 error(s)" in checked.output
    found = runner.invoke(app, ["sources", "find", "--email", "matti.virtanen@example.fi"])
    assert found.exit_code == 0 and "matched by email" in found.output
    planned = runner.invoke(app, ["sources", "plan", "--email", "matti.virtanen@example.fi", "--kind", "erasure"])
    assert planned.exit_code == 0 and "KEEP" in planned.output

    # config/sources.toml beside the configuration file wins over the demo register, as in the worker.
    own = tmp_path / "sources.toml"
    own.write_text(demo.read_text())
    assert f"mapping: {own}" in runner.invoke(app, ["sources", "check"]).output
    from dsarbot.fulfil.sources import sources_path

    assert sources_path(env.settings) == own


def test_a_configured_sources_file_that_is_missing_is_an_error_not_an_empty_register(
        env: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert runner.invoke(app, ["demo"]).exit_code == 0
    (tmp_path / "dsarbot.toml").write_text(f'[paths]\nsources = "{tmp_path / "missing.toml"}"\n')
    result = runner.invoke(app, ["sources", "find", "--email", "matti.virtanen@example.fi"])
    assert result.exit_code == 2 and "missing.toml" in result.output
