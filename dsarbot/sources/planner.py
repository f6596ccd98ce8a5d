"""Turn what was found into what fulfilment would do (a Plan), per request kind and per table.

Pure: no database access. The plan is built from a FindResult, so it shows exactly the rows staff saw,
and rows that are already in the wanted state are left out (a second erasure plans nothing).
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
from collections.abc import Iterable
from typing import Any

from .base import same_value, truthy
from .config import SourcesConfig, TableConfig
from .results import Correction, FieldChange, FindResult, MatchedRow, Plan, PlannedAction, PlannedRow, TableMatch

KINDS = ("access", "rectification", "erasure", "restriction", "objection", "portability")
EXPORT_KINDS = ("access", "portability")


def add_years(day: dt.date, years: int) -> dt.date:
    """*day* plus *years* calendar years (29 February becomes 28 February)."""
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def retention_until(values: dict[str, Any], table: TableConfig) -> dt.date | None:
    """The last day a kept row must be retained, from its date column and period; None if unknown."""
    rule = table.erasure
    raw = values.get(rule.date_column or "")
    try:
        start = dt.date.fromisoformat(str(raw)[:10]) if raw not in (None, "") else None
    except ValueError:
        start = None
    if start is None:
        return None
    years = rule.years or 0
    if rule.years_column:
        # An empty or odd per-row value leaves the table's default period in force.
        with contextlib.suppress(ValueError):
            years = int(str(values.get(rule.years_column)).strip())
    if rule.count_from == "end_of_year":
        start = dt.date(start.year, 12, 31)
    return add_years(start, years)


def build_plan(
    config: SourcesConfig,
    found: FindResult,
    kinds: Iterable[str],
    corrections: Iterable[Correction] | None = None,
    today: dt.date | None = None,
) -> Plan:
    """What fulfilment would do for *kinds* with the rows in *found*.

    access/portability plan no changes (they are answered with `export`). Unknown kinds raise
    ValueError. Actions are ordered for execution: updates first, deletions last, children before
    their parents (so foreign keys hold).
    """
    kinds = list(dict.fromkeys(kinds))
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown request kind(s) {unknown}; known: {', '.join(KINDS)}")
    today = today or dt.date.today()
    corrections = list(corrections or [])
    plan = Plan(kinds=kinds, created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                as_of=today.isoformat())
    plan.notes.extend(found.errors)
    plan.notes.extend(found.hints())
    used: set[int] = set()
    for match in found.tables:
        if not match.rows:
            continue
        table = config.source(match.source).table(match.table)
        for row in match.rows:
            if row.conflicts:
                plan.notes.append(f"{match.label}: a row matched by {', '.join(row.matched_by)} holds a "
                                  f"different {', '.join(row.conflicts)} — check it is the same person")
        if "erasure" in kinds:
            plan.actions.extend(_erasure(match, table, today))
        if "restriction" in kinds and table.restriction:
            pending = [r for r in match.rows if not truthy(r.values.get(table.restriction))]
            plan.actions.append(_action(match, table, "restriction", "restrict", pending,
                                        values={table.restriction: True}))
        if "objection" in kinds and table.suppression:
            sup = table.suppression
            pending = (match.rows if sup.action == "delete" else
                       [r for r in match.rows if not all(same_value(r.values.get(k), v) for k, v in sup.set.items())])
            plan.actions.append(_action(match, table, "objection", "suppress", pending, values=dict(sup.set)))
        if "rectification" in kinds and corrections:
            plan.actions.append(_rectify(match, table, corrections, used))
    if "rectification" in kinds:
        for i, c in enumerate(corrections):
            if i not in used:
                plan.notes.append(f"correction of {c.field_type}: nothing to change (no rectifiable column "
                                  "for it in the rows found, or the value is already correct)")
    if any(k in kinds for k in EXPORT_KINDS):
        plan.notes.append("access/portability: answered with the export of the rows found")
    plan.actions = _ordered(config, [a for a in plan.actions if a.rows])
    return plan


def _action(match: TableMatch, table: TableConfig, kind: str, action: str, rows: Iterable[MatchedRow],
            **extra: Any) -> PlannedAction:
    return PlannedAction(
        source=match.source, table=match.table, label=match.label, kind=kind, action=action,
        rows=[PlannedRow(key=r.key, guard=r.guard) for r in rows], recipients=list(table.recipients), **extra,
    )


def _erasure(match: TableMatch, table: TableConfig, today: dt.date) -> list[PlannedAction]:
    rule = table.erasure
    anon = rule.anonymise_values()
    needs_anon = [r for r in match.rows if not all(same_value(r.values.get(k), v) for k, v in anon.items())]
    if rule.action == "delete":
        return [_action(match, table, "erasure", "delete", match.rows)]
    if rule.action == "anonymise":
        return [_action(match, table, "erasure", "anonymise", needs_anon, values=anon)]
    kept: list[PlannedRow] = []
    expired: list[MatchedRow] = []
    for r in match.rows:
        until = retention_until(r.values, table)
        if until is None or until >= today:
            kept.append(PlannedRow(key=r.key, guard=r.guard, until=until.isoformat() if until else None))
        else:
            expired.append(r)
    keep = _action(match, table, "erasure", "keep", [], reason=rule.reason)
    keep.rows = kept
    if any(r.until is None for r in kept):
        keep.note = f"no {rule.date_column} on some rows: kept, check the retention by hand"
    out = [keep]
    if expired and rule.then == "delete":
        out.append(_action(match, table, "erasure", "delete", expired, note="retention period has ended"))
    elif expired:
        pending = [r for r in expired if r in needs_anon]
        out.append(_action(match, table, "erasure", "anonymise", pending, values=anon,
                           note="retention period has ended"))
    return out


def _rectify(match: TableMatch, table: TableConfig, corrections: list[Correction], used: set[int]) -> PlannedAction:
    action = _action(match, table, "rectification", "rectify", [])
    for row in match.rows:
        planned = PlannedRow(key=row.key, guard=row.guard)
        for i, c in enumerate(corrections):
            if (c.source and c.source != match.source) or (c.table and c.table != match.table):
                continue
            column, derive = table.rectifiable.get(c.field_type), None
            if column is None and c.field_type in ("last_name", "first_name") and "name" in table.rectifiable:
                column, derive = table.rectifiable["name"], c.field_type
            if column is None:
                continue
            old = row.values.get(column)
            new = _derived(old, c.new_value, derive)
            if same_value(old, new) or any(ch.column == column for ch in planned.changes):
                continue
            planned.changes.append(FieldChange(column=column, old=old, new=new, field_type=c.field_type))
            used.add(i)
        if planned.changes:
            action.rows.append(planned)
    return action


def _derived(old: Any, value: str, derive: str | None) -> str:
    """For last_name/first_name on a full-name column: swap that word, keep the rest."""
    if derive is None or not isinstance(old, str) or len(old.split()) < 2:
        return value
    words = old.split()
    if derive == "last_name":
        words[-1] = value
    else:
        words[0] = value
    return " ".join(words)


def _ordered(config: SourcesConfig, actions: list[PlannedAction]) -> list[PlannedAction]:
    """Sources in config order; within one: rectify, restrict, suppress, anonymise, delete, keep.

    Deletions run children first (reverse relation order) so a parent is never deleted while its
    child rows still point at it.
    """
    from .results import ACTIONS

    src_pos = {s.name: i for i, s in enumerate(config.sources)}
    tbl_pos = {(s.name, t.name): i for s in config.sources for i, t in enumerate(s.ordered_tables())}

    def key(a: PlannedAction) -> tuple[int, int, int]:
        pos = tbl_pos.get((a.source, a.table), 0)
        return (src_pos.get(a.source, 0), ACTIONS.index(a.action), -pos if a.action == "delete" else pos)

    return sorted(actions, key=key)
