"""Commands that dsarbot prints for the operator to copy must run from the operator's shell."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dsarbot.cli.common import command_name


def test_hint_is_the_plain_name_when_dsarbot_is_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))
    assert command_name() == "dsarbot"


def test_hint_is_a_path_that_runs_when_dsarbot_is_not_on_path(monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # as after `./dev run`: .venv/bin is not on PATH
    hint = command_name()
    assert hint != "dsarbot"
    done = subprocess.run([*hint.split(" -m ")[0].split(), *(["-m", "dsarbot"] if " -m " in hint else []),
                           "deadline", "2026-04-01"], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "2026-05-04", done.stderr
