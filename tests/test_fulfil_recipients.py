"""Art. 19: recipients of the data hear of a rectification, erasure or restriction — from dsarbot when
the mapping gives their address, from staff otherwise — and the requester is told which is which."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from support.factories import request_mail
from support.fulfil import body_text, events, send_request, sent, verify_and_approve
from support.runtime import make_runtime

from dsarbot import store
from dsarbot.runtime import Runtime
from dsarbot.sources.config import SourcesConfigError, parse_sources_config

MAPPING = '''
[[source]]
name = "shop"
kind = "sql"
label = "Verkkokauppa"
url = "sqlite:///{db}"

[[source.table]]
name = "customers"
label = "Asiakkaat"
primary_key = "id"
identifiers = {{ email = "email" }}
erasure = {{ action = "delete" }}
recipients = ["Lähetyspalvelu Paketti Ab", "Markkinointitoimisto Oy"]

[recipient."Lähetyspalvelu Paketti Ab"]
email = "dataskydd@paketti.example.fi"
language = "sv"
'''


@pytest.fixture
def rt(tmp_path: Path) -> Runtime:
    db = tmp_path / "shop.sqlite3"
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, name TEXT)"))
        conn.execute(sa.text("INSERT INTO customers VALUES (1, 'anna.berg@example.com', 'Anna Berg'), "
                             "(2, 'other@example.com', 'Anna Berg')"))
    engine.dispose()
    mapping = tmp_path / "sources.toml"
    mapping.write_text(MAPPING.format(db=db), encoding="utf-8")
    (tmp_path / "dsarbot.toml").write_text(f'[paths]\nsources = "{mapping}"\n')
    runtime = make_runtime(tmp_path)
    yield runtime
    runtime.engine.dispose()


def test_an_erasure_mails_the_recipient_with_an_address_and_leaves_the_other_to_staff(rt: Runtime) -> None:
    raw = request_mail(sender="Anna Berg <anna.berg@example.com>", subject="Delete my data",
                       body="Hello,\n\nplease erase all my personal data from your systems (Article 17 GDPR).\n\n"
                            "Anna Berg\n")
    case = verify_and_approve(rt, send_request(rt, raw))
    assert case.state == "completed"

    [notice] = sent(rt, case, "recipient_notice")
    assert notice["To"] == "dataskydd@paketti.example.fi"
    assert notice["Content-Language"] == "sv" and "radering" in notice["Subject"]
    assert notice["Auto-Submitted"] == "auto-replied"
    told = " ".join(body_text(notice).split())
    assert "Anna Berg (anna.berg@example.com)" in told and "other@example.com" not in told

    [reply] = sent(rt, case, "erasure_done")
    text = " ".join(body_text(reply).split())
    informed, also = text.split("We are also informing")
    assert "We have informed the following recipients" in informed and "Lähetyspalvelu Paketti Ab" in informed
    assert "Markkinointitoimisto Oy" not in informed and "Markkinointitoimisto Oy" in also

    with rt.session() as session:
        data = {e.type: e.data for e in store.case_events(session, case.id or 0)}
    assert data["recipients_notified"] == {"kind": "erasure", "recipients": ["Lähetyspalvelu Paketti Ab"]}
    assert data["recipients_to_notify"] == {"kind": "erasure", "recipients": ["Markkinointitoimisto Oy"]}
    assert "notice_queued" in events(rt, case)


def _mapping(extra: str) -> dict[str, object]:
    import tomllib

    return tomllib.loads(MAPPING.format(db="/tmp/x.sqlite3") + extra)


def test_a_recipient_entry_that_no_table_names_is_an_error_not_a_silent_no_op() -> None:
    data = _mapping('\n[recipient."Lahetyspalvelu Paketti"]\nemail = "x@paketti.example.fi"\n')
    with pytest.raises(SourcesConfigError, match="'Lahetyspalvelu Paketti' is not in any table's `recipients`"):
        parse_sources_config(data)


@pytest.mark.parametrize("address", ["paketti.example.fi", "privacy@localhost", "a b@paketti.example.fi"])
def test_a_recipient_address_must_be_an_email_address(address: str) -> None:
    data = _mapping("")
    data["recipient"]["Lähetyspalvelu Paketti Ab"]["email"] = address  # type: ignore[index]
    with pytest.raises(SourcesConfigError, match="is not an e-mail address"):
        parse_sources_config(data)
