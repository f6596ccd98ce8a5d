"""Turn what the data sources found and did into words: card lines for staff, reply parts for the requester.

Nothing here touches a database. Card lines carry counts and labels only, never row contents or
identity codes; reply parts carry the person's own data (they go to the verified requester).
Labels of sources and tables come in the reply's language (`label = { fi = …, sv = …, en = … }` in the
mapping), falling back to the controller's default language — never silently to Finnish; staff lines
use the label written first.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from dsarbot.i18n import N_
from dsarbot.messages import Msg, Said, lazy, lazy_plural
from dsarbot.replies import FieldChange, FoundSource, KeptItem
from dsarbot.secrets import Sealer
from dsarbot.sources import FindResult, Plan, Report, SourcesConfig, mask_hetu
from dsarbot.sources.identifiers import mask_hetus_in
from dsarbot.sources.render import hetu_columns, masked_find

ROW_WORDS = {"fi": ("rivi", "riviä"), "sv": ("rad", "rader"), "en": ("row", "rows")}
YES_NO = {"fi": ("kyllä", "ei"), "sv": ("ja", "nej"), "en": ("yes", "no")}
# Identifier types that release or change data (see fulfil.sources.fulfil_identifiers).
TRUSTED_MATCHES = ("email", "hetu")


def _lang(language: str | None) -> str:
    return language if language in ROW_WORDS else "en"


def rows_text(n: int, language: str | None = "en") -> str:
    """'1 row' / '3 rows' in the reply's language."""
    one, many = ROW_WORDS[_lang(language)]
    return f"{n} {one if n == 1 else many}"


def source_label(config: SourcesConfig, name: str, language: str | None = None, default: str | None = None) -> str:
    """The label of source *name* shown to people in *language* (else *default*; its name when it has none)."""
    return config.source_label(name, language, default)


# --- for staff (the card) --------------------------------------------------------------------------

def found_summary(found: FindResult, broad: FindResult | None, config: SourcesConfig) -> list[str]:
    """Short lines for the card: rows per table and how they matched, name hints, conflicts, errors.

    *found* is what fulfilment will act on; *broad* the lookup with every identifier in the mail, whose
    extra rows (matched only by a phone number in the mail) are counted but not acted on.
    """
    lines: list[str] = []
    for t in found.tables:
        if not t.rows:
            continue
        how = sorted({m for r in t.rows for m in r.matched_by})
        lines.append(f"{source_label(config, t.source)} › {t.label}: {rows_text(len(t.rows))} "
                     f"(matched by {', '.join(how)})")
        for r in t.rows:
            if r.conflicts:
                lines.append(f"⚠ {t.label}: a row matched by {', '.join(r.matched_by)} holds a different "
                             f"{', '.join(r.conflicts)} — check it is the same person")
    if broad is not None:
        for t in broad.tables:
            mine = found.match(t.source, t.table)
            extra = len(t.rows) - (len(mine.rows) if mine else 0)
            if extra > 0:
                lines.append(f"⚠ {source_label(config, t.source)} › {t.label}: {rows_text(extra)} more matched "
                             "only by the phone number in the mail — not released or changed; check by hand")
    lines.extend(found.hints())
    lines.extend(f"⚠ could not search {e}" for e in found.errors)
    return [mask_hetus_in(line) for line in lines]


def address_found(found: FindResult) -> bool:
    """True when some row carries the requester's e-mail address (DESIGN "Identity": else flag it)."""
    return any("email" in r.matched_by for t in found.tables for r in t.rows)


def plan_lines(plan: Plan, config: SourcesConfig) -> list[str]:
    """What executing *plan* will do, one line per action (counts, labels, reasons; no row contents).

    Each line is English text that staff also read in their own language (`messages.Said`)."""
    lines: list[str] = []
    for a in plan.actions:
        where = f"{source_label(config, a.source)} › {a.label}"
        rows = lazy_plural("%(n)s row", "%(n)s rows", len(a.rows))
        if a.action == "rectify":
            lines.extend(Said(lazy("correct %(where)s: %(column)s %(old)s → %(new)s", where=where, column=c.column,
                                   old=_show(c.old), new=_show(c.new))) for r in a.rows for c in r.changes)
        elif a.action == "keep":
            until = _day(a.until) or lazy("unknown")
            lines.append(Said(lazy("keep %(where)s: %(rows)s (%(reason)s, until %(until)s)", where=where, rows=rows,
                                   reason=a.reason or "", until=until)))
        elif a.action in ACTION_LINES:
            lines.append(Said(Msg(ACTION_LINES[a.action], (("where", where), ("rows", rows)))))
        else:
            lines.append(f"{a.action} {where}: {rows_text(len(a.rows))}")
    return lines


ACTION_LINES = {"delete": N_("delete %(where)s: %(rows)s"), "anonymise": N_("anonymise %(where)s: %(rows)s"),
                "restrict": N_("restrict %(where)s: %(rows)s"), "suppress": N_("stop marketing in %(where)s: %(rows)s")}
"""A plan's action in words for staff (rectify and keep have lines of their own)."""


