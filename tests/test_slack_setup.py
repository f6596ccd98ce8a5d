"""Setting Slack up: the manifest grants what the app uses; Slack off means no Slack endpoint at all."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import yaml
from support.fake_slack import serve, slack_env
from support.runtime import make_runtime

from dsarbot.slack import app as slack_app

MANIFEST = Path(__file__).resolve().parent.parent / "config" / "slack-manifest.yml"


def test_the_manifest_creates_an_app_with_everything_dsarbot_uses():
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    features, settings = manifest["features"], manifest["settings"]
    assert set(manifest["oauth_config"]["scopes"]["bot"]) >= {"chat:write", "commands", "usergroups:read", "users:read"}
    assert features["app_home"]["home_tab_enabled"] is True
    (command,) = features["slash_commands"]
    assert command["command"] == "/dsar" and command["url"].endswith("/slack/events")
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["interactivity"]["request_url"].endswith("/slack/events")
    assert settings["event_subscriptions"]["bot_events"] == ["app_home_opened"]
    assert settings["event_subscriptions"]["request_url"].endswith("/slack/events")


def test_without_slack_settings_there_is_no_slack_endpoint(rt):
    base, stop = serve(rt)
    try:
        request = urllib.request.Request(f"{base}/slack/events", data=b"{}", method="POST")
        try:
            urllib.request.urlopen(request, timeout=5)
            status = 200
        except urllib.error.HTTPError as exc:
            status = exc.code
        assert status == 404
        with urllib.request.urlopen(f"{base}/healthz", timeout=5) as health:
            assert health.status == 200
    finally:
        stop()


def test_socket_mode_is_used_only_with_an_app_token(slack_rt):
    assert slack_app.start_socket_mode(slack_rt) is None  # HTTP mode: /slack/events


def test_with_an_app_token_dsarbot_connects_out_over_socket_mode(tmp_path, fake_slack):
    rt = make_runtime(tmp_path, SLACK_APP_TOKEN="xapp-test", **slack_env(fake_slack))
    handler = slack_app.start_socket_mode(rt)
    try:
        assert handler is not None
        call = fake_slack.wait_for("apps.connections.open")
        assert call.auth == "Bearer xapp-test"  # the app-level token, not the bot token
    finally:
        if handler is not None:
            handler.close()
        rt.engine.dispose()
