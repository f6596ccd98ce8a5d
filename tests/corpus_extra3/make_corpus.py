#!/usr/bin/env python3
"""Generate a third independent, labelled corpus (corpus_extra3) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a different author, from situations rather than keywords: a former employee asking for personnel
data, an annoyed SMS-marketing recipient, a lawyer writing for a client, a request hidden in a support ticket,
Ostrobothnian Swedish, an expat's English with Finnish words, German and Estonian; automated mail without the
usual "out of office" words; and hard negatives (a company removing its own listing, a court summons, a
"do I have to give my henkilötunnus?" question).  The MIME helpers and the validator are shared (tests/corpus_kit.py); the mail texts are new.  Everything is invented; mail domains are under
example.fi / example.com / example.se / example.org / .test; IP addresses come from documentation ranges.

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
# the corpus
# ---------------------------------------------------------------------------
def build() -> None:
    # ------------------------------------------------------------------ requests, Finnish (11)
    h1 = new_hetu("150385", "Y", "238")
    body = T(f"""
        Hei,

        olin töissä teillä asentajana 2019–2023 (työsuhde päättyi maaliskuussa 2023). Haen nyt uutta
        työpaikkaa ja haluaisin saada kopion kaikista minua koskevista henkilöstötiedoista, joita teillä
        on vielä tallessa: työsopimus, palkkatiedot, työvuorolistat, työterveyteen liittyvät merkinnät ja
        mahdolliset esimiesten muistiinpanot tai arvioinnit.

        Tunnistamista varten henkilötunnukseni on {h1}.

        Vastauksen voi lähettää tähän sähköpostiin, tai soittakaa 045 612 3398.

        Terveisin
        Ville Räsänen
        """)
    add("fi-former-employee-personnel-data",
        message(rcpt=KATTO, frm=mailbox("Ville Räsänen", "ville.rasanen@example.com"),
                frm_addr="ville.rasanen@example.com", subject="Entisen työntekijän tietopyyntö",
                date=when(2025, 9, 2, 19, 12), root=text(body, cte="quoted-printable"), extra=[TB]),
        category="request", kinds=["access"], language="fi", requester_email="ville.rasanen@example.com",
        requester_name="Ville Räsänen", phone="+358456123398", hetu=h1,
        notes="Former employee wants a copy of personnel records; no 'tarkastus' word; hetu with the 2023 century sign Y.")

    body = T("""
        Taas tuli teiltä tekstari "Syyskampanja! Huoltotarkastus -20 %" numeroon 044 871 2290.
        En ole koskaan antanut lupaa tällaiseen ja olen pyytänyt jo kerran puhelimessa että lopetatte.
        Nyt loppuu tämä. Ei enää mitään mainoksia, ei tekstiviestejä eikä sähköposteja.

        Jos tulee vielä yksikin niin teen valituksen.

        - Pirjo Haapala
        """)
    add("fi-annoyed-marketing-sms",
        message(rcpt=LAITE, frm=mailbox("Pirjo Haapala", "pirjo.haapala@example.fi"),
                frm_addr="pirjo.haapala@example.fi", subject="TEKSTIVIESTIT", date=when(2025, 10, 7, 7, 48),
                root=text(body), extra=[IPHONE]),
        category="request", kinds=["objection"], language="fi", requester_email="pirjo.haapala@example.fi",
        requester_name="Pirjo Haapala", phone="+358448712290",
        notes="Angry marketing objection about an SMS campaign; no legal or 'markkinointi' words, shouty subject.")

    h3 = new_hetu("030778", "-", "412")
    y3 = new_ytunnus("2718282")
    body = T(f"""
        Arvoisa vastaanottaja

        Edustan tässä asiassa päämiestäni Jouni Kettusta (henkilötunnus {h3}), jonka valtakirja on
        liitteenä.

        Päämieheni pyytää EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla saada jäljennöksen kaikista
        häntä koskevista henkilötiedoista, joita Järvisen Tilitoimisto Oy käsittelee, sekä tiedon siitä,
        kenelle tietoja on luovutettu. Lisäksi hän vaatii 17 artiklan nojalla poistamaan ne tiedot, joiden
        säilyttämiselle ei ole lakisääteistä perustetta, koska toimeksiantosuhde on päättynyt.

        Pyydän toimittamaan vastauksen allekirjoittaneelle.

        Kunnioittavasti

        Hanna Salo
        asianajaja, varatuomari
        Asianajotoimisto Koivisto & Salo Oy
        Y-tunnus {y3}
        puh. 09 612 4470
        """)
    root = multipart("mixed", [text(body, cte="quoted-printable"),
                               attachment(fake_pdf("valtakirja"), "application/pdf", "valtakirja_Kettunen.pdf")],
                     "----=_Part_88213_1177")
    add("fi-lawyer-for-client-access-erasure",
        message(rcpt=TILI, frm=mailbox("Asianajotoimisto Koivisto & Salo", "toimisto@koivistosalo.example.fi"),
                frm_addr="toimisto@koivistosalo.example.fi",
                reply_to=mailbox("Hanna Salo", "hanna.salo@koivistosalo.example.fi"),
                subject="Päämieheni Jouni Kettusen tietopyyntö ja poistovaatimus", date=when(2025, 8, 19, 10, 3),
                root=root, extra=[OUTLOOK]),
        category="request", kinds=["access", "erasure"], language="fi",
        requester_email="hanna.salo@koivistosalo.example.fi", requester_name="Hanna Salo", phone="+35896124470",
        hetu=h3, business_id=y3,
        notes="Lawyer writes for a client from the firm's shared box; Reply-To is the lawyer; hetu is the client's, Y-tunnus the firm's.")

    body = T("""
        Moi

        Mulle soitti joku markkinointifirma ja tiesi että olen vuokrannut teiltä minikaivurin viime kesänä.
        Mistä ne sen tietää? Haluaisin tietää mitä te teette mun tiedoilla ja kenelle olette niitä antaneet
        tai myyneet. Ja mitä kaikkea musta ylipäätään on teidän järjestelmissä.

        t. Antti Leinonen
        """)
    add("fi-what-do-you-do-who-received",
        message(rcpt=LAITE, frm=mailbox("Antti Leinonen", "antti.leinonen@example.org"),
                frm_addr="antti.leinonen@example.org", subject="mun tiedot?", date=when(2025, 6, 11, 21, 37),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body), "html", cte="quoted-printable")],
                               "000000000000a1b2c3d4e5f60718"), extra=[GMAIL_UA]),
        category="request", kinds=["access"], language="fi", requester_email="antti.leinonen@example.org",
        requester_name="Antti Leinonen",
        notes="Colloquial: what do you do with my data and who did you give it to; triggered by a third party's call.")

    body = T("""
        Uusi tukipyyntö verkkolomakkeelta

        Nimi: Eveliina Koskela
        Sähköposti: eveliina.koskela@example.com
        Yritys: Koskelan Kukka ja Sidonta
        Aihe: Laskun PDF ei aukea

        Viesti:
        Hei, syyskuun laskun PDF-linkki antaa virheen 404 kun sitä yrittää avata sähköpostista. Saisinko laskun
        jotain muuta kautta? Kirjanpitäjä odottaa sitä.

        Ja btw, meillä on teillä vielä se vanha käyttäjätili eveliina.k@example.org -osoitteella vuodelta 2021,
        voitteko poistaa sen ja sen tiedot kokonaan, en käytä sitä enää.

        Kiitos!
        """)
    add("fi-support-ticket-btw-delete-old-account",
        message(rcpt=LUMI, frm=mailbox("Lumivalo tukilomake", "noreply@lumivalo.example.fi"),
                frm_addr="noreply@lumivalo.example.fi",
                reply_to=mailbox("Eveliina Koskela", "eveliina.koskela@example.com"),
                subject="[Tuki #48213] Laskun PDF ei aukea", date=when(2025, 10, 14, 13, 20),
                root=text(body), relay="web01.lumivalo.example.fi", ip="198.51.100.44"),
        category="request", kinds=["erasure"], language="fi", requester_email="eveliina.koskela@example.com",
        requester_name="Eveliina Koskela",
        notes="Erasure of an old account hidden after an invoice support question in a form relay; a second address in the text is not the reply address.")

    body = T("""
        Hyvä Saariston Painotalo,

        sain teiltä tänään asiakaskirjeen, jossa nimeni on "Marjatta Pääkönen". Oikea nimeni on Marjatta
        Pääkkönen, kahdella k:lla. Sama virhe on ollut laskuissanne jo pitkään. Oikaiskaa nimeni, se on
        kirjoitettu väärin asiakasrekisterissänne.

        Ystävällisesti
        Marjatta Pääkkönen
        """)
    add("fi-rectify-misspelled-name",
        message(rcpt=PAINO, frm=mailbox("Marjatta Pääkkönen", "m.paakkonen@example.fi", "iso-8859-1"),
                frm_addr="m.paakkonen@example.fi", subject="Nimeni on väärin", subject_charset="iso-8859-1",
                date=when(2025, 4, 23, 11, 5),
                root=text(outlook_html(body, "iso-8859-1"), "html", charset="iso-8859-1",
                          cte="quoted-printable"), extra=[OUTLOOK]),
        category="request", kinds=["rectification"], language="fi", requester_email="m.paakkonen@example.fi",
        requester_name="Marjatta Pääkkönen",
        notes="Name rectification; the wrong spelling is also in the text; HTML-only Outlook ISO-8859-1 QP.")

    body = T("""
        Hei

        Olen teidän asiakkaanne (asiakasnumero 20417). Haluan kieltää tietojeni käytön markkinointiin,
        sekä sähköpostissa että puhelimitse. Palvelut saavat toimia kuten ennenkin ja laskut tulla normaalisti.

        Terveisin
        Kari Nurmi
        p. 050 448 1902
        """)
    add("fi-kielto-markkinointiin",
        message(rcpt=KATTO, frm=mailbox("Kari Nurmi", "kari.nurmi@example.fi"), frm_addr="kari.nurmi@example.fi",
                subject="Markkinointikielto", date=when(2025, 3, 3, 9, 41), root=text(body, cte="8bit")),
        category="request", kinds=["objection"], language="fi", requester_email="kari.nurmi@example.fi",
        requester_name="Kari Nurmi", phone="+358504481902",
        notes="Plain marketing ban ('kieltää tietojeni käytön markkinointiin') that explicitly keeps the customer relationship.")

    body = T("""
        Hei,

        olette lähettäneet minulle perintäkirjeen vuokrasopimuksesta nro 2025-0611, jota en ole tehnyt.
        Sopimuksessa on minun nimeni mutta väärä osoite ja puhelinnumero, epäilen että joku on käyttänyt
        henkilöllisyyttäni. Olen tehnyt asiasta rikosilmoituksen.

        Rajoittakaa tietojeni käsittelyä kunnes asia on selvitetty. Ette saa siirtää tietojani
        perintätoimistolle tai muuallekaan sinä aikana. Tietoja ei kuitenkaan saa poistaa, koska tarvitsen
        niitä selvittelyssä.

        Sirpa Kallio
        Kempele
        """)
    add("fi-restriction-until-resolved",
        message(rcpt=LAITE, frm=mailbox("Sirpa Kallio", "sirpa.kallio@example.com"),
                frm_addr="sirpa.kallio@example.com", subject="Vuokrasopimus 2025-0611 ei ole minun",
                date=when(2025, 5, 28, 16, 55), root=text(body, cte="base64")),
        category="request", kinds=["restriction"], language="fi", requester_email="sirpa.kallio@example.com",
        requester_name="Sirpa Kallio",
        notes="Identity-theft dispute: restrict processing until resolved and explicitly do not delete; base64 body.")

    y9 = new_ytunnus("3141593")
    body = T(f"""
        Hei Järvisen tilitoimisto,

        siirrän toiminimeni kirjanpidon vuoden vaihteessa Tilipalvelu Aalto Oy:lle. Pyydän, että toimitatte
        kaikki antamani tiedot (asiakastiedot, tositteet ja pääkirjat 2022–2025) koneluettavassa muodossa,
        mieluiten CSV tai SIE, suoraan uudelle tilitoimistolle osoitteeseen aineistot@tilipalveluaalto.example.fi.
        Kun siirto on tehty, poistakaa minun tietoni teiltä siltä osin kuin laki sen sallii.

        Toiminimi Tuomas Heikkilä, Y-tunnus {y9}

        Terveisin
        Tuomas Heikkilä
        040 339 7156
        """)
    add("fi-portability-to-competitor",
        message(rcpt=TILI, frm=mailbox("Tuomas Heikkilä", "tuomas@heikkilapalvelu.example.fi"),
                frm_addr="tuomas@heikkilapalvelu.example.fi", subject="Kirjanpidon siirto toiselle tilitoimistolle",
                date=when(2025, 11, 20, 8, 15),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(outlook_html(body, "utf-8"), "html", cte="quoted-printable")],
                               "_000_HE1P190MB0417_"), extra=[OUTLOOK]),
        category="request", kinds=["erasure", "portability"], language="fi",
        requester_email="tuomas@heikkilapalvelu.example.fi", requester_name="Tuomas Heikkilä",
        phone="+358403397156", business_id=y9,
        notes="Sole trader moving to a competitor: machine-readable transfer to another controller, then erasure; the new firm's address is not the requester.")

    body = T("""
        Lomakkeen lähettäjä: Yhteydenotto
        ---
        Nimi: Raili Toivonen
        Sähköposti: raili.toivonen@example.org
        Puhelin: 0400 918 227
        Aihe: Muu asia

        Viesti:
        Hei, muutin keväällä Nokialta Kangasalle ja huomasin että teidän kattohuoltomuistutukset tulevat
        edelleen vanhaan osoitteeseen. Päivittäkää osoitteeksi Rantatie 8 B 12, 36200 Kangasala. Samalla
        haluaisin nähdä mitä muuta minusta on teidän asiakastiedoissa.
        ---
        Lähetetty sivulta https://kattopojat.example.fi/yhteystiedot
        """)
    add("fi-webform-update-address-and-see",
        message(rcpt=KATTO, frm=mailbox("Kattopojat", "wordpress@kattopojat.example.fi"),
                frm_addr="wordpress@kattopojat.example.fi", subject="Uusi yhteydenotto: Muu asia",
                date=when(2025, 7, 1, 12, 2), root=text(body), relay="www.kattopojat.example.fi",
                ip="203.0.113.80", extra=["X-Mailer: PHPMailer 6.9.1"]),
        category="request", kinds=["access", "rectification"], language="fi",
        requester_email="raili.toivonen@example.org", requester_name="Raili Toivonen", phone="+358400918227",
        notes="WordPress form without Reply-To: the e-mail field is the reply address; address update plus a soft access wish.")

    body = T("""
        poistakaa mun tiedot teidan asiakasrekisterista, en oo ollu asiakas vuosiin enka halua etta
        mun tietoja pyorii missaan. kiitti

        Lähetetty Android-puhelimesta
        """)
    add("fi-mobile-one-liner-erasure",
        message(rcpt=KIVI, frm=mailbox("Jarkko Tuominen", "jarkko.tuominen88@example.com"),
                frm_addr="jarkko.tuominen88@example.com", subject=None, date=when(2025, 12, 30, 23, 48),
                root=text(body), extra=[ANDROID_UA]),
        category="request", kinds=["erasure"], language="fi", requester_email="jarkko.tuominen88@example.com",
        requester_name="Jarkko Tuominen",
        notes="No subject, no umlauts, no signature: the name comes only from the From display name.")

    # ------------------------------------------------------------------ requests, Swedish (5)
    body = T("""
        Hej!

        Jag har köpt tryck av er för vår förening i Jakobstad några gånger. Nu fick jag ett brev från ett
        annat tryckeri som verkar veta allt om oss. Jag vill veta vilka uppgifter ni har om mig och om ni har
        gett dem åt någon annan. Skicka åt mig ett registerutdrag per e-post.

        Med vänlig hälsning
        Ulla-Maj Backman
        tfn 050 377 6140
        """)
    add("sv-ostrobothnia-registerutdrag",
        message(rcpt=PAINO, frm=mailbox("Ulla-Maj Backman", "ullamaj.backman@example.fi"),
                frm_addr="ullamaj.backman@example.fi", subject="Mina uppgifter", date=when(2025, 2, 12, 14, 30),
                root=text(body, cte="quoted-printable"), extra=[TB]),
        category="request", kinds=["access"], language="sv", requester_email="ullamaj.backman@example.fi",
        requester_name="Ulla-Maj Backman", phone="+358503776140",
        notes="Finland-Swedish from Ostrobothnia ('skicka åt mig', 'registerutdrag'); access including recipients.")

    body = T("""
        Hej,

        varje vecka kommer det nya erbjudanden från er både per e-post och per post. Jag vill inte ha någon
        reklam mera. Ta bort mig från alla era utskickslistor, tack.

        Holger Sjöberg
        Pargas
        """)
    add("sv-no-more-reklam",
        message(rcpt=PAINO, frm=mailbox("Holger Sjöberg", "holger.sjoberg@example.fi", "iso-8859-1"),
                frm_addr="holger.sjoberg@example.fi", subject="Reklam", date=when(2025, 1, 20, 10, 11),
                root=text(body, charset="iso-8859-1", cte="8bit")),
        category="request", kinds=["objection"], language="sv", requester_email="holger.sjoberg@example.fi",
        requester_name="Holger Sjöberg",
        notes="'Ta bort mig från utskickslistor' is objection, not erasure; ISO-8859-1 8bit.")

    body = T("""
        Hej

        Jag hade ett testkonto hos er 2023 när vi utvärderade bokningssystem för vår frisörsalong i Malmö.
        Vi valde ett annat system. Jag begär att ni raderar mitt konto och alla personuppgifter om mig enligt
        artikel 17 i GDPR, och att ni bekräftar raderingen skriftligt.

        Vänliga hälsningar
        Johanna Lindqvist
        070-318 44 25
        """)
    add("sv-sweden-radera-testkonto",
        message(rcpt=LUMI, frm=mailbox("Johanna Lindqvist", "johanna.lindqvist@example.se"),
                frm_addr="johanna.lindqvist@example.se", subject="Radering av konto",
                date=when(2025, 3, 18, 15, 0, utc_offset=1),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body), "html", cte="quoted-printable")],
                               "0000000000009f8e7d6c5b4a3921"), extra=[GMAIL_UA]),
        category="request", kinds=["erasure"], language="sv", requester_email="johanna.lindqvist@example.se",
        requester_name="Johanna Lindqvist", phone="+46703184425",
        notes="Sweden-Swedish erasure of a trial account; Swedish mobile without +46.")

    h15 = new_hetu("210604", "B", "116")
    body = T(f"""
        Hej,

        min efternamn har ändrats från Nyström till Wikström när jag gifte mig i somras, och min nya adress är
        Handelsesplanaden 5 A 3, 65100 Vasa. Kan ni rätta mina uppgifter i ert kundregister? Min
        personbeteckning är {h15.lower()} om ni behöver den för att hitta mig.

        Tack på förhand!
        Emilia Wikström
        """)
    add("sv-rattelse-name-address-hetu",
        message(rcpt=LAITE, frm=mailbox("Emilia Wikström", "emilia.wikstrom@example.com"),
                frm_addr="emilia.wikstrom@example.com", subject="Rättelse av uppgifter",
                date=when(2025, 9, 9, 18, 22), root=text(body, cte="8bit"), extra=[IPHONE]),
        category="request", kinds=["rectification"], language="sv", requester_email="emilia.wikstrom@example.com",
        requester_name="Emilia Wikström", hetu=h15,
        notes="Finland-Swedish rectification of surname and address; hetu in lower case with the 2023 century sign B.")

    body = T("""
        Hej,

        jag har reklamerat fakturan för banderollerna (order 77310) eftersom den är fel. Tills reklamationen
        är avgjord vill jag att ni begränsar behandlingen av mina uppgifter och inte skickar dem till något
        inkassobolag. Skicka mig också en kopia av de uppgifter ni har om mig i ärendet.

        Med vänliga hälsningar
        Mikael Granholm
        Granholms Snickeri
        """)
    add("sv-begransning-plus-copy-outlook-1252",
        message(rcpt=PAINO, frm=mailbox("Granholm, Mikael", "mikael@granholmsnickeri.example.fi", "windows-1252"),
                frm_addr="mikael@granholmsnickeri.example.fi", subject="Order 77310 – begränsning",
                subject_charset="windows-1252", date=when(2025, 11, 3, 8, 59),
                root=text(outlook_html(body, "windows-1252", "SV"), "html", charset="windows-1252",
                          cte="quoted-printable"), extra=[OUTLOOK]),
        category="request", kinds=["access", "restriction"], language="sv",
        requester_email="mikael@granholmsnickeri.example.fi", requester_name="Mikael Granholm",
        notes="Restriction during an invoice dispute plus a copy; 'Surname, Firstname' display name; HTML-only cp1252.")

    # ------------------------------------------------------------------ requests, English (4)
    body = T("""
        Hei hei,

        I'm an expat living in Espoo and my Finnish is still pretty bad, sorry for writing in English. I got a
        kirje from you last week about a "huoltosopimus" I never signed, addressed to my old osoite in Kalajärvi.
        I would like to know what tiedot you have about me, and after that please delete everything, I'm not
        your asiakas and never was.

        Kiitos!
        Daniel O'Connor
        +358 44 902 1178
        """)
    add("en-expat-finnish-words",
        message(rcpt=KATTO, frm=mailbox("Daniel O'Connor", "dan.oconnor@example.com"),
                frm_addr="dan.oconnor@example.com", subject="Letter about huoltosopimus",
                date=when(2025, 5, 6, 20, 44), root=text(body, charset="utf-8")),
        category="request", kinds=["access", "erasure"], language="en", requester_email="dan.oconnor@example.com",
        requester_name="Daniel O'Connor", phone="+358449021178",
        notes="English with Finnish words mixed in (kirje, tiedot, asiakas); access then erasure; greeting 'Hei hei'.")

    body = T("""
        Hello,

        I keep receiving your newsletter at this address, which I only ever used for one conference in
        Tampere. I never signed up for anything from you. Where did you get my email address, and what else
        do you hold about me?

        Regards,
        Priya Raman
        """)
    add("en-where-did-you-get-my-address",
        message(rcpt=KIVI, frm=mailbox("Priya Raman", "priya.raman@example.org"), frm_addr="priya.raman@example.org",
                subject="Where did you get my email?", date=when(2025, 4, 2, 9, 17, utc_offset=1),
                root=multipart("alternative", [text(body, charset="us-ascii", cte="7bit"),
                                               text(light_html(body), "html", charset="us-ascii", cte="7bit")],
                               "b1_7d1e9a2c")),
        category="request", kinds=["access"], language="en", requester_email="priya.raman@example.org",
        requester_name="Priya Raman",
        notes="Asking where the address came from and what is held is access; no explicit unsubscribe wish.")

    body = T("""
        Dear Sir or Madam,

        Under Article 17 of the General Data Protection Regulation I request the erasure of all personal data
        relating to me that Lumivalo Ohjelmistot Oy holds, including backups once they rotate. I used your
        scheduling app while working for a Finnish subsidiary in 2022-2024 and have since left that company.

        Please confirm in writing within one month.

        Yours faithfully,
        Oliver Bennett
        Mobile: 07700 900471
        """)
    add("en-uk-formal-erasure",
        message(rcpt=LUMI, frm=mailbox("Oliver Bennett", "oliver.bennett@example.com"),
                frm_addr="oliver.bennett@example.com", subject="Erasure request (Art. 17 GDPR)",
                date=when(2025, 7, 22, 11, 30, utc_offset=1), root=text(body, charset="us-ascii", cte="7bit")),
        category="request", kinds=["erasure"], language="en", requester_email="oliver.bennett@example.com",
        requester_name="Oliver Bennett", phone="+447700900471",
        notes="Formal UK English erasure letter; UK mobile in national form must become +44.")

    body = T("""
        Hi,

        Your sales guy Mikko has called me four times this month about website redesign, and I get your
        "Digital tips" emails too. I run a one-person consultancy and never asked for any of this. I object to
        you using my details for direct marketing. Please make sure nobody calls me again.

        Thanks,
        Sofia Marchetti
        Marchetti Consulting
        """)
    add("en-object-cold-calls",
        message(rcpt=KIVI, frm=mailbox("Sofia Marchetti", "sofia@marchetticonsulting.example.com"),
                frm_addr="sofia@marchetticonsulting.example.com", subject="Stop calling me",
                date=when(2025, 10, 28, 15, 5), root=text(body, charset="utf-8", cte="7bit"),
                extra=[OUTLOOK_MAC]),
        category="request", kinds=["objection"], language="en",
        requester_email="sofia@marchetticonsulting.example.com", requester_name="Sofia Marchetti",
        notes="Objection to cold calls and marketing mail from a one-person business (still personal data).")

    # ------------------------------------------------------------------ requests, German and Estonian
    body = T("""
        Sehr geehrte Damen und Herren,

        im Februar habe ich bei Ihnen in Oulu einen Motorschlitten für eine Woche gemietet. Hiermit bitte ich
        gemäß Art. 15 DSGVO um Auskunft darüber, welche personenbezogenen Daten Sie über mich gespeichert
        haben, zu welchem Zweck und an wen sie weitergegeben wurden. Bitte senden Sie mir eine Kopie.

        Mit freundlichen Grüßen
        Stefan Hübner
        Tel. 0151 4478 2290
        """)
    add("de-auskunft-snowmobile-rental",
        message(rcpt=LAITE, frm=mailbox("Stefan Hübner", "stefan.huebner@example.com"),
                frm_addr="stefan.huebner@example.com", subject="Auskunftsersuchen nach Art. 15 DSGVO",
                date=when(2025, 3, 24, 17, 40, utc_offset=1), root=text(body, cte="quoted-printable")),
        category="request", kinds=["access"], language="de", requester_email="stefan.huebner@example.com",
        requester_name="Stefan Hübner", phone="+4915144782290",
        notes="German access request; German mobile without +49.")

    body = T("""
        Tere,

        töötasin suvel 2024 teie juures hooajatöötajana katusetöödel. Palun kustutage kõik minu isikuandmed
        oma süsteemidest, välja arvatud need, mida seadus nõuab säilitada.

        Lugupidamisega
        Kadri Tamm
        +372 5341 2876
        """)
    add("et-kustutamine-seasonal-worker",
        message(rcpt=KATTO, frm=mailbox("Kadri Tamm", "kadri.tamm@example.com"), frm_addr="kadri.tamm@example.com",
                subject="Isikuandmete kustutamine", date=when(2025, 1, 8, 10, 0),
                root=text(body, cte="base64")),
        category="request", kinds=["erasure"], language="et", requester_email="kadri.tamm@example.com",
        requester_name="Kadri Tamm", phone="+37253412876",
        notes="Estonian erasure request from a former seasonal worker; base64 body.")

    # ------------------------------------------------------------------ automated (8)
    body = T("""
        Tämä on automaattinen vastaus.

        Luen sähköpostiani harvakseltaan 14.7.–1.8. välisenä aikana. Viestisi on tallessa ja palaan siihen
        elokuussa. Kiireellisissä työmaa-asioissa soita työnjohtaja Eija Mäkelälle, 040 765 4321.

        Juha Rantanen
        Rakennusliike Rantanen
        """)
    add("auto-fi-automaattinen-vastaus-no-headers",
        message(rcpt=KATTO, frm=mailbox("Juha Rantanen", "juha@rantasenrakennus.example.fi"),
                frm_addr="juha@rantasenrakennus.example.fi", subject="Re: Tarjous aluskatteen uusimisesta",
                date=when(2025, 7, 16, 8, 2), root=text(body)),
        category="automated", language="fi", phone="+358407654321",
        notes="Auto-reply recognisable only from 'Tämä on automaattinen vastaus': no Auto-Submitted/X-Autoreply, Re: subject, no lomalla words.")

    orig = T("""
        Hej Elin,

        vi bekräftar att era uppgifter har raderats ur vårt kundregister enligt er begäran.

        Med vänliga hälsningar
        Saariston Painotalo
        """)
    body = T("""
        Tack för ditt meddelande. Detta svar skickas automatiskt.

        Jag är föräldraledig till och med 31.3.2026. Ditt meddelande vidarebefordras inte. I brådskande
        ärenden, kontakta vår växel.

        Elin Söderholm
        """) + "\n" + quote_lines(orig)
    add("auto-sv-autosvar-quotes-radering",
        message(rcpt=PAINO, frm=mailbox("Elin Söderholm", "elin.soderholm@example.fi"),
                frm_addr="elin.soderholm@example.fi", subject="Automatiskt svar: Er begäran om radering",
                date=when(2025, 10, 2, 9, 45), root=text(body, cte="quoted-printable"),
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]),
        category="automated", language="sv",
        notes="Swedish parental-leave auto-reply quoting our erasure confirmation; no 'frånvaro' word.")

    orig = T("""
        Hei Sanna,

        kiitos tietopyynnöstänne. Liitteenä on ote asiakasrekisteristämme.

        Ystävällisin terveisin
        Kattopojat Oy
        """)
    body = T("""
        Tämä on postipalvelimen mail.kattopojat.example.fi automaattinen ilmoitus.

        Viestiäsi ei valitettavasti voitu toimittaa yhdelle tai useammalle vastaanottajalle.
        Virhe on pysyvä, eikä viestiä yritetä lähettää uudelleen.

        <sanna.virta@vanhaosoite.example.com>: vastaanottajan postilaatikkoa ei ole olemassa
            (palvelimen vastaus: 550 5.1.1 User unknown)

        ------ Palautetun viestin alku ------

        From: Kattopojat Oy <info@kattopojat.example.fi>
        To: sanna.virta@vanhaosoite.example.com
        Subject: Re: Tietopyyntö

        """) + orig
    add("auto-fi-mailer-daemon-bounce",
        message(rcpt=KATTO, frm=mailbox("Postipalvelin", "MAILER-DAEMON@mail.kattopojat.example.fi"),
                frm_addr="MAILER-DAEMON@mail.kattopojat.example.fi",
                subject="Palautettu viesti: toimitus epäonnistui", env_from="", date=when(2025, 6, 3, 10, 12),
                root=text(body, cte="8bit")),
        category="automated", language="fi",
        notes="Plain Finnish bounce without multipart/report; the returned message is our reply to a 'tietopyyntö'.")

    y26 = new_ytunnus("0912345")
    body = T(f"""
        Sinulle on saapunut uusi e-lasku

        Laskuttaja: Pirkanmaan Rautatarvike Oy
        Y-tunnus: {y26}
        Laskun numero: 300418
        Eräpäivä: 14.11.2025
        Summa: 2 418,60 EUR

        Voit tarkastella ja hyväksyä laskun verkkolaskupalvelussa. Tähän viestiin ei voi vastata.

        Verkkolaskupalvelu
        """)
    add("auto-fi-new-e-invoice-notification",
        message(rcpt=KATTO, frm=mailbox("Verkkolaskupalvelu", "noreply@verkkolasku.example.com"),
                frm_addr="noreply@verkkolasku.example.com", subject="Uusi e-lasku: Pirkanmaan Rautatarvike Oy",
                date=when(2025, 10, 31, 4, 10),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body, "<div>"), "html", cte="quoted-printable")],
                               "=_einv_7731a"),
                extra=["Auto-Submitted: auto-generated"]),
        category="automated", language="fi", business_id=y26,
        notes="E-invoice arrival notification from a no-reply service; the biller's Y-tunnus counts literally; 'tarkastella'.")

    body = T("""
        Lumivalo Ohjelmistot Oy, your page had a good week

        You appeared in 23 searches this week.
        14 people viewed your page, including a recruiter from a software company in Tampere.
        Niina Mäki and 3 others started following your page.

        See all analytics: https://connect.example.com/company/lumivalo/analytics

        You are receiving notifications because you are an admin of this page.
        Unsubscribe: https://connect.example.com/settings/notifications
        """)
    add("auto-en-network-weekly-notification",
        message(rcpt=LUMI, frm=mailbox("Connect", "notifications-noreply@connect.example.com"),
                frm_addr="notifications-noreply@connect.example.com",
                subject="Lumivalo Ohjelmistot Oy, your page had a good week", date=when(2025, 9, 15, 6, 30, utc_offset=0),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body, "<table><tr><td>"), "html",
                                                    cte="quoted-printable")],
                               "----=_Part_5521_connect"),
                extra=["List-Unsubscribe: <https://connect.example.com/settings/notifications>",
                       "X-Notification-Type: page-weekly"]),
        category="automated", language="en",
        notes="LinkedIn-style weekly page notification: List-Unsubscribe, no Precedence header, a person's name in the text.")

    ics = T("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4
        SUMMARY:Katselmointi / Laineen omakotitalo
        DTSTART;TZID=FLE Standard Time:20251112T090000
        DTEND;TZID=FLE Standard Time:20251112T100000
        STATUS:CANCELLED
        ORGANIZER;CN=Mika Laine:mailto:mika.laine@example.fi
        SEQUENCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    body = T("""
        Peruttu: Katselmointi / Laineen omakotitalo

        Milloin: keskiviikkona 12. marraskuuta 2025 9.00–10.00 (UTC+02:00) Helsinki
        Missä: Kuusikuja 4, Pirkkala

        Järjestäjä on perunut tämän tapahtuman.
        """)
    add("auto-fi-calendar-cancellation",
        message(rcpt=KATTO, frm=mailbox("Mika Laine", "mika.laine@example.fi"), frm_addr="mika.laine@example.fi",
                subject="Peruttu: Katselmointi / Laineen omakotitalo", date=when(2025, 11, 10, 17, 3),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(ics, "calendar", cte="8bit", params="; method=CANCEL")],
                               "_002_cal_cancel_"), extra=[OUTLOOK]),
        category="automated", language="fi",
        notes="Calendar cancellation (text/calendar METHOD:CANCEL) sent by a person's Outlook, not a request.")

    body = T("""
        You have missed activity in Microsoft Teams

        Kattopojat / Toimisto
          Anu Peltonen: Voisiko joku poistaa asiakkaan Virtasen tiedot CRM:stä? Hän pyysi sitä puhelimessa.
          Tero Lahti: Katson huomenna.

        Kattopojat / Työmaat
          Eija Mäkelä: Pirkkalan katto valmis, kuvat kansiossa.

        Open Microsoft Teams to reply.
        You're receiving this email because you have missed activity notifications turned on.
        """)
    add("auto-en-teams-missed-activity-digest",
        message(rcpt=KATTO, frm=mailbox("Microsoft Teams", "noreply@email.teams.example.com"),
                frm_addr="noreply@email.teams.example.com",
                subject="You have 3 unread messages in Teams", date=when(2025, 8, 27, 18, 0, utc_offset=0),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body, "<div class='digest'>"), "html",
                                                    cte="quoted-printable")],
                               "--==_teams_digest_42"),
                extra=["Auto-Submitted: auto-generated", "X-MS-Exchange-Organization-AuthAs: Anonymous"]),
        category="automated", language="en",
        notes="Teams digest whose chat snippet is a colleague asking to delete a customer's data; the frame is English.")

    body = T("""
        You have been unsubscribed

        The address info@kivikangas.example.fi will no longer receive "Nordic Print & Web Supplies – Monthly
        Offers". If this was a mistake, you can resubscribe at any time.

        This message was sent by MailPilot on behalf of Nordic Print & Web Supplies AB.
        Please do not reply to this email.
        """)
    add("auto-en-unsubscribe-confirmation-third-party",
        message(rcpt=KIVI, frm=mailbox("Nordic Print & Web Supplies", "no-reply@mailpilot.example.com"),
                frm_addr="no-reply@mailpilot.example.com", subject="You have been unsubscribed",
                date=when(2025, 2, 27, 12, 44, utc_offset=1),
                root=text(body, cte="quoted-printable"),
                extra=["Precedence: bulk", "X-MailPilot-Campaign: unsub-confirm"]),
        category="automated", language="en",
        notes="Third-party list service confirms info@'s own unsubscribe: machine-sent, so automated despite 'unsubscribed'.")

    # ------------------------------------------------------------------ other (10)
    body = T("""
        Hei,

        tarvitsisimme tarjouksen rivitaloyhtiön peltikaton uusimisesta, 3 taloa, yhteensä n. 620 m².
        Katot ovat vuodelta 1986. Urakka voisi olla kesällä 2026. Voitteko tulla katsomaan kohteen?

        Terveisin
        Leena Aaltonen
        As Oy Tampereen Koivurinne, hallituksen pj
        puh. 040 552 8130
        """)
    add("other-fi-roof-quote",
        message(rcpt=KATTO, frm=mailbox("Leena Aaltonen", "leena.aaltonen@example.fi"),
                frm_addr="leena.aaltonen@example.fi", subject="Tarjouspyyntö: peltikaton uusiminen",
                date=when(2025, 9, 30, 13, 14), root=text(body, cte="quoted-printable")),
        category="other", language="fi", phone="+358405528130",
        notes="Ordinary quote request from a housing company with a phone.")

    y32 = new_ytunnus("2468135")
    body = T(f"""
        Hyvä asiakkaamme,

        raaka-aineiden ja kuljetusten kallistumisen vuoksi päivitämme hinnastomme 1.1.2026 alkaen.
        Offset-paperien hinnat nousevat keskimäärin 4,5 % ja päällystettyjen kartonkien 6 %.
        Uusi hinnasto on liitteenä. Voimassa olevat tilausvahvistukset toimitetaan vanhoin hinnoin.

        Ystävällisin terveisin
        Paperitukku Lindroos Oy
        Y-tunnus {y32}
        myynti@lindroos.example.fi
        """)
    root = multipart("mixed", [text(body, cte="quoted-printable"),
                               attachment(fake_pdf("hinnasto 2026"), "application/pdf", "hinnasto_2026.pdf")],
                     "==lindroos_price_2026")
    add("other-fi-supplier-price-update",
        message(rcpt=PAINO, frm=mailbox("Paperitukku Lindroos Oy", "myynti@lindroos.example.fi"),
                frm_addr="myynti@lindroos.example.fi", subject="Hinnastomuutos 1.1.2026",
                date=when(2025, 11, 25, 10, 0), root=root, extra=[OUTLOOK]),
        category="other", language="fi", business_id=y32,
        notes="Supplier price-list update with a PDF; Y-tunnus in the signature.")

    body = T("""
        Hei,

        olen vuokraamassa teiltä peräkärryä ensi viikonlopuksi ja varauslomakkeessa kysytään henkilötunnusta.
        Pitääkö se oikeasti antaa? Eikö pelkkä ajokortti riitä? Mihin te ylipäätään tarvitsette henkilötunnusta
        peräkärryn vuokraukseen, ja kuinka kauan sitä säilytetään?

        Terveisin
        Olli Kärkkäinen
        """)
    add("other-fi-do-i-have-to-give-hetu",
        message(rcpt=LAITE, frm=mailbox("Olli Kärkkäinen", "olli.karkkainen@example.org"),
                frm_addr="olli.karkkainen@example.org", subject="Henkilötunnus varauksessa?",
                date=when(2025, 6, 17, 19, 30), root=text(body)),
        category="other", language="fi",
        notes="Privacy question before becoming a customer (why hetu, how long kept); no data held yet, so no right is used.")

    body = T("""
        Hei,

        haen teiltä avointa kattoasentajan paikkaa (ilmoitus Duunitorilla 3.3.). Minulla on kuuden vuoden
        kokemus pelti- ja huopakatoista sekä tulityökortti ja työturvallisuuskortti voimassa. CV ja
        työtodistukset ovat liitteenä.

        Olen tavoitettavissa numerosta 050 981 3365.

        Ystävällisin terveisin
        Aleksi Vainio
        """)
    root = multipart("mixed", [text(body, cte="quoted-printable"),
                               attachment(fake_pdf("CV Aleksi Vainio"), "application/pdf", "CV_Aleksi_Vainio.pdf")],
                     "----=_NextPart_cv_0311")
    add("other-fi-job-application-cv",
        message(rcpt=KATTO, frm=mailbox("Aleksi Vainio", "aleksi.vainio@example.com"),
                frm_addr="aleksi.vainio@example.com", subject="Työhakemus: kattoasentaja",
                date=when(2025, 3, 5, 7, 58), root=root),
        category="other", language="fi", phone="+358509813365",
        notes="Job application with a CV attachment; personal data volunteered, no right used.")

    y35 = new_ytunnus("1618033")
    body = T(f"""
        Hei,

        yrityksemme Rautio Kiinteistöhuolto Oy (Y-tunnus {y35}) on edelleen mukana painamassanne
        Turunmaan yrityshakemistossa, vaikka lopetimme toiminnan Paraisilla viime vuonna. Poistakaa
        yrityksemme tiedot hakemistosta ja sen verkkoversiosta seuraavaan painokseen mennessä.

        Kiitos,
        Rautio Kiinteistöhuolto Oy
        toimisto
        """)
    add("other-fi-company-directory-removal",
        message(rcpt=PAINO, frm=mailbox("Rautio Kiinteistöhuolto", "toimisto@rautiokh.example.fi"),
                frm_addr="toimisto@rautiokh.example.fi", subject="Yrityksen poisto hakemistosta",
                date=when(2025, 8, 6, 14, 40), root=text(body, cte="8bit")),
        category="other", language="fi", business_id=y35,
        notes="A company asks to remove its own listing from a printed directory: company data, not personal, despite 'poistakaa tietomme'.")

    body = T("""
        Moi Tiina,

        laitoin tämän info-osoitteeseen kun en löytänyt sun suoraa osoitetta uudesta järjestelmästä. Onko
        Laineen katselmoinnin uusi aika jo sovittu? Ja muistatko tarkistaa että Virtasen tarjouksessa on
        oikea neliömäärä ennen kuin se lähtee.

        t. Tero
        """)
    add("other-fi-internal-colleague",
        message(rcpt=KATTO, frm=mailbox("Tero Lahti", "tero.lahti@kattopojat.example.fi"),
                frm_addr="tero.lahti@kattopojat.example.fi", subject="katselmointi + Virtasen tarjous",
                date=when(2025, 11, 11, 7, 22), root=text(body), extra=[OUTLOOK]),
        category="other", language="fi",
        notes="Internal colleague-to-colleague question sent to info@; 'tarkistaa' about a quote, not data.")

    y37 = new_ytunnus("2345678")
    body = T(f"""
        HAASTEHAKEMUKSEN TIEDOKSIANTO

        Pirkanmaan käräjäoikeus, asia L 25/18842
        Kantaja: Hämeen Peltiseppä Oy
        Vastaaja: Kattopojat Oy (Y-tunnus {y37})

        Kantaja vaatii vastaajaa suorittamaan aliurakkasopimuksen mukaisen loppulaskun 18 640,00 euroa
        viivästyskorkoineen. Haastehakemus ja käräjäoikeuden haaste ovat liitteenä. Vastaajan on annettava
        kirjallinen vastaus käräjäoikeudelle 14 päivän kuluessa tiedoksisaannista.

        Tiedoksianto toimitetaan sähköisesti vastaajan suostumuksella. Pyydämme vahvistamaan vastaanoton
        vastaamalla tähän viestiin.

        Asianajotoimisto Nieminen & Kumppanit Oy
        Matti Nieminen, asianajaja
        """)
    root = multipart("mixed", [text(body, cte="quoted-printable"),
                               attachment(fake_pdf("haaste L 25/18842"), "application/pdf", "haaste_L25-18842.pdf")],
                     "==court_notice_18842")
    add("other-fi-court-summons-unrelated",
        message(rcpt=KATTO, frm=mailbox("Matti Nieminen", "matti.nieminen@niemiskumppanit.example.fi"),
                frm_addr="matti.nieminen@niemiskumppanit.example.fi",
                subject="Haastehakemuksen tiedoksianto, Pirkanmaan käräjäoikeus L 25/18842",
                date=when(2025, 10, 20, 15, 15), root=root, extra=[OUTLOOK]),
        category="other", language="fi", business_id=y37,
        notes="Legal notice of a civil suit about an unpaid invoice; lawyer, 'vaatii', deadline, but no data-subject right.")

    body = T("""
        Hej,

        vi behöver en offert på 500 st. broschyrer A5, 12 sidor, fyrfärg, på tvåspråkigt (finska/svenska)
        för vår hembygdsförening. Leverans senast 15.5. Kan ni också hjälpa till med layouten?

        Hälsningar
        Birgitta Holmström
        Kimito hembygdsförening
        """)
    add("other-sv-brochure-quote",
        message(rcpt=PAINO, frm=mailbox("Birgitta Holmström", "birgitta.holmstrom@example.fi"),
                frm_addr="birgitta.holmstrom@example.fi", subject="Offertförfrågan broschyr",
                date=when(2025, 3, 27, 11, 11), root=text(body, charset="iso-8859-1", cte="quoted-printable")),
        category="other", language="sv",
        notes="Swedish quote request for a bilingual brochure.")

    body = T("""
        Hi,

        we are evaluating Lumivalo for our 40-person team. Our DPO asked two things before we sign: are all
        customer data and backups stored inside the EU, and do you use any sub-processors outside the EEA?
        A list of sub-processors would be great.

        Best,
        Hannah Schultz
        Operations Lead, Brightline Studio
        """)
    add("other-en-eu-hosting-question",
        message(rcpt=LUMI, frm=mailbox("Hannah Schultz", "hannah.schultz@brightline.example.com"),
                frm_addr="hannah.schultz@brightline.example.com", subject="Data location and sub-processors",
                date=when(2025, 5, 15, 10, 25, utc_offset=2),
                root=multipart("alternative", [text(body, cte="7bit"),
                                               text(light_html(body), "html", cte="7bit")],
                               "00000000000077aa88bb99cc")),
        category="other", language="en",
        notes="Prospect's privacy/procurement question about data location and sub-processors; no right used.")

    body = T("""
        Hei,

        joudun perumaan henkilönostimen varauksen 24.–26.9. (varausnumero V-5518), työmaa siirtyi keväälle.
        Poistakaa varaus järjestelmästä, ettei siitä tule laskua. Varaan uudestaan kun aikataulu selviää.

        Terveisin
        Petri Hyvönen
        Hyvösen Maalaus Ky
        """)
    add("other-fi-cancel-booking-poistakaa",
        message(rcpt=LAITE, frm=mailbox("Petri Hyvönen", "petri@hyvosenmaalaus.example.fi"),
                frm_addr="petri@hyvosenmaalaus.example.fi", subject="Varauksen peruutus V-5518",
                date=when(2025, 9, 12, 8, 5), root=text(body, cte="quoted-printable")),
        category="other", language="fi",
        notes="'Poistakaa varaus' cancels a booking; not erasure of personal data.")



if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
