"""Plain result types of the data-source layer: what was found, what would be done, what was done.

They are dataclasses holding only JSON-safe values so that the case log can store them as events
(`to_dict()` / `from_dict()`) and Slack can render them. Row values are personal data: store them
with the case, never log them.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import decimal
import types
import typing
import uuid
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T", bound="Serialisable")


def jsonable(value: Any) -> Any:
    """A JSON-safe copy of a database value (dates as ISO text, decimals as text, bytes as base64)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def _revive(tp: Any, value: Any) -> Any:
    """Rebuild a value of annotated type *tp* from its JSON form (nested dataclasses, lists, dicts)."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _revive(args[0], value) if len(args) == 1 else value
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        return [_revive(inner, v) for v in value]
    if origin is dict:
        _, inner = typing.get_args(tp) or (Any, Any)
        return {k: _revive(inner, v) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, Serialisable):
        return tp.from_dict(value)
    return value


class Serialisable:
    """Mixin: `to_dict()` / `from_dict()` for dataclasses made of JSON-safe values."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (round-trips through :meth:`from_dict`)."""
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Rebuild from :meth:`to_dict` output; unknown keys are ignored (newer writers)."""
        hints = typing.get_type_hints(cls)
        kwargs = {
            f.name: _revive(hints[f.name], data[f.name])
            for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            if f.name in data
        }
        return cls(**kwargs)


# ---------------------------------------------------------------------------------------------- find


@dataclass
class MatchedRow(Serialisable):
    """One row that belongs to the person."""

    key: dict[str, Any]
    """Primary key column -> value."""
    values: dict[str, Any]
    """Every column of the row (JSON-safe)."""
    matched_by: list[str]
    """Identifier types that matched (e.g. ["email"]) or ["via contacts"] for related rows."""
    guard: dict[str, Any] = field(default_factory=dict)
    """Column -> value that made the row ours; changes later apply only while these still hold."""
    conflicts: list[str] = field(default_factory=list)
    """Identifier types where the row holds a *different* value than the requester's (check by hand)."""


@dataclass
class TableMatch(Serialisable):
    """The rows of one table that belong to the person, plus weak name hints."""

    source: str
    table: str
    label: str
    rows: list[MatchedRow] = field(default_factory=list)
    name_hints: int = 0
    """Rows with the same name but none of the person's identifiers (not included)."""
    error: str | None = None

    def hint_text(self) -> str | None:
        """Staff-facing sentence about name-only matches, or None."""
        if not self.name_hints:
            return None
        rows = "row" if self.name_hints == 1 else "rows"
        return (f"{self.label}: {self.name_hints} {rows} with the same name but other identifiers "
                "— not included")


@dataclass
class FindResult(Serialisable):
    """Everything found about one person across all sources."""

    searched: list[str]
    """Identifier types searched with (values are not repeated here)."""
    tables: list[TableMatch] = field(default_factory=list)
    found_at: str = ""

    @property
    def row_count(self) -> int:
        """Number of rows found in all tables."""
        return sum(len(t.rows) for t in self.tables)

    @property
    def found(self) -> bool:
        """True when at least one row belongs to the person."""
        return self.row_count > 0

    @property
    def errors(self) -> list[str]:
        """Per-table errors (a source that could not be read), for staff."""
        return [f"{t.source}.{t.table}: {t.error}" for t in self.tables if t.error]

    def hints(self) -> list[str]:
        """Staff-facing name-hint sentences."""
        return [h for t in self.tables if (h := t.hint_text())]

    def match(self, source: str, table: str) -> TableMatch | None:
        """The match for one table, if it was searched."""
        return next((t for t in self.tables if t.source == source and t.table == table), None)


# ---------------------------------------------------------------------------------------------- plan


@dataclass
class FieldChange(Serialisable):
    """One rectified value."""

    column: str
    old: Any
    new: Any
    field_type: str = ""


