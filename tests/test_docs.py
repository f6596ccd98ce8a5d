"""The documentation tells the truth: commands, settings and contract names it mentions exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
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
    result = CliRunner().invoke(app, [*words, "--help"])
    if result.exit_code != 0 and len(words) > 1:  # `dsarbot demo send` vs `dsarbot deadline yyyy`: try one word
        result = CliRunner().invoke(app, [words[0], "--help"])
    assert result.exit_code == 0, f"`dsarbot {' '.join(words)}` in README.md: {result.output}"


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
