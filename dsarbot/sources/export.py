"""Exports for access (Art. 15: every row found) and portability (Art. 20: only what the person gave us).

Both come as JSON (structured, one object per table) and CSV (one line per value, so tables with
different columns fit one machine-readable file).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from .config import SourcesConfig
from .results import FindResult

FORMAT = "dsarbot-export/1"


def export_tables(config: SourcesConfig, found: FindResult, portability: bool = False,
                  language: str | None = None, default: str | None = None) -> list[dict[str, Any]]:
    """Per table: label (in *language*, else *default*) and rows (all columns, or only `provided` ones)."""
    tables: list[dict[str, Any]] = []
    for match in found.tables:
        if not match.rows:
            continue
        columns: list[str] | None = None
        if portability:
            try:
                columns = list(config.source(match.source).table(match.table).provided)
            except KeyError:
                columns = []
            if not columns:
                continue  # nothing in this table was provided by the person
        rows = [
            {k: v for k, v in r.values.items() if columns is None or k in columns}
            for r in match.rows
        ]
        label = config.table_label(match.source, match.table, language, default) if language or default \
            else match.label
        tables.append({"source": match.source, "table": match.table, "label": label, "rows": rows})
    return tables


def export(config: SourcesConfig, found: FindResult, portability: bool = False,
           language: str | None = None, default: str | None = None) -> tuple[bytes, bytes]:
    """(JSON bytes, CSV bytes) of the person's data; CSV columns: source, table, label, record, field, value.

    Labels are in *language* (the requester's), else *default*.
    """
    tables = export_tables(config, found, portability, language, default)
    doc = {
        "format": FORMAT,
        "purpose": "portability" if portability else "access",
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "tables": tables,
    }
    json_bytes = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["source", "table", "label", "record", "field", "value"])
    for t in tables:
        for n, row in enumerate(t["rows"], start=1):
            for field, value in row.items():
                text = "" if value is None else (str(value).lower() if isinstance(value, bool) else str(value))
                writer.writerow([t["source"], t["table"], t["label"], n, field, text])
    # UTF-8 with BOM: Excel (what most recipients open a CSV with) then shows ä and ö correctly.
    return json_bytes, buf.getvalue().encode("utf-8-sig")
