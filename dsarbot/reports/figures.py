"""The accountability figures of a period, computed from case facts (pure: no database, no clock).

The cohort is the requests that **arrived** in the period: each request is counted once, in the month
it came, and its outcome is as it stands today. "Open" and "overdue" are about today, whatever the
period. See `dsarbot.reports.facts` for what request, answered, on time and late mean.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from dsarbot.pipeline.types import KINDS
from dsarbot.reports import reasons
from dsarbot.reports.facts import CaseFacts
from dsarbot.reports.period import Period

LANGUAGE_ORDER = ("fi", "sv", "en")
BUCKETS: tuple[tuple[int, int | None], ...] = ((0, 7), (8, 14), (15, 21), (22, 31), (32, 60), (61, 92),
                                               (93, None))
"""Days from arrival to answer: four weeks-ish, the month of the law, the extension, beyond."""


@dataclass(frozen=True)
class Timeliness:
    """How many requests were answered on time, late, are overdue unanswered, or not yet due."""

    on_time: int = 0
    answered_late: int = 0
    overdue_open: int = 0
    pending: int = 0

    @property
    def late(self) -> int:
        """Late in any way: answered after the due date, or still unanswered after it."""
        return self.answered_late + self.overdue_open

    @property
    def rate(self) -> float | None:
        """On time / (on time + late); None when no request has reached its outcome yet."""
        known = self.on_time + self.late
        return self.on_time / known if known else None


@dataclass(frozen=True)
class Month:
    """One month of the period: requests that arrived, per kind, and their timeliness."""

    first: date
    received: int
    by_kind: dict[str, int]
    timeliness: Timeliness


@dataclass(frozen=True)
class Triage:
    """Mail the bot was unsure of, and what staff made of it."""

    total: int = 0
    requests: int = 0
    not_requests: int = 0
    closed_otherwise: int = 0
    undecided: int = 0


@dataclass(frozen=True)
class Report:
    """Everything the Reports page, `dsarbot report` and its JSON show."""

    period: Period
    controller: str | None
    today: date
    received: int
    by_kind: list[tuple[str, int]]
    by_language: list[tuple[str, int]]
    timeliness: Timeliness
    answered: int
    completed: int
    rejected: int
    withdrawn: int
    extended: int
    median_days: float | None
    p90_days: int | None
    rejections: list[tuple[str, int]]
    other_reasons: list[tuple[str, int]]
    triage: Triage
    open_now: int
    overdue_now: int
    months: list[Month]
    histogram: list[tuple[tuple[int, int | None], int]]
    by_controller: list[tuple[str, int, float | None]] = field(default_factory=list)


def percentile(values: Sequence[int], q: float) -> int | None:
    """The nearest-rank *q*-th percentile (0 < q ≤ 100): the smallest value with q % at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


Scored = tuple[CaseFacts, str | None]
"""A request with its timeliness as of the report's day (computed once per report)."""


def _count(scored: Sequence[Scored]) -> Timeliness:
    counts = Counter((status, f.answered_on is not None) for f, status in scored)
    return Timeliness(on_time=counts["on_time", True], answered_late=counts["late", True],
                      overdue_open=counts["late", False], pending=counts["pending", False])


def timeliness(requests: Sequence[CaseFacts], today: date) -> Timeliness:
    """Count the timeliness of *requests* as of *today*."""
    return _count([(f, f.timeliness(today)) for f in requests])


def _triage(cases: Sequence[CaseFacts]) -> Triage:
    started = [f for f in cases if f.triage_started]
    return Triage(total=len(started), requests=sum(f.confirmed for f in started),
                  not_requests=sum(f.row.state == "not_a_request" for f in started),
                  closed_otherwise=sum(not f.confirmed and f.closed_from_triage and f.row.state != "not_a_request"
                                       for f in started),
                  undecided=sum(f.row.state == "triage" for f in started))


def _kinds(requests: Sequence[CaseFacts]) -> dict[str, int]:
    counts = Counter(k for f in requests for k in f.row.kinds)
    return {k: counts[k] for k in KINDS}


def _languages(requests: Sequence[CaseFacts]) -> list[tuple[str, int]]:
    counts = Counter(f.row.language for f in requests)
    order = [lang for lang in LANGUAGE_ORDER] + sorted(set(counts) - set(LANGUAGE_ORDER))
    return [(lang, counts[lang]) for lang in order if counts[lang] or lang in LANGUAGE_ORDER]


def _months(period: Period, scored: Sequence[Scored]) -> list[Month]:
    by_month: dict[date, list[Scored]] = {first: [] for first in period.months()}
    for item in scored:
        by_month.setdefault(item[0].received_on.replace(day=1), []).append(item)
    return [Month(first, len(inside), _kinds([f for f, _ in inside]), _count(inside))
            for first, inside in by_month.items()]


def histogram(days: Sequence[int]) -> list[tuple[tuple[int, int | None], int]]:
    """How many answers took 0–7, 8–14, … days (BUCKETS)."""
    return [((lo, hi), sum(1 for d in days if d >= lo and (hi is None or d <= hi))) for lo, hi in BUCKETS]


def _rejections(requests: Sequence[CaseFacts]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    rejected = [f for f in requests if f.row.state == "rejected"]
    grounds = Counter(reasons.ground(f.rejection_reason) for f in rejected)
    other = Counter(reasons.short(f.rejection_reason) for f in rejected
                    if reasons.ground(f.rejection_reason) == "other")
    return [(k, grounds[k]) for k in reasons.ORDER if grounds[k]], other.most_common(5)


def build(period: Period, received: Sequence[CaseFacts], open_now: tuple[int, int], today: date,
          controller: str | None = None) -> Report:
    """The report of the cases that arrived in *period* (*received*); *open_now* is (open, overdue) today."""
    requests = [f for f in received if f.is_request]
    scored = [(f, f.timeliness(today)) for f in requests]
    days = [d for d in (f.days_to_answer for f in requests) if d is not None]
    rejections, other = _rejections(requests)
    state = Counter(f.row.state for f in requests)
    per_controller: dict[str, list[Scored]] = {}
    for item in scored:
        per_controller.setdefault(item[0].row.controller_id, []).append(item)
    return Report(
        period=period, controller=controller, today=today, received=len(requests),
        by_kind=list(_kinds(requests).items()), by_language=_languages(requests),
        timeliness=_count(scored), answered=len(days), completed=state["completed"],
        rejected=state["rejected"], withdrawn=state["withdrawn"],
        extended=sum(f.row.extended for f in requests),
        median_days=float(statistics.median(days)) if days else None, p90_days=percentile(days, 90),
        rejections=rejections, other_reasons=other, triage=_triage(received),
        open_now=open_now[0], overdue_now=open_now[1],
        months=_months(period, scored), histogram=histogram(days),
        by_controller=[(c, len(items), _count(items).rate) for c, items in sorted(per_controller.items())]
        if controller is None and len(per_controller) > 1 else [])


def recent_timeliness(cases: Sequence[CaseFacts], today: date, days: int = 30) -> Timeliness:
    """On time among the requests answered in the last *days* days and those whose deadline passed in
    them unanswered (the digest's figure: what happened lately, whenever the requests arrived)."""
    since = today - timedelta(days=days - 1)
    settled = [f for f in cases if f.is_request and (
        (f.answered_on is not None and since <= f.answered_on <= today)
        or (f.is_open and since <= f.due + timedelta(days=1) <= today))]
    return timeliness(settled, today)
