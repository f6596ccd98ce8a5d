"""Staff tasks: the Art. 19 recipient without an address is a named task on the case — in the CLI, the
dashboard and Slack — reminded about like a deadline, and done only when someone says so (an event)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from support.fake_slack import SlackEndpoint
from support.fulfil import send_request, verify_and_approve
from support.runtime import TEST_KEY, make_runtime
from support.webui import client, csrf_token
from typer.testing import CliRunner

from dsarbot import i18n, store, tasks, worker
from dsarbot.cli import app
from dsarbot.cli.demo import DEMO_MAILS, demo_mail_bytes
from dsarbot.fulfil.sources import ensure_demo
from dsarbot.models import Case
from dsarbot.runtime import Runtime
from dsarbot.slack import reminders

runner = CliRunner()
KIRJEKYYHKY = "Postituspalvelu Kirjekyyhky Oy (uutiskirjeet)"  # receives the newsletter list; no address


def erased(rt: Runtime) -> Case:
    """Johan Lindqvist's erasure (demo register), verified, approved and carried out."""
    ensure_demo(rt.settings)
    mail = next(m for m in DEMO_MAILS if m.kind == "erasure")
    return verify_and_approve(rt, send_request(rt, demo_mail_bytes(mail, "info@kattopojat.example.fi")))


def reload(rt: Runtime, reference: str) -> Case:
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        assert case is not None
        session.expunge(case)
    return case


def event_types(rt: Runtime, case: Case) -> list[tuple[str, str]]:
    with rt.session() as session:
        return [(e.type, e.actor) for e in store.case_events(session, case.id or 0)]


@pytest.fixture
def cli_rt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    """A runtime and the CLI's environment on the same configuration."""
    (tmp_path / "dsarbot.toml").write_text("# tests\n")
    monkeypatch.setenv("DSARBOT_CONFIG", str(tmp_path / "dsarbot.toml"))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", TEST_KEY)
    rt = make_runtime(tmp_path)
    yield rt
    rt.engine.dispose()


def test_an_art19_recipient_without_an_address_becomes_a_task_the_cli_names_and_closes(cli_rt: Runtime) -> None:
    case = erased(cli_rt)
    assert case.state == "completed"  # the requester has their answer …
    [task] = tasks.open_tasks(case)  # … but telling the newsletter service is still to do
    assert task["recipient"] == KIRJEKYYHKY and task["about"] == "erasure" and task["type"] == tasks.ART19
    assert ("task_added", "system") in event_types(cli_rt, case)

    listed = json.loads(runner.invoke(app, ["cases", "list", "--json"]).output)
    assert [(c["reference"], c["state"], c["open_tasks"]) for c in listed] == [(case.reference, "completed", 1)]
    table = runner.invoke(app, ["cases", "list", "--open"], env={"COLUMNS": "200"}).output
    assert case.reference in table and "completed (tasks open)" in table  # not silently finished
    shown = runner.invoke(app, ["cases", "show", case.reference], env={"COLUMNS": "200"}).output
    assert "Tasks for staff (1 open)" in shown and f"Tell {KIRJEKYYHKY} about the erasure" in shown
    assert f"dsarbot cases task done {case.reference} 1" in shown
    assert KIRJEKYYHKY in runner.invoke(app, ["cases", "task", "list"]).output

    # A retried fulfilment job adds no second task.
    with cli_rt.session() as session:
        store.enqueue_job(session, "fulfil", case_id=case.id)
    worker.drain(cli_rt)
    assert len(tasks.all_tasks(reload(cli_rt, case.reference))) == 1

    done = runner.invoke(app, ["cases", "task", "done", case.reference, "1", "--note", "phoned them",
                               "--as", "anna"])
    assert done.exit_code == 0, done.output
    assert "no open tasks left" in done.output
    after = reload(cli_rt, case.reference)
    assert tasks.open_tasks(after) == [] and after.data["open_tasks"] == 0
    assert ("task_done", "cli:anna") in event_types(cli_rt, case)
    again = runner.invoke(app, ["cases", "task", "done", case.reference, "1"])
    assert again.exit_code == 1 and "already marked done by cli:anna" in again.output
    assert runner.invoke(app, ["cases", "task", "list"]).output.strip() == "No open tasks."


