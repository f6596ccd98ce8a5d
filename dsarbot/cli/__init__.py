"""The `dsarbot` command line: one typer app, one module per area."""

from __future__ import annotations

import gc

import typer

from dsarbot.cli import admin, classify, demo, report, run, templates, webpasswd
from dsarbot.cli import cases as cases_cli
from dsarbot.cli import sources as sources_cli

app = typer.Typer(
    name="dsarbot",
    help="Handle GDPR data-subject requests that arrive by e-mail.\n\n"
    "Start with `dsarbot run --demo` (everything in one process: SQLite, SMTP intake on 127.0.0.1:2525, "
    "demo data). `dsarbot check-config` explains what is wrong with a configuration. Every command has "
    "--help with an example.\n\n"
    "Example: `dsarbot cases list --overdue`",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    # Plain help: Rich markup would swallow `[web.users]` and other bracketed text in the help, and it
    # labels every flag with a type ("--help <bool>") that tells a reader nothing.
    rich_markup_mode=None,
)

# Running
app.command("run")(run.run)
app.command("web")(run.web)
app.command("worker")(run.worker_process)
app.command("smtp")(run.smtp)
app.command("watch")(run.watch)
# Mail and cases
app.command("classify")(classify.classify)
app.command("ingest")(admin.ingest_cmd)
app.command("reprocess")(admin.reprocess)
app.add_typer(cases_cli.app, name="cases")
app.command("deadline")(admin.deadline)
app.command("report")(report.report)
# Operating
app.command("check-config")(admin.check_config)
app.command("doctor")(admin.doctor_cmd)
app.add_typer(admin.db_app, name="db")
app.command("purge")(admin.purge_cmd)
app.command("keygen")(admin.keygen)
app.command("web-passwd")(webpasswd.web_passwd)
app.add_typer(sources_cli.app, name="sources")
app.add_typer(templates.app, name="templates")
app.add_typer(demo.app, name="demo")


def main() -> None:
    """Console-script entry point.

    The garbage collector runs less often (every 20,000 new objects instead of 700): starting a
    command creates some 200,000 objects in the class definitions of SQLAlchemy, pydantic and the
    models, none of them garbage, and the default setting spends ~8% of `dsarbot cases list`
    walking them. Long-running processes still collect; they just do it in larger steps.
    """
    gc.set_threshold(20_000, 50, 50)
    app()
