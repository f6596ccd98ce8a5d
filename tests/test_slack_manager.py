"""What managers see: App Home, `/dsar`, deadline reminders in the channel and the Monday digest."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from support.factories import open_case
from support.fake_slack import APPROVER, OUTSIDER, FakeSlack, SlackEndpoint, jobs, open_case_with_card
from support.smtp import wait_until

from dsarbot import deadlines, store, worker
from dsarbot.models import Case
from dsarbot.runtime import Runtime
from dsarbot.slack import reminders


def set_case(rt: Runtime, case: Case, **values: object) -> Case:
    with rt.session() as session:
        row = store.case_by_id(session, case.id)
        assert row is not None
        for k, v in values.items():
            setattr(row, k, v)
        session.add(row)
        for message in store.messages_of_case(session, row.id):
            message.status = "processed"
            session.add(message)
    return row


@pytest.fixture
def portfolio(slack_rt: Runtime) -> dict[str, Case]:
    """Three open cases with known due dates and one completed case (10 days to complete)."""
    today = deadlines.today_helsinki()
    now = datetime.now(UTC)
    made = {
        "overdue": set_case(slack_rt, open_case(slack_rt, name="Olli Overdue", email="olli@example.fi",
                                                message_id="<o@x>"),
                            due_date=today - timedelta(days=2), assignee="UOTHER"),
        "soon": set_case(slack_rt, open_case(slack_rt, name="Sanna Soon", email="sanna@example.fi",
                                             message_id="<s@x>", hetu="131052-308T", kinds=("access",)),
                         due_date=today + timedelta(days=3), assignee=APPROVER),
        "later": set_case(slack_rt, open_case(slack_rt, name="Lauri Later", email="lauri@example.fi",
                                              message_id="<l@x>"),
                          due_date=today + timedelta(days=20)),
        "done": set_case(slack_rt, open_case(slack_rt, name="Doris Done", email="doris@example.fi",
                                             message_id="<d@x>", received_at=now - timedelta(days=10)),
                         state="completed", closed_at=now),
    }
    return made


def home_blocks(fake: FakeSlack, user: str) -> list[dict]:
    call = fake.wait_for("views.publish", lambda c: c.params.get("user_id") == user)
    view = call.params["view"]
    return (json.loads(view) if isinstance(view, str) else view)["blocks"]


def texts(blocks: list[dict]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b.get("text")]


def test_app_home_lists_open_cases_by_due_date_with_the_viewers_own_first(slack_server: SlackEndpoint,
                                                                          fake_slack, portfolio):
    slack_server.event({"type": "app_home_opened", "user": APPROVER, "channel": "D1", "tab": "home",
                        "event_ts": "1.2"})
    lines = texts(home_blocks(fake_slack, APPROVER))
    joined = "\n".join(lines)
    assert "*3 open* · :red_circle: *1 overdue* · :warning: *1 due this week*" in joined
    refs = {k: c.reference for k, c in portfolio.items()}
    case_lines = [ln for ln in lines if "DSAR-" in ln]
    assert [next(r for r in refs.values() if r in ln) for ln in case_lines] == [
        refs["soon"], refs["overdue"], refs["later"]]  # mine first, then by due date
    assert lines.index("*Assigned to you (1)*") < lines.index(case_lines[0])
    assert ":warning: *due this week*" in case_lines[0] and "Sanna Soon" in case_lines[0]
    assert ":red_circle: *OVERDUE 2 d*" in case_lines[1] and "<@UOTHER>" in case_lines[1]
    assert ":white_circle:" in case_lines[2] and "unassigned" in case_lines[2]
    assert refs["done"] not in joined


def test_app_home_of_someone_who_is_not_an_approver_shows_deadlines_without_names(slack_server, fake_slack,
                                                                                  portfolio):
    slack_server.event({"type": "app_home_opened", "user": OUTSIDER, "tab": "home", "event_ts": "1.3"})
    joined = "\n".join(texts(home_blocks(fake_slack, OUTSIDER)))
    assert portfolio["overdue"].reference in joined and "OVERDUE" in joined
    assert "Olli" not in joined and "Sanna" not in joined
    assert "Requester names are shown to approvers only" in json.dumps(home_blocks(fake_slack, OUTSIDER))


def command_answer(slack_server: SlackEndpoint, fake: FakeSlack, text: str, user: str = APPROVER) -> str:
    before = len([c for c in fake.calls if c.method.startswith("/response/")])
    assert slack_server.command(text, user=user)[0] == 200
    answers = wait_until(lambda: [c for c in fake.calls if c.method.startswith("/response/")][before:] or None)
    assert answers[0].params["response_type"] == "ephemeral"
    return answers[0].text()


def test_dsar_command_answers_list_overdue_show_and_stats_only_to_the_asker(slack_server, fake_slack,
                                                                           portfolio):
    refs = {k: c.reference for k, c in portfolio.items()}
    listed = command_answer(slack_server, fake_slack, "list")
    order = [listed.index(refs[k]) for k in ("overdue", "soon", "later")]
    assert order == sorted(order) and refs["done"] not in listed
    assert "Open cases (3)" in listed

    overdue = command_answer(slack_server, fake_slack, "overdue")
    assert refs["overdue"] in overdue and refs["soon"] not in overdue and "2 d late" in overdue

    shown = command_answer(slack_server, fake_slack, f"show {refs['soon'].lower()}")
    assert refs["soon"] in shown and "Sanna Soon" in shown and "131052-***T" in shown
    assert "131052-308T" not in shown and "case_approve" not in shown

    stats = command_answer(slack_server, fake_slack, "stats")
    assert "*Open:* 3 · *Closed:* 1" in stats and "*Overdue:* 1" in stats
    assert "*Median days to completion:* 10 days" in stats

    assert "/dsar list" in command_answer(slack_server, fake_slack, "")  # usage
    assert "No case has the reference" in command_answer(slack_server, fake_slack, "show DSAR-1999-0001")


def test_dsar_command_for_a_non_approver_hides_requester_details(slack_server, fake_slack, portfolio):
    listed = command_answer(slack_server, fake_slack, "list", user=OUTSIDER)
    assert portfolio["soon"].reference in listed and "Sanna" not in listed
    shown = command_answer(slack_server, fake_slack, f"show {portfolio['soon'].reference}", user=OUTSIDER)
    assert "Sanna" not in shown and "approvers only" in shown


WEDNESDAY = datetime(2026, 3, 11, 8, 0, tzinfo=UTC)  # 10:00 in Helsinki, a working day


def test_reminders_come_7_3_1_days_before_and_each_working_day_when_overdue_each_once(slack_rt, fake_slack):
    day = deadlines.today_helsinki(WEDNESDAY)
    cases = {}
    for days in (7, 3, 1, -2, 10):
        c = open_case_with_card(slack_rt, message_id=f"<r{days}@x>", email=f"r{days}@example.fi")
        cases[days] = set_case(slack_rt, c, due_date=day + timedelta(days=days), assignee="UANNA")
    closed = set_case(slack_rt, open_case(slack_rt, message_id="<rc@x>"), due_date=day + timedelta(days=3),
                      state="rejected")

    assert reminders.due_reminders(slack_rt, WEDNESDAY) == 4
    assert reminders.due_reminders(slack_rt, WEDNESDAY + timedelta(hours=2)) == 0  # each reminder once
    assert [j.payload["point"] for d in (7, 3, 1, -2) for j in jobs(slack_rt, cases[d], "slack_reminder")] == [
        7, 3, 1, -2]
    assert jobs(slack_rt, cases[10], "slack_reminder") == [] and jobs(slack_rt, closed, "slack_reminder") == []

    worker.drain(slack_rt)
    posted = [c for c in fake_slack.calls_of("chat.postMessage") if c.params.get("reply_broadcast")]
    assert len(posted) == 4
    for c in posted:
        case = next(x for x in cases.values() if x.reference in str(c.params["text"]))
        assert c.params["thread_ts"] == case.slack_ts and "<@UANNA>" in str(c.params["text"])

    thursday, saturday = WEDNESDAY + timedelta(days=1), WEDNESDAY + timedelta(days=3)
    assert reminders.due_reminders(slack_rt, thursday) == 2  # due today, and overdue again
    assert reminders.due_reminders(slack_rt, saturday) == 2
    saturday_points = {d: [j.payload["point"] for j in jobs(slack_rt, cases[d], "slack_reminder")][-1]
                       for d in (3, 10)}
    assert saturday_points == {3: 0, 10: 7}  # due today, a week left; no overdue nagging on a weekend


def test_reminder_points_and_wording():
    assert reminders.reminder_point(5, [7, 3, 1], True) == 7  # a missed 7-day reminder is still sent once
    assert reminders.reminder_point(8, [7, 3, 1], True) is None
    assert reminders.reminder_point(-1, [7, 3, 1], False) is None
    case = Case(reference="DSAR-2026-0007", controller_id="demo", state="awaiting_approval", kinds=["access"],
                received_at=datetime(2026, 3, 1, tzinfo=UTC), due_date=date(2026, 4, 1))
    assert "is due in *3 days*" in reminders.reminder_text(case, 3, None)
    assert "nobody is assigned" in reminders.reminder_text(case, 3, None)
    assert "<!subteam^SAPPROVE>" in reminders.reminder_text(case, -1, reminders.group_mention("SAPPROVE"))
    assert "*1 day overdue*" in reminders.reminder_text(case, -1, None)


def test_weekly_digest_on_monday_morning_in_helsinki_with_the_weeks_numbers(slack_rt, fake_slack):
    monday = datetime(2026, 3, 16, 7, 30, tzinfo=UTC)  # 09:30 in Helsinki
    received = monday - timedelta(days=3)
    done = open_case(slack_rt, message_id="<w1@x>", received_at=received)
    set_case(slack_rt, done, state="completed", closed_at=monday - timedelta(days=1))
    fresh = open_case(slack_rt, message_id="<w2@x>", received_at=received)
    set_case(slack_rt, fresh, due_date=date(2026, 4, 16))
    old = open_case(slack_rt, message_id="<w3@x>", received_at=monday - timedelta(days=40))
    set_case(slack_rt, old, due_date=date(2026, 3, 13))

    assert not reminders.weekly_digest(slack_rt, monday - timedelta(hours=2))  # 07:30: too early
    assert not reminders.weekly_digest(slack_rt, monday - timedelta(days=1))  # Sunday
    assert reminders.weekly_digest(slack_rt, monday)
    assert not reminders.weekly_digest(slack_rt, monday + timedelta(hours=3))  # once a week
    worker.drain(slack_rt)
    text = str(fake_slack.wait_for("chat.postMessage", lambda c: "week" in str(c.params["text"])).params["text"])
    assert "week 9 Mar 2026 – 16 Mar 2026" in text
    assert "New requests: *2*" in text and "completed: *1*" in text
    assert "median days to completion: *2*" in text
    assert "Open now: *2* · overdue: *1*" in text
