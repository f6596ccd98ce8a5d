"""Automated mail is recognised — and never becomes a request, whatever it quotes."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from support.mails import mail

from dsarbot.pipeline import analyse, parse, screen

MAILS = Path(__file__).parent / "mails"
REQUEST_TEXT = "Hei,\n\npoistakaa kaikki tietoni rekisteristänne.\n\nTerveisin\nMaija Meikäläinen"




def test_a_plain_human_request_is_not_automated():
    assert screen(parse(mail(REQUEST_TEXT))).automated is False


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"Auto_Submitted": "auto-generated"},
        {"X_Autoreply": "yes"},
        {"X_Autorespond": "vacation"},
        {"Precedence": "bulk"},
        {"Precedence": "junk"},
        {"Precedence": "auto_reply"},
        {"List_Id": "<news.example.com>"},
        {"List_Unsubscribe": "<mailto:unsub@example.com>"},
        {"Return_Path": "<>"},
    ],
)
def test_automation_headers_make_mail_automated_even_if_it_asks(headers):
    a = analyse(mail(REQUEST_TEXT, **headers))
    assert a.screening.automated
    assert a.classification.category == "automated"
    assert a.classification.kinds == ()
    assert a.identity.email is None


def test_auto_submitted_no_is_a_human():
    assert screen(parse(mail(REQUEST_TEXT, Auto_Submitted="no"))).automated is False


@pytest.mark.parametrize(
    "subject",
    ["Automatic reply: Tarjous", "Automaattinen vastaus: Re: Asia", "Frånvaro: Offert", "Autosvar: Offert",
     "Abwesenheitsnotiz: Ihre Anfrage", "Out of Office: Invoice", "Luettu: Tilinpäätös", "Read: Invoice",
     "Läst: Offert", "Undeliverable: Asia", "Delivery Status Notification (Failure)", "Päivitetty kutsu: Palaveri"],
)
def test_machine_subjects_are_automated(subject):
    assert screen(parse(mail("Hei, tässä viesti.", subject=subject))).automated


@pytest.mark.parametrize(
    "body",
    [
        "Olen vuosilomalla 1.7.–31.7. Kiireellisissä asioissa ota yhteyttä Pekkaan.",
        "Hej, jag är ledig till och med 4.8 och har begränsad tillgång till e-post.",
        "Thank you for your email. I am out of the office until Monday with no access to email.",
        "Vielen Dank für Ihre Nachricht. Ich bin nicht im Büro und ab dem 5. Mai wieder erreichbar.",
    ],
)
def test_out_of_office_text_without_headers_is_automated(body):
    assert screen(parse(mail(body, subject="Re: Tarjous"))).automated


def test_one_holiday_remark_in_a_real_request_does_not_make_it_automated():
    body = "Olen lomalla ensi viikolla, joten vastatkaa sähköpostilla. Poistakaa kaikki tietoni rekisteristänne."
    a = analyse(mail(body))
    assert a.screening.automated is False
    assert a.classification.kinds == ("erasure",)


def test_mailer_daemon_bounce_quoting_a_request_is_automated():
    body = ("This is the mail system. Your message could not be delivered.\n\n"
            "--- Below this line is a copy of the message.\n\nPoistakaa kaikki tietoni.")
    a = analyse(mail(body, subject="failure notice", frm="MAILER-DAEMON@mx.example.fi"))
    assert a.classification.category == "automated"


def test_dsn_multipart_report_is_automated():
    msg = EmailMessage()
    msg["From"] = "Mail Delivery System <postmaster@mx.example.fi>"
    msg["Subject"] = "Delivery failure"
    msg.set_content("Your message could not be delivered.")
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    assert screen(parse(msg.as_bytes())).automated


def test_calendar_invitation_is_automated():
    msg = EmailMessage()
    msg["From"] = "Pekka <pekka@example.fi>"
    msg["Subject"] = "Palaveri torstaina"
    msg.set_content("Tervetuloa palaveriin.")
    msg.add_attachment("BEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n", subtype="calendar", filename="invite.ics")
    assert screen(parse(msg.as_bytes())).automated


def test_helpdesk_acknowledgement_is_automated():
    body = "Kiitos yhteydenotostasi. Tukipyyntösi on vastaanotettu. Tähän viestiin ei voi vastata."
    assert screen(parse(mail(body, subject="[Ticket #4821] Vastaanotettu: Sähköposti ei toimi"))).automated


def test_human_reply_to_a_newsletter_is_a_request_not_automated():
    body = ("Ei kiitos. Poistakaa minut tältä listalta.\n\nJari\n\n> Uutiskirje 3/2025\n> Peruuta tilaus: "
            "https://example.fi/peru\n")
    a = analyse(mail(body, subject="Re: Uutiskirje 3/2025", In_Reply_To="<news-3@firma.example.fi>"))
    assert a.classification.category == "request"
    assert a.classification.kinds == ("objection",)


def test_noreply_web_form_relay_is_not_automated():
    a = analyse((MAILS / "fi-webform-noreply.eml").read_bytes())
    assert a.screening.automated is False
    assert a.classification.category == "request"


@pytest.mark.parametrize("name", ["fi-ooo-null-sender.eml", "de-ooo-no-headers.eml"])
def test_out_of_office_fixtures_are_automated_and_never_requests(name):
    a = analyse((MAILS / name).read_bytes())
    assert a.classification.category == "automated"
    assert a.screening.reasons  # says why


@pytest.mark.parametrize("link", [
    "https://portal.example.com/i/84721/invoice",  # a lone "i" path segment is not the word "I"
    "https://app.example.fi/me/settings?my=1",
    "https://kauppa.example.fi/tilauksesi/tilinumeroni",  # a -ni word inside a link is not "my …"
    "mailto:min@example.se",
])
def test_words_inside_links_do_not_make_a_noreply_notice_look_human(link):
    body = f"Your monthly statement is ready.\n\nView it here: {link}\n\nPlease do not reply to this e-mail.\n"
    a = analyse(mail(body, subject="Statement ready", frm="Portal <no-reply@portal.example.com>"))
    assert a.screening.automated, a.screening.reasons
    assert a.classification.category == "automated"
