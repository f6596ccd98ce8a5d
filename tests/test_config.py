"""Configuration: the documented example loads, mistakes are explained in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dsarbot.cli import app
from dsarbot.config import ConfigError, load_settings, parse_mail_url

ROOT = Path(__file__).resolve().parent.parent


def test_example_config_loads_with_every_documented_section() -> None:
    settings = load_settings(ROOT / "config" / "dsarbot.example.toml", environ={})
    assert [c.id for c in settings.controllers] == ["kattopojat", "kattopojat-huolto"]
    assert settings.controller_for_address("INFO@kattopojat.fi") is not None
    assert settings.database_url.startswith("sqlite:///")


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[database]\nurl = "sqlite:///file.db"\n[slack]\nchannel = "CFILE"\n')
    env = {"DSARBOT_DATABASE_URL": "postgresql://u:p@db:5432/x", "DSARBOT_SLACK_CHANNEL": "CENV",
           "DSARBOT_SLACK_APPROVERS": "U1, U2", "SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}
    s = load_settings(cfg, environ=env)
    assert s.database_url == "postgresql+psycopg://u:p@db:5432/x"
    assert s.slack.channel == "CENV" and s.slack.approvers == ["U1", "U2"] and s.slack.enabled


@pytest.mark.parametrize(("toml", "env", "expected"), [
    ("[imap]\nurll = 'x'\n", {}, "unknown setting 'imap.urll'"),
    ("", {"DSARBOT_IMAP_URL": "http://mail.example.fi"}, "'http://' is not supported"),
    ("", {"DSARBOT_SMTP_URL": "smtp://relay.example.fi:99999"}, "port is not a number"),
    ("", {"DSARBOT_SMTP_LISTEN": "2525"}, "is not host:port"),
    ("[[controllers]]\nid='a'\nlegal_name='A'\nbusiness_id='1234567-2'\npostal_address='x'\n"
     "addresses=['info@a.fi']\n", {}, "not a valid Finnish business ID"),
    ("[database\n", {}, "not valid TOML"),
])
def test_mistakes_are_explained(tmp_path: Path, toml: str, env: dict[str, str], expected: str) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(toml)
    with pytest.raises(ConfigError, match=expected):
        load_settings(cfg, environ=env)


def test_mail_urls_are_taken_apart() -> None:
    u = parse_mail_url("imaps://info%40firma.fi:s%3Acret@imap.firma.fi/INBOX", {"imaps": 993})
    assert (u.host, u.port, u.username, u.password, u.path, u.tls) == (
        "imap.firma.fi", 993, "info@firma.fi", "s:cret", "INBOX", "ssl")
    assert parse_mail_url("smtp+starttls://relay:587", {}).tls == "starttls"


def test_check_config_reports_an_unreachable_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("")
    monkeypatch.setenv("DSARBOT_CONFIG", str(cfg))
    monkeypatch.setenv("DSARBOT_DATABASE_URL", "postgresql://nobody:pw@127.0.0.1:1/none")
    result = CliRunner().invoke(app, ["check-config"])
    assert result.exit_code == 1
    assert "not reachable" in result.output and "pw@" not in result.output


def test_check_config_passes_on_embedded_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("")
    monkeypatch.setenv("DSARBOT_CONFIG", str(cfg))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(tmp_path / "data"))
    result = CliRunner().invoke(app, ["check-config"])
    assert result.exit_code == 0, result.output
    assert "configuration OK" in result.output
