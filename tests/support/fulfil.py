"""Fulfilment fixtures: a runtime whose data sources are the demo register (+ a CSV source), on SQLite or
PostgreSQL, and helpers to ingest a request, decide it and read what went out."""

from __future__ import annotations

import email
import email.policy
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from dsarbot import decisions, store, worker
from dsarbot.demo import build_demo_register, demo_sources_toml
from dsarbot.fulfil.sources import ensure_demo
from dsarbot.intake import ingest
from dsarbot.models import Case
from dsarbot.runtime import Runtime
from support.runtime import make_runtime

STAFF = decisions.Actor("cli:test")

# A second, CSV source: an old customer list whose rows are anonymised on erasure (not deleted).
LEGACY_TOML = '''
[[source]]
name = "legacy"
kind = "csv"
label = "Vanha asiakaslista"
directory = "{directory}"
delimiter = ";"

[[source.table]]
name = "asiakkaat"
primary_key = "asiakasnro"
identifiers = {{ email = {{ column = "sposti", normalised = false }}, name = "nimi" }}
erasure = {{ action = "anonymise", set = {{ nimi = "[poistettu]" }}, null = ["sposti"] }}
provided = ["nimi", "sposti"]
'''
LEGACY_CSV = ("asiakasnro;nimi;sposti\r\n"
              "501;Johan Lindqvist;Johan.Lindqvist@example.fi\r\n"
              "502;Matti Virtanen;matti.virtanen@rakennuspojat.example.com\r\n")


@dataclass
class Flow:
    """A runtime with data sources, and where its register lives."""

    rt: Runtime
    register_url: str
    legacy_csv: Path

    def register(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        """Rows of a query on the demo register."""
        engine = sa.create_engine(self.register_url)
        try:
            with engine.connect() as conn:
                return [dict(r._mapping) for r in conn.execute(sa.text(sql), params)]
        finally:
            engine.dispose()


def _add_legacy(mapping: Path, tmp_path: Path) -> Path:
    directory = tmp_path / "legacy"
    directory.mkdir()
    (directory / "asiakkaat.csv").write_text(LEGACY_CSV, encoding="utf-8")
    with mapping.open("a", encoding="utf-8") as f:
        f.write(LEGACY_TOML.format(directory=directory))
    return directory / "asiakkaat.csv"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def flow(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flow]:
    """SQLite: cases and the demo register in SQLite files, the register found as `<data_dir>/sources.demo.toml`.
    PostgreSQL: cases in one PostgreSQL database, the register in another, mapped by `paths.sources`."""
    if request.param == "sqlite":
        rt = make_runtime(tmp_path)
        mapping = ensure_demo(rt.settings)
        url = f"sqlite:///{rt.settings.data_dir / 'demo-register.sqlite3'}"
    else:
        import psycopg

        cases_url = request.getfixturevalue("postgres_db")
        admin = request.getfixturevalue("postgres_url")
        name = f"r_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(admin.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # our own hex name
        url = admin.rsplit("/", 1)[0] + f"/{name}"
        build_demo_register(url)
        mapping = tmp_path / "sources.toml"
        mapping.write_text(demo_sources_toml(url), encoding="utf-8")
        (tmp_path / "dsarbot.toml").write_text(f'[paths]\nsources = "{mapping}"\n')
        rt = make_runtime(tmp_path, cases_url)
    legacy = _add_legacy(mapping, tmp_path)
    yield Flow(rt, url, legacy)
    rt.engine.dispose()


def send_request(rt: Runtime, raw: bytes) -> Case:
    """Deliver *raw* to intake, run everything due, and return the case it opened."""
    row, _ = ingest.store_raw(rt, raw, source="test")
    worker.drain(rt)
    with rt.session() as session:
        stored = store.message_by_id(session, row.id or 0)
        assert stored is not None and stored.case_id is not None, "the mail opened no case"
        case = store.case_by_id(session, stored.case_id)
        assert case is not None
        session.expunge(case)
    return case


def reload(rt: Runtime, case: Case) -> Case:
    """The case as stored now."""
    with rt.session() as session:
        fresh = store.case_by_id(session, case.id or 0)
        assert fresh is not None
        session.expunge(fresh)
    return fresh


def verify_and_approve(rt: Runtime, case: Case) -> Case:
    """Staff verify the requester and approve; then the worker runs."""
    with rt.session() as session:
        decisions.verify(session, case.reference, STAFF, "ID card seen at the office")
    with rt.session() as session:
        decisions.approve(session, rt.settings, case.reference, STAFF)
    worker.drain(rt)
    return reload(rt, case)


def sent(rt: Runtime, case: Case, purpose: str | None = None) -> list[EmailMessage]:
    """The case's outgoing mails (optionally of one purpose), parsed."""
    with rt.session() as session:
        rows = [r for r in store.outbox_for_case(session, case.id or 0) if purpose in (None, r.purpose)]
        raws = [rt.sealer.open(r.raw_sealed) for r in rows]
    return [msg for raw in raws if isinstance(msg := email.message_from_bytes(raw, policy=email.policy.default),
                                              EmailMessage)]


def body_text(msg: EmailMessage) -> str:
    """The plain-text body of a reply."""
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def attachment(msg: EmailMessage, suffix: str) -> bytes:
    """The attachment whose file name ends with *suffix*."""
    for part in msg.iter_attachments():
        if (part.get_filename() or "").endswith(suffix):
            return bytes(part.get_payload(decode=True))
    raise AssertionError(f"no attachment *{suffix}")


def export_json(msg: EmailMessage) -> dict[str, Any]:
    """The JSON export attached to an access or portability reply."""
    return dict(json.loads(attachment(msg, ".json")))


def events(rt: Runtime, case: Case) -> list[str]:
    """The event types of a case, in order."""
    with rt.session() as session:
        return [e.type for e in store.case_events(session, case.id or 0)]
