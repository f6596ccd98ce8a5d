"""Every command's --help teaches: an example, plain words that survive the terminal, no noise."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import typer.main
from typer.testing import CliRunner

from dsarbot.cli import app

runner = CliRunner()


def _commands(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from _commands(sub, (*path, name))


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_the_walk_finds_every_command_group_and_subcommand() -> None:
    names = {" ".join(p) for p in COMMANDS}
    assert {"", "run", "web", "worker", "smtp", "watch", "reprocess", "purge", "keygen", "db upgrade",
            "sources check", "templates list", "demo setup", "demo send", "cases approve"} <= names
    assert len(COMMANDS) > 40


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "dsarbot")
def test_every_command_shows_an_example_in_its_help(path: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())  # the help is wrapped to the terminal
    assert "Example: `dsarbot" in text or "Example: `DSARBOT_" in text, result.output
    assert "<bool>" not in text  # a flag is a flag; its type is noise


def test_bracketed_words_in_help_are_printed_as_written() -> None:
    result = runner.invoke(app, ["web-passwd", "--help"])
    assert "put under `[web.users]` in config/dsarbot.toml" in " ".join(result.output.split())
