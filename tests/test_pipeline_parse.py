"""Parsing real-world MIME: encodings, HTML-only mail, forwards, quotes, signatures, garbage."""

from __future__ import annotations

import random
from email.message import EmailMessage
from pathlib import Path

import pytest
from support.mails import mail

from dsarbot.pipeline import parse

MAILS = Path(__file__).parent / "mails"




def test_plain_utf8_mail_gives_sender_subject_and_text():
    p = parse(mail("Hei,\n\npoistakaa tietoni.\n\nTerveisin\nMaija Meikäläinen", subject="Tiedot"))
    assert p.from_addr == "maija@example.fi"
    assert p.from_name == "Maija Meikäläinen"
    assert p.subject == "Tiedot"
    assert "poistakaa tietoni" in p.new_text
    assert "Maija Meikäläinen" in p.signature
    assert "Terveisin" not in p.new_text


def test_rfc2047_surname_comma_firstname_stays_one_mailbox():
    raw = (b"From: =?iso-8859-1?Q?Ahonen=2C_P=E4ivi?= <paivi@example.fi>\r\n"
           b"Subject: =?utf-8?B?VGlldG9qZW5pIHBvaXN0bw==?=\r\nContent-Type: text/plain\r\n\r\nhei\r\n")
    p = parse(raw)
    assert p.from_addr == "paivi@example.fi"
    assert p.from_name == "Ahonen, Päivi"
    assert p.subject == "Tietojeni poisto"


def test_unquoted_comma_display_name_is_not_split_into_two_addresses():
    p = parse(b"From: Virtanen, Jussi <jussi@example.fi>\r\n\r\nhei\r\n")
    assert (p.from_addr, p.from_name) == ("jussi@example.fi", "Virtanen, Jussi")


def test_missing_subject_is_empty_string():
    p = parse(mail("Mitä tietoja teillä on minusta?", subject=None))
    assert p.subject == ""
    assert p.new_text == "Mitä tietoja teillä on minusta?"


def test_html_only_outlook_mail_becomes_readable_text_without_css():
    html = ("<html><head><style>p.MsoNormal {margin:0cm}</style></head><body>"
            "<p class=MsoNormal>Hei,<o:p></o:p></p><p class=MsoNormal>En halua uutiskirjeit&auml;.&nbsp;Kiitos</p>"
            "</body></html>")
    msg = EmailMessage()
    msg["From"] = "a@example.fi"
    msg.set_content(html, subtype="html", charset="iso-8859-1", cte="quoted-printable")
    p = parse(msg.as_bytes())
    assert "En halua uutiskirjeitä. Kiitos" in p.text
    assert "margin" not in p.text
    assert "MsoNormal" not in p.text


def test_multipart_alternative_prefers_the_plain_part():
    p = parse(mail("plain version", html="<p>html version</p>"))
    assert p.text == "plain version"


def test_latin1_declared_body_with_cp1252_quotes_decodes():
    raw = (b"From: a@example.fi\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\n") + "I\u2019d like my data – tänään".encode("cp1252")
    assert parse(raw).text == "I\u2019d like my data – tänään"


def test_unknown_charset_falls_back_and_records_a_defect():
    p = parse((MAILS / "fi-unknown-charset-html.eml").read_bytes())
    assert "pyydän että poistatte kaikki tietoni" in p.new_text
    assert any("unknown charset" in d for d in p.defects)


def test_utf8_body_mislabelled_as_ascii_is_read_as_utf8():
    raw = b"From: a@example.fi\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + "Hyvää päivää".encode()
    assert parse(raw).text == "Hyvää päivää"


def test_blockquote_in_html_is_a_quote_not_new_text():
    p = parse((MAILS / "fi-unknown-charset-html.eml").read_bytes())
    assert "tarkastusoikeus" in p.text
    assert "tarkastusoikeus" not in p.new_text


@pytest.mark.parametrize(
    "attribution",
    [
        "ti 14.1.2025 klo 15.02 Lumivalo <rekry@example.fi> kirjoitti:",
        "On Tue, 14 Jan 2025 at 15:02, Shop <shop@example.com> wrote:",
        "Den 14 jan. 2025 kl. 15:02 skrev Butik <butik@example.se>:",
        "Am 14.01.2025 um 15:02 schrieb Laden <laden@example.de>:",
        "-----Original Message-----",
        "-----Alkuperäinen viesti-----",
    ],
)
def test_quoted_reply_is_cut_from_new_text(attribution):
    body = f"Kiitos, asia selvä.\n\n{attribution}\n> Poistakaa kaikki tietoni.\n"
    p = parse(mail(body, subject="Re: Asia"))
    assert p.new_text == "Kiitos, asia selvä."
    assert "Poistakaa" in p.text


