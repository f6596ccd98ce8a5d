"""DataSources: the one interface fulfilment uses for every configured source (SQL and CSV alike)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine

from .base import Backend, CheckIssue
from .config import SourceConfig, SourcesConfig, load_sources_config, parse_sources_config
from .csvfile import CsvBackend
from .export import export as _export
from .identifiers import Identifiers
from .planner import build_plan
from .results import Correction, FindResult, Plan, Report, ReportItem
from .sql import SqlBackend


class DataSources:
    """All configured sources. Create once and reuse (engines and reflected tables are cached).

    >>> sources = DataSources.from_file("config/sources.toml")
    >>> found = sources.find(Identifiers(email="matti.virtanen@example.fi"))
    >>> plan = sources.plan(["erasure"], Identifiers(email="matti.virtanen@example.fi"))
    >>> report = sources.execute(plan)
    """

    def __init__(self, config: SourcesConfig, engines: dict[str, Engine] | None = None) -> None:
        """*engines* optionally supplies ready engines per source name (tests, shared pools)."""
        self.config = config
        self.backends: dict[str, Backend] = {}
        for src in config.sources:
            self.backends[src.name] = _backend(src, (engines or {}).get(src.name))

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> DataSources:
        """Load and validate a sources TOML file (SourcesConfigError when it is wrong)."""
        return cls(load_sources_config(path))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DataSources:
        """Build from an already-parsed mapping (same schema as the TOML file)."""
        return cls(parse_sources_config(data))

    def close(self) -> None:
        """Release database connections."""
        for backend in self.backends.values():
            backend.close()

    def __enter__(self) -> DataSources:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def find(self, identifiers: Identifiers, name_hints: bool = True) -> FindResult:
        """The person's rows in every source, by verified strong identifiers (never by name alone).

        With *name_hints*, also count rows that share only the name (shown to staff, not included).
        A source that fails is reported in its TableMatch.error; the others are still searched.
        """
        result = FindResult(
            searched=sorted(identifiers.strong()),
            found_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        for backend in self.backends.values():
            result.tables.extend(backend.find(identifiers, name_hints=name_hints))
        return result

    def plan(
        self,
        kinds: Iterable[str],
        identifiers: Identifiers,
        corrections: Iterable[Correction] | None = None,
        today: dt.date | None = None,
    ) -> Plan:
        """Find the person, then plan what *kinds* would do (see `plan_for`)."""
        return self.plan_for(self.find(identifiers), kinds, corrections, today)

    def plan_for(
        self,
        found: FindResult,
        kinds: Iterable[str],
        corrections: Iterable[Correction] | None = None,
        today: dt.date | None = None,
    ) -> Plan:
        """Plan from an existing FindResult (e.g. the one staff looked at). Pure: reads nothing."""
        return build_plan(self.config, found, kinds, corrections, today)

    def execute(self, plan: Plan) -> Report:
        """Run an approved plan: each source in one transaction; safe to run twice (idempotent).

        Rows are changed only while their primary key *and* the identifier values that matched them
        still hold, so a reused key or a row edited since the plan is reported as a conflict instead
        of being overwritten.
        """
        report = Report(executed_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
        by_source: dict[str, list[Any]] = {}
        for action in plan.actions:
            by_source.setdefault(action.source, []).append(action)
        for name, actions in by_source.items():
            backend = self.backends.get(name)
            if backend is None:
                report.items.extend(
                    ReportItem(source=a.source, table=a.table, label=a.label, kind=a.kind, action=a.action,
                               planned=len(a.rows), error="source is no longer configured")
                    for a in actions
                )
                continue
            report.items.extend(backend.apply(actions))
        return report

    def export(self, found: FindResult, portability: bool = False, language: str | None = None,
               default: str | None = None) -> tuple[bytes, bytes]:
        """(JSON, CSV) bytes: every row for access, only the `provided` columns for portability.

        Table labels are in *language* (the requester's), else *default* (see SourcesConfig.table_label).
        """
        return _export(self.config, found, portability, language, default)

    def check(self) -> list[CheckIssue]:
        """Compare the mapping with every source's real schema (errors and warnings)."""
        issues: list[CheckIssue] = []
        for backend in self.backends.values():
            issues.extend(backend.check())
        return issues

    def create_indexes(self) -> list[str]:
        """Create the indexes lookups need in SQL sources; returns 'source: index' for each created."""
        return [f"{name}: {ix}" for name, b in self.backends.items() for ix in b.create_indexes()]


def _backend(src: SourceConfig, engine: Engine | None) -> Backend:
    if src.kind == "sql":
        return SqlBackend(src, engine)
    return CsvBackend(src)
