"""The case card in the Slack channel: what it shows, how it changes, and how it survives Slack outages."""

from __future__ import annotations

import json
import socket
import time
from datetime import UTC, datetime

import pytest
from slack_sdk.errors import SlackApiError
from support.factories import request_mail
from support.fake_slack import CHANNEL, FakeSlack, jobs, open_case_with_card, reload, settle

from dsarbot import decisions, i18n, store, worker
from dsarbot.config import SlackConfig
from dsarbot.decisions import Actor
from dsarbot.slack.client import SlackUnavailable, call, web_client

STAFF = Actor("cli:anna", "Anna")


def blocks_of(call_params: dict[str, object]) -> list[dict[str, object]]:
    blocks = call_params["blocks"]
    return json.loads(blocks) if isinstance(blocks, str) else blocks  # type: ignore[return-value]


def button_ids(call_params: dict[str, object]) -> list[str]:
    return [e["action_id"] for b in blocks_of(call_params) if b["type"] == "actions"
            for e in b["elements"] if e.get("type") == "button"]  # type: ignore[index, union-attr, attr-defined]


def test_a_request_mail_becomes_a_card_with_everything_needed_to_decide(slack_rt, fake_slack):
    body = ("Hei,\n\nPyydän poistamaan kaikki minua koskevat tiedot rekisteristänne.\n"
            "Henkilötunnukseni on 131052-308T.\n\nTerveisin\nMaija Meikäläinen\n")
    raw = request_mail(body=body, message_id="<card-1@example.fi>")
    with slack_rt.session() as session:
        store.save_incoming(session, slack_rt.sealer, raw, source="test", received_at=datetime.now(UTC),
                            message_id="<card-1@example.fi>")
    worker.drain(slack_rt)

    post = fake_slack.card_post()
    shown = post.text()
    with slack_rt.session() as session:
        (case,) = store.list_cases(session)
    assert post.params["channel"] == CHANNEL
    assert case.reference in shown and "Maija Meikäläinen" in shown
    assert "maija.meikalainen@example.fi" in shown
    assert "131052-***T" in shown and "131052-308T" not in shown  # identity code masked everywhere
    assert "poistamaan kaikki minua koskevat tiedot" in shown  # the excerpt of the request
    assert i18n.ENGLISH.date(case.due_date) in shown and "days left" in shown  # 7 Jan 2027: the staff convention
    assert "Erasure" in shown and "not verified" in shown
    assert button_ids(post.params) == ["case_approve", "case_reject", "case_request_info", "case_verify",
                                       "case_extend", "case_kinds", "case_assign", "case_not_request"]
    values = {e["value"] for b in blocks_of(post.params) if b["type"] == "actions"  # type: ignore[index]
              for e in b["elements"]}  # type: ignore[attr-defined]
    assert values == {case.reference}
    # The card's place is remembered so that later changes update it instead of posting a new one.
    assert case.slack_channel == CHANNEL and case.slack_ts


def test_the_card_names_the_language_the_request_was_written_in(slack_rt, fake_slack):
    body = "Dobrý den,\n\nžádám vás o smazání mých osobních údajů z vašich systémů.\n\nS pozdravem\nJana Nováková\n"
    raw = request_mail(sender="Jana Nováková <jana@example.cz>", subject="Smazání údajů", body=body,
                       message_id="<card-cs@example.cz>")
    with slack_rt.session() as session:
        store.save_incoming(session, slack_rt.sealer, raw, source="test", received_at=datetime.now(UTC),
                            message_id="<card-cs@example.cz>")
    worker.drain(slack_rt)
    assert "Czech (cs)" in fake_slack.card_post().text()


def test_a_mail_with_mentions_and_formatting_pings_nobody_and_shows_literally(slack_rt, fake_slack):
    body = ("Hello <!channel> and <@U123> and <!here>, click <https://evil.example|your bank> now.\n"
            "This is *bold* and _italic_ and ~struck~ and `code` & more. @channel\n"
            "Please delete my data.\n")
    raw = request_mail(sender="Evil <evil@example.com>", subject="Delete my data", body=body)
    with slack_rt.session() as session:
        store.save_incoming(session, slack_rt.sealer, raw, source="test", received_at=datetime.now(UTC),
                            message_id=None)
    worker.drain(slack_rt)

    shown = fake_slack.card_post().text()
    assert "&lt;!channel&gt;" in shown and "&lt;@U123&gt;" in shown and "&lt;!here&gt;" in shown
    assert "&lt;https://evil.example|your bank&gt;" in shown
    for live in ("<!channel>", "<@U123>", "<!here>", "<https://evil", "*bold*", "_italic_", "~struck~",
                 "`code`", "@channel"):
        assert live not in shown, live
    assert "&amp; more" in shown


