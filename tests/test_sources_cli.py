"""`dsarbot sources` CLI: check, find (identity codes masked) and plan."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from dsarbot.cli.sources import app
from dsarbot.demo import create_demo_register, demo_sources_toml, write_demo_sources_config

runner = CliRunner()


def demo(tmp_path: Path) -> Path:
    return write_demo_sources_config(create_demo_register(tmp_path / "demo.sqlite3"), tmp_path / "sources.toml")


def test_check_ok_and_missing_column(tmp_path: Path) -> None:
    config = demo(tmp_path)
    result = runner.invoke(app, ["check", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "0 error(s), 0 warning(s)" in result.output
    # Whom Art. 19 notices reach, and whom staff must tell:
    assert ("Art. 19 recipient Tilitoimisto Numerot Oy (kirjanpito): notice by e-mail to "
            "tietosuoja@numerot.example.fi") in result.output
    assert "Art. 19 recipient Postituspalvelu Kirjekyyhky Oy (uutiskirjeet): staff tell them" in result.output

    broken = tmp_path / "broken.toml"
    broken.write_text(config.read_text().replace('restriction = "restricted"', 'restriction = "is_restricted"'))
    result = runner.invoke(app, ["check", "--config", str(broken)])
    assert result.exit_code == 1
    assert "ERROR   crm.contacts: column 'is_restricted' (from `restriction`) does not exist" in result.output


def test_find_masks_identity_codes(tmp_path: Path) -> None:
    result = runner.invoke(app, ["find", "--hetu", "150338-064Y", "--config", str(demo(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "150338-***Y" in result.output and "150338-064Y" not in result.output
    assert "Pirkko Lehtimäki" in result.output
    as_json = runner.invoke(app, ["find", "--hetu", "150338-064Y", "--json", "--config", str(demo(tmp_path))])
    assert "150338-064Y" not in as_json.output and "150338-***Y" in as_json.output


def test_find_refuses_name_only(tmp_path: Path) -> None:
    result = runner.invoke(app, ["find", "--name", "Matti Virtanen", "--config", str(demo(tmp_path))])
    assert result.exit_code == 2


def test_plan_shows_kept_invoices(tmp_path: Path) -> None:
    result = runner.invoke(app, ["plan", "--email", "matti.virtanen@example.fi", "--kind", "erasure",
                                 "--today", "2026-04-01", "--config", str(demo(tmp_path))])
    assert result.exit_code == 0, result.output
    assert re.search(r"Laskut \(crm.invoices\): KEEP 2 row\(s\)", result.output)
    assert "reason: Kirjanpitolaki 2:10; until 2031-12-31" in result.output


def test_bad_config_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(demo_sources_toml("sqlite://").replace('name = "invoices"\nlabel', 'name = "invoices"\nlable'))
    result = runner.invoke(app, ["check", "--config", str(bad)])
    assert result.exit_code == 2
    assert "lable: unknown key" in result.output
