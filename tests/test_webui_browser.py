"""The dashboard in a real headless Chromium, served by uvicorn like `dsarbot run` serves it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from support.browser import serve
from support.factories import open_case
from support.webui import dashboard_app

from dsarbot import decisions, store, worker
from dsarbot.runtime import Runtime

pytestmark = pytest.mark.browser
NOW = datetime.now(UTC)


def test_staff_work_a_case_from_the_list_to_approval(rt: Runtime, chromium_browser: Browser,
                                                     tmp_path: Path) -> None:
    later = open_case(rt, message_id="<later@x>", received_at=NOW - timedelta(days=3))
    late = open_case(rt, message_id="<late@x>", received_at=NOW - timedelta(days=40),
                     name="Matti Virtanen", email="matti@example.fi")
    problems: list[str] = []

    with serve(dashboard_app(rt)) as base:
        page = chromium_browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(base + "/")

        rows = page.locator("table.cases tbody tr")
        expect(rows).to_have_count(2)
        expect(rows.nth(0)).to_contain_text(late.reference)  # soonest due first
        expect(rows.nth(0)).to_have_class("overdue")
        expect(rows.nth(0)).to_contain_text("OVERDUE")
        expect(rows.nth(1)).to_contain_text(later.reference)

        page.click(f"text={late.reference}")
        expect(page.locator("h1")).to_contain_text(late.reference)
        expect(page.locator("h1")).to_contain_text("waiting for identity verification")

        page.fill("form.decision-verify textarea[name=note]", "Called the customer's known number")
        page.click("form.decision-verify button")
        expect(page.locator(".flash-ok")).to_contain_text("identity verified")
        expect(page.locator("h1")).to_contain_text("waiting for staff approval")

        page.click("form.decision-approve button")
        expect(page.locator(".flash-ok")).to_contain_text("approved")
        expect(page.locator("h1")).to_contain_text("approved, being carried out")
        expect(page.locator("section.timeline")).to_contain_text("web:local")

        shot = tmp_path / "case.png"
        page.screenshot(path=str(shot), full_page=True)
        page.close()

    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 1000
    assert problems == []  # no CSP violations (the stylesheet loads), no script errors
    with rt.session() as session:
        approved = store.case_by_reference(session, late.reference)
        assert approved is not None and approved.state == "approved"


def test_the_dashboard_works_with_javascript_switched_off(rt: Runtime, chromium_browser: Browser) -> None:
    case = open_case(rt, message_id="<nojs@x>", verified=True)

    with serve(dashboard_app(rt)) as base:
        context = chromium_browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{base}/cases/{case.reference}")
        page.fill("form.decision-reject textarea[name=reason]", "Not our customer")
        page.click("form.decision-reject button")
        expect(page.locator(".flash-ok")).to_contain_text("rejected")
        expect(page.locator("h1")).to_contain_text("rejected")

        page.goto(base + "/?closed=1")
        expect(page.locator("table.cases")).to_contain_text(case.reference)
        context.close()


def test_an_overdue_case_stands_out_without_relying_on_colour(rt: Runtime, chromium_browser: Browser) -> None:
    case = open_case(rt, message_id="<od@x>", received_at=NOW - timedelta(days=50))

    with serve(dashboard_app(rt)) as base:
        page = chromium_browser.new_page()
        page.emulate_media(color_scheme="light", forced_colors="active")
        page.goto(f"{base}/cases/{case.reference}")
        expect(page.locator("section.due")).to_contain_text("OVERDUE")
        expect(page.locator("section.due")).to_contain_text("days overdue")
        page.close()



def test_staff_see_the_erasure_plan_next_to_approve_exactly_as_it_is_carried_out(
        rt: Runtime, chromium_browser: Browser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from support.fulfil import send_request
    from support.runtime import TEST_KEY
    from typer.testing import CliRunner

    from dsarbot.cli import app
    from dsarbot.cli.demo import DEMO_MAILS, demo_mail_bytes
    from dsarbot.fulfil.sources import ensure_demo

    ensure_demo(rt.settings)
    erasure = next(m for m in DEMO_MAILS if m.kind == "erasure")  # Johan Lindqvist, in Swedish
    case = send_request(rt, demo_mail_bytes(erasure, "info@kattopojat.example.fi"))
    with rt.session() as session:
        decisions.verify(session, case.reference, decisions.Actor("cli:test"), "ID card seen at the office")
    # What `dsarbot sources plan-case` says approving does (the CLI reads the same configuration as rt).
    monkeypatch.setenv("DSARBOT_CONFIG", str(tmp_path / "dsarbot.toml"))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", TEST_KEY)
    cli = CliRunner().invoke(app, ["sources", "plan-case", case.reference])
    assert cli.exit_code == 0, cli.output
    promised = [ln.strip()[2:] for ln in cli.output.split("What approving does:")[1].split("\n\n")[0].splitlines()
                if ln.strip().startswith("- ")]
    assert any(p.startswith("delete Asiakasrekisteri (CRM) › Yhteystiedot: 1 row") for p in promised)
    assert any("Kirjanpitolaki 2:10, until" in p for p in promised)

    with serve(dashboard_app(rt)) as base:
        page = chromium_browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(f"{base}/cases/{case.reference}")
        approve = page.locator("form.decision-approve")
        expect(approve.locator("dl.plan")).to_be_visible()
        shown = approve.inner_text()
        for line in promised:
            assert line in shown, line
        assert "Erasure" in shown and "approval executes exactly these rows" in shown
        shot = tmp_path / "plan.png"
        approve.screenshot(path=str(shot))
        page.screenshot(path=str(tmp_path / "plan-page.png"), full_page=True)
        page.click("form.decision-approve button")
        expect(page.locator(".flash-ok")).to_contain_text("approved")
        page.close()
    assert shot.read_bytes().startswith(b"\x89PNG")
    worker.drain(rt)  # the worker carries the approved plan out
    with rt.session() as session:
        done = store.case_by_reference(session, case.reference)
        assert done is not None and done.state == "completed"
        report = done.data["erasure_report"]
    carried = {(i["label"], i["action"]): i["changed"] + i["already_done"] for i in report["items"]}
    assert carried[("Yhteystiedot", "delete")] == 1 and carried[("Asiakashistoria", "delete")] == 2
    kept = next(i for i in report["items"] if i["action"] == "keep")
    assert kept["planned"] == 2 and kept["reason"] == "Kirjanpitolaki 2:10"
