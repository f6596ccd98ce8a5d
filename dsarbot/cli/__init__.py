"""The `dsarbot` command line: one typer app, one module per area."""

from __future__ import annotations

import typer

from dsarbot.cli import admin, classify, demo, report, run, templates, webpasswd
from dsarbot.cli import cases as cases_cli
from dsarbot.sources import cli as sources_cli

app = typer.Typer(
    name="dsarbot",
    help="Handle GDPR data-subject requests that arrive by e-mail.\n\n"
    "Start with `dsarbot run --demo` (everything in one process: SQLite, SMTP intake on 127.0.0.1:2525, "
    "demo data). `dsarbot check-config` explains what is wrong with a configuration.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
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
app.add_typer(admin.db_app, name="db")
app.command("purge")(admin.purge_cmd)
app.command("keygen")(admin.keygen)
app.command("web-passwd")(webpasswd.web_passwd)
app.add_typer(sources_cli.app, name="sources")
app.add_typer(templates.app, name="templates")
app.add_typer(demo.app, name="demo")


def main() -> None:
    """Console-script entry point."""
    app()
