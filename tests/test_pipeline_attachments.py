"""The whole pipeline on mail whose request is in an attachment: the existing classifier recognises it from
the requester view, identity comes from the attached letter, and what cannot be read goes to staff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import documents as doc

from dsarbot.pipeline import analyse
from dsarbot.pipeline.attachments import load_ocr
from dsarbot.pipeline.attachments.ocr import OcrEngine

PDF = "application/pdf"
LETTER = (
    "Tietosuojapyyntö\n"
    "Pyydän poistamaan kaikki minua koskevat henkilötiedot rekistereistänne.\n"
    "\n"
    "Ystävällisin terveisin\n"
    "Matti Meikäläinen\n"
    "puh. 040 123 4567\n"
    "henkilötunnus 131052-308T"
)


@pytest.fixture(scope="module")
def ocr() -> OcrEngine:
    engine, missing = load_ocr()
    assert engine is not None, missing
    return engine


def test_a_see_attached_scan_is_a_request_with_its_kind_and_the_letters_identity(ocr: OcrEngine) -> None:
    raw = doc.mail("Katso liite.", [("pyynto.pdf", PDF, doc.scanned_pdf([LETTER]))], sender="mm1952@example.fi",
                   subject="Pyyntö")
    a = analyse(raw, ocr=ocr)
    c, i = a.classification, a.identity
    assert (c.category, c.kinds, c.uncertain) == ("request", ("erasure",), False)
    assert c.reasons[0] == "read from attachment pyynto.pdf (OCR)"
    assert (i.email, i.name, i.phone, i.hetu) == ("mm1952@example.fi", "Matti Meikäläinen", "+358401234567",
                                                  "131052-308T")


def test_an_empty_mail_with_a_swedish_word_letter_is_an_access_request_in_swedish() -> None:
    letter = ["Hej,", "jag vill få ut ett registerutdrag över alla personuppgifter ni har om mig.", "",
              "Med vänliga hälsningar", "Sofia Westerlund"]
    raw = doc.mail("", [("begaran.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         doc.docx(letter))], sender="sofia.w@example.se", subject="")
    a = analyse(raw)
    assert (a.classification.category, a.classification.kinds) == ("request", ("access",))
    assert a.classification.language == "sv"
    assert a.identity.name == "Sofia Westerlund"


def test_a_scan_that_cannot_be_read_behind_a_see_attached_note_goes_to_staff() -> None:
    raw = doc.mail("Katso liite.", [("pyynto.pdf", PDF, doc.scanned_pdf([LETTER]))], subject="Pyyntö")
    c = analyse(raw).classification  # no OCR engine: the scan cannot be read
    assert c.uncertain is True
    assert c.reasons[:2] == ("staff decide: the request may be in an attachment that could not be read",
                             "could not read attachment pyynto.pdf: no text layer (a scan?), OCR not available "
                             "(install dsarbot[ocr] and Tesseract)")


def test_an_encrypted_attachment_named_as_a_data_request_goes_to_staff() -> None:
    body = ("Hei, lähetän tässä sähköpostissa teille allekirjoitetun asiakirjan, jonka pyysitte minua täyttämään "
            "viime viikolla puhelimessa. Salasanan kerron puhelimessa.")
    raw = doc.mail(body, [("tietopyynto.pdf", PDF, doc.encrypted_pdf(LETTER, "salainen"))])
    c = analyse(raw).classification
    assert c.uncertain is True
    assert "could not read attachment tietopyynto.pdf: encrypted PDF (needs a password)" in c.reasons


def test_an_invoice_whose_pdf_is_damaged_stays_ordinary_mail_with_the_reason_noted() -> None:
    body = ("Hyvä asiakas,\n\nliitteenä lasku 10455 kompressorin huollosta (2 kpl). Summa 486,60 €, eräpäivä "
            "16.12.2026, viitenumero 104557.\n\nOulun Konehuolto Oy")
    raw = doc.mail(body, [("Lasku_10455.pdf", PDF, b"%PDF-1.4\n1 0 obj\n")], sender="laskutus@konehuolto.example.fi",
                   subject="Lasku 10455")
    c = analyse(raw).classification
    assert (c.category, c.uncertain) == ("other", False)
    assert c.reasons[0] == "could not read attachment Lasku_10455.pdf: damaged PDF (could not be opened)"


def test_an_unticked_option_of_a_filled_in_form_is_not_asked_for() -> None:
    form = ("TIETOSUOJALOMAKE\n[X] Haluan tarkastaa minusta tallennetut tiedot\n"
            "[ ] Haluan, että tietoni poistetaan\nNimi: Marko Hietala")
    raw = doc.mail("Liitteenä lomake.", [("lomake.pdf", PDF, doc.text_pdf([form]))], sender="marko@example.fi")
    c = analyse(raw).classification
    assert (c.category, c.kinds) == ("request", ("access",))


def test_a_long_mail_that_does_not_point_at_its_attachment_is_judged_on_its_own_words() -> None:
    body = ("Hei, tilasin teiltä helmikuussa kattoturvatuotteita ja toimitus tuli ajallaan, mutta yksi "
            "lumiesteen kiinnike puuttui paketista kokonaan. Voisitteko lähettää puuttuvan kiinnikkeen samaan "
            "osoitteeseen kuin aiemmin? Tilausnumero on 48213 ja maksoin tilauksen heti verkkopankissa. "
            "Kiitos jo etukäteen avusta ja hyvää viikonjatkoa koko porukalle sinne Tampereelle.")
    raw = doc.mail(body, [("muistiinpanot.pdf", PDF, doc.text_pdf([LETTER]))])
    c = analyse(raw).classification
    assert c.category == "other"
    assert not any(r.startswith("read from attachment") for r in c.reasons)


def test_dsarbot_classify_reads_a_scan_by_ocr_and_without_it_sends_the_mail_to_staff(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from dsarbot.cli.classify import classify

    app = typer.Typer()
    app.command()(classify)
    mail = tmp_path / "scan.eml"
    mail.write_bytes(doc.mail("Katso liite.", [("pyynto.pdf", PDF, doc.scanned_pdf([LETTER]))], subject="Pyyntö"))
    with_ocr = CliRunner().invoke(app, ["--json", str(mail)])
    without = CliRunner().invoke(app, ["--json", "--no-ocr", str(mail)])
    assert with_ocr.exit_code == 0 and without.exit_code == 0, with_ocr.output + without.output
    row, unread = json.loads(with_ocr.stdout), json.loads(without.stdout)
    assert (row["category"], row["kinds"], row["hetu"]) == ("request", ["erasure"], "131052-308T")
    assert (unread["category"], unread["uncertain"]) == ("other", True)


def test_a_forms_text_layer_without_its_boxes_counts_only_the_ticked_options() -> None:
    # PDF text layers often drop the empty boxes: only "X" marks the ticked options among plain lines.
    form = ("REKISTERÖIDYN PYYNTÖ\nNimi: Tiina Salmela\n2. Pyyntö koskee (rastita)\nPääsy omiin tietoihin\n"
            "Virheellisen tiedon oikaisu\nX Tietojen poistaminen\nKäsittelyn rajoittaminen\n"
            "Tietojen siirtäminen järjestelmästä toiseen\n3. Lisätiedot")
    raw = doc.mail("", [("lomake.pdf", PDF, doc.text_pdf([form]))], sender="tiina@example.fi", subject="")
    c = analyse(raw).classification
    assert (c.category, c.kinds) == ("request", ("erasure",))


def test_a_letter_scanned_on_the_office_printer_is_answered_at_the_address_the_letter_gives() -> None:
    letter = ("Sirkka Väisänen\nTuirantie 17 A 3, 90500 Oulu\n\nHenkilötietojen tarkastuspyyntö\n"
              "Pyydän kopion kaikista minua koskevista henkilötiedoista.\n"
              "Vastaus sähköpostitse osoitteeseen sirkka.vaisanen@example.fi.\n\nSirkka Väisänen")
    raw = doc.mail("Skannattu asiakirja\nLaite: bizhub C250i", [("SKM_C250i.pdf", PDF, doc.text_pdf([letter]))],
                   sender="skanneri@kattopojat.example.fi", to="info@kattopojat.example.fi",
                   subject="Skannattu asiakirja")
    a = analyse(raw)
    assert (a.classification.kinds, a.identity.email) == (("access",), "sirkka.vaisanen@example.fi")


def test_ocr_misreadings_of_the_at_sign_are_mended_in_addresses() -> None:
    from dsarbot.pipeline.attachments.ocr import mended

    assert mended("osoitteeseen sirkka.vaisanen&example.fi.") == "osoitteeseen sirkka.vaisanen@example.fi."
    assert mended("matti©gmail.com") == "matti@gmail.com"
    assert mended("Smith & Sons Ltd") == "Smith & Sons Ltd"


def test_without_ocr_a_scan_from_the_office_printer_goes_to_staff() -> None:
    raw = doc.mail("Skannattu asiakirja\n\nTiedoston nimi: SKM_C250i.pdf\nLaite: bizhub C250i (2. krs)\nSivuja: 1\n"
                   "Resoluutio: 200 x 200 dpi", [("SKM_C250i.pdf", PDF, doc.scanned_pdf([LETTER]))],
                   sender="skanneri@kattopojat.example.fi", subject="Skannattu asiakirja SKM_C250i")
    assert analyse(raw).classification.uncertain is True


def test_the_answers_of_a_fillable_pdf_form_are_read_from_its_fields() -> None:
    form = doc.form_pdf("TIETOSUOJAPYYNTÖ\nTäytä lomake ja palauta se sähköpostilla.", [
        ("nimi", "Nimi", "Matti Meikäläinen"),
        ("puhelin", "Puhelin", "040 123 4567"),
        ("poisto", "Haluan, että tietoni poistetaan", True),
        ("kopio", "Haluan kopion tiedoistani", False),
    ])
    a = analyse(doc.mail("Lomake liitteenä.", [("lomake.pdf", PDF, form)], sender="mm@example.fi"))
    assert (a.classification.category, a.classification.kinds) == ("request", ("erasure",))
    assert (a.identity.name, a.identity.phone) == ("Matti Meikäläinen", "+358401234567")


def test_automated_mail_is_never_ocrd(ocr: OcrEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    from dsarbot.pipeline.attachments.ocr import TesseractOcr

    pages: list[int] = []
    monkeypatch.setattr(TesseractOcr, "recognise", lambda self, image, timeout: pages.append(1) or "")
    photo = ("kampanja.jpg", "image/jpeg", doc.text_image("KEVÄTALE -30 %", fmt="JPEG"))
    newsletter = doc.mail("Kevään tarjoukset", [photo], sender="uutiskirje@kauppa.example.fi",
                          headers={"List-Unsubscribe": "<https://kauppa.example.fi/u>", "Precedence": "bulk"})
    assert analyse(newsletter, ocr=ocr).classification.category == "automated"
    assert pages == []
    analyse(doc.mail("Katso kuva.", [photo], sender="asiakas@example.fi"), ocr=ocr)
    assert pages == [1]  # the same photo from a person is read
