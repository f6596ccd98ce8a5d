"""Staff read Slack in their own language: what only one person sees (the Home tab, `/dsar`, modals, the
private answer to a click) follows that person's Slack locale (`users.info`); what the channel sees (cards,
thread notes, reminders) follows `[staff] language`. Everything goes through the signed `/slack/events`
endpoint and the fake Web API over real HTTP."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.factories import open_case
from support.fake_slack import (
    APPROVER,
    OUTSIDER,
    FakeSlack,
    SlackEndpoint,
    open_case_with_card,
    reload,
    serve,
    settle,
    slack_env,
)
from support.runtime import make_runtime
from support.smtp import wait_until

from dsarbot import decisions, i18n, messages, store
from dsarbot.decisions import Actor
from dsarbot.intake import health
from dsarbot.runtime import Runtime
from dsarbot.slack import lang, reminders

FINNISH_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.20\d\d\b")
ISO_DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")
FI = i18n.translator("fi")


def home_text(fake: FakeSlack, user: str, after: int = 0) -> str:
    call = wait_until(lambda: [c for c in fake.calls_of("views.publish") if c.params.get("user_id") == user][after:]
                      or None)[0]
    view = call.params["view"]
    return json.dumps((json.loads(view) if isinstance(view, str) else view)["blocks"], ensure_ascii=False)


def command_answer(endpoint: SlackEndpoint, fake: FakeSlack, text: str, user: str = APPROVER) -> str:
    before = len([c for c in fake.calls if c.method.startswith("/response/")])
    assert endpoint.command(text, user=user)[0] == 200
    answers = wait_until(lambda: [c for c in fake.calls if c.method.startswith("/response/")][before:] or None)
    assert answers[0].params["response_type"] == "ephemeral"
    return answers[0].text()


def opened_view(fake: FakeSlack, n: int = 0) -> dict:
    call = wait_until(lambda: fake.calls_of("views.open")[n:] or None)[0]
    view = call.params["view"]
    return json.loads(view) if isinstance(view, str) else view


def ephemeral_to(fake: FakeSlack, user: str, containing: str) -> str:
    call = fake.wait_for("chat.postEphemeral",
                         lambda c: c.params.get("user") == user and containing in str(c.params.get("text")))
    return str(call.params["text"])


def home_opened(endpoint: SlackEndpoint, user: str) -> None:
    assert endpoint.event({"type": "app_home_opened", "user": user, "channel": "D1", "tab": "home",
                           "event_ts": "1.2"})[0] == 200


@pytest.fixture
def finnish_runtime(tmp_path: Path, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    """A deployment whose `[staff] language` is Finnish (the channel's language)."""
    for var in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "dsarbot.toml").write_text('[staff]\nlanguage = "fi"\n')
    rt = make_runtime(tmp_path, **slack_env(fake_slack))
    yield rt
    rt.engine.dispose()


def test_a_finnish_slack_user_gets_the_home_tab_in_finnish_and_an_english_one_in_english(
        slack_server: SlackEndpoint, fake_slack: FakeSlack, slack_rt: Runtime) -> None:
    fake_slack.locales[APPROVER] = "fi-FI"
    case = open_case(slack_rt, name="Maija Meikäläinen")
    due = reload(slack_rt, case).due_date

    home_opened(slack_server, APPROVER)
    finnish = home_text(fake_slack, APPROVER)
    assert "Rekisteröityjen pyynnöt" in finnish and "*Avoinna 1*" in finnish
    assert "odottaa henkilöllisyyden varmistusta" in finnish and "poisto" in finnish
    assert f"eräpäivä {FI.date(due)}" in finnish and FINNISH_DATE.search(finnish)
    assert "Maija Meikäläinen" in finnish  # an approver sees the requester
    assert "Data-subject requests" not in finnish and "due this week" not in finnish and not ISO_DATE.search(finnish)
    [asked] = fake_slack.calls_of("users.info")
    assert asked.params["user"] == APPROVER and asked.params["include_locale"] in ("1", "true", "True")

    home_opened(slack_server, OUTSIDER)  # Slack's default locale (en-US): English, and no requester names
    english = home_text(fake_slack, OUTSIDER)
    assert "Data-subject requests" in english and "waiting for identity verification" in english
    assert "Rekisteröityjen" not in english and "Requester names are shown to approvers only." in english


