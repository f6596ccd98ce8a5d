"""`dsarbot sources …`: check the mapping, look a person up, and preview what fulfilment would do.

Nothing here changes data: `plan` and `plan-case` only show the plan (executing happens after staff
approval, from the case). Identity codes are always masked in the output. Every command uses the
mapping fulfilment uses (`dsarbot.fulfil.sources.sources_path`) unless --config names another.
Heavy modules (SQLAlchemy, the data-source backends) are imported inside the commands, so that
`dsarbot --help` stays fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dsarbot.cli.common import fail, settings_or_exit

if TYPE_CHECKING:
    from dsarbot.sources import DataSources, Identifiers

KINDS = ("access", "rectification", "erasure", "restriction", "objection", "portability")

app = typer.Typer(
    help=(
        "Data sources: the databases and CSV files that hold people's data (config/sources.toml).\n\n"
        "Start with `check` (does the mapping fit the real tables? are lookups indexed?), then try "
        "`find --email someone@example.fi` and `plan --email … --kind erasure` to see what a request "
        "would do, or `plan-case DSAR-2026-0001` for what approving a case would do. Nothing here "
        "changes data. Every command reads the mapping `dsarbot run` uses: `paths.sources`, else "
        "config/sources.toml, else the demo register written by `dsarbot demo`. See "
        "config/sources.example.toml for the mapping.\n\n"
        "Example: `dsarbot sources find --email matti.virtanen@example.fi`"
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
)

ConfigOpt = Annotated[Path | None, typer.Option(
    "--config", "-c", envvar="DSARBOT_SOURCES",
    help="The sources mapping (TOML). Default: the one `dsarbot run` uses (paths.sources, else "
         "config/sources.toml, else the demo mapping).")]
EmailOpt = Annotated[str | None, typer.Option("--email", help="E-mail address (case does not matter).")]
PhoneOpt = Annotated[str | None, typer.Option("--phone", help="Phone number in any format (040 123 4567, +358…).")]
HetuOpt = Annotated[str | None, typer.Option("--hetu", help="Finnish identity code, exactly (century sign matters).")]
CustOpt = Annotated[str | None, typer.Option("--customer-number", help="Customer number.")]
NameOpt = Annotated[str | None, typer.Option("--name", help="Name: only a hint; never selects rows by itself.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (identity codes masked).")]


def mapping_path(config: Path | None) -> Path:
    """*config*, else the mapping fulfilment uses; exit 2 with what to do when there is none."""
    if config is not None:
        return config
    from dsarbot.fulfil.sources import default_sources_file, sources_path

    settings = settings_or_exit()
    path = sources_path(settings)
    if path is None:
        fail(f"no data sources are configured: neither paths.sources nor {default_sources_file(settings)} "
             "is set up. Write the mapping there (see config/sources.example.toml), or run `dsarbot demo` "
             "for the demo register, or give --config FILE.", 2)
    return path


def _open(config: Path | None) -> DataSources:
    from dsarbot.sources import DataSources, SourcesConfigError

    path = mapping_path(config)
    try:
        return DataSources.from_file(path)
    except SourcesConfigError as exc:
        fail(str(exc), 2)


def _identifiers(email: str | None, phone: str | None, hetu: str | None, customer_number: str | None,
                 name: str | None) -> Identifiers:
    from dsarbot.sources import Identifiers

    ids = Identifiers(email=email, phone=phone, hetu=hetu, name=name, customer_number=customer_number)
    if ids.is_empty():
        fail("give at least one of --email, --phone, --hetu, --customer-number "
             "(a name alone never selects anyone)", 2)
    return ids


@app.command()
def check(
    config: ConfigOpt = None,
    create_indexes: Annotated[bool, typer.Option("--create-indexes",
                                                 help="Create the missing lookup indexes.")] = False,
) -> None:
    """Connect to every source and compare the mapping with the real tables and columns.

    Missing tables or columns are errors (exit code 1); identifier columns without an index are
    warnings (lookups would scan the whole table; --create-indexes fixes that).

    Example: `dsarbot sources check`, or `dsarbot sources check --config config/sources.toml --create-indexes`
    """
    with _open(config) as sources:
        typer.echo(f"mapping: {mapping_path(config)}")
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
    name: NameOpt = None, as_json: JsonOpt = False, config: ConfigOpt = None,
) -> None:
    """Show every row that belongs to a person, by e-mail, phone, identity code or customer number.

    Rows are selected by exact identifiers only; with --name, rows that merely share the name are
    counted as a hint for staff and not included.

    Example: `dsarbot sources find --email matti.virtanen@example.fi --name "Matti Virtanen"`
    """
    from dsarbot.sources.render import masked_find, render_find

    ids = _identifiers(email, phone, hetu, customer_number, name)
    with _open(config) as sources:
        found = sources.find(ids)
        if as_json:
            typer.echo(json.dumps(masked_find(found, sources.config), ensure_ascii=False, indent=2))
        else:
            typer.echo(render_find(found, sources.config))


@app.command()
def plan(
    kind: Annotated[list[str], typer.Option("--kind", "-k", metavar="KIND",
                                            help=f"Request kind, repeatable: {', '.join(KINDS)}.")],
    email: EmailOpt = None, phone: PhoneOpt = None, hetu: HetuOpt = None, customer_number: CustOpt = None,
    name: NameOpt = None,
    correct: Annotated[list[str] | None, typer.Option(
        "--correct", metavar="FIELD=VALUE",
        help="Approved rectification FIELD=VALUE (e.g. phone=+358401234567, last_name=Nieminen); repeatable.")]
    = None,
    today: Annotated[str | None, typer.Option(help="Compare retention periods with this date (YYYY-MM-DD).")] = None,
    as_json: JsonOpt = False, config: ConfigOpt = None,
) -> None:
    """Preview what fulfilment would do for a person; changes nothing.

    Shows per table: delete / anonymise / KEEP (with the legal reason and until when) / restrict /
    suppress marketing / rectify old -> new, and whom to tell (Art. 19).

    Example: `dsarbot sources plan --email matti.virtanen@example.fi --kind erasure --kind objection`
    """
    import datetime as dt

    from dsarbot.sources import Correction
    from dsarbot.sources.identifiers import mask_hetus_in
    from dsarbot.sources.render import render_plan

    ids = _identifiers(email, phone, hetu, customer_number, name)
    corrections = []
    for item in correct or []:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            fail(f"--correct expects FIELD=VALUE, got {item!r}", 2)
        corrections.append(Correction(field_type=field.strip(), new_value=value.strip()))
    with _open(config) as sources:
        try:
            result = sources.plan(kind, ids, corrections, dt.date.fromisoformat(today) if today else None)
        except ValueError as exc:
            fail(str(exc), 2)
        typer.echo(mask_hetus_in(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
                   if as_json else render_plan(result, sources.config))


@app.command("plan-case")
def plan_case(
    reference: Annotated[str, typer.Argument(help="The case reference, e.g. DSAR-2026-0042.")],
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Preview what approving case REF would do to the data sources; changes nothing.

    The same preview the dashboard shows next to Approve and the Slack card shows: the case's kinds,
    the requester's verified address and identity code (a phone number in the mail is not used), the
    corrections staff approved, and for an erasure the plan stored when the case was looked up — the
    one approval executes.

    Example: `dsarbot sources plan-case DSAR-2026-0001`
    """
    from dsarbot import store
    from dsarbot.cli.common import runtime_or_exit
    from dsarbot.fulfil.preview import approval_plan, fulfilled_kinds
    from dsarbot.sources.render import render_plan

    rt = runtime_or_exit()
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        if case is None:
            fail(f"no case has the reference {reference!r}", 2)
        done = fulfilled_kinds(session, case)
        session.expunge(case)
    with _open(config) as sources:
        result = approval_plan(case, rt.sealer, sources, done=done)
        if as_json:
            typer.echo(json.dumps(result.to_dict(sources.config), ensure_ascii=False, indent=2))
            return
        typer.echo(f"{case.reference} ({case.state}; {'verified' if case.verified else 'NOT verified'}): "
                   f"{', '.join(case.kinds)}")
        for line in result.found:
            typer.echo(f"  {line}")
        typer.echo("\nWhat approving does:")
        for step in result.steps:
            typer.echo(f"  {step.title}:")
            typer.echo("\n".join(f"    - {line}" for line in step.lines))
        for step in result.steps:
            if step.plan is not None and step.plan.actions:
                note = "\n(the plan stored at lookup; approval executes it)" if step.stored else ""
                typer.echo("\n" + render_plan(step.plan, sources.config) + note)
