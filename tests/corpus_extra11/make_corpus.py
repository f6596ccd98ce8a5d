#!/usr/bin/env python3
"""Generate an eleventh independent, labelled corpus (corpus_extra11) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by an eleventh author without looking at the classifier or the other corpora's mail texts. Every
mail is grounded in what one of the six fictional recipient companies actually does:

- Lumivalo Ohjelmistot (SaaS): deletion of a user account and its usage logs (first name only); an end
  user of a customer organisation asking what the service stores about them; an export of "my projects
  and comments" as JSON followed by account closure; a Sweden-Swedish transfer straight to a new provider;
  a former trial user objecting to sales calls and asking for deletion (name only in From, no umlauts);
  hard negatives: a customer admin asking to delete a former employee's seat, a GDPR vendor pitch; an
  English auto-reply that quotes an erasure request.
- Kivi & Kangas Design (web agency): a contact-form relay (Reply-To) asking what happened to data sent via
  the form, then deletion; an objection to analytics/tracking and profiling; a Swedish "where did you get my
  address"; hard negatives: a client asking to remove an old blog post from their own site, a prospect asking
  about cookie banners and a DPA.
- Saariston Painotalo (bilingual printing house): objections to addressed direct mail in Swedish and
  Finnish (the latter also asking where the address came from, base64 with a B-encoded subject); a
  street-name spelling fix for mailing lists; a Swedish restriction during an invoice dispute (HTML-only,
  ISO-8859-1); hard negatives: a brochure reprint with the company's corrected phone, an association asking
  about a Swedish privacy notice; a Swedish Outlook "Automatiskt svar".
- Pohjolan Laitevuokraus (equipment rental): telematics/GPS location data for a rental period; restriction
  of a disputed damage report (non-native English, Estonian phone); a credit check with a hetu (HTML-only
  Windows-1252); hard negative: cancelling a reservation ("poistaa varaus"); a DSN bounce of a reply.
- Järvisen Tilitoimisto (accounting): a client company's employee asking what payroll data is held (hetu
  written in lower case); an inline Outlook "VL:" forward by a colleague of a tax number / bank account
  correction (the forwarder's phone is ignored, a 12-digit tax number and an IBAN are traps); a private client
  moving their data to another accounting firm; a former seasonal worker abroad asking for erasure; hard
  negatives: a CFO asking to delete a duplicate supplier invoice, the tax authority's automated notification.
- Kattopojat (roofing): deletion of photos taken during a site visit; the opposite (keep the photos for a
  warranty dispute but not in marketing, "Surname, Firstname" display name); an expat correcting name and
  phone and leaving the newsletter; hard negatives: a quote request with address and phone, a Finnish
  "Olen lomalla" auto-reply with a phone.

Everything is invented; mail domains are under example.fi / example.com / example.se / example.org / .test;
IP addresses come from documentation ranges.

Run:  python3 make_corpus.py          (rewrite the corpus and validate)
      python3 make_corpus.py --check  (only validate what is on disk)

Standard library only.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_kit import *


# ---------------------------------------------------------------------------
# local helpers
# ---------------------------------------------------------------------------
def fi_iban(bban14: str) -> str:
    """A Finnish IBAN with correct check digits, grouped by four."""
    num = int(bban14 + "1518" + "00")  # F=15, I=18
    check = 98 - num % 97
    iban = f"FI{check:02d}{bban14}"
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


HETU_CREDIT = new_hetu("150384", "-", "236")
HETU_PAYROLL = new_hetu("020701", "A", "418")
Y_RAKENNUSVIRTA = new_ytunnus("2718346")
Y_JYVASRAKENNE = new_ytunnus("0912876")
IBAN_EETU = fi_iban("57900120418836")

AUTO_REPLY = ("Auto-Submitted: auto-replied", "X-Autoreply: yes")


# ---------------------------------------------------------------------------
# the mails
# ---------------------------------------------------------------------------
def build() -> None:
    # 001 ----------------------------------------------------------------
    add("fi-lumi-erasure-account-usage-logs-first-name",
        simple(LUMI, None, "millis82@example.com", "Tilin poisto", when(2025, 2, 11, 19, 42, utc_offset=2), T("""
            Hei,

            käytin teidän Lumivalo Tiimi -palvelua viime keväänä yhden projektin ajan omalla
            sähköpostillani (tällä osoitteella), mutta en tarvitse sitä enää. Haluaisin, että poistatte
            käyttäjätilini kokonaan ja samalla kaikki käyttölokit ja kirjautumistiedot, joita minusta on
            kertynyt. En halua, että niitä jää mihinkään talteen "varmuuden vuoksi".

            Ilmoitattehan, kun poisto on tehty.

            Kiitos,
            Milla
            """), extra=(GMAIL_UA,)),
        category="request", kinds=["erasure"], language="fi", requester_email="millis82@example.com",
        requester_name="Milla",
        notes="SaaS account plus usage/login logs to delete; bare From address, signed with a first name only")

    # 002 ----------------------------------------------------------------
    add("en-lumi-access-end-user-of-customer-org",
        alternative(LUMI, "Daniel Okafor", "d.okafor@nordviklogistics.example.com",
                    "What do you store about me as a user?", when(2025, 3, 4, 10, 15, utc_offset=2), T("""
            Hello,

            My employer, Nordvik Logistics, uses Lumivalo for project planning and I have a user account
            there through the company. I asked our IT department what information the system keeps about
            individual users, and they told me to ask you directly since you run the service.

            So I would like to know what personal data Lumivalo holds about me: my profile, login history,
            IP addresses, activity and usage logs, and anything else. Please also tell me how long you keep
            it and whether it is shared with third parties (for example analytics or hosting providers).
            A copy of the data would be great.

            I understand that the company is your customer, but I am asking for myself, as the person the
            data is about.

            Best regards,
            Daniel Okafor
            Logistics planner
            """), extra=(OUTLOOK,)),
        category="request", kinds=["access"], language="en",
        requester_email="d.okafor@nordviklogistics.example.com", requester_name="Daniel Okafor",
        notes="end user of a customer organisation (employer is the SaaS customer) asking for his own data; "
              "no legal words beyond 'personal data'")

    # 003 ----------------------------------------------------------------
    add("fi-katto-other-quote-address-phone",
        simple(KATTO, "Sami Leinonen", "sami.leinonen@example.fi", "Tarjouspyyntö: peltikaton uusiminen",
               when(2025, 3, 18, 20, 5, utc_offset=2), T("""
            Hei,

            pyytäisin tarjousta omakotitalomme katon uusimisesta. Nykyinen katto on tiilikatto vuodelta
            1978, pinta-ala n. 160 m², harjakatto. Haluaisimme tilalle konesaumatun peltikaton, väri
            tummanharmaa. Myös räystäskourut ja syöksytorvet pitäisi uusia.

            Osoite: Takojankatu 9, 33540 Tampere
            Puhelin: 050 381 6624 (tavoittaa parhaiten arkisin klo 16 jälkeen)

            Voitte tulla katsomaan kohdetta sopimuksen mukaan.

            Terveisin
            Sami Leinonen
            """), extra=(TB,)),
        category="other", language="fi", phone="+358503816624",
        notes="homeowner's quote request giving home address and phone; personal data but no right used")

    # 004 ----------------------------------------------------------------
    add("fi-kivi-webform-replyto-access-erasure",
        simple(KIVI, "Kivi & Kangas Design", "wordpress@kivikangas.example.fi",
               "Uusi yhteydenotto: kivikangas.example.fi", when(2025, 3, 14, 9, 12, utc_offset=2), T("""
            Uusi viesti yhteydenottolomakkeelta (https://kivikangas.example.fi/yhteystiedot/)

            Nimi: Riikka Saarinen
            Sähköposti: riikka.saarinen@example.fi
            Puhelin: -
            Aihe: Muu asia

            Viesti:
            Täytin tällä samalla lomakkeella viime syksynä tarjouspyynnön (kotisivut pienelle
            kampaamolle), mutta projekti ei koskaan toteutunut. Haluaisin tietää, mitä lähettämilleni
            tiedoille on sen jälkeen tapahtunut: ovatko ne vielä tallessa, kenellä niitä on ollut
            käytössä ja onko niitä siirretty esimerkiksi asiakasrekisteriin tai uutiskirjelistalle.
            Jos tiedot ovat yhä tallessa, pyydän poistamaan ne.

            --
            Tämä viesti lähetettiin lomakkeelta 14.3.2025 klo 9.12 (IP 198.51.100.23).
            """), reply_to="Riikka Saarinen <riikka.saarinen@example.fi>",
               extra=("X-Mailer: WPMailSMTP/Mailer/smtp 4.1.0",)),
        category="request", kinds=["access", "erasure"], language="fi",
        requester_email="riikka.saarinen@example.fi", requester_name="Riikka Saarinen",
        notes="agency's own contact form relays the mail (Reply-To = requester); asks what happened to data "
              "sent via the form, then conditional deletion")

    # 005 ----------------------------------------------------------------
    add("en-kivi-objection-analytics-tracking-profiling",
        simple(KIVI, "Tomás Reyes", "t.reyes@example.com", "Objection to tracking and profiling on your website",
               when(2025, 4, 2, 16, 47), T("""
            Hello,

            I visited kivikangas.example.fi a few times over the past weeks while looking for an agency,
            and I noticed that the site loads several analytics and advertising trackers, including a
            "visitor identification" script that seems to match visitors to the companies they work for.
            I never clicked "accept" on anything; the banner just disappeared after a while.

            I object to the processing of my personal data for analytics, tracking and profiling,
            including any attempt to identify me or my employer from my visits, and to any use of such
            profiles for marketing. Please stop this processing for me and confirm in writing that you
            have done so.

            Regards,
            Tomás Reyes
            """), cte="quoted-printable", extra=(TB,)),
        category="request", kinds=["objection"], language="en", requester_email="t.reyes@example.com",
        requester_name="Tomás Reyes",
        notes="Art. 21 objection to analytics cookies, visitor identification and profiling; no deletion asked; "
              "RFC 2047 name, quoted-printable")

    # 006 ----------------------------------------------------------------
    add("sv-paino-objection-adresserad-direktreklam-latin1",
        message(rcpt=PAINO, frm=mailbox("Gunilla Sjöberg", "gunilla.sjoberg@example.fi", "iso-8859-1"),
                frm_addr="gunilla.sjoberg@example.fi", subject="Adresserad direktreklam",
                date=when(2025, 1, 20, 14, 3, utc_offset=2), extra=(TB,),
                root=text(T("""
            Hej,

            jag har nu för tredje gången fått adresserad direktreklam från er, senast en broschyr om
            julkort och kalendrar, adresserad till mig personligen hemma i Nagu. Jag vill inte ha någon
            adresserad direktreklam från Saariston Painotalo i fortsättningen, varken per post eller per
            e-post, och jag motsätter mig att mina uppgifter används för marknadsföring.

            Var snäll och ta bort mig från era utskickslistor och bekräfta åt mig när det är gjort.

            Med vänlig hälsning
            Gunilla Sjöberg
            Nagu
            """), charset="iso-8859-1", cte="quoted-printable")),
        category="request", kinds=["objection"], language="sv", requester_email="gunilla.sjoberg@example.fi",
        requester_name="Gunilla Sjöberg",
        notes="Finland-Swedish objection to addressed direct mail; 'ta bort mig från era utskickslistor' is "
              "objection, not erasure; ISO-8859-1 QP with ISO-8859-1 encoded name")

    # 007 ----------------------------------------------------------------
    add("fi-laite-other-cancel-reservation-poistaa-varaus",
        simple(LAITE, "Tero Hyvönen", "tero.hyvonen@example.fi", "Varauksen peruutus",
               when(2025, 8, 28, 7, 55), T("""
            Hei,

            tein viime viikolla varauksen tärylevylle ja lavetille ajalle 12.–14.9., varausnumero
            R-58213. Työ siirtyy ensi kevääseen, joten peruutan varauksen. Voitteko poistaa varauksen
            järjestelmästä ja palauttaa ennakkomaksun samalle kortille?

            t. Tero Hyvönen
            044 592 0087
            """), extra=(IPHONE,)),
        category="other", language="fi", phone="+358445920087",
        notes="'poistaa varaus' is cancelling a booking and refunding a deposit, not erasure of personal data")

    # 008 ----------------------------------------------------------------
    add("fi-paino-objection-suoramainonta-access-source-base64",
        message(rcpt=PAINO, frm=mailbox("Reijo Lehtonen", "reijo.lehtonen@example.fi"),
                frm_addr="reijo.lehtonen@example.fi",
                subject="Osoitteellinen suoramainonta – kielto ja mistä osoitteeni?", subject_mode="B",
                date=when(2025, 4, 9, 11, 20), extra=(ANDROID_UA,),
                root=text(T("""
            Hyvä vastaanottaja,

            postilaatikkooni tuli taas Saariston Painotalon osoitteellista suoramainontaa (kevään
            painotuotekampanja), vaikka en ole koskaan ollut asiakkaananne. Kiellän osoitteellisen
            suoramainonnan lähettämisen minulle jatkossa. En halua teiltä mitään markkinointia, en
            postitse enkä muutenkaan.

            Lisäksi haluan tietää, mistä olette saaneet nimeni ja osoitteeni (Vapaudenkatu 14 B 9,
            21600 Parainen) ja mitä muita tietoja minusta on rekisterissänne.

            Ystävällisin terveisin
            Reijo Lehtonen
            """), cte="base64")),
        category="request", kinds=["access", "objection"], language="fi",
        requester_email="reijo.lehtonen@example.fi", requester_name="Reijo Lehtonen",
        notes="direct-marketing ban ('kiellän osoitteellisen suoramainonnan') plus where the address came "
              "from and what else is held; base64 body, B-encoded subject")

    # 009 ----------------------------------------------------------------
    add("sv-paino-rectification-street-name-spelling",
        alternative(PAINO, "Mikael Grönroos", "mikael.gronroos@example.fi",
                    "Felstavad gatuadress i ert adressregister", when(2025, 5, 6, 18, 30), T("""
            Hej!

            Jag får er kundtidning och ibland erbjudanden från er, och det är helt i sin ordning. Men
            min gatuadress är felstavad på alla utskick: det står "Stranvägen 7 B" fast det ska vara
            "Strandvägen 7 B". Posten har hittills delat ut breven ändå, men i höstas kom ett paket i
            retur till er.

            Kan ni rätta stavningen i era adresslistor, både för tidningen och i kundregistret? Rätt
            adress är:

            Mikael Grönroos
            Strandvägen 7 B
            21600 Pargas

            Tack på förhand!
            Mikael
            """), extra=(TB,)),
        category="request", kinds=["rectification"], language="sv", requester_email="mikael.gronroos@example.fi",
        requester_name="Mikael Grönroos",
        notes="correct the spelling of a street name on mailing lists; explicitly happy to keep receiving "
              "mail, so no objection")

    # 010 ----------------------------------------------------------------
    add("fi-tili-other-cfo-delete-duplicate-invoice-html",
        outlook_only(TILI, "Anne Pesonen", "anne.pesonen@jyvasrakenne.example.fi",
                     "Tuplalasku – poistakaa toinen kirjauksista", when(2025, 5, 21, 8, 14), T(f"""
            Hei,

            huomasin, että toimittajamme Sähkö-Kuusela Oy:n lasku nro 20418 (4 212,50 €, eräpäivä
            30.5.) on kirjattu ostoreskontraan kahteen kertaan: kerran verkkolaskuna ja toisen kerran
            skannattuna paperilaskuna. Poistakaa tämä tuplakirjaus ja varmistakaa, ettei laskua makseta
            kahdesti perjantain maksuajossa.

            Ystävällisin terveisin

            Anne Pesonen
            talousjohtaja
            Jyväs-Rakenne Oy
            Y-tunnus {Y_JYVASRAKENNE}
            """)),
        category="other", language="fi", business_id=Y_JYVASRAKENNE,
        notes="client CFO's 'poistakaa' is about a duplicate supplier invoice in bookkeeping; HTML-only "
              "Outlook, Windows-1252 with euro sign")

    # 011 ----------------------------------------------------------------
    add("fi-laite-access-gps-telematics-first-name",
        simple(LAITE, "Jukka", "jukka74@example.fi", "kaivinkoneen gps-tiedot", when(2025, 6, 16, 21, 9), T("""
            Moi,

            vuokrasin teiltä minikaivurin (Kubota U27) 3.–10.6. mökkityömaalle Iihin. Kuulin, että
            koneissanne on telematiikka, joka tallentaa sijainnin ja käyttötunnit. Haluaisin saada
            kopion kaikista sijainti- ja GPS-tiedoista ja muista telematiikkatiedoista, jotka koneesta
            on tallentunut vuokrani aikana, ja tiedon siitä, kuinka kauan niitä säilytetään ja kuka
            niitä näkee.

            Vuokrasopimus on tehty minun nimelläni, numero VS-25-0611.

            Soittakaa, jos tarvitsette lisätietoja: 040 718 2290.

            t. Jukka
            """), extra=(ANDROID_UA,)),
        category="request", kinds=["access"], language="fi", requester_email="jukka74@example.fi",
        requester_name="Jukka", phone="+358407182290",
        notes="copy of machine telematics/GPS location data from the rental period, plus retention and "
              "recipients; only a first name anywhere")

    # 012 ----------------------------------------------------------------
    add("en-laite-restriction-disputed-damage-report",
        simple(LAITE, "Andres Tamm", "andres.tamm@example.com", "Damage report - please do not use it until solved",
               when(2025, 6, 30, 13, 26), T("""
            Hello,

            I rented a scissor lift (Genie GS-1932) from your Oulu depot in May, contract no. 4471. When
            I returned it your staff made a damage report saying the platform rail was bent and that I
            caused it. I do not agree, the rail was already like that when I took the machine, I have
            photos from pickup day and I sent them to your customer service already.

            While this is not solved, I ask that you restrict the use of the damage report and my data
            connected to it: please do not send it to the insurance company or to debt collection, and
            do not mark me as risky customer in your system. Keep it stored of course, I need it also
            for the dispute. When the case is decided you can use it normally.

            You can reach me +372 5123 4567.

            Best regards
            Andres Tamm
            Tallinn
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["restriction"], language="en", requester_email="andres.tamm@example.com",
        requester_name="Andres Tamm", phone="+37251234567",
        notes="non-native English; keep the disputed damage report but do not use or pass it on until "
              "decided (restriction, 'keep it stored'); Estonian mobile")

    # 013 ----------------------------------------------------------------
    add("fi-laite-access-credit-check-hetu-html-cp1252",
        outlook_only(LAITE, "Satu Rautio", "satu.rautio@example.fi",
                     "Luottotietojen tarkistus – mitä tietoja käytettiin?", when(2025, 7, 8, 9, 40), T(f"""
            Hei,

            yritin viime viikolla vuokrata teiltä peräkärryn ja henkilönostimen verkkokaupan kautta,
            mutta tilaus hylättiin ja sain ilmoituksen, että "luottopäätös ei ollut myönteinen". Minulla
            ei tietääkseni ole mitään maksuhäiriöitä.

            Haluan tietää, teittekö minusta luottotietokyselyn, mistä rekisteristä tiedot haettiin ja
            mitä kysely palautti, eli mitä tietoja minusta teille annettiin ja millä perusteella tilaukseni
            hylättiin. Pyydän myös kopion kaikista minua koskevista tiedoista asiakasrekisterissänne.

            Tunnistamista varten henkilötunnukseni on {HETU_CREDIT}.

            Ystävällisesti

            Satu Rautio
            Kempele
            """)),
        category="request", kinds=["access"], language="fi", requester_email="satu.rautio@example.fi",
        requester_name="Satu Rautio", hetu=HETU_CREDIT,
        notes="was a credit check made, which source, what it returned and why the order was refused, plus a "
              "copy; HTML-only Outlook Windows-1252 with a hetu")

    # 014 ----------------------------------------------------------------
    add("sv-auto-franvaro-outlook-html",
        outlook_only(PAINO, "Per-Erik Sundqvist", "per-erik.sundqvist@pargasidrott.example.org",
                     "Automatiskt svar: Korrektur: verksamhetsberättelse 2024", when(2025, 7, 14, 10, 2), T("""
            Frånvaromeddelande

            Jag är på semester till och med 15.8 och har begränsad tillgång till e-post. Ditt
            meddelande raderas inte utan jag läser det när jag är tillbaka.

            Brådskande ärenden: kansli@pargasidrott.example.org

            Med vänlig hälsning
            Per-Erik Sundqvist
            Pargas Idrottsförening
            """), lang="SV",
                     extra=(OUTLOOK, "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                            "In-Reply-To: <korr-2024-vb.7f3a@saaristonpaino.example.fi>")),
        category="automated", language="sv",
        notes="Outlook out-of-office to a proof sent by the printing house; contains 'raderas'; HTML-only")

    # 015 ----------------------------------------------------------------
    add("fi-tili-access-payroll-employee-hetu-lowercase",
        simple(TILI, "Jere Kallio", "jere.kallio@example.fi", "Palkkatiedot", when(2025, 2, 24, 17, 18, utc_offset=2),
               T(f"""
            Hei,

            olen töissä Keski-Suomen Putkityö Oy:ssä, ja ymmärtääkseni te hoidatte meidän
            palkanlaskennan. Haluaisin tietää, mitä tietoja teillä on minusta tallennettuna: palkkatiedot,
            verokortin tiedot, tilinumero, poissaolot, ammattiliiton jäsenmaksut ja niin edelleen.
            Lisäksi haluaisin tietää, kenelle tietojani on luovutettu (tulorekisteri, eläkeyhtiö,
            vakuutusyhtiö?).

            Kysyin asiaa esihenkilöltäni, mutta hän ei osannut vastata, joten kysyn suoraan teiltä.

            Henkilötunnukseni: {HETU_PAYROLL.lower()}

            Terveisin
            Jere Kallio
            """), extra=(TB,)),
        category="request", kinds=["access"], language="fi", requester_email="jere.kallio@example.fi",
        requester_name="Jere Kallio", hetu=HETU_PAYROLL,
        notes="employee of a client company asking the accounting firm what payroll data it holds and who "
              "received it; hetu with century sign A written in lower case")

    # 016 ----------------------------------------------------------------
    fw_original = T(f"""
        Hei Sanna,

        sain maaliskuun palkkalaskelman, ja siinä on kaksi virhettä. Veronumeroni on merkitty väärin,
        oikea on 100284519376. Lisäksi palkka on maksettu vanhalle tililleni, jonka olen jo lopettanut.
        Uusi tilinumeroni on {IBAN_EETU}.

        Voitteko korjata nämä tietoni palkanlaskentaan ennen huhtikuun palkanmaksua?

        Terveisin
        Eetu Laaksonen
        Jyväskylän Kalustetehdas, varasto
        """)
    fw_body = outlook_inline_forward(T("""
        Tämä tuli minun omaan osoitteeseeni, mutta kuuluu varmaan info@:iin ja palkkapuolelle. Voisiko
        joku hoitaa?

        Sanna Koskinen
        kirjanpitäjä
        Järvisen Tilitoimisto Oy
        puh. 014 339 2210
        """), [
        "Lähettäjä: Eetu Laaksonen <eetu.laaksonen@example.com>",
        "Lähetetty: maanantai 7. huhtikuuta 2025 8.41",
        "Vastaanottaja: sanna.koskinen@jarvisentilit.example.fi",
        "Aihe: Verokortti ja tilinumero väärin",
    ], fw_original)
    add("fi-tili-forward-outlook-vl-rectification-tax-number-iban",
        simple(TILI, "Sanna Koskinen", "sanna.koskinen@jarvisentilit.example.fi",
               "VL: Verokortti ja tilinumero väärin", when(2025, 4, 7, 9, 3), fw_body, cte="quoted-printable",
               extra=(OUTLOOK,)),
        category="request", kinds=["rectification"], language="fi", requester_email="eetu.laaksonen@example.com",
        requester_name="Eetu Laaksonen",
        notes="inline Outlook VL: forward by an accounting-firm colleague; the requester is the client's "
              "employee; 12-digit tax number and IBAN are not phones, forwarder's phone ignored")

    # 017 ----------------------------------------------------------------
    add("fi-katto-erasure-site-visit-photos-landline",
        simple(KATTO, "Marjatta Aaltonen", "marjatta.aaltonen@example.fi", "Talostamme otetut valokuvat",
               when(2025, 5, 2, 12, 37), T("""
            Hyvä Kattopojat,

            kävitte 22.4. Kaukajärvellä katsomassa talomme kattoa remonttia varten, ja asentajanne otti
            talosta, pihasta ja katolta paljon valokuvia. Päätimme kuitenkin olla tilaamatta remonttia
            teiltä.

            Pyydän, että poistatte kaikki talostamme ja pihastamme otetut valokuvat sekä muut käynnin
            yhteydessä tallennetut tietomme, koska emme ole asiakkaitanne. Kuvissa näkyvät myös lapsemme
            ja automme rekisterikilpi, joten en halua niitä teidän järjestelmiinne.

            Vahvistakaa poisto sähköpostitse tai soittamalla numeroon (03) 245 6617.

            Ystävällisin terveisin
            Marjatta Aaltonen
            """), cte="quoted-printable"),
        category="request", kinds=["erasure"], language="fi", requester_email="marjatta.aaltonen@example.fi",
        requester_name="Marjatta Aaltonen", phone="+35832456617",
        notes="delete photos of the house taken during a site visit plus visit data; Tampere landline in "
              "parentheses; quoted-printable")

    # 018 ----------------------------------------------------------------
    add("fi-katto-restriction-objection-keep-photos-surname-first",
        message(rcpt=KATTO, frm=mailbox("Heinonen, Päivi", "paivi.heinonen@example.fi"),
                frm_addr="paivi.heinonen@example.fi",
                subject="Valokuvat katosta – älkää poistako, mutta ei markkinointiin",
                date=when(2025, 9, 3, 15, 58), extra=(OUTLOOK,),
                root=text(T("""
            Hei,

            te uusitte talomme peltikaton viime kesänä Lempäälässä, ja asentajat kuvasivat työn ennen ja
            jälkeen. Nyt katto vuotaa yhdestä liitoskohdasta, ja olen tehnyt takuureklamaation. Pyydän,
            että ette poista mitään meidän kohdettamme koskevia kuvia tai työmaamuistiinpanoja, koska
            tarvitsemme niitä takuuasian selvittämiseen.

            Samalla huomasin, että kotisivuillanne ja Facebookissa on referenssikuva, jossa on selvästi
            meidän talomme ja pihamme. En ole antanut lupaa käyttää kuvia markkinoinnissa, enkä halua,
            että niitä käytetään siihen. Ottakaa kuva pois referensseistä ja säilyttäkää kuvat vain
            takuuasiaa varten.

            Terveisin
            Päivi Heinonen
            """), cte="quoted-printable")),
        category="request", kinds=["restriction", "objection"], language="fi",
        requester_email="paivi.heinonen@example.fi", requester_name="Päivi Heinonen",
        notes="'älkää poistako': keep photos only for the warranty dispute (restriction) and stop using them "
              "in marketing (objection); not erasure; 'Surname, Firstname' encoded display name")

    # 019 ----------------------------------------------------------------
    add("en-lumi-other-gdpr-vendor-pitch",
        alternative(LUMI, "Nathan Cole | PrivacyFlow", "nathan@privacyflow.example.com",
                    "Handle access, erasure & portability requests in minutes, not weeks",
                    when(2025, 3, 26, 15, 1, utc_offset=2), T("""
            Hi Lumivalo team,

            As a growing SaaS company you are probably already receiving data subject requests: users who
            want a copy of their data, ask you to delete their account, want their projects exported in a
            machine-readable format or object to your marketing. Handling these by hand across your app
            database, support tool and CRM typically takes 6-10 hours per request.

            PrivacyFlow connects to your stack, verifies the requester's identity and assembles the
            access, erasure or portability response automatically, with a full audit trail for the
            supervisory authority.

            Would you be open to a 15-minute demo next week? Just reply with a time that suits you.

            Cheers,
            Nathan Cole
            Account Executive, PrivacyFlow

            Not interested? Reply "no thanks" and I will not follow up.
            """), extra=("X-Mailer: HubSpot",)),
        category="other", language="en",
        notes="vendor pitch full of DSAR vocabulary (access, erasure, portability, object) but no right used")

    # 020 ----------------------------------------------------------------
    add("sv-lumi-portability-direct-to-new-provider",
        alternative(LUMI, "Johan Bergström", "johan.bergstrom@example.se",
                    "Dataportabilitet – överföring av mina uppgifter", when(2025, 4, 15, 20, 11), T("""
            Hej,

            Jag har ett personligt konto hos Lumivalo som jag har använt för att planera renoveringen av
            vårt hus (projekt, checklistor, kommentarer och uppladdade kvitton). Nu byter jag till ett
            annat verktyg.

            Med hänvisning till rätten till dataportabilitet ber jag er att överföra de uppgifter jag
            själv har lagt in direkt till min nya leverantör, Planera AB (dataskydd@planera.example.se),
            i ett strukturerat, maskinläsbart format som JSON eller CSV. Om en direkt överföring inte är
            tekniskt möjlig vill jag i stället få filen skickad till mig.

            Mitt konto är registrerat på den här e-postadressen.

            Vänliga hälsningar
            Johan Bergström
            Uppsala
            070-312 45 67
            """), extra=("X-Mailer: Apple Mail (2.3774.600.62)",)),
        category="request", kinds=["portability"], language="sv", requester_email="johan.bergstrom@example.se",
        requester_name="Johan Bergström", phone="+46703124567",
        notes="Sweden-Swedish Art. 20 transfer directly to another controller (second address in text is "
              "not the requester); Swedish mobile without +46")

    # 021 ----------------------------------------------------------------
    add("fi-kivi-other-client-remove-old-blog-post",
        simple(KIVI, "Ville Harju", "ville.harju@kahvilaharju.example.fi",
               "Vanhan blogikirjoituksen poisto sivuiltamme", when(2025, 5, 13, 10, 44), T("""
            Moi!

            Teitte meille kotisivut pari vuotta sitten, ja ylläpidätte niitä edelleen. Blogissa on
            vuoden 2022 kirjoitus "Kesän työntekijät esittäytyvät", jossa on entisen työntekijämme kuva ja
            nimi. Hän pyysi meitä ottamaan sen pois, joten voisitteko poistaa kirjoituksen sivuiltamme ja
            samalla tarkistaa, ettei kuvaa ole enää muualla mediakirjastossa?

            Laskuttakaa normaalisti ylläpitosopimuksen mukaan.

            Ville Harju
            Kahvila Harju
            """), extra=(TB,)),
        category="other", language="fi",
        notes="agency client asks to remove a post from their own website (on behalf of an ex-employee who "
              "asked the client); a work order to a processor, not the sender's own right")

    # 022 ----------------------------------------------------------------
    add("sv-kivi-access-where-did-you-get-my-address-first-name",
        simple(KIVI, None, "elin.h@example.se", "Var har ni fått min e-postadress?",
               when(2025, 6, 4, 8, 21), T("""
            Hej,

            Jag fick i förra veckan ett säljmejl från er om en "kostnadsfri webbanalys" av min webbplats.
            Jag har aldrig haft kontakt med Kivi & Kangas och undrar därför vilka uppgifter ni har om mig,
            var ni har fått mitt namn och min e-postadress ifrån, och om ni har lämnat dem vidare till
            någon annan.

            Svara gärna på svenska eller engelska, tack.

            Hälsningar,
            Elin
            """), extra=("X-Mailer: Microsoft Outlook 16.0 (sv-SE)",)),
        category="request", kinds=["access"], language="sv", requester_email="elin.h@example.se",
        requester_name="Elin",
        notes="Sweden-Swedish: what data you hold, where my address came from, who received it; no explicit "
              "opt-out; first name only")

    # 023 ----------------------------------------------------------------
    add("en-laite-auto-dsn-bounce-of-reply",
        _dsn_bounce(),
        category="automated", language="en",
        notes="Postfix DSN for info@'s own reply to a GPS-data request (user unknown); the attached original "
              "talks about personal data")

    # 024 ----------------------------------------------------------------
    add("fi-lumi-other-admin-delete-former-employee-seat",
        simple(LUMI, "Tiina Lahtinen", "tiina.lahtinen@rakennusvirta.example.fi", "Käyttäjän poisto / lisenssi",
               when(2025, 4, 1, 13, 7), T(f"""
            Hei Lumivalon tuki,

            entinen työntekijämme Mikko Virtanen (mikko.virtanen@rakennusvirta.example.fi) lopetti
            meillä maaliskuun lopussa. Voisitteko poistaa hänen käyttäjäpaikkansa organisaatiomme tililtä
            ja siirtää hänen projektinsa Janne Sirolle? En löydä pääkäyttäjän näkymästä kohtaa, jolla
            käyttäjän saisi kokonaan poistettua, vain "deaktivoi".

            Pieneneekö laskumme seuraavasta kuusta alkaen, kun lisenssejä on yksi vähemmän?

            Terveisin
            Tiina Lahtinen
            pääkäyttäjä / talouspäällikkö
            Rakennusvirta Oy, Y-tunnus {Y_RAKENNUSVIRTA}
            """), extra=(OUTLOOK,)),
        category="other", language="fi", business_id=Y_RAKENNUSVIRTA,
        notes="customer admin asks support to delete a former employee's seat and licence; account "
              "administration by the customer, not a data subject using a right")

    # 025 ----------------------------------------------------------------
    add("en-lumi-portability-json-projects-comments-then-erasure",
        simple(LUMI, "Hanna Lindqvist", "hanna.lindqvist@example.org",
               "Export of my projects and comments (JSON) + closing my account", when(2025, 5, 27, 22, 3), T("""
            Hi Lumivalo team,

            I have been using a personal Lumivalo account (free plan) since 2022 for my own side projects.
            I'm moving to another tool and would like to take my stuff with me.

            Could you please send me an export of my projects and comments, including task descriptions
            and the list of attachments, as JSON (or another machine-readable format I can import
            elsewhere)? The export button in the app only gives me a PDF of one project at a time, which
            is not really usable.

            Once I have confirmed that the export is complete, please delete my account and the data
            linked to it.

            Thanks,
            Hanna Lindqvist
            """), extra=(TB,)),
        category="request", kinds=["erasure", "portability"], language="en",
        requester_email="hanna.lindqvist@example.org", requester_name="Hanna Lindqvist",
        notes="'my projects and comments' as JSON (portability) and then delete the account; Swedish-looking "
              "name but English text")

    # 026 ----------------------------------------------------------------
    add("fi-auto-reply-olen-lomalla-phone",
        simple(KATTO, "Jari Mäenpää", "jari.maenpaa@example.fi",
               "Automaattinen vastaus: Tarjous: vesikaton uusiminen", when(2025, 7, 9, 7, 30), T("""
            Olen lomalla 7.7.–1.8.2025 enkä lue sähköpostiani. Viestisi odottaa paluutani.

            Kiireellisissä asioissa voit soittaa vaimolleni Terhille, 040 552 1873.

            Terveisin
            Jari Mäenpää
            """), extra=(*AUTO_REPLY, "Precedence: auto_reply")),
        category="automated", language="fi", phone="+358405521873",
        notes="'Olen lomalla' auto-reply to a roofing quote; the phone in it is literal and labelled")

    # 027 ----------------------------------------------------------------
    add("sv-paino-restriction-invoice-dispute-html-latin1",
        outlook_only(PAINO, "Annika Holmström", "annika.holmstrom@example.fi",
                     "Begränsning av behandlingen av mina uppgifter – tvist om faktura",
                     when(2025, 4, 23, 19, 16), T("""
            Hej,

            Ni tryckte våra bröllopsinbjudningar i mars, men trycket blev fel: fel datum på kortet och
            färgerna avvek från korrekturen. Jag har reklamerat och väntar fortfarande på svar, men har nu
            fått en betalningspåminnelse med besked om att fakturan överlämnas till inkasso.

            Jag bestrider fakturan. Tills reklamationen är utredd begär jag att ni begränsar behandlingen
            av mina personuppgifter: lämna inte ut mina uppgifter till inkassobolaget och använd dem inte
            för något annat än att utreda reklamationen. Radera ingenting, jag vill att korrekturen och
            e-postväxlingen finns kvar.

            Med vänliga hälsningar

            Annika Holmström
            Pargas
            """), charset="iso-8859-1", lang="SV", name_charset="iso-8859-1"),
        category="request", kinds=["restriction"], language="sv", requester_email="annika.holmstrom@example.fi",
        requester_name="Annika Holmström",
        notes="Finland-Swedish restriction while an invoice complaint is disputed; 'Radera ingenting' is "
              "not erasure; HTML-only Outlook ISO-8859-1")

    # 028 ----------------------------------------------------------------
    add("fi-lumi-objection-erasure-no-umlauts-name-only-in-from",
        simple(LUMI, "Petri Hakala", "petri.hakala@example.fi", "lopettakaa nuo soitot ja mailit",
               when(2025, 3, 10, 12, 2, utc_offset=2), T("""
            kokeilin teidan palvelua 14 paivan ilmaisjakson helmikuussa enka ottanut maksullista versiota.
            siita asti on tullut viikottain "vinkkeja" ja "tarjouksia" ja myyjanne on soittanut kaksi
            kertaa. en halua mitaan markkinointia teilta enaa, en sahkopostilla enka puhelimella.

            ja poistakaa se kokeilutili ja kaikki tiedot mita siihen liittyy, en tule kayttamaan sita.
            """), charset="us-ascii", cte="7bit", extra=(IPHONE,)),
        category="request", kinds=["erasure", "objection"], language="fi", requester_email="petri.hakala@example.fi",
        requester_name="Petri Hakala",
        notes="colloquial, ä/ö typed as a/o, no greeting or signature; stop marketing mail and calls plus "
              "delete the trial account; name only in the From display name")

    # 029 ----------------------------------------------------------------
    add("sv-paino-other-reprint-brochure-corrected-phone",
        simple(PAINO, "Karin Lindfors", "karin.lindfors@skargardsbageri.example.fi",
               "Nytryck av broschyren – fel telefonnummer", when(2025, 6, 11, 9, 5), T("""
            Hej!

            Vi fick broschyrerna i förra veckan och de blev jättefina, men tyvärr märkte vi att
            telefonnumret på baksidan är fel. Det var vårt misstag i materialet vi skickade, inte ert.
            Kan ni rätta numret och trycka om upplagan (500 st, samma papper)? Det korrekta numret är
            02 458 1230.

            Resten av texten är oförändrad. Meddela gärna vad nytrycket kostar och när det kan vara klart,
            vi skulle behöva broschyrerna före skärgårdsmarknaden i juli.

            Hälsningar
            Karin Lindfors
            Skärgårdsbageriet i Pargas
            """), extra=(TB,)),
        category="other", language="sv", phone="+35824581230",
        notes="'rätta numret' is a print-job correction of the bakery's own phone number, not personal data")

    # 030 ----------------------------------------------------------------
    add("en-tili-erasure-former-seasonal-worker-abroad",
        alternative(TILI, "Marta Kowalska", "marta.kowalska@example.org", "Request to delete my personal data",
                    when(2025, 8, 5, 18, 48), T("""
            Dear Sir or Madam,

            I worked for Laukaan Puutarha Oy as a seasonal worker from 2021 to 2023, and your office
            handled the payroll. I have since moved back to Poland and have no connection with the
            company any more.

            I would like you to delete all personal data you hold about me: payslips, tax card
            information, bank details, the copy of my passport and my address. If there is something you
            are legally obliged to keep, please delete everything else.

            Kind regards,
            Marta Kowalska
            """), cte="base64", extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="en", requester_email="marta.kowalska@example.org",
        requester_name="Marta Kowalska",
        notes="former employee of a client company asks the payroll processor to erase; legal retention "
              "acknowledged; multipart/alternative base64")

    # 031 ----------------------------------------------------------------
    add("en-kivi-other-cookie-banner-dpa-prospect",
        simple(KIVI, "Sophie Marchetti", "sophie@nordicyoga.example.com", "Cookie consent + GDPR for our new site?",
               when(2025, 8, 19, 11, 33), T("""
            Hi,

            We're a small yoga studio in Helsinki planning a new website, and a friend recommended you.
            Before we go further: can you build a cookie banner that actually lets visitors refuse
            analytics and marketing cookies? And how would we handle it if a customer asks us to delete
            their data or objects to being tracked - can your CMS support that, e.g. deleting form
            submissions?

            Also, do you sign a data processing agreement with your clients?

            Could you send a rough quote? Our budget is around 5000 EUR.

            Best,
            Sophie Marchetti
            Nordic Yoga Loft
            """), charset="us-ascii", cte="7bit", extra=(GMAIL_UA,)),
        category="other", language="en",
        notes="prospect asks about cookie consent, deletion/objection handling and a DPA in general; a "
              "sales inquiry, no right used")

    # 032 ----------------------------------------------------------------
    add("fi-tili-portability-private-client-to-new-firm",
        message(rcpt=TILI, frm=mailbox("Leena Mattila", "leena.mattila@example.fi"),
                frm_addr="leena.mattila@example.fi", subject="Tietojen siirto uudelle tilitoimistolle",
                date=when(2025, 10, 14, 16, 20), extra=(ANDROID_UA,),
                root=text(T("""
            Hei,

            olette hoitaneet minulle henkilökohtaisesti vuokra-asuntoni kirjanpidon ja veroilmoitukset
            vuodesta 2019 lähtien. Siirryn ensi vuoden alusta toiselle tilitoimistolle (Tilipalvelu
            Nurmi, Jyväskylä).

            Pyydän, että toimitatte kaikki antamani tiedot – vuokratulot, kulut ja kuitit – koneluettavassa
            muodossa (esim. CSV tai Excel) suoraan uudelle tilitoimistolleni osoitteeseen
            kirjanpito@tilinurmi.example.fi, tai vaihtoehtoisesti minulle.

            Ystävällisin terveisin
            Leena Mattila
            puh. 050 446 1297
            """), cte="base64")),
        category="request", kinds=["portability"], language="fi", requester_email="leena.mattila@example.fi",
        requester_name="Leena Mattila", phone="+358504461297",
        notes="private client asks for her own data in machine-readable form sent straight to a new "
              "accounting firm; base64")

    # 033 ----------------------------------------------------------------
    add("en-lumi-auto-reply-quoting-erasure-request",
        simple(LUMI, "Grace Whitfield", "grace.whitfield@example.com",
               "Automatic reply: Re: Request to delete my account", when(2025, 8, 6, 9, 14), T("""
            Thank you for your email. I am travelling with limited access to email until 18 August and
            will reply as soon as possible after my return.

            Grace Whitfield

            -----Original Message-----
            From: Lumivalo Support <info@lumivalo.example.fi>
            Sent: Wednesday, August 6, 2025 9:13 AM
            Subject: Re: Request to delete my account

            Hello Grace, thank you for your message. Before we can proceed we need to confirm it is you.

            > Please delete my Lumivalo account and all the data you hold about me.
            """), charset="us-ascii", cte="7bit",
               extra=(*AUTO_REPLY, "X-Auto-Response-Suppress: All", "In-Reply-To: <sup-88213.a1@lumivalo.example.fi>")),
        category="automated", language="en",
        notes="auto-reply that quotes the company's answer and the original erasure request; never answered")

    # 034 ----------------------------------------------------------------
    add("en-katto-rectification-objection-expat-uk-phone",
        simple(KATTO, "Oliver Brennan", "oliver.brennan@example.com",
               "Wrong name in your records + please stop the newsletter", when(2025, 3, 2, 11, 51, utc_offset=2),
               T("""
            Hi,

            You replaced the roof on our house in Pirkkala last autumn (great job, by the way). Two things:

            1. My name is spelled wrong in your customer records. The invoices and the warranty
            certificate say "Oliver Brenan"; it should be Oliver Brennan, with two n's. As the warranty
            is in my name I'd like this corrected, and an updated certificate would be nice. The phone
            number you have for me is also an old one; the current one is 07700 900418 (UK mobile, I'm
            there half of the year).

            2. Since the job was done I've been getting your spring campaign e-mails. Please take me off
            your marketing list, I don't want them.

            Thanks,
            Oliver Brennan
            """), charset="us-ascii", cte="7bit", extra=(GMAIL_UA,)),
        category="request", kinds=["rectification", "objection"], language="en",
        requester_email="oliver.brennan@example.com", requester_name="Oliver Brennan", phone="+447700900418",
        notes="correct misspelt surname and outdated phone (the correct phone is the label) and leave the "
              "marketing list; UK mobile in national format")

    # 035 ----------------------------------------------------------------
    add("sv-paino-other-association-privacy-notice-question",
        simple(PAINO, "Bo Westerlund", "bo.westerlund@pargashembygd.example.org",
               "Medlemsregister för tryck av medlemsbladet - dataskydd?", when(2025, 9, 22, 14, 40), T("""
            Hej,

            Pargas hembygdsförening funderar på att låta er trycka och posta vårt medlemsblad fyra gånger
            per år. Vi skulle då skicka er en adresslista över våra cirka 350 medlemmar.

            Innan styrelsen fattar beslut undrar vi: har ni en dataskyddsbeskrivning på svenska, och
            ingår ni personuppgiftsbiträdesavtal med föreningar? Raderar ni adresslistan efter
            utskicket, eller sparas den hos er?

            Med vänlig hälsning
            Bo Westerlund
            sekreterare, Pargas hembygdsförening
            """), charset="iso-8859-1", cte="8bit", subject_charset="iso-8859-1", extra=(TB,)),
        category="other", language="sv",
        notes="association asks about a Swedish privacy notice, a processing agreement and deletion of a "
              "member list in general; no right used; ISO-8859-1 8bit")

    # 036 ----------------------------------------------------------------
    add("fi-tili-auto-vero-notification-ytunnus",
        alternative(TILI, "Verohallinto", "noreply@omavero.vero.example.fi", "Uusi viesti OmaVerossa",
                    when(2025, 6, 2, 6, 0), T(f"""
            Hyvä vastaanottaja,

            OmaVeroon on saapunut uusi viesti, joka koskee asiakastanne Jyväs-Rakenne Oy
            (Y-tunnus {Y_JYVASRAKENNE}).

            Viestin aihe: Oman verokauden arvonlisäveroilmoitus – selvityspyyntö

            Voit lukea viestin kirjautumalla OmaVeroon osoitteessa https://www.vero.example.fi/omavero.
            Jos tiedoissa on virheitä, voit korjata ne OmaVerossa. Turvallisuussyistä emme lähetä
            viestien sisältöä sähköpostilla.

            Tämä on automaattinen viesti. Älä vastaa tähän viestiin.

            Verohallinto
            """), extra=("Auto-Submitted: auto-generated", "Precedence: bulk")),
        category="automated", language="fi", business_id=Y_JYVASRAKENNE,
        notes="tax authority's no-reply notification about a client company; mentions correcting data; "
              "the Y-tunnus is literal")


def _dsn_bounce() -> bytes:
    rcpt = LAITE
    stamp = when(2025, 6, 17, 8, 2, 11)
    bad = "jukka47@example.fi"
    orig = message(rcpt=bad, frm=mailbox("Pohjolan Laitevuokraus", LAITE), frm_addr=LAITE,
                   subject="Re: kaivinkoneen gps-tiedot", date=when(2025, 6, 17, 8, 2, 3), trace=False,
                   root=text(T("""
        Hei Jukka,

        kiitos viestistäsi. Koneen telematiikkatiedot vuokrakaudelta 3.–10.6. on koottu, ja lähetämme
        ne sinulle, kun olemme varmistaneet henkilöllisyytesi. Vastaathan tähän viestiin.

        Ystävällisin terveisin
        Pohjolan Laitevuokraus Oy, asiakaspalvelu
        """), cte="quoted-printable"))
    explain = T(f"""
        This is the mail system at host mx.pohjolanlaite.example.fi.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{bad}>: host mx.example.fi[203.0.113.25] said: 550 5.1.1
            <{bad}>: Recipient address rejected: User unknown in virtual mailbox
            table (in reply to RCPT TO command)
        """)
    status = T(f"""
        Reporting-MTA: dns; mx.pohjolanlaite.example.fi
        X-Postfix-Queue-ID: 4Xb7Qm2Lz9
        X-Postfix-Sender: rfc822; {LAITE}
        Arrival-Date: {rfc_date(when(2025, 6, 17, 8, 2, 4))}

        Final-Recipient: rfc822; {bad}
        Original-Recipient: rfc822;{bad}
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.example.fi
        Diagnostic-Code: smtp; 550 5.1.1 <{bad}>: Recipient address rejected: User
            unknown in virtual mailbox table
        """)
    b = "dsn_" + token(bad + rfc_date(stamp), 14)
    root = multipart("report", [
        text(explain, charset="us-ascii", cte="7bit", headers=("Content-Description: Notification",)),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
        embedded(orig),
    ], b, params=" report-type=delivery-status;")
    return message(rcpt=rcpt, frm="MAILER-DAEMON@mx.pohjolanlaite.example.fi (Mail Delivery System)",
                   frm_addr="MAILER-DAEMON@mx.pohjolanlaite.example.fi", subject="Undelivered Mail Returned to Sender",
                   date=stamp, root=root, env_from="", relay="mx.pohjolanlaite.example.fi", ip="192.0.2.1",
                   extra=("Auto-Submitted: auto-replied",))


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, Path(__file__).resolve().parent))
