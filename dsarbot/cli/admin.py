"""Operator commands: check-config, db, keygen, deadline, ingest, reprocess, purge, worker."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from dsarbot.cli.common import console, err_console, fail, redact_url, runtime_or_exit, settings_or_exit

if TYPE_CHECKING:
    from dsarbot.config import Settings

db_app = typer.Typer(help="Database schema (Alembic migrations).\n\nExample: `dsarbot db upgrade`",
                     no_args_is_help=True, rich_markup_mode=None)


def check_config(
    connect: Annotated[bool, typer.Option("--connect", help="Also log in to every mailbox and the relay "
                                          "(login, IDLE, folder, secret expiry).")] = False,
) -> None:
    """Check the configuration and say in plain words what is wrong (exit 1 if anything is).

    Reads config/dsarbot.toml (or the file in DSARBOT_CONFIG) with the environment overrides, then
    tries the database, Slack and the data-source mapping fulfilment uses. Every problem is listed
    in one run. With `--connect` it also logs in to each mailbox and the relay; a client secret or
    certificate that ends within 30 days is a warning.

    Example: `DSARBOT_DATABASE_URL=postgresql://… dsarbot check-config --connect`
    """
    from dsarbot.configcheck import check_configuration

    findings = check_configuration()
    # Problems first (they are what the operator came for), then what was found to be in place.
    for f in sorted(findings, key=lambda f: {"error": 0, "warning": 1}.get(f.level, 2)):
        if f.level != "info":
            console.print(f"[{'red' if f.level == 'error' else 'yellow'}]{f.level}:[/] ", end="", highlight=False)
        console.print(f.text, highlight=False, markup=False, soft_wrap=True)
    errors = sum(1 for f in findings if f.level == "error")
    if connect and not errors:
        errors += _connect_report(settings_or_exit())
    if errors:
        console.print(f"[bold red]{errors} problem(s)[/]: fix them and run `dsarbot check-config` again",
                      highlight=False)
        raise typer.Exit(1)
    console.print("[green]configuration OK[/]")


def _connect_report(settings: Settings) -> int:
    """Log in everywhere and print one line per finding; returns how many errors."""
    from dsarbot import doctor
    from dsarbot.models import utcnow

    errors = 0
    for f in doctor.run(settings, utcnow().date()):
        colour = {"ok": "green", "warning": "yellow", "error": "red"}[f.level]
        line = f"[{colour}]{f.level}:[/] {escape(f.subject)}: {escape(f.text)}"
        (err_console if f.level == "error" else console).print(line, highlight=False)
        errors += f.level == "error"
    return errors


def doctor_cmd() -> None:
    """Log in to every mailbox and the relay and say what works (`dsarbot check-config --connect`).

    Example: `dsarbot doctor` prints, per mailbox, the login (or why it failed), IDLE, the folder
    and when the client secret or certificate ends.
    """
    check_config(connect=True)


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Create or migrate the database schema to the latest version (safe to run again).

    Every command also does this on start; run it by hand before starting several processes against
    a new PostgreSQL database.

    Example: `DSARBOT_DATABASE_URL=postgresql://dsarbot@db/dsarbot dsarbot db upgrade`
    """
    from dsarbot import db

    settings = settings_or_exit()
    db.upgrade(settings.database_url, revision)
    console.print(f"database {redact_url(settings.database_url)} is at {revision}", highlight=False)


@db_app.command("current")
def db_current() -> None:
    """Print the schema revision the database is at.

    Example: `dsarbot db current` prints e.g. 0001.
    """
    from dsarbot import db

    settings = settings_or_exit()
    print(db.current_revision(db.make_engine(settings.database_url)) or "(empty database)")


def keygen() -> None:
    """Print a new secret key for DSARBOT_SECRET_KEY (seals raw mail and identity codes at rest).

    Keep it with the database backup: without the key the stored mail cannot be read.

    Example: `dsarbot keygen > /etc/dsarbot/secret.key`, then DSARBOT_SECRET_KEY=$(cat /etc/dsarbot/secret.key)
    """
    from dsarbot.secrets import generate_key

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
    from dsarbot import deadlines

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

    Idempotent: the same mail twice opens one case.

    Example: `dsarbot ingest ../mails/`
    """
    from dsarbot import processing, worker
    from dsarbot.intake import ingest

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
    message_id: Annotated[list[int] | None, typer.Argument(
        help="Stored message ids (default: all failed).", metavar="ID…")] = None,
) -> None:
    """Process failed messages again (after a fix); they were kept, never dropped.

    Without ids, every message marked failed is processed again.

    Example: `dsarbot reprocess` or `dsarbot reprocess 42 43`
    """
    from dsarbot import processing, store, worker

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
    """Apply the retention rules now (the scheduler also runs this daily).

    Deletes stored mail that was not a request after retention.non_request_days and anonymises cases
    closed longer than retention.closed_case_years ago.

    Example: `dsarbot purge`
    """
    from dsarbot import retention

    rt = runtime_or_exit()
    with rt.session() as session:
        report = retention.purge(session, rt.settings)
    console.print(f"deleted {report.messages_deleted} non-request message(s); anonymised "
                  f"{report.cases_anonymised} closed case(s)")

