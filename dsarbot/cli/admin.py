"""Operator commands: check-config, db, keygen, deadline, ingest, reprocess, purge, worker."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from dsarbot import db, deadlines, processing, retention, store, worker
from dsarbot.cli.common import console, err_console, fail, redact_url, runtime_or_exit, settings_or_exit
from dsarbot.config import ConfigError, load_settings
from dsarbot.intake import ingest
from dsarbot.secrets import generate_key

db_app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)


def check_config() -> None:
    """Check the configuration and say in plain words what is wrong (exit 1 if anything is).

    Reads config/dsarbot.toml (or the file in DSARBOT_CONFIG) with the environment overrides,
    then tries the database. Example: `DSARBOT_DATABASE_URL=postgresql://… dsarbot check-config`.
    """
    try:
        settings = load_settings()
    except ConfigError as exc:
        fail(str(exc), 1)
    console.print(f"config file: {settings.source_file or '(none: embedded defaults)'}", highlight=False)
    problems = 0
    url = settings.database_url
    try:
        engine = db.make_engine(url)
        db.ping(engine)
        rev = db.current_revision(engine)
        console.print(f"database: {redact_url(url)} reachable; schema "
                      f"{rev or 'not created yet (run `dsarbot db upgrade`)'}", highlight=False)
    except Exception as exc:  # reported in plain words
        problems += 1
        err_console.print(f"[red]database {redact_url(url)} is not reachable:[/] {type(exc).__name__}: "
                          f"{str(exc).splitlines()[0] if str(exc) else ''}", highlight=False)
    for c in settings.controllers:
        console.print(f"controller {c.id}: {c.legal_name} ({c.business_id}) <{', '.join(c.addresses)}>",
                      highlight=False)
    console.print(f"SMTP intake listens on {settings.intake.smtp_listen}; web on {settings.web.listen}",
                  highlight=False)
    console.print("outbound: " + (redact_url(settings.outbound.smtp_url) if settings.outbound.smtp_url
                                  else f"no relay: mail is written to {settings.outbox_dir}/"),
                  highlight=False)
    console.print("IMAP: " + (redact_url(settings.imap.url) if settings.imap.url else "not configured"),
                  highlight=False)
    slack = settings.slack
    if slack.enabled:
        console.print(f"Slack: on, channel {slack.channel or '(not set!)'}, "
                      f"{len(slack.approvers)} approver(s)", highlight=False)
        if not slack.channel:
            problems += 1
            err_console.print("[red]Slack is on but DSARBOT_SLACK_CHANNEL is not set[/]")
        if not slack.approvers and not slack.approver_group:
            problems += 1
            err_console.print("[red]Slack is on but nobody may approve: set DSARBOT_SLACK_APPROVERS[/]")
    elif slack.bot_token or slack.signing_secret:
        problems += 1
        err_console.print("[red]Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET[/]")
    else:
        console.print("Slack: off (staff decide in the web dashboard or with `dsarbot cases`)")
    if problems:
        raise typer.Exit(1)
    console.print("[green]configuration OK[/]")


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Create or migrate the database schema to the latest version (safe to run again)."""
    settings = settings_or_exit()
    db.upgrade(settings.database_url, revision)
    console.print(f"database {redact_url(settings.database_url)} is at {revision}", highlight=False)


@db_app.command("current")
def db_current() -> None:
    """Print the schema revision the database is at."""
    settings = settings_or_exit()
    print(db.current_revision(db.make_engine(settings.database_url)) or "(empty database)")


def keygen() -> None:
    """Print a new secret key for DSARBOT_SECRET_KEY (seals raw mail and identity codes at rest)."""
    print(generate_key())


def deadline(
    arrival: Annotated[str, typer.Argument(help="Arrival day of the request, YYYY-MM-DD.")],
    extended: Annotated[bool, typer.Option("--extended", help="The latest date an extension may reach "
                                           "(three months).")] = False,
) -> None:
    """Print the due date (ISO) of a request that arrived on ARRIVAL.

    One month as in Regulation 1182/71 (the arrival day does not count; a missing day becomes the
    month's last; a weekend or Finnish holiday moves the end to the next working day).
    Example: `dsarbot deadline 2026-04-01` prints 2026-05-04.
    """
    try:
        day = date.fromisoformat(arrival)
    except ValueError:
        fail(f"{arrival!r} is not a date like 2026-04-01")
    print(deadlines.due_date(day, extended=extended).isoformat())


def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help=".eml files or folders of them.", metavar="FILE|DIR…")],
    json_output: Annotated[bool, typer.Option("--json", help="One JSON line per file.")] = False,
) -> None:
    """Store and process mail files as if they had arrived now (by their Date header when plausible).

    Idempotent: the same mail twice opens one case. Example: `dsarbot ingest ../mails/`.
    """
    rt = runtime_or_exit()
    worker.load_handlers()
    errors = 0
    for path in ingest.expand_paths(paths):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            err_console.print(f"[red]{path}: cannot read: {exc.strerror}[/]", highlight=False)
            errors += 1
            continue
        try:
            row, created = ingest.store_raw(rt, raw, source="cli", received_at=ingest.arrival_for_file(raw))
        except Exception as exc:  # one file must not stop the others; the message is only the type
            err_console.print(f"[red]{path}: could not be stored ({type(exc).__name__}); the other files "
                              "go on. Run the command again for this file after the cause is fixed.[/]",
                              highlight=False)
            errors += 1
            continue
        results = processing.process_pending(rt)
        mine = next((r for r in results if r.message_id == row.id), None)
        action = mine.action if mine else ("duplicate" if not created else "queued")
        reference = mine.case_reference if mine else None
        if json_output:
            print(json.dumps({"file": str(path), "stored": row.id, "action": action, "case": reference}))
        else:
            console.print(f"{path.name}: {action}{' ' + reference if reference else ''}", highlight=False)
    worker.drain(rt)
    if errors:
        raise typer.Exit(1)


def reprocess(
    message_id: Annotated[list[int] | None, typer.Argument(help="Stored message ids (default: all failed).")]
    = None,
) -> None:
    """Process failed messages again (after a fix); they were kept, never dropped."""
    rt = runtime_or_exit()
    with rt.session() as session:
        rows = ([store.message_by_id(session, i) for i in message_id] if message_id
                else list(store.failed_messages(session)))
        for row in rows:
            if row is not None:
                row.status, row.error = "new", None
                session.add(row)
    for r in processing.process_pending(rt):
        console.print(f"message {r.message_id}: {r.action} {r.case_reference or ''} {r.detail}",
                      highlight=False)
    worker.drain(rt)


def purge_cmd() -> None:
    """Apply the retention rules now (the scheduler also runs this daily)."""
    rt = runtime_or_exit()
    with rt.session() as session:
        report = retention.purge(session, rt.settings)
    console.print(f"deleted {report.messages_deleted} non-request message(s); anonymised "
                  f"{report.cases_anonymised} closed case(s)")

