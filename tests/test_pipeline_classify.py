"""Requests are recognised however they are phrased; mentions, pitches and negations are not requests.

The sentences here are written for these tests (other inflections, typos, other phrasings than the
development corpus), so passing them says something about mail the corpus has not seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.mails import kinds_of, mail

from dsarbot.pipeline import analyse
from dsarbot.pipeline.language import detect_language

MAILS = Path(__file__).parent / "mails"






REQUESTS = [
    # Finnish: inflections, colloquial, without umlauts
    ("Hei! Haluan että poistatte kaikki henkilötietoni asiakasrekisteristänne.", ("erasure",)),
    ("moi, voisitteko poistaa mun tiedot teidan rekisterista? en oo enaa asiakas", ("erasure",)),
    ("Olisin kiitollinen jos poistaisitte minun henkilötietoni rekisteristänne", ("erasure",)),
    ("Vaadin henkilötietojeni poistamista tietosuoja-asetuksen 17 artiklan perusteella.", ("erasure",)),
    ("Käytän oikeuttani tulla unohdetuksi.", ("erasure",)),
    ("Poistakaa tilini ja kaikki siihen liittyvät tiedot.", ("erasure",)),
    ("Haluaisin tietää mitä tietoja teillä on minusta tallennettuna.", ("access",)),
    ("mita tietoja teilla on musta? t. pekka", ("access",)),
    ("Saisinko nähdä mitä tietoja minusta on kerätty?", ("access",)),
    ("Teen täten tarkastuspyynnön henkilötietolain nojalla.", ("access",)),
    ("Kertokaa mihin tietojani käytetään ja kenelle niitä on luovutettu.", ("access",)),
    ("Mistä sait sähköpostiosoitteeni? Haluan tietää.", ("access",)),
    ("Sukunimeni on muuttunut, korjatkaa se rekisteriinne: uusi sukunimi on Virtanen.", ("rectification",)),
    ("Nimeni on kirjoitettu väärin, oikea muoto on Mäkelä. Pyydän korjaamaan.", ("rectification",)),
    ("Puhelinnumeroni on vaihtunut, päivittäkää uusi numero 040 111 2233.", ("rectification",)),
    ("En halua enää saada teiltä uutiskirjeitä enkä mainoksia.", ("objection",)),
    ("Lopettakaa tekstiviestien lähettäminen minulle.", ("objection",)),
    ("Kiellän suoramarkkinoinnin.", ("objection",)),
    ("Älkää enää soittako minulle myyntipuheluita.", ("objection",)),
    ("Ei kiitos enää mainoksia tähän osoitteeseen.", ("objection",)),
    ("Poistakaa minut postituslistaltanne.", ("objection",)),
    ("Vastustan henkilötietojeni käyttöä suoramarkkinointiin.", ("objection",)),
    ("Älkää poistako tietojani, tarvitsen niitä oikeudenkäyntiä varten.", ("restriction",)),
    ("Pyydän että rajoitatte henkilötietojeni käsittelyä kunnes asia on selvitetty.", ("restriction",)),
    ("Pyydän siirtämään tietoni suoraan uudelle palveluntarjoajalle koneluettavassa muodossa.", ("portability",)),
    ("Haluan nähdä tietoni. Sen jälkeen poistakaa ne kaikki järjestelmästänne.", ("access", "erasure")),
    ("Poistakaa minut asiakasrekisteristänne ja uutiskirjeen jakelusta.", ("erasure", "objection")),
    # Swedish (Finland and Sweden)
    ("Hej, jag vill att ni raderar alla mina personuppgifter. Mvh Anna", ("erasure",)),
    ("Jag begär att mina personuppgifter tas bort från era system.", ("erasure",)),
    ("Vilka uppgifter har ni om mig? Jag vill ha ett registerutdrag.", ("access",)),
    ("Ta bort mig från er e-postlista, jag vill inte ha era nyhetsbrev.", ("objection",)),
    ("Sluta skicka reklam till mig.", ("objection",)),
    ("Jag motsätter mig att ni använder mina uppgifter för direktmarknadsföring.", ("objection",)),
    ("Min adress är fel i ert register, kan ni rätta den?", ("rectification",)),
    ("Jag vill att ni begränsar behandlingen av mina uppgifter tills tvisten är löst.", ("restriction",)),
    ("Kan ni skicka mina uppgifter i maskinläsbart format så att jag kan flytta dem?", ("portability",)),
    # English
    ("Hi, can you remove all my details from your database? Thanks", ("erasure",)),
    ("I no longer use your service. Delete my data.", ("erasure",)),
    ("I'm exercising my right to be forgotten.", ("erasure",)),
    ("What personal data do you have on me?", ("access",)),
    ("I'd like to know where you got my email address from.", ("access",)),
    ("Please take me off your mailing list.", ("objection",)),
    ("Stop sending me marketing emails.", ("objection",)),
    ("My phone number in your system is wrong, could you fix it?", ("rectification",)),
    ("Don't delete my data yet, I need it for a legal claim.", ("restriction",)),
    ("Please send my data in a machine-readable format so I can transfer it to another provider.",
     ("portability",)),
    # German
    ("Ich möchte, dass Sie alle meine Daten löschen.", ("erasure",)),
    ("Welche Daten haben Sie über mich gespeichert?", ("access",)),
    ("Ich widerspreche der Verarbeitung meiner Daten zu Werbezwecken.", ("objection",)),
    ("Bitte tragen Sie mich aus Ihrem Newsletter aus.", ("objection",)),
    ("Bitte berichtigen Sie meine Adresse, sie ist falsch.", ("rectification",)),
]


@pytest.mark.parametrize(("body", "kinds"), REQUESTS)
def test_request_variants_are_recognised_with_the_right_kinds(body, kinds):
    assert kinds_of(body) == ("request", kinds)


NOT_REQUESTS = [
    "Voisitteko poistaa laskun 1234, se lähti kahdesti.",
    "Haluaisin peruuttaa tilaukseni nro 555.",
    "Onko teillä tietosuojaseloste englanniksi? Entä käsittelysopimus?",
    "Päivittäkää yrityksemme laskutusosoite: Teollisuuskatu 3, 33100 Tampere.",
    "Hei, kuinka kauan säilytätte asiakkaiden tietoja? Onko teillä tietosuojaseloste?",
    "Kiitos nopeasta vastauksesta, asia on nyt kunnossa.",
    "Tietosuoja-asetus antaa rekisteröidylle oikeuden tarkastaa ja poistaa tietonsa. Tarjoamme palvelua, "
    "jolla hoidatte pyynnöt helposti. Varaa demo!",
    "Rekisteröity on pyytänyt tietojensa poistamista ja ette ole vastanneet. Lataa asiakirja linkistä.",
    "Har ni ett personuppgiftsbiträdesavtal? Var lagras data?",
    "Do you use Google Analytics on your website? Do you have a DPA we could sign?",
    "We automate erasure requests and access requests for you. Book a demo today!",
    "Please remove the old logo from the website and update the address in the footer.",
    "Please delete the duplicate invoice 2025-12 from your system.",
    "Not interested? Just reply 'remove' and I won't contact you again.",
    "If you'd rather not hear from us, reply 'unsubscribe'.",
]


@pytest.mark.parametrize("body", NOT_REQUESTS)
def test_mentions_pitches_and_business_mail_are_not_requests(body):
    assert kinds_of(body) == ("other", ())


def test_do_not_delete_is_restriction_not_erasure():
    assert kinds_of("Pyydän, että ette poista minua koskevia tietoja.") == ("request", ("restriction",))


def test_quoted_request_in_a_thank_you_is_not_a_new_request():
    body = ("Kiitos, sain tiedot.\n\nti 18.3.2025 klo 13.20 Firma <info@firma.example.fi> kirjoitti:\n"
            "> Pyydän saada tarkastaa kaikki tietoni.\n")
    assert kinds_of(body, subject="Re: Tarkastuspyyntö") == ("other", ())


def test_forwarded_request_is_judged_by_the_original_not_the_cover_note():
    a = analyse((MAILS / "fi-gmail-forward.eml").read_bytes())
    assert a.classification.category == "request"
    assert a.classification.kinds == ("erasure",)
    assert any("forwarded" in r for r in a.classification.reasons)


def test_subject_carries_a_terse_request():
    assert kinds_of("", subject="Poistakaa tietoni") == ("request", ("erasure",))


def test_reasons_name_the_rule_and_the_words():
    c = analyse(mail("Poistakaa kaikki tietoni rekisteristänne.")).classification
    assert c.reasons and "erasure" in c.reasons[0] and "poistakaa" in c.reasons[0]
    assert 0.0 < c.confidence <= 1.0
    assert c.uncertain is False


def test_a_sales_pitch_that_asks_is_left_to_staff():
    body = ("Hei, tiesitkö että poistopyynnöt pitää hoitaa kuukaudessa? Poistakaa turhat tiedot ajoissa! "
            "Varaa demo ja saat 20 % alennus ensimmäisestä vuodesta.")
    c = analyse(mail(body)).classification
    assert c.category == "other" or c.uncertain


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hei, poistakaa tietoni rekisteristänne. Kiitos!", "fi"),
        ("moi, mita tietoja teilla on musta", "fi"),
        ("Hej, jag vill att ni raderar mina uppgifter. Tack!", "sv"),
        ("Hi, please delete everything you have on me.", "en"),
        ("Bitte löschen Sie alle meine Daten.", "de"),
        ("Tere, palun kustutage minu andmed teie andmebaasist. Aitäh!", "et"),
    ],
)
def test_language_of_the_requesters_own_text(text, lang):
    assert detect_language(text)[0] == lang
    assert analyse(mail(text)).classification.language == lang


def test_language_comes_from_the_forwarded_original():
    a = analyse((MAILS / "sv-outlook-html-forward.eml").read_bytes())
    assert a.classification.language == "sv"
