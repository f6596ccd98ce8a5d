"""Who may use the dashboard, and that its forms cannot be submitted from another site."""

from __future__ import annotations

import base64
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from support.factories import open_case
from support.runtime import make_runtime
from support.webui import client, csrf_token, write_users
from typer.testing import CliRunner

from dsarbot import store
from dsarbot.cli.webpasswd import web_passwd
from dsarbot.runtime import Runtime
from dsarbot.webui import auth, tokens


@pytest.fixture
def rt_users(tmp_path: Path) -> Iterator[Runtime]:
    """A runtime whose dashboard has the logins alice and bob."""
    write_users(tmp_path, alice="alice-secret-1", bob="bob-secret-22")
    runtime = make_runtime(tmp_path)
    yield runtime
    runtime.engine.dispose()


def basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def actors(rt: Runtime, reference: str) -> list[tuple[str, str]]:
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        assert case is not None and case.id is not None
        return [(e.actor, e.type) for e in store.case_events(session, case.id)]


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
def test_without_users_browsers_on_this_machine_get_in(rt: Runtime, host: str) -> None:
    response = client(rt, host).get("/")
    assert response.status_code == 200
    assert "Signed in as web:local" in response.text


@pytest.mark.parametrize("host", ["10.0.0.5", "192.168.1.20", "2001:db8::1", "testclient"])
def test_without_users_other_machines_are_told_why_they_are_refused(rt: Runtime, host: str) -> None:
    case = open_case(rt, message_id="<x@x>")
    for path in ("/", f"/cases/{case.reference}", "/stats"):
        response = client(rt, host).get(path)
        assert response.status_code == 403
        assert "only answers browsers on this machine" in response.text
        assert "dsarbot web-passwd" in response.text
        assert case.reference not in response.text


def test_without_users_a_request_relayed_by_a_local_proxy_is_refused(rt: Runtime) -> None:
    response = client(rt).get("/", headers={"X-Forwarded-For": "203.0.113.9"})
    assert response.status_code == 403


def test_with_users_everyone_must_sign_in(rt_users: Runtime) -> None:
    local = client(rt_users, "127.0.0.1")
    response = local.get("/")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Basic ")
    assert local.get("/", headers=basic("alice", "wrong")).status_code == 401
    assert local.get("/", headers=basic("mallory", "alice-secret-1")).status_code == 401
    assert local.get("/", headers={"Authorization": "Basic !!!"}).status_code == 401
    remote = client(rt_users, "198.51.100.7").get("/", headers=basic("alice", "alice-secret-1"))
    assert remote.status_code == 200 and "Signed in as web:alice" in remote.text


def test_decisions_name_the_signed_in_user(rt_users: Runtime) -> None:
    case = open_case(rt_users, message_id="<d@x>")
    c = client(rt_users, "198.51.100.7", headers=basic("alice", "alice-secret-1"))
    token = csrf_token(c.get(f"/cases/{case.reference}").text)

    r = c.post(f"/cases/{case.reference}/verify", data={"csrf_token": token, "note": "called them back"})

    assert r.status_code == 303
    assert ("web:alice", "verified") in actors(rt_users, case.reference)


def test_a_form_post_without_a_valid_token_is_refused(rt: Runtime) -> None:
    case = open_case(rt, message_id="<c@x>")
    c = client(rt)
    token = csrf_token(c.get(f"/cases/{case.reference}").text)
    url = f"/cases/{case.reference}/verify"

    no_token = c.post(url, data={"note": "x"})
    wrong_token = c.post(url, data={"note": "x", "csrf_token": token[:-2] + "00"})
    no_cookie = client(rt).post(url, data={"note": "x", "csrf_token": token})
    other_site = c.post(url, data={"note": "x", "csrf_token": token}, headers={"Origin": "https://evil.example"})
    cross_site = c.post(url, data={"note": "x", "csrf_token": token}, headers={"Sec-Fetch-Site": "cross-site"})

    for response in (no_token, wrong_token, no_cookie, other_site, cross_site):
        assert response.status_code == 403
        assert "The form has expired or did not come from this dashboard" in response.text
    assert actors(rt, case.reference) == [("system", "opened")]
    assert c.post(url, data={"note": "x", "csrf_token": token}).status_code == 303  # the real form works


def test_one_users_form_token_does_not_work_for_another(rt_users: Runtime) -> None:
    case = open_case(rt_users, message_id="<b@x>")
    alice = client(rt_users, headers=basic("alice", "alice-secret-1"))
    token = csrf_token(alice.get(f"/cases/{case.reference}").text)
    bob = client(rt_users, headers=basic("bob", "bob-secret-22"))
    bob.cookies.set(tokens.CSRF_COOKIE, token)

    response = bob.post(f"/cases/{case.reference}/verify", data={"csrf_token": token, "note": "x"})

    assert response.status_code == 403


def test_only_the_dashboards_own_forms_are_accepted(rt: Runtime) -> None:
    case = open_case(rt, message_id="<j@x>")
    c = client(rt)
    token = csrf_token(c.get(f"/cases/{case.reference}").text)
    response = c.post(f"/cases/{case.reference}/verify", json={"csrf_token": token, "note": "x"})
    assert response.status_code == 415


def test_a_forged_flash_message_is_not_shown(rt: Runtime) -> None:
    c = client(rt)
    forged = base64.urlsafe_b64encode(b'["ok", "Your password expired, mail it to us"]').decode()
    c.cookies.set(tokens.FLASH_COOKIE, forged + ".0000")
    assert "Your password expired" not in c.get("/").text


def test_password_hashes_are_salted_scrypt_and_verified() -> None:
    first, second = auth.hash_password("hunter2hunter2"), auth.hash_password("hunter2hunter2")
    assert first != second  # a fresh salt every time
    scheme, n, r, p, salt, key = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1") and salt and key
    assert auth.verify_password("hunter2hunter2", first)
    assert not auth.verify_password("hunter2hunter3", first)
    assert not auth.verify_password("hunter2hunter2", "plaintext")
    assert not auth.verify_password("x", "scrypt$99999999999$8$1$AAAA$AAAA")


def _passwd_app() -> typer.Typer:
    app = typer.Typer()
    app.command()(web_passwd)
    return app


def test_web_passwd_prints_a_line_for_the_config(tmp_path: Path) -> None:
    result = CliRunner().invoke(_passwd_app(), ["alice"], input="a long passphrase\n")
    assert result.exit_code == 0
    line = result.stdout.strip().splitlines()[-1]
    users = tomllib.loads(line)
    assert auth.verify_password("a long passphrase", users["alice"])

    (tmp_path / "dsarbot.toml").write_text("[web.users]\n" + line + "\n")
    rt = make_runtime(tmp_path)
    page = client(rt, "198.51.100.7", headers=basic("alice", "a long passphrase")).get("/")
    assert page.status_code == 200
    rt.engine.dispose()


def test_web_passwd_refuses_a_short_password() -> None:
    result = CliRunner().invoke(_passwd_app(), ["alice"], input="short\n")
    assert result.exit_code == 1
    assert "scrypt$" not in result.stdout
