"""The Monday digest carries the on-time rate of the last 30 days and the cases due this week, in the
staff language, with no requester named (the channel is shared)."""

from __future__ import annotations

from pathlib import Path

from support.fake_slack import FakeSlack, slack_env
from support.history import History, at
from support.runtime import make_runtime

from dsarbot import decisions, worker
from dsarbot.runtime import Runtime
from dsarbot.slack import reminders

MONDAY = at("2026-03-16 09:30")


def _history(tmp_path: Path, fake_slack: FakeSlack, language: str) -> tuple[Runtime, dict[str, str]]:
    (tmp_path / "dsarbot.toml").write_text(f'[staff]\nlanguage = "{language}"\n')
    rt = make_runtime(tmp_path, **slack_env(fake_slack))
    h = History(rt)
    refs = {}
    old = h.arrive("2026-01-05 09:00", "fi_access")
    h.answer("2026-01-15 09:00", old)  # answered long ago: not in the last 30 days
    late = h.arrive("2026-01-20 09:00", "fi_access", sender="Aino Asiakas <aino@example.net>")
    h.answer("2026-02-25 09:00", late)  # due 20.2.: late, answered in the window
    on_time = h.arrive("2026-02-10 09:00", "sv_erasure")
    h.answer("2026-03-02 09:00", on_time)  # due 10.3.: on time
    refs["overdue"] = h.arrive("2026-02-09 09:00", "en_access").reference  # due 9.3., still open: late
    soon = h.arrive("2026-02-18 09:00", "fi_erasure")  # due 18.3.: due this week
    h.decide("2026-02-18 10:00", decisions.assign, soon.reference, decisions.Actor("web:liisa"), "U0LIISA")
    refs["soon"] = soon.reference
    return rt, refs


def _digest(rt: Runtime, fake_slack: FakeSlack) -> str:
    assert reminders.weekly_digest(rt, MONDAY)
    worker.drain(rt)
    call = fake_slack.wait_for("chat.postMessage", lambda c: "30" in str(c.params.get("text")))
    return str(call.params["text"])


def test_the_monday_digest_in_finnish_has_the_30_day_on_time_rate_and_this_weeks_deadlines(
        tmp_path: Path, fake_slack: FakeSlack) -> None:
    rt, refs = _history(tmp_path, fake_slack, "fi")
    text = _digest(rt, fake_slack)
    assert "*Rekisteröityjen pyynnöt, viikko 9.3.2026 – 16.3.2026*" in text
    # answered in the window: one late, one on time; one went past its due date unanswered
    assert "Määräajassa viimeisten 30 päivän aikana: *33,3\u00a0%* (1/3 vastatusta tai erääntyneestä pyynnöstä)" in text
    assert "*Erääntyy tällä viikolla*" in text
    overdue_line, soon_line = (line for line in text.splitlines() if "DSAR-" in line)
    assert refs["overdue"] in overdue_line and "eräpäivä oli 9.3.2026, *7 päivää myöhässä*" in overdue_line
    assert refs["soon"] in soon_line and "eräpäivä 18.3.2026, 2 päivän päästä · <@U0LIISA>" in soon_line
    assert "poisto" in soon_line and "ei vastuuhenkilöä" in overdue_line
    assert "aino" not in text.lower() and "@example" not in text  # no requester in the shared channel


def test_the_digest_follows_the_configured_staff_language(tmp_path: Path, fake_slack: FakeSlack) -> None:
    rt, _ = _history(tmp_path, fake_slack, "sv")
    text = _digest(rt, fake_slack)
    assert "I tid under de senaste 30 dagarna: *33,3\u00a0%* (1 av 3 besvarade eller förfallna begäranden)" in text
    assert "förföll 9.3.2026, *7 dagar försenad*" in text
