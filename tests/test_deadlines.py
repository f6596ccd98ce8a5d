"""The legal clock: Regulation 1182/71 counting with Finnish non-working days (Act 150/1930)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from typer.testing import CliRunner

from dsarbot import deadlines
from dsarbot.cli import app

D = date.fromisoformat

ONE_MONTH = [
    # (arrival, due, why)
    ("2026-04-01", "2026-05-04", "1 May is vappu, then a weekend (DESIGN.md)"),
    ("2026-01-31", "2026-03-02", "February has no 31st; 28 Feb 2026 is a Saturday (DESIGN.md)"),
    ("2026-11-06", "2026-12-07", "6 Dec is Independence Day, a Sunday (DESIGN.md)"),
    ("2026-11-24", "2026-12-28", "Christmas Eve, Christmas Day, Boxing Day, Sunday (DESIGN.md)"),
    ("2026-11-25", "2026-12-28", "Christmas Day is a Friday"),
    ("2028-01-31", "2028-02-29", "leap year: 29 Feb exists and is a Tuesday"),
    ("2027-01-31", "2027-03-01", "28 Feb 2027 is a Sunday"),
    ("2027-02-26", "2027-03-30", "Good Friday, Easter weekend and Easter Monday 2027"),
    ("2026-05-19", "2026-06-22", "Midsummer Eve is a Friday, Midsummer Day a Saturday"),
    ("2026-04-14", "2026-05-15", "Ascension Day is a Thursday"),
    ("2026-12-01", "2027-01-04", "New Year's Day 2027 is a Friday"),
    ("2026-12-06", "2027-01-07", "Epiphany is a Wednesday"),
    ("2027-11-06", "2027-12-07", "Independence Day on a Monday"),
    ("2026-10-01", "2026-11-02", "1 Nov 2026 is a Sunday"),
    ("2026-09-30", "2026-10-30", "an ordinary Friday"),
    ("2026-03-31", "2026-04-30", "April has 30 days; 30 Apr is an ordinary Thursday"),
]


@pytest.mark.parametrize(("arrival", "due", "why"), ONE_MONTH, ids=[r[0] for r in ONE_MONTH])
def test_one_month(arrival: str, due: str, why: str) -> None:
    assert deadlines.due_date(D(arrival)) == D(due), why


EXTENDED = [
    ("2026-04-01", "2026-07-01", "DESIGN.md example"),
    ("2026-01-31", "2026-04-30", "April has no 31st"),
    ("2026-11-30", "2027-03-01", "28 Feb 2027 is a Sunday"),
]


@pytest.mark.parametrize(("arrival", "due", "why"), EXTENDED, ids=[r[0] for r in EXTENDED])
def test_extended_three_months(arrival: str, due: str, why: str) -> None:
    assert deadlines.due_date(D(arrival), extended=True) == D(due), why


def test_arrival_day_is_the_helsinki_calendar_day() -> None:
    # 22:30 UTC on 31 March 2026 is already 1 April 01:30 in Helsinki (summer time).
    assert deadlines.due_date(datetime(2026, 3, 31, 22, 30, tzinfo=UTC)) == D("2026-05-04")
    # 20:30 UTC is 23:30 the same evening in Helsinki: still 31 March.
    assert deadlines.due_date(datetime(2026, 3, 31, 20, 30, tzinfo=UTC)) == D("2026-04-30")
    # Winter: 22:30 UTC on 31 Jan is 00:30 on 1 Feb in Helsinki.
    assert deadlines.arrival_day(datetime(2026, 1, 31, 22, 30, tzinfo=UTC)) == D("2026-02-01")


def test_pause_moves_the_due_date_by_the_paused_days() -> None:
    assert deadlines.due_date(D("2026-04-01"), paused_days=10) == D("2026-05-11")
    # The moved end still rolls over a weekend: 1 May + 1 day = Saturday 2 May -> Monday 4 May.
    assert deadlines.due_date(D("2026-04-01"), paused_days=1) == D("2026-05-04")


def test_extension_allowed_only_until_the_first_month_ends() -> None:
    assert deadlines.extension_allowed(D("2026-04-01"), D("2026-05-04"))
    assert not deadlines.extension_allowed(D("2026-04-01"), D("2026-05-05"))


def test_working_days() -> None:
    assert not deadlines.is_working_day(D("2026-12-24"))  # Christmas Eve
    assert not deadlines.is_working_day(D("2026-06-19"))  # Midsummer Eve
    assert deadlines.is_working_day(D("2026-12-23"))


def test_cli_prints_iso_due_date() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["deadline", "2026-04-01"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "2026-05-04"
    result = runner.invoke(app, ["deadline", "2026-04-01", "--extended"])
    assert result.output.strip() == "2026-07-01"
    result = runner.invoke(app, ["deadline", "1.4.2026"])
    assert result.exit_code == 1
    assert "not a date" in result.output
