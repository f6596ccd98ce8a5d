"""Phenomena that an independent corpus showed the classifier had not generalised to.

Each phenomenon has several variants written for this file (other verbs, inflections, languages and
sentence shapes than any corpus), so passing them means the rule is general, not a memorised sentence:
colloquial Finnish deletion verbs, access asked as "show me what you recorded about me", Estonian and
German basic request forms, "everything" as the object of an erasure, "X is wrong – fix it"
rectification, copies of ID documents and deletion confirmations that are not access, thank-you notes
for a completed action, vendor pitches, out-of-office notes without auto headers, machine notices from
noreply senders, closing words that are not names, and phone numbers read in the country the mail implies.
"""

from __future__ import annotations

import pytest
from support.mails import kinds_of, mail

from dsarbot.pipeline import analyse, parse, screen
from dsarbot.pipeline.codes import find_phone

# --- requests the classifier missed ---------------------------------------------------------------

COLLOQUIAL_FI_ERASURE = [
    "moro, pyyhkisittekö mun tiedot teidän järjestelmästä kun en oo enää asiakas",
    "Pyyhkikää mut teidän asiakasrekisteristä, en tarvii enää palveluitanne.",
    "Deletoikaa mun käyttäjätili ja kaikki siihen liittyvät tiedot.",
    "voisko joku pyyhkiä minun yhteystiedot teidän järjestelmistä? kiitos",
    "Voitteko hävittää mun tiedot, en asioi enää teillä.",
]


@pytest.mark.parametrize("body", COLLOQUIAL_FI_ERASURE)
def test_colloquial_finnish_erasure(body):
    assert kinds_of(body) == ("request", ("erasure",))


FI_ACCESS = [
    "Pyytäisin saada nähtäväkseni kaikki minua koskevat tiedot, joita olette asiakkuuteni aikana keränneet.",
    "Lähettäkää minulle kaikki minusta tallennetut tiedot.",
    "Pyydän nähtäville kaikki minusta kirjatut muistiinpanot ja arvioinnit.",
    "Haluaisin nähdä kaikki minusta tehdyt merkinnät asiakasjärjestelmässänne.",
]


@pytest.mark.parametrize("body", FI_ACCESS)
def test_finnish_access_without_the_word_tarkastaa(body):
    assert kinds_of(body) == ("request", ("access",))


OTHER_LANGUAGE_REQUESTS = [
    # Estonian
    ("Palun eemaldage minu andmed oma andmebaasist.", ("erasure",)),
    ("Soovin, et kustutaksite kõik minu isikuandmed.", ("erasure",)),
    ("Palun kustutage minu kasutajakonto ja sellega seotud andmed.", ("erasure",)),
    ("Palun saatke mulle koopia minu isikuandmetest.", ("access",)),
    ("Millised andmed teil minu kohta on?", ("access",)),
    ("Soovin teada, mis isikuandmeid te minust säilitate.", ("access",)),
    # German
    ("Bitte entfernen Sie sämtliche Daten über mich aus Ihren Systemen.", ("erasure",)),
    ("Hiermit fordere ich Sie auf, meine personenbezogenen Daten zu löschen.", ("erasure",)),
    ("Teilen Sie mir bitte mit, welche Informationen Sie über mich speichern.", ("access",)),
    ("Ich bitte um eine Kopie meiner bei Ihnen gespeicherten Daten.", ("access",)),
    # Swedish and English: "everything" as the object, the data named in the sentence before
    ("Jag vill ha en kopia av mina personuppgifter. Därefter vill jag att ni tar bort allting.",
     ("access", "erasure")),
    ("Radera gärna allt ni har sparat om mig.", ("erasure",)),
    ("Ni har mina uppgifter sedan en gammal beställning. Jag vill att allt raderas nu.", ("erasure",)),
    ("You still have my details from an old order. Please delete everything.", ("erasure",)),
    ("Tallensitte tietoni vanhan tilauksen yhteydessä. Poistakaa kaikki.", ("erasure",)),
    # Estonian objection and rectification
    ("Palun ärge saatke mulle enam reklaami.", ("objection",)),
    ("Minu aadress on vale, palun parandage see.", ("rectification",)),
    # other EU languages: the basic erasure form at least
    ("Jeg ønsker at I sletter alle mine personoplysninger.", ("erasure",)),
    ("Graag verwijder al mijn persoonsgegevens uit uw systeem.", ("erasure",)),
    ("Je souhaite que vous supprimiez toutes mes données personnelles.", ("erasure",)),
    ("Por favor, eliminen todos mis datos personales.", ("erasure",)),
]


