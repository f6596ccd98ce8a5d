"""The accountability report of a half-year, built through the real code paths at real moments.

Nine requests and two unsure mails arrive between January and July 2026 (Helsinki); staff answer,
extend, reject, withdraw and triage them through `dsarbot.decisions`, and the worker completes them.
The report of 1.1.–30.6.2026, as of 1.7.2026, must give exactly the figures a DPO would count by hand.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from support.history import NOW, TODAY, build_half_year
from support.runtime import TEST_KEY
from typer.testing import CliRunner

from dsarbot import reports
from dsarbot.cli import app
from dsarbot.reports import period as periods
from dsarbot.reports import register, text
from dsarbot.runtime import Runtime

H1 = periods.Period(date(2026, 1, 1), date(2026, 6, 30))


@pytest.fixture(scope="module")
def half_year(tmp_path_factory: pytest.TempPathFactory) -> Runtime:
    """One runtime with the half-year's history (built once: it takes a few seconds)."""
    return build_half_year(tmp_path_factory.mktemp("half_year"))


def test_the_half_year_report_counts_what_a_dpo_would_count_by_hand(half_year: Runtime) -> None:
    with half_year.session() as session:
        r, _ = reports.period_report(session, H1, TODAY, NOW)
    assert r.received == 8  # not the non-request, not the 1 July request
    assert dict(r.by_kind) == {"access": 4, "rectification": 1, "erasure": 3, "restriction": 0, "objection": 0,
                               "portability": 0}
    assert dict(r.by_language) == {"fi": 5, "sv": 1, "en": 2}
    assert (r.answered, r.completed, r.rejected, r.withdrawn, r.extended) == (5, 3, 2, 1, 1)
    tl = r.timeliness
    assert (tl.on_time, tl.answered_late, tl.overdue_open, tl.pending) == (4, 1, 1, 1)
    assert tl.rate == pytest.approx(4 / 6)  # the unanswered overdue request counts against the rate
    assert (r.median_days, r.p90_days) == (15.0, 67)
    assert r.rejections == [("excessive", 1), ("other", 1)]
    assert r.other_reasons == [("Asked for a discount instead", 1)]
    t = r.triage
    assert (t.total, t.requests, t.not_requests, t.closed_otherwise, t.undecided) == (2, 1, 1, 0, 0)
    assert (r.open_now, r.overdue_now) == (3, 1)
    assert [(m.first.month, m.received, m.timeliness.rate) for m in r.months] == [
        (1, 1, 1.0), (2, 1, 1.0), (3, 2, 0.5), (4, 2, 1.0), (5, 1, 0.0), (6, 1, None)]
    assert [n for _, n in r.histogram] == [2, 0, 1, 0, 1, 1, 0]
    assert r.by_controller == [("demo", 7, pytest.approx(3 / 5)), ("rakennus", 1, 1.0)]


def test_one_controllers_report_has_only_its_requests(half_year: Runtime) -> None:
    with half_year.session() as session:
        r, _ = reports.period_report(session, H1, TODAY, NOW, controller_id="rakennus")
    assert (r.received, r.rejected, r.open_now, r.by_controller) == (1, 1, 0, [])
    assert dict(r.by_kind)["rectification"] == 1


def test_a_month_of_the_period_counts_only_what_arrived_in_it(half_year: Runtime) -> None:
    with half_year.session() as session:
        march, _ = reports.period_report(session, periods.parse_period("2026-03"), TODAY, NOW)
        july, _ = reports.period_report(session, periods.parse_period("2026-07"), TODAY, NOW)
    assert (march.received, march.timeliness.on_time, march.timeliness.answered_late) == (2, 1, 1)
    assert (july.received, july.timeliness.pending) == (1, 1)


def test_the_register_has_one_row_per_request_without_mail_text_or_addresses(half_year: Runtime) -> None:
    with half_year.session() as session:
        _, cases = reports.period_report(session, H1, TODAY, NOW, deciders=True)
    rows = list(csv.DictReader(io.StringIO(register.to_csv(register.rows(cases, TODAY,
                                                                           half_year.sealer.match_hash)))))
    assert len(rows) == 8 and list(rows[0]) == list(register.COLUMNS)
    first = rows[0]
    assert (first["received"], first["due"], first["answered"], first["kinds"], first["outcome"],
            first["on_time"], first["decided_by"]) == ("2026-01-05", "2026-02-05", "2026-01-20", "access",
                                                       "completed", "yes", "web:liisa")
    extended = next(r for r in rows if r["extended"] == "yes")
    assert (extended["due"], extended["language"], extended["on_time"]) == ("2026-05-04", "sv", "yes")
    rejected = next(r for r in rows if r["rejection_ground"] == "excessive")
    assert rejected["decided_by"] == "slack:U0BOSS (Pekka Pomo)"
    # the same person gets the same pseudonym, and the address appears nowhere
    assert first["requester"].startswith("p-") and first["requester"] == rejected["requester"]
    flat = json.dumps(rows)
    assert "@" not in flat and "Hei" not in flat and "discount" not in flat
    overdue = next(r for r in rows if r["outcome"] == "open" and r["on_time"] == "no")
    assert overdue["kinds"] == "erasure" and overdue["decided_by"] == "web:liisa"  # confirmed from triage


