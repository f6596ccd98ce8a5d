#!/usr/bin/env python3
"""Generate a seventh independent, labelled corpus (corpus_extra7) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a seventh author without looking at the classifier or at the other corpora's mail texts. The
emphasis is on loose, real-world phrasing rather than textbook requests:
- Finnish requests in spoken/colloquial register ("mulla ois", "teiän", "haluun", "pistäkää jäihin"),
  one without any umlauts and without a Subject, a request buried in the third paragraph of a long mail
  about a roof renovation, an ex-employee asking what HR/payroll data is kept (hetu with the new 'U'
  century sign), a client's former contact person asking to be dropped from the CRM after changing jobs
  (old employer's Y-tunnus), a lawyer writing for a named client (access + restriction, PDF power of
  attorney), an Outlook inline forward "tää tuli väärään osoitteeseen" of a portability request, an
  ISO-8859-1 erasure with postal address and phone, a young customer giving a hetu with the 'A' sign,
  a change of address given inline, an SMS-marketing objection, "mistä ootte saanu mun osoitteen"
  (access + objection) and a misspelt surname plus an old number to delete (rectification + erasure).
- Swedish: Finland-Swedish and Sweden-Swedish, formal and casual ("rätta min e-postadress", an Art. 21
  objection to direktmarknadsföring, "begränsa behandlingen" together with rättelse and an FO-nummer,
  a registerutdrag, a base64 casual erasure, a portability request).
- English: native and non-native (portability to move to a competitor, an objection to profiling and
  lead scoring while keeping the newsletter, "first send, then delete", a noreply@ web-form relay with
  Reply-To, an Estonian rectification, a UK restriction "keep it, but don't use it").
- Automated: a Swedish Outlook auto-reply with proper headers, a Finnish out-of-office without any
  auto headers, a multipart/report DSN quoting a deletion request, a newsletter with List-Unsubscribe
  and "päivitä tietosi / update your preferences", an Outlook calendar invitation, and a SaaS "your data
  export is ready" notification from no-reply@.
- Other (hard negatives): a duplicate invoice and an old quote to "poistaa", a supplier's own new bank
  account, a GDPR-tool sales pitch full of DSAR words, a SaaS customer asking how to delete *their*
  customer's data, a DPA (tietojenkäsittelysopimus) question, a job application with a CV, an employee
  asking to be taken off an internal project list, and phishing in the name of Tietosuojavaltuutettu.

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
# local builders
# ---------------------------------------------------------------------------
def alt(rcpt, name, addr, subject, date, body, *, extra=(), reply_to=None, cte="quoted-printable",
        env_from=None, html_body=None):
    b = "----=_Alt_" + token(addr + subject, 18)
    hb = html_body if html_body is not None else light_html(body)
    root = multipart("alternative", [text(body, cte=cte), text(hb, subtype="html", cte=cte)], b)
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date, root=root,
                   reply_to=reply_to, extra=extra, env_from=env_from)


def with_pdf(rcpt, name, addr, subject, date, body, pdf_title, filename, *, extra=(), cte="quoted-printable"):
    b = "mixed_" + token(addr + filename, 20)
    root = multipart("mixed", [text(body, cte=cte), attachment(fake_pdf(pdf_title), "application/pdf", filename)],
                     b)
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date, root=root,
                   extra=extra)


# ---------------------------------------------------------------------------
# identity codes
# ---------------------------------------------------------------------------
HETU_U = new_hetu("170988", "U", "347")   # new 1900s century sign (code issued 2023 or later)
HETU_A = new_hetu("050306", "A", "128")   # born 2006
Y_ARO = new_ytunnus("2468013")            # ex-employer of the CRM contact
Y_TMI = new_ytunnus("3012457")            # sole trader (rectification + erasure)
Y_HOLM = new_ytunnus("2789034")           # Finland-Swedish sole trader ("FO-nummer")
Y_HUOLTO = new_ytunnus("1987654")         # customer with a duplicate invoice
Y_KONE = new_ytunnus("2156789")           # supplier changing bank account
Y_VENDOR = new_ytunnus("3156402")         # GDPR-tool vendor
Y_LVI = new_ytunnus("2234561")            # customer asking for a DPA


def build() -> None:
    # ================================================================== requests, Finnish
    add("fi-access-mulla-ois-kysymys", simple(
        LAITE, "Jarkko Huttunen", "jarkko.huttunen78@example.com", "kysymys",
        when(2025, 9, 3, 21, 12), T("""
            Moi

            mulla ois semmonen kysymys et mitä kaikkia tietoja teiän järjestelmis on musta? Vuokrasin
            teiltä pari kertaa jyrsimen ja peräkärryn 2023 ja nyt huomasin et teiltä tulee vieläki
            jotain muistutuksia vaikka kaikki on maksettu aikoja sitten. Voisitteko katsoa mitä sinne on
            oikein tallennettu ja laittaa mulle sen listan.

            kiitti
            Jarkko
            """), extra=(GMAIL_UA,)),
        category="request", kinds=["access"], language="fi",
        requester_email="jarkko.huttunen78@example.com", requester_name="Jarkko Huttunen",
        notes="spoken Finnish with no legal words; the reminder complaint is context, not a correction request")

    add("fi-erasure-no-umlauts-no-subject", simple(
        LUMI, "Mirva Kokko", "mirva.k@example.com", None,
        when(2025, 10, 12, 23, 48), T("""
            hei
            haluun etta poistatte kaikki mun tiedot teidan jarjestelmasta. En kayta palvelua enaa ja tili on
            lopetettu jo viimevuonna. Kayttajatunnus oli tama sama sahkoposti osote. Kuittaatteko kun on
            tehty

            Mirva

            Lähetetty iPhonesta
            """), cte="quoted-printable", extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="fi",
        requester_email="mirva.k@example.com", requester_name="Mirva Kokko",
        notes="no Subject header, ä/ö typed as a/o throughout (teidan, jarjestelmasta), typos; name only in display name")

    add("fi-buried-third-paragraph-access-objection", simple(
        KATTO, "Päivi Rantanen", "paivi.rantanen@example.fi",
        "Re: Kattoremontti / Hervannan rivitalo, aikataulu", when(2025, 5, 20, 8, 5), T("""
            Hei Antti,

            kiitos eilisestä käynnistä. Kävin hallituksen kanssa läpi teidän tarjouksen ja pääosin se
            näyttää hyvältä. Aikataulusta sen verran, että B-talon asukkaat toivoivat, ettei telineitä
            pystytettäisi ennen juhannusta, koska pihalla on silloin talkoot. Onnistuisiko aloitus viikolla
            26? Lisäksi kysyisin vielä, sisältyykö hintaan syöksytorvien vaihto vai onko se erillinen
            lisätyö – tarjouksessa lukee vain "kourut".

            Toinen asia koskee jätelavaa: voiko sen sijoittaa vieraspaikoille vai tarvitaanko siihen lupa
            kaupungilta? Isännöitsijä lupasi selvittää, mutta olisi hyvä kuulla myös teidän kokemuksenne.

            Sitten yksi henkilökohtainen juttu, joka ei liity taloyhtiöön. Olen saanut teiltä viime
            keväästä asti tekstiviestejä ja kotiin kirjeitä "kevään kattotarkastuskampanjasta", vaikka en
            ole koskaan ollut teidän asiakkaanne yksityishenkilönä, vain hallituksen puheenjohtajana.
            Haluaisin tietää, mitä tietoja minusta teillä on ja mistä ne on saatu. Ja markkinointi saa
            loppua siihen, en halua niitä viestejä enää.

            Palataan aikatauluun kun olet ehtinyt katsoa kalenteria.

            Ystävällisin terveisin
            Päivi Rantanen
            As Oy Hervannan Kivikko, hallituksen pj
            p. 040 551 2398
            """), extra=(OUTLOOK,)),
        category="request", kinds=["access", "objection"], language="fi",
        requester_email="paivi.rantanen@example.fi", requester_name="Päivi Rantanen", phone="+358405512398",
        notes="request hidden in the third paragraph of a long project mail (Re: subject); source question = access")

    add("fi-ex-employee-hr-data-hetu-u", simple(
        TILI, "Aleksandra Nowak", "aleksandra.nowak@example.com", "Entisen työntekijän tiedot",
        when(2025, 2, 11, 14, 30, utc_offset=2), T(f"""
            Hei,

            olin teillä töissä kirjanpitoassistenttina 3/2023–12/2024. Haluaisin nyt tietää mitä tietoja
            minusta on vielä tallessa henkilöstöhallinnossa tai palkanlaskennassa – esim. työsopimus,
            palkkatiedot, sairauslomatodistukset, kehityskeskustelujen muistiinpanot jne. ja kuinka kauan
            niitä säilytetään. Voisitteko lähettää minulle niistä kopiot?

            Tunnistamista varten henkilötunnukseni on {HETU_U}.

            Kiitos!
            Aleksandra Nowak
            Kuokkalantie 8 C 14, 40520 Jyväskylä
            puh 046 123 9087
            """)),
        category="request", kinds=["access"], language="fi",
        requester_email="aleksandra.nowak@example.com", requester_name="Aleksandra Nowak",
        phone="+358461239087", hetu=HETU_U,
        notes="ex-employee asking about HR/payroll data, not a customer; hetu uses the new 'U' century sign")

    add("fi-erasure-crm-contact-changed-jobs", simple(
        KIVI, "Petri Halonen", "petri.halonen@example.com", "mun tiedot teiän crm:ssä",
        when(2025, 6, 2, 10, 41), T(f"""
            Moro,

            olin Rakennus Aro Oy:n (Y-tunnus {Y_ARO}) puolelta teiän yhteyshenkilö nettisivuprojektissa,
            mut vaihdoin firmaa huhtikuussa. Mun vanha työmeili ohjautuu vielä hetken tähän yksityiseen ja
            huomasin et mun tiedot on edelleen teiän CRM:ssä (sain just teiltä asiakastyytyväisyyskyselyn
            Aron asiakkaana). Voisitteko poistaa mut sieltä kokonaan, nimi, numero, kaikki. Arolla uus
            yhteyshenkilö on Tiina Lahtinen, hän ottaa teihin yhteyttä itse.

            t. Petri
            """), extra=(GMAIL_UA,)),
        category="request", kinds=["erasure"], language="fi",
        requester_email="petri.halonen@example.com", requester_name="Petri Halonen", business_id=Y_ARO,
        notes="B2B contact person's data after a job change; the Y-tunnus is the old employer's, not his")

    add("fi-lawyer-for-client-access-restriction", with_pdf(
        TILI, "Jussi Rautio", "jussi.rautio@asianajorautio.example.fi",
        "Päämiehemme Tuula Niemisen henkilötietoja koskeva pyyntö", when(2025, 11, 4, 9, 2, utc_offset=2), T("""
            Järvisen Tilitoimisto Oy
            Tietosuojasta vastaava

            Edustamme päämiestämme Tuula Niemistä (s. 14.2.1971) asiassa, joka koskee Järvisen
            Tilitoimisto Oy:n hänelle vuosina 2022–2024 laskuttamia kirjanpitopalveluita. Valtakirja on
            liitteenä.

            Päämiehemme pyytää EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla jäljennöstä kaikista
            häntä koskevista henkilötiedoista, joita yhtiö käsittelee, sekä tietoa käsittelyn tarkoituksista
            ja siitä, kenelle tietoja on luovutettu. Pyydämme toimittamaan tiedot allekirjoittaneelle.

            Koska päämiehemme kiistää osan tiedoista ja laskutuksen perusteista, pyydämme lisäksi, että
            yhtiö rajoittaa häntä koskevien tietojen käsittelyä asetuksen 18 artiklan mukaisesti siihen
            saakka, kunnes asia on ratkaistu. Tietoja ei tule tänä aikana käyttää muuhun kuin säilyttämiseen,
            eikä niitä tule luovuttaa perintäyhtiölle.

            Pyydämme vastaustanne kuukauden kuluessa.

            Kunnioittavasti

            Jussi Rautio
            asianajaja, varatuomari
            Asianajotoimisto Rautio & Salo Oy
            Kauppakatu 19 A, 40100 Jyväskylä
            puh. 014 333 4521
            """), "Valtakirja Tuula Nieminen", "Valtakirja_Nieminen.pdf", extra=(OUTLOOK,)),
        category="request", kinds=["access", "restriction"], language="fi",
        requester_email="jussi.rautio@asianajorautio.example.fi", requester_name="Jussi Rautio",
        phone="+358143334521",
        notes="lawyer acting for a named client (data subject Tuula Nieminen); requester fields are the signing lawyer's")

    fw_text = T("""
        Moi,

        tää tuli väärään osoitteeseen (mulle suoraan), voiko joku hoitaa? En tiedä kuka näitä meillä
        käsittelee.

        Mikko

        Mikko Aalto | Myyntipäällikkö
        Lumivalo Ohjelmistot Oy
        +358 50 441 2290
        """)
    fw_orig = T("""
        Hei Mikko!

        Sain sun osotteen messuilta. Mä lopetan teiän palvelun käytön tän kuun lopussa ja siirryn toiseen
        sovellukseen. Saisinko kaikki tiedot jotka oon sinne vuosien aikana syöttäny (profiili,
        varaushistoria, muistiinpanot) jossain koneluettavassa muodossa, esim. csv tai excel, niin että ne
        sais suoraan importattua uuteen? Itse en löytäny sovelluksesta mitään vientitoimintoa.

        Kiitti jo etukäteen
        Sanna
        """)
    add("fi-portability-outlook-forward-vaaraan-osoitteeseen", outlook_only(
        LUMI, "Mikko Aalto", "mikko.aalto@lumivalo.example.fi", "VL: tunnukset ja tiedot",
        when(2025, 9, 10, 8, 17), outlook_inline_forward(fw_text, [
            "Lähettäjä: Sanna Kettunen <sanna.kettunen@example.com>",
            "Lähetetty: tiistai 9. syyskuuta 2025 21.47",
            "Vastaanottaja: Mikko Aalto <mikko.aalto@lumivalo.example.fi>",
            "Aihe: tunnukset ja tiedot",
        ], fw_orig)),
        category="request", kinds=["portability"], language="fi",
        requester_email="sanna.kettunen@example.com", requester_name="Sanna Kettunen",
        notes="HTML-only Outlook inline forward by a colleague; requester is the original sender; forwarder's phone ignored")

    add("fi-erasure-old-customer-postal-signature", simple(
        KATTO, "Kalevi Mäkinen", "kalevi.makinen@example.fi", "TIETOJEN POISTO",
        when(2025, 3, 17, 11, 26, utc_offset=2), T("""
            Hyvä vastaanottaja

            Te teitte meidän omakotitaloon peltikaton kesällä 2016. Talo on nyt myyty ja olemme muuttaneet
            pois Tampereelta. Pyydän että poistatte minun tiedot teidän asiakasrekisteristä. Takuuasiat
            kuuluvat nyt uusille omistajille, heille olen antanut paperit.

            Jos tarvitsette jotain lisätietoa niin soittakaa.

            Kalevi Mäkinen
            Puistotie 7 as 3
            15100 Lahti
            puh. 044-2345 678
            """), charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1"),
        category="request", kinds=["erasure"], language="fi",
        requester_email="kalevi.makinen@example.fi", requester_name="Kalevi Mäkinen", phone="+358442345678",
        notes="ISO-8859-1 quoted-printable, all-caps subject, postal address and phone in the signature")

    add("fi-access-hetu-century-a-lakkiaiskutsut", simple(
        PAINO, "Emilia Sundström", "emilia.sundstrom@example.fi", "tietopyyntö??",
        when(2025, 11, 22, 17, 3, utc_offset=2), T(f"""
            Moi!

            Tilasin teiltä lakkiaiskutsut keväällä ja teidän sivuilla piti antaa aika paljon tietoja.
            Haluisin tietää mitä kaikkea tietoa teillä on musta tallessa ja mihin niitä käytätte?

            Tilaus tehtiin mun nimellä, jos tarvitsette tunnistamiseen niin hetu on {HETU_A}.

            -Emilia S.
            """), extra=(ANDROID_UA,)),
        category="request", kinds=["access"], language="fi",
        requester_email="emilia.sundstrom@example.fi", requester_name="Emilia Sundström", hetu=HETU_A,
        notes="colloquial 'haluisin tietää'; hetu with the 2000s century sign 'A'; full name only in display name")

    add("fi-rectification-uusi-osoitteeni-inline", simple(
        LAITE, "Niina Vääräniemi", "niina.vaaraniemi@example.fi", "osoitteenmuutos",
        when(2025, 8, 14, 7, 55), T("""
            Moi! Muutin just, uusi osoitteeni on Koulukatu 12 B 7, 90100 Oulu. Voisitteko päivittää sen
            teidän asiakastietoihin ettei lasku mene taas vanhaan osoitteeseen (Myllytie 3, Kempele).
            Puhelin on sama 045 678 1290.

            T. Niina Vääräniemi
            """), extra=(ANDROID_UA,)),
        category="request", kinds=["rectification"], language="fi",
        requester_email="niina.vaaraniemi@example.fi", requester_name="Niina Vääräniemi", phone="+358456781290",
        notes="short change-of-address note, new and old address both inline; 'päivittää' not 'oikaista'")

    add("fi-restriction-pistakaa-jaihin-invoice-dispute", simple(
        LAITE, "Tero Koskela", "tero.koskela@example.com", "Re: Lasku 58812 / vahinkomaksu",
        when(2025, 7, 8, 16, 20), T("""
            Heippa,

            en hyväksy tota vahinkomaksua, se kuomun naarmu oli siinä jo ku haettiin kärry, kuvat on mun
            puhelimessa ja lähetin ne jo Markolle. Ennenku tää on selvitetty niin älkää laittako mun
            tietoja perintään tai mihinkään muuallekaan, pistäkää ne vaikka jäihin siks aikaa. Ei niitä
            tarvii poistaa, tarviin niitä itekin jos tästä joudutaan riitelemään.

            Tero Koskela
            0500 334 129

            ----- Alkuperäinen viesti -----
            > Hei, liitteenä lasku peräkärryn vuokrasta 30.6.–2.7. sekä vahinkomaksu kuomun
            > vauriosta. Eräpäivä 22.7.2025.
            > Pohjolan Laitevuokraus Oy
            """), cte="quoted-printable"),
        category="request", kinds=["restriction"], language="fi",
        requester_email="tero.koskela@example.com", requester_name="Tero Koskela", phone="+358500334129",
        notes="'pistäkää jäihin' = restriction inside an invoice dispute; 'ei tarvii poistaa' must not read as erasure")

    add("fi-objection-tekstarit", simple(
        KATTO, "Raimo Heikkilä", "raimo.heikkila@example.fi", "tekstarit",
        when(2025, 4, 9, 19, 44), T("""
            Lopettakaa nää tekstiviestimainokset numeroon 0400 765 432 heti. En oo teiltä mitään tilannu
            enkä oo antanu lupaa. Kolmas viesti tällä viikolla "kevätkampanja -15%" ei kiinnosta.

            Raimo
            """)),
        category="request", kinds=["objection"], language="fi",
        requester_email="raimo.heikkila@example.fi", requester_name="Raimo Heikkilä", phone="+358400765432",
        notes="curt SMS-marketing stop in spoken Finnish, no rights vocabulary; phone is the number receiving the SMS")

    add("fi-access-objection-mista-ootte-saanu", simple(
        KIVI, "Satu Lepistö", "satu.lepisto@example.fi", "MISTÄ OLETTE SAANEET MUN OSOITTEEN",
        when(2025, 10, 1, 12, 9), T("""
            Mistä ootte saanu mun sähköpostiosoitteen?? En oo ikinä asioinu teiän kanssa enkä tilannu mitään
            uutiskirjettä. Kertokaa mistä osote on peräisin ja mitä muuta tietoa teillä on musta.

            Ja ei enää näitä "verkkosivu-uudistus" -tarjouksia kiitos, en halua teiltä mitään markkinointia.

            S. Lepistö
            """)),
        category="request", kinds=["access", "objection"], language="fi",
        requester_email="satu.lepisto@example.fi", requester_name="Satu Lepistö",
        notes="angry, shouting subject; where the address came from = access, plus marketing objection")

    add("fi-rectification-erasure-nimi-vaarin-vanha-numero", simple(
        TILI, "Marko Virtanen", "marko.virtanen@example.fi", "nimi väärin + vanha numero",
        when(2025, 1, 28, 15, 36, utc_offset=2), T(f"""
            Hei

            Teiän asiakasrekisterissä ja laskuissa mun sukunimi on kirjotettu väärin, Virtanan, pitäis olla
            Virtanen. Korjatkaa se. Lisäks siellä on edelleen mun vanha työpuhelin joka ei oo enää mun
            käytössä, sen voi poistaa kokonaan, en halua et sitä käytetään mihinkään. Uutta numeroa en anna,
            meili riittää yhteydenpitoon.

            Marko Virtanen
            Virtasen Sähkötyö tmi, Y-tunnus {Y_TMI}
            """)),
        category="request", kinds=["rectification", "erasure"], language="fi",
        requester_email="marko.virtanen@example.fi", requester_name="Marko Virtanen", business_id=Y_TMI,
        notes="two kinds in one casual note: fix a misspelt surname and delete an old phone number; sole trader's Y-tunnus")

    # ================================================================== requests, Swedish
    add("sv-fi-ratta-min-e-postadress", simple(
        PAINO, "Johanna Ekholm", "johanna.ekholm@example.com", "Fel e-post i ert register",
        when(2025, 3, 5, 13, 14, utc_offset=2), T("""
            Hej!

            Ni har fel e-postadress på mig i kundregistret, fakturorna för föreningens medlemsblad kommer
            fortfarande till johanna.ek@example.fi som jag inte har använt på flera år. Kan ni rätta min
            e-postadress till den här (johanna.ekholm@example.com)? Och skicka åt mig en kort bekräftelse
            när det är fixat.

            Tack och hälsningar
            Johanna Ekholm
            Pargas
            """)),
        category="request", kinds=["rectification"], language="sv",
        requester_email="johanna.ekholm@example.com", requester_name="Johanna Ekholm",
        notes="Finland-Swedish ('skicka åt mig'); old and new address both in the text, reply goes to From")

    add("sv-se-invandning-direktmarknadsforing", simple(
        KIVI, "Henrik Sjögren", "henrik.sjogren@example.se", "Invändning mot direktmarknadsföring",
        when(2025, 11, 12, 10, 0, utc_offset=2), T("""
            Hej,

            Jag har under hösten fått flera utskick från er om webbdesign och e-handelslösningar, både via
            e-post och LinkedIn. Jag invänder härmed mot all behandling av mina personuppgifter för
            direktmarknadsföring, i enlighet med artikel 21.2 i dataskyddsförordningen. Vänligen bekräfta
            att jag har spärrats för framtida utskick.

            Med vänliga hälsningar
            Henrik Sjögren
            Göteborg
            070-123 45 67
            """), cte="quoted-printable"),
        category="request", kinds=["objection"], language="sv",
        requester_email="henrik.sjogren@example.se", requester_name="Henrik Sjögren", phone="+46701234567",
        notes="formal Sweden-Swedish Art. 21(2) objection; Swedish mobile without country code")

    add("sv-fi-rattelse-begransa-behandlingen-fo-nummer", simple(
        TILI, "Mikaela Holmström", "mikaela@holmstromkonsult.example.fi", "Begäran om rättelse",
        when(2025, 2, 19, 8, 47, utc_offset=2), T(f"""
            Hej,

            Jag är kund hos er som enskild näringsidkare (Holmström Konsult, FO-nummer {Y_HOLM}). I det
            sammandrag ni skickade i januari står min hemadress och mitt telefonnummer fel – adressen är
            Kilpisenkatu 5 B 12, 40100 Jyväskylä, inte nummer 15, och numret slutar på 88, inte 86.
            Vänligen rätta uppgifterna.

            Tills ni har kontrollerat och rättat dem ber jag er begränsa behandlingen, dvs. inte skicka
            något vidare till Skatteförvaltningen eller banken med de gamla uppgifterna.

            Vänliga hälsningar
            Mikaela Holmström
            040 321 5588
            """), extra=(OUTLOOK,)),
        category="request", kinds=["rectification", "restriction"], language="sv",
        requester_email="mikaela@holmstromkonsult.example.fi", requester_name="Mikaela Holmström",
        phone="+358403215588", business_id=Y_HOLM,
        notes="Finland-Swedish; subject says only rättelse, restriction is in the second paragraph; Y-tunnus as 'FO-nummer'")

    add("sv-fi-registerutdrag-html", outlook_only(
        PAINO, "Göran Lindroos", "goran.lindroos@example.fi", "Registerutdrag",
        when(2025, 12, 2, 9, 31, utc_offset=2), T("""
            Bästa mottagare,

            Enligt er dataskyddsbeskrivning kan man vända sig till info@ för att granska sina uppgifter. Jag
            ber härmed om ett registerutdrag, alltså vilka uppgifter ni har om mig, varifrån ni har fått
            dem och om de har lämnats ut till någon annan. Jag har beställt visitkort och julkort från er
            under flera år via föreningen Pargas Seglare.

            Utdraget kan skickas per e-post till denna adress.

            Med vänlig hälsning
            Göran Lindroos
            Strandvägen 3, 21600 Pargas
            """), charset="iso-8859-1", lang="SV"),
        category="request", kinds=["access"], language="sv",
        requester_email="goran.lindroos@example.fi", requester_name="Göran Lindroos",
        notes="HTML-only ISO-8859-1 Outlook mail; Finland-Swedish 'registerutdrag', 'dataskyddsbeskrivning'")

    add("sv-se-radera-mitt-konto-base64", simple(
        LUMI, "Linnea Berg", "linnea.berg@example.se", "Ta bort mitt konto",
        when(2025, 8, 30, 22, 14), T("""
            Hej!

            Har inte använt appen sen i våras och vill inte ha kvar något konto hos er. Radera allt ni har
            om mig, konto, historik, allt. Går inte att göra i appen vad jag kan se??

            Tack /Linnea

            Skickat från min iPhone
            """), cte="base64", extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="sv",
        requester_email="linnea.berg@example.se", requester_name="Linnea Berg",
        notes="casual Sweden-Swedish, base64 body; signs with first name only, full name from display name")

    add("sv-se-export-maskinlasbart-format", simple(
        LUMI, "Oskar Nyström", "oskar.nystrom@example.se", "Export av mina uppgifter",
        when(2025, 10, 20, 18, 2), T("""
            Hej,

            Jag ska byta till en annan app och vill ta med mig det jag har lagt in hos er – profil, bokade
            tider och anteckningar. Kan ni exportera allt i ett maskinläsbart format (CSV eller JSON går
            bra)? Om det går får ni gärna skicka det direkt till den nya leverantören, annars till mig.

            Mvh
            Oskar Nyström
            +46 73 555 12 34
            """)),
        category="request", kinds=["portability"], language="sv",
        requester_email="oskar.nystrom@example.se", requester_name="Oskar Nyström", phone="+46735551234",
        notes="portability without the word 'dataportabilitet'; direct transfer to another provider offered")

    # ================================================================== requests, English
    add("en-portability-moving-to-competitor", alt(
        LUMI, "Daniel Hughes", "dan.hughes@example.com", "Getting my data out",
        when(2025, 6, 16, 11, 22), T("""
            Hi there,

            I've been using Lumivalo for about three years now but I'm moving over to another provider next
            month. Could you send me everything I've put into my account – profile, bookings, notes, the lot
            – in a machine-readable format (CSV or JSON, whatever's easiest) so I can import it on the other
            side? The export button in settings only gives me a PDF, which isn't much use.

            I'll close the account myself once the move is done.

            Cheers,
            Dan Hughes
            """), extra=(GMAIL_UA,)),
        category="request", kinds=["portability"], language="en",
        requester_email="dan.hughes@example.com", requester_name="Daniel Hughes",
        notes="native British English; names the move to a competitor; account closure later is not an erasure request")

    add("en-objection-profiling-keep-newsletter", simple(
        KIVI, "Rachel Moore", "rmoore@example.org", "Tracking / profiling - please stop",
        when(2025, 4, 24, 15, 50), T("""
            Hello,

            I signed up for your newsletter at a conference in Helsinki. I now notice that your emails
            contain tracking pixels and personalised links, and your privacy notice says you use newsletter
            clicks and site visits to build "interest profiles" for sales follow-up. I object to that. You
            can keep sending the newsletter itself, but please stop profiling me and exclude me from any
            analytics or lead scoring.

            Thanks,
            Rachel Moore
            """)),
        category="request", kinds=["objection"], language="en",
        requester_email="rmoore@example.org", requester_name="Rachel Moore",
        notes="objection only to profiling/analytics while explicitly keeping the newsletter")

    add("en-nonnative-access-then-delete", simple(
        LAITE, "Rajesh Kumar", "rajesh.kumar@example.com", "Regarding my personal informations",
        when(2025, 9, 25, 6, 40), T("""
            Dear Sir/Madam,

            I was renting one mini excavator from your Oulu depot in 2024 summer for my garden work. Kindly
            share me all the personal informations what you are having of me in your systems, also the copy
            of my driving licence which your staff was taking photo at counter. After I have received and
            checked it, please delete everything, I am not needing your services any more because I am
            moving back to India.

            You can call me if needed, 041 772 6610.

            Thanks and regards,
            Rajesh Kumar
            """)),
        category="request", kinds=["access", "erasure"], language="en",
        requester_email="rajesh.kumar@example.com", requester_name="Rajesh Kumar", phone="+358417726610",
        notes="non-native English; sequenced access then erasure; Finnish mobile without country code")

    add("en-webform-noreply-replyto-erasure-objection", simple(
        KIVI, "Kivi & Kangas Design", "noreply@kivikangas.example.fi", "Uusi yhteydenotto: Yhteydenottolomake",
        when(2025, 5, 6, 14, 3), T("""
            Uusi viesti lähetetty sivulta https://kivikangas.example.fi/yhteystiedot

            Nimi: Olga Petrova
            Sähköposti: olga.petrova@example.com
            Puhelin:
            Aihe: Muu asia
            Viesti:
            Hi, sorry I don't write Finnish. I left my details when signing up to your webinar in spring and
            since then I get sales calls and emails from you. Please delete my data from your systems and
            don't contact me anymore.

            --
            Tämä viesti lähetettiin lomakkeella Kivi & Kangas Design Oy:n verkkosivuilta.
            """), reply_to="Olga Petrova <olga.petrova@example.com>",
        extra=("X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",)),
        category="request", kinds=["erasure", "objection"], language="en",
        requester_email="olga.petrova@example.com", requester_name="Olga Petrova",
        notes="web-form relay from noreply@ with Finnish form labels; English message; Reply-To is the requester")

    add("en-et-rectification-name-and-phone", simple(
        TILI, "Kart Tamm", "kart.tamm@example.com", "wrong name in your system",
        when(2025, 3, 27, 9, 12, utc_offset=2), T("""
            Hello,

            my name is in your system wrong, on the salary slips and on letters it is "Kart Tamm" but
            correct is Kärt Tamm (with ä). Also my phone number is old one, please change it to
            +372 5123 4567. I work for one of your clients (Pohjala Ehitus Oy) and you make my salary
            calculation.

            Thank you
            Kärt Tamm
            """)),
        category="request", kinds=["rectification"], language="en",
        requester_email="kart.tamm@example.com", requester_name="Kärt Tamm", phone="+37251234567",
        notes="Estonian writing non-native English; display name lacks the ä the request is about; payroll via a client")

    add("en-uk-restriction-keep-but-dont-use", simple(
        KATTO, "Simon Clarke", "simon.clarke@example.com", "Roof inspection records - please keep",
        when(2025, 10, 15, 20, 30), T("""
            Hi,

            You did a roof inspection on our summer cottage in Kangasala in 2023 (the one with the moss
            problem). There's now a dispute with the insurer about storm damage and my solicitor says your
            inspection records and photos will be needed as evidence.

            So please do NOT delete anything you hold on me or the property, even if your retention period
            is up. At the same time I'd ask you not to use my details for anything else in the meantime -
            just keep them stored safely until the claim is sorted.

            Best,
            Simon Clarke
            07700 900123
            """)),
        category="request", kinds=["restriction"], language="en",
        requester_email="simon.clarke@example.com", requester_name="Simon Clarke", phone="+447700900123",
        notes="Art. 18(1)(c)-style 'keep it for my legal claim but don't use it'; 'do NOT delete' is not erasure; UK mobile")

    # ================================================================== automated
    add("auto-sv-outlook-automatiskt-svar", outlook_only(
        PAINO, "Maria Lindqvist", "maria.lindqvist@skargardsresor.example.fi",
        "Automatiskt svar: Offert på broschyrer", when(2025, 7, 16, 9, 2), T("""
            Hej,

            Tack för ditt meddelande. Jag är på semester 14.7–8.8.2025 och läser inte e-post under den
            tiden. I brådskande ärenden kan du ringa min kollega Peter Sjöberg, tfn 040 778 2211.

            Maria Lindqvist
            Skärgårdsresor Ab
            """), lang="SV", env_from="", extra=(
            OUTLOOK,
            "Auto-Submitted: auto-replied",
            "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Inbox-Rules-Loop: maria.lindqvist@skargardsresor.example.fi",
            "Thread-Topic: =?utf-8?Q?Offert_p=C3=A5_broschyrer?=",
            "Content-Language: sv-FI",
        )),
        category="automated", language="sv", phone="+358407782211",
        notes="Outlook auto-reply with Auto-Submitted and X-Auto-Response-Suppress; null Return-Path; colleague's phone")

    add("auto-fi-lomalla-no-auto-headers", simple(
        TILI, "Hannu Pelkonen", "hannu.pelkonen@rakennuspelkonen.example.fi", "Re: Kesäkuun kuukausiraportti",
        when(2025, 7, 3, 13, 0), T("""
            Olen lomalla 30.6.–27.7.2025 enkä lue sähköpostia. Viestejä ei välitetä eteenpäin.
            Kiireellisissä asioissa soita 050 412 8890 (toimisto).

            Hannu Pelkonen
            Rakennus Pelkonen Oy
            """)),
        category="automated", language="fi", phone="+358504128890",
        notes="out-of-office recognisable only from the wording: no Auto-Submitted/X-Autoreply, 'Re:' subject")

    bounced = message(
        rcpt="veikko.harju@example.fi", frm=mailbox("Kattopojat Oy", KATTO), frm_addr=KATTO,
        subject="Re: tietojen poisto", date=when(2025, 9, 15, 10, 11), trace=False, root=text(T("""
            Hei Veikko,

            vahvistamme, että olemme vastaanottaneet pyyntönne. Käsittelemme sen kuukauden kuluessa ja
            ilmoitamme, kun tiedot on poistettu.

            Ystävällisin terveisin
            Kattopojat Oy

            > Haluan että poistatte kaikki minua koskevat tiedot rekisteristänne ja lopetatte
            > markkinointiviestit.
            > Veikko Harju
            """), cte="quoted-printable"))
    dsn_text = T("""
        This is the mail system at host smtp.palvelin.example.fi.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <veikko.harju@example.fi>: host mx.example.fi[198.51.100.25] said: 550 5.1.1
            <veikko.harju@example.fi>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    dsn_status = T("""
        Reporting-MTA: dns; smtp.palvelin.example.fi
        X-Postfix-Queue-ID: 7D2E41A0C3
        X-Postfix-Sender: rfc822; info@kattopojat.example.fi
        Arrival-Date: Mon, 15 Sep 2025 10:11:02 +0300 (EEST)

        Final-Recipient: rfc822; veikko.harju@example.fi
        Original-Recipient: rfc822;veikko.harju@example.fi
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.example.fi
        Diagnostic-Code: smtp; 550 5.1.1 <veikko.harju@example.fi>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    dsn_root = multipart("report", [
        text(dsn_text, charset="us-ascii", cte="7bit", headers=["Content-Description: Notification"]),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn_status),
        Part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], bounced),
    ], "7D2E41A0C3.1757920263/smtp.palvelin.example.fi", params=" report-type=delivery-status;")
    add("auto-dsn-bounce-quoting-erasure", message(
        rcpt=KATTO, frm="Mail Delivery System <MAILER-DAEMON@smtp.palvelin.example.fi>",
        frm_addr="MAILER-DAEMON@smtp.palvelin.example.fi", subject="Undelivered Mail Returned to Sender",
        date=when(2025, 9, 15, 10, 11, 4), root=dsn_root, env_from="", relay="smtp.palvelin.example.fi",
        ip="203.0.113.47",
        extra=("Auto-Submitted: auto-replied",)),
        category="automated", language="en",
        notes="multipart/report DSN whose returned message quotes an erasure + marketing-stop request in Finnish")

    nl_body = T("""
        RAKENNUSALAN UUTISKIRJE 9/2025

        Tässä numerossa:
        - Kattoturvatuotteiden uudet vaatimukset voimaan 2026
        - Näin vastaat asiakkaan tietopyyntöön: tietosuoja pienessä rakennusyrityksessä
        - Syksyn koulutuskalenteri

        Tietopyynnöt eivät ole vain suurten yritysten riesa. Jos entinen asiakas pyytää poistamaan
        tietonsa tai kysyy, mitä hänestä on tallennettu, vastaus on annettava kuukauden kuluessa. Lue
        juristimme vinkit: https://rakennusuutiset.example.org/a/2025-09-tietosuoja

        Koulutuskalenteri: https://rakennusuutiset.example.org/koulutus

        --
        Päivitä tietosi / Update your preferences: https://rakennusuutiset.example.org/prefs?u=8c2f41
        Peruuta tilaus / Unsubscribe: https://rakennusuutiset.example.org/u/8c2f41
        Saat tämän viestin, koska olet tilannut Rakennusalan uutiskirjeen osoitteeseen
        info@kattopojat.example.fi.
        """)
    add("auto-newsletter-paivita-tietosi", alt(
        KATTO, "Rakennusalan uutiskirje", "uutiskirje@rakennusuutiset.example.org",
        "Rakennusalan uutiskirje 9/2025: kattoturva, tietosuoja, koulutukset", when(2025, 9, 18, 6, 0), nl_body,
        env_from="bounce-8c2f41@mailer.rakennusuutiset.example.org", extra=(
            "List-Id: Rakennusalan uutiskirje <uutiskirje.rakennusuutiset.example.org>",
            "List-Unsubscribe: <https://rakennusuutiset.example.org/u/8c2f41?oneclick=1>,\n"
            " <mailto:unsubscribe-8c2f41@rakennusuutiset.example.org>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk",
            "X-Campaign-ID: rku-2025-09",
        )),
        category="automated", language="fi",
        notes="bulk newsletter with List-Unsubscribe; 'päivitä tietosi / update your preferences' and an article on deletion requests")

    ics = T("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Laura Järvinen:mailto:laura.jarvinen@jarvisentilit.example.fi
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kattopojat
         Oy:mailto:info@kattopojat.example.fi
        DESCRIPTION;LANGUAGE=fi-FI:Käydään läpi tilikauden 2025 tilinpäätös ja palk
         kahallinnon muutokset. Ottakaa mukaan ajantasainen henkilöstölista.
        UID:040000008200E00074C5B7101A82E0080000000060A1B2C3D4E5F6
        SUMMARY;LANGUAGE=fi-FI:Tilinpäätöspalaveri 2025
        DTSTART;TZID=FLE Standard Time:20251014T100000
        DTEND;TZID=FLE Standard Time:20251014T110000
        LOCATION;LANGUAGE=fi-FI:Microsoft Teams -kokous
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    cal_plain = T("""
        Käydään läpi tilikauden 2025 tilinpäätös ja palkkahallinnon muutokset. Ottakaa mukaan ajantasainen
        henkilöstölista.

        ________________________________________________________________________________
        Microsoft Teams -kokous
        Liity tietokoneella, mobiilisovelluksella tai huonelaitteella
        https://teams.example.com/l/meetup-join/19%3ameeting_Zk9
        ________________________________________________________________________________
        """)
    cal_alt = multipart("alternative", [
        text(cal_plain, cte="quoted-printable"),
        text(ics, subtype="calendar", cte="base64", params="; method=REQUEST"),
    ], "_000_cal_alt_" + token("cal-alt", 16))
    cal_root = multipart("mixed", [cal_alt, attachment(ics.replace("\n", "\r\n").encode("utf-8"),
                                                       "application/ics", "invite.ics")],
                         "_004_cal_mixed_" + token("cal-mixed", 16))
    add("auto-calendar-invitation-outlook", message(
        rcpt=KATTO, frm=mailbox("Laura Järvinen", "laura.jarvinen@jarvisentilit.example.fi"),
        frm_addr="laura.jarvinen@jarvisentilit.example.fi",
        subject="Tilinpäätöspalaveri 2025", date=when(2025, 9, 29, 14, 5), root=cal_root, extra=(
            OUTLOOK, "Thread-Topic: =?utf-8?Q?Tilinp=C3=A4=C3=A4t=C3=B6spalaveri_2025?=",
            "Content-Class: urn:content-classes:calendarmessage", "Content-Language: fi-FI")),
        category="automated", language="fi",
        notes="Outlook meeting request (text/calendar method=REQUEST + invite.ics) from a real person; no auto headers")

    exp_body = T("""
        Hi,

        The data export you requested on 3 November 2025 for the organisation "Järvisen Tilitoimisto Oy"
        is ready.

        Download (ZIP, 48 MB): https://app.kirjanpitopilvi.example.com/exports/7f3c9a21e0

        The link expires in 7 days. The export contains personal data of your users and customers;
        store it securely.

        If you did not request this export, contact your administrator.

        Kirjanpitopilvi
        This is an automated message. Replies to this address are not monitored.
        """)
    add("auto-saas-data-export-ready", alt(
        TILI, "Kirjanpitopilvi", "no-reply@kirjanpitopilvi.example.com", "Your data export is ready",
        when(2025, 11, 3, 16, 44, utc_offset=2), exp_body,
        env_from="bounces+4471@em.kirjanpitopilvi.example.com", extra=(
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            "X-Entity-Ref-ID: exp-7f3c9a21e0",
        )),
        category="automated", language="en",
        notes="SaaS notification from no-reply@ about a data export: portability-like words, but machine mail")

    # ================================================================== other (hard negatives)
    add("other-duplicate-invoice-old-quote-poistakaa", simple(
        KATTO, "Jari Mattila", "jari.mattila@taloyhtiohuolto.example.fi", "Tuplalasku ja vanha tarjous",
        when(2025, 10, 7, 9, 18), T(f"""
            Hei,

            saimme teiltä laskun 20251187 kahteen kertaan (sama summa 4 812,60 €, eri eräpäivät). Maksamme
            vain toisen, poistakaa tai hyvittäkää se toinen, ettei tule muistutuksia.

            Ja sitten se viime vuoden tarjous Lehtolan rivitalon vesikatosta (tarjous 2024-118) – sen voi
            poistaa teidän järjestelmästä, tilalle tuli uusi tarjous syyskuussa.

            Terveisin
            Jari Mattila
            Tampereen Taloyhtiöhuolto Oy
            Y-tunnus {Y_HUOLTO}
            puh. 03 222 4455
            """), extra=(OUTLOOK,)),
        category="other", language="fi", phone="+35832224455", business_id=Y_HUOLTO,
        notes="'poistakaa' and 'poistaa teidän järjestelmästä' about a duplicate invoice and an old quote, no personal data")

    add("other-supplier-own-bank-account", simple(
        LAITE, "Merja Kantola", "laskutus@konetukku.example.fi", "Pankkitilin muutos / Konetukku Pohjoinen Oy",
        when(2025, 11, 18, 10, 5, utc_offset=2), T(f"""
            Hyvä asiakkaamme,

            Konetukku Pohjoinen Oy:n pankkiyhteys vaihtuu 1.12.2025 alkaen. Pyydämme päivittämään
            toimittajarekisteriinne uuden tilinumeromme:

            FI21 1234 5600 0007 85 (NDEAFIHH)

            Vanha tili suljetaan vuoden lopussa. Marraskuun laskuissa on jo uusi tilinumero. Muut tietomme
            (Y-tunnus {Y_KONE}, osoite) pysyvät ennallaan.

            Ystävällisin terveisin
            Merja Kantola
            Reskontra, Konetukku Pohjoinen Oy
            """)),
        category="other", language="fi", business_id=Y_KONE,
        notes="'pyydämme päivittämään ... rekisteriinne' but it is the supplier's own company bank account, not personal data")

    pitch = T(f"""
        Hei,

        tiesitkö, että rekisteröidyllä on oikeus saada kopio kaikista häntä koskevista tiedoista kuukauden
        kuluessa? Yhä useampi tilitoimisto saa tarkastuspyyntöjä, poistopyyntöjä ja oikaisupyyntöjä sekä
        asiakkailtaan että näiden työntekijöiltä.

        TietosuojaPilvi automatisoi rekisteröityjen pyyntöjen käsittelyn: se tunnistaa poistopyynnön,
        rajoittamispyynnön tai vastustamisen saapuneesta sähköpostista, etsii henkilötiedot järjestelmistänne
        ja koostaa vastauksen valmiiksi. Tietojen siirto koneluettavassa muodossa hoituu yhdellä
        klikkauksella, ja tarkastusoikeuden toteuttaminen vie minuutteja päivien sijaan.

        Varaa 20 minuutin demo: https://tietosuojapilvi.example.com/demo

        Ville Saarinen
        Myyntipäällikkö, TietosuojaPilvi Oy
        Y-tunnus {Y_VENDOR}
        +358 40 909 1122

        Jos et halua vastaanottaa viestejämme jatkossa, vastaa tähän viestiin sanalla POISTA.
        """)
    add("other-gdpr-tool-sales-pitch", alt(
        TILI, "Ville Saarinen", "ville.saarinen@tietosuojapilvi.example.com",
        "Onko tarkastusoikeuspyyntöjen käsittely hallinnassa?", when(2025, 4, 1, 8, 30), pitch,
        extra=("X-Mailer: HubSpot",)),
        category="other", language="fi", phone="+358409091122", business_id=Y_VENDOR,
        notes="vendor pitch dense with rekisteröity/poistopyyntö/tarkastusoikeus/koneluettava; nobody exercises a right")

    add("other-saas-customer-delete-their-customer", simple(
        LUMI, "Heidi Laine", "heidi@kauneushoitolaheidi.example.fi", "asiakkaan tietojen poisto ohjelmasta",
        when(2025, 8, 5, 19, 27), T("""
            Moi,

            yks mun asiakas pyysi et poistan kaikki sen tiedot (käyntihistoria, puhelinnumero,
            hoitomuistiinpanot) meidän ajanvarauksesta. Miten se onnistuu teiän ohjelmassa? Löysin kyl
            asiakaskortista "arkistoi" napin mut poistaako se oikeesti vai jääkö tiedot jonnekin? Ja
            tarviiko mun ilmottaa teille jotain erikseen?

            Kiitos,
            Heidi
            Kauneushoitola Heidi, Espoo
            """), extra=(IPHONE,)),
        category="other", language="fi",
        notes="support question from a SaaS customer about deleting THEIR customer's data; sender invokes no right of her own")

    add("other-dpa-tietojenkasittelysopimus", simple(
        KIVI, "Antti Koivisto", "antti.koivisto@lvi-koivisto.example.fi",
        "Tietojenkäsittelysopimus verkkokauppaprojektiin", when(2025, 2, 3, 13, 45, utc_offset=2), T(f"""
            Hei,

            olemme aloittamassa kanssanne uuden verkkokaupan toteutusta, ja siinä käsitellään myös
            asiakkaidemme henkilötietoja (tilaukset, toimitusosoitteet, uutiskirjeen tilaajat).
            Tilintarkastajamme kysyi, onko meillä teidän kanssanne tietojenkäsittelysopimusta (DPA).
            Voisitteko lähettää sopimuspohjanne ja listan käyttämistänne alihankkijoista (hosting,
            sähköpostipalvelu)? Sijaitsevatko palvelimet EU:ssa?

            Ystävällisin terveisin
            Antti Koivisto
            toimitusjohtaja, LVI-Koivisto Oy
            Y-tunnus {Y_LVI}
            """), extra=(OUTLOOK,)),
        category="other", language="fi", business_id=Y_LVI,
        notes="B2B customer asking for a DPA and sub-processor list; privacy vocabulary but no data-subject right")

    add("other-sv-jobbansokan-cv", with_pdf(
        PAINO, "Sofia Westerlund", "sofia.westerlund@example.fi", "Ansökan – tryckeriassistent",
        when(2025, 3, 10, 20, 15, utc_offset=2), T("""
            Hej,

            Jag såg er annons om en tryckeriassistent och skickar härmed min ansökan. Jag har jobbat två
            somrar på ett tryckeri i Åbo och studerar grafisk design vid Novia. Jag talar svenska, finska
            och engelska.

            Mitt CV finns bifogat. Ni kan nå mig på 050 889 3412.

            Med vänliga hälsningar
            Sofia Westerlund
            """), "CV Sofia Westerlund", "CV_Sofia_Westerlund.pdf"),
        category="other", language="sv", phone="+358508893412",
        notes="job application with CV attachment: personal data offered, no right invoked")

    add("other-internal-remove-me-from-project-list", simple(
        LUMI, "Ahmed Farouk", "ahmed.farouk@lumivalo.example.fi", "Please remove me from the Revontuli list",
        when(2025, 9, 22, 9, 4), T("""
            Hi,

            Not sure who maintains the info@ aliases these days, but I'm still getting every mail and
            calendar invite for the Revontuli customer project even though I moved to the platform team in
            August. Could whoever owns the distribution list please take me off it (and off the Thursday
            status meeting invite)?

            Thanks,
            Ahmed
            """), extra=(OUTLOOK_MAC,)),
        category="other", language="en",
        notes="'please take me off the list' from an employee about an internal project list, not marketing")

    phish = T("""
        Arvoisa rekisterinpitäjä,

        Tietosuojavaltuutetun toimistoon on saapunut rekisteröidyn kantelu (dnro TSV/4471/2025), jonka
        mukaan yrityksenne ei ole vastannut tarkastusoikeus- ja poistopyyntöön määräajassa. EU:n
        tietosuoja-asetuksen 83 artiklan nojalla yrityksellenne voidaan määrätä hallinnollinen
        seuraamusmaksu, joka voi olla jopa 20 000 000 euroa.

        Välttääksenne seuraamusmaksun teidän on vahvistettava rekisterinpitäjän tiedot ja ladattava
        kantelun asiakirjat alla olevasta linkistä 48 tunnin kuluessa:

        https://tsv-ilmoitukset.test/asiakirjat/login?id=4471

        Mikäli vahvistusta ei tehdä määräajassa, asia siirretään automaattisesti seuraamuskollegion
        käsiteltäväksi.

        Tietosuojavaltuutetun toimisto
        Kirjaamo
        """)
    add("other-phishing-tietosuojavaltuutettu", alt(
        KIVI, "Tietosuojavaltuutetun toimisto", "kirjaamo@tsv-ilmoitukset.test",
        "VIRALLINEN ILMOITUS: kantelu – toimenpiteitä vaaditaan 48 h kuluessa", when(2025, 12, 9, 3, 17, utc_offset=2),
        phish, extra=("X-Priority: 1 (Highest)", "Importance: High")),
        category="other", language="fi",
        notes="phishing impersonating the data-protection authority; mentions tarkastusoikeus/poistopyyntö and a fine")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
