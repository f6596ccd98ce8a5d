"""The sources mapping is validated strictly, with messages that say where the problem is."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from dsarbot.sources import SourcesConfigError, load_sources_config, parse_sources_config

ROOT = Path(__file__).resolve().parent.parent


def base() -> dict:
    return {"source": [{"name": "crm", "kind": "sql", "url": "sqlite://", "table": [
        {"name": "contacts", "primary_key": "id", "identifiers": {"email": "email"},
         "erasure": {"action": "delete"}}]}]}


def test_example_config_is_valid() -> None:
    cfg = load_sources_config(ROOT / "config" / "sources.example.toml")
    assert {s.kind for s in cfg.sources} == {"sql", "csv"}


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["source"][0]["table"][0].update(colour="red"), "contacts' > colour: unknown key"),
    (lambda d: d["source"][0]["table"][0].update(erasure={"action": "keep", "years": 6, "date_column": "d"}),
     "keep needs `reason`"),
    (lambda d: d["source"][0]["table"][0].update(erasure={"action": "anonymise"}), "anonymise needs `set`"),
    (lambda d: d["source"][0]["table"][0].update(identifiers={"name": "name"}), "no way to find a person"),
    (lambda d: d["source"][0]["table"][0].update(relation={"parent": "nope", "column": "x"}),
     "relation.parent 'nope' is not a table"),
    (lambda d: d["source"][0].pop("url"), "needs `url`"),
])
def test_errors_are_clear(change, message: str) -> None:
    data = base()
    change(data)
    with pytest.raises(SourcesConfigError) as err:
        parse_sources_config(data, "sources.toml")
    assert message in str(err.value)
    assert str(err.value).startswith("sources.toml: ")


def test_short_and_long_forms() -> None:
    data = tomllib.loads('''
[[source]]
name = "crm"
kind = "sql"
url = "sqlite://"
[[source.table]]
name = "t"
primary_key = ["a", "b"]
identifiers = { email = ["e1", { column = "e2", normalised = false }] }
rectifiable = ["title"]
erasure = { action = "keep", reason = "Kirjanpitolaki 2:10", years = 10, date_column = "d" }
''')
    table = parse_sources_config(data).sources[0].tables[0]
    assert [c.column for c in table.identifiers.email] == ["e1", "e2"]
    assert table.identifiers.email[1].normalised is False
    assert table.rectifiable == {"title": "title"} and table.primary_key == ["a", "b"]