def _day(text: str | None) -> dt.date | str | None:
    """An ISO date as a date (shown in the reader's convention); other text as it is."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return text


def _show(value: Any) -> str | Msg:
    return lazy("(empty)") if value in (None, "") else mask_hetus_in(str(value))


# --- storing plans and results on the case -----------------------------------------------------------

def masked_found_dict(found: FindResult, config: SourcesConfig) -> dict[str, Any]:
    """FindResult.to_dict() with identity codes masked: what the case keeps for staff to look at."""
    return masked_find(found, config)


def masked_plan_dict(plan: Plan, config: SourcesConfig) -> dict[str, Any]:
    """Plan.to_dict() with identity codes masked (guards and keys may hold them) for display."""
    hetu_cols = hetu_columns(config)
    data = plan.to_dict()
    for a in data["actions"]:
        for r in a["rows"]:
            for part in ("key", "guard"):
                r[part] = {k: (mask_hetu(str(v)) if (a["source"], a["table"], k) in hetu_cols and v
                               else mask_hetus_in(v) if isinstance(v, str) else v)
                           for k, v in r[part].items()}
    return data


def seal_plan(plan: Plan, sealer: Sealer) -> str:
    """The full plan (guards may hold identity codes) sealed as text for the case's JSON data."""
    return sealer.seal(json.dumps(plan.to_dict()).encode("utf-8")).decode("ascii")


def open_plan(sealed: str, sealer: Sealer) -> Plan:
    """The plan sealed by :func:`seal_plan`."""
    return Plan.from_dict(json.loads(sealer.open(sealed.encode("ascii"))))


def found_counts(found: dict[str, Any]) -> dict[str, Any]:
    """What the case keeps of a lookup after erasure: where and how many rows, no contents."""
    return {"searched": found.get("searched", []), "found_at": found.get("found_at", ""),
            "tables": [{"source": t["source"], "table": t["table"], "label": t["label"], "rows": len(t["rows"])}
                       for t in found.get("tables", []) if t.get("rows")]}


# --- for the requester (reply context) -----------------------------------------------------------------

def value_text(value: Any, language: str) -> str:
    """A row value as reply text: empty for NULL, yes/no in the reply's language for booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        yes, no = YES_NO[_lang(language)]
        return yes if value else no
    return str(value)


def found_sources(found: FindResult, config: SourcesConfig, language: str, default: str | None = None,
                  ) -> list[FoundSource]:
    """The person's rows for the access reply's readable summary (column -> text), labels in *language*.

    Identity codes are masked in the mail body; the attached export holds them in full (mail bodies
    are quoted and forwarded far more often than attachments are).
    """
    hetu_cols = hetu_columns(config)
    out: list[FoundSource] = []
    for t in found.tables:
        if not t.rows:
            continue
        rows = [{k: (mask_hetu(str(v)) if (t.source, t.table, k) in hetu_cols and v else value_text(v, language))
                 for k, v in r.values.items()} for r in t.rows]
        out.append(FoundSource(source=source_label(config, t.source, language, default),
                               table=config.table_label(t.source, t.table, language, default), rows=rows))
    return out


def erasure_parts(report: Report, config: SourcesConfig, language: str, default: str | None = None,
                  ) -> tuple[list[str], list[str], list[KeptItem], list[str]]:
    """(deleted, anonymised, kept, notes for staff) of an erasure report, for `erasure_done` (labels in *language*).

    Rows an earlier attempt already removed count as removed: a retried job must tell the same story.
    """
    deleted: list[str] = []
    anonymised: list[str] = []
    kept: list[KeptItem] = []
    notes: list[str] = []
    for item in report.items:
        where = (f"{source_label(config, item.source, language, default)}: "
                 f"{config.table_label(item.source, item.table, language, default)}")
        done = item.changed + item.already_done
        if item.action == "delete" and done:
            deleted.append(f"{where} ({rows_text(done, language)})")
        elif item.action == "anonymise" and done:
            anonymised.append(f"{where} ({rows_text(done, language)})")
        elif item.action == "keep" and item.planned:
            if item.until:
                kept.append(KeptItem(what=f"{where} ({rows_text(item.planned, language)})",
                                     reason=item.reason or "", until=dt.date.fromisoformat(item.until[:10])))
            else:
                notes.append(Said(lazy("%(where)s: kept under %(reason)s with no date to count from — tell the "
                                       "requester until when by hand.", where=where, reason=item.reason or "")))
        if item.conflicts:
            notes.append(Said(lazy_plural("%(where)s: %(n)s row changed since the plan and was left alone — check it "
                                          "by hand.",
                                          "%(where)s: %(n)s rows changed since the plan and were left alone — check "
                                          "them by hand.", item.conflicts, where=where)))
    return deleted, anonymised, kept, notes


def restrictable_places(found: FindResult, config: SourcesConfig, language: str | None = None,
                        default: str | None = None) -> list[str]:
    """Where processing is restricted: tables with a restriction flag that hold the person's rows."""
    out: list[str] = []
    for t in found.tables:
        try:
            flag = config.source(t.source).table(t.table).restriction
        except KeyError:
            continue
        if flag and t.rows:
            out.append(f"{source_label(config, t.source, language, default)}: "
                       f"{config.table_label(t.source, t.table, language, default)}")
    return out


def rectified_changes(report: Report, plan: Plan) -> list[FieldChange]:
    """The field changes made, for `rectification_done`.

    An action without conflicts applied every planned change (now or in an earlier attempt of the same
    job, which the report counts as already done); otherwise only the ones this run changed are sure.
    """
    out: list[FieldChange] = []
    by_action = {(a.source, a.table): a for a in plan.actions if a.action == "rectify"}
    for item in report.items:
        if item.action != "rectify":
            continue
        action = by_action.get((item.source, item.table))
        changes = ([c for r in action.rows for c in r.changes] if action and not item.conflicts and not item.error
                   else item.changes)
        for c in changes:
            change = FieldChange(field=c.field_type or c.column, old=_plain(c.old), new=_plain(c.new))
            if change not in out:
                out.append(change)
    return out


def _plain(value: Any) -> str:
    return "" if value is None else str(value)