def test_the_register_shows_addresses_only_when_asked(half_year: Runtime) -> None:
    with half_year.session() as session:
        _, cases = reports.period_report(session, H1, TODAY, NOW, deciders=True)
    rows = register.rows(cases, TODAY, half_year.sealer.match_hash, with_requester=True)
    assert rows[0]["requester"] == "matti@example.net"


def _cli(monkeypatch: pytest.MonkeyPatch, rt: Runtime, *args: str) -> str:
    data_dir = rt.settings.data_dir
    monkeypatch.setenv("DSARBOT_CONFIG", str(data_dir.parent / "dsarbot.toml"))
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(data_dir))
    monkeypatch.setenv("DSARBOT_SECRET_KEY", TEST_KEY)
    import time_machine

    with time_machine.travel(NOW, tick=False):
        result = CliRunner().invoke(app, ["report", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_dsarbot_report_prints_the_same_figures(half_year: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _cli(monkeypatch, half_year, "--from", "2026-01-01", "--to", "2026-06-30", "--lang", "en")
    assert "8 requests received" in out
    assert "4 of 6 requests answered within the deadline (66.7%)" in out
    assert "Days from arrival to answer: median 15, 90th percentile 67" in out
    assert "Open now: 3 · overdue now: 1" in out
    figures = json.loads(_cli(monkeypatch, half_year, "--period", "2026-01-01..2026-06-30", "--json"))
    with half_year.session() as session:
        assert figures == text.as_dict(reports.period_report(session, H1, TODAY, NOW)[0])
    assert figures["timeliness"]["on_time_rate"] == 0.6667


def test_dsarbot_report_csv_is_the_register(half_year: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _cli(monkeypatch, half_year, "--period", "2026-Q2", "--csv",
               "--controller", "rakennus")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["outcome"] for r in rows] == ["rejected"] and rows[0]["rejection_ground"] == "other"


def test_dsarbot_report_explains_a_period_it_cannot_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSARBOT_DATA_DIR", str(tmp_path))
    result = CliRunner().invoke(app, ["report", "--period", "last spring"])
    assert result.exit_code == 1
    assert "write 2026, 2026-Q1, 2026-03 or 2026-01-01..2026-06-30" in " ".join(result.output.split())


def test_periods_are_helsinki_calendar_days() -> None:
    q1 = periods.parse_period("2026-q1")
    assert (q1.first, q1.last) == (date(2026, 1, 1), date(2026, 3, 31))
    assert q1.start_utc.isoformat() == "2025-12-31T22:00:00+00:00"
    assert periods.parse_period("2024-02").last == date(2024, 2, 29)
    assert periods.parse_period("1.1.2026..31.12.2026") == periods.year(2026)
    with pytest.raises(periods.PeriodError, match="ends"):
        periods.parse_period("2026-02-01..2026-01-01")


def test_the_reports_page_refuses_an_unknown_controller_and_explains_a_bad_period(half_year: Runtime) -> None:
    from support.webui import client

    web = client(half_year)
    assert web.get("/reports?controller=nobody").status_code == 404
    page = web.get("/reports?from=2026-13-01&lang=en")
    assert page.status_code == 200 and "is not a date; write it as 2026-01-31 or 31.1.2026" in page.text
    download = web.get("/reports.csv?period=2026-Q1&controller=demo")
    assert download.headers["content-type"].startswith("text/csv")
    assert 'filename="dsar-register-2026-01-01-2026-03-31-demo.csv"' in download.headers["content-disposition"]
    assert download.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(("reason", "ground"), [
    ("Pyyntö on ilmeisen perusteeton ja toistuva", "excessive"),
    ("Begäran är uppenbart ogrundad", "excessive"),
    ("Henkilöllisyyttä ei voitu varmistaa", "identity"),
    ("Kirjanpitolaki velvoittaa säilyttämään laskut", "legal_obligation"),
    ("Would reveal other people's personal data", "others_rights"),
    ("Hän ei ole asiakkaamme, ei tietoja", "not_our_data"),
    ("Asked for a discount instead", "other"),
    (None, "other"),
])
def test_free_text_rejection_reasons_are_counted_under_the_ground_they_name(reason: str | None,
                                                                          ground: str) -> None:
    from dsarbot.reports import reasons

    assert reasons.ground(reason) == ground


def test_the_90th_percentile_is_a_days_figure_that_occurred() -> None:
    from dsarbot.reports.figures import histogram, percentile

    assert percentile([], 90) is None
    assert percentile([5], 90) == 5
    assert percentile(list(range(1, 11)), 90) == 9  # nearest rank: 9 of 10 answers took at most 9 days
    assert percentile([2, 2, 15, 44, 67], 50) == 15
    assert [n for _, n in histogram([0, 7, 8, 31, 32, 92, 93, 400])] == [2, 1, 0, 1, 1, 1, 2]
