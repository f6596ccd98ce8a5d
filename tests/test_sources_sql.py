"""Data-source operations on the demo register, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import MetaData, Table, create_engine, select, text

from dsarbot.demo import build_demo_register, demo_sources_toml
from dsarbot.sources import Correction, DataSources, FindResult, Identifiers, Plan, Report, parse_sources_config
from dsarbot.sources.sql import engine_url
from dsarbot.sources.sqlcheck import quiet_reflection

TODAY = dt.date(2026, 4, 1)
MATTI = "matti.virtanen@example.fi"
OTHER_MATTI = "matti.virtanen@rakennuspojat.example.com"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def register_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """The demo register (40 contacts) in SQLite or in a fresh PostgreSQL database."""
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}" if request.param == "sqlite" else request.getfixturevalue(
        "postgres_db")
    build_demo_register(url, 40)
    return url


@pytest.fixture()
def sources(register_url: str) -> Iterator[DataSources]:
    """DataSources over the demo mapping."""
    with DataSources(parse_sources_config(tomllib.loads(demo_sources_toml(register_url)))) as s:
        yield s


def rows(url: str, table: str) -> list[dict[str, Any]]:
    """Every row of *table*, ordered by id (for before/after comparisons)."""
    engine = create_engine(engine_url(url))
    with quiet_reflection():
        t = Table(table, MetaData(), autoload_with=engine)
    with engine.connect() as conn:
        out = [dict(r._mapping) for r in conn.execute(select(t).order_by(t.c.id))]
    engine.dispose()
    return out


def test_access_export_holds_only_that_persons_rows(sources: DataSources) -> None:
    found = sources.find(Identifiers(email=MATTI.upper(), name="Matti Virtanen"))
    contacts = found.match("crm", "contacts")
    assert contacts is not None and len(contacts.rows) == 1
    assert contacts.rows[0].values["email"] == MATTI and contacts.rows[0].matched_by == ["email"]
    assert contacts.name_hints == 1  # the other Matti Virtanen: hinted, not included
    assert any("same name but other identifiers" in h for h in found.hints())
    history = found.match("crm", "contact_history")
    assert history is not None and history.rows and all(r.matched_by == ["via contacts"] for r in history.rows)
    assert all(r.values["contact_id"] == contacts.rows[0].key["id"] for r in history.rows)

    json_bytes, csv_bytes = sources.export(found)
    doc = json.loads(json_bytes)
    assert doc["purpose"] == "access"
    assert {t["table"] for t in doc["tables"]} == {"contacts", "contact_history", "newsletter_subscriptions",
                                                   "invoices"}
    assert OTHER_MATTI.encode() not in json_bytes and OTHER_MATTI.encode() not in csv_bytes
    assert "Rakennuspojat" not in json_bytes.decode()
    assert csv_bytes.decode("utf-8-sig").splitlines()[0] == "source,table,label,record,field,value"
    assert f"crm,contacts,Yhteystiedot,1,email,{MATTI}" in csv_bytes.decode("utf-8-sig")


def test_portability_exports_only_provided_columns(sources: DataSources) -> None:
    found = sources.find(Identifiers(email=MATTI, phone="040 111 2233"))  # phone in national format
    doc = json.loads(sources.export(found, portability=True)[0])
    by_table = {t["table"]: t for t in doc["tables"]}
    assert set(by_table) == {"contacts", "newsletter_subscriptions"}  # history/invoices: nothing provided
    assert set(by_table["contacts"]["rows"][0]) == {"name", "email", "phone", "title", "organisation",
                                                    "street_address", "postal_code", "city"}


def test_lookup_by_phone_hetu_and_customer_number(sources: DataSources) -> None:
    assert sources.find(Identifiers(phone="+358 40 111 2233")).match("crm", "contacts").rows  # type: ignore[union-attr]
    pirkko = sources.find(Identifiers(hetu="150338-064y")).match("crm", "contacts")
    assert pirkko is not None and [r.values["name"] for r in pirkko.rows] == ["Pirkko Lehtimäki"]
    # Century sign matters: the same digits with another sign are another person.
    assert not sources.find(Identifiers(hetu="150338A064Y")).found
    mikko = sources.find(Identifiers(customer_number="10442")).match("crm", "contacts")
    assert mikko is not None and mikko.rows[0].values["name"] == "Mikko Tervo"
    assert not sources.find(Identifiers(name="Matti Virtanen")).found  # a name alone selects nothing


def test_rectification_changes_exactly_the_approved_fields(sources: DataSources, register_url: str) -> None:
    before = rows(register_url, "contacts")
    plan = sources.plan(["rectification"], Identifiers(email="laura.nieminen@example.fi"),
                        [Correction("last_name", "Nieminen"), Correction("street_address", "Vaajakoskentie 8 B 12"),
                         Correction("fax", "123")], today=TODAY)
    (action,) = plan.actions
    changes = {(c.column, c.old, c.new) for c in action.rows[0].changes}
    assert changes == {("name", "Laura Koskinen", "Laura Nieminen"),
                       ("street_address", "Kauppakatu 31 B 9", "Vaajakoskentie 8 B 12")}
    assert any("fax" in n for n in plan.notes)
    report = sources.execute(plan)
    assert report.ok and report.changed_rows == 2
    assert report.recipients_to_notify() == ["Tilitoimisto Numerot Oy (kirjanpito)"]
    after = rows(register_url, "contacts")
    diff = [(b["id"], k) for b, a in zip(before, after, strict=True) for k in b if b[k] != a[k]]
    assert diff == [(5, "name"), (5, "street_address")]
    assert sources.execute(plan).nothing_to_do  # the same plan again: already done


def test_erasure_deletes_keeps_invoices_and_is_idempotent(sources: DataSources, register_url: str) -> None:
    others_before = [r for r in rows(register_url, "contacts") if r["email"] != MATTI]
    plan = sources.plan(["erasure"], Identifiers(email=MATTI), today=TODAY)
    acts = {(a.table, a.action): a for a in plan.actions}
    keep = acts[("invoices", "keep")]
    assert keep.reason == "Kirjanpitolaki 2:10"
    assert all(r.until and r.until >= TODAY.isoformat() for r in keep.rows)
    assert acts[("invoices", "delete")].note == "retention period has ended"  # the 2017 invoice
    order = [(a.table, a.action) for a in plan.actions if a.action == "delete"]
    assert order.index(("contact_history", "delete")) < order.index(("contacts", "delete"))

    restored = Plan.from_dict(json.loads(json.dumps(plan.to_dict())))  # stored as a case event
    report = sources.execute(restored)
    assert report.ok and report.changed_rows > 0
    kept = report.kept()
    assert kept and kept[0].until == keep.until and kept[0].reason == "Kirjanpitolaki 2:10"

    assert not [r for r in rows(register_url, "contacts") if r["email"] == MATTI]
    assert rows(register_url, "contacts") == others_before  # nobody else touched (same-name Matti stays)
    invoices = [r for r in rows(register_url, "invoices") if r["billing_email"] == MATTI]
    assert len(invoices) == len(keep.rows) and all(r["contact_id"] is None for r in invoices)

    again = sources.execute(restored)
    assert again.nothing_to_do and again.kept()
    second = sources.plan(["erasure"], Identifiers(email=MATTI), today=TODAY)
    assert second.is_empty and [a.action for a in second.actions] == ["keep"]
    assert sources.execute(second).nothing_to_do
    assert Report.from_dict(json.loads(json.dumps(report.to_dict()))) == report


def test_marketing_suppression(sources: DataSources, register_url: str) -> None:
    email = "aki.heikkila@rakennusheikkila.test"
    plan = sources.plan(["objection"], Identifiers(email=email), today=TODAY)
    assert [(a.table, a.action, a.values) for a in plan.actions] == [
        ("newsletter_subscriptions", "suppress", {"marketing_consent": False})]
    assert sources.execute(plan).changed_rows == 1
    subs = {r["email"]: r["marketing_consent"] for r in rows(register_url, "newsletter_subscriptions")}
    assert subs[email] is False and sum(1 for v in subs.values() if v is False) == 1
    assert sources.plan(["objection"], Identifiers(email=email), today=TODAY).is_empty


def test_restriction_flag(sources: DataSources, register_url: str) -> None:
    plan = sources.plan(["restriction"], Identifiers(email="paivi.hakkinen@example.fi"), today=TODAY)
    assert sources.execute(plan).changed_rows == 1
    flagged = [r["email"] for r in rows(register_url, "contacts") if r["restricted"]]
    assert flagged == ["paivi.hakkinen@example.fi"]
    assert sources.plan(["restriction"], Identifiers(email="paivi.hakkinen@example.fi"), today=TODAY).is_empty


def test_changed_row_is_a_conflict_not_overwritten(sources: DataSources, register_url: str) -> None:
    plan = sources.plan(["erasure"], Identifiers(email="tuomas.ylonen@example.org"), today=TODAY)
    engine = create_engine(engine_url(register_url))
    with engine.begin() as conn:  # someone edits the row between plan and approval
        conn.execute(text("UPDATE contacts SET email = 'tuomas@new.example.org' WHERE id = 10"))
    engine.dispose()
    item = next(i for i in sources.execute(plan).items if i.table == "contacts")
    assert item.conflicts == 1 and item.changed == 0
    assert any(r["id"] == 10 for r in rows(register_url, "contacts"))


def test_find_result_round_trips_and_other_kinds_rejected(sources: DataSources) -> None:
    found = sources.find(Identifiers(email=MATTI, phone="0401112233"))
    assert FindResult.from_dict(json.loads(json.dumps(found.to_dict()))) == found
    with pytest.raises(ValueError, match="unknown request kind"):
        sources.plan(["delete-everything"], Identifiers(email=MATTI))


def test_check_reports_missing_column_and_index(register_url: str) -> None:
    data = tomllib.loads(demo_sources_toml(register_url))
    data["source"][0]["table"][0]["identifiers"]["phone"] = "phone_e164"
    with DataSources.from_dict(data) as s:
        issues = s.check()
    errors = [str(i) for i in issues if i.level == "error"]
    assert len(errors) == 1
    assert "crm.contacts" in errors[0] and "'phone_e164' (from `identifiers.phone`) does not exist" in errors[0]

    engine = create_engine(engine_url(register_url))
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_contacts_phone"))
    engine.dispose()
    with DataSources.from_dict(tomllib.loads(demo_sources_toml(register_url))) as s:
        warnings = [str(i) for i in s.check()]
        assert any("no index on 'phone'" in w for w in warnings)
        assert s.create_indexes() == ["crm: ix_dsar_contacts_phone"]
        assert not s.check()


def test_unnormalised_columns(register_url: str) -> None:
    """normalised = false: mixed-case e-mails and formatted phones are still found."""
    engine = create_engine(engine_url(register_url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE leads (id INTEGER PRIMARY KEY, mail VARCHAR(200), tel VARCHAR(40))"))
        conn.execute(text("INSERT INTO leads VALUES (1, 'Sari.Lehtonen@Example.FI', '040 123 4567'), "
                          "(2, 'other@example.fi', '+358 40 1234568')"))
    engine.dispose()
    data = {"source": [{"name": "leads", "kind": "sql", "url": register_url, "table": [{
        "name": "leads", "primary_key": "id", "erasure": {"action": "delete"},
        "identifiers": {"email": {"column": "mail", "normalised": False},
                        "phone": {"column": "tel", "normalised": False}}}]}]}
    with DataSources.from_dict(data) as s:
        assert [r.key for r in s.find(Identifiers(email="sari.lehtonen@example.fi")).tables[0].rows] == [{"id": 1}]
        assert [r.key for r in s.find(Identifiers(phone="+358401234567")).tables[0].rows] == [{"id": 1}]
        assert any("lower(mail)" in str(i) for i in s.check())
        s.create_indexes()
        assert not s.check()
