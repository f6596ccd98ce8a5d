"""Lookup results and plans as text for people: identity codes masked, nothing changed.

Used by the `dsarbot sources` commands and by fulfilment (which stores masked lookups on the case).
This is the data-source layer's own presentation; it knows nothing of cases or of the CLI.
"""

from __future__ import annotations

from typing import Any

from .config import SourcesConfig
from .identifiers import mask_hetu, mask_hetus_in
from .results import FindResult, Plan

ACTION_WORDS = {"delete": "delete", "anonymise": "anonymise", "keep": "KEEP", "restrict": "restrict",
                "suppress": "suppress marketing", "rectify": "rectify"}


def hetu_columns(config: SourcesConfig) -> set[tuple[str, str, str]]:
    """(source, table, column) of every identity-code column in the mapping."""
    return {(s.name, t.name, c.column) for s in config.sources for t in s.tables for c in t.identifiers.hetu}


def safe(value: object) -> str:
    """*value* as text with any identity code in it masked."""
    return mask_hetus_in("" if value is None else str(value))


def masked_find(found: FindResult, config: SourcesConfig) -> dict[str, Any]:
    """The FindResult as a dict with every identity code masked (for printing, Slack, logs)."""
    hetu_cols = hetu_columns(config)
    data = found.to_dict()
    for t in data["tables"]:
        for r in t["rows"]:
            for k, v in list(r["values"].items()):
                if isinstance(v, str):
                    hetu = (t["source"], t["table"], k) in hetu_cols
                    r["values"][k] = mask_hetu(v) if hetu and v else mask_hetus_in(v)
            r["guard"] = {k: mask_hetus_in(str(v)) for k, v in r["guard"].items()}
    return data


def render_find(found: FindResult, config: SourcesConfig) -> str:
    """Human-readable lookup result (identity codes masked)."""
    lines = [f"searched by: {', '.join(found.searched) or '-'}; {found.row_count} row(s) found"]
    data = masked_find(found, config)
    for t in data["tables"]:
        head = f"\n{t['label']} ({t['source']}.{t['table']}): {len(t['rows'])} row(s)"
        lines.append(head + (f"  ERROR {t['error']}" if t["error"] else ""))
        for r in t["rows"]:
            extra = f"  ⚠ differs: {', '.join(r['conflicts'])}" if r["conflicts"] else ""
            lines.append(f"  - matched by {', '.join(r['matched_by'])}{extra}")
            lines.extend(f"      {k}: {safe(v)}" for k, v in r["values"].items())
    lines.extend(f"\nnote: {h}" for h in found.hints())
    return "\n".join(lines)


def render_plan(plan: Plan, config: SourcesConfig | None = None) -> str:
    """Human-readable plan (what would change, what is kept and why, until when, whom to tell).

    With the mapping (*config*), each Art. 19 recipient says whether dsarbot mails it or staff tell it.
    """
    contacts = config.recipients if config is not None else {}
    lines = [f"plan for: {', '.join(plan.kinds)} (as of {plan.as_of})"]
    if plan.is_empty:
        lines.append("nothing to change")
    for a in plan.actions:
        keys = ", ".join(safe(",".join(map(str, r.key.values()))) for r in a.rows[:10])
        more = f" (+{len(a.rows) - 10} more)" if len(a.rows) > 10 else ""
        lines.append(f"- {a.label} ({a.source}.{a.table}): {ACTION_WORDS.get(a.action, a.action)} "
                     f"{len(a.rows)} row(s) [{keys}{more}]")
        if a.action == "keep":
            lines.append(f"    reason: {a.reason}; until {a.until or 'unknown (no date)'}")
        if a.values:
            lines.append("    set " + ", ".join(f"{k} = {v}" for k, v in a.values.items()))
        for r in a.rows:
            lines.extend(f"    {c.column}: {safe(c.old)!r} -> {safe(c.new)!r}" for c in r.changes)
        if a.note:
            lines.append(f"    note: {a.note}")
        if a.recipients and a.action != "keep":
            who = [f"{r} (notice by e-mail to {contacts[r].email})" if r in contacts
                   else f"{r} (staff tell them)" if config is not None else r for r in a.recipients]
            lines.append(f"    tell recipients (Art. 19): {', '.join(who)}")
    lines.extend(f"note: {safe(n)}" for n in plan.notes)
    return "\n".join(lines)