def test_every_change_updates_the_card_in_place_and_notes_it_in_the_thread(slack_rt, fake_slack):
    case = open_case_with_card(slack_rt, hetu="131052-308T")
    with slack_rt.session() as session:
        decisions.verify(session, case.reference, STAFF, "ID card seen at the office")
    worker.drain(slack_rt)

    update = fake_slack.wait_for("chat.update")
    assert (update.params["channel"], update.params["ts"]) == (case.slack_channel, case.slack_ts)
    assert "waiting for staff approval" in update.text() and "ID card seen" in update.text()
    assert "case_verify" not in button_ids(update.params)  # nothing left to verify
    note = fake_slack.wait_for("chat.postMessage", lambda c: c.params.get("thread_ts") == case.slack_ts)
    assert "Identity verified by cli:anna (Anna)" in str(note.params["text"])
    assert len(fake_slack.calls_of("chat.postMessage")) == 2  # the card once, then the note


def test_a_closed_case_card_has_no_buttons(slack_rt, fake_slack):
    case = open_case_with_card(slack_rt)
    with slack_rt.session() as session:
        decisions.reject(session, case.reference, STAFF, "manifestly unfounded")
    worker.drain(slack_rt)
    update = fake_slack.wait_for("chat.update")
    assert button_ids(update.params) == []
    assert "Closed: rejected" in update.text()


def test_found_data_and_what_approving_does_are_shown(slack_rt, fake_slack):
    case = open_case_with_card(slack_rt, verified=True)
    with slack_rt.session() as session:
        row = store.case_by_id(session, case.id)
        assert row is not None
        row.data = {"found_summary": ["CRM: 1 customer record <b>", "Invoices: 3 rows (kept 6 years)"]}
        decisions.queue_card_update(session, row)
    worker.drain(slack_rt)
    shown = fake_slack.wait_for("chat.update").text()
    assert "CRM: 1 customer record &lt;b&gt;" in shown and "Invoices: 3 rows (kept 6 years)" in shown
    # No data sources in this runtime: the plan says so instead of promising deletions.
    assert "Approving does exactly this" in shown
    assert "nothing to change in the data sources (no data sources are configured" in shown


def test_slack_rate_limit_then_success_delivers_the_card_exactly_once(slack_rt, fake_slack: FakeSlack):
    fake_slack.fail("chat.postMessage", times=1, status=429, retry_after=1)
    case = open_case_with_card(slack_rt)  # the first try meets the 429
    assert case.slack_ts is None
    (job,) = jobs(slack_rt, case, "slack_card")
    assert job.state == "pending" and "ratelimited" in (job.last_error or "")

    time.sleep(1.1)  # Retry-After: 1
    settle(slack_rt)
    posts = fake_slack.calls_of("chat.postMessage")
    assert len(posts) == 1 and case.reference in posts[0].text()
    assert reload(slack_rt, case).slack_ts is not None


def test_updates_wait_while_slack_is_down_and_arrive_later_in_order(slack_rt, fake_slack: FakeSlack):
    case = open_case_with_card(slack_rt)
    fake_slack.down = True
    with slack_rt.session() as session:
        decisions.assign(session, case.reference, STAFF, "UASSIGNEE")
    with slack_rt.session() as session:
        decisions.verify(session, case.reference, STAFF, "knows the customer number")
    worker.drain(slack_rt)
    # Slack is down: nothing delivered, nothing lost.
    assert [j.state for j in jobs(slack_rt, case, "slack_card")] == ["done", "pending", "pending"]
    with slack_rt.session() as session:
        decisions.request_info(session, case.reference, STAFF, "your customer number")
    fake_slack.down = False
    fake_slack.fail("chat.postMessage", times=1, status=500, retry_after=1)  # one more hiccup
    settle(slack_rt)

    notes = [str(c.params["text"]) for c in fake_slack.calls_of("chat.postMessage")
             if c.params.get("thread_ts") == case.slack_ts]
    assert [n.split(" ")[0] for n in notes] == ["Assigned", "Identity", "cli:anna"]
    last = fake_slack.calls_of("chat.update")[-1]
    assert "waiting for information from the requester" in last.text()
    assert len([c for c in fake_slack.calls_of("chat.postMessage") if "thread_ts" not in c.params]) == 1


