"""The legal clock: GDPR Art. 12(3) periods counted as in Regulation 1182/71 with Finnish holidays.

A period of N months starting on the day a request arrives (that day does not count) ends at the end
of the same-numbered day N months later, or that month's last day when it has no such day. If that
day is not a working day under the Finnish Act on the Calculation of Statutory Time Limits
(150/1930) — a Saturday, a Sunday or a Finnish public holiday (the `holidays` package's list for
Finland, which includes Midsummer Eve and Christmas Eve) — the period ends at the end of the next
working day. The arrival day is the calendar day in Europe/Helsinki, whatever the server's clock zone.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")
FIRST_PERIOD_MONTHS = 1
EXTENDED_PERIOD_MONTHS = 3


@lru_cache(maxsize=64)
def _finnish_holidays(year: int) -> frozenset[date]:
    import holidays  # imported when a date is first counted: listing cases should not wait for it

    return frozenset(holidays.country_holidays("FI", years=year).keys())


def is_working_day(day: date) -> bool:
    """False for Saturdays, Sundays and Finnish public holidays (incl. Midsummer and Christmas Eve)."""
    return day.weekday() < 5 and day not in _finnish_holidays(day.year)


def next_working_day(day: date) -> date:
    """*day* itself when it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_months(day: date, months: int) -> date:
    """The same-numbered day *months* later, or that month's last day if it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def arrival_day(arrived: datetime | date) -> date:
    """The calendar day in Helsinki on which a request arrived (naive datetimes are taken as UTC)."""
    if isinstance(arrived, datetime):
        if arrived.tzinfo is None:
            arrived = arrived.replace(tzinfo=UTC)
        return arrived.astimezone(HELSINKI).date()
    return arrived


def due_date(arrived: datetime | date, *, extended: bool = False, paused_days: int = 0) -> date:
    """The due date of a request: one month (three when extended), moved by the paused days.

    A pause (waiting for identity proof or clarification staff asked for) shifts the end by the
    number of calendar days paused; the shifted end again rolls forward to a working day.
    """
    end = add_months(arrival_day(arrived), EXTENDED_PERIOD_MONTHS if extended else FIRST_PERIOD_MONTHS)
    return next_working_day(end + timedelta(days=max(0, paused_days)))


def extension_allowed(arrived: datetime | date, today: date, *, paused_days: int = 0) -> bool:
    """An extension is possible only while the first month has not yet ended (Art. 12(3))."""
    return today <= due_date(arrived, paused_days=paused_days)


def days_left(due: date, today: date) -> int:
    """Calendar days until *due* (0 on the due day, negative when overdue)."""
    return (due - today).days


def paused_days_between(start: datetime, end: datetime) -> int:
    """Whole Helsinki calendar days a pause lasted (a pause within one day counts as 0)."""
    return max(0, (arrival_day(end) - arrival_day(start)).days)


def helsinki_iso(moment: datetime | str | None) -> str | None:
    """A stored time (UTC) as Helsinki ISO 8601 with its offset, to the second: for JSON people and scripts
    read ('2026-04-01T12:00:00+03:00'). Accepts the ISO text stored in JSON data too."""
    local = _helsinki(moment)
    return local.isoformat(timespec="seconds") if local else None


def helsinki_text(moment: datetime | str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored time (UTC) as Helsinki wall-clock text for people ('2026-04-01 12:00'); '' for None."""
    local = _helsinki(moment)
    return local.strftime(fmt) if local else ""


def _helsinki(moment: datetime | str | None) -> datetime | None:
    if moment is None or moment == "":
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # stored times are UTC
    return moment.astimezone(HELSINKI)


def today_helsinki(now: datetime | None = None) -> date:
    """Today's date in Helsinki."""
    return arrival_day(now or datetime.now(UTC))
