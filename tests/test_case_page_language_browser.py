"""The case page and its decision forms in the staff member's language, in a real headless Chromium that asks
for Finnish (or Swedish) the way a browser does (Accept-Language), served by uvicorn like `dsarbot run`."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from support.browser import serve
from support.factories import open_case
from support.webui import dashboard_app

from dsarbot import deadlines, decisions, i18n, store, tasks
from dsarbot.decisions import Actor
from dsarbot.runtime import Runtime

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parent.parent / "var" / "screenshots"
FI, SV = i18n.translator("fi"), i18n.translator("sv")
ENGLISH_WORDS = ("Details", "Timeline", "Decide", "Approve", "Reject", "Due ", "days left", "Requester",
                 "Identity code", "Tasks for staff", "Mark done", "waiting for", "Rights", "nothing", "Erasure",
                 "Rectification", "Tell ", "opened")


@pytest.fixture
def case_with_history(rt: Runtime) -> str:
    """A verified rectification-and-erasure request with a timeline and an open staff task."""
    case = open_case(rt, message_id="<fi@x>", hetu="131052-308T", kinds=("rectification", "erasure"),
                     name="Maija Meikäläinen", received_at=datetime.now(UTC) - timedelta(days=5))
    with rt.session() as session:
        decisions.verify(session, case.reference, Actor("web:anna"), "henkilökortti nähty toimistolla")
        decisions.assign(session, case.reference, Actor("web:anna"), "anna")
        fresh = store.case_by_reference(session, case.reference)
        assert fresh is not None
        tasks.add_task(session, fresh, type=tasks.ART19, recipient="Postituspalvelu Kirjekyyhky Oy", about="erasure",
                       due=fresh.due_date, text="Tell Postituspalvelu Kirjekyyhky Oy about the erasure …")
    return case.reference


def _page(browser: Browser, url: str, locale: str) -> tuple[Page, list[str]]:
    problems: list[str] = []
    page = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900}).new_page()
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(url)
    return page, problems


def test_the_case_page_and_its_forms_are_finnish_for_a_browser_that_asks_for_finnish(
        rt: Runtime, case_with_history: str, chromium_browser: Browser) -> None:
    ref = case_with_history
    with rt.session() as session:
        case = store.case_by_reference(session, ref)
        assert case is not None
    with serve(dashboard_app(rt)) as base:
        page, problems = _page(chromium_browser, f"{base}/cases/{ref}", "fi-FI")
        expect(page.locator("html")).to_have_attribute("lang", "fi")
        expect(page.locator("h1")).to_contain_text("odottaa hyväksyntää")
        expect(page.locator("section.due")).to_contain_text(f"Eräpäivä {FI.date(case.due_date)}")
        expect(page.locator("section.due")).to_contain_text("päivää jäljellä")

        details = page.locator("section.details")
        expect(details).to_contain_text("Henkilötunnus")
        expect(details).to_contain_text("131052-***T")
        expect(details).to_contain_text("Käytetyt oikeudet")
        expect(details).to_contain_text("oikaisu, poisto")
        expect(details).to_contain_text("varmistettu: henkilökortti nähty toimistolla")
        expect(details).to_contain_text("suomi (fi)")
        received = details.locator("dd").nth(list(page.locator("section.details dt").all_inner_texts())
                                             .index("Saapunut"))
        expect(received).to_have_text(re.compile(r"^\d{1,2}\.\d{1,2}\.20\d\d klo \d{1,2}\.\d\d$"))

        tasks_section = page.locator("section.tasks")
        expect(tasks_section).to_contain_text("Henkilöstön tehtävät")
        expect(tasks_section).to_contain_text("Ilmoita vastaanottajalle Postituspalvelu Kirjekyyhky Oy pyytäjän "
                                              "tietojen poistamisesta (19 art.)")
        expect(tasks_section.locator("button")).to_have_text("Merkitse tehdyksi")

        decide = page.locator("section.decisions")
        expect(decide.locator("h2")).to_have_text("Päätä")
        expect(page.locator("form.decision-approve h3")).to_have_text("Hyväksy")
        expect(page.locator("form.decision-reject button")).to_have_text("Hylkää")
        expect(page.locator("form.decision-extend h3")).to_have_text("Pidennä määräaikaa kahdella kuukaudella")
        expect(page.locator("form.decision-kinds fieldset")).to_contain_text("käsittelyn rajoittaminen (18 art.)")

        timeline = page.locator("section.timeline")
        expect(timeline.locator("thead")).to_contain_text("Milloin")
        expect(timeline).to_contain_text("henkilöllisyys varmistettu")
        expect(timeline).to_contain_text("odottaa henkilöllisyyden varmistusta → odottaa hyväksyntää")
        expect(timeline).to_contain_text("vastuuhenkilö määritetty")

        shown = page.locator("main").inner_text()
        assert [w for w in ENGLISH_WORDS if w in shown] == []
        assert not re.search(r"\b20\d\d-\d\d-\d\d\b", shown)  # no ISO dates: Finnish staff write 7.1.2027
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "case-fi.png"), full_page=True)

        # A decision's outcome comes back in Finnish, and so does a refusal.
        page.fill("form.decision-request-info textarea[name=what]", "Asiakasnumeronne, kiitos.")
        page.click("form.decision-request-info button")
        expect(page.locator(".flash-ok")).to_contain_text(f"{ref}: pyytäjältä kysytään; määräaika on keskeytetty")
        expect(page.locator("h1")).to_contain_text("odottaa pyytäjän lisätietoja")
        expect(page.locator("section.due")).to_contain_text("Määräaika on keskeytetty, kun odotamme pyytäjää")
        page.click("form.decision-reject button")  # no reason given: the browser's own check stops it
        expect(page.locator(".flash-ok")).to_have_count(1)
        page.goto(f"{base}/cases/{ref}")
        page.eval_on_selector("form.decision-reject textarea", "t => t.removeAttribute('required')")
        page.click("form.decision-reject button")
        expect(page.locator(".flash-error")).to_contain_text(
            "Ei tehty: hylkäys tarvitsee syyn; se kerrotaan pyytäjälle")

        assert problems == []  # no CSP violations, no script errors

        page.goto(f"{base}/cases/DSAR-2026-9999")  # a refusal page (404) speaks Finnish too
        expect(page.locator("h1")).to_have_text("Tapausta ei ole")
        expect(page.locator("p.message")).to_have_text("Tunnuksella DSAR-2026-9999 ei ole tapausta.")


def test_the_open_staff_tasks_on_the_list_are_swedish_for_a_swedish_browser(
        rt: Runtime, case_with_history: str, chromium_browser: Browser) -> None:
    with rt.session() as session:
        case = store.case_by_reference(session, case_with_history)
        assert case is not None
        decisions.reject(session, case.reference, Actor("web:anna"), "ingen grund")  # closed, the task stays open
    with serve(dashboard_app(rt)) as base:
        page, problems = _page(chromium_browser, f"{base}/", "sv-FI")
        heading = page.locator("h2", has_text="Öppna uppgifter för personalen")
        expect(heading).to_contain_text("1")
        table = page.locator("table.tasks")
        expect(table.locator("thead")).to_contain_text("Ärendets status")
        expect(table).to_contain_text("avslagen")
        expect(table).to_contain_text("Meddela Postituspalvelu Kirjekyyhky Oy om raderingen")
        expect(table).to_contain_text(SV.date(case.due_date))
        expect(table).to_contain_text("dagar kvar")

        page.goto(f"{base}/?closed=1")
        expect(page.locator("table.cases")).to_contain_text("1 UPPGIFT ÖPPEN")
        page.goto(f"{base}/cases/{case.reference}")
        expect(page.locator("section.due")).to_contain_text(
            f"Avslutat (avslagen) {SV.date(deadlines.today_helsinki())}, 5 dagar efter ankomsten. Inga fler beslut, "
            "men personalens uppgifter är fortfarande öppna (nedan).")
        expect(page.locator("section.tasks .badge")).to_have_text("1 ÖPPEN")
        page.screenshot(path=str(SHOTS / "case-closed-sv.png"), full_page=True)
    assert problems == []
