"""OAuth2 tokens from a local identity provider over real HTTP: Microsoft (msal), Google (service account
with domain-wide delegation) and plain client credentials; what the operator is told when it fails."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.oauth_server import OAuthServer, certificate_pem
from support.runtime import make_runtime
from support.tls import self_signed

from dsarbot.config import ConfigError, load_settings
from dsarbot.mailauth import registry
from dsarbot.mailauth.errors import OAuthError
from dsarbot.mailauth.settings import OAuthSettings
from dsarbot.mailauth.tokens import TokenSource

SECRET = "Wq8~sEcReT-value"


class Clock:
    """Simulated time for the token source (the endpoint still runs over real HTTP)."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def client_credentials(server: OAuthServer, **extra: object) -> OAuthSettings:
    return OAuthSettings.model_validate({"provider": "oauth2", "client_id": "dsarbot", "client_secret": SECRET,
                                         "token_url": server.token_url, **extra})


def source(oauth: OAuthSettings, user: str = "info@firma.fi", clock: Clock | None = None) -> TokenSource:
    return TokenSource(registry.make_provider(oauth, user), **({"clock": clock} if clock else {}))


@pytest.fixture
def idp(oauth_server: OAuthServer) -> OAuthServer:
    oauth_server.add_client("dsarbot", SECRET, mailbox="info@firma.fi")
    return oauth_server


@pytest.fixture
def microsoft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OAuthServer]:
    """A Microsoft-shaped authority over https (msal accepts nothing else), trusted through SSL_CERT_FILE."""
    cert, key = self_signed(tmp_path, "idp")
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    server = OAuthServer(tls=(cert, key)).start()
    server.add_client("11111111-app", SECRET, tenant="contoso-tenant", mailbox="info@firma.fi")
    yield server
    server.close()


def ms_settings(server: OAuthServer, **extra: object) -> OAuthSettings:
    return OAuthSettings.model_validate({"provider": "microsoft", "tenant_id": "contoso-tenant",
                                         "client_id": "11111111-app", "client_secret": SECRET,
                                         "token_url": server.base, **extra})


# --- one token per lifetime ------------------------------------------------------------------------

def test_a_token_serves_its_whole_lifetime_and_is_renewed_shortly_before_it_ends(idp: OAuthServer) -> None:
    clock = Clock()
    tokens = source(client_credentials(idp), clock=clock)
    first, fresh = tokens.get()
    assert fresh and idp.token_requests == 1
    for step in (60, 200, 284):  # 5-minute token: renewed only in its last 15 s
        clock.now = 1_000_000.0 + step
        assert tokens.get() == (first, False)
    assert idp.token_requests == 1
    clock.now = 1_000_000.0 + 286
    second, fresh = tokens.get()
    assert fresh and second.value != first.value and idp.token_requests == 2


