"""What every CLI command shares: loading the runtime with readable errors, and the console.

Start-up time matters here (`dsarbot --help` should answer in a blink): this module and every command
module import only typer, rich and the standard library at import time; the configuration, the
database and everything else are imported inside the functions that need them.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console

if TYPE_CHECKING:
    from dsarbot.config import Settings
    from dsarbot.runtime import Runtime

# Piped output (scripts, logs) gets wide lines instead of Rich's 80-column default, so tables are not cut.
console = Console(width=None if sys.stdout.isatty() else 200)
err_console = Console(stderr=True)


def command_name() -> str:
    """How the operator can run dsarbot from their shell: `dsarbot` when it is on PATH, else a path that works.

    After `./dev run` the command lives in `.venv/bin/`, which is not on PATH, so printed hints say
    `.venv/bin/dsarbot cases list` instead of a command the shell cannot find.
    """
    if shutil.which("dsarbot"):
        return "dsarbot"
    script = Path(sys.executable).with_name("dsarbot")
    if not script.exists():
        return f"{sys.executable} -m dsarbot"
    try:
        return str(script.relative_to(Path.cwd()))
    except ValueError:
        return str(script)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print *message* on stderr and exit with *code*."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def settings_or_exit() -> Settings:
    """The validated settings, or a plain-words error and exit 2."""
    from dsarbot.config import ConfigError, load_settings

    try:
        return load_settings()
    except ConfigError as exc:
        fail(str(exc), 2)


def runtime_or_exit(*, migrate: bool = True) -> Runtime:
    """The runtime (database migrated), or a plain-words error and exit 2."""
    from dsarbot.runtime import build_runtime

    settings = settings_or_exit()
    try:
        return build_runtime(settings, migrate=migrate)
    except Exception as exc:  # shown to the operator in one line
        fail(f"cannot open the database {redact_url(settings.database_url)}: {type(exc).__name__}: {exc}", 2)


def redact_url(url: str) -> str:
    """*url* with any password replaced by *** (see dsarbot.configcheck.redact_url)."""
    from dsarbot.configcheck import redact_url as redact

    return redact(url)


def setup_logging(verbose: bool = False) -> None:
    """Log lines with time, level and module to stderr (never mail bodies: modules log ids only)."""
    level = logging.DEBUG if verbose else getattr(logging, os.environ.get("DSARBOT_LOG_LEVEL", "INFO"),
                                                  logging.INFO)
    logging.basicConfig(level=level, stream=sys.stderr,
                        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    for noisy in ("alembic", "slack_bolt", "slack_sdk", "urllib3", "httpx", "mail.log", "msal", "google.auth"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
