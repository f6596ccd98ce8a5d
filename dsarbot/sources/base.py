"""What every backend (SQL, CSV) shares: deciding whether a row is the person's, and following relations.

A backend only fetches *candidate* rows (cheaply, with indexes where it can); the decision whether a
row belongs to the person is made here, in Python, with the same normalisers for every backend. So a
loose SQL pre-filter (phone spellings, ASCII-only lower()) can never widen what counts as a match.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .config import SourceConfig, TableConfig
from .identifiers import NORMALISERS, Identifiers, normalise_name
from .results import MatchedRow, PlannedAction, ReportItem, TableMatch, jsonable

NAME_HINT_SCAN_LIMIT = 1000
"""Name-hint candidates fetched per table at most (the hint is a count for staff, not a listing)."""


@dataclass
class CheckIssue:
    """One finding of `check`: level is "error" (the mapping cannot work) or "warning"."""

    level: str
    source: str
    table: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}.{self.table}" if self.table else self.source
        return f"{self.level.upper():7} {where}: {self.message}"


def truthy(value: Any) -> bool:
    """Interpret a stored flag (SQL bool/int, CSV text such as "true", "1", "yes", "kyllä")."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "t", "yes", "y", "on", "kyllä", "k", "ja")
    return bool(value)


def same_value(stored: Any, wanted: Any) -> bool:
    """True when a stored value already equals what we would write (idempotency)."""
    if wanted is None:
        return stored is None or stored == ""
    if isinstance(wanted, bool):
        return stored is not None and stored != "" and truthy(stored) == wanted
    return stored is not None and str(jsonable(stored)) == str(wanted)


def row_key(table: TableConfig, row: Mapping[str, Any]) -> dict[str, Any]:
    """Primary key column -> JSON-safe value."""
    return {c: jsonable(row.get(c)) for c in table.primary_key}


def identify(
    table: TableConfig, row: Mapping[str, Any], strong: Mapping[str, str]
) -> tuple[list[str], dict[str, Any], list[str]]:
    """Which of the person's identifiers this row carries: (matched types, guard, conflicting types).

    The guard is the stored value of each matching column: later changes apply only while it holds.
    A conflict is an identifier type we know for which the row stores a different value (e.g. the
    e-mail matches but the identity code differs) — a reason for staff to look twice.
    """
    matched: list[str] = []
    guard: dict[str, Any] = {}
    differing: set[str] = set()
    for kind, col in table.identifiers.strong_items():
        wanted = strong.get(kind)
        if not wanted:
            continue
        stored = row.get(col.column)
        norm = NORMALISERS[kind](stored)
        if norm is None:
            continue
        if norm == wanted:
            if kind not in matched:
                matched.append(kind)
            guard[col.column] = jsonable(stored)
        else:
            differing.add(kind)
    conflicts = sorted(differing - set(matched)) if matched else []
    return matched, guard, conflicts


def has_name(table: TableConfig, row: Mapping[str, Any], name_norm: str) -> bool:
    """True when one of the table's name columns holds the same name (case/spacing-insensitive)."""
    return any(normalise_name(row.get(c.column)) == name_norm for c in table.identifiers.name)


class Backend(abc.ABC):
    """One configured source. Subclasses fetch candidate rows and apply planned actions."""

    def __init__(self, config: SourceConfig) -> None:
        self.config = config

    # -- what subclasses provide ------------------------------------------------------------------

    @abc.abstractmethod
    def candidates(self, table: TableConfig, strong: Mapping[str, str]) -> Iterable[Mapping[str, Any]]:
        """Rows that may carry one of the identifiers (a superset; `identify` decides)."""

    @abc.abstractmethod
    def children(self, table: TableConfig, column: str, values: list[Any]) -> Iterable[Mapping[str, Any]]:
        """Rows whose *column* holds one of *values* (relation lookup)."""

    @abc.abstractmethod
    def count_name(self, table: TableConfig, name: str) -> int:
        """Rows carrying the name (capped at NAME_HINT_SCAN_LIMIT), the person's own rows included."""

    @abc.abstractmethod
    def apply(self, actions: list[PlannedAction]) -> list[ReportItem]:
        """Run the actions of this source in one transaction (all or nothing)."""

    @abc.abstractmethod
    def check(self) -> list[CheckIssue]:
        """Compare the mapping with the real schema."""

    def create_indexes(self) -> list[str]:
        """Create the indexes the mapping implies; returns what was created (none for CSV)."""
        return []

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    # -- shared logic -------------------------------------------------------------------------------

    def find(self, identifiers: Identifiers, name_hints: bool = True) -> list[TableMatch]:
        """The person's rows in every table of this source, following relations parent-first."""
        strong = identifiers.strong()
        name = normalise_name(identifiers.name)
        found: dict[str, TableMatch] = {}
        for table in self.config.ordered_tables():
            match = TableMatch(source=self.config.name, table=table.name, label=table.title)
            found[table.name] = match
            try:
                self._find_in(table, strong, found, match)
                if name_hints and name and table.identifiers.name:
                    own = sum(1 for r in match.rows if has_name(table, r.values, name))
                    match.name_hints = max(0, self.count_name(table, identifiers.name or "") - own)
            except Exception as exc:  # a broken source must not hide the others
                match.rows = []
                match.error = describe_error(exc)
        return list(found.values())

    def _find_in(
        self, table: TableConfig, strong: Mapping[str, str], found: dict[str, TableMatch], match: TableMatch
    ) -> None:
        rows: dict[tuple[Any, ...], MatchedRow] = {}
        if strong and table.identifiers.strong_items():
            for raw in self.candidates(table, strong):
                matched, guard, conflicts = identify(table, raw, strong)
                if matched:
                    key = row_key(table, raw)
                    rows[tuple(key.values())] = MatchedRow(
                        key=key, values={k: jsonable(v) for k, v in raw.items()},
                        matched_by=matched, guard=guard, conflicts=conflicts,
                    )
        rel = table.relation
        parent = found.get(rel.parent) if rel else None
        if rel and parent and parent.rows:
            parent_table = self.config.table(rel.parent)
            parent_col = rel.parent_column or parent_table.primary_key[0]
            values = sorted({r.values.get(parent_col) for r in parent.rows} - {None}, key=str)
            for raw in self.children(table, rel.column, values) if values else ():
                key = row_key(table, raw)
                via = f"via {rel.parent}"
                existing = rows.get(tuple(key.values()))
                if existing:
                    existing.matched_by.append(via)
                else:
                    rows[tuple(key.values())] = MatchedRow(
                        key=key, values={k: jsonable(v) for k, v in raw.items()},
                        matched_by=[via], guard={rel.column: jsonable(raw.get(rel.column))},
                    )
        match.rows = list(rows.values())


def report_item(action: PlannedAction) -> ReportItem:
    """An empty report item for *action* (shared with the CSV backend)."""
    return ReportItem(
        source=action.source, table=action.table, label=action.label, kind=action.kind,
        action=action.action, planned=len(action.rows), reason=action.reason, until=action.until,
        recipients=list(action.recipients),
    )


def mark_failed(items: Iterable[ReportItem], exc: BaseException) -> None:
    """A source's transaction rolled back: every item of it changed nothing and carries the error."""
    for item in items:
        item.error = describe_error(exc)
        item.changed = item.already_done = item.conflicts = 0
        item.changes = []


def describe_error(exc: BaseException) -> str:
    """A short error text for staff: the exception type and first line (drivers may append values)."""
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first[:200]}"
