"""CSV sources: a directory whose files are the tables (e.g. an old spreadsheet export of customers).

CSV files have no indexes, so lookups scan the file; they are meant for small registers. Changes are
written to a temporary file in the same directory and renamed over the original (atomic on POSIX), so
a crash leaves either the old or the new file, never half of one. A lock file serialises our writers.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .base import Backend, CheckIssue, describe_error, has_name, mark_failed, report_item, same_value
from .config import TableConfig
from .identifiers import normalise_name
from .results import PlannedAction, PlannedRow, ReportItem


def to_text(value: Any) -> str:
    """How a value is written into a CSV cell (NULL as empty, booleans as true/false)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class _Sheet:
    """One CSV file loaded in memory."""

    def __init__(self, path: Path, delimiter: str, encoding: str) -> None:
        self.path = path
        self.delimiter = delimiter
        raw = path.read_bytes()
        self.bom = raw.startswith(b"\xef\xbb\xbf")
        self.encoding = "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
        reader = csv.DictReader(raw.decode(self.encoding).splitlines(keepends=True), delimiter=delimiter)
        self.header: list[str] = list(reader.fieldnames or [])
        self.rows: list[dict[str, str]] = [dict(r) for r in reader]

    def write_atomically(self) -> None:
        """Write to a temporary file next to the original, fsync, then rename over it."""
        encoding = "utf-8-sig" if self.bom else ("utf-8" if self.encoding == "utf-8-sig" else self.encoding)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
                writer = csv.DictWriter(out, fieldnames=self.header, delimiter=self.delimiter)
                writer.writeheader()
                writer.writerows(self.rows)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, self.path.stat().st_mode & 0o7777)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


class CsvBackend(Backend):
    """A directory of CSV files, one file per configured table."""

    @property
    def directory(self) -> Path:
        """The configured directory."""
        assert self.config.directory is not None
        return Path(self.config.directory)

    def path(self, table: TableConfig) -> Path:
        """The file of *table* (`file`, or <name>.csv)."""
        return self.directory / (table.file or f"{table.name}.csv")

    def _sheet(self, table: TableConfig) -> _Sheet:
        return _Sheet(self.path(table), self.config.delimiter, self.config.encoding)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """An exclusive lock for the source directory while we read-modify-write."""
        with open(self.directory / ".dsarbot.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    # -- lookups (a scan; `identify` in base.py decides what matches) --------------------------------

    def candidates(self, table: TableConfig, strong: Mapping[str, str]) -> Iterable[Mapping[str, Any]]:
        """Every row: the shared matcher normalises and compares each stored value."""
        return self._sheet(table).rows

    def children(self, table: TableConfig, column: str, values: list[Any]) -> Iterable[Mapping[str, Any]]:
        """Rows whose *column* equals one of the parent keys (compared as text)."""
        wanted = {to_text(v) for v in values}
        return [r for r in self._sheet(table).rows if r.get(column) in wanted]

    def count_name(self, table: TableConfig, name: str) -> int:
        """Rows whose name column holds the same name (case- and spacing-insensitive)."""
        wanted = normalise_name(name) or ""
        return sum(1 for r in self._sheet(table).rows if has_name(table, r, wanted))

    # -- changes -------------------------------------------------------------------------------------

    def apply(self, actions: list[PlannedAction]) -> list[ReportItem]:
        """Apply in memory, then replace each changed file atomically; on any error nothing is written."""
        items = [report_item(a) for a in actions]
        try:
            with self._locked():
                sheets: dict[str, _Sheet] = {}
                for action, item in zip(actions, items, strict=True):
                    if action.action == "keep":
                        continue
                    table = self.config.table(action.table)
                    sheet = sheets.get(table.name) or sheets.setdefault(table.name, self._sheet(table))
                    for row in action.rows:
                        _apply_row(sheet, table, action, row, item)
                for name, sheet in sheets.items():
                    if any(i.changed for i in items if i.table == name):
                        sheet.write_atomically()
        except Exception as exc:
            mark_failed(items, exc)
        return items

    def check(self) -> list[CheckIssue]:
        """Files exist, are readable and have every column the mapping names."""
        src = self.config.name
        if not self.directory.is_dir():
            return [CheckIssue("error", src, None, f"directory {self.directory} does not exist")]
        issues: list[CheckIssue] = []
        for table in self.config.tables:
            try:
                sheet = self._sheet(table)
            except FileNotFoundError:
                issues.append(CheckIssue("error", src, table.name, f"file {self.path(table)} does not exist"))
                continue
            except (OSError, UnicodeDecodeError, csv.Error) as exc:
                issues.append(CheckIssue("error", src, table.name, f"cannot read {self.path(table)}: "
                                         f"{describe_error(exc)}"))
                continue
            for col, key in table.referenced_columns().items():
                if col not in sheet.header:
                    issues.append(CheckIssue("error", src, table.name, f"column {col!r} (from `{key}`) is not "
                                             f"in the header; the file has: {', '.join(sheet.header)}"))
            if len(sheet.rows) > 50_000:
                issues.append(CheckIssue("warning", src, table.name, f"{len(sheet.rows)} rows: CSV lookups "
                                         "scan the whole file; consider a database"))
        return issues


def _find(sheet: _Sheet, table: TableConfig, row: PlannedRow) -> dict[str, str] | None:
    key = {k: to_text(v) for k, v in row.key.items()}
    for r in sheet.rows:
        if all(r.get(k) == v for k, v in key.items()):
            return r
    return None


def _apply_row(sheet: _Sheet, table: TableConfig, action: PlannedAction, row: PlannedRow,
               item: ReportItem) -> None:
    """The CSV twin of SqlBackend._apply_one: same guard, same idempotency rules."""
    current = _find(sheet, table, row)
    guarded = current is not None and all(current.get(k) == to_text(v) for k, v in row.guard.items())
    if action.action == "rectify":
        for change in row.changes:
            if current is not None and guarded and same_value(current.get(change.column), change.old):
                current[change.column] = to_text(change.new)
                item.changed += 1
                item.changes.append(change)
            elif current is not None and same_value(current.get(change.column), change.new):
                item.already_done += 1
            else:
                item.conflicts += 1
        return
    if action.action == "delete" or (action.action == "suppress" and not action.values):
        if current is None:
            item.already_done += 1
        elif guarded:
            sheet.rows.remove(current)
            item.changed += 1
        else:
            item.conflicts += 1
        return
    if current is None or all(same_value(current.get(k), v) for k, v in action.values.items()):
        item.already_done += 1
    elif guarded:
        current.update({k: to_text(v) for k, v in action.values.items()})
        item.changed += 1
    else:
        item.conflicts += 1