def test_outlook_header_block_reply_is_cut():
    body = ("Kiitos!\n\nFrom: Firma <info@firma.example.fi>\nSent: Monday, 3 March 2025 9:14\n"
            "To: Maija\nSubject: RE: Asia\n\nHei Maija, poistimme tiedot.")
    p = parse(mail(body, subject="RE: Asia"))
    assert p.new_text == "Kiitos!"
    assert p.forwarded is None  # a reply, not a forward


def test_web_form_fields_are_not_mistaken_for_a_quoted_header_block():
    body = "Lähettäjä: Tuomas Ylönen\nSähköposti: t@example.org\nAihe: Omat tiedot\n\nViesti:\nMitä tietoja?"
    p = parse(mail(body, frm="WordPress <wordpress@firma.example.fi>"))
    assert "Tuomas Ylönen" in p.new_text
    assert "Mitä tietoja?" in p.new_text


def test_gmail_inline_forward_gives_the_original_sender():
    p = parse((MAILS / "fi-gmail-forward.eml").read_bytes())
    assert p.forwarded is not None
    assert p.forwarded.from_addr == "petteri.laine@kotimail.example.com"
    assert p.forwarded.from_name == "Petteri Laine"
    assert p.forwarded.subject == "Tietojeni poistaminen"
    assert "poistaa mun yhteystiedot" in p.forwarded.text
    assert "poistaa" not in p.new_text  # the cover note is the employee's own text


def test_swedish_outlook_html_forward_gives_the_original_sender():
    p = parse((MAILS / "sv-outlook-html-forward.eml").read_bytes())
    assert p.forwarded is not None
    assert p.forwarded.from_addr == "sofia.berg@example.se"
    assert p.forwarded.subject == "Mina uppgifter"
    assert "vilka personuppgifter" in p.forwarded.text


def test_message_rfc822_attachment_is_a_forward():
    inner = EmailMessage()
    inner["From"] = "Bengt Holm <bengt@example.fi>"
    inner["Subject"] = "Mina uppgifter"
    inner.set_content("Radera mina uppgifter.")
    outer = EmailMessage()
    outer["From"] = "Heidi <heidi@firma.example.fi>"
    outer["Subject"] = "[Fwd: Mina uppgifter]"
    outer.set_content("Välitän liitteenä.")
    outer.add_attachment(inner)
    p = parse(outer.as_bytes())
    assert p.forwarded is not None
    assert (p.forwarded.from_addr, p.forwarded.from_name) == ("bengt@example.fi", "Bengt Holm")
    assert p.forwarded.text == "Radera mina uppgifter."
    assert p.new_text == "Välitän liitteenä."


def test_attachments_are_metadata_only():
    msg = EmailMessage()
    msg["From"] = "a@example.fi"
    msg.set_content("liitteenä lomake")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="Tarkastuspyyntö.pdf")
    p = parse(msg.as_bytes())
    assert len(p.attachments) == 1
    att = p.attachments[0]
    assert (att.filename, att.content_type, att.size) == ("Tarkastuspyyntö.pdf", "application/pdf", 13)
    assert "PDF-1.4" not in p.text


def test_mobile_footer_and_dash_signature_are_not_new_text():
    p = parse(mail("Poistakaa tietoni.\n\nLähetetty iPhonesta"))
    assert p.new_text == "Poistakaa tietoni."
    p = parse(mail("Poistakaa tietoni.\n-- \nMaija\n040 123 4567"))
    assert p.new_text == "Poistakaa tietoni."
    assert "040 123 4567" in p.signature


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe garbage \x80\x81",
        b"From: <<<>>>@@@\r\nSubject: =?bogus?Q?x?=\r\nContent-Type: multipart/mixed\r\n\r\nno boundary",
        b"Content-Type: text/plain; charset=\"utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!notbase64",
        b"Date: not a date\r\nFrom: \r\nReply-To: ,,,\r\nMessage-ID: nonsense\r\n\r\n\xe4\xf6",
    ],
)
def test_garbage_never_raises(raw):
    p = parse(raw)
    assert isinstance(p.text, str)
    assert p.date is None


def test_random_bytes_never_raise():
    rng = random.Random(1234)
    for _ in range(200):
        parse(bytes(rng.randrange(256) for _ in range(rng.randrange(400))))


def test_message_id_and_references_are_extracted_for_threading():
    p = parse(mail("Kiitos", subject="Re: [DSAR-2026-0042] Pyyntö", Message_ID="<a@b>", In_Reply_To="<x@y>",
                   References="<w@y> <x@y>"))
    assert p.message_id == "<a@b>"
    assert p.in_reply_to == "<x@y>"
    assert p.references == ("<w@y>", "<x@y>")