def test_a_card_posted_just_before_slack_fails_is_not_posted_twice(slack_rt, fake_slack: FakeSlack):
    case = open_case_with_card(slack_rt)
    with slack_rt.session() as session:  # a case whose card is gone from Slack's point of view
        row = store.case_by_id(session, case.id)
        assert row is not None
        row.slack_ts = row.slack_channel = None
        decisions.queue_card_update(session, row, "The requester replied.")
    fake_slack.fail("chat.postMessage", times=1, status=429, retry_after=1, after=1)  # card ok, note fails
    worker.drain(slack_rt)
    time.sleep(1.1)
    settle(slack_rt)
    fresh = reload(slack_rt, case)
    top_level = [c for c in fake_slack.calls_of("chat.postMessage") if "thread_ts" not in c.params]
    assert len(top_level) == 2  # the original card and the re-posted one, not a third
    assert fake_slack.calls_of("chat.postMessage")[-1].params.get("thread_ts") == fresh.slack_ts


def test_no_card_is_attempted_when_slack_is_not_configured(rt, fake_slack):
    case = open_case_with_card(rt)
    assert case.slack_ts is None and fake_slack.calls == []
    assert jobs(rt, case, "slack_card") == []  # not even queued: the worker's time goes to the replies


def test_an_unreachable_or_slow_slack_counts_as_unavailable_and_is_retried_later(fake_slack: FakeSlack):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there: connection refused
    unreachable = web_client(SlackConfig(bot_token="xoxb-x", signing_secret="s",
                                         api_url=f"http://127.0.0.1:{port}/api/"))
    with pytest.raises(SlackUnavailable):
        call(unreachable.chat_postMessage, channel=CHANNEL, text="hello")

    silent = socket.socket()  # accepts connections but never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    slow = web_client(SlackConfig(bot_token="xoxb-x", signing_secret="s",
                                  api_url=f"http://127.0.0.1:{silent.getsockname()[1]}/api/"), timeout=1)
    try:
        with pytest.raises(SlackUnavailable):
            call(slow.chat_postMessage, channel=CHANNEL, text="hello")
    finally:
        silent.close()

    ok = web_client(SlackConfig(bot_token="xoxb-x", signing_secret="s", api_url=fake_slack.api_url))
    fake_slack.fail("chat.postMessage", status=200, error="channel_not_found", retry_after=None)
    with pytest.raises(SlackApiError):  # a configuration problem is not "try again in a second"
        call(ok.chat_postMessage, channel="CWRONG", text="hello")


def test_the_card_shows_the_plan_approval_carries_out_the_same_as_the_dashboard(slack_rt, fake_slack):
    from dsarbot.fulfil.preview import approval_plan_for
    from dsarbot.fulfil.sources import ensure_demo
    from dsarbot.webui.views import case_view

    ensure_demo(slack_rt.settings)  # the demo register: Johan Lindqvist has contacts, invoices, a newsletter
    raw = request_mail(sender="Johan Lindqvist <johan.lindqvist@example.fi>", subject="Radering",
                       body="Hej,\n\njag ber er radera alla mina personuppgifter.\n\nJohan Lindqvist\n")
    with slack_rt.session() as session:
        store.save_incoming(session, slack_rt.sealer, raw, source="test", received_at=datetime.now(UTC),
                            message_id=None)
    worker.drain(slack_rt)
    shown = fake_slack.calls_of("chat.update")[-1].text()  # the card after the lookup
    with slack_rt.session() as session:
        (case,) = store.list_cases(session)
        plan = approval_plan_for(slack_rt, session, case)
        page = case_view(slack_rt, session, case, datetime.now(UTC).date()).plan
    assert plan.error is None and page is not None and page.text_lines() == plan.text_lines()
    [erasure] = plan.steps
    assert erasure.stored  # the plan sealed at lookup: the one approval executes
    assert "Approving does exactly this" in shown
    for line in erasure.lines:
        assert line.replace("&", "&amp;").replace(">", "&gt;") in shown, line
    assert any(line.startswith("delete Asiakasrekisteri (CRM) › Yhteystiedot: 1 row") for line in erasure.lines)
    assert any(line.startswith("keep Asiakasrekisteri (CRM) › Laskut") and "Kirjanpitolaki 2:10, until" in line
               for line in erasure.lines)
    assert ("staff must tell Postituspalvelu Kirjekyyhky Oy (uutiskirjeet) (Art. 19; becomes a task on the case)"
            in erasure.lines)
