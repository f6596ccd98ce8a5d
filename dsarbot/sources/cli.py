"""`dsarbot sources …`: check the mapping, look a person up, and preview what fulfilment would do.

Nothing here changes data: `plan` only shows the plan (executing happens after staff approval, from
the case). Identity codes are always masked in the output.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer

from .config import SourcesConfig, SourcesConfigError
from .identifiers import Identifiers, mask_hetu, mask_hetus_in
from .planner import KINDS
from .results import Correction, FindResult, Plan
from .service import DataSources

app = typer.Typer(
    help=(
        "Data sources: the databases and CSV files that hold people's data (config/sources.toml).\n\n"
        "Start with `check` (does the mapping fit the real tables? are lookups indexed?), then try "
        "`find --email someone@example.fi` and `plan --email … --kind erasure` to see what a request "
        "would do, or `plan-case DSAR-2026-0001` for what approving a case would do. Nothing here "
        "changes data. See config/sources.example.toml for the mapping."
    ),
    no_args_is_help=True,
)

ConfigOpt = Annotated[Path, typer.Option("--config", "-c", envvar="DSARBOT_SOURCES",
                                         help="The sources mapping (TOML).")]
EmailOpt = Annotated[str | None, typer.Option("--email", help="E-mail address (case does not matter).")]
PhoneOpt = Annotated[str | None, typer.Option("--phone", help="Phone number in any format (040 123 4567, +358…).")]
HetuOpt = Annotated[str | None, typer.Option("--hetu", help="Finnish identity code, exactly (century sign matters).")]
CustOpt = Annotated[str | None, typer.Option("--customer-number", help="Customer number.")]
NameOpt = Annotated[str | None, typer.Option("--name", help="Name: only a hint; never selects rows by itself.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (identity codes masked).")]
DEFAULT_CONFIG = Path("config/sources.toml")


def _open(config: Path) -> DataSources:
    try:
        return DataSources.from_file(config)
    except SourcesConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None


def _identifiers(email: str | None, phone: str | None, hetu: str | None, customer_number: str | None,
                 name: str | None) -> Identifiers:
    ids = Identifiers(email=email, phone=phone, hetu=hetu, name=name, customer_number=customer_number)
    if ids.is_empty():
        typer.echo("give at least one of --email, --phone, --hetu, --customer-number "
                   "(a name alone never selects anyone)", err=True)
        raise typer.Exit(2)
    return ids


def _hetu_columns(config: SourcesConfig) -> set[tuple[str, str, str]]:
    return {(s.name, t.name, c.column) for s in config.sources for t in s.tables for c in t.identifiers.hetu}


def _safe(value: object) -> str:
    return mask_hetus_in("" if value is None else str(value))


def masked_find(found: FindResult, config: SourcesConfig) -> dict[str, object]:
    """The FindResult as a dict with every identity code masked (for printing, Slack, logs)."""
    hetu_cols = _hetu_columns(config)
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
    for t in data["tables"]:  # type: ignore[attr-defined]
        head = f"\n{t['label']} ({t['source']}.{t['table']}): {len(t['rows'])} row(s)"
        lines.append(head + (f"  ERROR {t['error']}" if t["error"] else ""))
        for r in t["rows"]:
            extra = f"  ⚠ differs: {', '.join(r['conflicts'])}" if r["conflicts"] else ""
            lines.append(f"  - matched by {', '.join(r['matched_by'])}{extra}")
            lines.extend(f"      {k}: {_safe(v)}" for k, v in r["values"].items())
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
        keys = ", ".join(_safe(",".join(map(str, r.key.values()))) for r in a.rows[:10])
        more = f" (+{len(a.rows) - 10} more)" if len(a.rows) > 10 else ""
        desc = {"delete": "delete", "anonymise": "anonymise", "keep": "KEEP", "restrict": "restrict",
                "suppress": "suppress marketing", "rectify": "rectify"}.get(a.action, a.action)
        lines.append(f"- {a.label} ({a.source}.{a.table}): {desc} {len(a.rows)} row(s) [{keys}{more}]")
        if a.action == "keep":
            lines.append(f"    reason: {a.reason}; until {a.until or 'unknown (no date)'}")
        if a.values:
            lines.append("    set " + ", ".join(f"{k} = {v}" for k, v in a.values.items()))
        for r in a.rows:
            lines.extend(f"    {c.column}: {_safe(c.old)!r} -> {_safe(c.new)!r}" for c in r.changes)
        if a.note:
            lines.append(f"    note: {a.note}")
        if a.recipients and a.action != "keep":
            who = [f"{r} (notice by e-mail to {contacts[r].email})" if r in contacts
                   else f"{r} (staff tell them)" if config is not None else r for r in a.recipients]
            lines.append(f"    tell recipients (Art. 19): {', '.join(who)}")
    lines.extend(f"note: {_safe(n)}" for n in plan.notes)
    return "\n".join(lines)


@app.command()
def check(
    config: ConfigOpt = DEFAULT_CONFIG,
    create_indexes: Annotated[bool, typer.Option("--create-indexes",
                                                 help="Create the missing lookup indexes.")] = False,
) -> None:
    """Connect to every source and compare the mapping with the real tables and columns.

    Missing tables or columns are errors (exit code 1); identifier columns without an index are
    warnings (lookups would scan the whole table; --create-indexes fixes that).
    """
    with _open(config) as sources:
        if create_indexes:
            for name in sources.create_indexes():
                typer.echo(f"created index {name}")
        issues = sources.check()
        for issue in issues:
            typer.echo(str(issue))
        errors = sum(1 for i in issues if i.level == "error")
        tables = sum(len(s.tables) for s in sources.config.sources)
        typer.echo(f"{len(sources.config.sources)} source(s), {tables} table(s): {errors} error(s), "
                   f"{len(issues) - errors} warning(s)")
        contacts = sources.config.recipients
        for name in sources.config.recipient_names():
            how = f"notice by e-mail to {contacts[name].email}" if name in contacts else "staff tell them (no address)"
            typer.echo(f"Art. 19 recipient {name}: {how}")
        if errors:
            raise typer.Exit(1)


@app.command()
def find(
    email: EmailOpt = None, phone: PhoneOpt = None, hetu: HetuOpt = None, customer_number: CustOpt = None,
    name: NameOpt = None, as_json: JsonOpt = False, config: ConfigOpt = DEFAULT_CONFIG,
) -> None:
    """Show every row that belongs to a person, by e-mail, phone, identity code or customer number.

    Rows are selected by exact identifiers only; with --name, rows that merely share the name are
    counted as a hint for staff and not included. Example:
    `dsarbot sources find --email matti.virtanen@example.fi --name "Matti Virtanen"`
    """
    ids = _identifiers(email, phone, hetu, customer_number, name)
    with _open(config) as sources:
        found = sources.find(ids)
        if as_json:
            typer.echo(json.dumps(masked_find(found, sources.config), ensure_ascii=False, indent=2))
        else:
            typer.echo(render_find(found, sources.config))


@app.command()
def plan(
    kind: Annotated[list[str], typer.Option("--kind", "-k", help=f"Request kind, repeatable: {', '.join(KINDS)}.")],
    email: EmailOpt = None, phone: PhoneOpt = None, hetu: HetuOpt = None, customer_number: CustOpt = None,
    name: NameOpt = None,
    correct: Annotated[list[str] | None, typer.Option(
        "--correct", help="Approved rectification FIELD=VALUE (e.g. phone=+358401234567, last_name=Nieminen); "
                          "repeatable.")] = None,
    today: Annotated[str | None, typer.Option(help="Compare retention periods with this date (YYYY-MM-DD).")] = None,
    as_json: JsonOpt = False, config: ConfigOpt = DEFAULT_CONFIG,
) -> None:
    """Preview what fulfilment would do for a person; changes nothing.

    Shows per table: delete / anonymise / KEEP (with the legal reason and until when) / restrict /
    suppress marketing / rectify old -> new, and whom to tell (Art. 19).

    Example: `dsarbot sources plan --email matti.virtanen@example.fi --kind erasure --kind objection`
    """
    ids = _identifiers(email, phone, hetu, customer_number, name)
    corrections = []
    for item in correct or []:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            typer.echo(f"--correct expects FIELD=VALUE, got {item!r}", err=True)
            raise typer.Exit(2)
        corrections.append(Correction(field_type=field.strip(), new_value=value.strip()))
    with _open(config) as sources:
        try:
            result = sources.plan(kind, ids, corrections, dt.date.fromisoformat(today) if today else None)
        except ValueError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(2) from None
        typer.echo(mask_hetus_in(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
                   if as_json else render_plan(result, sources.config))


@app.command("plan-case")
def plan_case(
    reference: Annotated[str, typer.Argument(help="The case reference, e.g. DSAR-2026-0042.")],
    config: Annotated[Path | None, typer.Option(
        "--config", "-c", help="The sources mapping (default: the one fulfilment uses: paths.sources, else the "
                               "demo mapping in the data folder).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Preview what approving case REF would do to the data sources; changes nothing.

    Uses the case's kinds, the requester's verified address and identity code (a phone number in the
    mail is not used), and the corrections shown on the card. Erasure shows the plan stored when the
    case was looked up — the one approval executes. Example: `dsarbot sources plan-case DSAR-2026-0001`
    """
    # Imported here: the case database is only needed by this command.
    from dsarbot import store
    from dsarbot.cli.common import fail, runtime_or_exit
    from dsarbot.fulfil import context as cx
    from dsarbot.fulfil.sources import fulfil_identifiers, sources_path
    from dsarbot.fulfil.steps import approved_corrections

    rt = runtime_or_exit()
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        if case is None:
            fail(f"no case has the reference {reference!r}", 2)
        session.expunge(case)
    path = config or sources_path(rt.settings)
    if path is None:
        fail("no data sources are configured (paths.sources), and there is no demo mapping; "
             "fulfilment would answer as if nothing was found", 1)
    kinds = [k for k in case.kinds if not (k == "objection" and case.data.get("marketing_objection"))]
    stored = case.data.get("plan_sealed")
    with _open(path) as sources:
        ids = fulfil_identifiers(case, rt.sealer)
        found = sources.find(ids)
        plans = [sources.plan_for(found, [k for k in kinds if k != "erasure" or not stored],
                                  approved_corrections(case))]
        if "erasure" in kinds and stored:
            plans.append(cx.open_plan(stored, rt.sealer))
        if as_json:
            typer.echo(json.dumps({"reference": case.reference, "kinds": case.kinds,
                                   "found_summary": cx.found_summary(found, None, sources.config),
                                   "plans": [cx.masked_plan_dict(p, sources.config) for p in plans]},
                                  ensure_ascii=False, indent=2))
            return
        typer.echo(f"{case.reference} ({case.state}; {'verified' if case.verified else 'NOT verified'}): "
                   f"{', '.join(case.kinds)}")
        for line in cx.found_summary(found, None, sources.config) or ["nothing found"]:
            typer.echo(f"  {line}")
        if "objection" in case.kinds and case.data.get("marketing_objection"):
            typer.echo("objection to direct marketing: already carried out when the case opened (Art. 21(3))")
        for p in plans:
            if p.kinds:
                typer.echo("")
                typer.echo(render_plan(p, sources.config) + ("\n(the plan stored at lookup; approval executes it)"
                                             if p.kinds == ["erasure"] and stored and len(plans) > 1 else ""))
