"""The documentation tells the truth: commands, settings and contract names it mentions exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from dsarbot.cli import app
from dsarbot.config import ENV_OVERRIDES, Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = (ROOT / "config" / "dsarbot.example.toml").read_text(encoding="utf-8")
CONTRACT_ENV = ("DSARBOT_DATABASE_URL", "DSARBOT_IMAP_URL", "DSARBOT_SMTP_URL", "DSARBOT_SMTP_LISTEN",
                "DSARBOT_WEB_LISTEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL",
                "DSARBOT_SLACK_CHANNEL", "DSARBOT_SLACK_APPROVERS")


def readme_commands() -> set[tuple[str, ...]]:
    """`dsarbot X [Y]` invocations the README shows as code (the words before any argument)."""
    found = set()
    for match in re.finditer(r"(?:`|bin/)dsarbot ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?", README):
        found.add(tuple(w for w in match.groups() if w))
    return found


@pytest.mark.parametrize("words", sorted(readme_commands()))
def test_every_command_the_readme_names_exists(words: tuple[str, ...]) -> None:
    root = typer.main.get_command(app)
    command = getattr(root, "commands", {}).get(words[0])
    assert command is not None, f"`dsarbot {words[0]}` in README.md is not a command"
    if hasattr(command, "commands"):  # `dsarbot cases approve`: the second word must be a subcommand
        if len(words) > 1 or not command.invoke_without_command:  # `dsarbot demo` alone runs the demo
            assert words[1:] and words[1] in command.commands, f"`dsarbot {' '.join(words)}` in README.md"
    else:  # `dsarbot deadline yyyy`: the second word is an argument, not a command
        words = words[:1]
    result = CliRunner().invoke(app, [*words, "--help"])
    assert result.exit_code == 0, f"`dsarbot {' '.join(words)}` in README.md: {result.output}"


def test_the_readme_check_refuses_a_two_word_command_that_does_not_exist() -> None:
    root = typer.main.get_command(app)
    cases = root.commands["cases"]  # type: ignore[attr-defined]
    assert "approve" in cases.commands and "no-such-cmd" not in cases.commands


def test_every_setting_is_documented_in_the_example_config() -> None:
    for section, field in Settings.model_fields.items():
        if section in ("controllers", "source_file"):
            continue
        assert f"[{section}]" in EXAMPLE, f"[{section}] missing from config/dsarbot.example.toml"
        sub = field.annotation
        for key in getattr(sub, "model_fields", {}):
            assert re.search(rf"^#? ?{key} =|^\[{section}\.{key}\]|^# \[{section}\.{key}\]", EXAMPLE, re.M), \
                f"{section}.{key} is not documented in config/dsarbot.example.toml"


def test_contract_environment_variables_are_read_and_documented() -> None:
    for var in CONTRACT_ENV:
        assert var in ENV_OVERRIDES, var
        assert var in README, f"{var} is not in the README's configuration table"


def test_slack_action_ids_of_the_contract_are_used() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "dsarbot" / "slack").glob("*.py"))
    for action in ("case_approve", "case_reject", "case_extend", "case_request_info", "case_verify",
                   "case_assign", "case_not_request"):
        assert f'"{action}"' in source, action


def test_architecture_doc_names_modules_that_exist() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for path in re.findall(r"`(dsarbot/[\w/]+(?:\.py)?)`", doc):
        assert (ROOT / path).exists(), f"docs/architecture.md names {path}, which does not exist"
