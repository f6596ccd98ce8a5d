"""Requests made by stating a fact rather than asking, and refusals that are not thank-yous.

Writing to a company's info@ that "my surname has changed, the new one is Koski" or "my address is wrong,
the right one is …" asks the company to correct its records, though no verb asks for anything. The
same statement about a company's own data (its new office, an invoice's address) is business mail, and
a statement without the new value is only a complaint. "Ei kiitos, en halua …" / "No thanks, I don't
want …" is a refusal that carries the ask, not a thank-you for something done.
"""

from __future__ import annotations

import pytest
from support.mails import kinds_of

STATED_CORRECTIONS = [
    "Hei, sukunimeni on muuttunut, uusi sukunimi on Koskinen. Terveisin Laura",
    "Osoitteeni on väärin teidän rekisterissä. Oikea osoite on Mäkitie 5 B 12, 00100 Helsinki.",
    "moi, puhelinnumeroni vaihtui, uusi on 040 765 4321",
    "Sähköpostiosoitteeni on vanhentunut, nykyinen on laura.koskinen@example.fi.",
    "Mitt efternamn har ändrats, nya efternamnet är Lind.",
    "Min adress är fel hos er, rätt adress är Strandvägen 3, 10000 Ekenäs.",
    "My surname has changed since I got married - it is now Harris.",
    "Hi, my address in your system is wrong. The correct one is 12 Mill Lane, Leeds LS1 4AB.",
    "My phone number changed, the new number is 07700 900987.",
]


@pytest.mark.parametrize("body", STATED_CORRECTIONS)
def test_stating_own_data_changed_or_wrong_with_the_new_value_is_a_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


NOT_CORRECTIONS = [
    # a company's own data: its new office or bank account
    "Hei, osoitteemme on muuttunut 1.3. alkaen, uusi osoite on Teollisuuskatu 4, 33100 Tampere.",
    "Vår adress har ändrats, nya adressen är Hamngatan 2, Åbo.",
    "Our office address has changed; the new address is 5 Dock Road, Hull.",
    # a document's data, not the writer's
    "Laskun osoite on väärin, oikea on Mäkitie 5. Lähettäkää uusi lasku.",
    # the writer's own data, but nothing the company holds is said to be wrong or changed
    "Uusi puhelimeni on tosi hyvä, kiitos suosituksesta!",
    "My new address is easy to find, there is a red door.",
]


@pytest.mark.parametrize("body", NOT_CORRECTIONS)
def test_statements_about_a_companys_or_documents_data_are_not_rectifications(body):
    assert kinds_of(body) == ("other", ())


REFUSALS = [
    ("Ei kiitos, en halua enää markkinointiviestejä teiltä.", "objection"),
    ("Ei kiitos. Poistakaa tietoni rekisteristänne.", "erasure"),
    ("Nej tack, jag vill inte ha mer reklam från er.", "objection"),
    ("No thanks - I don't want any more marketing emails from you.", "objection"),
]


@pytest.mark.parametrize(("body", "kind"), REFUSALS)
def test_a_refusal_is_not_a_thank_you(body, kind):
    category, kinds = kinds_of(body)
    assert category == "request" and kind in kinds


def test_a_real_thank_you_still_asks_for_nothing():
    assert kinds_of("Kiitos, että poistitte tietoni niin nopeasti!") == ("other", ())
    assert kinds_of("Thanks for removing me from the list so quickly.") == ("other", ())


OWN_ACTS = [
    "Hej, jag har slutat använda appen eftersom den var för dyr. Mvh Eva",
    "Vi har slutat använda ert system i fjol.",
    "I have stopped using your app, it was too expensive.",
    "Olen lopettanut sovelluksen käytön, koska se oli liian kallis.",
]


@pytest.mark.parametrize("body", OWN_ACTS)
def test_saying_what_the_writer_stopped_doing_asks_for_nothing(body):
    assert kinds_of(body) == ("other", ())


def test_asking_the_company_to_stop_using_the_data_is_still_a_restriction():
    assert kinds_of("Jag vill att ni slutar använda mina uppgifter tills tvisten är löst.") == \
        ("request", ("restriction",))
