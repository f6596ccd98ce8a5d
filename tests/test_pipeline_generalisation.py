"""Phenomena that an independent corpus showed the classifier had not generalised to.

Each phenomenon has several variants written for this file (other verbs, inflections, languages and
sentence shapes than any corpus), so passing them means the rule is general, not a memorised sentence:
colloquial Finnish deletion verbs, access asked as "show me what you recorded about me", Estonian and
German basic request forms, "everything" as the object of an erasure, "X is wrong – fix it"
rectification, copies of ID documents and deletion confirmations that are not access, thank-you notes
for a completed action, vendor pitches, out-of-office notes without auto headers, machine notices from
noreply senders, closing words that are not names, and phone numbers read in the country the mail implies.

A second extra corpus added: requests made on a relative's behalf, stopping marketing without a data noun,
slang deletion ("datat", "deletoida", "voisko sen poistaa"), a correction verb over a following field list,
"don't use my data (and don't delete it)" restriction, multi-kind asks, a partner's staff-list upkeep (other),
Outlook forwards with a one-line cover note, top-posted replies over campaigns, and HTML-table form names.

The seventh and eighth corpora added: rights in plain words (data moved to another provider, "what did you tell
X about me", a new surname as a life event, "put it on ice"), every kind of a multi-kind mail, the writer's own
act ("I'll close it myself"), a business customer's question about its own customers' data, work threads and
meeting invites (other), reports of a deletion already done, initials and "t." closings in signed names.
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
        # The case as first written; it was replaced by the line above, in an unrelated commit, when the
        # classifier failed it. Both stay.
        ("Thanks for updating my address! Please also delete my old phone number.", ("erasure",)),
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


# --- phenomena of the second extra corpus, in wording of this file ---------------------------------

ON_BEHALF = [
    ("Kirjoitan äitini puolesta. Hän haluaa, että hänen tietonsa poistetaan kaikista rekistereistänne.",
     ("erasure",)),
    ("Mieheni pyytää, että hänen henkilötietonsa poistetaan, hän ei itse käytä sähköpostia.", ("erasure",)),
    ("Veljeni toivoo, että korjaatte hänen osoitteensa: uusi osoite on Rantatie 5, Kuopio.", ("rectification",)),
    ("Jag skriver för min fars räkning. Han vill att ni raderar alla hans uppgifter.", ("erasure",)),
    ("Kan ni rätta hans efternamn i ert kundregister? Det stavas Lindqvist, inte Lindkvist.", ("rectification",)),
    ("I'm writing for my grandmother. She would like all her personal data removed from your systems.",
     ("erasure",)),
    ("Could you please update her address to 12 Mill Road? She moved last month.", ("rectification",)),
    ("My father wants to know what information you hold about him.", ("access",)),
]


@pytest.mark.parametrize(("body", "kinds"), ON_BEHALF)
def test_a_request_on_behalf_of_a_relative_is_a_request(body, kinds):
    assert kinds_of(body) == ("request", kinds)


OBJECTION_NO_DATA_NOUN = [
    "Lopettakaa mainosten lähettäminen mulle, kiitos.",
    "Älkää enää lähettäkö mulle näitä tarjouksia.",
    "Mulle ei tarvitse lähettää mainoksia, lopettakaa ne.",
    "Lopettakaa ne kampanjaviestit, en oo tilannut niitä.",
    "Jag vill inte få fler erbjudanden från er.",
    "Sluta skicka era kampanjer till mig.",
    "Please stop the promotional offers, I never asked for them.",
    "Stop sending me your ads.",
    "Merci de ne plus m'envoyer vos offres promotionnelles.",
    "Arrêtez de m'envoyer des publicités.",
    "Graag geen reclame meer naar dit adres.",
    "Jag vill slippa era nyhetsbrev.",
    # "stop it" pointing back at the marketing the mail just named
    "Saan teiltä joka viikko uutiskirjeen. Lopettakaa se.",
    "Mun isä ei halua enää teidän mainoksia, lopettakaa ne.",
    "Sluta med det där spammet.",
]


@pytest.mark.parametrize("body", OBJECTION_NO_DATA_NOUN)
def test_stopping_marketing_is_an_objection_without_a_data_noun(body):
    assert kinds_of(body) == ("request", ("objection",))


SLANG_ERASURE = [
    "Moi, voisko mun datat poistaa teidän palvelusta kokonaan?",
    "Voisitteks deletoida mun profiilin ja kaiken datan mitä siihen liittyy.",
    "Teillä on mun tietoja vanhasta tilauksesta. Poistakaa ne kaikki.",
    "Mulla on teillä käyttäjätili. Voisko sen poistaa kokonaan?",
    "Voitteko poistaa mun käyttäjän?",
    "Deletoikaa kaikki mun dataa teidän järjestelmistä.",
]


@pytest.mark.parametrize("body", SLANG_ERASURE)
def test_slang_and_pronoun_erasure(body):
    assert kinds_of(body) == ("request", ("erasure",))


BULLET_CORRECTIONS = [
    "Hei,\n\nasiakastiedoissani on virheitä. Korjatkaa seuraavat:\n\n- etunimi: Jonna -> Johanna\n"
    "- osoite: Puistokatu 1 -> Koulukatu 9 B, Lahti\n",
    "Hej,\n\nkan ni uppdatera följande:\n\n* efternamn: Berg → Sjöberg\n* telefon: 040 111 2222\n",
    "Hello,\n\nplease correct the following in my customer record:\n\n- surname: Smith -> Smyth\n"
    "- address: 1 High St -> 4 Low Rd\n",
    "Voisitteko päivittää seuraavat tiedot:\n- puhelin: 040 123 4567\n- osoite: Uusitie 3, Vaasa",
]


@pytest.mark.parametrize("body", BULLET_CORRECTIONS)
def test_a_correction_verb_over_a_following_field_list_is_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


RESTRICTION_DONT_USE = [
    ("Kunnes asia on selvitetty, älkää käyttäkö tietojani mihinkään muuhun. Älkää myöskään poistako niitä.",
     ("restriction",)),
    ("I dispute the invoice. Until it is resolved, please do not use my data for anything else, "
     "and don't delete it either.", ("restriction",)),
    ("Jag vill att ni inte behandlar mina uppgifter förrän tvisten är löst. Radera dem inte.", ("restriction",)),
    ("Bitte verwenden Sie meine Daten nicht mehr, bis die Sache geklärt ist, aber löschen Sie sie nicht.",
     ("restriction",)),
]


@pytest.mark.parametrize(("body", "kinds"), RESTRICTION_DONT_USE)
def test_dont_use_but_keep_is_restriction(body, kinds):
    assert kinds_of(body) == ("request", kinds)


def test_dont_use_my_data_for_marketing_is_objection():
    assert kinds_of("Please do not use my data for marketing any more.") == ("request", ("objection",))


MULTI_KIND = [
    ("Haluan tietää mitä te ootte musta kerännyt. Sen jälkeen poistakaa ne kaikki.", ("access", "erasure")),
    ("Take me off your mailing list and tell me how you got my phone number.", ("access", "objection")),
    ("Unsubscribe me. Also, where did my address come from?", ("access", "objection")),
    ("Je vous prie d'effacer mes données et de ne plus me contacter par e-mail.", ("erasure", "objection")),
    ("Please export my data as CSV and then delete my account and my personal details.",
     ("erasure", "portability")),
    ("Send me a JSON export of my projects, then wipe the account.", ("erasure", "portability")),
]


@pytest.mark.parametrize(("body", "kinds"), MULTI_KIND)
def test_multi_kind_requests(body, kinds):
    assert kinds_of(body) == ("request", kinds)


def test_a_client_list_in_an_export_is_not_a_mailing_list():
    body = "Before you close my account, send me my invoices and client list in CSV, then delete everything."
    assert kinds_of(body) == ("request", ("erasure", "portability"))


PARTNER_LIST_UPKEEP = [
    "Hei, liitteenä uusi yhteyshenkilölista. Poistakaa Pekka Laine ja Anu Salo, he eivät enää ole meillä töissä.",
    "Moi, päivittäkää listanne: poistakaa vanhat yhteystiedot, ne henkilöt ovat lopettaneet meillä.",
    "Hej, ta bort Lars Ek från kontaktlistan, han har slutat hos oss.",
    "Hi, please remove our former employees from your contact list, updated list attached.",
    "Hei, poistakaa nämä henkilöt jakelulistalta, he eivät ole enää töissä meillä: Matti, Liisa.",
]


@pytest.mark.parametrize("body", PARTNER_LIST_UPKEEP)
def test_a_partner_updating_its_staff_contacts_is_not_a_request(body):
    assert kinds_of(body)[0] == "other"


def test_a_former_employee_asking_for_their_own_data_is_still_a_request():
    body = "En ole enää työntekijä asiakasyrityksessänne. Poistakaa minun yhteystietoni listaltanne."
    assert kinds_of(body)[0] == "request"


STILL_OTHER = [
    "Voisitteko korjata seuraavat laskun rivit: rivi 2 ja rivi 5 ovat väärin.",
    "Lähettäkää tarjous seuraavista tuotteista: katto, rännit.",
    "Can you send me the JSON file of the product catalogue?",
    "Han vill ha en offert på 500 visitkort.",
    "Isäni haluaa tilata teiltä uuden katon.",
    "Jag använder inte er tjänst längre, tack för samarbetet.",
    "I don't use the app any more, it was great though.",
    "Kampanjamme alkaa maanantaina, lopettakaa odottaminen!",
    "Projektin aikataulu venyy. Lopettakaa se heti.",
    "Korjatkaa seuraavat laskulta:\n- laskun numero: 123 -> 124\n- viite: 55",
    "Päivittäkää seuraavat yrityksemme tiedot:\n- osoite: Teollisuustie 5\n- puhelin: 09 123 456",
    "He haluavat tarjouksen katosta.",
    "Asiakkaamme haluaa, että poistatte laskun.",
    "Lue uutiskirjeemme! Avregistrera dig här. You can unsubscribe at any time.",
]


@pytest.mark.parametrize("body", STILL_OTHER)
def test_look_alikes_stay_other(body):
    assert kinds_of(body)[0] == "other"


# --- forwards, top-posted replies and web forms -----------------------------------------------------

FWD_ORIGINAL = (
    "Lähettäjä: Tiina Rautio <tiina.rautio@example.org>\nLähetetty: maanantai 3. helmikuuta 2025 9.12\n"
    "Vastaanottaja: Myynti <myynti@firma.example.fi>\nAihe: Tietoni\n\n"
    "Hei,\n\npyydän poistamaan kaikki tietoni asiakasrekisteristänne.\n\nTerveisin\nTiina Rautio\n"
)


@pytest.mark.parametrize("cover", ["ks. alla", "FYI", "Voitko hoitaa?", "Tää kuuluu teille, hoidatteko."])
def test_an_outlook_forward_with_a_short_cover_note_is_the_original_request(cover):
    raw = mail(f"{cover}\n\nt. Kalle\n\n{FWD_ORIGINAL}", subject="VL: Tietoni",
               frm="Kalle Myyjä <kalle@firma.example.fi>")
    a = analyse(raw)
    assert a.classification.category == "request"
    assert a.classification.kinds == ("erasure",)
    assert a.identity.email == "tiina.rautio@example.org"
    assert a.identity.name == "Tiina Rautio"


CAMPAIGN_QUOTE = (
    "\n\nLähetetty iPhonesta\n\n> {sep} Firma Oy <uutiset@firma.example.fi>:\n>\n"
    "> Kevään kampanja: -15 % kaikesta! Tilaa nyt.\n> Peru uutiskirje: https://firma.example.fi/peru\n"
)


@pytest.mark.parametrize(("own", "kinds"), [
    ("Älkää lähettäkö enää näitä.", ("objection",)),
    ("Poistakaa mut tältä listalta.", ("objection",)),
    ("Lopettakaa nämä mainokset.", ("objection",)),
])
def test_a_top_posted_reply_over_a_campaign_is_classified_on_its_own_words(own, kinds):
    body = own + CAMPAIGN_QUOTE.format(sep="12.3.2025 kello 10.00")
    assert kinds_of(body, subject="Re: Kevään kampanja") == ("request", kinds)


def test_a_swedish_outlook_reply_over_a_newsletter_keeps_the_top_text():
    body = ("Hej,\n\njag vill inte ha fler utskick från er.\n\nMvh\nAnna Berg\n\n"
            "Från: Firma Ab <nyheter@firma.example.fi>\nSkickat: den 4 mars 2025 08:00\nTill: Anna Berg\n"
            "Ämne: Vårens nyheter\n\nLäs våra nyheter! List-Id: nyheter.firma.example.fi\n"
            "Avsluta prenumerationen här.\n")
    a = analyse(mail(body, subject="SV: Vårens nyheter", frm="Anna Berg <anna.berg@example.se>"))
    assert (a.classification.category, a.classification.kinds) == ("request", ("objection",))
    assert a.identity.email == "anna.berg@example.se"


def test_forwarded_newsletter_without_own_words_stays_other():
    body = ("ks. alla\n\nFrån: Firma Ab <nyheter@firma.example.fi>\nSkickat: den 4 mars 2025 08:00\n"
            "Till: info\nÄmne: Vårens nyheter\n\nLäs våra nyheter! Vill du inte ha fler utskick? "
            "Avregistrera dig här.\n")
    assert analyse(mail(body, subject="VB: Vårens nyheter")).classification.category != "request"


@pytest.mark.parametrize(("label", "name"), [("Nimi", "Sanna Kivelä"), ("Namn", "Sanna Kivelä"),
                                             ("Name", "Sanna Kivelä")])
def test_web_form_html_table_name_field(label, name):
    html = (f"<p>Uusi yhteydenotto lomakkeelta:</p><table><tr><td>{label}</td><td>{name}</td></tr>"
            "<tr><td>Sähköposti</td><td>sanna.kivela@example.org</td></tr>"
            "<tr><td>Viesti</td><td>Pyydän poistamaan kaikki tietoni rekisteristänne.</td></tr></table>")
    a = analyse(mail("", frm="Lomake <no-reply@firma.example.fi>", subject="Uusi yhteydenotto", html=html))
    assert a.classification.category == "request"
    assert a.identity.name == name


# --- a forbidden transfer is not portability ------------------------------------------------------

FORBIDDEN_TRANSFER = [
    "Ette saa siirtää tietojani perintätoimistolle.",
    "Älkää luovuttako tai siirtäkö tietojani kolmansille osapuolille.",
    "Kiellän teitä siirtämästä henkilötietojani perintäyhtiölle.",
    "En halua, että tietojani siirretään toiselle yhtiölle.",
    "För inte över mina uppgifter till inkassobolaget.",
    "Jag vill inte att ni överför mina personuppgifter till tredje part.",
    "Please do not transfer my data to any debt collection agency.",
    "Do not pass my details to your partners.",
    "I do not want my personal data transferred to third parties.",
    "Don't share or transfer my information to anyone else.",
]


@pytest.mark.parametrize("body", FORBIDDEN_TRANSFER)
def test_a_forbidden_transfer_is_restriction_not_portability(body):
    assert kinds_of(body) == ("request", ("restriction",))


PORTABILITY_STAYS = [
    "Pyydän siirtämään tietoni uudelle palveluntarjoajalle.",
    "Haluan siirtää tiedot uudelle palveluntarjoajalle, toimittakaa ne CSV-muodossa.",
    "Siirtäkää tietoni suoraan kilpailijallenne Firma B:lle.",
    "Överför mina uppgifter direkt till min nya leverantör.",
    "Please transfer my data to my new provider.",
    "Please send me my data in JSON format.",
    "I want you to transfer my personal data to me in a machine-readable format.",
]


@pytest.mark.parametrize("body", PORTABILITY_STAYS)
def test_a_transfer_to_me_or_my_new_provider_stays_portability(body):
    assert kinds_of(body) == ("request", ("portability",))


# --- "update my address to X" and the Finnish translative are rectification -----------------------

FIELD_TO_VALUE = [
    "Päivittäkää osoitteeksi Mannerheimintie 5 A 3, 00100 Helsinki.",
    "Voisitteko vaihtaa puhelinnumeroksi 040 123 4567?",
    "Pyydän päivittämään sähköpostiksi maija.uusi@example.fi.",
    "Päivittäkää nimeksi Maija Lehtonen, menin naimisiin.",
    "Muuttakaa sukunimekseni Virtanen.",
    "Please update my address to 12 High Street, London.",
    "Kindly change my phone number to +358 40 123 4567.",
    "Uppdatera min adress till Storgatan 5, Vasa.",
]


@pytest.mark.parametrize("body", FIELD_TO_VALUE)
def test_a_new_value_for_a_field_is_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


@pytest.mark.parametrize("message", [
    "Hei, muutin. Päivittäkää osoitteeksi Rantakatu 2 B 5, 90100 Oulu.",
    "Please update my address to 12 High Street, London.",
])
def test_a_web_form_asking_for_a_new_address_is_rectification(message):
    body = f"Nimi: Sanna Kivelä\nSähköposti: sanna.kivela@example.org\nViesti: {message}\n"
    a = analyse(mail(body, frm="Lomake <no-reply@firma.example.fi>", subject="Uusi yhteydenotto"))
    assert (a.classification.category, a.classification.kinds) == ("request", ("rectification",))


COMPANY_OWN_ADDRESS = [
    "Päivittäkää laskutusosoitteeksi verkkolaskuosoite 003712345678.",
    "Muuttakaa verkkolaskuosoitteeksi 003712345678, operaattori Maventa.",
    "Päivittäkää toimistomme osoitteeksi Teollisuustie 4, Vantaa.",
    "Hei, firmamme on muuttanut. Päivittäkää osoitteeksi Teollisuustie 4, Vantaa. Y-tunnus 1234567-8.",
    "Please update our billing address to Firma Oy, PL 100, Helsinki.",
    "Uppdatera vår faktureringsadress till Box 12, Vasa.",
]


@pytest.mark.parametrize("body", COMPANY_OWN_ADDRESS)
def test_a_company_updating_its_own_address_is_other(body):
    assert kinds_of(body)[0] == "other"


# --- "this is an automatic reply" said by the sender itself ----------------------------------------

AUTO_STATEMENTS = [
    "Tämä on automaattinen vastaus. Vastaamme viestiisi mahdollisimman pian.",
    "Tämä on automaattinen vastausviesti. Käsittelemme asiasi arkipäivisin.",
    "Hei! Tämä on automaattinen viesti: olemme vastaanottaneet palautteesi.",
    "Detta är ett automatiskt svar. Vi återkommer så snart vi kan.",
    "This is an automated response. We will get back to you within two business days.",
    "This is an automatic reply. Your message about deleting your data has been received.",
    "Dies ist eine automatische Antwort. Wir melden uns in Kürze.",
]


@pytest.mark.parametrize("body", AUTO_STATEMENTS)
def test_a_stated_automatic_reply_is_automated_without_headers(body):
    a = analyse(mail(body, subject="Re: Asia"))
    assert a.screening.automated
    assert a.classification.category == "automated"


HUMANS_MENTIONING_AUTO_REPLIES = [
    "Tämä ei ole automaattinen vastaus, vaan kirjoitan itse: poistakaa tietoni.",
    "This is not an automated message. Please delete my data.",
    "Onko tämä automaattinen vastaus? Pyysin poistamaan tietoni jo viikko sitten.",
    "Is this an automatic reply? I asked you to delete my account last week.",
    'Sain teiltä viestin "Tämä on automaattinen vastaus" mutta en vastausta. Poistakaa tietoni.',
    "Poistakaa tietoni.\n\n> Tämä on automaattinen vastaus. Vastaamme pian.",
]


@pytest.mark.parametrize("body", HUMANS_MENTIONING_AUTO_REPLIES)
def test_a_human_mentioning_an_automatic_reply_is_not_automated(body):
    a = analyse(mail(body, subject="Re: Asia"))
    assert not a.screening.automated
    assert (a.classification.category, a.classification.kinds) == ("request", ("erasure",))


def test_a_web_form_relay_calling_itself_automatic_keeps_the_request():
    body = ("Tämä on automaattinen viesti verkkosivujen yhteydenottolomakkeelta.\n\nNimi: Sanna Kivelä\n"
            "Sähköposti: sanna.kivela@example.org\nViesti: Pyydän poistamaan kaikki tietoni rekisteristänne.\n")
    a = analyse(mail(body, frm="Lomake <no-reply@firma.example.fi>", subject="Uusi yhteydenotto"))
    assert (a.classification.category, a.classification.kinds) == ("request", ("erasure",))


# --- fourth extra corpus: everyday requests without legal words ------------------------------------

STOP_CONTACTING = [
    "En halua että soitatte mulle enää, kiitos.",
    "Lopettakaa soittelu, en ole kiinnostunut.",
    "Älkää soittako tähän numeroon enää.",
    "en halua että te tekstaatte mulle joka viikko",
    "Sluta ringa mig, jag har sagt nej tre gånger.",
    "Please stop calling me about your website offers.",
    "Stop texting me please.",
    "Don't call me again.",
]


@pytest.mark.parametrize("body", STOP_CONTACTING)
def test_stop_contacting_me_is_objection(body):
    assert kinds_of(body) == ("request", ("objection",))


CONTACT_ME = [
    "Soittakaa minulle huomenna, niin sovitaan katon tarkastus.",
    "Ring mig gärna i morgon om offerten.",
    "Please call me tomorrow about the quote.",
]


@pytest.mark.parametrize("body", CONTACT_ME)
def test_a_callback_request_is_other(body):
    assert kinds_of(body)[0] == "other"


REGISTER_REMOVAL = [
    "Ottakaa mut pois teidän rekisteristä, ei tarvii säilyttää mitään.",
    "ottakaa minut pois asiakasrekisteristä, en ole enää asiakas",
    "Please take me off your customer database, I no longer use your services.",
]


@pytest.mark.parametrize("body", REGISTER_REMOVAL)
def test_off_the_register_without_marketing_is_erasure_only(body):
    assert kinds_of(body) == ("request", ("erasure",))


LIST_REMOVAL = [
    "Ottakaa mut pois postituslistalta.",
    "Please take me off your mailing list.",
    "Take me off your newsletter, thanks.",
]


@pytest.mark.parametrize("body", LIST_REMOVAL)
def test_off_the_list_stays_objection(body):
    assert kinds_of(body) == ("request", ("objection",))


MISSPELT_NAME = [
    "te ootte kirjottanu mun nimen väärin jo kolmessa laskussa. korjatkaa se teidän järjestelmään",
    "Mun sukunimi on kirjoitettu väärin, se on Jaakkola eikä Jaakola.",
    "Hi, my name is spelled wrong in your system. It is Hughes, not Hughs.",
    "My surname is misspelt on every letter you send, please fix it.",
    "Mitt namn är felstavat i ert kundregister, det ska vara Forsman.",
]


@pytest.mark.parametrize("body", MISSPELT_NAME)
def test_a_misspelt_name_is_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


@pytest.mark.parametrize("body", [
    "Korjatkaa lasku, siinä on väärä summa.",
    "Laskussa on kirjoitusvirhe tuotenimessä, korjatkaa se.",
    "Please fix the invoice, the amount is wrong.",
])
def test_fixing_an_invoice_is_other(body):
    assert kinds_of(body)[0] == "other"


DATA_AS_FILE = [
    "Lähettäkää mun tiedot excelinä, niin uusi tilitoimisto voi ladata ne.",
    "Voisitteko lähettää mun asiakastiedot tiedostona uudelle palveluntarjoajalle?",
    "Kan ni skicka mina kunduppgifter som en fil (csv eller excel går bra)?",
    "Could you export my data to a spreadsheet so my new provider can load it?",
    "Please send my account details as an Excel file.",
]


@pytest.mark.parametrize("body", DATA_AS_FILE)
def test_own_data_as_a_file_is_portability(body):
    assert kinds_of(body) == ("request", ("portability",))


@pytest.mark.parametrize("body", [
    "Lähettäkää lasku excelinä, kiitos.",
    "Voisitteko lähettää hinnaston exceltiedostona?",
    "Kan ni skicka prislistan som en fil?",
    "Please send the price list as an Excel spreadsheet.",
])
def test_other_files_as_excel_are_other(body):
    assert kinds_of(body)[0] == "other"


CHILD_ACCOUNT = [
    "Poika on tehnyt teille tunnuksen ilman lupaa. Poistakaa se tunnus ja kaikki mitä siihen on tallennettu.",
    "Poistakaa tyttäreni käyttäjätunnus ja kaikki sen tiedot.",
    "Please delete my son's account and everything in it, he is only 12.",
    "Radera min dotters konto och allt som sparats där.",
]


@pytest.mark.parametrize("body", CHILD_ACCOUNT)
def test_a_parent_deleting_a_childs_account_is_erasure(body):
    assert kinds_of(body) == ("request", ("erasure",))


@pytest.mark.parametrize("body", [
    "Poistakaa tilaus 4411, tilasin vahingossa kaksi.",
    "Poistakaa varaus perjantaille, en pääse.",
    "Please delete the booking for Friday.",
])
def test_deleting_an_order_is_other(body):
    assert kinds_of(body)[0] == "other"


WHY_MY_NUMBER = [
    "Why do you have my personal number? Where did you get it from?",
    "Miksi teillä on mun henkilötunnus? Mistä olette sen saaneet?",
    "Laskussa luki henkilötunnukseni. Kuka muu on nähnyt sen?",
    "Varför har ni mitt personnummer i ert system?",
    "Who has seen my details? I never gave you my number.",
]


@pytest.mark.parametrize("body", WHY_MY_NUMBER)
def test_why_do_you_have_my_number_is_access(body):
    assert kinds_of(body) == ("request", ("access",))


@pytest.mark.parametrize("body", [
    "Do I have to give you my personal number when I order?",
    "Pitääkö minun antaa henkilötunnus tilauksen yhteydessä?",
    "Behöver ni mitt personnummer för offerten?",
])
def test_a_general_privacy_question_is_other(body):
    assert kinds_of(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "poistakaa mun tiedot teiän järjestelmästä kiitos -Mikko",
    "poistakaa mun tiedot teidän rekisteristä kiitos /Mikko",
    "poistakaa mun tiedot teidän rekisteristä kiitos t. Mikko",
])
def test_an_sms_style_signature_gives_the_name(body):
    a = analyse(mail(body, subject=None, frm="mikko.v1982@example.com"))
    assert a.classification.category == "request"
    assert a.identity.name == "Mikko"


def test_the_fullest_name_wins_over_a_short_signature():
    a = analyse(mail("Please stop calling me.\n\nDan Hughes", frm="Daniel Hughes <dan@example.com>"))
    assert a.identity.name == "Daniel Hughes"
    b = analyse(mail("Please stop calling me.\n\nDaniel Hughes", frm="Dan Hughes <dan@example.com>"))
    assert b.identity.name == "Daniel Hughes"


@pytest.mark.parametrize("subject,body", [
    ("Inbjudan: Grafiska mässan i Åbo 2027",
     "Hej!\n\nVi vill bjuda in er att ställa ut på mässan. Svara gärna så skickar jag prislistan.\n\nCamilla"),
    ("Kutsu: Rakennusmessut 2027",
     "Hei,\n\nhaluaisin kutsua teidät osastollemme messuille. Soitan ensi viikolla.\n\nPekka"),
    ("Invitation: Nordic Print Fair", "Hi,\n\nI'd like to invite you to our booth at the fair.\n\nAnna"),
])
def test_a_personal_fair_invitation_is_other(subject, body):
    a = analyse(mail(body, subject=subject))
    assert not a.screening.automated
    assert a.classification.category == "other"


# --- a relative asking for a (deceased) family member's data ---------------------------------------

RELATIVE_DATA = [
    ("Isäni kuoli viime kuussa. Lähettäkää minulle tiedot siitä, mitä henkilötietoja isästäni on tilillä "
     "tallennettuna.", ("access",)),
    ("Äitini menehtyi keväällä. Pyydän kopiota äitini tiedoista, jotka teillä on hänen asiakastilillään.",
     ("access",)),
    ("Mieheni on kuollut. Haluan tietää, mitä tietoja hänestä on rekisterissänne.", ("access",)),
    ("Isäni kuoli. Poistakaa hänen tilinsä ja kaikki hänen tietonsa.", ("erasure",)),
    ("Min mor har gått bort. Vilka uppgifter har ni om henne?", ("access",)),
    ("Min far har avlidit. Jag vill veta vilka personuppgifter ni har om honom.", ("access",)),
    ("Min man har gått bort, radera hans konto och alla uppgifter om honom.", ("erasure",)),
    ("My late father's account — what personal data do you hold on him?", ("access",)),
    ("My mother passed away in March. Please send me a copy of the data you have about her.", ("access",)),
    ("My husband died last year. Please delete his account and all data about him.", ("erasure",)),
]


@pytest.mark.parametrize("body,kinds", RELATIVE_DATA)
def test_a_relatives_data_asked_by_the_writer_is_a_request(body, kinds):
    assert kinds_of(body) == ("request", kinds)


@pytest.mark.parametrize("body", [
    "Olemme toimittajanne. Voisitteko lähettää meille asiakkaanne tiedot, jotta voimme päivittää rekisterin?",
    "We are your supplier. Could you send us your customers' details so we can plan deliveries?",
    "Vi är er leverantör. Kan ni skicka era kunders uppgifter till oss?",
    "Myyjänne kävi meillä. Lähettäkää hänen yhteystietonsa, niin sovitaan jatkosta.",
    "My wife ordered a sofa from you. Please send me her order details.",
    "Vaimoni tilasi teiltä sohvan. Lähettäkää minulle hänen tilauksensa tiedot.",
])
def test_customer_lists_and_a_relatives_order_are_other(body):
    assert kinds_of(body)[0] == "other"


# --- what the writer read in the privacy notice is not an access ask --------------------------------

READ_IN_THE_NOTICE = [
    "Huomasin tietosuojaselosteestanne, että käytätte tietoja profilointiin. Vastustan profilointia.",
    "Luin tietosuojaselosteestanne, mitä tietoja keräätte. Vastustan tietojeni käyttöä suoramarkkinointiin.",
    "I noticed in your privacy policy that you use my data for profiling. I object to this processing.",
    "I read in your privacy notice what data you collect for marketing. I object to direct marketing.",
    "Jag såg i er dataskyddsbeskrivning vilka uppgifter ni använder för profilering. "
    "Jag motsätter mig profileringen.",
]


@pytest.mark.parametrize("body", READ_IN_THE_NOTICE)
def test_what_the_privacy_notice_says_is_not_access(body):
    assert kinds_of(body) == ("request", ("objection",))


@pytest.mark.parametrize("body", [
    "Luin tietosuojaselosteenne. Kertokaa, mitä tietoja minusta käsittelette.",
    "I read your privacy policy. Please tell me what data you hold about me.",
    "Jag läste er dataskyddsbeskrivning. Vilka uppgifter har ni om mig?",
    "I read your privacy policy and noticed you have my data. Please tell me what data you hold about me.",
])
def test_asking_what_is_processed_after_reading_the_notice_stays_access(body):
    assert kinds_of(body) == ("request", ("access",))


# --- "stop the emails" is an opt-out without "marketing" ---------------------------------------------

STOP_THE_EMAILS = [
    ("Hi, please delete my account. Also stop the emails every week, I get them still.", ("erasure", "objection")),
    ("Please stop the emails every week.", ("objection",)),
    ("Stop sending me those mails.", ("objection",)),
    ("Can you stop the weekly emails please, I get them still.", ("objection",)),
    ("Lopettakaa viikkoviestit, en ole niitä tilannut.", ("objection",)),
    ("Lopettakaa sähköpostit minulle.", ("objection",)),
    ("Sluta skicka mejl till mig.", ("objection",)),
    ("Sluta med veckomejlen, tack.", ("objection",)),
]


@pytest.mark.parametrize("body,kinds", STOP_THE_EMAILS)
def test_stop_the_emails_is_objection(body, kinds):
    assert kinds_of(body) == ("request", kinds)


@pytest.mark.parametrize("body", [
    "Please stop the order, we ordered the wrong size.",
    "Stop the delivery please, I'm not home.",
    "Lopettakaa tilaus, tilasimme väärän koon.",
    "Stoppa leveransen, tack.",
    "Stop the emails about the order status, we switched supplier.",
    "Lopettakaa tilausvahvistusviestit, ne tulevat väärään osoitteeseen.",
])
def test_stopping_an_order_or_delivery_is_other(body):
    assert kinds_of(body)[0] == "other"


# --- sixth corpus: wrapped lines, pronoun corrections, learner English, field lists, own choices, phishing ----

# Cause 1: a hard line wrap (plain-text 72 columns, an Outlook <br>) cut one sentence in two, so the verb and
# its object landed in different "sentences"; access in the same mail must not hide portability.
WRAPPED_PORTABILITY = [
    "Lopetan asiakkuuteni ensi kuussa ja vaihdan toiseen järjestelmään. Haluan saada kaikki tietoni\n"
    "koneluettavassa muodossa (JSON käy), jotta voin siirtää ne uuteen\npalveluun. Kertokaa myös mitä "
    "muita tietoja minusta on tallennettu.",
    "I am moving to another provider next month and I would like to get all the data I gave you in a\n"
    "machine-readable format such as CSV so I can transfer it to\nthe new service. Please also tell me "
    "what other personal data you hold about me.",
    "Jag byter leverantör och vill få alla uppgifter jag har lämnat till er i ett\nmaskinläsbart format, "
    "t.ex. CSV, så att jag kan föra över dem direkt till\nden nya tjänsten. Vilka andra uppgifter har ni om mig?",
]


@pytest.mark.parametrize("body", WRAPPED_PORTABILITY)
def test_wrapped_portability_with_access(body):
    assert kinds_of(body) == ("request", ("access", "portability"))


def test_outlook_html_br_wrap_keeps_portability():
    html = ("<html><body><p>Hyvä asiakaspalvelu,</p><p>lopetan tilini ja siirryn toiseen<br>\n"
            "ohjelmaan. Haluan saada kaikki antamani tiedot (asiakaslistani, historia,<br>\n"
            "profiili) koneluettavassa muodossa, esim. CSV, jotta voin siirtää ne<br>\nuuteen palveluun.</p>"
            "<p>Kertokaa samalla mitä muita tietoja minusta on tallennettu.</p></body></html>")
    raw = mail("", html=html).replace(b"Content-Type: text/plain", b"Content-Type: text/x-empty", 1)
    c = analyse(raw).classification
    assert c.category == "request" and set(c.kinds) == {"access", "portability"}


@pytest.mark.parametrize("body", [
    # unwrapping must not glue form fields or list lines into one sentence
    "nimi: Matti Virtanen, Kauppakatu 1 A 2, 00100 Helsinki\nsähköposti: matti@example.fi\n"
    "viesti: haluaisin tarjouksen kattoremontista",
    "Tilaan seuraavat tuotteet ensi viikon toimitukseen, kiitos paljon:\n- ruuvit 200 kpl\n- naulat 5 kg",
    "We are moving our office next month and would like to update the address\nin the footer of our "
    "website and on the invoices.",
])
def test_unwrapping_does_not_invent_requests(body):
    assert kinds_of(body)[0] == "other"


# Cause 2: the correction points back with a pronoun at the wrong field named in the previous sentence.
PRONOUN_CORRECTION = [
    "Hej,\nni har fel postadress för mig, jag flyttade i mars.\nVänligen rätta den till Storgatan 3, 65100 Vasa.",
    "Ni har fel efternamn för mig sedan jag gifte mig. Kan ni ändra det till Nyberg?",
    "Hi, you have my address wrong, please correct it.",
    "You have the wrong phone number for me. Please fix it: +358 40 123 4567.",
    "Teillä on väärä osoite minulle. Korjatkaa se muotoon Rantatie 5, 33100 Tampere.",
]


@pytest.mark.parametrize("body", PRONOUN_CORRECTION)
def test_pronoun_pointing_at_a_wrong_field_is_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


@pytest.mark.parametrize("body", [
    "Fakturan har fel adress för leveransen. Vänligen rätta den.",
    "The invoice has the wrong order number. Please correct it.",
    "Laskussa on väärä tilausnumero. Korjatkaa se.",
])
def test_pronoun_correction_of_business_documents_is_other(body):
    assert kinds_of(body)[0] == "other"


# Cause 3: learner English: "datas", missing articles, "send me copy".
LEARNER_ACCESS = [
    "Now I want to know which personal datas you still keep about me and please send me copy of them.",
    "Please tell me what datas you have from me and for who you have give this datas.",
    "I want see which datas your company is keeping about me, send me copy of datas please.",
]


@pytest.mark.parametrize("body", LEARNER_ACCESS)
def test_learner_english_access(body):
    assert kinds_of(body) == ("request", ("access",))


@pytest.mark.parametrize("body", [
    "Please send me copy of the invoice 4471, I did not get it.",
    "Our team analyses many datas for customers, we want offer you a partnership.",
    "Please send me copy of the contract we signed last week.",
])
def test_learner_english_without_personal_data_is_other(body):
    assert kinds_of(body)[0] == "other"


# Cause 4: a list of the writer's own fields as the object of a deletion.
FIELD_LIST_ERASURE = [
    "I would like you to erase my name, email and photo from your event registrations and any CRM entries.",
    "Please remove my phone number and home address from all your systems.",
    "Delete my name and picture from the participant pages, I no longer work there.",
    "Vänligen radera mitt namn, min e-post och mitt foto från era register.",
    "Poistakaa nimeni, puhelinnumeroni ja kuvani kaikista järjestelmistänne.",
]


@pytest.mark.parametrize("body", FIELD_LIST_ERASURE)
def test_deleting_named_own_fields_is_erasure(body):
    assert kinds_of(body) == ("request", ("erasure",))


@pytest.mark.parametrize("body", [
    "Please remove the photo from the product page, it shows the old model.",
    "Delete the duplicate invoice from last week, please.",
    "Voitteko poistaa vanhan kuvan etusivulta, tuote on loppunut.",
])
def test_deleting_things_that_are_not_the_writers_fields_is_other(body):
    assert kinds_of(body)[0] == "other"


# Cause 5: after an objection, "confirm that processing has ceased" and "I do not wish to close my account"
# are not restriction cues: the second is the writer's own choice, not "don't delete my data".
OBJECTION_ONLY = [
    "Pursuant to Article 21 GDPR I object to the processing of my personal data for direct marketing. "
    "Please confirm within one month that this processing has ceased. I do not wish to close my account.",
    "I object to the profiling of my data for marketing. I don't want to delete my account, just stop it.",
    "Vastustan tietojeni käyttöä suoramarkkinointiin. En halua lopettaa tiliäni, vahvistakaa että käsittely "
    "on lopetettu.",
    "Jag motsätter mig att mina uppgifter används för marknadsföring. Jag vill inte avsluta mitt konto.",
]


@pytest.mark.parametrize("body", OBJECTION_ONLY)
def test_declining_to_close_own_account_is_not_restriction(body):
    category, kinds = kinds_of(body)
    assert category == "request" and "objection" in kinds and "restriction" not in kinds


@pytest.mark.parametrize("body", [
    "Älkää poistako tietojani, tarvitsen niitä riidan selvittämiseen.",
    "Please do not delete my data while the dispute is open.",
    "Radera inte mina uppgifter förrän tvisten är löst.",
])
def test_do_not_delete_my_data_stays_restriction(body):
    assert kinds_of(body) == ("request", ("restriction",))


def test_restriction_naming_marketing_as_one_use_stays_restriction():
    body = ("Pyydän rajoittamaan tietojeni käsittelyä niin, ettei niitä käytetä mihinkään muuhun "
            "(esim. perintään tai markkinointiin) ennen kuin asia on ratkaistu.")
    assert kinds_of(body) == ("request", ("restriction",))


# Cause 6: access asked after a restriction, across a wrapped line.
RESTRICTION_THEN_ACCESS = [
    "Until this is settled I ask you to restrict the processing of my personal data. Please also tell me what\n"
    "personal data about me you have recorded in connection with this rental.",
    "Please restrict the processing of my data. Please also tell me what personal data you hold about me.",
    "Pyydän rajoittamaan tietojeni käsittelyä riidan ajaksi. Kertokaa myös, mitä tietoja minusta on\n"
    "tallennettu tähän vuokraukseen liittyen.",
    "Jag begär begränsning av behandlingen av mina uppgifter. Berätta också vilka uppgifter ni har\n"
    "sparat om mig.",
]


@pytest.mark.parametrize("body", RESTRICTION_THEN_ACCESS)
def test_access_after_restriction(body):
    assert kinds_of(body) == ("request", ("access", "restriction"))


# Cause 7: a no-reply sender ordering the reader to act under a deadline / via a link is not a system notice.
NOREPLY_DEMANDS = [
    ("noreply@tietosuoja-valvonta.test", "Valitus tietosuojavaltuutetulle",
     "Arvoisa vastaanottaja,\ntietosuojavaltuutetun toimistoon on saapunut valitus. Välttääksenne "
     "seuraamusmaksun teidän tulee vahvistaa yrityksenne tiedot 48 tunnin kuluessa alla olevasta linkistä:\n"
     "https://tietosuoja-valvonta.test/vahvista?id=1"),
    ("no-reply@dpa-notice.test", "GDPR compliance notice",
     "A complaint has been filed against your company. You must confirm your company details within 48 hours "
     "to avoid a penalty: https://dpa-notice.test/confirm"),
    ("noreply@imy-arende.test", "Ärende hos IMY",
     "Ett klagomål har inkommit mot ert företag. Ni måste bekräfta företagets uppgifter inom 48 timmar "
     "via länken nedan för att undvika sanktionsavgift."),
]


@pytest.mark.parametrize("frm,subject,body", NOREPLY_DEMANDS)
def test_noreply_demand_with_deadline_is_not_automated(frm, subject, body):
    a = analyse(mail(body, subject=subject, frm=frm))
    assert a.screening.automated is False
    assert a.classification.category == "other"


@pytest.mark.parametrize("frm,subject,body", [
    ("noreply@tilikone.example.com", "Salasanan vaihto",
     "Tilillesi pyydettiin salasanan vaihtoa. Vaihda salasana tästä linkistä 30 minuutin kuluessa: "
     "https://tilikone.example.com/reset"),
    ("no-reply@billing.example.com", "New invoice",
     "A new invoice is available. You must pay your invoice within 14 days: https://billing.example.com/inv/1"),
    ("noreply@backup.example.com", "Backup report", "Backup job crm-nightly finished. 0 errors."),
    ("no-reply@accounts.example.com", "Verify your e-mail",
     "You must verify your account within 24 hours using the link: https://accounts.example.com/v"),
])
def test_noreply_notices_about_own_account_stay_automated(frm, subject, body):
    assert screen(parse(mail(body, subject=subject, frm=frm))).automated


# --- seventh and eighth corpora: plain-words rights, whose data it is, whose act, work threads ----------------

# Cause 1: portability asked without legal nouns: the writer's data (or what they keep in the service) moved to
# another provider, named or pointed at, or handed over as a file the new service can import.
PLAIN_PORTABILITY = [
    "I'm switching to another agency next month. Could you transfer all my project files and account data "
    "over to them?",
    "We're leaving for a competitor, so please migrate my booking history to the new provider.",
    "Vi byter leverantör. Kan ni skicka över mina kunduppgifter direkt till den nya leverantören?",
    "Jag går över till ett annat tryckeri. Flytta gärna min orderhistorik och mina bilder dit.",
    "Voitteko toimittaa mun asiakasrekisterin ja projektit suoraan uudelle palveluntarjoajalle?",
    "Saisinko kaikki mun kuvat ja tekstit tiedostona, jonka uusi palvelu osaa tuoda sisään?",
]


@pytest.mark.parametrize("body", PLAIN_PORTABILITY)
def test_moving_ones_data_to_another_provider_is_portability(body):
    assert kinds_of(body) == ("request", ("portability",))


@pytest.mark.parametrize("body", [
    "Please move my appointment to Friday, something came up.",
    "We moved our office to a new address last month, please update your records.",
    "Can you send the price list as an Excel file to our new supplier?",
    "Lähettäkää hinnasto suoraan uudelle toimittajallemme.",
    "Please transfer the invoice to our new accounting agency.",
])
def test_moving_business_things_is_not_portability(body):
    assert kinds_of(body)[0] == "other"


# Cause 2: the writer closing the account themselves after an export is not an erasure ask.
@pytest.mark.parametrize("body", [
    "Please export all my data as JSON; I will close the account myself afterwards.",
    "Lähettäkää tietoni CSV-tiedostona, suljen tilin itse sen jälkeen.",
    "Skicka mina uppgifter i ett maskinläsbart format, jag avslutar kontot själv sedan.",
])
def test_own_account_closing_after_export_is_portability_only(body):
    assert kinds_of(body) == ("request", ("portability",))


@pytest.mark.parametrize("body", [
    "Please export my data as CSV and then close my account.",
    "Lähettäkää tietoni CSV-tiedostona ja sulkekaa sen jälkeen tilini.",
    "Kun siirto on tehty, tilini saa sulkea ja loput tiedot heittää roskiin. Lähettäkää ensin tietoni "
    "Excel-taulukkona.",
])
def test_export_then_close_my_account_is_portability_and_erasure(body):
    assert kinds_of(body) == ("request", ("erasure", "portability"))


# Cause 3: access asked as "what did you tell / give X about me", "what you've got on me".
DISCLOSURE_ACCESS = [
    "I want to know what you reported about me to the credit bureau.",
    "Please tell me what information you passed on about me to the debt collector.",
    "Who did you give my phone number to? I never agreed to that.",
    "What have you got on file about me? I was refused a rental.",
    "Mitä olette kertoneet minusta luottotietoyhtiölle?",
    "Kenelle olette myyneet yhteystietoni?",
    "Vad har ni berättat om mig för kreditupplysningsföretaget?",
    "Till vem har ni lämnat ut mina uppgifter?",
]


@pytest.mark.parametrize("body", DISCLOSURE_ACCESS)
def test_asking_what_was_disclosed_about_me_is_access(body):
    assert kinds_of(body) == ("request", ("access",))


@pytest.mark.parametrize("body", [
    "What did you think about my proposal for the spring campaign?",
    "Who did you send the invoice to? It hasn't arrived.",
    "Please send me more information about your rental prices.",
])
def test_questions_about_business_are_not_access(body):
    assert kinds_of(body)[0] == "other"


# Cause 4: a new name or address given as a life event ("heter numera", "got married", "uusi sukunimi") makes a
# correction verb in the mail a rectification, even with a definite noun ("ändra namnet") or a pronoun.
NEW_VALUE_RECTIFICATION = [
    "Jag har bytt efternamn till Berg efter giftermålet. Kan ni uppdatera det i ert kundregister?",
    "Heter numera Anna Koskinen (f.d. Lind). Vänligen ändra namnet i era register.",
    "I got married last month, so the name you have is out of date. Could you change it to Olivia Clarke?",
    "Menin naimisiin, uusi sukunimi on Laine. Voitteko vaihtaa sen teidän järjestelmään?",
    "Teidän laskutuksessa näkyy, että minulla olisi avoin lasku, vaikka maksoin sen. Korjatkaa tieto.",
]


@pytest.mark.parametrize("body", NEW_VALUE_RECTIFICATION)
def test_a_new_name_or_address_is_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


@pytest.mark.parametrize("body", [
    "Our new address is 5 Harbour Road, Leeds. Please update your records.",
    "Uusi osoitteemme on Satamakatu 3, 20100 Turku. Päivittäkää se laskutukseen.",
    "Vår nya adress är Hamngatan 2, 65100 Vasa. Vänligen uppdatera fakturorna.",
])
def test_a_companys_new_address_is_not_rectification(body):
    assert kinds_of(body)[0] == "other"


# Cause 5: "I don't want to be on your lists", top-posted over a quoted newsletter.
@pytest.mark.parametrize("top", [
    "En halua olla teidän postituslistoilla, kiitos.",
    "I don't want to be on your lists anymore.",
    "Jag vill inte vara med på er sändlista längre.",
])
def test_top_posted_not_on_your_list_is_objection(top):
    body = (f"{top}\n\nOn Tue, Newsletter <news@firma.example.fi> wrote:\n> Kevään uutiset ja tarjoukset\n"
            "> -20 % kaikista tuotteista\n> Peru tilaus tästä")
    assert kinds_of(body, subject="Re: Kevään uutiskirje") == ("request", ("objection",))


# Cause 6: restriction in plain words: "don't send my data to collection", "put it on ice / on hold", "freeze".
PLAIN_RESTRICTION = [
    "Älkää lähettäkö mun tietoja perintätoimistolle ennen kuin riita on ratkaistu.",
    "Jäädyttäkää tietoni siksi aikaa, kun reklamaatio on käsittelyssä.",
    "Pistäkää mun asiakastiedot jäihin siks aikaa kun tätä selvitellään.",
    "Please put my account on hold until the complaint is resolved.",
    "Frys mina uppgifter tills reklamationen är utredd.",
    "Lägg mina uppgifter på is tills tvisten är löst.",
]


@pytest.mark.parametrize("body", PLAIN_RESTRICTION)
def test_plain_words_restriction(body):
    assert kinds_of(body) == ("request", ("restriction",))


@pytest.mark.parametrize("body", [
    "Voitteko laittaa tilauksen jäihin pariksi viikoksi? Olemme lomalla.",
    "Please put the order on hold, we need to check the measurements.",
    "Frys leveransen tills vi har kontrollerat måtten.",
    "Älkää lähettäkö laskua ennen kuin työ on valmis.",
])
def test_putting_an_order_on_hold_is_other(body):
    assert kinds_of(body)[0] == "other"


# Cause 7: every right in a multi-kind mail counts: "these letters must stop" after the campaigns, compound own
# fields ("vanha työsähköpostini"), "lopettakaa tietojeni käyttö mainontaan", a firm asking for its client.
MULTI_KIND = [
    ("Isäni kuoli keväällä. Toivon, että mainoskirjeet hänen nimellään loppuvat ja hänen tietonsa poistetaan.",
     ("erasure", "objection")),
    ("Min mamma har gått bort. Jag vill att reklamutskicken till henne upphör och att ni raderar hennes uppgifter.",
     ("erasure", "objection")),
    ("My daughter is 12. Tell me what you have collected about her, delete it, and the marketing texts to her "
     "phone must stop.", ("access", "erasure", "objection")),
    ("Sukunimeni on teillä väärin, korjatkaa se Mäkiseksi. Vanhan työsähköpostini voitte poistaa kokonaan.",
     ("rectification", "erasure")),
    ("Lopettakaa tietojeni käyttö mainontaan. Kertokaa myös, mistä saitte osoitteeni.", ("access", "objection")),
    ("Kindly provide me my personal datas which you are storing, and afterwards erase them.",
     ("access", "erasure")),
    ("Our client asks you to restrict the processing of her personal data until the dispute is settled, and "
     "requests a copy of all personal data concerning her.", ("access", "restriction")),
    ("Päämiehemme pyytää jäljennöstä kaikista häntä koskevista henkilötiedoista.", ("access",)),
]


@pytest.mark.parametrize("body,kinds", MULTI_KIND)
def test_every_kind_of_a_multi_kind_mail(body, kinds):
    assert kinds_of(body) == ("request", kinds)


# Cause 8: a business customer asking how to delete *their own customer's* data in the product is a controller's
# support question, not the writer's right; a firm writing for its client still asks for the client's right.
@pytest.mark.parametrize("body", [
    "One of my clients asked me to delete her data from our bookings. How do I do that in your app?",
    "Asiakkaani haluaa, että hänen tietonsa poistetaan ajanvarauksesta. Miten teen sen ohjelmassanne?",
    "En av mina kunder vill bli raderad. Hur tar jag bort en kund i systemet?",
    "Mun asiakas pyysi, että poistan sen tiedot. Poistaako arkistointi ne oikeasti ohjelmasta?",
])
def test_a_controller_asking_how_to_delete_a_customer_is_other(body):
    assert kinds_of(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "Our client requests that you delete all personal data concerning her.",
    "Päämiehemme vaatii, että hänen henkilötietonsa poistetaan rekisteristänne.",
])
def test_a_firm_asking_erasure_for_its_client_is_a_request(body):
    assert kinds_of(body) == ("request", ("erasure",))


# Cause 9: taking oneself off a project thread, meeting invite or internal alias is work routine.
@pytest.mark.parametrize("body", [
    "Please remove me from the cc on the Aurora project thread, I've changed teams.",
    "Ottakaa minut pois tämän projektin viestiketjusta, en ole enää mukana.",
    "Ta bort mig från mötesinbjudan och tråden om projektet, tack.",
    "Poistakaa minut kokouskutsusta, siirryin toiseen tiimiin.",
])
def test_off_a_work_thread_is_other(body):
    assert kinds_of(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "Please remove me from your newsletter mailing list.",
    "Poistakaa minut uutiskirjeen postituslistalta.",
])
def test_off_a_newsletter_list_stays_objection(body):
    assert kinds_of(body) == ("request", ("objection",))


# Cause 10: a thank-you or a report that the company already deleted something asks for nothing.
@pytest.mark.parametrize("body", [
    "Thanks, I saw that you already removed my profile. All good now.",
    "Got the confirmation that you erased my account yesterday, cheers.",
    "Kiitti, huomasin että olette jo poistaneet mun tilin.",
    "Såg att ni raderade mitt konto, tack för det!",
])
def test_a_report_of_a_done_deletion_is_other(body):
    assert kinds_of(body)[0] == "other"


# Cause 11: a name signed with an initial or after a "t." closing; the fuller display name wins.
@pytest.mark.parametrize("body,frm,name", [
    ("Moi, päivittäkää osoitteeni: Kuja 3, 00100 Helsinki.\n\nT. Kalle Mäkinen", "Kalle Mäkinen <k@example.fi>",
     "Kalle Mäkinen"),
    ("Moi, päivittäkää osoitteeni: Kuja 3, 00100 Helsinki.\n\nt. Kalle Mäkinen", "k@example.fi", "Kalle Mäkinen"),
    ("Poistakaa tietoni heti.\n\nJ. Koskinen", "Jaana Koskinen <jaana@example.fi>", "Jaana Koskinen"),
    ("Radera mina uppgifter.\n\nA. Berg", "Anna Berg <anna@example.se>", "Anna Berg"),
    ("Poistakaa tietoni heti.\n\nJ. Koskinen", "Pekka Koskinen <pk@example.fi>", "J. Koskinen"),
])
def test_initials_and_t_closings_in_signed_names(body, frm, name):
    assert analyse(mail(body, frm=frm)).identity.name == name


# Cause 12: a fictional-range UK mobile on a signature line of its own, read in the country the mail implies.
def test_a_phone_alone_on_a_signature_line_in_the_implied_country():
    a = analyse(mail("Please do not delete my records.\n\nBest,\nSimon Clarke\n07700 900456",
                     frm="simon@example.com"))
    assert a.identity.phone == "+447700900456"
    assert find_phone("Terveisin\nMatti\n0123 456", ("FI",)) is None


# --- ninth and tenth corpora: mail as it really arrives, British/American idioms, web-form relays ---------

# Cause 13: a past-tense record claim ("enligt intyget var jag…", "according to the certificate I was…") makes the
# writer's own data the object of a later correction verb; a hard-wrapped line with a colon still runs on.
@pytest.mark.parametrize("body", [
    "Enligt betyget hade jag en annan titel än den jag faktiskt hade. Kan ni rätta uppgifterna i registret?",
    "According to your staff file I was employed until 2021, which is not so. Could you fix the records?",
    "Todistuksen mukaan olin töissä vain vuoden, vaikka olin kolme. Voitteko korjata tiedot rekisteriinne?",
    "Jag läste igenom mitt tjänstgöringsintyg i dag inför en ansökan, och där\n"
    "står det: enligt intyget var jag anställd i två år. Det stämmer inte, kan ni rätta uppgifterna?",
])
def test_a_past_record_claim_then_a_correction_is_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


# Cause 14: "which of my (personal) data", "mitkä tietoni", "a copy of everything you have on me" ask for access.
@pytest.mark.parametrize("body", [
    "Please let me know which of my personal details were exposed in the incident.",
    "Kertokaa, mitkä tietoni olivat vuodon kohteena.",
    "Could you send me a copy of everything you keep about me?",
    "I want a printout of all that you hold on me before I decide anything.",
    "Skicka mig en kopia av allt ni har sparat om mig.",
])
def test_which_of_my_data_and_a_copy_of_everything_is_access(body):
    assert kinds_of(body) == ("request", ("access",))


# Cause 15: "dont" without an apostrophe, "ni får inte använda", "I don't want you to use": a restriction; and
# "don't delete the photos/recordings" of something that concerns the writer is a restriction, not an erasure.
@pytest.mark.parametrize("body", [
    "dont use my details for anything until the dispute is over",
    "You must not process my data until my complaint has been handled.",
    "I don't want you to use my information while the claim is open.",
    "Ni får inte behandla mina uppgifter innan tvisten är löst.",
    "Jag vill int att ni använder mina uppgifter tills saken är utredd.",
    "Pyydän, ettette käytä tietojani ennen kuin riita on ratkaistu.",
    "please don't delete the recordings of my calls with you, my lawyer needs them",
])
def test_a_use_forbidden_or_deletion_refused_is_restriction(body):
    assert kinds_of(body) == ("request", ("restriction",))


# Cause 16: a deletion negated after the verb ("radera ingenting", "delete nothing") next to a block is one restriction.
@pytest.mark.parametrize("body", [
    "Jag vill att ni spärrar mina uppgifter: radera inget, men använd dem inte heller.",
    "Please freeze my account for now and delete nothing until I say so.",
])
def test_block_and_delete_nothing_is_restriction_only(body):
    assert kinds_of(body) == ("request", ("restriction",))


# Cause 17: a restriction verb right after a marketing objection, for "that purpose" or with a pronoun, is the
# objection itself; "I am not asking you to delete…" asks for nothing of the kind.
@pytest.mark.parametrize("body", [
    "I object to direct marketing using my data. Please stop processing it for that purpose at once.",
    "I object to receiving marketing by post. Kindly stop using my details for that purpose.",
    "Jag motsätter mig direktmarknadsföring. Sluta behandla mina uppgifter för det ändamålet.",
    "Please stop the marketing e-mails. I am not asking you to delete my account, just no more offers.",
    "En pyydä poistamaan tiliäni, lopettakaa vain mainosten lähettäminen.",
    "Jag ber inte om att ni raderar mitt konto, men sluta skicka reklam.",
    "Lopettakaa suoramarkkinointi minulle.",
])
def test_objection_then_cease_for_that_purpose_is_objection_only(body):
    assert kinds_of(body) == ("request", ("objection",))


# Cause 18: letters sent "there" are post delivery, not portability; a statute "as amended" is no correction asked.
@pytest.mark.parametrize("body,kinds", [
    ("Rätta min adress till Storgatan 3, 10000 Ekenäs, och skicka påminnelserna dit i fortsättningen.",
     ("rectification",)),
    ("Please correct my address to 4 Mill Lane, Leeds, and send the reminders to me there.", ("rectification",)),
    ("Under the CCPA, as amended by the CPRA, I direct you not to sell my personal information to advertisers.",
     ("objection",)),
])
def test_post_sent_somewhere_and_a_cited_law(body, kinds):
    assert kinds_of(body) == ("request", kinds)


# Cause 19: an "I ask you to:" lead-in carries its ask to the list lines below it; "articles 15 and 17" names both.
@pytest.mark.parametrize("body,kinds", [
    ("Pyydän teitä:\n- kertomaan, mitä tietoja minusta on tallennettu\n- ja sen jälkeen poistamaan ne",
     ("access", "erasure")),
    ("I would like you to:\n1. tell me what information you hold about me\n2. then erase it from every system",
     ("access", "erasure")),
    ("Jag begär härmed enligt artiklarna 15 och 17 i GDPR en kopia av och radering av mina uppgifter.",
     ("access", "erasure")),
])
def test_a_lead_in_ask_over_a_list_and_listed_articles(body, kinds):
    assert kinds_of(body) == ("request", kinds)


# Cause 20: request phrases in quotation marks are cited, not asked (a vendor's pitch); a form's quoted message
# is still asked.
@pytest.mark.parametrize("body", [
    'Every week your team gets "delete my account" and "send me my data" e-mails. We automate all of it; '
    "companies like yours save hours. Could I show you a 20-minute demo?",
    'Asiakkaanne lähettävät viestejä kuten "poistakaa tietoni" ja "mitä tietoja minusta on". '
    "Automatisoimme koko prosessin. Varaa maksuton esittely.",
])
def test_quoted_request_phrases_in_a_pitch_are_other(body):
    assert kinds_of(body)[0] == "other"


def test_a_form_message_in_quotes_is_still_the_writers_ask():
    assert kinds_of('Message: "please delete my data"') == ("request", ("erasure",))


# Cause 21: stopping mail or removing an address for a former colleague is someone else's business, not a right.
@pytest.mark.parametrize("body", [
    "Our former colleague Jussi Aho left us in May. Please stop sending the newsletter to his address.",
    "Entinen työkaverimme lopetti keväällä. Lopettakaa uutiskirjeen lähettäminen hänen osoitteeseensa.",
    "Vår tidigare kollega har slutat hos oss. Sluta skicka nyhetsbrevet till henne och ta bort hennes adress.",
])
def test_an_opt_out_for_a_former_colleague_is_other(body):
    assert kinds_of(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "Our former colleague left last year, and I look after her work now. Please stop sending me your newsletter.",
    "My mother has died. Please stop sending marketing to her address.",
])
def test_an_opt_out_for_oneself_or_a_relative_stays_objection(body):
    assert kinds_of(body) == ("request", ("objection",))


# Cause 22: a participle describing a thing ("anonymisoidut CV:t") and adverbs in -ni ("mielelläni") are no ask.
@pytest.mark.parametrize("body", [
    "Lähetän mielelläni anonymisoidut hakemukset nähtäväksenne.",
    "Toimitamme mielellämme poistetut tuotteet listana.",
    "Mielestäni tuhotut asiakirjat kannattaa kirjata arkistoon.",
])
def test_participles_and_adverbs_are_other(body):
    assert kinds_of(body)[0] == "other"


# Cause 23: a legal footer under the signature is not the writer's words (language, kinds, signed name).
def test_a_disclaimer_under_the_signature_is_not_the_writers_text():
    body = ("Hei, osoitteeni on muuttunut. Päivittäkää osoitteekseni Rantakatu 5, 90100 Oulu.\n\nKiitos!\n\n"
            "Pirkko Lehto\nHallintopäällikkö\nEsimerkki Oy\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the "
            "addressee. If you have received this message in error, please notify the sender and delete it.")
    a = analyse(mail(body, frm="Lehto Pirkko <pirkko.lehto@example.fi>"))
    assert (a.classification.category, a.classification.kinds) == ("request", ("rectification",))
    assert a.classification.language == "fi"
    assert a.identity.name == "Pirkko Lehto"


# Cause 24: US numbers without the trunk 1 in a US context; "I can be reached on" labels a UK number.
@pytest.mark.parametrize("body,phone", [
    ("Please delete my account.\n\nThanks,\nJo Miller\nDenver, Colorado\n(303) 555-0148", "+13035550148"),
    ("I am a California resident. Please delete my data. Phone: (213) 555-0175", "+12135550175"),
    ("Please delete my data. You can reach me at 07700 900 733 if needed.", "+447700900733"),
    ("Please delete my data. I can be reached on 07700 900 581.", "+447700900581"),
])
def test_us_and_uk_phones_in_their_context(body, phone):
    assert analyse(mail(body, frm="someone@example.com")).identity.phone == phone


def test_no_us_reading_without_a_us_context():
    assert analyse(mail("Poistakaa tietoni. Tilaus 303 555 0148.", frm="x@example.fi")).identity.phone is None


# Cause 25: slang and short words for the writer's own e-mail / phone ("sposti", "meili", "mejl") are fields.
@pytest.mark.parametrize("body", [
    "Moi, vaihtakaa mun meili uuteen: tiina.k@example.org, vanha ei enää toimi.",
    "Päivittäkää mun s-posti, vanha osoite lakkaa toimimasta.",
    "Hej, byt min mejl till nya@example.se tack.",
    "Hi, please swap my email to the new one below, the old one is closing down.",
])
def test_slang_own_field_change_is_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


@pytest.mark.parametrize("body", [
    "Vaihtakaa meidän sposti-ilmoitusten aihe muotoon 'Tilaus vahvistettu'.",
    "Hej, byt mejlmallen i kampanjen till den nya versionen.",
])
def test_slang_field_words_about_business_stay_other(body):
    assert kinds_of(body)[0] == "other"


# Cause 26: one-slip typos of the words a request hinges on (dropped, doubled, swapped or wrong letter).
@pytest.mark.parametrize("body,kinds", [
    ("Radrea alla mina uppgifter, jag använder inte appen längre.", ("erasure",)),
    ("Kan ni raderra mitt konto? Tack.", ("erasure",)),
    ("Poitsakaa kaikki mun tiedot, en oo enää asiakas.", ("erasure",)),
    ("Please dlete my acount and all my data.", ("erasure",)),
    ("I want acces to all personal informaton you hold on me.", ("access",)),
    ("Jag vill avregistrea mig från alla utskick.", ("objection",)),
])
def test_one_slip_typos_of_request_words(body, kinds):
    assert kinds_of(body) == ("request", kinds)


@pytest.mark.parametrize("body", [
    "Hej, vi lyssnade på er reklam på radio i går. Kan ni skicka en offert?",
    "Rader 4 och 5 i offerten saknar pris, kan ni rätta dem?",
    "We trade in second-hand rental equipment, do you sell your old lifts?",
    "Pistäkää tarjous tulemaan ensi viikolla, kiitos.",
    "Postatkaa lasku paperisena, kiitos.",
    "Ni kan rada upp stolarna längs väggen inför mässan.",
])
def test_typo_tolerance_does_not_invent_requests(body):
    assert kinds_of(body)[0] == "other"


# Cause 27: a request only in the subject, with an empty or near-empty body (typos too).
@pytest.mark.parametrize("subject,kinds", [
    ("pls remvoe all my data", ("erasure",)),
    ("radra mitt konto", ("erasure",)),
    ("poistakaa mun tiedot", ("erasure",)),
])
def test_subject_only_request_with_empty_body(subject, kinds):
    assert kinds_of("", subject=subject, frm="jk77@example.com") == ("request", kinds)


# Cause 28: a form service (Google/Microsoft Forms) relays a visitor's answer, labels on lines of their own:
# a machine delivered it, but the words are the person's request.
def _forms_relay(message: str, extra: str = "", **headers: str) -> bytes:
    body = (f"Lomakkeeseen \"Yhteydenotto\" on tullut uusi vastaus.\n\nNimi\nLeena Aho\n\nSähköposti\n"
            f"leena.aho@example.com\n\n{extra}Viesti\n{message}\n\nNäytä kaikki vastaukset: https://forms.example.com/r\n")
    hdrs = {"Auto_Submitted": "auto-generated", **headers}
    return mail(body, subject="Uusi vastaus lomakkeeseen Yhteydenotto", frm="Forms <forms-noreply@forms.example.com>",
                **hdrs)


@pytest.mark.parametrize("message,kinds", [
    ("haluan nähdä mitä tietoja teillä on minusta", ("access",)),
    ("please delete my account and everything you have about me", ("erasure",)),
    ("Jag vill inte längre få era nyhetsbrev.", ("objection",)),
])
def test_forms_relay_with_a_persons_request_is_a_request(message, kinds):
    a = analyse(_forms_relay(message))
    assert (a.classification.category, a.classification.kinds) == ("request", kinds)
    assert a.identity.email == "leena.aho@example.com"
    assert a.identity.name == "Leena Aho"


def test_forms_relay_without_a_request_is_other_not_automated():
    a = analyse(_forms_relay("Voisitteko lähettää tarjouksen henkilönostimen vuokrasta ensi viikolle?"))
    assert a.classification.category == "other"


@pytest.mark.parametrize("raw", [
    # a survey answer with no free-text message: a notification
    mail("Uusi vastaus lomakkeeseen Asiakastyytyväisyys.\n\nArvosana\n5\n\nSähköposti\nx@example.com\n",
         subject="Uusi vastaus", frm="forms-noreply@forms.example.com", Auto_Submitted="auto-generated"),
    # a mailing list carrying form-like fields stays a list
    _forms_relay("please delete my account and everything you have about me", List_Id="<forms.example.com>"),
    # a helpdesk acknowledgement quoting the message under a ticket subject
    mail("Olemme vastaanottaneet viestisi.\n\nSähköposti\ninfo@firma.example.fi\n\nViesti\npoistakaa tietoni "
         "rekisteristänne\n", subject="[Tiketti #4411] Vastaanotettu", frm="noreply@helpdesk.example.com",
         Auto_Submitted="auto-replied"),
])
def test_real_automated_notifications_stay_automated(raw):
    assert analyse(raw).classification.category == "automated"


# Cause 29: a stop "until it is corrected / settled" holds the data back meanwhile: restriction, not objection.
@pytest.mark.parametrize("body,kinds", [
    ("Osoitteeni on väärin, korjatkaa se. Älkää lähettäkö mitään sinne ennen kuin osoite on korjattu.",
     ("rectification", "restriction")),
    ("Älkää soittako mulle perinnästä kunnes laskuriita on selvitetty.", ("restriction",)),
    ("My address is wrong, please correct it and don't email me anything until it's fixed.",
     ("rectification", "restriction")),
])
def test_stop_until_settled_is_restriction(body, kinds):
    assert kinds_of(body) == ("request", kinds)


@pytest.mark.parametrize("body", [
    "Älkää lähettäkö mulle mainoksia ennen kuin osoitteeni on korjattu, eikä sen jälkeenkään.",
    "Don't email me any more newsletters until I sign up again, which won't be soon.",
])
def test_marketing_stop_with_until_stays_objection(body):
    assert kinds_of(body) == ("request", ("objection",))


# Cause 30: a bare answer that is one of the options of a quoted either-or question is an answer, not an ask.
@pytest.mark.parametrize("answer,question", [
    ("Unsubscribe", 'Kumpi painikkeeseen: "Unsubscribe" vai "Opt out"?'),
    ("avregistrera", 'Ska knappen heta "Avregistrera" eller "Avsluta prenumeration"?'),
    ("Delete account", 'Which label do you prefer, "Delete account" or "Close account"?'),
])
def test_an_answer_to_an_either_or_question_is_other(answer, question):
    body = (f"{answer}\n\nTuomas <info@firma.example.fi> kirjoitti 3.2.2025 klo 9.12:\n"
            f"> Hei,\n>\n> {question}\n> t. Tuomas\n")
    assert kinds_of(body, subject="Re: Uutiskirjeen painike", frm="Asiakas <a@asiakas.example.fi>")[0] == "other"


def test_unsubscribe_in_reply_to_a_newsletter_offer_is_still_objection():
    body = ("unsubscribe\n\nUutiset <info@firma.example.fi> kirjoitti 3.2.2025 klo 9.12:\n"
            "> Kevään tarjoukset ovat täällä!\n> Jos et halua näitä viestejä, vastaa 'unsubscribe'.\n")
    assert kinds_of(body, subject="Re: Kevään tarjoukset", frm="Asiakas <a@asiakas.example.fi>") == (
        "request", ("objection",))


# Cause 31: the data of a business document ("laskun tiedot", "order details") checked is no access request.
@pytest.mark.parametrize("body", [
    "Voisitteko tarkistaa tilauksen 5521 tiedot? Toimitus näyttää väärältä.",
    "Could you check the invoice details again? The total does not match the quote.",
    "Kan ni kontrollera fakturans uppgifter? Beloppet stämmer inte.",
    "Could you check my invoice details, the VAT looks wrong.",
])
def test_checking_a_documents_details_is_other(body):
    assert kinds_of(body)[0] == "other"


@pytest.mark.parametrize("body", [
    "Voitteko tarkistaa mitä tietoja teillä on minusta?",
    "Please send me a copy of the data you hold about me, including order details.",
])
def test_checking_data_about_the_writer_stays_access(body):
    assert kinds_of(body) == ("request", ("access",))


# Cause 32: the fullest name — a short signed first name ("Dan") yields to the display name; a code after the
# signed name ("Pirjo Lehtinen 150387-100S") does not hide the name.
@pytest.mark.parametrize("body,frm,name", [
    ("please delete my account thx\nChris", "Christopher Lane <c.lane@example.com>", "Christopher Lane"),
    ("Poistakaa tietoni.\nMarja-Leena Pitkänen 0401234567", "ml.p@example.fi", "Marja-Leena Pitkänen"),
    ("Radera mina uppgifter.\nJohan Ek, 070-123 45 67", "jek@example.se", "Johan Ek"),
    ("Poistakaa tietoni.\nEeva", "Eevi Salo <eevi@example.fi>", "Eeva"),
])
def test_fullest_name_with_nicknames_and_trailing_codes(body, frm, name):
    assert analyse(mail(body, frm=frm)).identity.name == name


# Cause 33: a non-Finnish number presented as a phone by a label after it or on a signature line with the name.
@pytest.mark.parametrize("body,phone", [
    ("Please update my number, it is 07700 900 512 (mobile).", "+447700900512"),
    ("Please delete my data. Thanks\nAmelia / 07700 900264", "+447700900264"),
    ("Please delete my data.\nOlly Grant 07700 900377", "+447700900377"),
])
def test_uk_phones_labelled_after_or_on_the_signature_line(body, phone):
    assert analyse(mail(body, frm="someone@example.com")).identity.phone == phone


def test_a_reference_after_a_name_is_not_a_phone():
    assert analyse(mail("Poistakaa tietoni.\nViite 07700 900264", frm="x@example.fi")).identity.phone is None


# Cause 34: a right a formal letter only mentions — held, reserved, known, quoted, an Art. 15(1)(e) item — is
# information, not an ask; a fresh ask after it ("…, but I request") still counts.
@pytest.mark.parametrize("body,kinds", [
    ("Pyydän jäljennöksen kaikista minua koskevista henkilötiedoista. Tiedoksi: asetus antaa minulle myös "
     "oikeuden vaatia tietojen oikaisemista ja poistamista.", ("access",)),
    ("Please send me a copy of all personal data you hold about me. I reserve the right to request erasure "
     "and restriction of processing later.", ("access",)),
    ("Jag begär ett registerutdrag enligt artikel 15. Jag vill upplysa om att jag även har rätt att begära "
     "rättelse, radering och begränsning av behandlingen.", ("access",)),
    ("I object to the use of my personal data for direct marketing. You may also wish to note that I am "
     "entitled to request a copy of my data.", ("objection",)),
    ("Please erase all personal data about me. I am aware that I could first ask for a copy of it, but I do "
     "not wish to.", ("erasure",)),
    ("Vastustan henkilötietojeni käyttöä suoramarkkinointiin. Minulla on myös oikeus saada tietää, mitä "
     "tietoja minusta on tallennettu, mutta sitä en tässä pyydä.", ("objection",)),
    ("Jag begär att ni raderar mina personuppgifter. Jag förbehåller mig rätten att senare begära ett "
     "registerutdrag.", ("erasure",)),
    ("Please send me a copy of my personal data and tell me the purposes of the processing and the existence of "
     "the right to request rectification or erasure of my personal data.", ("access",)),
])
def test_a_right_only_mentioned_is_not_asked(body, kinds):
    assert kinds_of(body) == ("request", kinds)


@pytest.mark.parametrize("body,kinds", [
    ("Minulla on oikeus saada tietää, mitä tietoja minusta on, joten pyydän, että poistatte kaikki tietoni.",
     ("erasure",)),
    ("I have the right to erasure, and I request that you delete all my personal data.", ("erasure",)),
    ("Pyydän jäljennöksen tiedoistani ja vaadin, että poistatte kaikki minua koskevat henkilötiedot.",
     ("access", "erasure")),
    ("Please send me a copy of my data and then delete my account and all data about me.", ("access", "erasure")),
])
def test_a_real_ask_next_to_a_mention_still_counts(body, kinds):
    assert kinds_of(body) == ("request", kinds)


# Cause 35: a formal letter's passive ask and the undersigned ("Yhtiötä pyydetään toimittamaan allekirjoittaneelle").
@pytest.mark.parametrize("body,kinds", [
    ("Yhtiötä pyydetään toimittamaan allekirjoittaneelle jäljennös kaikista allekirjoittanutta koskevista "
     "henkilötiedoista.", ("access",)),
    ("Yhtiötä vaaditaan poistamaan allekirjoittanutta koskevat henkilötiedot kaikista rekistereistään.",
     ("erasure",)),
])
def test_formal_passive_asks(body, kinds):
    assert kinds_of(body) == ("request", kinds)


# Cause 36: a reminder asks again for "the data I requested": an access request.
@pytest.mark.parametrize("body", [
    "En ole saanut vastausta. Pyydän edelleen toimittamaan pyytämäni tiedot kahden viikon kuluessa.",
    "I have had no reply within a month. Please send me the information I requested without further delay.",
    "Jag har inte fått något svar. Skicka de uppgifter som jag begärde senast nästa vecka.",
])
def test_a_reminder_for_the_requested_data_is_access(body):
    assert kinds_of(body) == ("request", ("access",))


# Cause 37: a copy of a business document (a contract, a protocol) is no access request.
@pytest.mark.parametrize("body", [
    "Pyydämme toimittamaan meille kopion vuokrasopimuksesta ja luovutuspöytäkirjasta.",
    "Could you send us a copy of the lease and the delivery note for case 4411?",
    "Vi ber er skicka en kopia av avtalet och protokollet från leveransen.",
])
def test_a_copy_of_a_business_document_is_other(body):
    assert kinds_of(body)[0] == "other"


def test_a_copy_of_the_writers_own_data_stays_access():
    assert kinds_of("Pyydän kopion minua koskevista henkilötiedoista.") == ("request", ("access",))


# Cause 38: data named as the object of a deletion ("…ja kaiken muun, mitä minusta on kirjattu", "copies … be
# erased") is not an access ask; a separate ask for it next to the deletion still is.
@pytest.mark.parametrize("body", [
    "Pyydän, että poistatte osoitteeni, puhelinnumeroni ja kaiken muun, mitä minusta on kirjattu.",
    "Please delete my account and whatever information you hold about me.",
    "Jag begär att ni raderar sidan om mig och ser till att alla kopior av mina personuppgifter raderas.",
])
def test_data_named_as_what_to_delete_is_erasure_only(body):
    assert kinds_of(body) == ("request", ("erasure",))


@pytest.mark.parametrize("body", [
    "Poistakaa tietoni, mutta lähettäkää ensin kopio kaikista minua koskevista tiedoista.",
    "Please delete my data, but first send me a copy of the data you hold about me.",
])
def test_a_copy_asked_before_the_deletion_stays_access(body):
    assert kinds_of(body) == ("request", ("access", "erasure"))


# Cause 39: a deletion the company announced and the writer reports is not asked; "don't delete" is restriction.
@pytest.mark.parametrize("body", [
    "Sain viestin, että tilini poistetaan ensi kuussa. Älkää poistako sitä, tarvitsen tiedot oikeudenkäyntiin.",
    "I received a notice that my account will be deleted. Please do not delete it, I need the records for court.",
    "Jag fick ett meddelande om att mitt konto raderas. Radera det inte, jag behöver uppgifterna i en rättstvist.",
])
def test_a_reported_deletion_plus_dont_delete_is_restriction(body):
    assert kinds_of(body) == ("request", ("restriction",))


# Cause 40: a forwarded newsletter or member letter is what the forwarder read; the forwarder's own words decide.
def _fwd(cover: str, sender: str, inner: str) -> str:
    return (f"{cover}\n\n---------- Forwarded message ---------\nFrom: Uutiset <{sender}>\n"
            f"Date: ti 10. maalisk. 2026 klo 8.00\nSubject: Uutiset 3/2026\nTo: <a@example.com>\n\n{inner}\n")


@pytest.mark.parametrize("cover,sender,inner,expected", [
    ("Ps. ottakaa minut pois teidän postituslistalta.", "newsletter@firma.example.fi",
     "Kevään uutuudet! Peru tilaus täältä.", ("request", ("objection",))),
    ("Kiinnostava artikkeli, katsotaanko palaverissa?", "jasenkirje@yhdistys.example.org",
     'Esimerkki: "Pyydän, että poistatte kaikki minua koskevat tiedot."', ("other", ())),
    ("Intressant läsning inför mötet.", "nyhetsbrev@forening.example.org",
     'Så skriver du: "Jag begär att ni raderar mina personuppgifter."', ("other", ())),
])
def test_a_forwarded_bulletin_leaves_the_forwarder_as_writer(cover, sender, inner, expected):
    assert kinds_of(_fwd(cover, sender, inner), subject="Fwd: Uutiset") == expected


def test_a_forwarded_person_request_is_still_the_request():
    body = _fwd("Tämä tuli väärään osoitteeseen.", "liisa.k@example.fi", "Poistakaa kaikki tietoni.")
    assert kinds_of(body, subject="Fwd: tiedot") == ("request", ("erasure",))


# Cause 41: stopping the use of one's photo or name in references and brochures objects to a marketing use.
@pytest.mark.parametrize("body", [
    "Lopettakaa kuvani käyttäminen referensseissänne.",
    "Please stop using my photo in your brochures.",
    "Sluta använda min bild i era referenser.",
])
def test_stop_using_my_photo_in_publicity_is_objection(body):
    assert kinds_of(body) == ("request", ("objection",))


def test_stop_processing_my_data_stays_restriction():
    assert kinds_of("Lopettakaa tietojeni käyttäminen kunnes asia on selvitetty.") == ("request", ("restriction",))


# Cause 42: "send the data as a file" right after asking what data is held about the writer is portability.
@pytest.mark.parametrize("body", [
    "Vilka uppgifter har ni om mig? Kan ni också skicka mig uppgifterna som en fil, till exempel CSV?",
    "What data do you hold about me? Please send the data as a CSV file too.",
])
def test_a_file_of_the_data_just_asked_about_is_portability(body):
    assert kinds_of(body) == ("request", ("access", "portability"))


def test_a_file_of_something_else_stays_out():
    assert kinds_of("Vad har ni om mig? Skicka också prislistan som pdf.") == ("request", ("access",))


# Cause 43: calls or lists aimed at the writer's company line are no personal data.
@pytest.mark.parametrize("body", [
    "Lopettakaa soittelu yrityksemme vaihteeseen ja poistakaa firma soittolistoiltanne.",
    "Stop calling our switchboard and remove our company from your call lists.",
    "Sluta ringa till vår växel och ta bort vårt företag från era ringlistor.",
])
def test_sales_calls_to_a_company_line_are_other(body):
    assert kinds_of(body)[0] == "other"


def test_sales_calls_to_my_own_number_stay_objection():
    assert kinds_of("Lopettakaa soittelu minun numerooni.") == ("request", ("objection",))


# Cause 44: Cyrillic mail is Russian (or Ukrainian), not the Finnish default, and its basic request forms count.
@pytest.mark.parametrize("body, kinds", [
    ("Добрый день! Прошу удалить все мои данные из вашей системы.", ("erasure",)),
    ("Пожалуйста, сообщите, какую информацию обо мне вы храните.", ("access",)),
    ("Хочу знать, откуда вы получили мой номер телефона.", ("access",)),
    ("Прошу исправить мою фамилию в вашей базе: правильно Соколова.", ("rectification",)),
    ("Не присылайте мне больше рекламу, пожалуйста.", ("objection",)),
    ("Прошу не удалять мои данные, пока идёт спор, и не использовать их.", ("restriction",)),
])
def test_russian_basic_request_forms(body, kinds):
    a = analyse(mail(body, frm="Anna Sokolova <anna@example.com>"))
    assert (a.classification.category, a.classification.kinds) == ("request", kinds)
    assert a.classification.language == "ru"


@pytest.mark.parametrize("body", [
    "Здравствуйте! Хотел бы узнать цену на ремонт крыши. Мой телефон 040 123 4567.",
    "Добрый день, прошу выставить счёт на наш заказ и подтвердить дату доставки.",
    "Даю согласие на обработку моих персональных данных. Резюме во вложении.",
])
def test_russian_business_mail_stays_other(body):
    c = analyse(mail(body, frm="Anna Sokolova <anna@example.com>")).classification
    assert (c.category, c.language) == ("other", "ru")


def test_ukrainian_is_told_from_russian():
    body = "Доброго дня! Прошу видалити мої персональні дані з вашої бази. З повагою, Іван"
    assert analyse(mail(body, frm="ivan@example.com")).classification.language == "uk"


def test_finnish_stays_finnish_next_to_cyrillic_names():
    body = "Hei, pyydän poistamaan tietoni rekisteristänne.\n\nTerveisin\nOlga Smirnova (Ольга Смирнова)"
    assert analyse(mail(body)).classification.language == "fi"


# Cause 45: a second kind in a non-Nordic or learner's mail: own fields in et/fr/es, Spanish "supresión",
# the learner's "älkää käyttäkää" / "älä käytä", "stop to send me", a file "a computer can read".
@pytest.mark.parametrize("body, kinds", [
    ("Palun parandage minu perekonnanimi, see on nüüd Tamm. Palun ärge saatke mulle reklaami.",
     ("rectification", "objection")),
    ("Je voudrais une copie de mes données. Mon nom est mal orthographié, veuillez le corriger.",
     ("access", "rectification")),
    ("Quiero recibir mis datos en formato CSV. Después solicito la supresión de mi cuenta.",
     ("erasure", "portability")),
    ("Korjatkaa minun osoite. Älkää käyttäkää minun tiedot ennen kun se on korjattu.",
     ("rectification", "restriction")),
    ("Tell me what informations you have about me. And stop to call me every week.", ("access", "objection")),
])
def test_second_kind_in_learner_and_foreign_mail(body, kinds):
    assert kinds_of(body, frm="Sam Doe <sam@example.com>") == ("request", kinds)


@pytest.mark.parametrize("body", [
    "Kan ni skicka mina uppgifter i en fil som en dator kan läsa?",
    "Could you send the data I uploaded in a file that a computer can read?",
    "Voitteko lähettää antamani tiedot tiedostona, jota tietokone voi lukea?",
])
def test_plain_words_machine_readable_file_is_portability(body):
    assert kinds_of(body) == ("request", ("portability",))


def test_finnish_word_muuta_is_no_estonian_change_verb():
    assert kinds_of("Haluan tietää mitä tietoja minusta on. Ei muuta, kiitos.") == ("request", ("access",))


def test_alkaa_as_begin_is_no_negative_imperative():
    assert kinds_of("Palvelu alkaa käyttää uusia tietoja ensi kuussa, kiitos tiedosta.")[0] == "other"


# Cause 46: an employee's salary account is their own data; the company's switchboard and phone directory are not.
@pytest.mark.parametrize("body", [
    "Palkkani maksettiin vanhalle tilille. Korjatkaa palkanmaksun tilinumeroksi FI21 1234 5600 0007 85.",
    "Please update my salary account to FI21 1234 5600 0007 85, the old one is closed.",
    "Uppdatera mitt lönekonto, det gamla är avslutat: FI21 1234 5600 0007 85.",
])
def test_salary_account_fix_is_rectification(body):
    assert kinds_of(body) == ("request", ("rectification",))


@pytest.mark.parametrize("body", [
    "Voisitteko päivittää intran puhelinluetteloon vaihteen uuden numeron 09 123 4567?",
    "Could you update the phone directory with the new switchboard number?",
    "Kan ni uppdatera telefonkatalogen med växelns nya nummer?",
])
def test_company_directory_update_is_other(body):
    assert kinds_of(body)[0] == "other"


def test_own_name_in_the_intranet_stays_rectification():
    assert kinds_of("Korjatkaa nimeni intraan, se on kirjoitettu väärin.") == ("request", ("rectification",))


# Cause 47: deleting one's photo from marketing material is erasure, not an opt-out from marketing mail.
@pytest.mark.parametrize("body", [
    "Please remove my photo and name from your marketing materials and the website.",
    "Poistakaa kuvani ja nimeni markkinointimateriaaleistanne.",
    "Ta bort min bild från ert marknadsföringsmaterial.",
])
def test_delete_from_marketing_material_is_erasure(body):
    assert kinds_of(body) == ("request", ("erasure",))


def test_delete_from_marketing_list_stays_objection():
    assert "objection" in kinds_of("Please remove my email from your marketing list.")[1]


# Cause 48: a phone label after a code's label reads the number ("hetu 120679-3475, puh. 040…"); a writer who
# places themself in Finland has a Finnish national number even in a German or French mail.
@pytest.mark.parametrize("body, phone", [
    ("Poistakaa tietoni. Henkilötunnus 120679-3475, puh. 040 718 2256.", "+358407182256"),
    ("Radera mina uppgifter. Personbeteckning 180571-239N, tfn 040-822 1937.", "+358408221937"),
    ("Bitte löschen Sie meine Daten.\n\nMit freundlichen Grüßen\nJonas Weber\nEspoo, Tel. 044 718 2290",
     "+358447182290"),
    ("Bitte löschen Sie meine Daten. Ich wohne in Tampere, Handy 050 448 1920.", "+358504481920"),
])
def test_phone_after_code_and_finnish_home(body, phone):
    assert analyse(mail(body, frm="someone@example.com")).identity.phone == phone


def test_finnish_place_elsewhere_keeps_german_number():
    body = ("Vielen Dank für Ihre Bestellung. Die Lieferung erfolgt frei Haus nach Parainen.\n\n"
            "Mit freundlichen Grüßen\nMüller GmbH\nTel. 040 334455-0")
    assert analyse(mail(body, frm="someone@example.com")).identity.phone == "+49403344550"


def test_business_id_label_still_blocks_its_digits():
    body = "Poistakaa tietoni. Y-tunnus 1234567-8 ja viite 0401234567."
    assert analyse(mail(body, frm="someone@example.com")).identity.phone is None
