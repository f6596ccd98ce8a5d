"""The Reports page in a real headless Chromium: the charts are drawn, readable, translated and print."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine
from playwright.sync_api import Browser, Page, expect
from support.browser import serve
from support.history import NOW, build_half_year
from support.webui import dashboard_app

from dsarbot.runtime import Runtime

pytestmark = pytest.mark.browser
H1 = "/reports?from=2026-01-01&to=2026-06-30"
SHOTS = Path(__file__).resolve().parent.parent / "var" / "screenshots"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The dashboard over the half-year of test_reports.py, served on 1.7.2026 (the clock keeps ticking)."""
    rt: Runtime = build_half_year(tmp_path_factory.mktemp("reports_browser"))
    with time_machine.travel(NOW, tick=True), serve(dashboard_app(rt)) as base:
        yield base
    rt.engine.dispose()


def _open(browser: Browser, url: str, problems: list[str], lang: str = "en-GB") -> Page:
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale=lang)
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(url)
    return page


def _shot(page: Page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    page.screenshot(path=str(path), full_page=True)
    assert path.read_bytes().startswith(b"\x89PNG")
    return path


def test_the_report_page_draws_the_half_years_charts(site: str, chromium_browser: Browser) -> None:
    problems: list[str] = []
    page = _open(chromium_browser, site + H1 + "&lang=en", problems)
    expect(page.locator("h1")).to_have_text("Data-subject requests 1 Jan 2026 – 30 Jun 2026")
    expect(page.locator(".tile.headline")).to_contain_text("66.7%")

    per_month = page.locator("svg.chart-per-month")
    expect(per_month.locator("g.month")).to_have_count(6)
    counts = per_month.locator("rect.bar").evaluate_all(
        "bars => bars.map(b => [b.closest('g').dataset.month, b.dataset.kind, +b.dataset.count])")
    assert sorted(map(tuple, counts)) == [("2026-01", "access", 1), ("2026-02", "erasure", 1),
                                          ("2026-03", "access", 1), ("2026-03", "erasure", 1),
                                          ("2026-04", "access", 1), ("2026-04", "rectification", 1),
                                          ("2026-05", "erasure", 1), ("2026-06", "access", 1)]
    box = per_month.locator("g.month[data-month='2026-03'] rect").first.bounding_box()
    assert box is not None and box["height"] > 20 and box["width"] > 10  # drawn, not just in the DOM
    expect(per_month.locator("g.legend-item")).to_have_count(6)

    rates = page.locator("svg.chart-on-time rect.rate").evaluate_all(
        "bars => bars.map(b => [b.dataset.month, +b.dataset.rate])")
    assert rates == [["2026-01", 1], ["2026-02", 1], ["2026-03", 0.5], ["2026-04", 1], ["2026-05", 0]]
    expect(page.locator("svg.chart-on-time text.no-data")).to_have_count(1)  # June: nothing due yet

    buckets = page.locator("svg.chart-days rect.bucket").evaluate_all("bars => bars.map(b => +b.dataset.count)")
    assert buckets == [2, 0, 1, 0, 1, 1, 0]
    expect(page.locator("svg.chart-days line.deadline")).to_have_count(1)
    expect(page.locator("#rejections")).to_contain_text("manifestly unfounded or excessive")
    expect(page.locator("#controllers")).to_contain_text("rakennus")
    _shot(page, "reports-en.png")
    page.close()
    assert problems == []  # the CSP let the stylesheets in, and there is no script to fail


def test_finnish_staff_read_the_report_in_finnish_with_finnish_dates(site: str, chromium_browser: Browser) -> None:
    problems: list[str] = []
    page = _open(chromium_browser, site + H1, problems, lang="fi-FI")  # the browser's language
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    expect(page.locator("h1")).to_have_text("Rekisteröityjen pyynnöt 1.1.2026 – 30.6.2026")
    expect(page.locator(".tile.headline")).to_contain_text("66,7\u00a0%")
    expect(page.locator("svg.chart-per-month title").first).to_have_text("Pyynnöt kuukausittain oikeuksittain")
    expect(page.locator("#months")).to_contain_text("maaliskuu 2026")
    _shot(page, "reports-fi.png")
    page.close()
    assert problems == []


def test_a_chosen_language_is_remembered(site: str, chromium_browser: Browser) -> None:
    context = chromium_browser.new_context(locale="fi-FI")
    page = context.new_page()
    page.goto(site + H1 + "&lang=sv")
    expect(page.locator("h1")).to_contain_text("1.1.2026")
    expect(page.locator(".tile.headline")).to_contain_text("besvarade inom tidsfristen")
    page.goto(site + "/reports?period=2026-Q2")
    expect(page.locator("h1")).to_have_text("Registrerades begäranden 1.4.2026 – 30.6.2026")
    context.close()


def test_the_printed_report_has_no_navigation_and_keeps_the_charts(site: str, chromium_browser: Browser) -> None:
    page = _open(chromium_browser, site + H1 + "&lang=en", [])
    page.emulate_media(media="print")
    expect(page.locator("header.top")).to_be_hidden()
    expect(page.locator("nav.picker")).to_be_hidden()
    expect(page.locator("p.printed")).to_be_visible()
    expect(page.locator("svg.chart-days")).to_be_visible()
    _shot(page, "reports-print.png")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    page.close()


def test_the_register_downloads_as_csv_from_the_page(site: str, chromium_browser: Browser) -> None:
    page = _open(chromium_browser, site + H1 + "&lang=en", [])
    with page.expect_download() as info:
        page.click("a.csv")
    download = info.value
    assert download.suggested_filename == "dsar-register-2026-01-01-2026-06-30.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == 8 and all(r["requester"].startswith("p-") for r in rows)
    page.close()


def test_the_open_cases_list_speaks_finnish_too(site: str, chromium_browser: Browser) -> None:
    problems: list[str] = []
    page = _open(chromium_browser, site + "/?lang=fi", problems, lang="en-GB")
    expect(page.locator("header nav")).to_contain_text("Avoimet tapaukset")
    expect(page.locator("h1")).to_contain_text("Avoimet tapaukset")
    rows = page.locator("table.cases tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("MYÖHÄSSÄ")
    expect(rows.nth(0)).to_contain_text("27 päivää myöhässä")  # due 4.6.2026, today 1.7.2026
    expect(rows.nth(0)).to_contain_text("4.6.2026")
    expect(rows.nth(1)).to_contain_text("odottaa henkilöllisyyden varmistusta")
    page.click("header .langs a[hreflang=sv]")  # the choice is remembered for the next pages
    expect(page.locator("h1")).to_contain_text("Öppna ärenden")
    page.click("header nav a[href='/stats']")
    expect(page.locator("h1")).to_have_text("Statistik")
    _shot(page, "open-cases-sv.png")
    page.close()
    assert problems == []
