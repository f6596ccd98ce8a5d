"""`check` for SQL sources: does the mapping fit the real schema, and will lookups use indexes?

Lookups are exact equalities on identifier columns (see sql.py), so each identifier column wants an
index whose first column it is — or, for e-mail columns declared `normalised = false`, an expression
index on lower(column). Without one every request scans the whole table.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Iterator
from typing import Protocol

from sqlalchemy import Engine, Index, Table, exc, func, inspect, not_, or_, select, text
from sqlalchemy.engine import Inspector

from .base import CheckIssue, describe_error
from .config import SourceConfig, TableConfig


class SqlSource(Protocol):
    """What the check needs of a SQL source (`sql.SqlBackend` is one); the check does not import it,
    so the layers read sql -> sqlcheck, never back."""

    config: SourceConfig

    @property
    def engine(self) -> Engine: ...

    def table(self, cfg: TableConfig) -> Table:
        """The reflected table of *cfg*."""
        ...

_EXPR_SQLITE = re.compile(r"lower\s*\(\s*[\"`\[]?(\w+)[\"`\]]?\s*\)", re.IGNORECASE)
_EXPR_PG = re.compile(r"lower\(\(?\s*\"?(\w+)\"?\s*\)?(?:::\w+(?: \w+)?)?\)", re.IGNORECASE)


@contextlib.contextmanager
def quiet_reflection() -> Iterator[None]:
    """SQLite reflection warns about expression indexes it skips; we read them ourselves."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*expression-based index.*", category=exc.SAWarning)
        yield


def wanted_indexes(table: TableConfig) -> list[tuple[str, str, bool]]:
    """(column, mapping key, needs lower() expression) for every column a lookup filters on."""
    out: list[tuple[str, str, bool]] = []
    for kind, col in table.identifiers.strong_items():
        out.append((col.column, f"identifiers.{kind}", kind == "email" and not col.normalised))
    if table.relation:
        out.append((table.relation.column, "relation.column", False))
    return out


def _indexed(backend: SqlSource, insp: Inspector, table: TableConfig) -> tuple[set[str], set[str]]:
    """(columns leading some index/constraint, columns with a lower(column) expression index)."""
    plain: set[str] = set()
    lowered: set[str] = set()
    pk = insp.get_pk_constraint(table.name, schema=table.schema_).get("constrained_columns") or []
    if pk:
        plain.add(pk[0])
    for uc in insp.get_unique_constraints(table.name, schema=table.schema_):
        if uc["column_names"]:
            plain.add(uc["column_names"][0])
    for ix in insp.get_indexes(table.name, schema=table.schema_):
        cols = ix.get("column_names") or []
        if cols and cols[0]:
            plain.add(cols[0])
        for expr in ix.get("expressions") or []:
            if expr and (m := _EXPR_PG.search(expr)):
                lowered.add(m.group(1))
    if backend.engine.dialect.name == "sqlite":
        with backend.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t AND sql IS NOT NULL"),
                {"t": table.name},
            )
            for (sql,) in rows:
                head = sql.split("(", 1)[1] if "(" in sql else ""
                if (m := _EXPR_SQLITE.match(head.strip())):
                    lowered.add(m.group(1))
    return plain, lowered


def check_sql_source(backend: SqlSource) -> list[CheckIssue]:
    """Missing tables/columns are errors; missing indexes and non-normalised data are warnings."""
    src = backend.config.name
    issues: list[CheckIssue] = []
    try:
        with quiet_reflection():
            insp = inspect(backend.engine)
            present = set(insp.get_table_names())
    except Exception as e:
        return [CheckIssue("error", src, None, f"cannot connect: {describe_error(e)}")]
    for table in backend.config.tables:
        where = f"{table.schema_}.{table.name}" if table.schema_ else table.name
        with quiet_reflection():
            if not insp.has_table(table.name, schema=table.schema_):
                issues.append(CheckIssue("error", src, where, "table does not exist in the database "
                                         f"(tables there: {', '.join(sorted(present)) or 'none'})"))
                continue
            columns = {c["name"] for c in insp.get_columns(table.name, schema=table.schema_)}
            missing = False
            for col, key in table.referenced_columns().items():
                if col not in columns:
                    missing = True
                    issues.append(CheckIssue("error", src, where, f"column {col!r} (from `{key}`) does not "
                                             f"exist; the table has: {', '.join(sorted(columns))}"))
            if missing:
                continue
            plain, lowered = _indexed(backend, insp, table)
        for col, key, needs_lower in wanted_indexes(table):
            if needs_lower and col not in lowered:
                issues.append(CheckIssue("warning", src, where, f"no index on lower({col}) (`{key}`, "
                                         "normalised = false): every lookup scans the table; "
                                         "`dsarbot sources check --create-indexes` creates it"))
            elif not needs_lower and col not in plain:
                issues.append(CheckIssue("warning", src, where, f"no index on {col!r} (`{key}`): every "
                                         "lookup scans the table; `dsarbot sources check --create-indexes` "
                                         "creates it"))
        issues.extend(_data_warnings(backend, table, where))
    return issues


def _data_warnings(backend: SqlSource, table: TableConfig, where: str) -> list[CheckIssue]:
    """Columns declared normalised that hold non-normalised values would silently miss people."""
    t = backend.table(table)
    out: list[CheckIssue] = []
    tests = []
    for kind, col in table.identifiers.strong_items():
        if not col.normalised or kind not in ("email", "phone"):
            continue
        c = t.c[col.column]
        if kind == "email":
            bad = c != func.lower(c)
        else:  # E.164: a plus sign and digits only
            bad = or_(not_(c.like("+%")), c.like("% %"), c.like("%-%"), c.like("%(%"))
        tests.append((col.column, kind, bad))
    with backend.engine.connect() as conn:
        for column, kind, bad in tests:
            count = conn.execute(select(func.count()).select_from(t).where(bad)).scalar_one()
            if count:
                form = "lower-case" if kind == "email" else "E.164 (+358401234567)"
                out.append(CheckIssue("warning", backend.config.name, where,
                                      f"{count} value(s) in {column!r} are not {form} although the mapping "
                                      "says normalised = true: those people will not be found; normalise "
                                      "the column or set normalised = false"))
    return out


def create_missing_indexes(backend: SqlSource) -> list[str]:
    """Create an index for each lookup column that lacks one; returns the names created."""
    created: list[str] = []
    with quiet_reflection():
        insp = inspect(backend.engine)
        for table in backend.config.tables:
            if not insp.has_table(table.name, schema=table.schema_):
                continue
            plain, lowered = _indexed(backend, insp, table)
            t: Table = backend.table(table)
            for col, _key, needs_lower in wanted_indexes(table):
                if col not in t.c or (col in lowered if needs_lower else col in plain):
                    continue
                name = f"ix_dsar_{table.name}_{col}{'_lower' if needs_lower else ''}"[:63]
                index = Index(name, func.lower(t.c[col])) if needs_lower else Index(name, t.c[col])
                index.create(backend.engine, checkfirst=True)
                (lowered if needs_lower else plain).add(col)
                created.append(name)
    return created