@pytest.mark.parametrize(("body", "kinds"), OTHER_LANGUAGE_REQUESTS)
def test_basic_request_forms_in_more_languages(body, kinds):
    assert kinds_of(body) == ("request", kinds)


RECTIFICATION = [
    "Syntymäaikani on rekisterissänne väärin. Korjatkaa se, oikea on 3.4.1980.",
    "Ammattinimikkeeni on teillä virheellinen – korjatkaa se, olen nykyään projektipäällikkö.",
    "Mitt födelsedatum är fel hos er. Rätta det, tack.",
    "My date of birth is wrong in your records - please correct it.",
    "Mein Geburtsdatum ist bei Ihnen falsch gespeichert. Bitte korrigieren Sie das.",
]


@pytest.mark.parametrize("body", RECTIFICATION)
def test_wrong_data_then_fix_it_is_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


ERASURE_NOT_ACCESS = [
    "Poistakaa tietoni ja lähettäkää minulle vahvistus, kun poisto on tehty.",
    "Pyydän poistamaan hakemukseni. Haluan kuittauksen, kun tietoni on hävitetty.",
    "Please delete my account and send me a confirmation once my data has been erased.",
    "Radera mina uppgifter och skicka en bekräftelse när det är gjort.",
    "Liitteenä kopio passistani tunnistamista varten. Poistakaa kaikki tietoni.",
    "I attach a copy of my driving licence to prove who I am. Please erase my data.",
    "Hain teille töihin ja lähetin kopion ajokortistani. Pyydän, että hakemukseni tuhotaan.",
]


@pytest.mark.parametrize("body", ERASURE_NOT_ACCESS)
def test_confirmation_of_deletion_or_a_copy_of_an_id_is_not_access(body):
    assert kinds_of(body) == ("request", ("erasure",))


# --- mail that is not a request -------------------------------------------------------------------

THANK_YOU = [
    "Kiitos, että poistitte tietoni niin nopeasti!",
    "Thank you for removing me from your customer database, much appreciated.",
    "Tack för att ni raderade mina uppgifter. Allt är i sin ordning nu.",
    "Great, I can see my account has been deleted. Thanks for the quick help!",
    "Danke, dass Sie meine Daten gelöscht haben.",
    "Kiitos viestistä, tietoni on nyt korjattu ja minut on poistettu postituslistalta.",
    "Thanks, I got the copy of my data.",
    "Thanks for handling my erasure request so fast.",
    "Kiitos tarkastuspyyntööni vastaamisesta, kaikki selvää.",
]


@pytest.mark.parametrize("body", THANK_YOU)
def test_thanks_for_a_completed_action_is_not_a_request(body):
    assert kinds_of(body, subject="Re: [DSAR-2026-0042] Pyyntösi on käsitelty") == ("other", ())


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        ("Kiitos, että poistitte tietoni. Poistakaa vielä myös asiakastilini.", ("erasure",)),
        ("Thanks for updating my address! Please also delete my account.", ("erasure",)),
        ("Thank you in advance for deleting my data.", ("erasure",)),
        ("Tack för snabbt svar, radera mina uppgifter.", ("erasure",)),
        ("Thanks for the reply, delete my data please.", ("erasure",)),
        ("Lähettäkää kopio tiedoistani, liitteenä kopio passistani.", ("access",)),
    ],
)
def test_a_new_ask_after_thanks_still_counts(body, kinds):
    assert kinds_of(body) == ("request", kinds)


