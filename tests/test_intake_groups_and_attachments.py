"""End to end through the real SMTP intake and the worker: requests through the company's own Google Group and
Microsoft 365 group are answered to the person; a "see attached" scan is read by OCR in the worker, never in
the intake."""

from __future__ import annotations

import email
import email.policy
import re
import smtplib
import threading
import time
from pathlib import Path

import pytest
from support import documents as doc
from support.factories import request_mail
from support.groups import GROUP, google_group_mail, m365_group_mail, newsletter

from dsarbot import processing, store, worker
from dsarbot.intake.smtp_server import SmtpIntake
from dsarbot.pipeline.attachments.ocr import TesseractOcr
from dsarbot.runtime import Runtime


def _send(intake: SmtpIntake, raw: bytes, envelope_from: str = "bounces@googlegroups.example") -> None:
    with smtplib.SMTP(intake.host, intake.port) as s:  # smtplib sends bytes as they are: CRLF them first
        s.sendmail(envelope_from, [GROUP], raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


def _acknowledgement_to(rt: Runtime, reference: str) -> str:
    [eml] = rt.settings.outbox_dir.glob(f"{reference}-acknowledgement-*.eml")
    return str(email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)["To"])


@pytest.mark.parametrize(("raw", "person", "kinds"), [
    (google_group_mail(), "matti.virtanen@gmail.example", ["erasure"]),
    (google_group_mail(reply_to_group=True, message_id="<gg-2@mail.gmail.example>"), "matti.virtanen@gmail.example",
     ["erasure"]),
    (m365_group_mail(), "anna.korhonen@example.com", ["access"]),
], ids=["google group, From rewritten", "google group replying to itself", "microsoft 365 group"])
def test_a_request_through_the_own_group_opens_a_case_answered_to_the_original_sender(
        rt: Runtime, intake: SmtpIntake, raw: bytes, person: str, kinds: list[str]) -> None:
    _send(intake, raw)
    worker.drain(rt)
    with rt.session() as session:
        [case] = store.list_cases(session)
        [ack] = store.outbox_for_case(session, case.id or 0)
    assert (case.state, case.kinds, case.requester_email) == ("awaiting_verification", kinds, person)
    assert ack.purpose == "acknowledgement" and ack.to_addr == person
    assert person in _acknowledgement_to(rt, case.reference)
    assert GROUP not in _acknowledgement_to(rt, case.reference)


def test_a_newsletter_with_list_id_through_smtp_opens_no_case(rt: Runtime, intake: SmtpIntake) -> None:
    _send(intake, newsletter(), "bounce-8812@rakennusuutiset.example")
    worker.drain(rt)
    with rt.session() as session:
        assert store.list_cases(session) == []
        [row] = [store.message_by_id(session, 1)]
    assert row is not None and row.category == "automated"


LETTER = ("Hei,\npyydän jäljennöksen kaikista minua koskevista henkilötiedoista, joita teillä on.\n\n"
          "Ystävällisin terveisin\nLiisa Laine\npuh. 050 765 4321")


def test_a_see_attached_scan_is_ocrd_in_the_worker_not_in_the_intake(
        rt: Runtime, intake: SmtpIntake, monkeypatch: pytest.MonkeyPatch) -> None:
    pages: list[int] = []
    recognise = TesseractOcr.recognise

    def counting(self: TesseractOcr, image: object, timeout: float) -> str:
        pages.append(1)
        return recognise(self, image, timeout)

    monkeypatch.setattr(TesseractOcr, "recognise", counting)
    raw = doc.mail("Katso liite, kiitos.", [("pyynto.pdf", "application/pdf", doc.scanned_pdf([LETTER]))],
                   sender="liisa.laine@example.fi", to=GROUP, subject="Pyyntö")
    _send(intake, raw, "liisa.laine@example.fi")
    with rt.session() as session:
        [row] = store.pending_messages(session, limit=10)
    assert pages == [] and row.status == "new"  # stored and answered 250 without reading the scan

    worker.drain(rt)
    assert pages == [1]
    with rt.session() as session:
        [case] = store.list_cases(session)
    assert (case.state, case.kinds, case.requester_email) == ("awaiting_verification", ["access"],
                                                              "liisa.laine@example.fi")
    assert (case.requester_name, case.requester_phone) == ("Liisa Laine", "+358507654321")
    assert case.reasons[0] == "read from attachment pyynto.pdf (OCR)"


def test_the_intake_package_never_imports_the_pipeline_or_processing() -> None:
    intake_dir = Path(__file__).resolve().parent.parent / "dsarbot" / "intake"
    for path in intake_dir.glob("*.py"):
        imports = re.findall(r"^\s*(?:from|import) (\S+)(?: import (.+))?$", path.read_text(encoding="utf-8"), re.M)
        for module, names in imports:
            assert not module.startswith(("dsarbot.pipeline", "dsarbot.processing")), (path.name, module)
            assert not (module == "dsarbot" and "processing" in names), path.name


def test_the_intake_answers_at_once_while_the_worker_ocrs_a_scan(
        rt: Runtime, intake: SmtpIntake, monkeypatch: pytest.MonkeyPatch) -> None:
    ocr_running = threading.Event()
    recognise = TesseractOcr.recognise

    def slow(self: TesseractOcr, image: object, timeout: float) -> str:
        ocr_running.set()
        time.sleep(3)  # a slow page
        return recognise(self, image, timeout)

    monkeypatch.setattr(TesseractOcr, "recognise", slow)
    _send(intake, request_mail(message_id="<plain-first@example.fi>"), "maija.meikalainen@example.fi")
    _send(intake, doc.mail("Katso liite.", [("pyynto.pdf", "application/pdf", doc.scanned_pdf([LETTER]))],
                           sender="liisa.laine@example.fi", to=GROUP), "liisa.laine@example.fi")
    worker_thread = threading.Thread(target=processing.process_pending, args=(rt,))
    worker_thread.start()
    assert ocr_running.wait(30)
    started = time.monotonic()
    _send(intake, request_mail(message_id="<during-ocr@example.fi>"), "someone@example.fi")
    answered = time.monotonic() - started
    worker_thread.join(60)
    assert answered < 1.5, f"the intake waited {answered:.1f} s for the worker"
    with rt.session() as session:
        assert len(store.list_cases(session)) == 3


def test_a_batch_that_runs_out_of_time_leaves_the_rest_for_the_next_round(
        rt: Runtime, intake: SmtpIntake, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processing, "BATCH_SECONDS", 0.0)  # every message takes "too long"
    for n in range(3):
        _send(intake, request_mail(message_id=f"<budget-{n}@example.fi>"), "maija.meikalainen@example.fi")
    results = processing.process_pending(rt)
    assert [r.action for r in results] == ["opened", "opened", "opened"]
    with rt.session() as session:
        assert list(store.pending_messages(session, limit=10)) == []
