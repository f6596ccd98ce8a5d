"""The `dsarbot` command line: one typer app, one sub-app module per area."""

from __future__ import annotations

import importlib

import typer

from dsarbot.cli import admin
from dsarbot.cli import cases as cases_cli

app = typer.Typer(
    name="dsarbot",
    help="Handle GDPR data-subject requests that arrive by e-mail.\n\n"
    "Start with `dsarbot run` (everything in one process: SQLite, SMTP intake on 127.0.0.1:2525, "
    "demo data). `dsarbot check-config` explains what is wrong with a configuration.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)

app.command("check-config")(admin.check_config)
app.command("deadline")(admin.deadline)
app.command("ingest")(admin.ingest_cmd)
app.command("reprocess")(admin.reprocess)
app.command("purge")(admin.purge_cmd)
app.command("keygen")(admin.keygen)
app.command("worker")(admin.worker_cmd)
app.add_typer(admin.db_app, name="db")
app.add_typer(cases_cli.app, name="cases")

# Areas that register their own commands; (module, attribute, name, kind).
_OPTIONAL = (
    ("dsarbot.cli.classify", "classify", "classify", "command"),
    ("dsarbot.cli.run", "run", "run", "command"),
    ("dsarbot.cli.templates", "app", "templates", "group"),
    ("dsarbot.sources.cli", "app", "sources", "group"),
    ("dsarbot.cli.demo", "app", "demo", "group"),
    ("dsarbot.cli.webpasswd", "web_passwd", "web-passwd", "command"),
)
for _module, _attr, _name, _kind in _OPTIONAL:
    try:
        _obj = getattr(importlib.import_module(_module), _attr)
    except ModuleNotFoundError as _exc:
        if _exc.name != _module:
            raise
        continue
    if _kind == "command":
        app.command(_name)(_obj)
    else:
        app.add_typer(_obj, name=_name)


def main() -> None:
    """Console-script entry point."""
    app()
