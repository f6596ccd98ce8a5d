"""Deciding in Slack: signed clicks and modal submissions sent to the running app's `/slack/events`."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

from support.fake_slack import (
    APPROVER,
    CHANNEL,
    OUTSIDER,
    FakeSlack,
    SlackEndpoint,
    events,
    jobs,
    open_case_with_card,
    reload,
    serve,
    sign,
    slack_env,
)
from support.runtime import make_runtime
from support.smtp import wait_until

from dsarbot import worker
from dsarbot.cases import STATE_LABELS
from dsarbot.slack import access


def ephemeral_to(fake: FakeSlack, user: str, containing: str) -> str:
    call = fake.wait_for("chat.postEphemeral",
                         lambda c: c.params.get("user") == user and containing in str(c.params.get("text")))
    assert call.params["channel"] == CHANNEL
    return str(call.params["text"])


def opened_view(fake: FakeSlack, trigger_prefix: str = "trigger-") -> dict:
    call = fake.wait_for("views.open", lambda c: str(c.params.get("trigger_id", "")).startswith(trigger_prefix))
    view = call.params["view"]
    return json.loads(view) if isinstance(view, str) else view


def reason_values(text: str) -> dict:
    return {"reason": {"value": {"type": "plain_text_input", "value": text}}}


def test_approve_is_refused_until_identity_is_verified_and_nothing_changes(slack_server: SlackEndpoint,
                                                                           fake_slack, slack_rt):
    case = open_case_with_card(slack_rt)
    before = len(events(slack_rt, case))
    status, _ = slack_server.click("case_approve", case.reference)
    assert status == 200
    told = ephemeral_to(fake_slack, APPROVER, "not verified")
    assert case.reference in told
    after = reload(slack_rt, case)
    assert after.state == "awaiting_verification" and len(events(slack_rt, case)) == before
    assert jobs(slack_rt, case, "fulfil") == []


def test_approve_by_an_approver_is_recorded_with_their_name_and_work_is_queued(slack_server, fake_slack,
                                                                               slack_rt):
    case = open_case_with_card(slack_rt, verified=True)
    started = time.perf_counter()
    status, _ = slack_server.click("case_approve", case.reference)
    assert status == 200 and time.perf_counter() - started < 3  # Slack's acknowledgement limit
    ephemeral_to(fake_slack, APPROVER, "approved")
    assert reload(slack_rt, case).state == "approved"
    approved = [e for e in events(slack_rt, case) if e.type == "approved"]
    assert approved[0].actor == "slack:UBOSS (bossi)"
    assert [j.state for j in jobs(slack_rt, case, "fulfil")] == ["pending"]
    assert fake_slack.calls_of("chat.update") == []  # the click handler does not touch the card itself
    worker.drain(slack_rt)  # the worker does: it carries the approval out and refreshes the card
    notes = [str(c.params["text"]) for c in fake_slack.calls_of("chat.postMessage") if "thread_ts" in c.params]
    assert "Approved by slack:UBOSS (bossi)." in notes
    now = reload(slack_rt, case).state  # approved, or already completed by the worker
    assert STATE_LABELS[now] in fake_slack.calls_of("chat.update")[-1].text()


def test_a_non_approver_click_changes_nothing_and_is_told_why(slack_server, fake_slack, slack_rt):
    case = open_case_with_card(slack_rt, verified=True)
    before = len(events(slack_rt, case))
    for action in ("case_approve", "case_reject", "case_not_request", "case_assign"):
        assert slack_server.click(action, case.reference, user=OUTSIDER, name="mallory")[0] == 200
    wait_until(lambda: len(fake_slack.calls_of("chat.postEphemeral")) == 4, timeout=5)
    assert all("Only approvers" in str(c.params["text"]) and c.params["user"] == OUTSIDER
               for c in fake_slack.calls_of("chat.postEphemeral"))
    assert fake_slack.calls_of("views.open") == []
    assert reload(slack_rt, case).state == "awaiting_approval" and len(events(slack_rt, case)) == before


def test_members_of_the_approver_group_may_decide(tmp_path, fake_slack, monkeypatch):
    (tmp_path / "dsarbot.toml").write_text('[slack]\napprover_group = "SAPPROVE"\n')
    fake_slack.usergroups = {"SAPPROVE": ["UGROUPIE"]}
    access.clear_cache()
    rt = make_runtime(tmp_path, **slack_env(fake_slack))
    base, stop = serve(rt)
    try:
        case = open_case_with_card(rt, verified=True)
        endpoint = SlackEndpoint(f"{base}/slack/events", fake_slack, rt)
        endpoint.click("case_approve", case.reference, user="UGROUPIE", name="groupie")
        ephemeral_to(fake_slack, "UGROUPIE", "approved")
        assert reload(rt, case).state == "approved"
        assert fake_slack.calls_of("usergroups.users.list")[0].params["usergroup"] == "SAPPROVE"
    finally:
        stop()
        rt.engine.dispose()


def test_reject_opens_a_modal_and_the_submitted_reason_is_recorded(slack_server, fake_slack, slack_rt):
    case = open_case_with_card(slack_rt)
    slack_server.click("case_reject", case.reference)
    view = opened_view(fake_slack)
    assert view["callback_id"] == "dsar_reject" and case.reference in json.dumps(view)

    status, answer = slack_server.submit(view, reason_values("   "))
    assert status == 200 and answer["response_action"] == "errors"  # a rejection needs its reason
    status, answer = slack_server.submit(view, reason_values("The request is manifestly unfounded."))
    assert status == 200 and answer == {}  # the modal closes
    after = reload(slack_rt, case)
    assert after.state == "rejected"
    rejected = next(e for e in events(slack_rt, case) if e.type == "rejected")
    assert rejected.reason == "The request is manifestly unfounded." and rejected.actor.startswith("slack:UBOSS")
    assert [j.payload["purpose"] for j in jobs(slack_rt, case, "send_reply")] == ["rejection"]


def test_extend_moves_the_due_date_within_the_first_month(slack_server, fake_slack, slack_rt):
    case = open_case_with_card(slack_rt, verified=True)
    slack_server.click("case_extend", case.reference)
    view = opened_view(fake_slack)
    assert view["callback_id"] == "dsar_extend" and "new due date would be" in json.dumps(view)
    _, answer = slack_server.submit(view, reason_values("Records in three separate systems."))
    assert answer == {}
    after = reload(slack_rt, case)
    assert after.extended and after.due_date > case.due_date
    assert [j.payload["purpose"] for j in jobs(slack_rt, case, "send_reply")] == ["extension_notice"]


def test_extend_after_the_first_month_is_refused_with_the_reason_in_the_modal(slack_server, fake_slack,
                                                                              slack_rt):
    case = open_case_with_card(slack_rt, verified=True, received_at=datetime.now(UTC) - timedelta(days=45))
    slack_server.click("case_extend", case.reference)
    view = opened_view(fake_slack)
    assert "it will be refused" in json.dumps(view)
    status, answer = slack_server.submit(view, reason_values("Too much work."))
    assert status == 200 and answer["response_action"] == "errors"
    assert "first month ended" in answer["errors"]["reason"]
    assert not reload(slack_rt, case).extended and jobs(slack_rt, case, "send_reply") == []


def test_request_info_asks_the_requester_and_pauses_the_clock(slack_server, fake_slack, slack_rt):
    case = open_case_with_card(slack_rt)
    slack_server.click("case_request_info", case.reference)
    view = opened_view(fake_slack)
    slack_server.submit(view, reason_values("Your customer number, please."))
    after = reload(slack_rt, case)
    assert after.state == "awaiting_info" and after.paused_since is not None
    (reply,) = jobs(slack_rt, case, "send_reply")
    assert reply.payload == {"purpose": "request_info", "info_needed": "Your customer number, please."}


def test_verify_records_how_the_identity_was_checked(slack_server, fake_slack, slack_rt):
    case = open_case_with_card(slack_rt)
    slack_server.click("case_verify", case.reference)
    view = opened_view(fake_slack)
    assert view["callback_id"] == "dsar_verify"
    slack_server.submit(view, reason_values("Passport seen at the office"))
    after = reload(slack_rt, case)
    assert after.verified and after.state == "awaiting_approval"
    assert after.verification_note == "Passport seen at the office"
    ephemeral_to(fake_slack, APPROVER, "identity verified")


def test_assign_picks_a_person_and_the_card_mentions_them(slack_server, fake_slack, slack_rt):
    case = open_case_with_card(slack_rt)
    slack_server.click("case_assign", case.reference)
    view = opened_view(fake_slack)
    assert view["blocks"][-1]["element"]["type"] == "users_select"
    slack_server.submit(view, {"reason": {"value": {"type": "users_select", "selected_user": "UANNA"}}})
    assert reload(slack_rt, case).assignee == "UANNA"
    worker.drain(slack_rt)
    assert "<@UANNA>" in fake_slack.wait_for("chat.update").text()


def test_a_triage_card_asks_whether_it_is_a_request_and_confirming_opens_the_case(slack_server, fake_slack,
                                                                                  slack_rt):
    case = open_case_with_card(slack_rt, uncertain=True, kinds=("access",))
    card = fake_slack.card_post()
    assert "Is this a data-subject request?" in card.text()
    assert case.state == "triage"
    state = {"triage_kinds": {"triage_kinds": {"type": "checkboxes", "selected_options": [
        {"value": "access"}, {"value": "portability"}]}}}
    slack_server.click("case_confirm", case.reference, state=state)
    ephemeral_to(fake_slack, APPROVER, "confirmed")
    after = reload(slack_rt, case)
    assert after.state == "awaiting_verification" and after.kinds == ["access", "portability"]
    assert [j.payload["purpose"] for j in jobs(slack_rt, case, "send_reply")] == ["acknowledgement"]


def test_not_a_request_closes_a_triage_case_and_nothing_is_sent(slack_server, fake_slack, slack_rt):
    case = open_case_with_card(slack_rt, uncertain=True)
    slack_server.click("case_not_request", case.reference)
    ephemeral_to(fake_slack, APPROVER, "not a request")
    assert reload(slack_rt, case).state == "not_a_request"
    assert jobs(slack_rt, case, "send_reply") == []


def test_requests_with_a_bad_stale_or_missing_signature_get_401_and_change_nothing(slack_server, fake_slack,
                                                                                    slack_rt):
    case = open_case_with_card(slack_rt, verified=True)
    body = json.dumps({"type": "block_actions"}).encode()
    calls = len(fake_slack.calls)
    assert slack_server.click("case_approve", case.reference, headers=sign(body, secret="wrong"))[0] == 401
    assert slack_server.click("case_approve", case.reference,
                              headers={"X-Slack-Request-Timestamp": str(int(time.time())),
                                       "X-Slack-Signature": "v0=" + "0" * 64})[0] == 401
    stale = int(time.time()) - 600
    payload_status = slack_server.post(b"payload=%7B%7D", "application/x-www-form-urlencoded",
                                       sign(b"payload=%7B%7D", ts=stale))[0]
    assert payload_status == 401
    assert slack_server.click("case_approve", case.reference, headers={})[0] == 401
    time.sleep(0.3)
    assert reload(slack_rt, case).state == "awaiting_approval"
    assert len(fake_slack.calls) == calls


def test_an_erasure_needs_two_different_approvers_when_four_eyes_is_on(tmp_path, fake_slack):
    (tmp_path / "dsarbot.toml").write_text("[slack]\nfour_eyes_erasure = true\n")
    rt = make_runtime(tmp_path, **slack_env(fake_slack, DSARBOT_SLACK_APPROVERS="UBOSS,UTWO"))
    base, stop = serve(rt)
    try:
        endpoint = SlackEndpoint(f"{base}/slack/events", fake_slack, rt)
        case = open_case_with_card(rt, verified=True, kinds=("erasure",))
        endpoint.click("case_approve", case.reference)
        ephemeral_to(fake_slack, APPROVER, "second approver")
        endpoint.click("case_approve", case.reference)
        ephemeral_to(fake_slack, APPROVER, "must come from another person")
        assert reload(rt, case).state == "awaiting_approval"
        endpoint.click("case_approve", case.reference, user="UTWO", name="toinen")
        ephemeral_to(fake_slack, "UTWO", "approved")
        assert reload(rt, case).state == "approved"
        actors = [e.actor for e in events(rt, case) if e.type in ("approval_first", "approved")]
        assert actors == ["slack:UBOSS (bossi)", "slack:UTWO (toinen)"]
    finally:
        stop()
        rt.engine.dispose()


def test_corrections_for_a_rectification_are_entered_in_a_modal(slack_server, fake_slack, slack_rt):
    case = open_case_with_card(slack_rt, kinds=("rectification",), verified=True)
    slack_server.click("case_correct", case.reference)
    view = opened_view(fake_slack)
    assert view["callback_id"] == "dsar_correct"
    status, answer = slack_server.submit(view, reason_values("my new surname is Virtanen"))
    assert status == 200 and answer["response_action"] == "errors"  # not `field = value`
    _, answer = slack_server.submit(view, reason_values("last_name = Virtanen"))
    assert answer == {}
    after = reload(slack_rt, case)
    assert after.data["corrections"] == [{"field_type": "last_name", "new_value": "Virtanen"}]
    assert any(e.type == "corrections_entered" and e.actor.startswith("slack:UBOSS") for e in events(slack_rt, case))


def ticked(*kinds: str) -> dict:
    return {"reason": {"value": {"type": "checkboxes", "selected_options": [
        {"text": {"type": "plain_text", "text": k}, "value": k} for k in kinds]}}}


def test_the_rights_a_request_uses_are_corrected_in_a_modal(slack_server, fake_slack, slack_rt):
    case = open_case_with_card(slack_rt, kinds=("access",), verified=True)
    lookups = len(jobs(slack_rt, case, "lookup"))
    slack_server.click("case_kinds", case.reference)
    view = opened_view(fake_slack)
    assert view["callback_id"] == "dsar_kinds"
    boxes = view["blocks"][-1]["element"]
    assert [o["value"] for o in boxes["initial_options"]] == ["access"]  # what the classifier found
    assert {o["value"] for o in boxes["options"]} == {"access", "rectification", "erasure", "restriction",
                                                      "objection", "portability"}
    status, answer = slack_server.submit(view, ticked())
    assert status == 200 and answer["response_action"] == "errors"  # at least one right
    status, answer = slack_server.submit(view, ticked("access", "erasure"), user=OUTSIDER, name="ulko")
    assert answer["response_action"] == "errors" and reload(slack_rt, case).kinds == ["access"]
    _, answer = slack_server.submit(view, ticked("access", "erasure"))
    assert answer == {}
    after = reload(slack_rt, case)
    assert after.kinds == ["access", "erasure"]
    [changed] = [e for e in events(slack_rt, case) if e.type == "kinds_changed"]
    assert changed.actor.startswith("slack:UBOSS") and changed.data == {"from": ["access"], "to": ["access", "erasure"]}
    assert len(jobs(slack_rt, case, "lookup")) == lookups + 1  # the lookup runs again for the new rights
    ephemeral_to(fake_slack, APPROVER, "access, erasure")