PITCHES = [
    "Still answering data subject requests by hand? Our software handles access requests and erasure "
    "requests automatically. Schedule a 20-minute demo this week.\n\nSam Lee\nHead of Sales, PrivacyDesk",
    "We help companies like yours stay compliant. Our DSAR portal deletes personal data across all your "
    "systems. Start your free trial today!\n\nAlex Moore\nSAR Automation, PrivyFlow",
    "Vi hjälper företag att hantera registerutdrag och raderingar. Boka en kostnadsfri demo!\n\n"
    "Lena Ek\nDSAR-tjänster",
]


@pytest.mark.parametrize("body", PITCHES)
def test_vendor_pitches_are_not_requests(body):
    assert kinds_of(body, frm="Sales <sales@vendor.example.com>")[0] == "other"


@pytest.mark.parametrize(
    "body",
    [
        "Lähetin vahingossa kaksi laskua, poistakaa kaikki paitsi viimeisin.",
        "Tuotteen hinta on verkkokaupassanne väärin, korjatkaa se.",
        "Laskussani on virhe: summa on väärin, korjatkaa se.",
        "Please send me more information about your pricing.",
        "Voitteko pyyhkiä pölyt näyttelylaitteista ennen toimitusta?",
    ],
)
def test_new_rules_do_not_turn_business_mail_into_requests(body):
    assert kinds_of(body) == ("other", ())


# --- automated mail -------------------------------------------------------------------------------

QUOTED_REQUEST = "\n\n-----Alkuperäinen viesti-----\nLähettäjä: Firma <info@firma.example.fi>\n" \
    "Lähetetty: 3. kesäkuuta 2026 10.00\nAihe: Re: Poistopyyntö\n\n> Poistakaa kaikki tietoni rekisteristänne.\n"

OOO_ONE_SENTENCE = [
    "Olen sairaslomalla 12.5. asti.",
    "Hei, olen koulutuksessa 3.–5.3. enkä lue sähköpostiani.",
    "Jag är på semester till och med 15 juli.",
    "I'm away until 2 September.",
    "I am on annual leave from 1 to 15 August.",
    "Ich bin bis zum 21.08. im Urlaub.",
    "Olen lomalla ja palaan töihin maanantaina.",
    "Lomailen 20.7. saakka.",
    "Olen isyysvapaalla elokuun loppuun.",
    "I am currently away until Monday 4 May.",
    "I will be back in the office on 12 August.",
    "Jag har semester till 3 augusti.",
    "Olen puhkusel kuni 15. juulini.",
]


@pytest.mark.parametrize("own", OOO_ONE_SENTENCE)
def test_one_sentence_absence_note_without_headers_is_automated(own):
    a = analyse(mail(own + "\n\nTerveisin\nKirsi" + QUOTED_REQUEST, subject="Re: Poistopyyntö"))
    assert a.classification.category == "automated", a.screening


@pytest.mark.parametrize("subject", ["Poissa toimistolta: Re: Poistopyyntö", "Lomalla: Re: Tiedot",
                                     "Away: RE: Your data", "Abwesend: AW: Ihre Daten"])
def test_absence_subject_prefixes_are_automated(subject):
    assert screen(parse(mail("Palaan pian.", subject=subject))).automated


def test_a_request_from_someone_about_to_go_on_holiday_is_still_a_request():
    a = analyse(mail("Olen lomalla 14.7. asti, mutta poistakaa tietoni jo nyt."))
    assert a.classification.category == "request"
    assert a.classification.kinds == ("erasure",)
    a = analyse(mail("I'm away until 2 September, so please delete my data before then."))
    assert a.classification.kinds == ("erasure",)


@pytest.mark.parametrize(
    "body",
    [
        "Tapaaminen 12.5. klo 10 sopii hyvin, nähdään silloin.",
        "Palaan asiaan 12.5. kun olen saanut tarjouksen hyväksyttyä.",
        "Could you send the quote by Friday 14 March? Thanks.",
    ],
)
def test_ordinary_mail_with_dates_is_not_an_absence_notice(body):
    assert screen(parse(mail(body, subject="Re: Tarjous"))).automated is False


def test_a_reply_subject_behind_a_prefix_does_not_make_a_request():
    # The writer's own words ask nothing; the request words are only in the replied-to subject.
    c = analyse(mail("Selvä, palaan asiaan.", subject="Vastaus: Re: Poistakaa tietoni")).classification
    assert c.category == "other"