def test_a_finnish_slack_user_gets_dsar_answers_in_finnish(slack_server: SlackEndpoint, fake_slack: FakeSlack,
                                                           slack_rt: Runtime) -> None:
    fake_slack.locales[APPROVER] = "fi-FI"
    case = open_case(slack_rt, hetu="131052-308T", kinds=("access", "erasure"))
    due = reload(slack_rt, case).due_date

    listed = command_answer(slack_server, fake_slack, "list")
    assert "Avoimet tapaukset (1)" in listed and case.reference in listed
    assert f"eräpäivä {FI.date(due)}" in listed and "pv jäljellä" in listed and "tarkastus, poisto" in listed
    assert "Open cases" not in listed

    shown = command_answer(slack_server, fake_slack, f"show {case.reference}")
    assert "Tarkastusoikeus (15 art.), Poisto (17 art.)" in shown and "Henkilötunnus" in shown
    assert "131052-***T" in shown and "131052-308T" not in shown and FI.date(due) in shown
    assert "case_approve" not in shown and "Requester" not in shown

    stats = command_answer(slack_server, fake_slack, "stats")
    assert "Rekisteröityjen pyynnöt: tilastot" in stats and "*Avoinna:* 1 · *Suljettu:* 0" in stats
    assert "ei vielä toteutettuja tapauksia" in stats

    assert "näyttää rekisteröityjen pyynnöt" in command_answer(slack_server, fake_slack, "")
    assert "Tunnuksella DSAR-1999-0001 ei ole tapausta." in command_answer(slack_server, fake_slack,
                                                                         "show DSAR-1999-0001")
    assert len(fake_slack.calls_of("users.info")) == 1  # the language is remembered, not asked per command


def test_a_swedish_approvers_modals_and_private_answers_are_swedish_while_the_channel_stays_in_the_staff_language(
        slack_server: SlackEndpoint, fake_slack: FakeSlack, slack_rt: Runtime) -> None:
    fake_slack.locales[APPROVER] = "sv-SE"
    case = open_case_with_card(slack_rt, verified=True)

    assert slack_server.click("case_extend", case.reference)[0] == 200
    view = opened_view(fake_slack)
    assert view["title"]["text"] == "Förläng tidsfristen" and view["close"]["text"] == "Avbryt"
    assert "Den nya förfallodagen blir" in json.dumps(view, ensure_ascii=False)

    assert slack_server.click("case_approve", case.reference)[0] == 200
    told = ephemeral_to(fake_slack, APPROVER, case.reference)
    assert "godkänt; svaret och ändringarna i uppgifterna verkställs" in told
    settle(slack_rt)
    note = fake_slack.wait_for("chat.postMessage", lambda c: "thread_ts" in c.params and "bossi" in c.params["text"])
    assert note.params["text"] == "Approved by slack:UBOSS (bossi)."  # the channel's language: [staff] (en)

    assert slack_server.click("case_reject", case.reference, user=OUTSIDER, name="mallory")[0] == 200
    refusal = ephemeral_to(fake_slack, OUTSIDER, "approvers")
    assert refusal.startswith("Only approvers can decide")  # the outsider's Slack is in English


def test_a_refused_decision_in_a_modal_says_why_in_the_approvers_language(slack_server: SlackEndpoint,
                                                                         fake_slack: FakeSlack,
                                                                         slack_rt: Runtime) -> None:
    fake_slack.locales[APPROVER] = "fi-FI"
    case = open_case_with_card(slack_rt, verified=True,
                               received_at=datetime.now(UTC) - timedelta(days=40))  # the first month is over
    assert slack_server.click("case_extend", case.reference)[0] == 200
    view = opened_view(fake_slack)
    assert view["title"]["text"] == "Pidennä määräaikaa"
    assert "Ensimmäinen kuukausi päättyi" in json.dumps(view, ensure_ascii=False)
    status, answer = slack_server.submit(view, {"reason": {"value": {"type": "plain_text_input", "value": "laaja"}}})
    assert status == 200 and answer["response_action"] == "errors"
    assert "ensimmäinen kuukausi päättyi" in answer["errors"]["reason"]
    assert FINNISH_DATE.search(answer["errors"]["reason"]) and not reload(slack_rt, case).extended


