"""Recognising an objection to direct marketing (Art. 21(3), carried out at once) from one that needs staff."""

from __future__ import annotations

import pytest

from dsarbot.fulfil.objection import is_marketing_objection

MARKETING = [
    ("fi", "En halua enää vastaanottaa teiltä markkinointiviestejä enkä uutiskirjeitä. Ottakaa minut pois "
           "postituslistaltanne."),
    ("fi", "numeroon 045 678 9012 tulee teiltä jatkuvasti tekstiviestimainoksia. Laittakaa suoramarkkinointikielto."),
    ("fi", "Ei kiitos. Poistakaa minut tältä listalta."),
    ("fi", "en halua markkinointia"),
    ("fi", "EN HALUA MARKKINOINTIA, lopettakaa heti"),
    ("fi", "en halua mainoksia sahkopostiini"),  # written without umlauts
    ("sv", "Vill inte ha reklam från er längre, avregistrera mig från alla utskick tack."),
    ("sv", "Jag vill inte längre få ert nyhetsbrev."),
    ("sv", "Jag motsätter mig direktmarknadsföring."),
    ("en", "Please remove me from your mailing list. I never signed up for this."),
    ("en", "Unsubscribe"),
    ("en", "I object to the use of my data for direct marketing."),
    ("en", "Stop sending me promotional emails."),
    ("de", "Schicken Sie mir keine Werbung mehr."),
    ("fi", "Älkää myöskään enää lähettäkö minulle tarjouksia tai kampanjaviestejä tekstiviestillä."),
    ("fi", "Vastustan henkilötietojeni käsittelyä profilointiin ja kohdennettuun mainontaan."),  # Art. 21(2)
    ("en", "Stop emailing me, I don't want your offers."),
]
NOT_MARKETING = [
    ("fi", "Vastustan henkilötietojeni käsittelyä oikeutetun edun perusteella palvelun kehittämiseen ja "
           "analytiikkaan (21 artiklan 1 kohta)."),
    ("en", "I object, under Article 21(1) GDPR, to the processing of my usage data for profiling and product "
           "analytics."),
    ("sv", "Jag invänder mot att ni behandlar mina uppgifter för profilering på grund av berättigat intresse."),
    ("en", "I object to you keeping my CCTV images."),
    ("fi", "Vastustan tietojeni luovuttamista luottotietoyhtiölle."),
]


@pytest.mark.parametrize(("language", "text"), MARKETING)
def test_objections_to_marketing_are_recognised(language: str, text: str) -> None:
    assert is_marketing_objection(text, language)


@pytest.mark.parametrize(("language", "text"), NOT_MARKETING)
def test_other_objections_are_left_to_staff(language: str, text: str) -> None:
    assert not is_marketing_objection(text, language)


def test_the_language_of_the_mail_does_not_limit_the_cues() -> None:
    assert is_marketing_objection("avregistrera mig", "fi")
    assert is_marketing_objection("unsubscribe please", "sv")
