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


def labelled(label: object) -> dict:
    data = base()
    data["source"][0]["table"][0]["label"] = label
    data["source"][0]["label"] = {"fi": "Asiakasrekisteri", "sv": "Kundregister"}
    return data


def test_labels_may_be_given_per_language_and_a_plain_label_stays_valid() -> None:
    per_language = parse_sources_config(labelled({"fi": "Yhteystiedot", "sv": "Kontaktuppgifter"}))
    assert per_language.table_label("crm", "contacts", "sv", "fi") == "Kontaktuppgifter"
    assert per_language.source_label("crm", "sv", "fi") == "Kundregister"
    # No English label: the controller's default language, whatever it is; not Finnish by default.
    assert per_language.table_label("crm", "contacts", "en", "sv") == "Kontaktuppgifter"
    assert per_language.table_label("crm", "contacts", "en", "fi") == "Yhteystiedot"
    assert per_language.source("crm").table("contacts").title == "Yhteystiedot"  # staff: the first written
    plain = parse_sources_config(labelled("Yhteystiedot"))  # an old file
    assert plain.table_label("crm", "contacts", "sv", "sv") == "Yhteystiedot"
    unlabelled = parse_sources_config(base())
    assert unlabelled.table_label("crm", "contacts", "sv", "fi") == "contacts"


@pytest.mark.parametrize(("label", "message"), [
    ({"finnish": "Yhteystiedot"}, "'finnish' is not a two-letter language code"),
    ({"sv": " "}, "the sv label is empty"),
    ({}, "a label needs at least one language"),
])
def test_a_label_per_language_is_checked(label: object, message: str) -> None:
    with pytest.raises(SourcesConfigError, match=message):
        parse_sources_config(labelled(label))


def test_replies_name_tables_in_the_requesters_language_falling_back_to_the_controllers() -> None:
    from dsarbot.fulfil import context as cx
    from dsarbot.sources import FindResult, MatchedRow, TableMatch

    config = parse_sources_config(labelled({"fi": "Yhteystiedot", "sv": "Kontaktuppgifter"}))
    found = FindResult(searched=["email"], tables=[TableMatch(source="crm", table="contacts", label="Yhteystiedot",
                       rows=[MatchedRow(key={"id": 1}, values={"email": "a@example.fi"}, matched_by=["email"])])])
    [swedish] = cx.found_sources(found, config, "sv", "fi")
    assert (swedish.source, swedish.table) == ("Kundregister", "Kontaktuppgifter")
    [english] = cx.found_sources(found, config, "en", "sv")  # a Swedish-speaking controller
    assert (english.source, english.table) == ("Kundregister", "Kontaktuppgifter")
    assert cx.restrictable_places(found, config, "sv", "fi") == []  # no restriction flag in this table