def test_channel_cards_notes_and_reminders_follow_the_staff_language(finnish_runtime: Runtime,
                                                                     fake_slack: FakeSlack) -> None:
    rt = finnish_runtime
    base, stop = serve(rt)
    try:
        endpoint = SlackEndpoint(f"{base}/slack/events", fake_slack, rt)
        case = open_case_with_card(rt, hetu="131052-308T")
        card = fake_slack.card_post().text()
        assert "Poisto (17 art.)" in card and "Pyytäjä" in card and "Henkilötunnus" in card
        assert "odottaa henkilöllisyyden varmistusta" in card and "Hyväksy" in card and "Hylkää…" in card
        assert f"{FI.date(case.due_date)} · " in card and "päivää jäljellä" in card
        assert "Approve" not in card and "Requester" not in card and not ISO_DATE.search(card)

        # An English-speaking approver is answered in English; the card and its thread stay Finnish.
        assert endpoint.click("case_approve", case.reference)[0] == 200
        assert "not verified yet" in ephemeral_to(fake_slack, APPROVER, case.reference)
        with rt.session() as session:
            decisions.verify(session, case.reference, Actor("cli:anna"), "henkilökortti nähty")
        settle(rt)
        note = fake_slack.wait_for("chat.postMessage", lambda c: "thread_ts" in c.params and "anna" in c.params["text"])
        assert note.params["text"] == "cli:anna varmisti henkilöllisyyden."
        updated = fake_slack.calls_of("chat.update")[-1].text()
        assert "varmistettu (henkilökortti nähty)" in updated and "odottaa hyväksyntää" in updated

        due = reload(rt, case).due_date
        three_days_before = datetime.combine(due - timedelta(days=3), datetime.min.time(), UTC) + timedelta(hours=8)
        assert reminders.due_reminders(rt, three_days_before) == 1
        settle(rt)
        reminder = str(fake_slack.wait_for("chat.postMessage", lambda c: "erääntyy" in str(c.params.get("text")))
                       .params["text"])  # the days are counted when it is posted (today, here)
        assert re.match(rf"{case.reference} \(poisto\) :alarm_clock: erääntyy \*\d+ päivän päästä\* "
                        rf"\({re.escape(FI.date(due))}\) · odottaa hyväksyntää · ei vastuuhenkilöä$", reminder)
    finally:
        stop()


def test_without_a_readable_slack_language_personal_messages_use_the_staff_language(
        finnish_runtime: Runtime, fake_slack: FakeSlack) -> None:
    rt = finnish_runtime
    fake_slack.fail("users.info", times=1, status=500, retry_after=None)
    base, stop = serve(rt)
    try:
        endpoint = SlackEndpoint(f"{base}/slack/events", fake_slack, rt)
        open_case(rt)
        home_opened(endpoint, APPROVER)
        assert "Rekisteröityjen pyynnöt" in home_text(fake_slack, APPROVER)  # Slack failed: [staff] language
        fake_slack.locales["UGERMAN"] = "de-DE"
        home_opened(endpoint, "UGERMAN")
        assert "Rekisteröityjen pyynnöt" in home_text(fake_slack, "UGERMAN")  # neither fi, sv nor en
        home_opened(endpoint, APPROVER)
        assert "Rekisteröityjen pyynnöt" in home_text(fake_slack, APPROVER, after=1)
        # A failure is remembered for a minute: Slack is not asked again on every click while it is away.
        assert [c.params["user"] for c in fake_slack.calls_of("users.info", ok_only=False)] == [APPROVER, "UGERMAN"]
    finally:
        stop()


