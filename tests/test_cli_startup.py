"""The command line starts without loading what the command does not need.

Checked in a fresh interpreter: which modules a command leaves in `sys.modules`. This is the
behaviour behind a fast `dsarbot --help` (the timing itself is `bench/cli_startup.py`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "slack_bolt", "slack_sdk", "dsarbot.pipeline", "jinja2",
         "starlette", "uvicorn", "holidays", "aiosmtpd", "imapclient")

PROBE = """
import json, sys
from typer.testing import CliRunner
from dsarbot.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
print(json.dumps({"exit": result.exit_code, "output": result.output,
                  "loaded": sorted(m for m in HEAVY if m in sys.modules)}))
"""


def loaded_after(args: list[str], tmp_path: Path) -> dict[str, object]:
    """Run `dsarbot ARGS` in a new interpreter; its exit code, output and which HEAVY modules it loaded."""
    env = {k: v for k, v in os.environ.items() if k not in ("DSARBOT_CONFIG", "DSARBOT_DATABASE_URL")}
    env["DSARBOT_DATA_DIR"] = str(tmp_path / "var")
    done = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{PROBE}", *args], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_importing_the_command_line_loads_no_database_slack_or_classifier(tmp_path: Path) -> None:
    code = f"import sys, dsarbot.cli; print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_help_loads_no_database_slack_or_classifier(tmp_path: Path) -> None:
    result = loaded_after(["--help"], tmp_path)
    assert result["exit"] == 0 and "cases" in str(result["output"])
    assert result["loaded"] == []
    sub = loaded_after(["cases", "approve", "--help"], tmp_path)
    assert sub["exit"] == 0 and sub["loaded"] == []


def test_listing_cases_loads_the_database_but_not_slack_the_classifier_or_migrations(tmp_path: Path) -> None:
    first = loaded_after(["cases", "list"], tmp_path)  # creates and migrates the database
    assert first["exit"] == 0 and "No cases." in str(first["output"])
    again = loaded_after(["cases", "list"], tmp_path)
    assert again["exit"] == 0
    assert again["loaded"] == ["sqlalchemy", "sqlmodel"]  # no Alembic once the schema is current
