"""The text the worker read from a scan (real Tesseract) is kept sealed with the mail, and everything later —
the Slack card, the dashboard, `dsarbot cases show`, fulfilment — sees that letter without OCR'ing it again.
Mail arrives through the real SMTP intake; the dashboard is fetched over HTTP; Slack is the local fake."""

from __future__ import annotations

import json
import smtplib
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select
from support import documents as doc
from support.fake_slack import FakeSlack, serve
from support.fulfil import Flow, body_text, sent, verify_and_approve
from support.intake import running_intake
from support.runtime import TEST_KEY
from typer.testing import CliRunner

from dsarbot import decisions, retention, store, worker
from dsarbot.analysis import stored_analysis
from dsarbot.cli import app
from dsarbot.intake.smtp_server import SmtpIntake
from dsarbot.models import Case, LabelledExample, StoredMessage, utcnow
from dsarbot.pipeline import analyse
from dsarbot.pipeline.attachments.ocr import TesseractOcr
from dsarbot.pipeline.attachments.stored import loads, readings_of
from dsarbot.runtime import Runtime

INFO = "info@kattopojat.example.fi"
HETU = "131052-308T"
LETTER = ("Hei,\n\npyydän jäljennöksen kaikista minua koskevista henkilötiedoista.\n"
          "Muutin Tampereelta Ouluun viime keväänä.\n\n"
          f"Ystävällisin terveisin\nLiisa Laine\nhenkilötunnus {HETU}")
MOVED = "Muutin Tampereelta Ouluun"
STAFF = decisions.Actor("cli:test")