def test_a_persons_slack_language_is_remembered_for_an_hour(slack_rt: Runtime, fake_slack: FakeSlack,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    fake_slack.locales[APPROVER] = "sv-SE"
    clock = [1000.0]
    monkeypatch.setattr(lang, "clock", lambda: clock[0])
    assert lang.translator_for(slack_rt, APPROVER).language == "sv"
    fake_slack.locales[APPROVER] = "fi-FI"  # the person switches Slack to Finnish
    clock[0] += lang.CACHE_SECONDS - 1
    assert lang.translator_for(slack_rt, APPROVER).language == "sv"
    clock[0] += 2
    assert lang.translator_for(slack_rt, APPROVER).language == "fi"
    assert len(fake_slack.calls_of("users.info")) == 2


def test_a_note_queued_for_the_channel_is_translated_when_it_is_posted(slack_rt: Runtime) -> None:
    case = open_case(slack_rt)
    with slack_rt.session() as session:
        decisions.extend(session, case.reference, Actor("cli:anna"), "laaja pyyntö")
        [job] = [j for j in store.jobs_for_case(session, case.id or 0) if j.type == "slack_card"]
    said = messages.from_payload(job.payload["note"])
    assert isinstance(said, messages.Msg)
    due = reload(slack_rt, case).due_date
    assert messages.render(FI, said) == f"cli:anna pidensi määräaikaa {FI.date(due)} asti."
    assert str(said) == f"Extended by cli:anna to {i18n.ENGLISH.date(due)}."


def test_a_mailbox_that_cannot_be_read_is_announced_in_the_staff_language(finnish_runtime: Runtime,
                                                                         fake_slack: FakeSlack) -> None:
    rt = finnish_runtime
    key = health.imap_key("info@firma.fi@imap.firma.fi:993/INBOX")
    with rt.session() as session:
        store.health_failed(session, key, "imap", "LOGIN failed (AUTHENTICATIONFAILED)",
                            now=datetime.now(UTC) - timedelta(minutes=20))
    assert health.alert_unreadable(rt) == 1
    settle(rt)
    posted = str(fake_slack.wait_for("chat.postMessage", lambda c: "firma.fi" in str(c.params.get("text")))
                 .params["text"])
    assert posted == (":warning: Postilaatikkoa info@firma.fi@imap.firma.fi:993/INBOX ei ole voitu lukea 20 "
                      "minuuttiin: LOGIN failed (AUTHENTICATIONFAILED). Sinne saapuvat pyynnöt odottavat, kunnes "
                      "vika on korjattu; mitään ei katoa.")  # the server's own words stay as they are

    with rt.session() as session:
        store.health_ok(session, key, "imap")
    assert health.alert_unreadable(rt) == 1
    settle(rt)
    assert fake_slack.wait_for("chat.postMessage", lambda c: "taas luettavissa" in str(c.params.get("text")))


def test_a_person_can_choose_their_language_since_slack_has_no_finnish_or_swedish(
        slack_server: SlackEndpoint, fake_slack: FakeSlack, slack_rt: Runtime) -> None:
    open_case(slack_rt)  # Slack says en-US (its default): English until the person chooses
    assert "Open cases (1)" in command_answer(slack_server, fake_slack, "list")

    chosen = command_answer(slack_server, fake_slack, "kieli fi")
    assert "dsarbot kirjoittaa sinulle tästä lähtien suomeksi" in chosen
    assert "Avoimet tapaukset (1)" in command_answer(slack_server, fake_slack, "list")
    home_opened(slack_server, APPROVER)
    assert "Rekisteröityjen pyynnöt" in home_text(fake_slack, APPROVER)
    assert "Data-subject requests" in command_answer(slack_server, fake_slack, "stats", user=OUTSIDER)  # only theirs

    assert "dsarbot skriver till dig på svenska" in command_answer(slack_server, fake_slack, "språk sv")
    assert "Öppna ärenden (1)" in command_answer(slack_server, fake_slack, "list")
    wrong = command_answer(slack_server, fake_slack, "language xx")
    assert "Skriv `/dsar language fi`, `sv` eller `en`" in wrong  # in the language chosen so far
    assert "follows your Slack language again" in command_answer(slack_server, fake_slack, "language auto")
    assert "Open cases (1)" in command_answer(slack_server, fake_slack, "list")
