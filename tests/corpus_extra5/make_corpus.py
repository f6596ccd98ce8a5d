#!/usr/bin/env python3
"""Generate a fifth independent, labelled corpus (corpus_extra5) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a fifth author without looking at the other corpora's mail texts: requests mixed into ordinary
business (an order question ending in "poistakaa mut markkinointilistoilta"), a reply in a sales thread, an
employee's inline forward, a web-form relay, a relative writing about a deceased father's account, a
customer's contact person asking what is held about them, an e-mail address correction, an objection to
profiling, a move of data to a competitor, "mihin tarkoitukseen käytätte tietojani", Swedish, English,
German and Estonian requests; auto-replies, a DSN bounce, a read receipt, list mail, a helpdesk
acknowledgement and a system notification; and hard negatives (a cancelled order "poistakaa tilaus", a
partner's address change, a GDPR vendor pitch, a privacy question without a right, a thank-you).
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


def outlook(rcpt, name, addr, subject, date, body, *, charset="iso-8859-1", lang="FI", extra=(), reply_to=None):
    b = "_000_" + token(addr + subject, 20) + "_"
    root = multipart("alternative", [
        text(body, charset=charset, cte="quoted-printable"),
        text(outlook_html(body, charset, lang), subtype="html", charset=charset, cte="quoted-printable"),
    ], b)
    return message(rcpt=rcpt, frm=mailbox(name, addr, charset), frm_addr=addr, subject=subject, date=date,
                   root=root, extra=(OUTLOOK, *extra), reply_to=reply_to, subject_charset=charset)


def gmail(rcpt, name, addr, subject, date, body, *, extra=(), reply_to=None):
    b = "000000000000" + token(addr + subject, 16)
    root = multipart("alternative", [
        text(body, charset="UTF-8", cte="quoted-printable"),
        text(light_html(body), subtype="html", charset="UTF-8", cte="quoted-printable"),
    ], b)
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date, root=root,
                   extra=(GMAIL_UA, *extra), reply_to=reply_to, relay="mail-sor-f41.google.example.com",
                   ip="198.51.100.41")


def build() -> None:
    # ------------------------------------------------------------------ requests, Finnish
    h1 = new_hetu("150368", "-", "274")
    add("fi-access-formal-hetu", outlook(TILI, "Koivisto Marjatta", "marjatta.koivisto@example.fi",
        "Tarkastuspyyntö", when(2026, 2, 3, 9, 12), T(f"""
        Hyvä vastaanottaja,

        Pyydän EU:n tietosuoja-asetuksen 15 artiklan nojalla saada tietää, mitä henkilötietoja Järvisen
        Tilitoimisto Oy on minusta tallentanut, sekä saada niistä jäljennöksen.

        Olin yrityksenne asiakkaana vuosina 2019-2023 (toiminimi lopetettu). Tunnistamista varten
        henkilötunnukseni on {h1}.

        Vastauksen voi lähettää tähän sähköpostiosoitteeseen.

        Ystävällisin terveisin
        Marjatta Koivisto
        puh. 044 218 7730
        """)),
        category="request", kinds=["access"], language="fi", requester_email="marjatta.koivisto@example.fi",
        requester_name="Marjatta Koivisto", phone="+358442187730", hetu=h1,
        notes="formal Art. 15 request in Outlook HTML latin-1; display name is 'Surname Firstname', signature wins")

    add("fi-order-question-then-marketing", simple(LAITE, "Jukka", "jukka.h1977@example.com",
        "tilaus 4471", when(2026, 3, 10, 14, 2), T("""
        Moi

        Tilasin viime viikolla rappausmyllyn vuokralle (tilaus 4471) ja piti tulla vahvistus mutta
        ei oo tullu mitaan. Onko tilaus mennyt perille? Tarvitsisin sen perjantaiksi.

        ja poistakaa mut sitten teidan markkinointilistoilta, tulee joka viikko jotain kampanjaviestia
        eika kiinnosta

        t. Jukka
        """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["objection"], language="fi", requester_email="jukka.h1977@example.com",
        requester_name="Jukka", notes="order question first; marketing-list removal at the end, no umlauts, only a first name")

    add("fi-blunt-typos-erasure", simple(KIVI, "Petri Mäkelä", "petri.makela@example.fi", "tiedot",
        when(2026, 4, 22, 23, 48), T("""
        poistakaa kaikki mun tiedot teidän järjestelmistä. en oo teidän asiakas enkä oo koskaa ollu,
        ihmettelen mistä ootte mun osotteen saanu. HETI.

        Petri
        """), extra=(IPHONE,)),
        category="request", kinds=["erasure", "access"], language="fi", requester_email="petri.makela@example.fi",
        requester_name="Petri Mäkelä",
        notes="blunt, typos; 'mistä ootte saanu' asks the source (access) besides erasure; full name only in display name")

    quoted = quote_lines(T("""
        Hei Riitta,

        kiitos mukavasta puhelusta. Liitteenä tarjous kattoremontista kohteeseen Kuusikatu 4, Tampere.
        Tarjous on voimassa 30 päivää.

        Terveisin
        Mikko Salonen
        Kattopojat Oy
        """))
    add("fi-reply-in-sales-thread", simple(KATTO, "Riitta Honkanen", "riitta.honkanen@example.com",
        "Re: Tarjous kattoremontista", when(2026, 5, 6, 18, 30), T("""
        Hei,

        kiitos tarjouksesta, mutta päädyimme toiseen urakoitsijaan.

        Pyydän samalla, että poistatte minun yhteystietoni ja tarjoukseen liittyvät tiedot
        rekisteristänne, koska asiakkuutta ei syntynyt.

        Riitta Honkanen
        """) + "\n" + "Mikko Salonen <mikko.salonen@kattopojat.example.fi> kirjoitti 28.4.2026 klo 10.15:\n" + quoted,
        extra=("In-Reply-To: <tarjous-8812@kattopojat.example.fi>", "References: <tarjous-8812@kattopojat.example.fi>", TB)),
        category="request", kinds=["erasure"], language="fi", requester_email="riitta.honkanen@example.com",
        requester_name="Riitta Honkanen", notes="reply in our own sales thread; the quoted offer is ours")

    fw = T("""
        Moi, tää tuli mulle suoraan eikä infoon, laitan eteenpäin. Voisitteko hoitaa?

        Sanna Virtanen
        Myyntipäällikkö, Lumivalo Ohjelmistot Oy
        040 991 2034

        ________________________________
        Lähettäjä: Aino Rantanen <aino.rantanen@example.org>
        Lähetetty: maanantai 8. kesäkuuta 2026 11.02
        Vastaanottaja: Sanna Virtanen <sanna.virtanen@lumivalo.example.fi>
        Aihe: kysymys tiedoista

        Hei Sanna,

        Kävimme demossa viime syksynä. Haluaisin nyt tietää, mitä tietoja teillä on minusta
        tallennettuna ja mistä olette ne saaneet, koska sain uutiskirjettänne vaikka en sitä tilannut.

        Aino Rantanen
        """)
    add("fi-forward-by-employee", simple(LUMI, "Sanna Virtanen", "sanna.virtanen@lumivalo.example.fi",
        "VL: kysymys tiedoista", when(2026, 6, 8, 11, 40), fw, extra=(OUTLOOK,), to=LUMI),
        category="request", kinds=["access"], language="fi", requester_email="aino.rantanen@example.org",
        requester_name="Aino Rantanen",
        notes="inline Outlook VL: forward by an employee; requester is the original sender; employee phone ignored")

    add("fi-webform-purpose", simple(KATTO, "Kattopojat verkkosivu", "wordpress@kattopojat.example.fi",
        "Uusi yhteydenotto: Yhteydenottolomake", when(2026, 7, 1, 7, 55), T("""
        Lähettäjä: Eero Lindqvist
        Sähköposti: eero.lindqvist@example.com
        Puhelin: 050 662 1198
        Aihe: Tietosuoja

        Viesti:
        Haluan tietää mihin tarkoitukseen käytätte tietojani. Sain teiltä kirjeen kotiin vaikka en ole
        koskaan asioinut kanssanne.

        --
        Tämä viesti lähetettiin lomakkeelta osoitteessa https://kattopojat.example.fi/yhteystiedot
        """), extra=("X-Mailer: WPForms",)),
        category="request", kinds=["access"], language="fi", requester_email="eero.lindqvist@example.com",
        requester_name="Eero Lindqvist", phone="+358506621198",
        notes="web form from wordpress@ without Reply-To; the form's e-mail field is the reply address; purpose question = access")

    add("fi-deceased-father-account", simple(LAITE, "Tuula Nieminen", "tuula.nieminen@example.fi",
        "Isäni asiakastili", when(2026, 8, 12, 10, 20), T("""
        Hei,

        isäni Kalevi Nieminen kuoli heinäkuussa. Hänellä oli teillä asiakastili (hän vuokrasi
        peräkärryjä), ja olen kuolinpesän osakas.

        Pyydän, että lähetätte minulle tiedot siitä, mitä henkilötietoja isästäni on tilillä
        tallennettuna, jotta voimme hoitaa pesän asiat. Voin toimittaa perukirjan tarvittaessa.

        Ystävällisesti
        Tuula Nieminen
        045 310 2277
        """)),
        category="request", kinds=["access"], language="fi", requester_email="tuula.nieminen@example.fi",
        requester_name="Tuula Nieminen", phone="+358453102277",
        notes="relative asks for the data of a deceased father's account; the writer is the requester")

    y1 = new_ytunnus("2845113")
    add("fi-contact-person-b2b", simple(PAINO, "Heidi Laaksonen", "heidi.laaksonen@rakennusvirta.example.fi",
        "Yhteyshenkilön tiedot", when(2026, 9, 2, 13, 5), T(f"""
        Hei,

        Olen ollut Rakennusvirta Oy:n yhteyshenkilö teidän suuntaanne painotöissä. Haluaisin tietää,
        mitä henkilötietoja te säilytätte minusta yhteyshenkilönä (nimi, puhelin, sähköposti,
        mahdolliset muistiinpanot) ja kuinka kauan niitä säilytetään.

        Ystävällisin terveisin
        Heidi Laaksonen
        Hankintapäällikkö
        Rakennusvirta Oy, Y-tunnus {y1}
        p. 040 552 8810
        """), extra=(OUTLOOK,)),
        category="request", kinds=["access"], language="fi",
        requester_email="heidi.laaksonen@rakennusvirta.example.fi", requester_name="Heidi Laaksonen",
        phone="+358405528810", business_id=y1,
        notes="customer company's contact person asks what is held about her personally; Y-tunnus is her employer's")

    add("fi-correct-email-address", simple(TILI, "Olli Saarinen", "olli.saarinen@example.org",
        "Sähköpostiosoitteen muutos", when(2026, 3, 18, 8, 44), T("""
        Hei!

        Teillä on minulle vanha sähköpostiosoite olli.saarinen@vanhaposti.example.com, joka ei ole enää
        käytössä. Korjatkaa asiakastietoihini uusi osoite olli.saarinen@example.org, niin
        palkkalaskelmat ja muut tulevat oikeaan paikkaan.

        Kiitos,
        Olli Saarinen
        """)),
        category="request", kinds=["rectification"], language="fi", requester_email="olli.saarinen@example.org",
        requester_name="Olli Saarinen", notes="correct an outdated e-mail address; two addresses in the text, From is the new one")

    add("fi-object-profiling", simple(LUMI, "Kristiina Aho", "kristiina.aho@example.fi",
        "Profilointi", when(2026, 10, 5, 16, 10), T("""
        Hei

        Huomasin tietosuojaselosteestanne, että käytätte asiakkaiden käyttötietoja profilointiin ja
        kohdennettuun mainontaan. Vastustan tietojeni käyttöä profilointiin. Palvelua saa käyttää edelleen,
        mutta lopettakaa minua koskeva profilointi.

        Kristiina Aho
        """)),
        category="request", kinds=["objection"], language="fi", requester_email="kristiina.aho@example.fi",
        requester_name="Kristiina Aho", notes="Art. 21 objection to profiling while staying a customer")

    # ------------------------------------------------------------------ requests, Swedish
    add("sv-portability-competitor", outlook(PAINO, "Mattsson, Jonas", "jonas.mattsson@example.fi",
        "Flytt av uppgifter", when(2026, 4, 7, 10, 33), T("""
        Hej,

        Vi har bytt tryckeri och jag vill att ni skickar de uppgifter jag har lämnat till er (kontakt- och
        beställningsuppgifter) i maskinläsbart format direkt till Skärgårdens Tryck Ab,
        order@skargardenstryck.example.fi. Om det inte går, skicka dem åt mig som CSV-fil.

        Med vänlig hälsning
        Jonas Mattsson
        """), lang="SV"),
        category="request", kinds=["portability"], language="sv", requester_email="jonas.mattsson@example.fi",
        requester_name="Jonas Mattsson",
        notes="Finland-Swedish portability to a competitor; 'Surname, Firstname' display name; a third-party address in text")

    add("sv-blunt-erase", simple(KIVI, None, "lisa.berg@example.se", "Radera mig",
        when(2026, 5, 14, 21, 2), T("""
        Radera allt ni har om mig. Jag har aldrig bett om era mejl.

        Lisa Berg
        Skickat från min iPhone
        """), extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="sv", requester_email="lisa.berg@example.se",
        requester_name="Lisa Berg", notes="short Sweden-Swedish erasure from a phone, no display name")

    h2 = new_hetu("270981", "-", "536")
    add("sv-rectify-name-address", simple(PAINO, "Karin Sjöholm", "karin.sjoholm@example.fi",
        "Rättelse av mina uppgifter", when(2026, 6, 16, 12, 0), T(f"""
        Hej,

        Mitt efternamn är felstavat i ert kundregister (Sjöhölm) och adressen är gammal. Rätt uppgifter:
        Karin Sjöholm, Strandvägen 12 B, 21600 Pargas. Min personbeteckning är {h2} om ni behöver den
        för att hitta mig.

        Tack på förhand!
        Karin Sjöholm
        """), charset="iso-8859-1", cte="8bit"),
        category="request", kinds=["rectification"], language="sv", requester_email="karin.sjoholm@example.fi",
        requester_name="Karin Sjöholm", hetu=h2, notes="Finland-Swedish rectification in 8bit latin-1 with a personbeteckning")

    add("sv-restriction-dispute", simple(LAITE, "Anders Nyberg", "anders.nyberg@example.se",
        "Begränsning av behandling", when(2026, 7, 20, 9, 15), T("""
        Hej,

        Ni har registrerat en obetald faktura på mig som jag aldrig har fått och som jag bestrider. Tills
        saken är utredd vill jag att ni begränsar behandlingen av mina uppgifter, alltså att ni inte
        lämnar dem vidare till inkasso. Radera dem inte, jag behöver dem som bevis.

        Anders Nyberg
        +46 70 123 45 67
        """)),
        category="request", kinds=["restriction"], language="sv", requester_email="anders.nyberg@example.se",
        requester_name="Anders Nyberg", phone="+46701234567",
        notes="restriction during a dispute; 'radera dem inte' is not erasure; Swedish mobile")

    # ------------------------------------------------------------------ requests, English
    add("en-formal-sar", simple(TILI, "Oliver Grant", "oliver.grant@example.com",
        "Subject Access Request", when(2026, 2, 24, 15, 40), T("""
        Dear Sir or Madam,

        I am writing to make a subject access request under Article 15 of the UK/EU GDPR. Please provide
        a copy of all personal data you hold about me, the purposes of processing, the recipients and the
        retention period.

        I used your bookkeeping services in 2024 while working in Finland.

        Yours faithfully,
        Oliver Grant
        Tel. +44 7700 900123
        """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["access"], language="en", requester_email="oliver.grant@example.com",
        requester_name="Oliver Grant", phone="+447700900123", notes="formal English SAR with UK mobile")

    add("en-nonnative-delete-unsub", simple(LUMI, "Rajesh K.", "rajesh.kumar88@example.com",
        "account", when(2026, 3, 29, 6, 12), T("""
        hello,
        pls delete my account and all info of me, I dont use the app since long. also stop the emails
        every week, I get them still.
        thanks
        Rajesh Kumar
        """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["erasure", "objection"], language="en", requester_email="rajesh.kumar88@example.com",
        requester_name="Rajesh Kumar", notes="non-native English; delete account plus stop weekly mails")

    nl = quote_lines(T("""
        Kivi & Kangas Design - Autumn news
        Our new web accessibility audit package is out. Book a free call!
        """))
    add("en-reply-to-newsletter", simple(KIVI, "Emma Clarke", "emma.clarke@example.org",
        "Re: Kivi & Kangas Design - Autumn news", when(2026, 9, 22, 19, 5),
        "Please take me off this list, I never signed up.\n\nEmma\n\nOn 22 Sep 2026, Kivi & Kangas Design <news@kivikangas.example.fi> wrote:\n" + nl,
        charset="us-ascii", cte="7bit", extra=("In-Reply-To: <news-2026-09@kivikangas.example.fi>",)),
        category="request", kinds=["objection"], language="en", requester_email="emma.clarke@example.org",
        requester_name="Emma Clarke", notes="one-line reply to our newsletter: take me off this list = objection")

    add("en-reply-to-copy-csv", gmail(LAITE, "Daniel Novak", "d.novak@novakbuild.example.com",
        "My data", when(2026, 11, 3, 11, 11), T("""
        Hi,

        Could you send me a copy of the personal data you have about me, and the rental history in
        CSV or JSON so I can import it into our own system? Please reply to my private address, the work
        mailbox is closing soon.

        Best regards,
        Daniel Novak
        """), reply_to="Daniel Novak <daniel.novak@example.com>"),
        category="request", kinds=["access", "portability"], language="en", requester_email="daniel.novak@example.com",
        requester_name="Daniel Novak", notes="Reply-To differs from From; copy plus machine-readable export")

    # ------------------------------------------------------------------ requests, German / Estonian
    add("de-auskunft-loeschung", simple(KATTO, "Sabine Köhler", "sabine.koehler@example.com",
        "Auskunft und Löschung meiner Daten", when(2026, 6, 2, 8, 58), T("""
        Sehr geehrte Damen und Herren,

        gemäß Art. 15 DSGVO bitte ich um Auskunft über die zu meiner Person gespeicherten Daten. Im
        Anschluss bitte ich um Löschung dieser Daten nach Art. 17 DSGVO.

        Mit freundlichen Grüßen
        Sabine Köhler
        Mobil: 0171 2345678
        """), cte="quoted-printable"),
        category="request", kinds=["access", "erasure"], language="de", requester_email="sabine.koehler@example.com",
        requester_name="Sabine Köhler", phone="+491712345678", notes="German access then erasure; German mobile without +49")

    add("et-kustutamine", simple(LUMI, "Kadri Tamm", "kadri.tamm@example.org",
        "Andmete kustutamine", when(2026, 10, 19, 14, 25), T("""
        Tere,

        palun kustutage kõik minu isikuandmed teie süsteemist. Ma ei kasuta enam teie teenust.

        Lugupidamisega
        Kadri Tamm
        +372 5123 4567
        """)),
        category="request", kinds=["erasure"], language="et", requester_email="kadri.tamm@example.org",
        requester_name="Kadri Tamm", phone="+37251234567", notes="Estonian erasure request with Estonian mobile")

    # ------------------------------------------------------------------ automated
    add("auto-ooo-fi", simple(TILI, "Minna Lehto", "minna.lehto@asiakasyritys.example.fi",
        "Poissa: Laskut maaliskuu", when(2026, 3, 2, 7, 1), T("""
        Olen lomalla 2.3.-13.3.2026 enkä lue sähköpostiani. Kiireellisissä asioissa soita
        numeroon 050 441 2299 (Pekka Lehto).

        Minna Lehto
        """), extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes")),
        category="automated", language="fi", phone="+358504412299",
        notes="Finnish out-of-office with a phone number (literal field)")

    q = quote_lines(T("""
        Hi, please delete all my data from your systems. Regards, Kim
        """))
    add("auto-ooo-en-quoting-request", simple(KIVI, "Kim Harper", "kim.harper@example.com",
        "Automatic reply: Re: your data", when(2026, 4, 1, 12, 0),
        "I am out of the office until 8 April with limited access to e-mail.\n\n" + q,
        charset="us-ascii", cte="7bit", extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")),
        category="automated", language="en", notes="Outlook automatic reply whose quoted text contains a deletion request")

    dsn_b = "dsn" + token("dsn5", 10)
    orig = ("From: info@lumivalo.example.fi\nTo: ville.koski@example.test\nSubject: Tietopyyntonne DSAR-2026-0107\n"
            "Date: Mon, 11 May 2026 09:00:00 +0300\nMessage-ID: <ack-0107@lumivalo.example.fi>\n")
    dsn = multipart("report", [
        text(T("""
            This is the mail system at host mx.example.test.

            I'm sorry to have to inform you that your message could not be delivered to one or more
            recipients.

            <ville.koski@example.test>: host mx.example.test said: 550 5.1.1 User unknown
            """), charset="us-ascii", cte="7bit"),
        raw_part(["Content-Type: message/delivery-status"], T("""
            Reporting-MTA: dns; mx.example.test
            Arrival-Date: Mon, 11 May 2026 09:00:02 +0300

            Final-Recipient: rfc822; ville.koski@example.test
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 User unknown
            """)),
        raw_part(["Content-Type: text/rfc822-headers"], orig),
    ], dsn_b, params=" report-type=delivery-status;")
    add("auto-dsn-bounce", message(rcpt=LUMI, frm="Mail Delivery System <MAILER-DAEMON@mx.example.test>",
        frm_addr="MAILER-DAEMON@mx.example.test", subject="Undelivered Mail Returned to Sender",
        date=when(2026, 5, 11, 9, 0, 5), root=dsn, env_from="", extra=("Auto-Submitted: auto-replied",)),
        category="automated", language="en", notes="multipart/report DSN bounce of our own acknowledgement")

    add("auto-list-mail", simple(KATTO, "Rakennusalan Yrittäjät ry", "uutiset@rakennusyrittajat.example.org",
        "Jäsenkirje 4/2026: tietosuoja työmaalla", when(2026, 4, 15, 6, 0), T("""
        Hyvä jäsen,

        Tässä kuussa: miten vastaat, kun asiakas pyytää "poistakaa kaikki tietoni" tai käyttää
        oikeuttaan tulla unohdetuksi? Muista, että kirjanpitoaineisto säilytetään kuitenkin laissa
        säädetyn ajan.

        Lisäksi: työmaiden kulunvalvonta ja kameravalvonta.

        Rakennusalan Yrittäjät ry
        Peru tilaus: https://rakennusyrittajat.example.org/peru
        """), extra=("List-Id: Jasenkirje <jasenkirje.rakennusyrittajat.example.org>",
                     "List-Unsubscribe: <https://rakennusyrittajat.example.org/peru>", "Precedence: list")),
        category="automated", language="fi", notes="association list mail (List-Id) whose article quotes erasure phrases")

    add("auto-helpdesk-ack-sv", simple(PAINO, "Kundtjänst Pappersgrossen", "noreply@pappersgrossen.example.se",
        "[Ärende #58213] Vi har tagit emot ditt ärende", when(2026, 5, 27, 13, 14), T("""
        Hej,

        Tack för ditt meddelande. Vi har tagit emot ditt ärende och återkommer inom två arbetsdagar.
        Svara inte på detta mejl.

        Kundtjänst, Pappersgrossen AB
        """), extra=("Auto-Submitted: auto-generated",)),
        category="automated", language="sv", notes="Swedish helpdesk acknowledgement from noreply")

    mdn_b = "mdn" + token("mdn5", 10)
    mdn = multipart("report", [
        text(T("""
            Tämä on kuittaus viestistä, jonka lähetit vastaanottajalle tilit@asiakas.example.fi.

            Huomautus: tämä kuittaus vahvistaa vain, että viesti näytettiin vastaanottajan koneella.
            """), cte="quoted-printable"),
        raw_part(["Content-Type: message/disposition-notification"], T("""
            Reporting-UA: asiakas.example.fi; Microsoft Outlook 16.0
            Final-Recipient: rfc822;tilit@asiakas.example.fi
            Original-Message-ID: <lasku-2231@jarvisentilit.example.fi>
            Disposition: manual-action/MDN-sent-manually; displayed
            """)),
    ], mdn_b, params=" report-type=disposition-notification;")
    add("auto-read-receipt-fi", message(rcpt=TILI, frm="Tilit <tilit@asiakas.example.fi>",
        frm_addr="tilit@asiakas.example.fi", subject="Luettu: Lasku 2231", date=when(2026, 6, 30, 10, 2),
        root=mdn, extra=(OUTLOOK,)),
        category="automated", language="fi", notes="MDN read receipt in Finnish")

    add("auto-system-notification", simple(LUMI, "CloudBackup", "no-reply@cloudbackup.example.com",
        "Backup job 'crm-nightly' completed with warnings", when(2026, 8, 3, 3, 12), T("""
        Backup job: crm-nightly
        Status: Completed with warnings (2 files skipped)
        Started: 2026-08-03 02:00 UTC
        Finished: 2026-08-03 03:11 UTC

        Skipped: /exports/gdpr/erasure-queue.csv (file locked)

        You are receiving this message because you are an administrator of this account.
        """), charset="us-ascii", cte="7bit", extra=("Auto-Submitted: auto-generated", "Precedence: bulk")),
        category="automated", language="en", notes="system notification mentioning an erasure-queue file")

    # ------------------------------------------------------------------ other
    y2 = new_ytunnus("3012456")
    add("other-sales-quote", simple(KATTO, "Harri Peltonen", "harri.peltonen@taloyhtiohuolto.example.fi",
        "Tarjouspyyntö: peltikaton maalaus", when(2026, 5, 4, 9, 30), T(f"""
        Hei,

        Pyydämme tarjousta As Oy Koivurinteen (3 taloa) peltikattojen pesusta ja maalauksesta kesälle
        2026. Pinta-alat ovat liitteessä, katselmus onnistuu arkisin.

        Harri Peltonen
        Taloyhtiöhuolto Peltonen Oy ({y2})
        p. 0400 781 552
        """)),
        category="other", language="fi", phone="+358400781552", business_id=y2,
        notes="ordinary quote request with phone and Y-tunnus")

    y3 = new_ytunnus("1934872")
    add("other-invoice", simple(TILI, "Toimistotarvike Kallio Oy", "laskutus@toimistokallio.example.fi",
        "Lasku 20260417", when(2026, 4, 17, 8, 0), T(f"""
        Hyvä asiakas,

        Ohessa lasku 20260417.

        Summa: 412,30 EUR (sis. alv 25,5 %)
        Eräpäivä: 1.5.2026
        Viitenumero: 10423 77810
        IBAN: FI21 1234 5600 0007 85

        Toimistotarvike Kallio Oy, Y-tunnus {y3}, ALV-nro FI{y3.replace('-', '')}
        """)),
        category="other", language="fi", business_id=y3, notes="invoice with reference number, IBAN and Y-tunnus + VAT form")

    add("other-support-login", simple(LUMI, "Mark Evans", "mark.evans@example.com",
        "Cannot log in", when(2026, 9, 9, 15, 50), T("""
        Hi,

        Since this morning I get "session expired" right after logging in to the portal. I've cleared
        cookies and tried two browsers. Can you take a look?

        Mark
        """), charset="us-ascii", cte="7bit"),
        category="other", language="en", notes="plain support question")

    add("other-privacy-question", simple(KIVI, "Laura Mustonen", "laura.mustonen@example.fi",
        "Kysymys tietosuojasta", when(2026, 2, 11, 11, 5), T("""
        Hei,

        Olemme harkitsemassa teitä verkkosivu-uudistukseen. Käytättekö itse Google Analyticsia tai muita
        Yhdysvaltoihin siirtäviä työkaluja, ja onko teillä valmis tietojenkäsittelysopimus (DPA)?

        Laura Mustonen
        """)),
        category="other", language="fi", notes="general privacy question about a supplier, no right used")

    add("other-vendor-gdpr-pitch", gmail(LAITE, "Steve Miller", "steve@gdprshield.example.com",
        "Are you ready for your next Data Subject Access Request?", when(2026, 3, 3, 16, 0), T("""
        Hi there,

        Did you know a single unanswered access, erasure or portability request can cost up to 4% of
        turnover? GDPRShield automates the right to be forgotten, rectification and objections in one
        dashboard.

        Book a 15 minute demo this week and get 20% off.

        Steve Miller
        Account Executive, GDPRShield
        """)),
        category="other", language="en", notes="vendor pitch full of DSAR vocabulary")

    add("other-cancel-order", simple(LAITE, "Antti Järvinen", "antti.jarvinen@example.fi",
        "poistakaa tilaus 4502", when(2026, 6, 22, 20, 15), T("""
        Hei

        Tein vahingossa saman tilauksen kahteen kertaan (4501 ja 4502). Poistakaa tilaus 4502, toinen
        saa jäädä voimaan.

        Antti
        """)),
        category="other", language="fi", notes="'poistakaa tilaus' cancels a duplicate order, not erasure")

    y4 = new_ytunnus("2270318")
    add("other-partner-address-change", outlook(PAINO, "Marketta Hiltunen", "marketta.hiltunen@paperitukku.example.fi",
        "Osoitteenmuutos", when(2026, 8, 31, 10, 0), T(f"""
        Hei,

        Paperitukku Hiltunen Oy:n toimipaikka muuttaa 1.10.2026 alkaen osoitteeseen Teollisuuskatu 8,
        20520 Turku. Päivittäkää laskutus- ja toimitusosoitteemme järjestelmiinne.

        Y-tunnus {y4} pysyy ennallaan.

        Terveisin
        Marketta Hiltunen
        Paperitukku Hiltunen Oy
        """)),
        category="other", language="fi", business_id=y4,
        notes="partner updating its company address ('päivittäkää') - company data, not rectification")

    add("other-thank-you", simple(KATTO, "Riitta Honkanen", "riitta.honkanen@example.com",
        "Re: [DSAR-2026-0031] Tietojen poisto", when(2026, 5, 20, 9, 0), T("""
        Kiitos nopeasta hoitamisesta, kaikki selvä!

        Riitta
        """), extra=("In-Reply-To: <dsar-2026-0031-done@kattopojat.example.fi>",)),
        category="other", language="fi", notes="thank-you after a completed erasure case")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
