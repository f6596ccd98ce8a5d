"""SQL sources (any SQLAlchemy URL): lookups and changes through SQLAlchemy Core on reflected tables.

Identifiers are never formatted into SQL text: tables are reflected and every value is bound, so odd
table/column names are quoted by the dialect and odd values cannot inject anything.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    Table,
    create_engine,
    delete,
    event,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.sql.elements import ColumnElement

from .base import (
    NAME_HINT_SCAN_LIMIT,
    Backend,
    CheckIssue,
    mark_failed,
    report_item,
    same_value,
    truthy,
)
from .config import SourceConfig, TableConfig
from .identifiers import ascii_lower, phone_variants
from .results import PlannedAction, PlannedRow, ReportItem
from .sqlcheck import check_sql_source, create_missing_indexes, quiet_reflection

IN_CHUNK = 500  # bound parameters per IN (...) list; far below every driver's limit


def engine_url(url: str) -> str:
    """Use psycopg 3 for plain postgresql:// URLs (psycopg2 is not a dependency)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    """An engine for a source; SQLite gets foreign keys enforced, like every other database."""
    engine = create_engine(engine_url(url), pool_pre_ping=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _fk_on(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.close()

    return engine


def coerce(column: Column[Any], value: Any) -> Any:
    """Turn a JSON-safe value (from a stored plan) back into the column's Python type."""
    if value is None:
        return None
    try:
        pytype = column.type.python_type
    except NotImplementedError:
        return value
    if isinstance(value, pytype) and not (pytype is int and isinstance(value, bool)):
        return value
    try:
        if pytype is bool:
            return truthy(value)
        if pytype is int:
            return int(str(value).strip())
        if pytype is float:
            return float(value)
        if pytype is decimal.Decimal:
            return decimal.Decimal(str(value))
        if pytype is dt.datetime:
            return dt.datetime.fromisoformat(str(value))
        if pytype is dt.date:
            return dt.date.fromisoformat(str(value)[:10])
        if pytype is str:
            return str(value)
    except (ValueError, decimal.InvalidOperation):
        return value
    return value


class SqlBackend(Backend):
    """A database reached by SQLAlchemy URL."""

    def __init__(self, config: SourceConfig, engine: Engine | None = None) -> None:
        super().__init__(config)
        self._engine = engine
        self._tables: dict[str, Table] = {}
        self._metadata = MetaData()

    @property
    def engine(self) -> Engine:
        """The engine, created on first use (so a broken URL only breaks this source)."""
        if self._engine is None:
            self._engine = make_engine(self.config.resolved_url())
        return self._engine

    def table(self, cfg: TableConfig) -> Table:
        """The reflected table (cached: reflection costs a few queries)."""
        key = f"{cfg.schema_}.{cfg.name}"
        if key not in self._tables:
            with quiet_reflection():
                self._tables[key] = Table(cfg.name, self._metadata, schema=cfg.schema_,
                                          autoload_with=self.engine)
        return self._tables[key]

    def close(self) -> None:
        """Dispose of the connection pool."""
        if self._engine is not None:
            self._engine.dispose()

    # -- lookups -------------------------------------------------------------------------------------

    def candidates(self, table: TableConfig, strong: Mapping[str, str]) -> Iterable[Mapping[str, Any]]:
        """One SELECT with an OR of exact, index-friendly conditions."""
        t = self.table(table)
        conds: list[ColumnElement[bool]] = []
        for kind, col in table.identifiers.strong_items():
            value = strong.get(kind)
            if not value:
                continue
            c = t.c[col.column]
            if kind == "email":
                conds.append(c == value if col.normalised else func.lower(c) == value)
            elif kind == "phone":
                conds.append(c == value if col.normalised else c.in_(phone_variants(value)))
            elif kind == "customer_number":
                typed = coerce(c, value)
                if _fits(c, typed):  # "A-123" cannot equal an integer column: skip, don't error
                    conds.append(c == typed)
            else:  # hetu: exact, the century sign matters
                conds.append(c == value)
        if not conds:
            return []
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(t).where(or_(*conds)))]

    def children(self, table: TableConfig, column: str, values: list[Any]) -> Iterable[Mapping[str, Any]]:
        """Rows whose foreign key is one of the parent keys (chunked IN lists)."""
        t = self.table(table)
        c = t.c[column]
        out: list[dict[str, Any]] = []
        with self.engine.connect() as conn:
            for i in range(0, len(values), IN_CHUNK):
                chunk = [coerce(c, v) for v in values[i:i + IN_CHUNK]]
                out.extend(dict(r._mapping) for r in conn.execute(select(t).where(c.in_(chunk))))
        return out

    def count_name(self, table: TableConfig, name: str) -> int:
        """Rows whose name lower-cases to the same text (Unicode lower() and SQLite's ASCII-only one).

        Counted in SQL over a capped subquery: no row contents leave the database for a hint.
        """
        t = self.table(table)
        forms = sorted({" ".join(name.split()).lower(), ascii_lower(" ".join(name.split()))})
        conds = [func.lower(t.c[col.column]).in_(forms) for col in table.identifiers.name]
        capped = select(*[t.c[c] for c in table.primary_key]).where(or_(*conds)).limit(NAME_HINT_SCAN_LIMIT)
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(capped.subquery())).scalar_one())

    # -- changes -------------------------------------------------------------------------------------

    def apply(self, actions: list[PlannedAction]) -> list[ReportItem]:
        """All actions of this source in one transaction; any failure rolls back the whole source."""
        items = [report_item(a) for a in actions]
        try:
            with self.engine.begin() as conn:
                for action, item in zip(actions, items, strict=True):
                    self._apply_one(conn, action, item)
        except Exception as exc:
            mark_failed(items, exc)
        return items

    def _apply_one(self, conn: Connection, action: PlannedAction, item: ReportItem) -> None:
        if action.action == "keep":
            return
        t = self.table(self.config.table(action.table))
        for row in action.rows:
            if action.action == "rectify":
                for change in row.changes:
                    c = t.c[change.column]
                    stmt = (update(t).where(*self._where(t, row)).where(c.is_not_distinct_from(coerce(c, change.old)))
                            .values({change.column: coerce(c, change.new)}))
                    if conn.execute(stmt).rowcount:
                        item.changed += 1
                        item.changes.append(change)
                    else:
                        self._explain(conn, t, row, {change.column: change.new}, item)
            elif action.action == "delete" or (action.action == "suppress" and not action.values):
                if conn.execute(delete(t).where(*self._where(t, row))).rowcount:
                    item.changed += 1
                else:
                    self._explain(conn, t, row, None, item)
            else:  # anonymise / restrict / suppress(set): update only what still differs
                values = {k: coerce(t.c[k], v) for k, v in action.values.items()}
                differs = or_(*[t.c[k].is_distinct_from(v) for k, v in values.items()])
                stmt = update(t).where(*self._where(t, row)).where(differs).values(values)
                if conn.execute(stmt).rowcount:
                    item.changed += 1
                else:
                    self._explain(conn, t, row, action.values, item)

    def _where(self, t: Table, row: PlannedRow) -> list[ColumnElement[bool]]:
        """The row by primary key, and only while the values that made it the person's still hold."""
        conds = [t.c[k] == coerce(t.c[k], v) for k, v in row.key.items()]
        conds += [t.c[k] == coerce(t.c[k], v) for k, v in row.guard.items()]
        return conds

    def _explain(self, conn: Connection, t: Table, row: PlannedRow,
                 wanted: Mapping[str, Any] | None, item: ReportItem) -> None:
        """Why nothing changed: already done (gone, or already the wanted values) or a conflict."""
        current = conn.execute(
            select(t).where(*[t.c[k] == coerce(t.c[k], v) for k, v in row.key.items()])
        ).first()
        if current is None:
            if wanted is None or item.action != "rectify":
                item.already_done += 1
            else:
                item.conflicts += 1
            return
        values = current._mapping
        if wanted is not None and all(same_value(values[k], v) for k, v in wanted.items()):
            item.already_done += 1
        else:
            item.conflicts += 1

    # -- schema check and indexes are in sqlcheck.py -------------------------------------------------

    def check(self) -> list[CheckIssue]:
        """Compare the mapping with the database (see sqlcheck.check_sql_source)."""
        return check_sql_source(self)

    def create_indexes(self) -> list[str]:
        """Create the indexes the mapping implies (see sqlcheck.create_missing_indexes)."""
        return create_missing_indexes(self)


def _fits(column: Column[Any], value: Any) -> bool:
    try:
        return isinstance(value, column.type.python_type)
    except NotImplementedError:
        return True