def test_the_dashboard_lists_open_tasks_and_marks_one_done(cli_rt: Runtime) -> None:
    case = erased(cli_rt)
    c = client(cli_rt)
    index = c.get("/").text
    assert "Open staff tasks" in index and f"Tell {KIRJEKYYHKY}" in index and case.reference in index
    assert "TASK OPEN" in c.get("/?closed=1").text
    page = c.get(f"/cases/{case.reference}").text
    assert "Tasks for staff" in page and "1 OPEN" in page and "this work promised to them is not done yet" in page
    response = c.post(f"/cases/{case.reference}/task-done",
                      data={"csrf_token": csrf_token(page), "task": "1", "note": "told by phone"})
    assert response.status_code == 303
    assert tasks.open_tasks(reload(cli_rt, case.reference)) == []
    assert ("task_done", "web:local") in event_types(cli_rt, case)
    assert "Open staff tasks" not in c.get("/").text


def test_the_slack_card_shows_the_task_with_a_done_button_and_reminds_about_it(
        slack_rt: Runtime, slack_server: SlackEndpoint, fake_slack) -> None:
    case = erased(slack_rt)
    card = fake_slack.calls_of("chat.update")[-1]
    assert "Tasks for staff (1 open)" in card.text() and f"Tell {KIRJEKYYHKY}" in card.text()
    blocks = card.params["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    [button] = [b["accessory"] for b in blocks if b.get("accessory", {}).get("action_id") == "case_task_done"]
    assert button["value"] == f"{case.reference}#1"

    # Reminded like a deadline: the task is due with the case; three days before, a reminder is queued.
    due = tasks.open_tasks(case)[0]["due"]
    three_days_before = datetime.fromisoformat(due).replace(hour=9, tzinfo=UTC) - timedelta(days=3)
    assert reminders.due_reminders(slack_rt, three_days_before) >= 1
    with slack_rt.session() as session:
        [job] = [j for j in store.jobs_for_case(session, case.id or 0) if j.type == "slack_task_reminder"]
    assert job.payload == {"task": 1, "due": due, "days_left": 3}
    assert reminders.due_reminders(slack_rt, three_days_before + timedelta(hours=1)) == 0  # once per point
    worker.drain(slack_rt)
    [reminded] = [c for c in fake_slack.calls_of("chat.postMessage")
                  if f"{case.reference}: task #1" in str(c.params.get("text"))]
    assert f"(due {i18n.ENGLISH.date(date.fromisoformat(due))}): Tell {KIRJEKYYHKY}" in str(reminded.params["text"])
    assert reminded.params["thread_ts"] == reload(slack_rt, case.reference).slack_ts

    status, _ = slack_server.click("case_task_done", button["value"])
    assert status == 200
    told = fake_slack.wait_for("chat.postEphemeral", lambda c: "task 1 done" in str(c.params.get("text")))
    assert "no open tasks left" in str(told.params["text"])  # the clicker is told; the work was recorded first
    assert tasks.open_tasks(reload(slack_rt, case.reference)) == []
    assert ("task_done", "slack:UBOSS (bossi)") in event_types(slack_rt, case)
    worker.drain(slack_rt)
    assert "Tasks for staff" not in fake_slack.calls_of("chat.update")[-1].text()


def test_cases_with_open_tasks_are_found_by_the_database_on_sqlite_and_postgresql(any_rt: Runtime) -> None:
    from support.factories import open_case

    with_task = open_case(any_rt, message_id="<t1@x>")
    open_case(any_rt, message_id="<t2@x>")  # no tasks: never listed
    with any_rt.session() as session:
        case = store.case_by_reference(session, with_task.reference)
        assert case is not None
        tasks.add_task(session, case, type=tasks.ART19, text="Tell X", due=case.due_date, recipient="X",
                       about="erasure")
    with any_rt.session() as session:
        assert [c.reference for c in store.cases_with_open_tasks(session)] == [with_task.reference]
        case = store.case_by_reference(session, with_task.reference)
        assert case is not None
        tasks.mark_done(session, case, 1, "cli:anna")
    with any_rt.session() as session:
        assert list(store.cases_with_open_tasks(session)) == []
