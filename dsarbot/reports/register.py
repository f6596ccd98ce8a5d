"""The register of requests as CSV: one row per request of the period, for an auditor or the board.

No mail text and no identity codes; the requester appears as a pseudonym (a keyed hash of the address,
the same for the same person in every export of this deployment, meaningless without its key) unless
the caller asks for the address. Column names and values are English codes so that scripts can rely on
them whatever the staff language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import date

from dsarbot.reports import reasons
from dsarbot.reports.facts import CaseFacts

COLUMNS = ("reference", "controller", "received", "due", "answered", "kinds", "language", "outcome",
           "on_time", "extended", "rejection_ground", "decided_by", "requester")


def pseudonym(keyed_hash: Callable[[str], str], email: str | None) -> str:
    """`p-` and 12 hex digits of a keyed hash of the address ('' when there is none)."""
    if not email:
        return ""
    return "p-" + keyed_hash("report-requester:" + email.strip().lower())[:12]


def rows(cases: Iterable[CaseFacts], today: date, keyed_hash: Callable[[str], str], *,
         with_requester: bool = False) -> list[dict[str, str]]:
    """One dict per request (not-requests and undecided triage are left out), oldest first."""
    out = []
    for f in cases:
        if not f.is_request:
            continue
        timely = f.timeliness(today)
        out.append({
            "reference": f.row.reference, "controller": f.row.controller_id,
            "received": f.received_on.isoformat(), "due": f.due.isoformat(),
            "answered": f.answered_on.isoformat() if f.answered_on else "",
            "kinds": ";".join(f.row.kinds), "language": f.row.language, "outcome": f.outcome,
            "on_time": {"on_time": "yes", "late": "no"}.get(timely or "", ""),
            "extended": "yes" if f.row.extended else "no",
            "rejection_ground": reasons.ground(f.rejection_reason) if f.row.state == "rejected" else "",
            "decided_by": "; ".join(f.decided_by),
            "requester": (f.row.requester_email or "") if with_requester
            else pseudonym(keyed_hash, f.row.requester_email),
        })
    return out


def to_csv(records: Iterable[dict[str, str]]) -> str:
    """The records as CSV text (RFC 4180, CRLF line ends, header first)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for record in records:
        # A spreadsheet runs a cell that starts with = + - @ as a formula; staff names are not formulas.
        writer.writerow({k: ("'" + v if v[:1] in ("=", "+", "-", "@") else v) for k, v in record.items()})
    return buf.getvalue()