def test_threads_logging_in_at_the_same_moment_share_one_token_request(idp: OAuthServer) -> None:
    idp.delay = 0.3  # every caller arrives while the first request is still under way
    tokens = source(client_credentials(idp))
    got: list[str] = []
    threads = [threading.Thread(target=lambda: got.append(tokens.get()[0].value)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 8 and len(set(got)) == 1
    assert idp.token_requests == 1


def test_a_token_a_server_refused_is_never_handed_out_again(idp: OAuthServer) -> None:
    tokens = source(client_credentials(idp))
    old, _ = tokens.get()
    tokens.invalidate(old)
    new, fresh = tokens.get()
    assert fresh and new.value != old.value and idp.token_requests == 2
    tokens.invalidate(old)  # a late refusal of the old token does not throw the new one away
    assert tokens.get() == (new, False)


def test_the_token_and_the_secret_never_show_in_a_repr_or_the_settings(idp: OAuthServer, tmp_path: Path) -> None:
    tokens = source(client_credentials(idp))
    token, _ = tokens.get()
    rt = make_runtime(tmp_path, DSARBOT_OAUTH_PROVIDER="oauth2", DSARBOT_OAUTH_CLIENT_ID="dsarbot",
                      DSARBOT_OAUTH_CLIENT_SECRET=SECRET, DSARBOT_OAUTH_TOKEN_URL=idp.token_url,
                      DSARBOT_IMAP_URL="imaps://info%40firma.fi@imap.firma.fi/INBOX")
    shown = repr(rt.settings) + str(rt.settings) + repr(token) + repr(tokens) + repr(client_credentials(idp))
    assert SECRET not in shown and token.value not in shown
    rt.engine.dispose()


# --- failures in plain words ---------------------------------------------------------------------

def test_a_revoked_client_secret_says_which_settings_to_check(idp: OAuthServer,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    idp.revoke("dsarbot")
    with caplog.at_level(logging.DEBUG), pytest.raises(OAuthError) as err:
        source(client_credentials(idp)).get()
    assert err.value.permanent and err.value.code == "wrong_secret"
    assert "DSARBOT_OAUTH_CLIENT_SECRET" in str(err.value)
    assert SECRET not in str(err.value) + caplog.text


def test_a_token_endpoint_that_is_down_is_a_passing_failure(idp: OAuthServer) -> None:
    idp.stop()
    with pytest.raises(OAuthError) as err:
        source(client_credentials(idp)).get()
    assert not err.value.permanent and err.value.code == "endpoint_down"
    assert "cannot be reached" in str(err.value)
    idp.start()  # back: the next attempt works
    assert source(client_credentials(idp)).get()[1]


def test_a_slow_token_endpoint_gives_up_after_the_timeout(idp: OAuthServer) -> None:
    idp.delay = 3.0
    started = time.monotonic()
    with pytest.raises(OAuthError) as err:
        source(client_credentials(idp, timeout_seconds=0.5)).get()
    assert time.monotonic() - started < 2.0
    assert not err.value.permanent and err.value.code == "endpoint_slow"
    assert "did not answer within 0.5 s" in str(err.value)


def test_a_plain_http_token_endpoint_is_refused_unless_it_is_on_this_machine(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text("")
    env = {"DSARBOT_CONFIG": str(tmp_path / "c.toml"), "DSARBOT_OAUTH_PROVIDER": "oauth2",
           "DSARBOT_OAUTH_CLIENT_ID": "x", "DSARBOT_OAUTH_CLIENT_SECRET": "y",
           "DSARBOT_IMAP_URL": "imaps://info%40firma.fi@imap.firma.fi/INBOX"}
    with pytest.raises(ConfigError, match="must be an https:// URL"):
        load_settings(environ={**env, "DSARBOT_OAUTH_TOKEN_URL": "http://idp.firma.fi/token"})
    load_settings(environ={**env, "DSARBOT_OAUTH_TOKEN_URL": "http://127.0.0.1:9/token"})
    with pytest.raises(OAuthError, match="must be an https:// URL"):
        source(OAuthSettings(provider="oauth2", client_id="x", client_secret="y",  # type: ignore[arg-type]
                             token_url="http://idp.firma.fi/token")).get()


# --- Microsoft 365 (msal) ------------------------------------------------------------------------

def test_microsoft_app_gets_a_token_with_its_client_secret(microsoft: OAuthServer) -> None:
    token, fresh = source(ms_settings(microsoft)).get()
    assert fresh and microsoft.valid(token.value) is not None
    assert microsoft.requests["microsoft"] == 1 and 299 <= token.lifetime <= 300


def test_microsoft_app_gets_a_token_with_its_certificate(microsoft: OAuthServer, tmp_path: Path) -> None:
    pem, cert = certificate_pem(tmp_path)
    microsoft.add_client("22222222-app", None, tenant="contoso-tenant", mailbox="info@firma.fi", certificate=cert)
    token, _ = source(ms_settings(microsoft, client_id="22222222-app", client_secret=None,
                                  certificate_file=str(pem))).get()
    assert microsoft.valid(token.value) is not None


@pytest.mark.parametrize(("change", "code", "words"), [
    ({"client_secret": "the-secret-ID-not-its-value"}, "wrong_secret", "not its Secret ID"),
    ({"tenant_id": "fabrikam-tenant"}, "wrong_tenant", "tenant fabrikam-tenant does not exist"),
    ({"client_id": "33333333-app"}, "wrong_client", "there is no app 33333333-app in tenant contoso-tenant"),
])
def test_microsoft_refusals_say_what_to_fix(microsoft: OAuthServer, change: dict[str, str], code: str,
                                            words: str) -> None:
    with pytest.raises(OAuthError) as err:
        source(ms_settings(microsoft, **change)).get()
    assert err.value.permanent and err.value.code == code and words in str(err.value)


def test_an_expired_microsoft_secret_says_to_create_a_new_one(microsoft: OAuthServer) -> None:
    microsoft.clients["11111111-app"].secret_expired = True
    with pytest.raises(OAuthError) as err:
        source(ms_settings(microsoft)).get()
    assert err.value.code == "expired_secret" and "has expired: create a new one" in str(err.value)


def test_an_authority_with_an_untrusted_certificate_is_refused(microsoft: OAuthServer,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE")
    with pytest.raises(OAuthError) as err:
        source(ms_settings(microsoft)).get()
    assert err.value.code == "untrusted_tls" and "SSL_CERT_FILE" in str(err.value)


# --- Google Workspace (service account, domain-wide delegation) ------------------------------------

@pytest.fixture
def google_key(oauth_server: OAuthServer, tmp_path: Path) -> Path:
    return oauth_server.add_service_account(tmp_path, "dsarbot@firma.iam.gserviceaccount.com", "10987654321",
                                            users={"info@firma.fi"})


def google(server: OAuthServer, key: Path) -> OAuthSettings:
    return OAuthSettings(provider="google", google_service_account_file=str(key), token_url=server.google_token_url)


def test_a_google_service_account_gets_a_token_for_the_mailbox_user(oauth_server: OAuthServer,
                                                                   google_key: Path) -> None:
    token, _ = source(google(oauth_server, google_key), "info@firma.fi").get()
    issued = oauth_server.valid(token.value)
    assert issued is not None and issued.username == "info@firma.fi"
    assert oauth_server.requests["jwt_bearer"] == 1


def test_google_without_domain_wide_delegation_says_where_to_add_it(oauth_server: OAuthServer,
                                                                    google_key: Path) -> None:
    oauth_server.service_accounts["dsarbot@firma.iam.gserviceaccount.com"].delegated = set()
    with pytest.raises(OAuthError) as err:
        source(google(oauth_server, google_key), "info@firma.fi").get()
    assert err.value.code == "no_delegation"
    assert "Domain-wide delegation" in str(err.value) and "10987654321" in str(err.value)


def test_a_deleted_google_key_and_an_unknown_user_are_told_apart(oauth_server: OAuthServer,
                                                                 google_key: Path) -> None:
    with pytest.raises(OAuthError) as err:
        source(google(oauth_server, google_key), "nobody@firma.fi").get()
    assert err.value.code == "no_such_user" and "nobody@firma.fi" in str(err.value)
    oauth_server.revoke("10987654321")
    with pytest.raises(OAuthError) as err:
        source(google(oauth_server, google_key), "info@firma.fi").get()
    assert err.value.code == "wrong_key" and "create a new JSON key" in str(err.value)


# --- configuration ---------------------------------------------------------------------------------

def test_a_url_with_a_user_and_no_password_needs_a_provider(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text("")
    env = {"DSARBOT_CONFIG": str(tmp_path / "c.toml"), "DSARBOT_IMAP_URL": "imaps://info%40firma.fi@h/INBOX"}
    with pytest.raises(ConfigError, match="no password; for OAuth2 set DSARBOT_OAUTH_PROVIDER"):
        load_settings(environ=env)
    with pytest.raises(ConfigError, match="needs DSARBOT_OAUTH_TENANT_ID"):
        load_settings(environ={**env, "DSARBOT_OAUTH_PROVIDER": "microsoft", "DSARBOT_OAUTH_CLIENT_ID": "a",
                               "DSARBOT_OAUTH_CLIENT_SECRET": "b"})


def test_each_mailbox_and_the_relay_may_have_their_own_credentials(tmp_path: Path) -> None:
    from dsarbot.intake import imap_conn
    from dsarbot.outbox_sender import relay_oauth

    (tmp_path / "c.toml").write_text('''
[imap.oauth]
client_secret = "for-the-shared-mailbox"

[outbound]
smtp_url = "smtp+starttls://info%40firma.fi@smtp.office365.com:587"

[outbound.oauth]
provider = "oauth2"
client_id = "relay-app"
client_secret = "relay-secret"
token_url = "https://idp.firma.fi/token"

[[controllers]]
id = "sister"
legal_name = "Sisar Oy"
business_id = "0737546-2"
postal_address = "Katu 1, Helsinki"
addresses = ["info@sisar.fi"]
imap_url = "imaps://info%40sisar.fi@outlook.office365.com/INBOX"
imap_oauth = { tenant_id = "sister-tenant" }
''')
    settings = load_settings(environ={
        "DSARBOT_CONFIG": str(tmp_path / "c.toml"), "DSARBOT_IMAP_URL": "imaps://info%40firma.fi@h/INBOX",
        "DSARBOT_OAUTH_PROVIDER": "microsoft", "DSARBOT_OAUTH_TENANT_ID": "firma-tenant",
        "DSARBOT_OAUTH_CLIENT_ID": "app", "DSARBOT_OAUTH_CLIENT_SECRET": "env-secret"})
    shared, sister = imap_conn.mailboxes(settings)
    assert shared.oauth and sister.oauth
    assert shared.oauth.client_secret and shared.oauth.client_secret.get_secret_value() == "for-the-shared-mailbox"
    assert shared.oauth.tenant_id == "firma-tenant"
    assert sister.oauth.tenant_id == "sister-tenant" and sister.oauth.client_id == "app"
    relay = relay_oauth(settings)
    assert relay and relay.provider == "oauth2" and relay.client_id == "relay-app" and relay.tenant_id is None
