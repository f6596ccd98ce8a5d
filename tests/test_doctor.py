"""`dsarbot check-config --connect` / `dsarbot doctor` against a real OAuth2-only Dovecot and XOAUTH2 relay:
per mailbox the login or its reason, IDLE, the folder, and when the secret or certificate ends."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select
from support.dovecot_oauth import OAuthDovecot
from support.oauth_server import OAuthServer, certificate_pem
from support.runtime import make_runtime
from support.smtp import XOAuth2Relay
from typer.testing import CliRunner

from dsarbot import i18n, messages
from dsarbot.cli import app
from dsarbot.intake import health
from dsarbot.mailauth import registry
from dsarbot.models import Job, utcnow

pytestmark = pytest.mark.dovecot
_apps = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_token_sources() -> Iterator[None]:
    registry.forget_all()
    yield
    registry.forget_all()


@pytest.fixture
def relay(module_oauth: OAuthServer) -> Iterator[XOAuth2Relay]:
    r = XOAuth2Relay(lambda token: ((i := module_oauth.valid(token)) and i.username) or None).start()
    yield r
    r.stop()


def environment(tmp_path: Path, dovecot: OAuthDovecot, user: str, client_id: str, relay: XOAuth2Relay,
                **extra: str) -> dict[str, str]:
    if not (tmp_path / "c.toml").exists():
        (tmp_path / "c.toml").write_text("")
    return {"DSARBOT_CONFIG": str(tmp_path / "c.toml"), "DSARBOT_DATA_DIR": str(tmp_path / "data"),
            "DSARBOT_IMAP_URL": dovecot.url(user), "DSARBOT_SMTP_URL": relay.url_for(user),
            "DSARBOT_OAUTH_PROVIDER": "microsoft", "DSARBOT_OAUTH_TENANT_ID": "contoso",
            "DSARBOT_OAUTH_CLIENT_ID": client_id, "DSARBOT_OAUTH_TOKEN_URL": dovecot.oauth.base, **extra}


def test_a_working_mailbox_and_relay_are_reported_with_a_certificate_about_to_expire(
        oauth_imap: OAuthDovecot, relay: XOAuth2Relay, tmp_path: Path) -> None:
    user, client_id = oauth_imap.new_user(), f"doctor-{next(_apps)}"
    pem, cert = certificate_pem(tmp_path)  # valid for 20 more days
    oauth_imap.oauth.add_client(client_id, None, tenant="contoso", mailbox=user, certificate=cert)
    (tmp_path / "c.toml").write_text(f'[oauth]\ncertificate_file = "{pem}"\n')
    result = CliRunner().invoke(app, ["doctor"], env=environment(tmp_path, oauth_imap, user, client_id, relay))
    out = " ".join(result.output.split())  # the console wraps long lines
    assert result.exit_code == 0, out
    assert "login OK with an OAuth2 token (microsoft)" in out
    assert "IDLE supported" in out and "folder INBOX found (0 messages)" in out
    assert f"certificate {pem.name} of the Microsoft app {client_id} expires on" in out
    assert "(in 19 days)" in out or "(in 20 days)" in out
    assert "relay" in out and "AUTH XOAUTH2" in out
    assert relay.messages == []  # nothing was sent


def test_a_wrong_secret_and_a_missing_folder_are_errors_that_say_what_to_fix(
        oauth_imap: OAuthDovecot, relay: XOAuth2Relay, tmp_path: Path) -> None:
    user, client_id = oauth_imap.new_user(), f"doctor-{next(_apps)}"
    oauth_imap.oauth.add_client(client_id, "right-secret", tenant="contoso", mailbox=user)
    env = environment(tmp_path, oauth_imap, user, client_id, relay, DSARBOT_OAUTH_CLIENT_SECRET="wrong-secret")
    result = CliRunner().invoke(app, ["check-config", "--connect"], env=env)
    out = " ".join(result.output.split())
    assert result.exit_code == 1
    assert "error:" in out and "not its Secret ID" in out
    assert "wrong-secret" not in out

    registry.forget_all()
    env |= {"DSARBOT_OAUTH_CLIENT_SECRET": "right-secret", "DSARBOT_IMAP_URL": oauth_imap.url(user, folder="Info")}
    result = CliRunner().invoke(app, ["check-config", "--connect"], env=env)
    out = " ".join(result.output.split())
    assert result.exit_code == 1
    assert "login OK" in out and "there is no folder Info" in out


def test_a_client_secret_ending_within_30_days_is_a_warning_to_staff(tmp_path: Path) -> None:
    soon = (utcnow() + timedelta(days=12)).date()
    (tmp_path / "dsarbot.toml").write_text(f'[oauth]\nclient_secret_expires = "{soon}"\n')
    rt = make_runtime(tmp_path, DSARBOT_IMAP_URL="imaps://info%40firma.fi@outlook.office365.com/INBOX",
                      DSARBOT_OAUTH_PROVIDER="microsoft", DSARBOT_OAUTH_TENANT_ID="contoso",
                      DSARBOT_OAUTH_CLIENT_ID="app", DSARBOT_OAUTH_CLIENT_SECRET="x")
    try:
        assert health.warn_expiring(rt) == 1
        assert health.warn_expiring(rt) == 0  # the 30-day warning is given once
        with rt.session() as session:
            [job] = session.exec(select(Job).where(Job.type == "slack_notice")).all()
        said = str(messages.from_payload(job.payload["text"]))  # posted in [staff] language (English here)
        assert f"The client secret of the microsoft app app expires on {i18n.ENGLISH.date(soon)} (in 12 days)" in said
        assert any("expires on" in n for n in health.staff_notices(rt))  # the dashboard banner too
        assert health.warn_expiring(rt, today=soon - timedelta(days=1)) == 1  # and again the day before
    finally:
        rt.engine.dispose()