@dataclass
class PlannedRow(Serialisable):
    """One row an action applies to."""

    key: dict[str, Any]
    guard: dict[str, Any] = field(default_factory=dict)
    until: str | None = None
    """keep: ISO date until which the row is retained."""
    changes: list[FieldChange] = field(default_factory=list)
    """rectify: the approved field changes for this row."""


ACTIONS = ("rectify", "restrict", "suppress", "anonymise", "delete", "keep")
"""Execution order inside one source: updates first, deletions last (children before parents)."""


@dataclass
class PlannedAction(Serialisable):
    """What fulfilment would do to some rows of one table."""

    source: str
    table: str
    label: str
    kind: str
    """The request kind behind it: erasure, rectification, restriction, objection."""
    action: str
    """One of ACTIONS; `suppress` with empty `values` means delete the rows."""
    rows: list[PlannedRow] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    """anonymise/restrict/suppress: column -> value written."""
    reason: str | None = None
    """keep: the legal obligation."""
    recipients: list[str] = field(default_factory=list)
    note: str | None = None

    @property
    def until(self) -> str | None:
        """keep: the latest until-date among the rows."""
        dates = [r.until for r in self.rows if r.until]
        return max(dates) if dates else None

    @property
    def changes_data(self) -> bool:
        """False for `keep` (informational only)."""
        return self.action != "keep"


@dataclass
class Plan(Serialisable):
    """What fulfilment would do for a set of request kinds; staff approve it, `execute` runs it."""

    kinds: list[str]
    actions: list[PlannedAction] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    created_at: str = ""
    as_of: str = ""
    """The date retention periods were compared with (ISO)."""

    @property
    def is_empty(self) -> bool:
        """True when nothing would change (keep actions only, or nothing at all)."""
        return not any(a.changes_data and a.rows for a in self.actions)

    def kept(self) -> list[PlannedAction]:
        """The keep actions (what erasure leaves, why and until when)."""
        return [a for a in self.actions if a.action == "keep" and a.rows]


# -------------------------------------------------------------------------------------------- report


@dataclass
class ReportItem(Serialisable):
    """The outcome of one planned action."""

    source: str
    table: str
    label: str
    kind: str
    action: str
    planned: int = 0
    changed: int = 0
    already_done: int = 0
    """Rows that were already in the wanted state or gone (idempotent re-run)."""
    conflicts: int = 0
    """Rows that changed since the plan (guard or old value no longer holds): left alone."""
    reason: str | None = None
    until: str | None = None
    recipients: list[str] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    error: str | None = None


@dataclass
class Report(Serialisable):
    """What `execute` did, per action; each source ran in its own transaction."""

    items: list[ReportItem] = field(default_factory=list)
    executed_at: str = ""

    @property
    def ok(self) -> bool:
        """True when no source failed."""
        return not any(i.error for i in self.items)

    @property
    def changed_rows(self) -> int:
        """Rows actually changed or deleted."""
        return sum(i.changed for i in self.items)

    @property
    def nothing_to_do(self) -> bool:
        """True when the run changed nothing (e.g. an erasure executed a second time)."""
        return self.ok and self.changed_rows == 0

    def kept(self) -> list[ReportItem]:
        """What was kept, why and until when (for the erasure reply)."""
        return [i for i in self.items if i.action == "keep" and i.planned]

    def recipients_to_notify(self) -> list[str]:
        """Art. 19: recipients of tables whose data was rectified, erased or restricted."""
        out: list[str] = []
        for item in self.items:
            if item.changed and item.action in ("rectify", "anonymise", "delete", "restrict"):
                out.extend(r for r in item.recipients if r not in out)
        return out


# ------------------------------------------------------------------------------------ rectification


@dataclass
class Correction(Serialisable):
    """A staff-approved change: set *field_type* (a key of a table's `rectifiable`) to *new_value*.

    `last_name` / `first_name` also apply to a table that only maps a full `name`: the planner
    replaces the last / first word and shows the full old -> new name for approval.
    Restrict it to one source/table with *source* / *table*.
    """

    field_type: str
    new_value: str
    source: str | None = None
    table: str | None = None
