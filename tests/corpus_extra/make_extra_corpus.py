#!/usr/bin/env python3
"""Generate an independent, labelled extra corpus for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder,
following the label schema and conventions of ../../../shared/corpus/README.md,
then validates the result and prints counts.

The mails are written from scratch (not copied from the development corpus) to
test whether the classifier generalises: other inflections, other phrasings,
other formats.  Everything is invented: people, companies, addresses, numbers.
Mail domains are under example.fi / example.com / example.se / example.org or
.test; IP addresses are from the documentation ranges (and 10/8 for internal
hosts).  Identity codes and business IDs carry correct check characters.

Run:  python3 make_extra_corpus.py          (rewrite the corpus and validate)
      python3 make_extra_corpus.py --check  (only validate what is on disk)

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
    # =======================================================================
    # REQUESTS - Finnish
    # =======================================================================
    h_laaksonen = new_hetu("170281", "-", "482")
    body = T("""
        Hyvä Kattopojat Oy:n tietosuojasta vastaava,

        vetoan EU:n yleisen tietosuoja-asetuksen 15 artiklan mukaiseen oikeuteeni ja haluan saada jäljennöksen
        kaikista henkilötiedoistani, joita yrityksenne käsittelee. Pyydän samalla kertomaan, mihin tarkoituksiin
        tietojani käytetään, kuinka kauan niitä säilytetään ja mihin olette luovuttaneet tietojani
        (esimerkiksi alihankkijoille tai markkinointikumppaneille).

        Asioin kanssanne vuonna 2023, kun teitte taloyhtiömme vesikattotarkastuksen Hervannassa.

        Tunnistamista varten henkilötunnukseni on %s. Minut tavoittaa tarvittaessa numerosta +358 40 765 1122.

        Kunnioittavasti
        Heikki Laaksonen
        """) % h_laaksonen
    add("fi-access-art15-copy-and-recipients",
        message(rcpt=KATTO, frm=mailbox("Heikki Laaksonen", "heikki.laaksonen@example.fi"),
                frm_addr="heikki.laaksonen@example.fi", subject="Henkilötietojeni tarkastaminen (15 artikla)",
                date=when(2025, 4, 7, 9, 12, 3), root=text(body, params="; format=flowed", cte="quoted-printable"),
                extra=[TB, "Content-Language: fi"], relay="smtp.example.fi", ip="192.0.2.31"),
        category="request", kinds=["access"], language="fi", requester_email="heikki.laaksonen@example.fi",
        requester_name="Heikki Laaksonen", phone="+358407651122", hetu=h_laaksonen,
        notes="Formal access with 'saada jäljennöksen', '15 artiklan' and 'mihin olette luovuttaneet tietojani' "
              "(recipients); hetu with '-'; +358 phone with spaces.")

    body = T("""
        Hei,

        vuokrasin teiltä keväällä 2024 rakennustelineet mökkiremonttia varten. Vuokrasuhde on päättynyt, eikä minulla ole avoimia laskuja.

        Pyydän, että kaikki minua koskevat henkilötiedot merkitään poistettavaksi asiakasrekisteristänne ja että verkkokauppanne käyttäjätilini suljetaan. Jos jotakin on lain nojalla säilytettävä, kertokaa mitä ja kuinka pitkään.

        Terveisin
        Satu Rönkkö
        Kempele
        """)
    add("fi-erasure-poistettavaksi-html-cp1252",
        message(rcpt=LAITE, frm=mailbox("Satu Rönkkö", "satu.ronkko@example.com", "windows-1252"),
                frm_addr="satu.ronkko@example.com", subject="Asiakastietojeni poistaminen",
                date=when(2025, 5, 14, 19, 40, 11),
                root=text(outlook_html(body, "windows-1252"), "html", "windows-1252", "quoted-printable",
                          quote_charset=True),
                extra=[OUTLOOK, "Thread-Topic: Asiakastietojeni poistaminen", "Content-Language: fi-FI"],
                relay="EUR02-VI1-obe.outbound.protection.example.com", ip="198.51.100.61"),
        category="request", kinds=["erasure"], language="fi", requester_email="satu.ronkko@example.com",
        requester_name="Satu Rönkkö",
        notes="Erasure phrased as 'merkitään poistettavaksi' plus closing the account; HTML-only Outlook, "
              "windows-1252 quoted-printable, windows-1252 encoded display name.")

    body = T("""
        heippa, voitteko pyyhkiä mun tiedot teidän systeemeistä? tilasin joskus teiltä nettisivujen päivityksen mut firma on lopetettu eikä tarvii enää mitään. kiitti!

        Miska

        Lähetetty iPhonesta
        """)
    add("fi-erasure-colloquial-pyyhkia",
        message(rcpt=KIVI, frm=mailbox("Miska", "miska.h@webmail.example.com"), frm_addr="miska.h@webmail.example.com",
                subject="mun tiedot", date=when(2025, 6, 2, 23, 5, 47), root=text(body),
                extra=[IPHONE], relay="smtp.webmail.example.com", ip="203.0.113.90"),
        category="request", kinds=["erasure"], language="fi", requester_email="miska.h@webmail.example.com",
        requester_name="Miska",
        notes="Colloquial spoken Finnish, 'pyyhkiä' instead of 'poistaa', no legal words; only a first name.")

    body = T("""
        moi

        mulle soitettiin eilen teidan firmasta ja tarjottiin jotain ohjelmistoa. mita te musta oikein tiedatte ja mista ootte saaneet mun puhelinnumeron 045 118 2290? en oo ikina ollut teidan asiakas.

        -Ville
        """)
    add("fi-access-colloquial-no-umlauts-source",
        message(rcpt=LUMI, frm=mailbox(None, "ville.k83@example.com"), frm_addr="ville.k83@example.com",
                subject="mista ootte saaneet mun numeron??", date=when(2025, 3, 18, 8, 2, 19, 2),
                root=text(body, charset="us-ascii", cte="7bit"), relay="smtp.example.com", ip="203.0.113.14"),
        category="request", kinds=["access"], language="fi", requester_email="ville.k83@example.com",
        requester_name="Ville", phone="+358451182290",
        notes="Colloquial, no umlauts ('mita te musta tiedatte', 'mista ootte saaneet'); asking what is held and "
              "where the number came from = access; no display name; US-ASCII.")

    body = T("""
        Hei

        Muutin kesakuussa, joten paivittakaa osoitetietoni asiakasrekisteriinne. Vanha osoite oli Hameenpuisto 22 B 7, 33210 Tampere ja uusi on Lapintie 5 A 3, 33100 Tampere. Myos laskut kannattaa jatkossa lahettaa uuteen osoitteeseen.

        Kiitos,
        Tiina Aaltonen
        p. 0500 123 789
        """)
    add("fi-rectification-address-no-umlauts",
        message(rcpt=KATTO, frm=mailbox("Tiina Aaltonen", "tiina.aaltonen@koti.example.fi"),
                frm_addr="tiina.aaltonen@koti.example.fi", subject="osoitteen muutos",
                date=when(2025, 7, 1, 12, 30, 0), root=text(body, charset="us-ascii", cte="7bit"),
                relay="posti.koti.example.fi", ip="192.0.2.66"),
        category="request", kinds=["rectification"], language="fi", requester_email="tiina.aaltonen@koti.example.fi",
        requester_name="Tiina Aaltonen", phone="+358500123789",
        notes="Address change typed without umlauts ('paivittakaa osoitetietoni'); 0500 mobile prefix.")

    body = "Poistakaa tietoni. T. Jari\n"
    add("fi-erasure-very-short-lf",
        message(rcpt=LUMI, frm=mailbox(None, "jari.niskanen@example.org"), frm_addr="jari.niskanen@example.org",
                subject="tiedot", date=when(2025, 8, 11, 6, 58, 2), root=text(body),
                relay="smtp.example.org", ip="198.51.100.140"),
        category="request", kinds=["erasure"], language="fi", requester_email="jari.niskanen@example.org",
        requester_name="Jari", lf_only=True,
        notes="Four-word request with a neutral subject; only a first name; LF line ends.")

    h_kallio = new_hetu("030485", "Y", "236")
    body = T("""
        Hyvä vastaanottaja

        Teen täten tarkastuspyynnön. Haluan tietää, mitä henkilötietojani tilitoimistonne on tallentanut järjestelmiinsä sen jälkeen, kun hoiditte äitini kuolinpesän kirjanpidon vuonna 2022.

        Nimi: Merja Kallio-Hautala
        Henkilötunnus: %s
        Osoite: Kauppakatu 9 C 14, 40100 Jyväskylä

        Ystävällisesti
        Merja Kallio-Hautala
        """) % h_kallio
    add("fi-access-no-subject-hetu-y-sign",
        message(rcpt=TILI, frm=mailbox("Merja Kallio-Hautala", "merja.kallio-hautala@example.fi"),
                frm_addr="merja.kallio-hautala@example.fi", subject=None, date=when(2025, 2, 20, 14, 7, 55, 2),
                root=text(body, cte="quoted-printable"), extra=[TB], relay="smtp.example.fi", ip="192.0.2.32"),
        category="request", kinds=["access"], language="fi", requester_email="merja.kallio-hautala@example.fi",
        requester_name="Merja Kallio-Hautala", hetu=h_kallio,
        notes="No Subject header; 'teen tarkastuspyynnön' (inflected); hetu with the 2023 century sign Y.")

    original = T("""
        Hei Jussi,

        kiitos vielä kattotarkastuksesta. Emme kuitenkaan tilaa remonttia teiltä, joten haluan poistattaa kaikki tietoni rekisteristänne. Älkää myöskään enää lähettäkö minulle tarjouksia tai kampanjaviestejä tekstiviestillä.

        Terveisin
        Eija Saarela
        """)
    plain = outlook_inline_forward(
        T("""
            Moi,

            tämä tuli suoraan minulle. Käsitelläänkö tietosuojapyyntönä?

            t. Jussi

            Jussi Lampinen
            Työnjohtaja | Kattopojat Oy
            puh. 044 700 1234
            """),
        ["Lähettäjä: Eija Saarela <eija.saarela@example.com>",
         "Lähetetty: tiistai 10. kesäkuuta 2025 18.22",
         "Vastaanottaja: Jussi Lampinen <jussi.lampinen@kattopojat.example.fi>",
         "Aihe: Yhteydenotot"], original)
    add("fi-forward-outlook-vl-erasure-objection",
        message(rcpt=KATTO, frm=mailbox("Jussi Lampinen", "jussi.lampinen@kattopojat.example.fi"),
                frm_addr="jussi.lampinen@kattopojat.example.fi", subject="VL: Yhteydenotot",
                date=when(2025, 6, 11, 7, 45, 30),
                root=multipart("alternative", [text(plain, cte="quoted-printable"),
                                               text(outlook_html(plain, "utf-8"), "html", cte="quoted-printable")],
                               "_000_AM0PR07MB" + token("vl-eija", 14).upper() + "_"),
                extra=[OUTLOOK, "Thread-Topic: Yhteydenotot", "Content-Language: fi-FI"],
                relay="exch01.kattopojat.example.fi", ip="10.20.0.15"),
        category="request", kinds=["erasure", "objection"], language="fi",
        requester_email="eija.saarela@example.com", requester_name="Eija Saarela",
        notes="Inline Outlook 'VL:' forward with a 'Lähettäjä:' block; 'poistattaa' + SMS marketing ban; the "
              "forwarding employee's phone is not the requester's (phone null).")

    original = T("""
        Hei,

        menin naimisiin ja sukunimeni on nyt Lehtinen (aiemmin Salmi). Päivittäkää nimeni ja sähköpostiosoitteeni johanna.lehtinen@example.fi asiakastietoihin ja laskutukseen. Vanha osoite johanna.salmi@example.fi poistuu käytöstä.

        Kiitos!
        Johanna Lehtinen
        """)
    fw = T("""
        Tämä kuuluu infoon, voisitteko hoitaa?

        ---------- Forwarded message ---------
        From: Johanna Lehtinen <johanna.lehtinen@example.fi>
        Date: ma 16.6.2025 klo 10.02
        Subject: Nimenmuutos
        To: Annika Berg <annika.berg@kivikangas.example.fi>

        """) + "\n" + original
    fw_html = ('<div dir="ltr">Tämä kuuluu infoon, voisitteko hoitaa?<br><br>'
               '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
               'From: <strong class="gmail_sendername" dir="auto">Johanna Lehtinen</strong> '
               '<span dir="auto">&lt;johanna.lehtinen@example.fi&gt;</span><br>Date: ma 16.6.2025 klo 10.02<br>'
               'Subject: Nimenmuutos<br>To: Annika Berg &lt;annika.berg@kivikangas.example.fi&gt;<br></div><br><br>'
               + light_html(original) + "</div></div>\n")
    add("fi-forward-gmail-rectification-surname",
        message(rcpt=KIVI, frm=mailbox("Annika Berg", "annika.berg@kivikangas.example.fi"),
                frm_addr="annika.berg@kivikangas.example.fi", subject="Fwd: Nimenmuutos",
                date=when(2025, 6, 16, 10, 40, 12),
                root=multipart("alternative", [text(fw, cte="quoted-printable"),
                                               text(fw_html, "html", cte="quoted-printable")],
                               "000000000000" + token("gm-johanna", 16)),
                extra=[GMAIL_UA], relay="mail-sor-f41.google.example.com", ip="203.0.113.41"),
        category="request", kinds=["rectification"], language="fi",
        requester_email="johanna.lehtinen@example.fi", requester_name="Johanna Lehtinen",
        notes="Gmail '---------- Forwarded message ---------' by an employee; surname change; body names a second "
              "(old) address and 'poistuu käytöstä' which is not erasure.")

    b_kangas = new_ytunnus("3320981")
    original = T("""
        Hei,

        lopetamme Lumivalon palvelun käytön kuun lopussa. Pyydän toimittamaan kaikki tililleni tallentamani tiedot koneluettavassa muodossa (CSV tai JSON), jotta voimme siirtää ne uuteen järjestelmään. Kertokaa samalla, mitä muita tietoja minusta on tallennettu.

        Outi Kangasniemi
        Kangasniemi Konsultointi, Y-tunnus %s
        040 558 2210
        """) % b_kangas
    inner = message(rcpt="tuki@lumivalo.example.fi", to="Lumivalo tuki <tuki@lumivalo.example.fi>",
                    frm=mailbox("Outi Kangasniemi", "outi@kangasniemi-konsultointi.test"),
                    frm_addr="outi@kangasniemi-konsultointi.test", subject="Tietojen siirto",
                    date=when(2025, 9, 3, 15, 11, 9), root=text(original, cte="quoted-printable"),
                    extra=[OUTLOOK], relay="mail.kangasniemi-konsultointi.test", ip="198.51.100.81")
    outer_text = T("""
        Tuli tukipalveluun, alkuperäinen liitteenä. Kuuluu teille.

        -Sami
        """)
    add("fi-forward-rfc822-access-portability",
        message(rcpt=LUMI, frm=mailbox("Sami Hyvönen", "sami.hyvonen@lumivalo.example.fi"),
                frm_addr="sami.hyvonen@lumivalo.example.fi", subject="Fwd: Tietojen siirto",
                date=when(2025, 9, 4, 8, 3, 40),
                root=multipart("mixed", [text(outer_text, params="; format=flowed"),
                                         embedded(inner, "Tietojen siirto.eml")],
                               "------------" + token("rfc822-outi", 24)),
                extra=[TB], relay="ws-sami.lumivalo.example.fi", ip="10.30.0.22"),
        category="request", kinds=["access", "portability"], language="fi",
        requester_email="outi@kangasniemi-konsultointi.test", requester_name="Outi Kangasniemi",
        phone="+358405582210", business_id=b_kangas,
        notes="Request attached as message/rfc822 by a colleague; machine-readable export to move to another "
              "system plus 'mitä muita tietoja'; sole-trader Y-tunnus.")

    body = T("""
        Uusi viesti verkkosivujen yhteydenottolomakkeelta

        Nimi: Kari Määttä
        Sähköpostiosoite: kari.maatta@example.org
        Puhelinnumero: +358 (0)50 412 7789
        Yritys: -

        Viesti:
        Vastustan henkilötietojeni käsittelyä profilointiin ja kohdennettuun mainontaan. Olen saanut teiltä personoituja tarjouksia sen perusteella, mitä olen selannut verkkokaupassanne. Lopettakaa se.

        Lomake lähetetty 12.5.2025 klo 21.04
        """)
    add("fi-objection-webform-noreply-profiling",
        message(rcpt=LAITE, frm=mailbox("Pohjolan Laitevuokraus verkkosivut", "noreply@pohjolanlaite.example.fi"),
                frm_addr="noreply@pohjolanlaite.example.fi", subject="Uusi lomakeviesti: Ota yhteyttä",
                date=when(2025, 5, 12, 21, 4, 33), root=text(body),
                extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
                relay="web02.pohjolanlaite.example.fi", ip="192.0.2.201"),
        category="request", kinds=["objection"], language="fi", requester_email="kari.maatta@example.org",
        requester_name="Kari Määttä", phone="+358504127789",
        notes="Web form from noreply@ with no Reply-To: the address is the form field; objection to profiling "
              "('vastustan henkilötietojeni käsittelyä'); phone written +358 (0)50.")

    body = T("""
        Hei,

        olemme erimielisiä palkkiolaskustanne, ja asia on selvittelyssä. Minua koskevia tietoja ei saa hävittää ennen kuin asia on ratkaistu, mutta tällä välin niitä ei saa käyttää mihinkään muuhun kuin erimielisyyden selvittämiseen. Pyydän siis rajoittamaan tietojeni käsittelyä.

        Vastatkaa yksityiseen osoitteeseeni, työosoitteeni lakkaa ensi kuussa.

        Petteri Jokela
        """)
    add("fi-restriction-reply-to-private",
        message(rcpt=TILI, frm=mailbox("Petteri Jokela", "petteri.jokela@rakennusjokela.test"),
                frm_addr="petteri.jokela@rakennusjokela.test", subject="Laskuerimielisyys ja tietojeni käsittely",
                reply_to=mailbox("Petteri Jokela", "pjokela@kotiposti.example.com"),
                date=when(2025, 10, 6, 16, 20, 0), root=text(body, cte="quoted-printable"),
                extra=[OUTLOOK, "Content-Language: fi-FI"], relay="mail.rakennusjokela.test", ip="198.51.100.12"),
        category="request", kinds=["restriction"], language="fi", requester_email="pjokela@kotiposti.example.com",
        requester_name="Petteri Jokela",
        notes="Restriction during a dispute ('ei saa hävittää', 'rajoittamaan tietojeni käsittelyä'), not erasure; "
              "Reply-To (private) differs from From (work).")

    body = T("""
        Hei,

        tietosuojaselosteenne kohdassa "Rekisteröityjen oikeudet" kerrotaan, että tietoja voi tarkastaa ja korjata. Haluan käyttää molempia oikeuksia:

        1) Lähettäkää minulle kopio kaikista minusta tallennetuista tiedoista.
        2) Syntymävuoteni on järjestelmässänne väärin (1976, oikea on 1967) - korjatkaa se.
        3) En halua jatkossa minkäänlaisia markkinointiviestejä.

        Ystävällisin terveisin
        Raimo Heinonen
        """)
    add("fi-access-rectification-objection-list",
        message(rcpt=KIVI, frm=mailbox("Heinonen, Raimo", "raimo.heinonen@example.fi"),
                frm_addr="raimo.heinonen@example.fi", subject="Rekisteröidyn oikeudet",
                date=when(2025, 4, 28, 11, 9, 14),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body), "html", cte="quoted-printable")],
                               "b1_" + token("raimo", 20)),
                extra=["X-Mailer: Roundcube Webmail/1.6.9"], relay="webmail.example.fi", ip="192.0.2.77"),
        category="request", kinds=["access", "rectification", "objection"], language="fi",
        requester_email="raimo.heinonen@example.fi", requester_name="Raimo Heinonen",
        notes="Three kinds in a numbered list; 'Rekisteröityjen oikeudet' quoted from the notice; From display "
              "name 'Surname, Firstname' in quotes.")

    h_emma = new_hetu("150105", "A", "318")
    body = T("""
        Hei,

        huomasin, että minulle lähettämässänne tarjouksessa oli henkilötunnukseni %s. En ole antanut sitä teille enkä ole asiakkaanne. Pyydän teitä poistamaan henkilötunnukseni ja kaikki muut tietoni järjestelmistänne sekä kertomaan, mistä olette sen saaneet.

        Emma Lindholm
        """) % h_emma.lower()
    add("fi-erasure-access-hetu-a-lowercase",
        message(rcpt=KULJ, frm=mailbox("Emma Lindholm", "emma.lindholm@example.com"),
                frm_addr="emma.lindholm@example.com", subject="Henkilötunnukseni tarjouksessanne",
                date=when(2025, 3, 3, 20, 15, 2, 2), root=text(body),
                extra=["User-Agent: K-9 Mail for Android"], relay="smtp.example.com", ip="203.0.113.15"),
        category="request", kinds=["access", "erasure"], language="fi", requester_email="emma.lindholm@example.com",
        requester_name="Emma Lindholm", hetu=h_emma,
        notes="'Pyydän teitä poistamaan' + where the hetu came from (access); hetu with century sign A written in "
              "lower case; new recipient company.")

    body = T("""
        Hyvät vastaanottajat,

        sain kotiini mainoksen, jossa oli nimeni ja osoitteeni. Haluaisin tietää, mistä tietoni on saatu, mitä tietoja minusta on rekisterissänne ja kenelle olette niitä luovuttaneet.

        Ystävällisesti
        Aila Mustonen
        puh. (02) 458 3312
        """)
    add("fi-access-html-latin1-base64-source",
        message(rcpt=PAINO, frm=mailbox("Aila Mustonen", "aila.mustonen@example.fi", "iso-8859-1"),
                frm_addr="aila.mustonen@example.fi", subject="Tietojeni alkuperä",
                date=when(2025, 11, 12, 10, 1, 44, 2),
                root=text(outlook_html(body, "iso-8859-1"), "html", "iso-8859-1", "base64", quote_charset=True),
                extra=[OUTLOOK], relay="smtp.example.fi", ip="192.0.2.33"),
        category="request", kinds=["access"], language="fi", requester_email="aila.mustonen@example.fi",
        requester_name="Aila Mustonen", phone="+35824583312",
        notes="HTML-only ISO-8859-1 base64; source, content and recipients = access; mentions an ad but "
              "does not object; landline with area code in parentheses.")

    b_aijala = new_ytunnus("2456173")
    body = T("""
        Hei,

        siirrän toiminimeni kirjanpidon ensi vuoden alusta toiselle tilitoimistolle. Pyydän siirtämään kaikki minusta ja yrityksestäni tallennetut tiedot koneluettavassa muodossa suoraan uudelle tilitoimistolle (Tilipalvelu Korpela, tili@korpela.example.com). Kun siirto on tehty, poistakaa henkilötietoni niiltä osin kuin laki sen sallii.

        Tuomo Äijälä
        Rakennuspalvelu Äijälä, Y-tunnus %s
        """) % b_aijala
    add("fi-portability-erasure-b-encoded-name",
        message(rcpt=TILI, frm=mailbox("Tuomo Äijälä", "tuomo@aijala-rakennus.test", "utf-8", "B"),
                frm_addr="tuomo@aijala-rakennus.test", subject="Kirjanpidon siirto ja henkilötietojen poisto",
                subject_mode="B", date=when(2025, 11, 24, 9, 30, 0, 2), root=text(body, cte="base64"),
                extra=[OUTLOOK], relay="mail.aijala-rakennus.test", ip="198.51.100.45"),
        category="request", kinds=["erasure", "portability"], language="fi",
        requester_email="tuomo@aijala-rakennus.test", requester_name="Tuomo Äijälä", business_id=b_aijala,
        notes="Direct transfer to another controller ('siirtämään ... suoraan') then erasure; B-encoded name and "
              "subject; base64 body; a third party's address in the text is not the requester.")

    body = T("""
        Hei

        Saan uutiskirjettänne, vaikka en ole sitä koskaan tilannut. Mistä olette saaneet sähköpostiosoitteeni? Lopettakaa viestien lähettäminen tähän osoitteeseen.

        T: Harri Nurmi
        """)
    add("fi-access-objection-unsolicited-newsletter",
        message(rcpt=PAINO, frm=mailbox("Harri Nurmi", "harri.nurmi@example.fi"), frm_addr="harri.nurmi@example.fi",
                subject="Re: Syksyn painotarjoukset", date=when(2025, 9, 22, 13, 13, 13),
                root=text(body), extra=[TB, "In-Reply-To: <news-2025-09@saaristonpaino.example.fi>"],
                relay="smtp.example.fi", ip="192.0.2.34"),
        category="request", kinds=["access", "objection"], language="fi", requester_email="harri.nurmi@example.fi",
        requester_name="Harri Nurmi",
        notes="Reply to a newsletter: where did you get my address (access) + stop sending (objection).")

    h_niko = new_hetu("070305", "B", "044")
    body = T("""
        Hei,

        hain teille kesätöihin 2023 ja lähetin silloin CV:n ja kopion ajokortistani. En saanut paikkaa, joten haluaisin, että hakemukseni liitteineen tuhotaan. Pyydän vahvistuksen, kun tietoni on poistettu.

        Henkilötunnukseni, jos sitä tarvitaan tunnistamiseen: %s

        Niko Väisänen
        p. 046 932 1187
        """) % h_niko
    add("fi-erasure-job-applicant-hetu-b-sign",
        message(rcpt=KULJ, frm=mailbox("Niko Väisänen", "niko.vaisanen@example.org"),
                frm_addr="niko.vaisanen@example.org", subject="Vanha työhakemus",
                date=when(2025, 4, 15, 17, 50, 20), root=text(body, cte="quoted-printable"),
                relay="smtp.example.org", ip="198.51.100.141"),
        category="request", kinds=["erasure"], language="fi", requester_email="niko.vaisanen@example.org",
        requester_name="Niko Väisänen", phone="+358469321187", hetu=h_niko,
        notes="Former job applicant: 'hakemukseni tuhotaan' and 'kun tietoni on poistettu'; hetu with the 2023 "
              "century sign B (born 2005).")

    body = T("""
        Hei!

        Olin työhaastattelussa luonanne helmikuussa (ohjelmistokehittäjän tehtävä). Pyytäisin nähtäväkseni kaikki minusta kirjatut tiedot, myös haastattelumuistiinpanot ja mahdollisen soveltuvuusarvioinnin tulokset.

        Ystävällisin terveisin
        Laura Pitkänen
        040 22 33 445
        """)
    add("fi-access-interview-notes",
        message(rcpt=LUMI, frm=mailbox("Laura Pitkänen", "laura.pitkanen@example.com"),
                frm_addr="laura.pitkanen@example.com", subject="Rekrytointiin liittyvät tietoni",
                date=when(2025, 4, 2, 9, 0, 1),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body), "html", cte="quoted-printable")],
                               "000000000000" + token("laura-p", 16)),
                extra=[GMAIL_UA], relay="mail-ej1-f54.google.example.com", ip="203.0.113.54"),
        category="request", kinds=["access"], language="fi", requester_email="laura.pitkanen@example.com",
        requester_name="Laura Pitkänen", phone="+358402233445",
        notes="Access without the usual words: 'pyytäisin nähtäväkseni kaikki minusta kirjatut tiedot'; phone "
              "grouped 040 22 33 445.")

    body = T("""
        Moi,

        puhelinnumeroni on vaihtunut. Korjatkaa asiakastietoihini uusi numero 050-998 7766, vanhaan numeroon ei enää vastata.

        Aki Rautiainen
        """)
    add("fi-rectification-new-phone",
        message(rcpt=LAITE, frm=mailbox("Aki Rautiainen", "aki.rautiainen@example.fi"),
                frm_addr="aki.rautiainen@example.fi", subject="Uusi puhelinnumero",
                date=when(2025, 1, 9, 7, 14, 55, 2), root=text(body),
                extra=[IPHONE], relay="smtp.example.fi", ip="192.0.2.35"),
        category="request", kinds=["rectification"], language="fi", requester_email="aki.rautiainen@example.fi",
        requester_name="Aki Rautiainen", phone="+358509987766",
        notes="Rectification of a phone number; the new number is the phone; 'korjatkaa' imperative.")

    # =======================================================================
    # REQUESTS - Swedish
    # =======================================================================
    h_strand = new_hetu("220390", "-", "127")
    body = T("""
        Hej,

        jag vill ta del av de personuppgifter som ni har registrerat om mig. Skicka mig ett utdrag ur registret per e-post. Jag har beställt visitkort och bröllopskort av er några gånger.

        Min personbeteckning är %s.

        Med vänlig hälsning
        Camilla Strandberg
        Pargas
        tfn 040 318 2277
        """) % h_strand
    add("sv-fi-access-utdrag-personbeteckning",
        message(rcpt=PAINO, frm=mailbox("Camilla Strandberg", "camilla.strandberg@example.fi"),
                frm_addr="camilla.strandberg@example.fi", subject="Utdrag ur registret",
                date=when(2025, 5, 5, 10, 22, 0), root=text(body, cte="quoted-printable"),
                extra=[TB, "Content-Language: sv-FI"], relay="smtp.example.fi", ip="192.0.2.36"),
        category="request", kinds=["access"], language="sv", requester_email="camilla.strandberg@example.fi",
        requester_name="Camilla Strandberg", phone="+358403182277", hetu=h_strand,
        notes="Finland-Swedish 'ta del av' + 'utdrag ur registret'; hetu called personbeteckning; Finnish mobile.")

    body = T("""
        Hej!

        Jag testade er tjänst under en provperiod förra året men använder den inte längre. Radera mina personuppgifter och mitt konto hos er. Bekräfta gärna när det är gjort.

        Mvh
        Oskar Lindgren
        073-987 65 43
        """)
    add("sv-se-erasure-radera-konto",
        message(rcpt=LUMI, frm=mailbox("Oskar Lindgren", "oskar.lindgren@example.se"),
                frm_addr="oskar.lindgren@example.se", subject="Radera konto",
                date=when(2025, 2, 11, 21, 3, 9, 1), root=text(body),
                extra=[IPHONE], relay="smtp.example.se", ip="198.51.100.150"),
        category="request", kinds=["erasure"], language="sv", requester_email="oskar.lindgren@example.se",
        requester_name="Oskar Lindgren", phone="+46739876543",
        notes="Sweden-Swedish 'radera mina personuppgifter'; Swedish mobile without country code.")

    body = T("""
        Hej,

        sluta skicka era kampanjerbjudanden till mig, både per e-post och sms. Jag vill fortfarande kunna beställa av er, men ingen reklam tack.

        Hälsningar
        Göran Fagerström
        """)
    add("sv-objection-sluta-skicka-latin1",
        message(rcpt=PAINO, frm=mailbox("Göran Fagerström", "goran.fagerstrom@example.fi", "iso-8859-1"),
                frm_addr="goran.fagerstrom@example.fi", subject="Reklam", date=when(2025, 10, 20, 8, 31, 6),
                root=text(body, charset="iso-8859-1", cte="quoted-printable"),
                extra=[OUTLOOK], relay="smtp.example.fi", ip="192.0.2.37"),
        category="request", kinds=["objection"], language="sv", requester_email="goran.fagerstrom@example.fi",
        requester_name="Göran Fagerström",
        notes="'sluta skicka' marketing while keeping the customer relationship (not erasure); ISO-8859-1 QP and "
              "ISO-8859-1 encoded name.")

    body = T("""
        Hej!

        Jag har flyttat från Nagu till Åbo. Var snäll och rätta min adress i ert kundregister: ny adress Slottsgatan 12 B 8, 20100 Åbo. Fakturorna ska också skickas dit.

        Tack på förhand,
        Sofia Holmström
        """)
    add("sv-fi-rectification-ratta-adress",
        message(rcpt=PAINO, frm=mailbox("Sofia Holmström", "sofia.holmstrom@example.fi"),
                frm_addr="sofia.holmstrom@example.fi", subject="Ny adress", date=when(2025, 8, 25, 15, 44, 0),
                root=text(body, cte="quoted-printable"), extra=["X-Mailer: Apple Mail (2.3774.600.62)"],
                relay="smtp.example.fi", ip="192.0.2.38"),
        category="request", kinds=["rectification"], language="sv", requester_email="sofia.holmstrom@example.fi",
        requester_name="Sofia Holmström",
        notes="Finland-Swedish 'rätta min adress'; Finnish place names in Swedish (Nagu, Åbo).")

    body = T("""
        Hej,

        Med stöd av artikel 15 i dataskyddsförordningen begär jag att få veta vilka personuppgifter ni behandlar om mig. När jag har fått svaret vill jag att allt raderas.

        Vänliga hälsningar
        Ingrid Bergqvist
        """)
    add("sv-se-access-then-erasure",
        message(rcpt=KIVI, frm=mailbox("Ingrid Bergqvist", "ingrid.bergqvist@example.se"),
                frm_addr="ingrid.bergqvist@example.se", subject="Begäran enligt dataskyddsförordningen",
                date=when(2025, 3, 27, 13, 0, 0, 1),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body), "html", cte="quoted-printable")],
                               "Apple-Mail=_" + token("ingrid", 24).upper()),
                extra=["X-Mailer: Apple Mail (2.3774.600.62)"], relay="smtp.example.se", ip="198.51.100.151"),
        category="request", kinds=["access", "erasure"], language="sv", requester_email="ingrid.bergqvist@example.se",
        requester_name="Ingrid Bergqvist",
        notes="Access first, erasure afterwards ('när jag har fått svaret ... raderas'): both kinds.")

    body = T("""
        Hej,

        jag har bestridit er faktura och ärendet utreds fortfarande. Under tiden vill jag att ni begränsar behandlingen av mina personuppgifter och inte lämnar över dem till något inkassobolag.

        Med vänlig hälsning
        Patrik Nyberg
        """)
    add("sv-fi-restriction-begransa",
        message(rcpt=LAITE, frm=mailbox("Patrik Nyberg", "patrik.nyberg@example.fi"),
                frm_addr="patrik.nyberg@example.fi", subject="Bestriden faktura", date=when(2025, 12, 1, 9, 5, 5, 2),
                root=text(body, cte="quoted-printable"), extra=[TB], relay="smtp.example.fi", ip="192.0.2.39"),
        category="request", kinds=["restriction"], language="sv", requester_email="patrik.nyberg@example.fi",
        requester_name="Patrik Nyberg",
        notes="Restriction while an invoice dispute is investigated ('begränsar behandlingen'); mentions a "
              "'faktura' like ordinary business mail.")

    body = T("""
        Hej,

        vi byter system och jag vill få ut alla uppgifter jag har lagt in i ert verktyg – kontakter, projekt och tidrapporter – i ett strukturerat, maskinläsbart format (t.ex. CSV), så att jag kan flytta dem till den nya leverantören.

        Hälsningar,
        Jonas Ek
        """)
    add("sv-portability-html-cp1252",
        message(rcpt=LUMI, frm=mailbox("Jonas Ek", "jonas.ek@example.se"), frm_addr="jonas.ek@example.se",
                subject="Export av mina uppgifter", date=when(2025, 6, 23, 14, 2, 2),
                root=text(outlook_html(body, "windows-1252", "SV"), "html", "windows-1252", "quoted-printable",
                          quote_charset=True),
                extra=[OUTLOOK, "Content-Language: sv-SE"], relay="EUR03-AM7-obe.outbound.protection.example.com",
                ip="198.51.100.62"),
        category="request", kinds=["portability"], language="sv", requester_email="jonas.ek@example.se",
        requester_name="Jonas Ek",
        notes="Portability without the word ('strukturerat, maskinläsbart format', move to a new supplier); "
              "HTML-only windows-1252 QP with en dashes (0x96).")

    original = T("""
        Hej,

        avregistrera mig från alla era utskick och nyhetsbrev. Jag vill inte få någon marknadsföring från er längre.

        Lars Grönqvist
        """)
    fw = T("""
        Moi, tämä tuli mun Gmailiin, hoitaako joku?

        Marko
        0400 987 123

        ---------- Forwarded message ---------
        From: Lars Grönqvist <lars.gronqvist@example.fi>
        Date: tis 14 okt. 2025 kl 19:40
        Subject: Utskick
        To: <marko.saarinen.paino@gmail.example.com>

        """) + "\n" + original
    add("sv-objection-forwarded-gmail-by-fi-employee",
        message(rcpt=PAINO, frm=mailbox("Marko Saarinen", "marko.saarinen.paino@gmail.example.com"),
                frm_addr="marko.saarinen.paino@gmail.example.com", subject="Fwd: Utskick",
                date=when(2025, 10, 15, 8, 12, 0),
                root=multipart("alternative", [text(fw, cte="quoted-printable"),
                                               text(light_html(fw), "html", cte="quoted-printable")],
                               "000000000000" + token("lars-g", 16)),
                extra=[GMAIL_UA], relay="mail-sor-f69.google.example.com", ip="203.0.113.69"),
        category="request", kinds=["objection"], language="sv", requester_email="lars.gronqvist@example.fi",
        requester_name="Lars Grönqvist",
        notes="Swedish unsubscribe ('avregistrera mig') forwarded Gmail-style by a Finnish-writing employee: "
              "language sv, requester is the original sender, employee's phone ignored.")

    # =======================================================================
    # REQUESTS - English
    # =======================================================================
    body = T("""
        Dear Sir or Madam,

        I am writing to make a Subject Access Request under Article 15 of the GDPR. Please provide me with a copy of all personal data you hold about me, together with the purposes of the processing, the recipients to whom it has been disclosed and how long it will be kept.

        I was the contact person at Harbourline Ltd, which used your agency for a website project in 2023.

        You can reach me on 07700 900456 if anything is unclear.

        Yours faithfully,
        Gareth Price
        """)
    add("en-access-subject-access-request-uk",
        message(rcpt=KIVI, frm=mailbox("Gareth Price", "gareth.price@example.com"), frm_addr="gareth.price@example.com",
                subject="Subject Access Request – Gareth Price", date=when(2025, 2, 4, 9, 17, 0, 0),
                root=text(body, cte="7bit", charset="us-ascii"), extra=[OUTLOOK, "Content-Language: en-GB"],
                relay="smtp.example.com", ip="203.0.113.16"),
        category="request", kinds=["access"], language="en", requester_email="gareth.price@example.com",
        requester_name="Gareth Price", phone="+447700900456",
        notes="Classic 'Subject Access Request' with Art. 15(1) items; UK mobile in national format; en dash in "
              "the encoded subject.")

    body = T("""
        Hi there,

        I closed my trial account last month. Please erase everything you have on me, including the account, the support chats and any analytics tied to my email.

        Cheers,
        Mia
        """)
    add("en-erasure-please-erase-informal",
        message(rcpt=LUMI, frm=mailbox("Mia Hoffmann", "mia.h@example.org"), frm_addr="mia.h@example.org",
                subject="closing the loop", date=when(2025, 7, 30, 22, 10, 10),
                root=text(body), extra=[IPHONE], relay="smtp.example.org", ip="198.51.100.142"),
        category="request", kinds=["erasure"], language="en", requester_email="mia.h@example.org",
        requester_name="Mia Hoffmann",
        notes="'Please erase everything you have on me' with an uninformative subject; signs with the first name, "
              "full name only in the display name.")

    body = T("""
        Hello,

        I rented a scissor lift from your Oulu depot in 2024. I want a copy of my personal data held by your company, including any recordings of my phone calls with your customer service.

        Kind regards,
        Seán O’Brien
        """)
    add("en-access-copy-html-cp1252-base64",
        message(rcpt=LAITE, frm=mailbox("Seán O’Brien", "sean.obrien@example.com", "windows-1252"),
                frm_addr="sean.obrien@example.com", subject="Personal data copy", date=when(2025, 9, 9, 16, 0, 27),
                root=text(outlook_html(body, "windows-1252", "EN-IE"), "html", "windows-1252", "base64",
                          quote_charset=True),
                extra=[OUTLOOK, "Content-Language: en-IE"], relay="EUR01-DB5-obe.outbound.protection.example.com",
                ip="198.51.100.63"),
        category="request", kinds=["access"], language="en", requester_email="sean.obrien@example.com",
        requester_name="Seán O’Brien",
        notes="'I want a copy of my personal data'; HTML-only windows-1252 base64 with a curly apostrophe (0x92) "
              "in the name.")

    body = T("""
        This is the third time I'm asking. Stop emailing me. I never signed up for your newsletter and I don't want your offers.

        R. Dawson
        """)
    add("en-objection-stop-emailing-angry",
        message(rcpt=KATTO, frm=mailbox(None, "rdawson@example.com"), frm_addr="rdawson@example.com",
                subject="STOP", date=when(2025, 5, 19, 7, 1, 0), root=text(body, charset="us-ascii", cte="7bit"),
                relay="smtp.example.com", ip="203.0.113.17"),
        category="request", kinds=["objection"], language="en", requester_email="rdawson@example.com",
        requester_name="R. Dawson",
        notes="Angry 'Stop emailing me' = objection; one-word subject; initial + surname only.")

    b_nordvik = new_ytunnus("3093516")
    body = T("""
        Hello,

        I got married in June and would like you to update my surname in your records from Kowalczyk to Kańska. My e-mail address stays the same. My employer, Nordvik Trading Oy (business ID %s), is your client, so please also correct it in the payroll material you prepare for us.

        Best regards,
        Zoë Kańska
        """) % b_nordvik
    add("en-rectification-surname-q-encoded",
        message(rcpt=TILI, frm=mailbox("Zoë Kańska", "zoe.kanska@nordviktrading.test"),
                frm_addr="zoe.kanska@nordviktrading.test", subject="Name change – please update",
                date=when(2025, 7, 7, 10, 10, 10), root=text(body, cte="quoted-printable"),
                extra=[OUTLOOK], relay="mail.nordviktrading.test", ip="198.51.100.13"),
        category="request", kinds=["rectification"], language="en", requester_email="zoe.kanska@nordviktrading.test",
        requester_name="Zoë Kańska", business_id=b_nordvik,
        notes="'update my surname'; Q-encoded UTF-8 name with ë and ń; the employer's Y-tunnus is in the text.")

    body = T("""
        Hi,

        your system shows my date of birth as 1989-11-04, but it is 1989-04-11 (looks like the day and month got swapped). Please correct it. Since the wrong date is used for the age check in your app, please restrict processing of my data while you verify the correction.

        Thanks,
        Ahmed Yilmaz
        +358 44 321 6540
        """)
    add("en-rectification-restriction-while-verifying",
        message(rcpt=LUMI, frm=mailbox("Ahmed Yilmaz", "ahmed.yilmaz@example.fi"), frm_addr="ahmed.yilmaz@example.fi",
                subject="Wrong date of birth", date=when(2025, 10, 1, 12, 0, 0),
                root=text(body, charset="us-ascii", cte="7bit"), extra=[TB], relay="smtp.example.fi", ip="192.0.2.40"),
        category="request", kinds=["rectification", "restriction"], language="en",
        requester_email="ahmed.yilmaz@example.fi", requester_name="Ahmed Yilmaz", phone="+358443216540",
        notes="Art. 18(1)(a): correct + 'restrict processing ... while you verify'; dates that must not be "
              "mistaken for identifiers.")

    body = T("""
        To whom it may concern,

        I object to profiling based on my browsing behaviour on your website and to the use of my data for targeted advertising. Please confirm once you have stopped.

        Regards,
        Hannah Lee
        """)
    add("en-objection-profiling-reply-to",
        message(rcpt=KIVI, frm=mailbox("Hannah Lee", "hannah.lee@workplace.example.com"),
                frm_addr="hannah.lee@workplace.example.com", subject="Objection to profiling",
                reply_to="hannah.lee.home@example.org", date=when(2025, 8, 5, 13, 37, 0),
                root=text(body, charset="us-ascii", cte="7bit"), extra=[OUTLOOK],
                relay="smtp.workplace.example.com", ip="203.0.113.18"),
        category="request", kinds=["objection"], language="en", requester_email="hannah.lee.home@example.org",
        requester_name="Hannah Lee",
        notes="'I object to profiling' (Art. 21(1)/(2)); bare Reply-To address different from From.")

    body = T("""
        Hello,

        I am using your program in my company in Tallinn. I want to know which personal data about me you are keeping and please send it to me in machine readable format, so I can move it to other service.

        Best,
        Kadri Saar
        tel 5566 7788
        """)
    add("en-access-portability-non-native-estonian",
        message(rcpt=LUMI, frm=mailbox("Kadri Saar", "kadri.saar@example.com"), frm_addr="kadri.saar@example.com",
                subject="my data", date=when(2025, 3, 12, 11, 11, 11, 2), root=text(body, charset="us-ascii", cte="7bit"),
                relay="smtp.example.com", ip="203.0.113.19"),
        category="request", kinds=["access", "portability"], language="en", requester_email="kadri.saar@example.com",
        requester_name="Kadri Saar", phone="+37255667788",
        notes="Non-native English; access + machine-readable export; Estonian mobile without country code "
              "(context: Tallinn).")

    # =======================================================================
    # REQUESTS - German and Estonian
    # =======================================================================
    body = T("""
        Sehr geehrte Damen und Herren,

        hiermit verlange ich Auskunft nach Art. 15 DSGVO darüber, ob und welche personenbezogenen Daten Sie über mich verarbeiten. Bitte teilen Sie mir auch mit, woher Sie meine Daten haben.

        Ich war im Sommer 2024 als Monteur für einen Subunternehmer auf einer Ihrer Baustellen in Tampere tätig.

        Mit freundlichen Grüßen
        Matthias Krüger
        Mobil: 0151 23456789
        """)
    add("de-access-auskunft-art15",
        message(rcpt=KATTO, frm=mailbox("Matthias Krüger", "m.krueger@example.com"), frm_addr="m.krueger@example.com",
                subject="Auskunft nach Art. 15 DSGVO", date=when(2025, 1, 21, 18, 2, 0, 1),
                root=text(body, cte="quoted-printable"), extra=[TB, "Content-Language: de-DE"],
                relay="smtp.example.com", ip="203.0.113.20"),
        category="request", kinds=["access"], language="de", requester_email="m.krueger@example.com",
        requester_name="Matthias Krüger", phone="+4915123456789",
        notes="German 'Auskunft nach Art. 15 DSGVO' plus 'woher Sie meine Daten haben'; German mobile without +49.")

    body = T("""
        Guten Tag,

        ich bitte um die Löschung meiner Daten aus Ihrer Kundendatenbank. Ich habe vor zwei Jahren einmal Flyer bei Ihnen drucken lassen und benötige Ihre Dienste nicht mehr.

        Freundliche Grüße
        Sabine Hofer
        """)
    add("de-erasure-loeschung-html-latin1",
        message(rcpt=PAINO, frm=mailbox("Sabine Hofer", "sabine.hofer@example.org"), frm_addr="sabine.hofer@example.org",
                subject="Löschung meiner Daten", subject_charset="iso-8859-1", date=when(2025, 11, 3, 10, 45, 0, 2),
                root=text(outlook_html(body, "iso-8859-1", "DE"), "html", "iso-8859-1", "quoted-printable",
                          quote_charset=True),
                extra=[OUTLOOK, "Content-Language: de-AT"], relay="smtp.example.org", ip="198.51.100.143"),
        category="request", kinds=["erasure"], language="de", requester_email="sabine.hofer@example.org",
        requester_name="Sabine Hofer",
        notes="'Löschung meiner Daten' in a HTML-only ISO-8859-1 QP mail with an ISO-8859-1 encoded subject.")

    body = T("""
        Tere,

        palun kustutage kõik minu isikuandmed oma süsteemist. Kasutasin teie rakendust prooviperioodi ajal, kuid ei soovi seda enam kasutada.

        Lugupidamisega
        Mari Kask
        +372 5345 6789
        """)
    add("et-erasure-kustutage",
        message(rcpt=LUMI, frm=mailbox("Mari Kask", "mari.kask@example.com"), frm_addr="mari.kask@example.com",
                subject="Isikuandmete kustutamine", date=when(2025, 6, 9, 9, 9, 9),
                root=text(body, cte="quoted-printable"), relay="smtp.example.com", ip="203.0.113.21"),
        category="request", kinds=["erasure"], language="et", requester_email="mari.kask@example.com",
        requester_name="Mari Kask", phone="+37253456789",
        notes="Estonian erasure request ('palun kustutage ... isikuandmed'); Estonian phone with +372.")

    body = T("""
        Tere!

        Soovin teada, milliseid isikuandmeid te minu kohta töötlete ja kellele olete neid edastanud. Rentisin teilt eelmisel aastal generaatori.

        Parimate soovidega
        Toomas Tamm
        """)
    add("et-access-milliseid-andmeid",
        message(rcpt=LAITE, frm=mailbox("Toomas Tamm", "toomas.tamm@example.com"), frm_addr="toomas.tamm@example.com",
                subject="Päring isikuandmete kohta", date=when(2025, 10, 27, 14, 30, 0, 2),
                root=text(body, cte="quoted-printable"), relay="smtp.example.com", ip="203.0.113.22"),
        category="request", kinds=["access"], language="et", requester_email="toomas.tamm@example.com",
        requester_name="Toomas Tamm",
        notes="Estonian access request (which data, to whom disclosed); Estonian ä/õ-free text looks Finnish-like.")

    # =======================================================================
    # AUTOMATED
    # =======================================================================
    body = T("""
        Hei,

        olen vuosilomalla 21.7. saakka enkä lue sähköpostiani. Kiireellisissä asioissa soita työnjohtaja Mikalle, puh. 040 551 2244.

        Riikka Salo
        Rakennus Salo Oy
        """)
    add("auto-ooo-fi-vuosiloma-headers",
        message(rcpt=KATTO, frm=mailbox("Riikka Salo", "riikka.salo@rakennus-salo.example.fi"),
                frm_addr="riikka.salo@rakennus-salo.example.fi", subject="Automaattinen vastaus: Tarjous peltikatosta",
                env_from="", date=when(2025, 7, 3, 10, 0, 4), root=text(body, cte="quoted-printable"),
                extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply",
                       "In-Reply-To: <tarjous-8812@kattopojat.example.fi>"],
                relay="mail.rakennus-salo.example.fi", ip="192.0.2.120"),
        category="automated", language="fi", phone="+358405512244",
        notes="Classic Finnish holiday auto-reply with Auto-Submitted and a deputy's phone (literal phone kept).")

    body = T("""
        Hei,

        olen poissa toimistolta 4.-8.8. enkä pääse lukemaan sähköpostiani. Viestisi on tallessa ja vastaan palattuani.

        Ystävällisin terveisin
        Kirsi Harju

        -----Alkuperäinen viesti-----
        Lähettäjä: Kattopojat Oy <info@kattopojat.example.fi>
        Lähetetty: maanantai 4. elokuuta 2025 9.30
        Vastaanottaja: Kirsi Harju <kirsi.harju@example.fi>
        Aihe: Re: Tietojeni poistaminen

        Hei Kirsi,

        olemme vastaanottaneet pyyntösi ja vahvistamme sen kuukauden kuluessa.

        > Pyydän teitä poistamaan kaikki tietoni rekisteristänne ja lopettamaan
        > markkinointiviestien lähettämisen.
        """)
    add("auto-ooo-fi-no-headers-quotes-erasure",
        message(rcpt=KATTO, frm=mailbox("Kirsi Harju", "kirsi.harju@example.fi"), frm_addr="kirsi.harju@example.fi",
                subject="Poissa toimistolta: Re: Tietojeni poistaminen", date=when(2025, 8, 4, 9, 30, 40),
                root=text(body, cte="quoted-printable"), extra=[OUTLOOK], relay="smtp.example.fi", ip="192.0.2.41"),
        category="automated", language="fi",
        notes="Out-of-office without any auto headers; its quote contains an erasure + objection request in "
              "the requester's own words; must not reopen a case.")

    body = T("""
        Hej,

        jag är på semester till och med den 15 juli och läser inte min e-post. Brådskande ärenden kan skickas till kundtjanst@tryckeri-vest.example.se.

        Vänliga hälsningar
        Elin Wester
        """)
    add("auto-ooo-sv-franvaro-x-autoreply",
        message(rcpt=PAINO, frm=mailbox("Elin Wester", "elin.wester@tryckeri-vest.example.se"),
                frm_addr="elin.wester@tryckeri-vest.example.se", subject="Frånvaromeddelande: Offert på pappersleverans",
                env_from="", date=when(2025, 7, 8, 12, 12, 12, 2), root=text(body, cte="quoted-printable"),
                extra=["X-Autoreply: yes"], relay="mail.tryckeri-vest.example.se", ip="198.51.100.152"),
        category="automated", language="sv",
        notes="Swedish 'Frånvaromeddelande' with only X-Autoreply (no Auto-Submitted); names another address.")

    plain = T("""
        I am out of the office until Monday 18 August with limited access to email. For urgent matters please contact our office on the main number.

        Best regards,
        Daniel Moore
        """)
    add("auto-ooo-en-automatic-reply-outlook",
        message(rcpt=KIVI, frm=mailbox("Daniel Moore", "daniel.moore@example.com"), frm_addr="daniel.moore@example.com",
                subject="Automatic reply: Re: Your request to delete your personal data",
                date=when(2025, 8, 11, 10, 5, 0),
                root=multipart("alternative", [text(plain, charset="us-ascii", cte="7bit"),
                                               text(outlook_html(plain, "us-ascii", "EN-US"), "html",
                                                    charset="us-ascii", cte="quoted-printable")],
                               "_000_" + token("moore-oof", 20).upper() + "_"),
                extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                       "X-MS-Exchange-Inbox-Rules-Loop: daniel.moore@example.com", OUTLOOK],
                relay="EUR04-HE1-obe.outbound.protection.example.com", ip="198.51.100.64"),
        category="automated", language="en",
        notes="Outlook 'Automatic reply' whose subject is about deleting personal data; Auto-Submitted: "
              "auto-generated.")

    body = T("""
        Sehr geehrte Damen und Herren,

        ich bin bis einschließlich 29.08.2025 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an mein Team.

        Mit freundlichen Grüßen
        Katrin Vogel

        > Sehr geehrte Frau Vogel, bitte löschen Sie meine Daten aus Ihrem Verteiler.
        """)
    add("auto-ooo-de-abwesenheit-quotes-request",
        message(rcpt=LUMI, frm=mailbox("Katrin Vogel", "katrin.vogel@example.com"), frm_addr="katrin.vogel@example.com",
                subject="Abwesenheitsnotiz: Ihre Anfrage", env_from="", date=when(2025, 8, 18, 8, 0, 0, 2),
                root=text(body, cte="quoted-printable"), extra=["Auto-Submitted: auto-replied"],
                relay="smtp.example.com", ip="203.0.113.23"),
        category="automated", language="de",
        notes="German 'Abwesenheitsnotiz' with Auto-Submitted; quotes a deletion request in German.")

    body = T("""
        Tere!

        Olen puhkusel kuni 12. augustini ja ei loe e-kirju. Kiireloomulistes küsimustes palun kirjutage aadressile kontor@ehitus-lepp.example.com.

        Jaan Lepp
        """)
    add("auto-ooo-et-automaatvastus",
        message(rcpt=LAITE, frm=mailbox("Jaan Lepp", "jaan.lepp@ehitus-lepp.example.com"),
                frm_addr="jaan.lepp@ehitus-lepp.example.com", subject="Automaatvastus: Tellimus 4471",
                env_from="", date=when(2025, 7, 29, 15, 0, 0),
                root=text(body, cte="quoted-printable"), extra=["X-Autoreply: yes", "Precedence: auto_reply"],
                relay="mail.ehitus-lepp.example.com", ip="198.51.100.110"),
        category="automated", language="et",
        notes="Estonian holiday auto-reply ('Automaatvastus', 'Olen puhkusel'); X-Autoreply only.")

    dsn_text = T("""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          aino.peltola@vanha-isp.example.com
            host mx.vanha-isp.example.com [198.51.100.200]
            SMTP error from remote mail server after RCPT TO:<aino.peltola@vanha-isp.example.com>:
            550 5.1.1 No such user here
        """)
    status = T("""
        Reporting-MTA: dns; mx.lumivalo.example.fi

        Action: failed
        Final-Recipient: rfc822;aino.peltola@vanha-isp.example.com
        Status: 5.1.1
        Remote-MTA: dns; mx.vanha-isp.example.com
        Diagnostic-Code: smtp; 550 5.1.1 No such user here
        """)
    returned = T("""
        Date: Wed, 17 Sep 2025 11:02:00 +0300
        From: Lumivalo Ohjelmistot <info@lumivalo.example.fi>
        To: aino.peltola@vanha-isp.example.com
        Subject: [DSAR-2025-0031] Re: =?utf-8?Q?Tietopyynt=C3=B6?=
        Message-ID: <dsar-2025-0031-ack@lumivalo.example.fi>
        """)
    add("auto-dsn-exim-rfc822-headers",
        message(rcpt=LUMI, frm=mailbox("Mail Delivery System", "Mailer-Daemon@mx.lumivalo.example.fi"),
                frm_addr="Mailer-Daemon@mx.lumivalo.example.fi", to="info@lumivalo.example.fi",
                subject="Mail delivery failed: returning message to sender", env_from="",
                date=when(2025, 9, 17, 11, 2, 5),
                root=multipart("report", [text(dsn_text, charset="us-ascii", cte="7bit"),
                                          raw_part(["Content-Type: message/delivery-status"], status),
                                          raw_part(["Content-Type: text/rfc822-headers"], returned)],
                               "1758096125-eximdsn-" + token("dsn", 10), params=" report-type=delivery-status;"),
                extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: aino.peltola@vanha-isp.example.com"],
                relay="localhost", ip="127.0.0.1", trace=True),
        category="automated", language="en",
        notes="Exim-style DSN (multipart/report + text/rfc822-headers) returning our own reply to a request.")

    digest = T("""
        Lähetä viestit listalle osoitteeseen
                tietosuojaverkosto@lists.example.org

        Tämän päivän aiheet:

           1. Tietojen poistaminen varmuuskopioista? (Hanna K.)
           2. Re: Tietojen poistaminen varmuuskopioista? (Olli V.)
           3. Syysseminaarin ilmoittautuminen (Sihteeri)

        ----------------------------------------------------------------------

        Viesti: 1
        Päiväys: Tue, 23 Sep 2025 09:12:44 +0300
        Lähettäjä: Hanna K.
        Aihe: Tietojen poistaminen varmuuskopioista?

        Miten te hoidatte tietojen poistamisen, kun asiakas pyytää poistamaan tietonsa, mutta ne ovat vielä varmuuskopioissa? Poistetaanko heti vai annetaanko kopioiden vanhentua?

        ------------------------------

        Viesti: 2
        Päiväys: Tue, 23 Sep 2025 10:40:02 +0300
        Lähettäjä: Olli V.
        Aihe: Re: Tietojen poistaminen varmuuskopioista?

        Meillä varmuuskopiot vanhenevat 35 päivässä, ja kerromme sen vastauksessa rekisteröidylle.

        ------------------------------

        Viesti: 3
        Aihe: Syysseminaarin ilmoittautuminen

        Ilmoittautuminen syysseminaariin päättyy perjantaina.

        ------------------------------

        Tietosuojaverkosto-digest, Nide 7, Numero 39
        Listan asetukset: https://lists.example.org/mailman/listinfo/tietosuojaverkosto
        """)
    add("auto-list-digest-fi-tietojen-poistaminen",
        message(rcpt=TILI, frm=mailbox(None, "tietosuojaverkosto-request@lists.example.org"),
                frm_addr="tietosuojaverkosto-request@lists.example.org",
                to="tietosuojaverkosto@lists.example.org",
                subject="Tietosuojaverkosto-digest, Nide 7, Numero 39", env_from="tietosuojaverkosto-bounces@lists.example.org",
                date=when(2025, 9, 23, 12, 0, 0), root=text(digest, cte="quoted-printable"),
                extra=["List-Id: Tietosuojaverkosto <tietosuojaverkosto.lists.example.org>",
                       "List-Unsubscribe: <https://lists.example.org/mailman/options/tietosuojaverkosto>,\n"
                       " <mailto:tietosuojaverkosto-request@lists.example.org?subject=unsubscribe>",
                       "List-Post: <mailto:tietosuojaverkosto@lists.example.org>",
                       "Precedence: list", "X-BeenThere: tietosuojaverkosto@lists.example.org"],
                relay="lists.example.org", ip="198.51.100.210"),
        category="automated", language="fi",
        notes="Mailman digest with List-Id and Precedence: list, discussing 'tietojen poistaminen' and "
              "'pyytää poistamaan tietonsa' among practitioners.")

    mdn = T("""
        Ditt meddelande

          Till: Anders Blomqvist
          Ämne: Offert trycksaker
          Skickat: 2025-10-07 09:14

        lästes 2025-10-07 10:02.
        """)
    add("auto-mdn-read-receipt-sv",
        message(rcpt=PAINO, frm=mailbox("Anders Blomqvist", "anders.blomqvist@example.fi"),
                frm_addr="anders.blomqvist@example.fi", subject="Läst: Offert trycksaker",
                date=when(2025, 10, 7, 10, 2, 30),
                root=multipart("report", [text(mdn, cte="quoted-printable"),
                                          raw_part(["Content-Type: message/disposition-notification"], T("""
                                              Reporting-UA: anders.blomqvist@example.fi; Microsoft Outlook 16.0
                                              Final-Recipient: rfc822;anders.blomqvist@example.fi
                                              Original-Message-ID: <offert-2025-1007@saaristonpaino.example.fi>
                                              Disposition: manual-action/MDN-sent-manually; displayed
                                              """))],
                               "----=_NextPart_000_00A1_" + token("mdn-sv", 16).upper(),
                               params=" report-type=disposition-notification;"),
                extra=[OUTLOOK], relay="smtp.example.fi", ip="192.0.2.42"),
        category="automated", language="sv",
        notes="Swedish read receipt (MDN, 'Läst:') with message/disposition-notification.")

    cal_plain = T("""
        You have been invited to the following event.

        Quarterly review: erasure and access requests
        When: Tuesday 9 September 2025 10:00 - 11:00 (Eastern European Time - Helsinki)
        Where: Teams
        Who:
          * Nina Kallas - organizer
          * info@kivikangas.example.fi

        Going? Yes - Maybe - No
        Invitation from Calendar. You are receiving this email because you are an attendee of the event.
        """)
    ics = T("""
        BEGIN:VCALENDAR
        PRODID:-//Example Calendar//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20250909T070000Z
        DTEND:20250909T080000Z
        DTSTAMP:20250901T120000Z
        ORGANIZER;CN=Nina Kallas:mailto:nina.kallas@partner.example.com
        UID:7kq2v9d1erasurereview@calendar.example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=info@kivikangas.example.fi:mailto:info@kivikangas.example.fi
        SUMMARY:Quarterly review: erasure and access requests
        LOCATION:Teams
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    add("auto-calendar-invitation-en",
        message(rcpt=KIVI, frm=mailbox("Nina Kallas", "calendar-notification@calendar.example.com"),
                frm_addr="calendar-notification@calendar.example.com",
                reply_to=mailbox("Nina Kallas", "nina.kallas@partner.example.com"),
                subject="Invitation: Quarterly review: erasure and access requests @ Tue 9 Sep 2025 10:00 - 11:00 (EEST)",
                date=when(2025, 9, 1, 12, 0, 3, 0),
                root=multipart("mixed", [
                    multipart("alternative", [text(cal_plain, cte="quoted-printable"),
                                              text(ics, "calendar", params="; method=REQUEST", cte="7bit")],
                              "0000000000004c" + token("cal-alt", 14)),
                    attachment(ics.replace("\n", "\r\n").encode("utf-8"), "application/ics", "invite.ics")],
                    "0000000000004b" + token("cal-mix", 14)),
                extra=["Sender: Calendar <calendar-notification@calendar.example.com>",
                       "Auto-Submitted: auto-generated"],
                relay="mail-sor-f73.calendar.example.com", ip="203.0.113.73"),
        category="automated", language="en",
        notes="Calendar invitation (text/calendar METHOD:REQUEST + .ics) whose title is about erasure and access "
              "requests; Reply-To is the organiser.")

    ack = T("""
        Hei,

        kiitos yhteydenotostasi. Tukipyyntösi on kirjattu numerolla #48213 ja käsittelemme sen kahden arkipäivän kuluessa. Älä vastaa tähän viestiin.

        Ystävällisin terveisin
        Kirjanpito-ohjelman asiakastuki

        --- Alkuperäinen pyyntösi ---
        Haluaisimme poistaa entisen työntekijämme käyttäjätilin ja siirtää hänen raporttinsa toiselle käyttäjälle.
        """)
    add("auto-helpdesk-ack-fi-ticket",
        message(rcpt=TILI, frm=mailbox("Asiakastuki", "tuki@kirjanpito-ohjelma.example.com"),
                frm_addr="tuki@kirjanpito-ohjelma.example.com", subject="[#48213] Tukipyyntösi on vastaanotettu",
                date=when(2025, 5, 26, 14, 1, 1),
                root=text(ack, cte="quoted-printable"),
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                       "X-Mailer: Zendesk Mailer"],
                relay="mail.kirjanpito-ohjelma.example.com", ip="198.51.100.220"),
        category="automated", language="fi",
        notes="Helpdesk acknowledgement with a ticket number; the echoed ticket asks to delete an account and "
              "move reports (staff admin, not a data-subject right).")

    body = T("""
        Varmuuskopiointi valmis

        Palvelin: fileserver01
        Aloitettu: 14.10.2025 02:00
        Valmis: 14.10.2025 02:47
        Kopioitu: 12 418 tiedostoa (38,2 Gt)
        Poistettu: 3 vanhaa varmuuskopioversiota säilytysajan päätyttyä

        Tämä on automaattinen ilmoitus. Älä vastaa tähän viestiin.
        """)
    add("auto-noreply-backup-notification-fi",
        message(rcpt=KULJ, frm=mailbox("Varmuuskopiopalvelu", "noreply@varmuuskopio.example.com"),
                frm_addr="noreply@varmuuskopio.example.com", subject="Varmuuskopiointi valmis – 3 vanhaa versiota poistettu",
                date=when(2025, 10, 14, 2, 47, 30), root=text(body, cte="quoted-printable"),
                extra=["X-Mailer: backupd 4.2"], relay="relay.varmuuskopio.example.com", ip="203.0.113.99"),
        category="automated", language="fi",
        notes="noreply@ system notification without auto headers; 'poistettu' and 'säilytysajan päätyttyä' in a "
              "machine report.")

    news_plain = T("""
        GDPR Weekly - Issue 112

        THE RIGHT TO ERASURE, EXPLAINED
        When a customer writes "please delete my data", you have one month to answer. Here is a checklist for small businesses: find every copy, check retention duties, and confirm in writing.

        ALSO IN THIS ISSUE
        - Access requests: what counts as "a copy"?
        - Marketing opt-outs must be honoured at once.

        You are receiving this because info@lumivalo.example.fi subscribed to GDPR Weekly.
        Unsubscribe: https://news.privacy-weekly.example.com/u/8f2a
        """)
    add("auto-newsletter-en-gdpr-weekly-bulk",
        message(rcpt=LUMI, frm=mailbox("GDPR Weekly", "newsletter@privacy-weekly.example.com"),
                frm_addr="newsletter@privacy-weekly.example.com", subject="The right to erasure, explained",
                env_from="bounce-112-8f2a@mailer.privacy-weekly.example.com", date=when(2025, 11, 6, 7, 0, 0, 0),
                root=multipart("alternative", [text(news_plain, cte="quoted-printable"),
                                               text(light_html(news_plain, '<div style="max-width:600px">'), "html",
                                                    cte="quoted-printable")],
                               "=_nl_" + token("gdprweekly", 20)),
                extra=["List-Unsubscribe: <https://news.privacy-weekly.example.com/u/8f2a>",
                       "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                       "List-Id: GDPR Weekly <weekly.privacy-weekly.example.com>", "Precedence: bulk",
                       "Feedback-ID: 112:weekly:privacy-weekly"],
                relay="mta7.mailer.privacy-weekly.example.com", ip="203.0.113.120"),
        category="automated", language="en",
        notes="Bulk newsletter (Precedence: bulk, List-Unsubscribe) whose article quotes 'please delete my data'.")

    body = T("""
        Hei,

        olen poissa toimistolta 1.–12.9. Sähköpostejani ei välitetä eteenpäin. Kiireellisissä asioissa ota yhteyttä toimistoomme.

        Ystävällisin terveisin
        Pauliina Koski
        Isännöinti Koski Oy
        """)
    add("auto-ooo-fi-outlook-html-cp1252-no-headers",
        message(rcpt=KATTO, frm=mailbox("Pauliina Koski", "pauliina.koski@isannointikoski.example.fi"),
                frm_addr="pauliina.koski@isannointikoski.example.fi", subject="Automaattinen vastaus: Kattotarkastus",
                date=when(2025, 9, 2, 8, 15, 0),
                root=text(outlook_html(body, "windows-1252"), "html", "windows-1252", "quoted-printable",
                          quote_charset=True),
                extra=[OUTLOOK], relay="EUR05-AM6-obe.outbound.protection.example.com", ip="198.51.100.65"),
        category="automated", language="fi",
        notes="Finnish Outlook out-of-office, HTML-only windows-1252 QP, no Auto-Submitted or X-Autoreply; only "
              "the subject and text reveal it.")

    body = T("""
        Tack för ditt mejl!

        Jag är föräldraledig till och med december och läser inte denna brevlåda. Ditt meddelande har inte vidarebefordrats.

        Hälsningar
        Ulrika Sandell

        > Radera mina personuppgifter, tack.
        > Ulrika
        """)
    add("auto-autosvar-sv-quotes-radera",
        message(rcpt=PAINO, frm=mailbox("Ulrika Sandell", "ulrika.sandell@example.fi"),
                frm_addr="ulrika.sandell@example.fi", subject="Autosvar: Re: Radera mina uppgifter", env_from="",
                date=when(2025, 10, 30, 11, 0, 0, 2), root=text(body, cte="quoted-printable"),
                extra=["Auto-Submitted: auto-replied"], relay="smtp.example.fi", ip="192.0.2.43"),
        category="automated", language="sv",
        notes="Swedish 'Autosvar' with Auto-Submitted that quotes the person's own earlier erasure request.")

    # =======================================================================
    # OTHER (hard negatives)
    # =======================================================================
    b_aho = new_ytunnus("0964215")
    body = T("""
        Hei,

        kuinka paljon aikaa teiltä kuluu rekisteröityjen pyyntöihin? Tarkastuspyynnöt, poistopyynnöt ja "oikeus tulla unohdetuksi" -vaatimukset hoituvat Pyyntörobotilla minuuteissa: tunnistamme pyynnön, haemme tiedot järjestelmistänne ja laadimme vastauksen määräajassa.

        Varaisitteko 20 minuutin esittelyn ensi viikolle?

        Petra Aho
        Myyntijohtaja, Tietosuojapalvelu Aho Oy
        Y-tunnus %s
        +358 9 4243 1100
        """) % b_aho
    add("other-vendor-pitch-fi-dsar-automation",
        message(rcpt=KIVI, frm=mailbox("Petra Aho", "petra.aho@tietosuojapalvelu.example.com"),
                frm_addr="petra.aho@tietosuojapalvelu.example.com",
                subject="Rekisteröityjen pyynnöt automaattisesti – 20 min esittely?", date=when(2025, 3, 5, 10, 0, 0, 2),
                root=text(body, cte="quoted-printable"), extra=["X-Mailer: HubSpot"],
                relay="mail.tietosuojapalvelu.example.com", ip="203.0.113.130"),
        category="other", language="fi", phone="+358942431100", business_id=b_aho,
        notes="Vendor pitch dense with DSAR vocabulary (tarkastuspyynnöt, poistopyynnöt, oikeus tulla "
              "unohdetuksi); Helsinki landline.")

    plain = T("""
        Hi team,

        Cut your DSAR handling time by 80%. Our platform receives access requests, erasure requests and objections, verifies identity, redacts documents and drafts the reply - all before your deadline.

        Want to see how a company your size deleted 1,200 records in an afternoon? Book a 15-minute call: https://dsar-suite.example.com/demo

        Jordan Blake
        Account Executive, DSAR Suite
        """)
    add("other-vendor-pitch-en-dsar-suite",
        message(rcpt=LUMI, frm=mailbox("Jordan Blake", "jordan@dsar-suite.example.com"),
                frm_addr="jordan@dsar-suite.example.com", subject="Handle erasure requests in minutes, not days",
                date=when(2025, 4, 22, 15, 30, 0, 0),
                root=multipart("alternative", [text(plain, cte="quoted-printable"),
                                               text(light_html(plain), "html", cte="quoted-printable")],
                               "--==_mimepart_" + token("dsarsuite", 18)),
                extra=["X-Mailer: Outreach"], relay="smtp.dsar-suite.example.com", ip="203.0.113.131"),
        category="other", language="en",
        notes="English vendor pitch about DSAR automation ('erasure requests', 'deleted records').")

    body = T("""
        OFFICE OF THE DATA PROTECTION OMBUDSMAN

        Formal notice of complaint - case 2025-4417

        A data subject has filed a complaint against your organisation concerning an unanswered erasure request. Failure to respond within 48 hours will result in an administrative fine.

        Download the complaint and submit your response here:
        http://tietosuoja-valvonta.example.org/case/2025-4417/login

        This notice is sent automatically. Do not forward it.
        """)
    add("other-phishing-en-fake-ombudsman",
        message(rcpt=TILI, frm=mailbox("Office of the Data Protection Ombudsman", "notice@tietosuoja-valvonta.example.org"),
                frm_addr="notice@tietosuoja-valvonta.example.org",
                subject="Formal notice: GDPR complaint filed against your company (case 2025-4417)",
                date=when(2025, 6, 30, 3, 14, 0, 0), root=text(body, charset="us-ascii", cte="7bit"),
                relay="vps-22.hosting.example.net", ip="203.0.113.250"),
        category="other", language="en",
        notes="Phishing impersonating the Ombudsman about an 'unanswered erasure request'; threatens a fine and "
              "claims to be automatic.")

    body = T("""
        Hyvä asiakas,

        verkkopankkitunnuksesi vanhenevat 48 tunnin kuluttua. Päivitä henkilötietosi ja vahvista tunnuksesi alla olevasta linkistä, jotta palvelun käyttö ei keskeydy:

        https://nordpankki-tunnistus.example.net/paivita

        Ystävällisin terveisin
        Nordpankki Asiakaspalvelu
        """)
    add("other-phishing-fi-bank-paivita-tietosi",
        message(rcpt=KULJ, frm=mailbox("Nordpankki", "asiakaspalvelu@nordpankki-tunnistus.example.net"),
                frm_addr="asiakaspalvelu@nordpankki-tunnistus.example.net",
                subject="Päivitä tietosi 48 tunnin kuluessa", date=when(2025, 2, 17, 2, 2, 2, 2),
                root=multipart("alternative", [text(body, cte="base64"),
                                               text(light_html(body), "html", cte="base64")],
                               "----=_Part_" + token("bank-phish", 18)),
                relay="mailout.bulk.example.net", ip="203.0.113.251"),
        category="other", language="fi",
        notes="Bank phishing: 'Päivitä henkilötietosi' looks like rectification but it is the sender asking the "
              "recipient; base64 parts.")

    body = T("""
        Hei,

        tilasimme eilen verkkokaupastanne kaksi kattoturvasiltaa, tilausnumero 20250612-118. Peruuttakaa tilaus, olemme löytäneet tarvikkeet muualta. Poistakaa siis tilaus kokonaan, ettei sitä lähetetä eikä laskuteta.

        Terveisin
        Marko Heikkinen
        """)
    add("other-cancel-order-poistakaa-tilaus",
        message(rcpt=KATTO, frm=mailbox("Marko Heikkinen", "marko.heikkinen@example.fi"),
                frm_addr="marko.heikkinen@example.fi", subject="Tilauksen peruutus 20250612-118",
                date=when(2025, 6, 13, 8, 8, 8), root=text(body, cte="quoted-printable"),
                relay="smtp.example.fi", ip="192.0.2.44"),
        category="other", language="fi",
        notes="'Peruuttakaa tilaus' / 'Poistakaa tilaus kokonaan' = cancel an order, not erasure.")

    b_harbour = new_ytunnus("0718342")
    body = T("""
        Hi,

        we received invoice 4421 twice (once by e-invoice and once as PDF). Please delete the duplicate invoice from your system so it doesn't go to collection - we have paid the original.

        Kind regards,
        Accounts payable
        Harbour Freight Oy, business ID %s
        """) % b_harbour
    add("other-delete-duplicate-invoice-en",
        message(rcpt=TILI, frm=mailbox("Harbour Freight Accounts", "ap@harbourfreight.example.com"),
                frm_addr="ap@harbourfreight.example.com", subject="Duplicate invoice 4421",
                date=when(2025, 3, 31, 9, 45, 0), root=text(body, charset="us-ascii", cte="7bit"),
                relay="smtp.harbourfreight.example.com", ip="203.0.113.140"),
        category="other", language="en", business_id=b_harbour,
        notes="'Please delete the duplicate invoice' from a company's accounts payable: business, not erasure.")

    b_tryck = new_ytunnus("1572904")
    body = T("""
        Hej,

        vår faktureringsadress ändras från och med 1.1.2026. Vänligen uppdatera våra uppgifter i ert leverantörsregister:

        Tryckpappers Nord Ab
        FO-nummer %s
        Ny faktureringsadress: PB 118, 65101 Vasa
        E-faktura (OVT): 003715729048

        Tack!
        Helena Wik
        Ekonomiavdelningen
        """) % b_tryck
    add("other-supplier-billing-address-sv-latin1",
        message(rcpt=PAINO, frm=mailbox("Helena Wik", "helena.wik@tryckpappersnord.example.fi", "iso-8859-1"),
                frm_addr="helena.wik@tryckpappersnord.example.fi", subject="Ny faktureringsadress",
                date=when(2025, 11, 18, 13, 20, 0, 2),
                root=text(body, charset="iso-8859-1", cte="quoted-printable"), extra=[OUTLOOK],
                relay="mail.tryckpappersnord.example.fi", ip="192.0.2.130"),
        category="other", language="sv", business_id=b_tryck,
        notes="Supplier asks to update ITS company's billing data ('uppdatera våra uppgifter'): not personal "
              "data; FO-nummer plus an OVT that embeds the same digits.")

    body = T("""
        Hei,

        onko teillä tietosuojaseloste englanniksi? Meidän uusi projektipäällikkö ei puhu suomea, ja hänen pitäisi tutustua siihen ennen kuin allekirjoitamme sopimuksen.

        Kiitos,
        Hanna Miettinen
        """)
    add("other-privacy-notice-in-english-question-fi",
        message(rcpt=KIVI, frm=mailbox("Hanna Miettinen", "hanna.miettinen@asiakasyritys.example.fi"),
                frm_addr="hanna.miettinen@asiakasyritys.example.fi", subject="Tietosuojaseloste englanniksi?",
                date=when(2025, 5, 8, 14, 14, 0), root=text(body), extra=[OUTLOOK],
                relay="mail.asiakasyritys.example.fi", ip="192.0.2.131"),
        category="other", language="fi",
        notes="General privacy question ('onko teillä tietosuojaseloste englanniksi?') without using any right.")

    body = T("""
        Hello,

        our procurement team is reviewing your software. Do you store data in the EU? We also need to know whether you use any sub-processors outside the EEA and whether you can sign our data processing agreement.

        Best regards,
        Lukas Novak
        IT Procurement, Vltava Components
        """)
    add("other-do-you-store-data-in-eu-en",
        message(rcpt=LUMI, frm=mailbox("Lukas Novak", "lukas.novak@vltava-components.example.com"),
                frm_addr="lukas.novak@vltava-components.example.com", subject="Data residency question",
                date=when(2025, 9, 15, 10, 30, 0), root=text(body, charset="us-ascii", cte="7bit"),
                extra=[OUTLOOK], relay="mail.vltava-components.example.com", ip="203.0.113.141"),
        category="other", language="en",
        notes="'Do you store data in the EU?' + sub-processors + DPA: a privacy question from a prospect.")

    body = T("""
        Hei,

        haen avointa asentajan paikkaa Kuusiston Kuljetukselta. Minulla on C-ajokortti, ADR-pätevyys ja kuuden vuoden kokemus jakeluajosta. CV ja tutkintotodistukset ovat liitteenä.

        Annan suostumukseni siihen, että hakemukseni ja tietoni säilytetään rekrytointirekisterissänne kuuden kuukauden ajan.

        Ystävällisin terveisin
        Joonas Rantala
        0449 123 765
        """)
    cv = b"%PDF-1.4\n% invented CV placeholder\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    add("other-job-application-fi-consent",
        message(rcpt=KULJ, frm=mailbox("Joonas Rantala", "joonas.rantala@example.fi"),
                frm_addr="joonas.rantala@example.fi", subject="Avoin hakemus: asentaja / kuljettaja",
                date=when(2025, 1, 27, 19, 0, 0, 2),
                root=multipart("mixed", [text(body, cte="quoted-printable"),
                                         attachment(cv, "application/pdf", "CV_Joonas_Rantala.pdf")],
                               "------------" + token("cv-joonas", 24)),
                extra=[TB], relay="smtp.example.fi", ip="192.0.2.45"),
        category="other", language="fi", phone="+358449123765",
        notes="Job application with a PDF whose consent sentence ('tietoni säilytetään rekrytointirekisterissänne') "
              "uses register vocabulary but exercises no right.")

    body = T("""
        Hi,

        thanks for confirming that my data has been deleted and that I've been taken off your marketing list. All good on my end - no need to reply.

        Best,
        Tom
        """)
    add("other-thanks-after-erasure-en",
        message(rcpt=KIVI, frm=mailbox("Tom Whitaker", "tom.whitaker@example.org"), frm_addr="tom.whitaker@example.org",
                subject="Re: [DSAR-2025-0019] Your erasure request has been completed",
                date=when(2025, 5, 30, 17, 0, 0),
                root=text(body, charset="us-ascii", cte="7bit"),
                extra=["In-Reply-To: <dsar-2025-0019-done@kivikangas.example.fi>",
                       "References: <dsar-2025-0019-done@kivikangas.example.fi>"],
                relay="smtp.example.org", ip="198.51.100.144"),
        category="other", language="en",
        notes="Thank-you after a completed erasure + objection; threads to the case tag but asks for nothing.")

    body = T("""
        Moi kaikki,

        meidän pitää poistaa vanhat asiakastiedot ennen marraskuun auditointia: kaikki yli kymmenen vuotta vanhat asiakaskortit ja tarjoukset, paitsi kirjanpitoon kuuluvat tositteet. Mikko, voisitko ajaa listan asiakkaista, joilla ei ole ollut tapahtumia vuoden 2015 jälkeen?

        Katsotaan tätä torstain palaverissa.

        Tarja
        """)
    add("other-internal-delete-old-records-fi",
        message(rcpt=TILI, to="info@jarvisentilit.example.fi, mikko.lahti@jarvisentilit.example.fi",
                frm=mailbox("Tarja Koivula", "tarja.koivula@jarvisentilit.example.fi"),
                frm_addr="tarja.koivula@jarvisentilit.example.fi", subject="Vanhojen asiakastietojen siivous",
                date=when(2025, 10, 13, 8, 30, 0),
                root=text(body, cte="quoted-printable"), extra=[OUTLOOK],
                relay="exch01.jarvisentilit.example.fi", ip="10.40.0.11"),
        category="other", language="fi",
        notes="Internal mail: staff plan to delete old customer records ('meidän pitää poistaa vanhat "
              "asiakastiedot'); nobody exercises a right.")

    body = T("""
        Hei!

        Haluaisin tilata uutiskirjeenne tähän osoitteeseen. Voisitteko lisätä minut postituslistallenne? Olen kiinnostunut erityisesti painotuotteiden kampanjoista.

        Terveisin
        Leena Virta
        """)
    add("other-newsletter-signup-request-fi",
        message(rcpt=PAINO, frm=mailbox("Leena Virta", "leena.virta@example.fi"), frm_addr="leena.virta@example.fi",
                subject="Uutiskirjeen tilaus", date=when(2025, 4, 10, 12, 12, 12),
                root=text(body), extra=[IPHONE], relay="smtp.example.fi", ip="192.0.2.46"),
        category="other", language="fi",
        notes="The opposite of an objection: asks to be ADDED to the mailing list ('lisätä minut postituslistalle').")

    body = T("""
        Guten Tag,

        wir planen im Juli Montagearbeiten in Oulu und möchten für zwei Wochen eine Scherenarbeitsbühne mieten. Bitte senden Sie uns ein Angebot inklusive Lieferung.

        Mit freundlichen Grüßen
        Stefan Brandt
        Brandt Montage GmbH, Hamburg
        Tel. 040 6543210
        """)
    add("other-rental-inquiry-de-hamburg-phone",
        message(rcpt=LAITE, frm=mailbox("Stefan Brandt", "s.brandt@brandt-montage.example.com"),
                frm_addr="s.brandt@brandt-montage.example.com", subject="Anfrage: Scherenarbeitsbühne Juli",
                date=when(2025, 3, 20, 11, 0, 0, 1), root=text(body, cte="quoted-printable"),
                extra=[OUTLOOK], relay="mail.brandt-montage.example.com", ip="203.0.113.150"),
        category="other", language="de", phone="+49406543210",
        notes="German rental inquiry; the Hamburg landline '040 ...' looks like a Finnish mobile prefix but the "
              "context makes it +49 40.")

    body = T("""
        Hei,

        voisitteko siirtää ensi viikon peltikaton asennuksen torstailta perjantaille? Tiedot löytyvät tilausvahvistuksesta, tilaajana taloyhtiö As Oy Koivukulma.

        Kiitos!
        Sirpa Lahtinen
        """)
    add("other-reschedule-siirtaa-asennus-fi",
        message(rcpt=KATTO, frm=mailbox("Sirpa Lahtinen", "sirpa.lahtinen@example.fi"),
                frm_addr="sirpa.lahtinen@example.fi", subject="Asennuksen siirto",
                date=when(2025, 8, 20, 16, 40, 0), root=text(body), extra=[TB],
                relay="smtp.example.fi", ip="192.0.2.47"),
        category="other", language="fi",
        notes="'Voisitteko siirtää ... asennuksen' + 'Tiedot löytyvät': transfer and data words about rescheduling "
              "an installation, not portability.")



if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
