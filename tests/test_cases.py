"""Cases: references, the state machine, staff decisions and storage, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from support.factories import analysis, open_case, request_mail

from dsarbot import cases, decisions, store
from dsarbot.decisions import Actor, CaseError
from dsarbot.intake import ingest
from dsarbot.runtime import Runtime

ALICE = Actor("slack:U01ALICE", "Alice")
BOB = Actor("slack:U02BOB", "Bob")


def test_references_are_sequential_per_year_and_unique(any_rt: Runtime) -> None:
    first = open_case(any_rt, message_id="<a@x>", received_at=datetime(2026, 4, 1, 9, tzinfo=UTC))
    second = open_case(any_rt, message_id="<b@x>", received_at=datetime(2026, 4, 2, 9, tzinfo=UTC))
    next_year = open_case(any_rt, message_id="<c@x>", received_at=datetime(2027, 1, 5, 9, tzinfo=UTC))
    assert (first.reference, second.reference, next_year.reference) == (
        "DSAR-2026-0001", "DSAR-2026-0002", "DSAR-2027-0001")


def test_parallel_reference_allocation_never_repeats(any_rt: Runtime) -> None:
    refs: list[str] = []
    lock = threading.Lock()

    def allocate() -> None:
        for _ in range(10):
            with any_rt.session() as session:
                ref = store.next_reference(session, 2026)
            with lock:
                refs.append(ref)

    threads = [threading.Thread(target=allocate) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(refs) == 40 and len(set(refs)) == 40


def test_new_case_due_date_and_opening_event(any_rt: Runtime) -> None:
    case = open_case(any_rt, received_at=datetime(2026, 4, 1, 8, tzinfo=UTC))
    assert case.due_date == date(2026, 5, 4)
    with any_rt.session() as session:
        events = store.case_events(session, case.id or 0)
    # (It arrived long ago, so an `overdue_on_arrival` event follows when the test runs after 2026-05-04.)
    assert [e.type for e in events if e.type != "overdue_on_arrival"] == ["opened"]
    assert events[0].actor == "system"


def test_identity_code_is_sealed_masked_and_absent_from_the_database(rt: Runtime) -> None:
    case = open_case(rt, hetu="131052-308T")
    assert case.hetu_masked == "131052-***T"
    assert cases.hetu_of(case, rt.sealer) == "131052-308T"
    with rt.engine.connect() as conn:
        dump = "\n".join(str(row) for table in ("cases", "messages", "case_events")
                         for row in conn.execute(sa.text(f"SELECT * FROM {table}")))
    assert "308T" not in dump and "131052-308" not in dump


def test_same_mail_twice_is_stored_once(any_rt: Runtime) -> None:
    raw = request_mail(message_id="<dup@example.fi>")
    relayed = b"Received: from relay.example.net by mx.example.fi; Wed, 1 Apr 2026 09:00:01 +0300\r\n" + raw
    with any_rt.session() as session:
        first, created1 = store.save_incoming(session, any_rt.sealer, raw, source="test",
                                              received_at=datetime.now(UTC), message_id="<dup@example.fi>",
                                              content_digest=ingest.content_digest(raw))
        again, created2 = store.save_incoming(session, any_rt.sealer, raw, source="test",
                                              received_at=datetime.now(UTC), message_id="<dup@example.fi>",
                                              content_digest=ingest.content_digest(raw))
        other_bytes_same_id, created3 = store.save_incoming(
            session, any_rt.sealer, relayed, source="test", received_at=datetime.now(UTC),
            message_id="<dup@example.fi>", content_digest=ingest.content_digest(relayed))
    assert created1 and not created2 and not created3
    assert first.id == again.id == other_bytes_same_id.id


def test_approve_is_refused_until_identity_is_verified(any_rt: Runtime) -> None:
    case = open_case(any_rt)
    with pytest.raises(CaseError, match="not verified"), any_rt.session() as session:
        decisions.approve(session, any_rt.settings, case.reference, ALICE)
    with any_rt.session() as session:
        decisions.verify(session, case.reference, ALICE, "ID card seen at the office")
    with any_rt.session() as session:
        outcome = decisions.approve(session, any_rt.settings, case.reference, BOB)
    assert outcome.case.state == "approved"
    with any_rt.session() as session:
        events = store.case_events(session, case.id or 0)
        jobs = store.jobs_for_case(session, case.id or 0)
    assert [e.type for e in events][-3:] == ["verified", "transition", "approved"]
    assert events[-1].actor == "slack:U02BOB (Bob)"
    assert "fulfil" in [j.type for j in jobs]


def test_illegal_transitions_are_refused_with_a_reason(rt: Runtime) -> None:
    case = open_case(rt)
    with rt.session() as session:
        decisions.not_request(session, case.reference, ALICE, "sales mail")
    with pytest.raises(CaseError, match=r"already closed \(not a request\)"), rt.session() as session:
        decisions.reject(session, case.reference, ALICE, "too late")
    with pytest.raises(CaseError, match="needs a reason"), rt.session() as session:
        decisions.reject(session, case.reference, ALICE, "  ")


def test_extension_once_and_only_within_the_first_month(rt: Runtime) -> None:
    case = open_case(rt, received_at=datetime(2026, 4, 1, 8, tzinfo=UTC))
    with pytest.raises(CaseError, match="first month ended"), rt.session() as session:
        decisions.extend(session, case.reference, ALICE, "complex", today=date(2026, 5, 5))
    with rt.session() as session:
        outcome = decisions.extend(session, case.reference, ALICE, "many systems to search",
                                   today=date(2026, 5, 4))
    assert outcome.case.due_date == date(2026, 7, 1) and outcome.case.extended
    with pytest.raises(CaseError, match="already extended"), rt.session() as session:
        decisions.extend(session, case.reference, ALICE, "again", today=date(2026, 5, 4))
    with rt.session() as session:
        jobs = store.jobs_for_case(session, case.id or 0)
    assert [j.payload.get("purpose") for j in jobs if j.type == "send_reply"] == ["extension_notice"]


def test_request_info_pauses_the_clock_until_the_answer(rt: Runtime) -> None:
    case = open_case(rt, received_at=datetime(2026, 4, 1, 8, tzinfo=UTC))
    with rt.session() as session:
        decisions.request_info(session, case.reference, ALICE, "Which customer number?")
        c = store.case_by_reference(session, case.reference)
        assert c is not None
        assert c.state == "awaiting_info"
        c.paused_since = datetime.now(UTC) - timedelta(days=10)  # ten days pass
        session.add(c)
    with rt.session() as session:
        c = store.case_by_reference(session, case.reference)
        assert c is not None
        assert cases.effective_due(c) > date(2026, 5, 4)
        cases.transition(session, c, "awaiting_verification", actor="requester", type="info_received")
        assert c.paused_days == 10 and c.paused_since is None
        assert c.due_date == date(2026, 5, 11)


def test_four_eyes_erasure_needs_a_second_person(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from support.runtime import make_runtime

    rt = make_runtime(tmp_path)
    rt.settings = rt.settings.model_copy(update={"slack": rt.settings.slack.model_copy(
        update={"four_eyes_erasure": True})})
    case = open_case(rt, verified=True)
    with rt.session() as session:
        first = decisions.approve(session, rt.settings, case.reference, ALICE)
    assert first.case.state == "awaiting_approval" and "second approver" in first.message
    with pytest.raises(CaseError, match="another person"), rt.session() as session:
        decisions.approve(session, rt.settings, case.reference, ALICE)
    with rt.session() as session:
        assert decisions.approve(session, rt.settings, case.reference, BOB).case.state == "approved"


def test_triage_confirm_queues_the_acknowledgement(rt: Runtime) -> None:
    case = open_case(rt, uncertain=True, kinds=())
    assert case.state == "triage"
    with pytest.raises(CaseError, match="triage"), rt.session() as session:
        decisions.approve(session, rt.settings, case.reference, ALICE)
    with rt.session() as session:
        outcome = decisions.confirm(session, case.reference, ALICE, ["access"])
    assert outcome.case.state == "awaiting_verification" and outcome.case.kinds == ["access"]


def test_list_orders_by_due_date_and_finds_overdue(any_rt: Runtime) -> None:
    late = open_case(any_rt, message_id="<late@x>", received_at=datetime(2026, 1, 5, 9, tzinfo=UTC))
    soon = open_case(any_rt, message_id="<soon@x>", received_at=datetime(2026, 3, 5, 9, tzinfo=UTC))
    with any_rt.session() as session:
        ordered = [c.reference for c in store.list_cases(session)]
        overdue = [c.reference for c in store.list_cases(session, overdue_on=date(2026, 3, 1))]
    assert ordered == [late.reference, soon.reference]
    assert overdue == [late.reference]


def test_summary_has_the_contract_keys(rt: Runtime) -> None:
    case = open_case(rt, received_at=datetime(2026, 4, 1, 8, tzinfo=UTC))
    s = cases.summary(case, today=date(2026, 4, 2))
    assert {"reference", "state", "kinds", "language", "requester", "received_at", "due_at"} <= set(s)
    assert s["due_at"] == "2026-05-04" and s["requester"] == "maija.meikalainen@example.fi"
    assert analysis().classification.kinds == ("erasure",)


def test_confirmed_triage_mail_from_imap_gets_the_request_marking(rt: Runtime) -> None:
    a = analysis(uncertain=True, kinds=(), message_id="<imap-triage@x>")
    with rt.session() as session:
        stored, _ = store.save_incoming(session, rt.sealer, request_mail(message_id="<imap-triage@x>"),
                                        source="imap", received_at=datetime.now(UTC),
                                        message_id="<imap-triage@x>", mailbox="bot@imap/INBOX",
                                        uidvalidity=1, uid=7)
        case = cases.open_case(session, rt.sealer, cases.Opening("demo", stored, a, True))
    with rt.session() as session:
        decisions.confirm(session, case.reference, ALICE, ["erasure"])
    with rt.session() as session:
        marks = [j for j in store.jobs_for_case(session, case.id or 0) if j.type == "imap_mark"]
    assert [j.payload for j in marks] == [{"message": stored.id}]


def test_staff_correct_the_rights_an_open_request_uses(rt: Runtime) -> None:
    case = open_case(rt, kinds=("erasure",))
    with rt.session() as session:
        outcome = decisions.set_kinds(session, case.reference, ALICE, ["objection", "erasure"])
    assert outcome.case.kinds == ["erasure", "objection"]
    with rt.session() as session:
        events = store.case_events(session, case.id or 0)
        jobs = [j.type for j in store.jobs_for_case(session, case.id or 0)]
    changed = [e for e in events if e.type == "kinds_changed"]
    assert changed and changed[0].data == {"from": ["erasure"], "to": ["erasure", "objection"]}
    assert "lookup" in jobs and "marketing_objection" in jobs
    with pytest.raises(CaseError, match="choose one or more kinds"), rt.session() as session:
        decisions.set_kinds(session, case.reference, ALICE, ["deletion"])
    triage = open_case(rt, uncertain=True, kinds=(), message_id="<t2@x>")
    with pytest.raises(CaseError, match="in triage"), rt.session() as session:
        decisions.set_kinds(session, triage.reference, ALICE, ["access"])
