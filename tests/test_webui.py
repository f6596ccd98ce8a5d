"""The web dashboard over HTTP: the case list, a case page, decisions and the managers' numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient
from support.factories import open_case
from support.runtime import make_runtime
from support.webui import client, csrf_token, listed

from dsarbot import i18n, store
from dsarbot.runtime import Runtime
from dsarbot.web import create_app

NOW = datetime.now(UTC)


def days_ago(n: int) -> datetime:
    return NOW - timedelta(days=n)


def set_fields(rt: Runtime, reference: str, **fields: object) -> None:
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        assert case is not None
        for k, v in fields.items():
            setattr(case, k, v)
        session.add(case)


def events(rt: Runtime, reference: str) -> list[tuple[str, str]]:
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        assert case is not None and case.id is not None
        return [(e.actor, e.type) for e in store.case_events(session, case.id)]


def state_of(rt: Runtime, reference: str) -> str:
    with rt.session() as session:
        case = store.case_by_reference(session, reference)
        assert case is not None
        return case.state


def post(c: TestClient, reference: str, decision: str, **fields: str) -> httpx.Response:
    """Submit a decision form the way a browser does: token from the page, cookie from the visit."""
    token = csrf_token(c.get(f"/cases/{reference}").text)
    return c.post(f"/cases/{reference}/{decision}", data={"csrf_token": token, **fields})


def test_open_cases_are_listed_by_due_date_with_urgent_ones_marked(rt: Runtime) -> None:
    fresh = open_case(rt, message_id="<fresh@x>", received_at=days_ago(2))
    late = open_case(rt, message_id="<late@x>", received_at=days_ago(45))
    soon = open_case(rt, message_id="<soon@x>", received_at=days_ago(28))
    done = open_case(rt, message_id="<done@x>", received_at=days_ago(60))
    set_fields(rt, done.reference, state="completed", closed_at=days_ago(50))

    html = client(rt).get("/").text

    assert listed(html) == [(late.reference, "overdue"), (soon.reference, "due-soon"), (fresh.reference, "")]
    assert "OVERDUE" in html and "days overdue" in html and "DUE SOON" in html
    assert "waiting for identity verification" in html  # the human label, not the state key
    assert done.reference not in html


def test_list_can_be_filtered_by_state_and_to_overdue_cases(rt: Runtime) -> None:
    late = open_case(rt, message_id="<late@x>", received_at=days_ago(45))
    triage = open_case(rt, message_id="<t@x>", uncertain=True)
    waiting = open_case(rt, message_id="<w@x>", verified=True)
    c = client(rt)

    assert [r for r, _ in listed(c.get("/?overdue=1").text)] == [late.reference]
    assert [r for r, _ in listed(c.get("/?state=triage").text)] == [triage.reference]
    page = c.get("/").text
    assert "1</span> needs a decision: request or not" in page  # counts by state
    assert {r for r, _ in listed(page)} == {late.reference, triage.reference, waiting.reference}


def test_closed_cases_have_their_own_tab(rt: Runtime) -> None:
    open_one = open_case(rt, message_id="<o@x>")
    closed = open_case(rt, message_id="<c@x>", received_at=days_ago(20))
    set_fields(rt, closed.reference, state="rejected", closed_at=days_ago(5))

    html = client(rt).get("/?closed=1").text

    assert [r for r, _ in listed(html)] == [closed.reference]
    assert "rejected" in html and "15 d" in html
    assert open_one.reference not in html


def test_user_supplied_text_is_shown_as_text_never_as_markup(rt: Runtime) -> None:
    case = open_case(rt, message_id="<x@x>", name="<script>alert('name')</script>")
    set_fields(rt, case.reference, subject='<img src=x onerror="alert(1)">', assignee="<b>bold</b>",
               data={"found_summary": ["<svg onload=alert(2)>"]})
    c = client(rt)

    for html in (c.get("/").text, c.get(f"/cases/{case.reference}").text):
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;" in html
        assert "<script" not in html  # the dashboard itself has no scripts either
    page = c.get(f"/cases/{case.reference}").text
    assert "<img src=x" not in page and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page
    assert "<svg" not in page and "<b>bold" not in page


def test_case_page_shows_details_with_the_identity_code_masked(rt: Runtime) -> None:
    case = open_case(rt, message_id="<h@x>", hetu="131052-308T", received_at=days_ago(3))
    set_fields(rt, case.reference, data={"found_summary": ["crm.customers: 1 row", {"invoices": 3}]})

    page = client(rt).get(f"/cases/{case.reference}").text

    assert "131052-***T" in page and "308T" not in page
    assert "maija.meikalainen@example.fi" in page and "Maija Meikäläinen" in page
    assert f"Due {i18n.ENGLISH.date(case.due_date)}" in page and "days left" in page  # 4 Jan 2027
    assert "not verified" in page and "nobody" in page
    assert "crm.customers: 1 row" in page and "invoices: 3" in page
    assert "opened" in page and "system" in page  # the timeline


def test_case_page_shows_the_requesters_own_words(rt: Runtime) -> None:
    case = open_case(rt, message_id="<w@x>")
    page = client(rt).get(f"/cases/{case.reference}").text
    assert "pyydän poistamaan kaikki minua koskevat tietonne" in page


def test_list_and_case_page_name_the_language_of_the_mail(rt: Runtime) -> None:
    case = open_case(rt, message_id="<lang@x>")
    set_fields(rt, case.reference, language="uk")
    c = client(rt)
    assert "Ukrainian (uk)" in c.get("/").text
    assert "Ukrainian (uk)" in c.get(f"/cases/{case.reference}").text


def test_case_page_still_works_when_the_mail_cannot_be_read(rt: Runtime,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    case = open_case(rt, message_id="<u@x>")

    def broken(_token: bytes) -> bytes:
        raise ValueError("cannot open")

    monkeypatch.setattr(rt.sealer, "open", broken)
    response = client(rt).get(f"/cases/{case.reference}")
    assert response.status_code == 200
    assert "(excerpt unavailable)" in response.text


def test_only_decisions_that_fit_the_state_are_offered(rt: Runtime) -> None:
    triage = open_case(rt, message_id="<t@x>", uncertain=True)
    unverified = open_case(rt, message_id="<u@x>")
    ready = open_case(rt, message_id="<r@x>", verified=True)
    closed = open_case(rt, message_id="<c@x>")
    set_fields(rt, closed.reference, state="withdrawn", closed_at=NOW)
    c = client(rt)

    def offered(ref: str) -> set[str]:
        html = c.get(f"/cases/{ref}").text
        return {d for d in ("confirm", "verify", "approve", "request-info", "extend", "assign", "reject",
                            "not-request", "withdraw") if f'action="/cases/{ref}/{d}"' in html}

    assert offered(triage.reference) == {"confirm", "not-request", "reject", "assign"}
    assert c.get(f"/cases/{triage.reference}").text.count('name="kinds"') == 6
    assert "approve" not in offered(unverified.reference) and "verify" in offered(unverified.reference)
    assert {"approve", "request-info", "extend"} <= offered(ready.reference)
    assert "verify" not in offered(ready.reference)
    assert offered(closed.reference) == set()


def test_verify_then_approve_records_the_web_user_and_queues_the_work(rt: Runtime) -> None:
    case = open_case(rt, message_id="<v@x>")
    c = client(rt)

    r = post(c, case.reference, "verify", note="ID card seen at the office")
    assert r.status_code == 303 and r.headers["location"] == f"/cases/{case.reference}"
    page = c.get(f"/cases/{case.reference}").text
    assert "identity verified" in page and "waiting for staff approval" in page
    assert "ID card seen at the office" in page

    post(c, case.reference, "approve")
    page = c.get(f"/cases/{case.reference}").text
    assert "approved; the reply and data changes are being carried out" in page
    assert state_of(rt, case.reference) == "approved"
    assert ("web:local", "verified") in events(rt, case.reference)
    assert ("web:local", "approved") in events(rt, case.reference)
    with rt.session() as session:
        assert "fulfil" in [j.type for j in store.jobs_for_case(session, case.id or 0)]
    assert rt.wake.is_set()  # the in-process worker is woken


def test_a_refused_decision_says_why_and_changes_nothing(rt: Runtime) -> None:
    case = open_case(rt, message_id="<n@x>", state="awaiting_approval")
    c = client(rt)

    post(c, case.reference, "approve")
    page = c.get(f"/cases/{case.reference}").text

    assert "Not done:" in page and "identity is not verified" in page
    assert state_of(rt, case.reference) == "awaiting_approval"
    assert events(rt, case.reference) == [("system", "opened")]
    # The message is shown once, not on every later visit.
    assert "Not done:" not in c.get(f"/cases/{case.reference}").text


def test_a_rejection_needs_a_reason_and_then_closes_the_case(rt: Runtime) -> None:
    case = open_case(rt, message_id="<rj@x>", verified=True)
    c = client(rt)

    post(c, case.reference, "reject", reason="   ")
    assert "a rejection needs a reason" in c.get(f"/cases/{case.reference}").text

    post(c, case.reference, "reject", reason="Manifestly unfounded <repeat>")
    page = c.get(f"/cases/{case.reference}").text
    assert state_of(rt, case.reference) == "rejected"
    assert "Manifestly unfounded &lt;repeat&gt;" in page and "No further decisions" in page


def test_triage_is_confirmed_with_the_ticked_kinds(rt: Runtime) -> None:
    case = open_case(rt, message_id="<tr@x>", uncertain=True)
    c = client(rt)
    token = csrf_token(c.get(f"/cases/{case.reference}").text)

    c.post(f"/cases/{case.reference}/confirm",
           data={"csrf_token": token, "kinds": ["access", "objection"]})

    with rt.session() as session:
        confirmed = store.case_by_reference(session, case.reference)
        assert confirmed is not None
        assert confirmed.kinds == ["access", "objection"]
        assert confirmed.state == "awaiting_verification"


def test_assign_and_extend_from_the_dashboard(rt: Runtime) -> None:
    case = open_case(rt, message_id="<ae@x>", received_at=days_ago(5))
    c = client(rt)

    post(c, case.reference, "assign", assignee="Liisa")
    post(c, case.reference, "extend", reason="Data in several old systems")
    page = c.get(f"/cases/{case.reference}").text

    assert "Liisa" in page and "Extended to three months" in page
    assert [t for _, t in events(rt, case.reference)][-2:] == ["assigned", "extended"]


def test_unknown_case_and_unknown_decision_are_404(rt: Runtime) -> None:
    c = client(rt)
    assert c.get("/cases/DSAR-2026-9999").status_code == 404
    assert "No case has the reference DSAR-2026-9999" in c.get("/cases/DSAR-2026-9999").text
    case = open_case(rt, message_id="<404@x>")
    token = csrf_token(c.get(f"/cases/{case.reference}").text)
    assert c.post(f"/cases/{case.reference}/delete-everything", data={"csrf_token": token}).status_code == 404


def test_stats_show_open_overdue_completed_and_median_time(rt: Runtime) -> None:
    open_case(rt, message_id="<late@x>", received_at=days_ago(45))
    open_case(rt, message_id="<new@x>", received_at=days_ago(1), verified=True)
    for n, (got, took) in enumerate([(20, 10), (25, 12), (14, 2), (200, 30)]):
        done = open_case(rt, message_id=f"<done{n}@x>", received_at=days_ago(got))
        set_fields(rt, done.reference, state="completed", closed_at=days_ago(got - took))

    page = client(rt).get("/stats").text

    assert '<span class="n">2</span> open cases' in page
    assert '<span class="n">1</span> overdue' in page
    assert '<span class="n">3</span> completed in the last 30 days' in page  # the 200-day-old one is not
    assert "10.0 days" in page  # median of 10, 12 and 2 days
    assert "11.0 days" in page  # all time: 2, 10, 12, 30


def test_pages_forbid_framing_scripts_and_caching(rt: Runtime) -> None:
    case = open_case(rt, message_id="<h@x>")
    c = client(rt)
    for path in ("/", f"/cases/{case.reference}", "/stats", "/?closed=1"):
        r = c.get(path)
        assert r.headers["x-frame-options"] == "DENY"
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
        assert "unsafe-inline" not in csp
        assert r.headers["cache-control"] == "no-store"
    css = c.get("/assets/dashboard.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


def test_the_dashboard_is_part_of_the_web_listener(rt: Runtime) -> None:
    listener = TestClient(create_app(rt), base_url="http://localhost", client=("127.0.0.1", 50000))
    assert listener.get("/healthz").status_code == 200
    assert "Open cases" in listener.get("/").text


def test_the_dashboard_can_be_switched_off(tmp_path: Path) -> None:
    (tmp_path / "dsarbot.toml").write_text("[web]\ndashboard = false\n")
    rt = make_runtime(tmp_path)
    listener = TestClient(create_app(rt), client=("127.0.0.1", 50000))
    assert listener.get("/").status_code == 404
    assert listener.get("/healthz").status_code == 200
    rt.engine.dispose()


def test_asking_for_information_pauses_the_clock_and_says_so(rt: Runtime) -> None:
    case = open_case(rt, message_id="<ri@x>", received_at=days_ago(4))
    c = client(rt)

    post(c, case.reference, "request-info", what="A copy of your customer card")
    page = c.get(f"/cases/{case.reference}").text

    assert "the deadline is paused until they answer" in page
    assert "waiting for information from the requester" in page
    assert "The clock is paused" in page
    assert ("web:local", "info_requested") in events(rt, case.reference)


def test_staff_enter_the_exact_corrections_of_a_rectification(rt: Runtime) -> None:
    case = open_case(rt, message_id="<fix@x>", kinds=("rectification",), verified=True)
    other = open_case(rt, message_id="<erase@x>", kinds=("erasure",), verified=True)
    c = client(rt)
    assert f"/cases/{case.reference}/correct" in c.get(f"/cases/{case.reference}").text
    assert f"/cases/{other.reference}/correct" not in c.get(f"/cases/{other.reference}").text
    r = post(c, case.reference, "correct", corrections="last_name = Virtanen\nphone = +358401234567")
    assert r.status_code == 303
    page = c.get(f"/cases/{case.reference}").text
    assert "corrections recorded (last_name, phone)" in page
    with rt.session() as session:
        stored = store.case_by_reference(session, case.reference)
        assert stored is not None
        assert stored.data["corrections"] == [{"field_type": "last_name", "new_value": "Virtanen"},
                                              {"field_type": "phone", "new_value": "+358401234567"}]
    post(c, case.reference, "correct", corrections="just a sentence")
    assert "is not `field = new value`" in c.get(f"/cases/{case.reference}").text


def test_staff_correct_the_rights_of_an_open_request(rt: Runtime) -> None:
    case = open_case(rt, message_id="<kinds@x>", kinds=("access",))
    c = client(rt)
    assert f"/cases/{case.reference}/kinds" in c.get(f"/cases/{case.reference}").text
    post(c, case.reference, "kinds", kinds=["access", "erasure"])
    assert "now uses access, erasure" in c.get(f"/cases/{case.reference}").text
    assert ("web:local", "kinds_changed") in events(rt, case.reference)
