"""Every kind end to end, on SQLite and PostgreSQL: request mail in, staff verify and approve, the worker
changes the data sources and the reply goes out with what the requester must see."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select as sa_select
from support.factories import request_mail
from support.fulfil import (
    STAFF,
    Flow,
    attachment,
    body_text,
    events,
    export_json,
    reload,
    send_request,
    sent,
    verify_and_approve,
)

from dsarbot import decisions, store, worker
from dsarbot.cases import CaseError
from dsarbot.cli.demo import DEMO_MAILS, demo_mail_bytes
from dsarbot.fulfil.context import open_plan
from dsarbot.fulfil.sources import sources_path
from dsarbot.models import Job
from dsarbot.sources import DataSources

TO = "info@kattopojat.example.fi"


def demo(kind: str) -> bytes:
    return demo_mail_bytes(next(m for m in DEMO_MAILS if m.kind == kind), TO)


def contact(flow: Flow, email: str) -> dict[str, object] | None:
    rows = flow.register("SELECT * FROM contacts WHERE email = :e", e=email)
    return rows[0] if rows else None


# --- access ----------------------------------------------------------------------------------------

def test_access_sends_the_persons_rows_and_nobody_elses_even_with_the_same_name(flow: Flow) -> None:
    case = send_request(flow.rt, demo("access"))
    assert case.kinds == ["access"] and not case.verified
    summary = " | ".join(case.data["found_summary"])
    assert "Yhteystiedot: 1 row (matched by email" in summary
    assert "same name but other identifiers" in summary  # the other Matti Virtanen, not included
    assert sent(flow.rt, case, "access_response") == []  # nothing released before approval

    case = verify_and_approve(flow.rt, case)
    assert case.state == "completed"
    [reply] = sent(flow.rt, case, "access_response")
    export = export_json(reply)
    contacts = next(t for t in export["tables"] if t["table"] == "contacts")["rows"]
    assert [c["customer_number"] for c in contacts] == ["10001"]
    everything = attachment(reply, ".json").decode() + attachment(reply, ".csv").decode("utf-8-sig")
    body = body_text(reply)
    for text in (everything, body):
        assert "Satakunnankatu 18 A 3" in text and "Virtasen Kiinteistöt Oy" in text
        assert "rakennuspojat" not in text.lower() and "Teollisuuskatu" not in text
    invoices = next(t for t in export["tables"] if t["table"] == "invoices")["rows"]
    assert invoices and all(i["contact_id"] == 1 for i in invoices)
    assert "fulfilled_access" in events(flow.rt, case)


def test_an_english_access_reply_names_the_registers_in_english_in_the_mail_and_the_export(flow: Flow) -> None:
    raw = request_mail(sender="Siobhan Ni Cheallaigh <siobhan.nicheallaigh@example.com>", subject="Access request",
                       body="Hello,\n\nplease send me a copy of all personal data you hold about me "
                            "(Article 15 GDPR).\n\nSiobhan\n")
    case = verify_and_approve(flow.rt, send_request(flow.rt, raw))
    [reply] = sent(flow.rt, case, "access_response")
    body = " ".join(body_text(reply).split())
    exported = attachment(reply, ".csv").decode("utf-8-sig") + attachment(reply, ".json").decode()
    assert "Customer register (CRM)" in body and "Contact details" in body
    assert "crm,contacts,Contact details," in exported and '"label": "Contact details"' in exported
    for finnish in ("Asiakasrekisteri", "Yhteystiedot", "Uutiskirjeen"):
        assert finnish not in body and finnish not in exported


def test_an_unknown_address_is_flagged_and_approval_answers_that_no_data_is_processed(flow: Flow) -> None:
    raw = request_mail(sender="Pekka Outsider <pekka.outsider@example.net>", subject="Access request",
                       body="Hello,\n\nplease send me a copy of all personal data you hold about me "
                            "(Article 15 GDPR).\n\nPekka\n")
    case = send_request(flow.rt, raw)
    assert case.data["no_match"] is True and case.data["address_found"] is False
    assert "address_not_found" in events(flow.rt, case)
    case = verify_and_approve(flow.rt, case)
    [reply] = sent(flow.rt, case, "access_response")
    assert list(reply.iter_attachments()) == []
    assert "do not process any personal data about you" in " ".join(body_text(reply).split())


# --- portability -------------------------------------------------------------------------------------

def test_portability_exports_only_what_the_person_provided(flow: Flow) -> None:
    case = verify_and_approve(flow.rt, send_request(flow.rt, demo("portability")))
    [reply] = sent(flow.rt, case, "portability_export")
    tables = {t["table"]: t["rows"] for t in export_json(reply)["tables"]}
    assert set(tables) == {"contacts"}  # not subscribed, and invoices are not "provided" data
    [row] = tables["contacts"]
    assert row["email"] == "siobhan.nicheallaigh@example.com"
    assert "customer_number" not in row and "id" not in row and "hetu" not in row
    assert "email" in attachment(reply, ".csv").decode("utf-8-sig")


# --- rectification -----------------------------------------------------------------------------------

def test_rectification_changes_exactly_the_approved_field(flow: Flow) -> None:
    before = {r["id"]: r for r in flow.register("SELECT * FROM contacts")}
    case = send_request(flow.rt, demo("rectification"))
    assert [(p["field_type"], p["new_value"]) for p in case.data["proposed_corrections"]] == \
        [("phone", "+358407654300")]
    assert "+358401234567 → +358407654300" in case.data["reply_preview"]
    case = verify_and_approve(flow.rt, case)
    assert case.state == "completed"

    after = {r["id"]: r for r in flow.register("SELECT * FROM contacts")}
    sari = next(i for i, r in before.items() if r["email"] == "sari.lehtonen@example.fi")
    assert after[sari]["phone"] == "+358407654300"
    assert {k: v for k, v in after[sari].items() if k != "phone"} == \
        {k: v for k, v in before[sari].items() if k != "phone"}
    assert {i: r for i, r in after.items() if i != sari} == {i: r for i, r in before.items() if i != sari}
    [reply] = sent(flow.rt, case, "rectification_done")
    text = " ".join(body_text(reply).split())
    assert "+358401234567 → +358407654300" in text
    assert "Tilitoimisto Numerot Oy" in text  # Art. 19 recipient of the contacts table, told by us
    # The accounting firm has an address in the mapping: it gets the corrected value, in Finnish.
    [notice] = sent(flow.rt, case, "recipient_notice")
    assert notice["To"] == "tietosuoja@numerot.example.fi" and notice["Content-Language"] == "fi"
    assert "oikaisusta" in notice["Subject"] and case.reference in notice["Subject"]
    assert notice["In-Reply-To"] is None  # a new thread to a third party, not a reply to the request
    told = " ".join(body_text(notice).split())
    assert "+358407654300" in told and "+358401234567" not in told  # new value only
    assert "sari.lehtonen@example.fi" in told
    assert "recipients_notified" in events(flow.rt, case)


def test_rectification_with_nothing_to_apply_goes_back_to_staff_and_runs_once_corrections_are_entered(
        flow: Flow) -> None:
    raw = request_mail(sender="Sari Lehtonen <sari.lehtonen@example.fi>", subject="Tietojeni korjaaminen",
                       body="Hei,\n\npyydän korjaamaan väärät tietoni rekisterissänne.\n\nSari Lehtonen\n")
    case = send_request(flow.rt, raw)
    assert case.kinds == ["rectification"] and case.data["proposed_corrections"] == []
    case = verify_and_approve(flow.rt, case)
    assert case.state == "awaiting_approval" and sent(flow.rt, case, "rectification_done") == []
    with flow.rt.session() as session, pytest.raises(CaseError, match="not `field = new value`"):
        decisions.correct(session, case.reference, STAFF, ["Pirkkala"])
    with flow.rt.session() as session:  # staff enter the correction the requester confirmed
        decisions.correct(session, case.reference, STAFF, ["city = Pirkkala"])
    assert "corrections_entered" in events(flow.rt, case)
    with flow.rt.session() as session:
        decisions.approve(session, flow.rt.settings, case.reference, STAFF)
    worker.drain(flow.rt)
    assert reload(flow.rt, case).state == "completed"
    assert contact(flow, "sari.lehtonen@example.fi")["city"] == "Pirkkala"  # type: ignore[index]
    assert len(sent(flow.rt, case, "rectification_done")) == 1


# --- erasure -----------------------------------------------------------------------------------------

def test_erasure_deletes_anonymises_keeps_invoices_with_the_reason_and_is_idempotent(flow: Flow) -> None:
    email = "johan.lindqvist@example.fi"
    johan = contact(flow, email)
    assert johan is not None
    others_before = flow.register("SELECT count(*) AS n FROM contacts")[0]["n"] - 1
    case = send_request(flow.rt, demo("erasure"))
    preview = case.data["reply_preview"]
    assert "delete Asiakasrekisteri (CRM) › Yhteystiedot: 1 row" in preview
    assert "keep Asiakasrekisteri (CRM) › Laskut" in preview and "Kirjanpitolaki 2:10" in preview
    assert "anonymise Vanha asiakaslista › asiakkaat: 1 row" in preview
    assert contact(flow, email) is not None  # nothing happens before approval
    plan = open_plan(case.data["plan_sealed"], flow.rt.sealer)

    case = verify_and_approve(flow.rt, case)
    assert case.state == "completed"
    assert contact(flow, email) is None
    assert flow.register("SELECT count(*) AS n FROM contacts")[0]["n"] == others_before
    assert flow.register("SELECT * FROM contact_history WHERE contact_id = :i", i=johan["id"]) == []
    assert flow.register("SELECT * FROM newsletter_subscriptions WHERE email = :e", e=email) == []
    invoices = flow.register("SELECT * FROM invoices WHERE billing_email = :e", e=email)
    today = dt.date.today()
    assert invoices, "invoices under accounting retention are kept"
    assert all(dt.date(int(str(i["invoice_date"])[:4]), 12, 31).replace(
        year=int(str(i["invoice_date"])[:4]) + i["retention_years"]) >= today for i in invoices)
    legacy = flow.legacy_csv.read_text(encoding="utf-8").splitlines()
    assert "501;[poistettu];" in legacy and "Johan" not in "".join(legacy)
    assert "502;Matti Virtanen;matti.virtanen@rakennuspojat.example.com" in legacy  # someone else: untouched

    [reply] = sent(flow.rt, case, "erasure_done")
    text = " ".join(body_text(reply).split())
    assert reply["Content-Language"] == "sv"
    assert "Kirjanpitolaki 2:10" in text and "Kundregister (CRM): Fakturor" in text
    assert "Kundregister (CRM): Kontaktuppgifter" in text
    assert "Laskut" not in text and "Yhteystiedot" not in text and "Asiakasrekisteri" not in text  # no Finnish
    assert "Vanha asiakaslista: asiakkaat" in text  # anonymised
    # Art. 19: the accounting firm (address configured) is told by a notice; invoices it keeps are not news.
    [notice] = sent(flow.rt, case, "recipient_notice")
    assert notice["To"] == "tietosuoja@numerot.example.fi" and "poistamisesta" in notice["Subject"]
    assert email in body_text(notice) and "Tilitoimisto Numerot Oy" in text
    # The case keeps what accountability needs, not the rows.
    assert "plan_sealed" not in case.data and "plan" not in case.data
    assert all("rows" in t and isinstance(t["rows"], int) for t in case.data["found"]["tables"])
    assert "erasure_report" in case.data

    # Run twice: the same plan changes nothing more, and another fulfil job sends nothing again.
    with DataSources.from_file(sources_path(flow.rt.settings)) as sources:  # type: ignore[arg-type]
        assert sources.execute(plan).nothing_to_do
    with flow.rt.session() as session:
        store.enqueue_job(session, "fulfil", case_id=case.id)
    worker.drain(flow.rt)
    assert len(sent(flow.rt, case, "erasure_done")) == 1 and reload(flow.rt, case).state == "completed"
    assert len(sent(flow.rt, case, "recipient_notice")) == 1


def test_a_retried_erasure_job_tells_the_same_story_once(flow: Flow, monkeypatch: pytest.MonkeyPatch) -> None:
    from dsarbot.fulfil import steps

    real = steps.queue_mail
    calls = {"n": 0}

    def flaky(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 1:  # the data is already erased when this fails: the job's transaction rolls back
            raise ConnectionError("database went away")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(steps, "queue_mail", flaky)
    case = verify_and_approve(flow.rt, send_request(flow.rt, demo("erasure")))
    assert case.state == "approved" and contact(flow, "johan.lindqvist@example.fi") is None
    with flow.rt.session() as session:  # the retry is due now
        for job in store.jobs_for_case(session, case.id or 0):
            if job.type == "fulfil" and job.state == "pending":
                job.run_after = job.run_after - dt.timedelta(hours=1)
                session.add(job)
    worker.drain(flow.rt)
    case = reload(flow.rt, case)
    assert case.state == "completed"
    [reply] = sent(flow.rt, case, "erasure_done")
    text = " ".join(body_text(reply).split())
    assert "Kontaktuppgifter (1 rad)" in text  # what the first attempt deleted is still reported
    assert len(sent(flow.rt, case, "recipient_notice")) == 1  # the rolled-back attempt's notice is gone
    assert events(flow.rt, case).count("fulfilled_erasure") == 1


# --- restriction ---------------------------------------------------------------------------------------

def test_restriction_flags_the_person_in_the_sources_that_support_it(flow: Flow) -> None:
    case = verify_and_approve(flow.rt, send_request(flow.rt, demo("restriction")))
    assert case.state == "completed"
    restricted = flow.register("SELECT email, restricted FROM contacts WHERE restricted = :t", t=True)
    assert [r["email"] for r in restricted] == ["daniel.okafor@example.org"]
    [reply] = sent(flow.rt, case, "restriction_done")
    assert "Customer register (CRM): Contact details" in body_text(reply)  # an English reply, English labels
    [notice] = sent(flow.rt, case, "recipient_notice")
    assert "rajoittamisesta" in notice["Subject"] and "daniel.okafor@example.org" in body_text(notice)


# --- objection -----------------------------------------------------------------------------------------

def test_marketing_objection_takes_effect_before_any_verification_or_approval(flow: Flow) -> None:
    email = "ann-christin.sjoberg@example.fi"
    assert flow.register("SELECT marketing_consent FROM newsletter_subscriptions WHERE email = :e",
                         e=email)[0]["marketing_consent"]
    case = send_request(flow.rt, demo("objection"))
    assert not case.verified
    assert not flow.register("SELECT marketing_consent FROM newsletter_subscriptions WHERE email = :e",
                             e=email)[0]["marketing_consent"]
    assert case.state == "completed" and "marketing_suppressed" in events(flow.rt, case)
    with flow.rt.session() as session:  # one mail: the confirmation, no acknowledgement promising an answer later
        assert [r.purpose for r in store.outbox_for_case(session, case.id or 0)] == ["objection_done"]
    [reply] = sent(flow.rt, case, "objection_done")
    assert reply["Content-Language"] == "sv"
    others = flow.register("SELECT count(*) AS n FROM newsletter_subscriptions WHERE marketing_consent = :f",
                           f=False)
    assert others[0]["n"] == 1  # only hers


def test_marketing_objection_in_a_request_with_other_kinds_leaves_those_for_approval(flow: Flow) -> None:
    raw = request_mail(sender="Johan Lindqvist <johan.lindqvist@example.fi>", subject="Begäran",
                       body="Hej,\n\nvill inte ha reklam från er längre, avregistrera mig från alla utskick. "
                            "Jag begär också ett registerutdrag: skicka mig en kopia av alla personuppgifter "
                            "ni har om mig.\n\nJohan Lindqvist\n")
    case = send_request(flow.rt, raw)
    assert set(case.kinds) == {"access", "objection"}
    assert case.state == "awaiting_verification" and len(sent(flow.rt, case, "objection_done")) == 1
    case = verify_and_approve(flow.rt, case)
    assert case.state == "completed"
    assert len(sent(flow.rt, case, "objection_done")) == 1  # not a second time
    assert len(sent(flow.rt, case, "access_response")) == 1


def test_an_objection_to_profiling_waits_for_staff(flow: Flow) -> None:
    raw = request_mail(sender="Daniel Okafor <daniel.okafor@example.org>", subject="Objection",
                       body="Hello,\n\nI object under Article 21(1) GDPR to the processing of my data for "
                            "profiling and analytics based on your legitimate interest.\n\nDaniel Okafor\n")
    case = send_request(flow.rt, raw)
    assert case.kinds == ["objection"] and case.state == "awaiting_verification"
    assert case.data["marketing_objection"] is False and sent(flow.rt, case, "objection_done") == []
    assert len(sent(flow.rt, case, "acknowledgement")) == 1  # acknowledged once the check said "not marketing"
    case = verify_and_approve(flow.rt, case)
    [reply] = sent(flow.rt, case, "objection_done")
    assert "stopped processing your personal data" in " ".join(body_text(reply).split())


# --- identity ----------------------------------------------------------------------------------------------

def test_nothing_changes_for_an_unverified_requester(flow: Flow) -> None:
    email = "johan.lindqvist@example.fi"
    case = send_request(flow.rt, demo("erasure"))
    with flow.rt.session() as session, pytest.raises(CaseError, match="not verified"):
        decisions.approve(session, flow.rt.settings, case.reference, STAFF)
    with flow.rt.session() as session:  # even a fulfil job queued behind staff's back does nothing
        stored = store.case_by_id(session, case.id or 0)
        assert stored is not None
        stored.state = "approved"
        session.add(stored)
        store.enqueue_job(session, "fulfil", case_id=case.id)
    worker.drain(flow.rt)
    assert contact(flow, email) is not None
    assert flow.register("SELECT count(*) AS n FROM invoices WHERE billing_email = :e", e=email)[0]["n"] == 3
    assert [m["Subject"] for m in sent(flow.rt, case) if "erasure" in str(m["Subject"]).lower()] == []
    assert sent(flow.rt, case, "erasure_done") == []
    with flow.rt.session() as session:
        [job] = [j for j in store.jobs_for_case(session, case.id or 0) if j.type == "fulfil"]
        assert isinstance(job, Job) and "not verified" in (job.last_error or "")
        assert job.state == "failed" and job.attempts == 1  # refused at once, not retried


def test_without_data_sources_staff_are_warned_and_the_answer_is_that_nothing_was_found(tmp_path: object) -> None:
    from pathlib import Path

    from support.runtime import make_runtime

    rt = make_runtime(Path(str(tmp_path)))
    try:
        case = send_request(rt, demo("access"))
        assert case.data["sources_configured"] is False
        assert "No data sources are configured" in case.data["found_summary"][0]
        case = verify_and_approve(rt, case)
        [reply] = sent(rt, case, "access_response")
        assert list(reply.iter_attachments()) == []
        assert case.state == "completed"
    finally:
        rt.engine.dispose()



def test_csv_exports_declare_their_charset(flow: Flow) -> None:
    case = verify_and_approve(flow.rt, send_request(flow.rt, demo("access")))
    [reply] = sent(flow.rt, case, "access_response")
    [csv_part] = [p for p in reply.iter_attachments() if (p.get_filename() or "").endswith(".csv")]
    assert csv_part.get_content_type() == "text/csv" and csv_part.get_param("charset") == "utf-8"
    assert csv_part.get_content().startswith("\ufeffsource,table,label")  # decodes as declared


@pytest.mark.parametrize("flow", ["sqlite"], indirect=True)  # a SQLite register is what can be locked from here
def test_a_marketing_objection_is_acknowledged_while_its_data_source_is_down_and_carried_out_later(
        flow: Flow) -> None:
    import sqlite3

    path = flow.register_url.removeprefix("sqlite:///")
    blocker = sqlite3.connect(path, timeout=1)
    blocker.execute("BEGIN EXCLUSIVE")  # the register is locked: every write to it fails
    try:
        case = send_request(flow.rt, demo("objection"))
        assert case.state == "awaiting_verification"  # acknowledged: the requester does not wait in silence
        assert len(sent(flow.rt, case, "acknowledgement")) == 1 and sent(flow.rt, case, "objection_done") == []
    finally:
        blocker.rollback()
        blocker.close()
    with flow.rt.session() as session:  # the retry is due a minute later: make it due now
        for job in session.exec(sa_select(Job).where(Job.case_id == case.id)).all():
            if job.state == "pending":
                job.run_after = dt.datetime.now(dt.UTC)
                session.add(job)
        session.commit()
    worker.drain(flow.rt)
    case = reload(flow.rt, case)
    assert "marketing_suppressed" in events(flow.rt, case)
    assert len(sent(flow.rt, case, "objection_done")) == 1 and len(sent(flow.rt, case, "acknowledgement")) == 1
