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
    ("", {"DSARBOT_SMTP_URL": "smtp://relay.example.fi:99999"}, "the port 99999 is out of range"),
    ("", {"DSARBOT_SMTP_URL": "smtp://relay.example.fi:25x"}, "the port '25x' is not a number"),
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


def check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, toml: str, **env: str) -> tuple[int, str]:
    """Run `dsarbot check-config` on *toml* and *env*; (exit code, output on one line per finding)."""
    cfg = tmp_path / "dsarbot.toml"
    cfg.write_text(toml)
    monkeypatch.setenv("DSARBOT_CONFIG", str(cfg))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(tmp_path / "data"))
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(app, ["check-config"])
    return result.exit_code, result.output


BROKEN = """
[imap]
urll = "imaps://imap.example.fi/INBOX"
poll_seconds = "often"

[[controllers]]
id = "a"
legal_name = "A Oy"
business_id = "1234567-2"
postal_address = "Katu 1, 00100 Helsinki"
addresses = ["info@a.example.fi"]
"""


def test_check_config_lists_every_problem_in_one_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = check(tmp_path, monkeypatch, BROKEN, DSARBOT_IMAP_URL="imap//info:secret@imap.example.fi/INBOX",
                         DSARBOT_SMTP_LISTEN="2525", DSARBOT_WEB_LISTEN="127.0.0.1:99999",
                         SLACK_BOT_TOKEN="xoxb-1")
    assert code == 1
    problems = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(problems) == 7, output
    for expected in ("unknown setting 'imap.urll'", "'imap.poll_seconds'", "not a valid Finnish business ID",
                     "DSARBOT_IMAP_URL", "DSARBOT_SMTP_LISTEN", "DSARBOT_WEB_LISTEN", "SLACK_SIGNING_SECRET"):
        assert any(expected in p for p in problems), (expected, output)
    assert "7 problem(s)" in output
    assert "secret" not in output  # the IMAP password is never printed, even from a malformed URL


def test_check_config_words_url_and_port_problems_for_what_they_are(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = check(tmp_path, monkeypatch, "", DSARBOT_IMAP_URL="imap//info:secret@imap.example.fi/INBOX",
                         DSARBOT_WEB_LISTEN="127.0.0.1:99999", DSARBOT_SMTP_LISTEN="127.0.0.1:70000")
    assert code == 1
    assert "'://' is not supported" not in output
    assert "DSARBOT_IMAP_URL / imap.url: the URL must start with one of imap://, imaps://, imap+starttls://" in output
    assert ("DSARBOT_WEB_LISTEN / web.listen: '127.0.0.1:99999': the port 99999 is out of range (0–65535); "
            "for example 127.0.0.1:8080") in output
    assert ("DSARBOT_SMTP_LISTEN / intake.smtp_listen: '127.0.0.1:70000': the port 70000 is out of range "
            "(0–65535); for example 127.0.0.1:2525") in output


def test_check_config_fails_on_a_data_sources_file_that_does_not_exist(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = check(tmp_path, monkeypatch, f'[paths]\nsources = "{tmp_path / "sources.toml"}"\n')
    assert code == 1
    assert f"[paths] sources: {tmp_path / 'sources.toml'} does not exist" in output
    assert "configuration OK" not in output


def test_check_config_checks_the_data_sources_against_the_real_tables(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dsarbot.demo import create_demo_register, write_demo_sources_config

    mapping = write_demo_sources_config(create_demo_register(tmp_path / "register.sqlite3"), tmp_path / "s.toml")
    code, output = check(tmp_path, monkeypatch, f'[paths]\nsources = "{mapping}"\n')
    assert code == 0, output
    assert f"data sources: {mapping}" in output and "configuration OK" in output
    mapping.write_text(mapping.read_text().replace('restriction = "restricted"', 'restriction = "is_restricted"'))
    code, output = check(tmp_path, monkeypatch, f'[paths]\nsources = "{mapping}"\n')
    assert code == 1 and "column 'is_restricted' (from `restriction`) does not exist" in output
