"""Who is asking: reply address, name, phone (E.164), henkilötunnus, Y-tunnus."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from dsarbot.pipeline import analyse
from dsarbot.pipeline.codes import find_business_id, find_hetu, find_phone

MAILS = Path(__file__).parent / "mails"
ASK = "Hei,\n\npyydän poistamaan kaikki tietoni rekisteristänne.\n"


def mail(body: str, frm: str = "Maija Meikäläinen <maija@example.fi>", **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = "info@firma.example.fi"
    msg["Subject"] = "Tiedot"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def test_reply_to_wins_over_from_when_plausible():
    i = analyse(mail(ASK, Reply_To="Maija M <maija.private@example.com>")).identity
    assert i.email == "maija.private@example.com"


def test_noreply_reply_to_is_ignored():
    i = analyse(mail(ASK, Reply_To="no-reply@lists.example.com")).identity
    assert i.email == "maija@example.fi"


def test_web_form_without_reply_to_uses_the_form_email_field():
    i = analyse((MAILS / "fi-webform-noreply.eml").read_bytes()).identity
    assert i.email == "oona.r@example.net"
    assert i.name == "Oona Rautiainen"
    assert i.phone == "+358401234000"


def test_forward_takes_requester_from_the_original_and_ignores_the_employee_phone():
    i = analyse((MAILS / "fi-gmail-forward.eml").read_bytes()).identity
    assert i.email == "petteri.laine@kotimail.example.com"
    assert i.name == "Petteri Laine"
    assert i.phone == "+358449871122"  # the original's, not the employee's 050 111 2222


def test_swedish_forward_phone_in_swedish_format():
    i = analyse((MAILS / "sv-outlook-html-forward.eml").read_bytes()).identity
    assert (i.email, i.name, i.phone) == ("sofia.berg@example.se", "Sofia Berg", "+46707654321")


@pytest.mark.parametrize(
    ("frm", "body", "name"),
    [
        ('"Virtanen, Jussi" <jussi@example.fi>', ASK, "Jussi Virtanen"),
        ("Koskisen perhe <koti@example.fi>", ASK + "\nTerveisin Aino Koskinen", "Aino Koskinen"),
        ("Jani Korpela <jani@example.fi>", ASK + "\nt. Jani", "Jani Korpela"),
        ("jani.k@example.fi", ASK + "\nt. Jani", "Jani"),
        ("Heikkilä Aki <aki@example.fi>", ASK + "\nYstävällisin terveisin\n\nAki Heikkilä\nTyönjohtaja\nRakennus Oy",
         "Aki Heikkilä"),
        ("info@yritys.example.fi", ASK + "\nNimi: Eeva-Liisa Kärkkäinen", "Eeva-Liisa Kärkkäinen"),
        ("Jürgen Weiß <jw@example.de>", "Bitte löschen Sie meine Daten.\n\nMit freundlichen Grüßen\nJürgen Weiß",
         "Jürgen Weiß"),
    ],
)
def test_requester_name_is_the_fullest_form_given(frm, body, name):
    assert analyse(mail(body, frm=frm)).identity.name == name


def test_requester_fields_are_null_outside_requests_but_codes_are_literal():
    body = "Hei, pyydämme tarjouksen. Soittakaa 040 123 4567.\n\nFirma Oy, Y-tunnus 0873426-0"
    i = analyse(mail(body)).identity
    assert (i.email, i.name) == (None, None)
    assert i.phone == "+358401234567"
    assert i.business_id == "0873426-0"


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("puh. 040 123 4567", "FI", "+358401234567"),
        ("p. 050-321 7788", "FI", "+358503217788"),
        ("(09) 612 3456", "FI", "+35896123456"),
        ("+358 50 987 6543", "FI", "+358509876543"),
        ("Telefon: 070-123 45 67", "SE", "+46701234567"),
        ("Tel. 0171 2345678", "DE", "+491712345678"),
        ("M: +44 7700 900123", "FI", "+447700900123"),
        ("My phone +372 5123 4567", "FI", "+37251234567"),
    ],
)
def test_phone_numbers_are_normalised_to_e164_in_the_context_country(text, region, e164):
    assert find_phone(text, region) == e164


@pytest.mark.parametrize(
    "text",
    [
        "Viitenumero: 2025031201",
        "Tilinumero: FI21 1234 5600 0007 85",
        "Verkkolaskuosoite: 003722139871",
        "Personnummer: 850412-2386",
        "Y-tunnus 2650417-8",
        "Eräpäivä 31.3.2025, summa 1 488,00 €",
    ],
)
def test_reference_numbers_are_not_phones(text):
    assert find_phone(text, "FI") is None


def test_hetu_is_validated_and_canonical_upper_case():
    assert find_hetu("mun hetu on 120301a2350") == "120301A2350"
    assert find_hetu("Henkilötunnus: 130752-318P") == "130752-318P"
    assert find_hetu("130752-318X") is None  # wrong check character
    assert find_hetu("Personnummer: 850412-2386") is None  # Swedish, not a hetu


def test_hetu_with_2023_century_signs():
    # 010101Y... with the right check character for 010101 + 123.
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int("010101123") % 31]
    for sign in "YXWVU":
        assert find_hetu(f"tunnus 010101{sign}123{check}") == f"010101{sign}123{check}"
    for sign in "BCDEF":
        assert find_hetu(f"tunnus 010101{sign.lower()}123{check.lower()}") == f"010101{sign}123{check}"


def test_business_id_plain_or_from_vat_number():
    assert find_business_id("Y-tunnus 2874156-4") == "2874156-4"
    assert find_business_id("ALV-rek. FI08734260") == "0873426-0"
    assert find_business_id("Y-tunnus 2874156-5") is None  # wrong check digit


def test_hetu_in_a_request_is_found_and_postal_address_extracted():
    body = ASK + "\nHenkilötunnukseni on 130752-318P, osoite Rantakatu 3 A 5, 90100 Oulu.\n"
    i = analyse(mail(body)).identity
    assert i.hetu == "130752-318P"
    assert i.postal_address == "Rantakatu 3 A 5, 90100 Oulu"