@pytest.fixture
def ocr_pages(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the pages Tesseract reads (it still reads them for real)."""
    pages: list[int] = []
    recognise = TesseractOcr.recognise

    def counting(self: TesseractOcr, image: object, timeout: float) -> str:
        pages.append(1)
        return recognise(self, image, timeout)

    monkeypatch.setattr(TesseractOcr, "recognise", counting)
    return pages




def _send(intake: SmtpIntake, raw: bytes, sender: str) -> None:
    with smtplib.SMTP(intake.host, intake.port) as s:
        s.sendmail(sender, [INFO], raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


def _scan_mail(letter: str = LETTER, *, sender: str = "Liisa Laine <liisa.laine@example.fi>",
               name: str = "lomake.png", subject: str = "Pyyntö") -> bytes:
    return doc.mail("Katso liite.", [(name, "image/png", doc.text_image(letter))], sender=sender, to=INFO,
                    subject=subject)


def _only_case(rt: Runtime) -> Case:
    with rt.session() as session:
        [case] = store.list_cases(session)
        session.expunge(case)
    return case


def _env(tmp_path: Path) -> dict[str, str]:
    """The environment `dsarbot` commands need to find the test's runtime."""
    return {"DSARBOT_CONFIG": str(tmp_path / "dsarbot.toml"), "DSARBOT_DATA_DIR": str(tmp_path / "data"),
            "DSARBOT_SECRET_KEY": TEST_KEY}


def _card_text(fake: FakeSlack) -> str:
    """Everything the case's latest card shows (posted, or updated after the lookup)."""
    cards = [c for c in fake.calls_of("chat.postMessage") + fake.calls_of("chat.update")
             if "blocks" in c.params and "thread_ts" not in c.params]
    return max(cards, key=lambda c: c.t).text()


# --- staff read the letter ---------------------------------------------------------------------------

def test_staff_read_the_scanned_letter_on_the_card_the_dashboard_and_cases_show_with_the_identity_code_masked(
        slack_rt: Runtime, fake_slack: FakeSlack, ocr_pages: list[int], tmp_path: Path) -> None:
    rt = slack_rt
    with running_intake(rt) as server:
        _send(server, _scan_mail(), "liisa.laine@example.fi")
    worker.drain(rt)
    case = _only_case(rt)
    assert (case.state, case.kinds, case.requester_email) == ("awaiting_verification", ["access"],
                                                              "liisa.laine@example.fi")
    assert case.hetu_masked == "131052-***T"  # the requester's code, read from the scan, kept for fulfilment

    card = _card_text(fake_slack)
    assert "Katso liite." in card and "[from attachment lomake.png (OCR)]" in card
    assert "jäljennöksen kaikista minua koskevista" in card
    assert "131052-***T" in card and HETU not in card

    base, stop = serve(rt)
    try:
        with urllib.request.urlopen(f"{base}/cases/{case.reference}", timeout=10) as resp:
            page = resp.read().decode()
    finally:
        stop()
    assert "[from attachment lomake.png (OCR)]" in page and MOVED in page
    assert "131052-***T" in page and HETU not in page

    shown = CliRunner().invoke(app, ["cases", "show", case.reference, "--json"], env=_env(tmp_path))
    assert shown.exit_code == 0, shown.output
    request = json.loads(shown.stdout)["request"]
    assert request.startswith("Katso liite.\n\n[from attachment lomake.png (OCR)]\n") and MOVED in request
    assert "131052-***T" in request and HETU not in shown.stdout

    assert ocr_pages == [1]  # read once, by the worker; the card, the page and the command used the kept text


def test_a_scanned_pdf_letter_is_named_and_read_on_the_dashboard(
        rt: Runtime, intake: SmtpIntake, ocr_pages: list[int]) -> None:
    raw = doc.mail("Katso liite.", [("pyynto.pdf", "application/pdf", doc.scanned_pdf([LETTER]))],
                   sender="Liisa Laine <liisa.laine@example.fi>", to=INFO, subject="Pyyntö")
    _send(intake, raw, "liisa.laine@example.fi")
    worker.drain(rt)
    case = _only_case(rt)
    base, stop = serve(rt)
    try:
        with urllib.request.urlopen(f"{base}/cases/{case.reference}", timeout=10) as resp:
            page = resp.read().decode()
    finally:
        stop()
    assert "[from attachment pyynto.pdf (OCR)]" in page and MOVED in page and HETU not in page
    assert ocr_pages == [1]


# --- fulfilment uses the letter ----------------------------------------------------------------------

RECTIFICATION = ("Hei,\n\npyydän korjaamaan tietoni asiakasrekisterissänne:\nuusi puhelinnumeroni on 040 765 4300.\n\n"
                 "Terveisin\nSari Lehtonen")


def test_a_rectification_written_only_in_a_scan_proposes_and_applies_the_new_value_from_the_scan(
        flow: Flow, ocr_pages: list[int]) -> None:
    with running_intake(flow.rt) as server:
        _send(server, _scan_mail(RECTIFICATION, sender="Sari Lehtonen <sari.lehtonen@example.fi>",
                                 name="korjaus.png"), "sari.lehtonen@example.fi")
    worker.drain(flow.rt)
    case = _only_case(flow.rt)
    assert case.kinds == ["rectification"]
    assert [(p["field_type"], p["new_value"]) for p in case.data["proposed_corrections"]] == \
        [("phone", "+358407654300")]
    assert "+358401234567 → +358407654300" in case.data["reply_preview"]

    case = verify_and_approve(flow.rt, case)
    assert case.state == "completed"
    [row] = flow.register("SELECT phone FROM contacts WHERE email = 'sari.lehtonen@example.fi'")
    assert row["phone"] == "+358407654300"
    [reply] = sent(flow.rt, case, "rectification_done")
    assert "+358401234567 → +358407654300" in " ".join(body_text(reply).split())
    assert ocr_pages == [1]


# --- kept sealed, deleted with the mail --------------------------------------------------------------

def _database_bytes(rt: Runtime) -> bytes:
    path = Path(rt.settings.database_url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def test_the_letter_read_from_a_scan_is_sealed_in_the_database_file(
        rt: Runtime, intake: SmtpIntake) -> None:
    _send(intake, _scan_mail(), "liisa.laine@example.fi")
    worker.drain(rt)
    with rt.session() as session:
        [stored] = session.exec(select(StoredMessage)).all()
        assert stored.attachment_text_sealed
        [reading] = loads(rt.sealer.open(stored.attachment_text_sealed))
    assert (reading.label, reading.method, reading.status) == ("lomake.png", "ocr", "read")
    assert MOVED in reading.text and HETU in reading.text
    database = _database_bytes(rt)
    assert MOVED.encode() not in database and HETU.encode() not in database


def test_purge_and_anonymisation_delete_the_kept_letter_with_the_mail(rt: Runtime, intake: SmtpIntake) -> None:
    _send(intake, _scan_mail(), "liisa.laine@example.fi")
    _send(intake, _scan_mail(LETTER.replace("Liisa Laine", "Pekka Puro"), sender="pekka.puro@example.fi",
                             name="kirje.png", subject="Kirje"), "pekka.puro@example.fi")
    worker.drain(rt)
    with rt.session() as session:
        liisa, pekka = sorted(store.list_cases(session), key=lambda c: c.id or 0)
        decisions.not_request(session, pekka.reference, STAFF, "a newsletter, not a request")
    with rt.session() as session:
        decisions.reject(session, liisa.reference, STAFF, "duplicate of an earlier request")
    worker.drain(rt)

    def kept() -> list[bytes]:
        with rt.session() as session:
            rows = [m.attachment_text_sealed for m in session.exec(select(StoredMessage)).all()]
            rows += [e.attachment_text_sealed for e in session.exec(select(LabelledExample)).all()]
        return [r for r in rows if r]

    assert len(kept()) >= 2
    with rt.session() as session:  # the not-a-request mail goes after `non_request_days`
        retention.purge(session, rt.settings, utcnow() + timedelta(days=31))
    with rt.session() as session:
        assert [m.case_id for m in session.exec(select(StoredMessage)).all()] == [liisa.id]
    with rt.session() as session:  # the closed case is anonymised after `closed_case_years`
        retention.purge(session, rt.settings, utcnow() + timedelta(days=365 * 4))
    assert kept() == []


# --- the pipeline puts the kept readings back --------------------------------------------------------

def test_kept_readings_give_the_same_verdict_as_ocr_without_running_it(ocr_pages: list[int]) -> None:
    from dsarbot.analysis import ocr_engine

    raw = _scan_mail()
    engine = ocr_engine(True, "fin+swe+eng")
    assert engine is not None
    first = analyse(raw, ocr=engine)
    again = analyse(raw, readings=readings_of(first.parsed.attachments))
    assert ocr_pages == [1]
    assert again.classification == first.classification and again.identity == first.identity
    assert again.parsed.attachments == first.parsed.attachments


def test_a_kept_reading_never_lands_on_another_attachment() -> None:
    raw = _scan_mail()
    other = readings_of(analyse(_scan_mail(name="toinen.png")).parsed.attachments)
    analysis = analyse(raw, readings=other)  # same place, another name: read again (without OCR here)
    [att] = analysis.parsed.attachments
    assert att.status == "unreadable" and att.text == ""


def test_mail_processed_before_readings_were_kept_is_read_again_without_ocr(
        rt: Runtime, intake: SmtpIntake) -> None:
    raw = doc.mail("Katso liite.", [("pyynto.pdf", "application/pdf", doc.text_pdf([RECTIFICATION]))],
                   sender="Sari Lehtonen <sari.lehtonen@example.fi>", to=INFO)
    _send(intake, raw, "sari.lehtonen@example.fi")
    worker.drain(rt)
    with rt.session() as session:
        stored = store.message_by_id(session, 1)
        assert stored is not None and stored.attachment_text_sealed
        stored.attachment_text_sealed = None  # as a message stored before migration 0005
        analysis = stored_analysis(rt.settings, rt.sealer, stored)
    [att] = analysis.parsed.attachments
    assert att.method == "pdf" and "040 765 4300" in att.text


def test_reprocess_reads_a_failed_scan_again_and_keeps_its_letter(
        rt: Runtime, intake: SmtpIntake, ocr_pages: list[int], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from dsarbot import cases, failed_mail

    def broken(*args: object, **kwargs: object) -> Case:
        raise RuntimeError("a bug, fixed before `dsarbot reprocess`")

    with monkeypatch.context() as patched:
        patched.setattr(cases, "open_case", broken)
        _send(intake, _scan_mail(), "liisa.laine@example.fi")
        worker.drain(rt)
    with rt.session() as session:
        [failed] = store.failed_messages(session)
        [placeholder] = store.list_cases(session)  # staff see "a mail could not be processed"
        assert failed.attachment_text_sealed is None and failed_mail.is_placeholder(placeholder)

    result = CliRunner().invoke(app, ["reprocess"], env=_env(tmp_path))
    assert result.exit_code == 0, result.output
    assert "opened DSAR-" in result.stdout
    case = _only_case(rt)
    shown = CliRunner().invoke(app, ["cases", "show", case.reference], env=_env(tmp_path))
    assert "[from attachment lomake.png (OCR)]" in shown.stdout and MOVED in shown.stdout
    assert "131052-***T" in shown.stdout and HETU not in shown.stdout
    assert ocr_pages == [1, 1]  # once in the failed attempt, once again by reprocess; `cases show` read none


def test_a_labelled_example_of_a_scanned_request_replays_with_the_kept_letter_without_ocr(
        rt: Runtime, intake: SmtpIntake, ocr_pages: list[int]) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from replay_examples import replay  # type: ignore[import-not-found]

    _send(intake, _scan_mail(), "liisa.laine@example.fi")
    worker.drain(rt)
    case = _only_case(rt)
    with rt.session() as session:  # staff correct the rights: the mail becomes a labelled example
        decisions.set_kinds(session, case.reference, STAFF, ["access", "erasure"])
    with rt.session() as session:
        [example] = session.exec(select(LabelledExample)).all()
        assert example.attachment_text_sealed and MOVED.encode() not in example.attachment_text_sealed
    figures, _ = replay(rt)
    # The classifier replayed the letter itself: a request (without the kept text: a mail to triage).
    assert (figures["examples"], figures["requests"], figures["category"]) == (1, 1, 1)
    assert ocr_pages == [1]


def test_the_dashboard_masks_an_identity_code_written_in_the_mail_itself(rt: Runtime, intake: SmtpIntake) -> None:
    raw = doc.mail(f"Hei,\n\npoistakaa kaikki tietoni rekisteristänne. Henkilötunnukseni on {HETU}.\n\nLiisa Laine",
                   sender="Liisa Laine <liisa.laine@example.fi>", to=INFO, subject="Poistopyyntö")
    _send(intake, raw, "liisa.laine@example.fi")
    worker.drain(rt)
    case = _only_case(rt)
    base, stop = serve(rt)
    try:
        with urllib.request.urlopen(f"{base}/cases/{case.reference}", timeout=10) as resp:
            page = resp.read().decode()
    finally:
        stop()
    assert "poistakaa kaikki tietoni" in page and "131052-***T" in page and HETU not in page
