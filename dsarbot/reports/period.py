"""Report periods: a month, a quarter, a year or any span of days, in Helsinki calendar days.

A period is inclusive of both its first and last day, as people say it ("1.1.–31.12.2026"); for
queries it becomes a half-open UTC interval [start, end) from Helsinki midnight to Helsinki midnight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from dsarbot.deadlines import HELSINKI
from dsarbot.messages import Msg, lazy

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


class PeriodError(ValueError):
    """A period that cannot be understood; the message says what to write instead (`said`: for the page)."""

    def __init__(self, said: Msg) -> None:
        super().__init__(str(said))
        self.said = said


@dataclass(frozen=True)
class Period:
    """The days first..last (both included)."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise PeriodError(lazy("the period ends (%(last)s) before it starts (%(first)s)",
                                   last=self.last.isoformat(), first=self.first.isoformat()))

    @property
    def start_utc(self) -> datetime:
        """The first instant of the first day in Helsinki, as UTC."""
        return datetime.combine(self.first, time(), HELSINKI).astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        """The first instant after the last day in Helsinki, as UTC (exclusive)."""
        return datetime.combine(self.last + timedelta(days=1), time(), HELSINKI).astimezone(UTC)

    def months(self) -> list[date]:
        """The first day of every calendar month the period touches, in order."""
        out, m = [], self.first.replace(day=1)
        while m <= self.last:
            out.append(m)
            m = (m + timedelta(days=32)).replace(day=1)
        return out

    def contains(self, day: date) -> bool:
        """True when *day* is in the period."""
        return self.first <= day <= self.last


def month(year: int, number: int) -> Period:
    """One calendar month."""
    first = date(year, number, 1)
    return Period(first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))


def quarter(year: int, number: int) -> Period:
    """Quarter 1-4 of *year*."""
    first = date(year, 3 * number - 2, 1)
    return Period(first, month(year, 3 * number).last)


def year(number: int) -> Period:
    """One calendar year."""
    return Period(date(number, 1, 1), date(number, 12, 31))


def parse_day(text: str) -> date:
    """An ISO date (2026-01-31) or a Finnish one (31.1.2026)."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text):
            d, m, y = (int(p) for p in text.split("."))
            return date(y, m, d)
        return date.fromisoformat(text)
    except ValueError:
        raise PeriodError(lazy("'%(text)s' is not a date; write it as 2026-01-31 or 31.1.2026", text=text)) from None


def parse_period(text: str) -> Period:
    """`2026` (a year), `2026-Q1` (a quarter), `2026-03` (a month) or `2026-01-01..2026-06-30`."""
    text = text.strip()
    if ".." in text:
        first, last = text.split("..", 1)
        return Period(parse_day(first), parse_day(last))
    if m := _YEAR.match(text):
        return year(int(m.group(1)))
    if m := _QUARTER.match(text):
        return quarter(int(m.group(1)), int(m.group(2)))
    if m := _MONTH.match(text):
        if not 1 <= int(m.group(2)) <= 12:
            raise PeriodError(lazy("'%(text)s': there is no month %(month)s", text=text, month=m.group(2)))
        return month(int(m.group(1)), int(m.group(2)))
    raise PeriodError(lazy("'%(text)s' is not a period; write 2026, 2026-Q1, 2026-03 or 2026-01-01..2026-06-30",
                           text=text))


def last_days(today: date, days: int) -> Period:
    """The *days* days that end with *today*."""
    return Period(today - timedelta(days=days - 1), today)