NOREPLY_NOTICES = [
    ("noreply@backup.example.com", "Varmuuskopiointi valmis",
     "Palvelin: nas02\nValmis: 2.3.2026 03:10\nPoistettu: 14 vanhaa tiedostoa\n\nTämä viesti on lähetetty "
     "automaattisesti."),
    ("no-reply@cloud.example.com", "Weekly storage report",
     "Storage used: 81%\nDeleted items: 212\nOld versions removed: 3\n\nThis is an automatically generated "
     "message. Please do not reply."),
    ("alerts@monitor.example.com", "Disk usage warning",
     "Host: web01\nDisk /var at 91%\nOld log files removed: 40"),
    ("notifications@portal.example.com", "Lösenordet har ändrats",
     "Lösenordet för kontot info@firma.example.fi ändrades 4.3.2026 kl. 10.12.\nKonto: info\nIP: 192.0.2.7"),
]


@pytest.mark.parametrize(("frm", "subject", "body"), NOREPLY_NOTICES)
def test_machine_notices_from_noreply_senders_are_automated(frm, subject, body):
    a = analyse(mail(body, subject=subject, frm=frm))
    assert a.classification.category == "automated", a.screening


def test_noreply_form_relay_with_a_machine_footer_is_still_a_request():
    body = ("Nimi: Oona Rautiainen\nSähköposti: oona.r@example.net\n\nViesti:\nPoistakaa kaikki minun tietoni "
            "asiakasrekisteristänne.\n\n--\nTämä viesti on lähetetty automaattisesti verkkosivujen lomakkeelta.")
    a = analyse(mail(body, subject="Yhteydenotto", frm="noreply@firma.example.fi"))
    assert a.classification.category == "request"
    assert a.identity.email == "oona.r@example.net"


# --- identity -------------------------------------------------------------------------------------

ASK = "Hei,\n\npyydän poistamaan kaikki tietoni rekisteristänne.\n\n"


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("Kunnioittaen", "Pekka Salo"),
        ("Kunnioittavasti,", "Marja Rinne"),
        ("Tervehdyksin", "Olli Aho"),
        ("Högaktningsfullt", "Lars Ek"),
        ("Respectfully,", "John Smith"),
        ("Hochachtungsvoll", "Karl Braun"),
        ("Lugupidamisega", "Mari Tamm"),
    ],
)
def test_closing_words_are_never_names(closing, name):
    i = analyse(mail(f"{ASK}{closing}\n{name}\n", frm="asiakas@example.fi")).identity
    assert i.name == name


@pytest.mark.parametrize(
    ("body", "frm", "phone"),
    [
        ("I am writing to ask you to delete my data. Call me on 07700 900321 any time.\n\nYours faithfully,\n"
         "Gareth Jones", "gareth@example.com", "+447700900321"),
        ("Please erase all my personal data.\n\nBest regards,\nEmma Hall\nMobile: 07911 123456",
         "emma@example.com", "+447911123456"),
        ("I live in Tartu and used your app. Please delete my data.\n\nKind regards,\nJaan Kask\nphone 5123 4567",
         "jaan@example.com", "+37251234567"),
        ("Elän nykyään Tallinnassa. Poistakaa tietoni.\n\nTerveisin\nAnu Kivi\npuh. 5811 2233",
         "anu@example.com", "+37258112233"),
        ("Poistakaa tietoni.\n\nTerveisin\nAnu Kivi\npuh. 040 123 4567", "anu@example.com", "+358401234567"),
    ],
)
def test_phone_is_read_in_the_country_the_mail_implies(body, frm, phone):
    assert analyse(mail(body, frm=frm)).identity.phone == phone


def test_finnish_national_numbers_carry_the_trunk_zero():
    assert find_phone("puh. 5811 2233", "FI") is None
    assert find_phone("puh. 05 811 2233", "FI") == "+35858112233"


def test_a_dated_absence_with_the_request_in_its_own_subject_is_not_automated():
    a = analyse(mail("Olen lomalla 14.7. asti, vastatkaa sähköpostilla.", subject="Poistakaa tietoni"))
    assert a.classification.category == "request"
