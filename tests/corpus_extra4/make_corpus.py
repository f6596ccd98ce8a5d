#!/usr/bin/env python3
"""Generate a fourth independent, labelled corpus (corpus_extra4) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by yet another author, from the mail a small Finnish B2B company really gets, in ordinary people's
own words and mostly without legal vocabulary: "en halua että soitatte mulle enää", "ottakaa mut pois teidän
rekisteristä", "kan ni ta bort mig ur ert system", "please stop calling me", a parent writing for a minor, a
former employee asking for payroll papers, an invoice complaint that ends in a deletion request, an SMS-style
one-liner; unusual auto-replies, a quarantine notice, a bounce, a campaign report, a calendar reminder and a
password-reset mail; and hard negatives ("poistakaa lasku nro 123", "onko teillä tietosuojaseloste?", a DPA
signature request, a partner asking to remove their employee from a shared Teams channel).  The MIME helpers and the validator are shared (tests/corpus_kit.py); the mail texts are new.  Everything is
invented; mail domains are under example.fi / example.com / example.se / example.org / .test; IP addresses
come from documentation ranges.

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
def simple(rcpt, name, addr, subject, date, body, *, cte="8bit", charset="utf-8", extra=(), reply_to=None,
           subtype="plain", **kw) -> bytes:
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date,
                   root=text(body, subtype, charset, cte), extra=extra, reply_to=reply_to, **kw)


def alt(rcpt, name, addr, subject, date, body, boundary, *, charset="utf-8", cte="quoted-printable",
        html_flavour="light", extra=(), **kw) -> bytes:
    html_body = outlook_html(body, charset) if html_flavour == "outlook" else light_html(body)
    root = multipart("alternative", [text(body, "plain", charset, cte), text(html_body, "html", charset, cte)],
                     boundary)
    return message(rcpt=rcpt, frm=mailbox(name, addr, charset), frm_addr=addr, subject=subject, date=date,
                   root=root, extra=extra, **kw)


def build() -> None:
    h_art15 = new_hetu("150688", "Y", "234")  # 2023 century sign for the 1900s
    h_expat = new_hetu("030585", "-", "817")
    y_excel = new_ytunnus("3124567")
    y_lasku = new_ytunnus("2876543")
    y_teams = new_ytunnus("0912345")

    # ------------------------------------------------------------------ requests, Finnish (12)
    a = "raimo.lehtinen@kotiposti.example.fi"
    add("fi-stop-calling-roofing", simple(KATTO, "Raimo Lehtinen", a, "soitot", when(2026, 9, 8, 17, 42), T("""
        Hei

        Teiltä on nyt soitettu mulle kolme kertaa tällä viikolla ja kysytty tarviiko mun katto pesua tai pinnoitusta. Ei tarvi, katto on tehty 2019.

        En halua että soitatte mulle enää, ei myyjät eikä kukaan muukaan. Numero on 040 718 2293 jos se pitää jostain ottaa pois.

        Raimo Lehtinen
        Nokia
        """), extra=[TB]),
        category="request", kinds=["objection"], language="fi", requester_email=a, requester_name="Raimo Lehtinen",
        phone="+358407182293", notes="sales calls; 'en halua että soitatte' is an objection with no marketing word in it")

    a = "sari.kettunen@mail.example.com"
    add("fi-take-me-off-register", simple(LAITE, "Sari K", a, "Asiakkuus", when(2026, 3, 2, 8, 5), T("""
        Moi,

        vuokrasin teiltä kaks vuotta sitten lattiahiomakoneen, en oo sen jälkeen tarvinnu mitään enkä tuu tarviimaan.

        Ottakaa mut pois teidän rekisteristä, ei tarvii säilyttää mitään.

        t. Sari Kettunen
        """), cte="quoted-printable", extra=[ANDROID_UA]),
        category="request", kinds=["erasure"], language="fi", requester_email=a, requester_name="Sari Kettunen",
        notes="'pois rekisteristä' of a former customer is erasure, not a mailing-list objection; display name is shortened")

    a = "tuomas.h@posti.example.fi"
    add("fi-what-do-you-know-about-me", simple(LUMI, "Tuomas Heikkilä", a, "mistä", when(2026, 5, 19, 21, 13), T("""
        Moi

        Sain teiltä eilen mailin jossa puhuttelitte mua nimellä ja tiesitte missä firmassa oon töissä. En muista koskaan rekisteröityneeni teidän palveluun.

        Mitä kaikkea te tiedätte musta ja mistä ootte saanu mun tiedot?

        Tuomas
        """)),
        category="request", kinds=["access"], language="fi", requester_email=a, requester_name="Tuomas Heikkilä",
        notes="colloquial access + source question; only the first name is signed, the full name is in the display name")

    a = "marjatta.oksanen@kotiposti.example.fi"
    body = T("""
        Hyvä vastaanottaja

        Soitin teille viime kuussa kahdesti yhtiömme tilinpäätöksen viivästymisestä. Kirjanpitäjänne sanoi toisessa puhelussa, että asia "on merkitty ylös minun kohdalle".

        Haluan nähdä mitä olette kirjanneet minusta teidän asiakasjärjestelmään näiden puhelujen jälkeen. Lähettäkää se minulle tähän osoitteeseen.

        Ystävällisin terveisin
        Marjatta Oksanen
        p. 050 332 1408
        """)
    add("fi-see-what-you-noted", alt(TILI, "Oksanen Marjatta", a, "Puhelumerkinnät", when(2026, 2, 11, 10, 27), body,
                                    "----=_NextPart_000_0017_01DC9A3B.5E2F1C40", charset="windows-1252",
                                    html_flavour="outlook", extra=[OUTLOOK]),
        category="request", kinds=["access"], language="fi", requester_email=a, requester_name="Marjatta Oksanen",
        phone="+358503321408", notes="access to staff notes about her; Outlook 'Surname Firstname' display name, windows-1252 QP")

    a = "henna.jaakkola@mail.example.com"
    add("fi-name-spelled-wrong", simple(PAINO, "Henna Jaakkola", a, "nimi väärin laskussa", when(2026, 4, 14, 12, 1), T("""
        moi, te ootte kirjottanu mun nimen väärin jo kolmessa laskussa ja nyt myös tilausvahvistuksessa. se on Jaakkola eikä Jaakola. korjatkaa se teidän järjestelmään niin ei tarvii joka kerta huomauttaa

        Henna Jaakkola
        """), extra=[IPHONE]),
        category="request", kinds=["rectification"], language="fi", requester_email=a, requester_name="Henna Jaakkola",
        notes="rectification of a misspelt surname, all lower case, no legal words")

    a = "janne.makela@posti.example.fi"
    add("fi-dont-use-until-resolved", simple(LAITE, "Janne Mäkelä", a, "Peräkärry / perintä", when(2026, 6, 23, 19, 48), T("""
        Hei

        Teidän mukaan palautin peräkärryn rikki toukokuussa ja asia on nyt laitettu perintään. Kiistän tämän, kärry oli kunnossa kun jätin sen pihaan ja siitä on kuvat.

        Älkää käyttäkö mun tietoja mihinkään ennen kuin tää on selvitetty. Ei perintään eikä mihinkään muuhunkaan.

        Janne Mäkelä
        0400 918 273
        """), cte="quoted-printable"),
        category="request", kinds=["restriction"], language="fi", requester_email=a, requester_name="Janne Mäkelä",
        phone="+358400918273", notes="restriction while a damage dispute is open; nothing asks for deletion")

    a = "ville@rantasenrakennus.example.fi"
    add("fi-send-my-data-as-excel", simple(TILI, "Ville Rantanen", a, "Tilitoimiston vaihto", when(2026, 11, 27, 7, 55), T(f"""
        Moi

        Vaihdan tilitoimistoa vuodenvaihteessa, kiitos tähänastisesta.

        Lähettäkää mun tiedot excelinä, niin että uusi tilitoimisto voi ladata ne suoraan omaan järjestelmäänsä. Siis mun ja toiminimen asiakastiedot, yhteystiedot ja mitä muuta teillä on.

        Ville Rantanen
        Rakennuspalvelu V. Rantanen
        Y-tunnus {y_excel}
        """), extra=[TB]),
        category="request", kinds=["portability"], language="fi", requester_email=a, requester_name="Ville Rantanen",
        business_id=y_excel, notes="'excelinä' for the next accounting firm is portability; sole trader gives his Y-tunnus")

    a = "aleksi.nurmi@kotiposti.example.fi"
    add("fi-artikla-15-formal", simple(KIVI, "Aleksi Nurmi", a, "Tietopyyntö EU 2016/679 artikla 15", when(2026, 1, 30, 14, 20), T(f"""
        Hyvät vastaanottajat,

        pyydän EU:n yleisen tietosuoja-asetuksen (2016/679) artiklan 15 nojalla pääsyä henkilötietoihini, joita yrityksenne käsittelee, sekä artiklan 15 kohdan 1 mukaiset tiedot: käsittelyn tarkoitukset, tietojen vastaanottajat, säilytysaika ja mistä tiedot on saatu.

        Olin yhteyshenkilönä entisen työnantajani verkkosivu-uudistuksessa vuonna 2024.

        Tunnistamista varten henkilötunnukseni on {h_art15}.

        Aleksi Nurmi
        """), cte="base64"),
        category="request", kinds=["access"], language="fi", requester_email=a, requester_name="Aleksi Nurmi",
        hetu=h_art15, notes="GDPR-savvy access citing artikla 15; hetu with the 2023 century sign Y; base64 body")

    a = "katja.salo@mail.example.com"
    add("fi-parent-of-minor-account", simple(LUMI, "Katja Salo", a, "Pojan tunnus", when(2026, 8, 17, 20, 36), T("""
        Hei,

        meidän 13-vuotias poika on tehnyt teidän palveluun tunnuksen ilman lupaa, ja käytti siinä mun sähköpostiosoitetta (tämä sama). Nimellä Eetu Salo.

        Poistakaa se tunnus ja kaikki mitä siihen on tallennettu. Kortilla ei onneksi ehditty maksaa mitään.

        Katja Salo
        puh. 045 671 3320
        """)),
        category="request", kinds=["erasure"], language="fi", requester_email=a, requester_name="Katja Salo",
        phone="+358456713320", notes="a parent asks to delete her minor son's account; requester is the parent, not the child")

    a = "petri.laaksonen@posti.example.fi"
    add("fi-ex-employee-payroll", simple(KATTO, "Petri Laaksonen", a, "palkkatiedot 2021-2023", when(2026, 10, 5, 9, 12), T("""
        Terve

        Olin teillä töissä kattoasentajana 2021–2023. Tarvisin kopiot mun palkkalaskelmista ja tuntilistoista niiltä vuosilta, Kela kyselee niitä.

        Ja samalla voisitte kertoa mitä muuta teillä on musta tallessa henkilöstötiedoissa.

        Petri Laaksonen
        """), cte="quoted-printable"),
        category="request", kinds=["access"], language="fi", requester_email=a, requester_name="Petri Laaksonen",
        notes="former employee wants copies of payroll records and what else is kept: access, no legal words")

    a = "minna@koivistokuvaa.example.fi"
    body = T("""
        Hei

        Sain laskun nro 20260418 verkkosivujen päivityksestä. Laskulla on 14 tuntia työtä, vaikka sovittiin puhelimessa että päivitys tehdään kiinteällä 600 eurolla. Lisäksi laskulla on "kuvankäsittely 3 h", vaikka toimitin kaikki kuvat itse valmiiksi käsiteltyinä.

        Maksan laskun kun se on korjattu sovittuun summaan.

        Sen jälkeen en halua olla teidän kanssa enää tekemisissä, joten poistakaa kaikki mun tiedot teidän järjestelmistä.

        Minna Koivisto
        Koivisto Kuvaa
        """)
    add("fi-invoice-complaint-then-delete", alt(KIVI, "Minna Koivisto", a, "Lasku 20260418", when(2026, 4, 29, 16, 3), body,
                                                "000000000000a1b2c3d4e5f60718"),
        category="request", kinds=["erasure"], language="fi", requester_email=a, requester_name="Minna Koivisto",
        notes="invoice dispute ('korjattu' is about the invoice, not data) ending in a deletion request")

    a = "mikko.v1982@mail.example.com"
    add("fi-sms-style-delete", simple(LAITE, None, a, None, when(2026, 7, 4, 23, 51), T("""
        poistakaa mun tiedot teiän järjestelmästä kiitos -Mikko

        Lähetetty iPhonesta
        """), extra=[IPHONE]),
        category="request", kinds=["erasure"], language="fi", requester_email=a, requester_name="Mikko",
        notes="one-line SMS-style request, no Subject, no display name, only a first name")

    # ------------------------------------------------------------------ requests, English (4)
    a = "olivia.grant@mail.example.com"
    add("en-close-account-delete-everything", simple(LUMI, "Olivia Grant", a, "Closing our account", when(2026, 3, 31, 11, 40), T("""
        Hi,

        We stopped using your scheduling tool back in March, so I'd like my account closed and everything deleted.

        The account is under this email address.

        Thanks,
        Olivia Grant
        """)),
        category="request", kinds=["erasure"], language="en", requester_email=a, requester_name="Olivia Grant",
        notes="plain-English account closure with deletion")

    a = "dan.hughes@mail.example.com"
    add("en-please-stop-calling", simple(KIVI, "Daniel Hughes", a, "Calls", when(2026, 6, 2, 13, 18), T("""
        Hello,

        Please stop calling me. Someone from your company has rung my mobile (+44 7700 900461) four times in two weeks about a new website for my B&B. I said no the first time.

        Dan Hughes
        """)),
        category="request", kinds=["objection"], language="en", requester_email=a, requester_name="Daniel Hughes",
        phone="+447700900461", notes="objection to sales calls; signs 'Dan Hughes' but the fuller display name is Daniel Hughes")

    a = "sophie.laurent@mail.example.com"
    add("en-why-do-you-have-my-personal-number", simple(PAINO, "Sophie Laurent", a, "Why is my personal number on your delivery note?", when(2026, 5, 6, 9, 2), T(f"""
        Hello,

        Why do you have my personal number? The delivery note that came with our wedding invitations had my henkilötunnus printed on it: {h_expat.lower()}

        As far as I know I never gave it to you. Where did you get it from, and who else has seen it?

        Sophie Laurent
        """), cte="quoted-printable"),
        category="request", kinds=["access"], language="en", requester_email=a, requester_name="Sophie Laurent",
        hetu=h_expat, notes="expat asks why and from where her identity code was obtained (access); hetu written in lower case")

    a = "emma.virtanen@mail.example.com"
    add("en-surname-changed", simple(TILI, "Emma Virtanen", a, "New surname", when(2026, 7, 28, 8, 44), T("""
        Hi,

        I got married in June and my surname is now Virtanen (it used to be Clarke). Could you update it in your records? My email has also changed, this is the new one.

        Best regards,
        Emma Virtanen
        """)),
        category="request", kinds=["rectification"], language="en", requester_email=a, requester_name="Emma Virtanen",
        notes="update of surname and email after marriage: rectification without the word 'correct'")

    # ------------------------------------------------------------------ requests, Swedish (5)
    a = "bjorn.holmstrom@mail.example.com"
    add("sv-ta-bort-mig-ur-systemet", simple(PAINO, "Björn Holmström", a, "Kundregister", when(2026, 2, 24, 15, 30), T("""
        Hej!

        Kan ni ta bort mig ur ert system? Jag beställde visitkort hos er för några år sedan men behöver inga fler.

        Mvh
        Björn Holmström
        Pargas
        """), charset="iso-8859-1", cte="quoted-printable"),
        category="request", kinds=["erasure"], language="sv", requester_email=a, requester_name="Björn Holmström",
        notes="Finland-Swedish 'ta bort mig ur ert system' is erasure; ISO-8859-1 QP")

    a = "linnea.ekstrom@telia.example.se"
    add("sv-vad-har-ni-sparat", simple(LUMI, "Linnea Ekström", a, "Fråga", when(2026, 9, 15, 10, 10), T("""
        Hej,

        vad har ni sparat om mig? Jag fick ett mejl från er om en demo som jag aldrig har bokat, och det stod både mitt namn och min arbetsgivare i det.

        Linnea Ekström
        """)),
        category="request", kinds=["access"], language="sv", requester_email=a, requester_name="Linnea Ekström",
        notes="Sweden-Swedish access in one short question")

    a = "anders.sjoblom@kotiposti.example.fi"
    add("sv-ratta-telefonnummer", simple(LAITE, "Anders Sjöblom", a, "Nytt nummer", when(2026, 10, 20, 18, 6), T("""
        Hej

        Rätta mitt telefonnummer i era kunduppgifter, det gamla är inte i bruk längre. Nytt nummer: 044 512 7730.

        Hälsningar
        Anders Sjöblom
        """)),
        category="request", kinds=["rectification"], language="sv", requester_email=a, requester_name="Anders Sjöblom",
        phone="+358445127730", notes="rectification of a phone number; the new number is the one to label")

    a = "kristina.lindroos@mail.example.com"
    add("sv-sluta-skicka-sms", simple(PAINO, "Kristina Lindroos", a, "SMS", when(2026, 12, 1, 12, 25), T("""
        Hej,

        jag vill inte få era reklam-sms om julkort längre. Jag har fått tre denna vecka. Sluta skicka dem, tack.

        Kristina Lindroos
        """)),
        category="request", kinds=["objection"], language="sv", requester_email=a, requester_name="Kristina Lindroos",
        notes="objection to marketing SMS, Finland-Swedish")

    a = "mats@forsmandesign.example.fi"
    add("sv-send-data-as-file", simple(PAINO, "Mats Forsman", a, "Mina uppgifter", when(2026, 11, 10, 9, 35), T("""
        Hej

        Jag kommer att beställa mina trycksaker från ett annat tryckeri i fortsättningen. Kan ni skicka mina kunduppgifter och min beställningshistorik som en fil (csv eller excel går bra) så att jag kan ge den direkt till det nya tryckeriet?

        Tack för samarbetet!
        Mats Forsman
        """), cte="base64"),
        category="request", kinds=["portability"], language="sv", requester_email=a, requester_name="Mats Forsman",
        notes="portability: a file for the next printing house; base64 body")

    # ------------------------------------------------------------------ request, German (1)
    a = "juergen.bauer@mail.example.com"
    add("de-no-advertising-and-what-data", simple(LAITE, "Jürgen Bauer", a, "Ihr Newsletter", when(2026, 4, 8, 7, 15, utc_offset=2), T("""
        Sehr geehrte Damen und Herren,

        im Februar habe ich bei Ihnen in Oulu einen Anhänger für eine Woche gemietet. Seitdem bekomme ich Ihre Angebote per E-Mail, die ich nie bestellt habe.

        Bitte schicken Sie mir keine Werbung mehr. Außerdem möchte ich wissen, welche Daten Sie über mich gespeichert haben.

        Mit freundlichen Grüßen
        Jürgen Bauer
        Tel. 0151 2345 6789
        """), cte="quoted-printable"),
        category="request", kinds=["access", "objection"], language="de", requester_email=a, requester_name="Jürgen Bauer",
        phone="+4915123456789", notes="German objection to advertising plus access; German mobile without +49")

    # ------------------------------------------------------------------ automated (8)
    a = "tilaukset@katemateriaali.example.fi"
    add("auto-fi-kiitos-viestistasi", simple(KATTO, "Katemateriaali Tilaukset", a, "Vs: Tilaus 4471 / Kattopojat", when(2026, 9, 9, 6, 1), T("""
        Kiitos viestistäsi! Vastaamme arkisin 8–16, yleensä saman päivän aikana.

        Kiireellisissä toimitusasioissa soita asiakaspalveluumme 03 447 1200.

        Katemateriaali Oy
        """), extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"]),
        category="automated", language="fi", phone="+35834471200",
        notes="supplier auto-acknowledgement without 'poissa'/'loma' words; landline phone is literal")

    a = "teemu.rautio@asiakasyritys.example.fi"
    add("auto-fi-tavoitettavissa-maanantaina", simple(TILI, "Teemu Rautio", a, "Automaattinen vastaus: Tilinpäätösaineisto", when(2026, 7, 30, 10, 2), T("""
        Olen tavoitettavissa taas maanantaina 3.8. Sitä ennen kiireelliset asiat hoitaa Teija Nieminen, teija.nieminen@asiakasyritys.example.fi.
        """), extra=["X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated", OUTLOOK]),
        category="automated", language="fi",
        notes="Outlook auto-reply phrased as 'tavoitettavissa taas maanantaina', names a stand-in")

    a = "elin.ahlgren@skargardsbyra.example.fi"
    add("auto-sv-ute-i-skargarden", simple(PAINO, "Elin Ahlgren", a, "Autosvar: Korrektur broschyr", when(2026, 7, 14, 13, 30), T("""
        Tack för ditt mejl!

        Just nu är jag ute i skärgården med dålig täckning och läser mejl igen den 11 augusti. Brådskande ärenden om broschyren kan skickas till kontoret@skargardsbyra.example.fi.

        Sommarhälsningar
        Elin
        """), extra=["Auto-Submitted: auto-replied"]),
        category="automated", language="sv",
        notes="Swedish auto-reply without 'frånvaro' words")

    a = "quarantine@messaging.example.com"
    qbody = T("""
        Microsoft 365 security: You have 2 messages in quarantine

        Review these messages within 30 days to decide whether they should be released to your inbox or deleted.

        Sender: tietosuoja-apu@gdpr-palvelu.example.org
        Subject: Poistakaa tietoni 48 tunnin kuluessa - GDPR-muistutus
        Date: 12.3.2026 4.11

        Sender: invoice@billing-notice.example.org
        Subject: Unpaid invoice #88231
        Date: 12.3.2026 5.02

        Review messages: https://security.example.com/quarantine

        This is an automatically generated message. Please do not reply.
        """)
    add("auto-m365-quarantine-notice", alt(KIVI, "Microsoft 365 Security", a, "Microsoft 365 security: You have messages in quarantine",
                                            when(2026, 3, 12, 8, 0, utc_offset=2), qbody, "_000_quarantine_digest_20260312_",
                                            extra=["X-MS-Exchange-Organization-AuthAs: Internal", "X-MS-Exchange-Generated-Message-Source: Quarantine"]),
        category="automated", language="en",
        notes="quarantine digest whose listed subject is a Finnish deletion request")

    a = "postmaster@jarvisentilit.example.fi"
    orig_hdrs = T("""
        From: Järvisen Tilitoimisto <info@jarvisentilit.example.fi>
        To: matti.aho@vanhayritys.example.fi
        Subject: Tilinpäätösaineisto 2025
        Date: Mon, 16 Feb 2026 09:14:02 +0200
        Message-ID: <d81a9f20@jarvisentilit.example.fi>
        """)
    orig_hdrs = orig_hdrs.replace("Järvisen Tilitoimisto", "Jarvisen Tilitoimisto").replace(
        "Tilinpäätösaineisto 2025", header_text("Tilinpäätösaineisto 2025"))
    dsn = T("""
        Reporting-MTA: dns; mx.jarvisentilit.example.fi
        Arrival-Date: Mon, 16 Feb 2026 09:14:03 +0200

        Final-Recipient: rfc822; matti.aho@vanhayritys.example.fi
        Action: failed
        Status: 5.1.1
        Diagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
        """)
    human = T("""
        Delivery has failed to these recipients or groups:

        matti.aho@vanhayritys.example.fi
        The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

        Diagnostic information for administrators:
        Generating server: mx.jarvisentilit.example.fi
        Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
        """)
    root = multipart("report", [text(human, cte="7bit", charset="us-ascii"),
                                raw_part(["Content-Type: message/delivery-status"], dsn),
                                raw_part(["Content-Type: text/rfc822-headers"], orig_hdrs)],
                     "bounce_20260216_0914", params=" report-type=delivery-status;")
    add("auto-undeliverable-bounce", message(rcpt=TILI, frm="Microsoft Outlook <postmaster@jarvisentilit.example.fi>", frm_addr=a,
                                             subject="Undeliverable: Tilinpäätösaineisto 2025", date=when(2026, 2, 16, 9, 14, 5, utc_offset=2),
                                             root=root, env_from="", extra=["Auto-Submitted: auto-replied"]),
        category="automated", language="en", notes="Exchange-style 'Undeliverable' DSN, multipart/report")

    a = "reports@mailpilot.example.com"
    add("auto-campaign-report", alt(KATTO, "Mailpilot", a, "Campaign report: Syyskampanja - katon huolto", when(2026, 9, 22, 7, 0),
                                    T("""
        Your campaign "Syyskampanja - katon huolto" has finished sending.

        Recipients: 1 284
        Delivered: 1 271
        Opened: 38.2 %
        Clicked: 4.1 %
        Unsubscribed: 6
        Spam complaints: 1

        Most common unsubscribe reason: "I no longer want to receive these emails"

        View the full report in your Mailpilot dashboard.
        You receive this report because you are an administrator of the account Kattopojat.
        """), "mp_report_7f3a91",
                                    extra=["Auto-Submitted: auto-generated", "Precedence: bulk",
                                           "List-Unsubscribe: <https://mailpilot.example.com/settings/notifications>"]),
        category="automated", language="en", notes="marketing-automation campaign report; mentions unsubscribes")

    a = "calendar-notification@calendar.example.com"
    add("auto-fi-calendar-reminder", alt(LAITE, "Kalenteri", a, "Muistutus: Trukkien määräaikaishuolto ti 13.10.2026 9–11", when(2026, 10, 12, 9, 0),
                                         T("""
        Trukkien määräaikaishuolto
        tiistai 13.10.2026 klo 9.00–11.00 (Itä-Euroopan aika)
        Paikka: Varasto 2, Oulu

        Osallistujat: info@pohjolanlaite.example.fi, huolto@pohjolanlaite.example.fi

        Saat tämän muistutuksen, koska olet tapahtuman osallistuja. Voit muuttaa ilmoitusasetuksia kalenterin asetuksista.
        """), "cal_reminder_000451",
                                         extra=["Auto-Submitted: auto-generated"]),
        category="automated", language="fi", notes="calendar reminder in Finnish")

    a = "no-reply@tilikone.example.com"
    add("auto-fi-password-reset", simple(TILI, "Tilikone", a, "Salasanan vaihtopyyntö", when(2026, 1, 20, 22, 47, utc_offset=2), T("""
        Hei,

        tilillesi info@jarvisentilit.example.fi pyydettiin salasanan vaihtoa.

        Vaihda salasana tästä linkistä 30 minuutin kuluessa:
        https://tilikone.example.com/reset?t=6f1c0a

        Jos et pyytänyt vaihtoa, voit jättää tämän viestin huomiotta. Salasanasi pysyy ennallaan.

        Tilikone
        Tähän viestiin ei voi vastata.
        """), cte="quoted-printable", extra=["Auto-Submitted: auto-generated"]),
        category="automated", language="fi", notes="password-reset notice for the info@ account itself")

    # ------------------------------------------------------------------ other (10)
    a = "pirjo.aaltonen@kotiposti.example.fi"
    add("other-fi-pay-in-instalments", simple(KATTO, "Pirjo Aaltonen", a, "Laskun maksu osissa?", when(2026, 10, 2, 18, 20), T("""
        Hei

        Saatiin lasku 20261187 katon uusimisesta, 18 400 €. Työ on hyvää ja olemme tyytyväisiä.

        Onko mahdollista maksaa lasku kolmessa erässä, esim. loka-, marras- ja joulukuussa? Kotitalousvähennyksen takia haluaisimme että kaikki menee tälle vuodelle.

        Terveisin
        Pirjo ja Kalevi Aaltonen
        050 611 2045
        """)),
        category="other", language="fi", phone="+358506112045", notes="payment-plan question from a happy customer")

    a = "hannu.kallio@rakennuskallio.example.fi"
    add("other-fi-wrong-company", simple(LAITE, "Hannu Kallio", a, "Tarjouspyyntö henkilönostin", when(2026, 3, 17, 7, 33), T("""
        Hei Oulun Nosturipalvelu,

        tarvitsisimme 16 metrin henkilönostimen Kempeleen työmaalle viikoille 14–15. Voitteko toimittaa tarjouksen kuljetuksineen?

        Viime kerralla Jarmo hoiti meidän tilauksen, jos hän on vielä teillä.

        Hannu Kallio
        Rakennus Kallio Oy
        """), extra=[OUTLOOK]),
        category="other", language="fi", notes="quote request addressed to a different company by name")

    a = "anne.peltonen@hankinta.example.fi"
    add("other-fi-onko-tietosuojaseloste", simple(LUMI, "Anne Peltonen", a, "Tietosuojaseloste?", when(2026, 5, 26, 13, 5), T("""
        Hei,

        onko teillä tietosuojaseloste? Meidän hankintaan tarvitaan se liitteeksi ennen kuin voidaan ottaa teidän ohjelma käyttöön. Linkki riittää.

        Anne Peltonen
        Hankinta
        """)),
        category="other", language="fi", notes="asks for the privacy notice itself, not for any right")

    a = "reskontra@puutarhaniemi.example.fi"
    add("other-fi-poistakaa-lasku-123", simple(PAINO, "Puutarha Niemi / reskontra", a, "Lasku 123", when(2026, 6, 9, 10, 50), T(f"""
        Hei,

        poistakaa lasku nro 123 ja tehkää uusi, siinä on vanha osoitteemme. Uusi laskutusosoite: Puutarha Niemi Oy, Kauppiaskatu 4, 21600 Parainen.

        Y-tunnus {y_lasku}

        Terveisin
        Leena / reskontra
        """), cte="quoted-printable"),
        category="other", language="fi", business_id=y_lasku,
        notes="'poistakaa' about an invoice with a company's billing address; Y-tunnus given")

    a = "legal@crmvendor.example.com"
    add("other-en-dpa-signature", alt(LUMI, "CRMvendor Legal", a, "Action required: sign the updated Data Processing Agreement", when(2026, 2, 3, 16, 0, utc_offset=2),
                                      T("""
        Dear customer,

        We have updated our Data Processing Agreement (GDPR Art. 28) to reflect the new EU-US Data Privacy Framework and our updated list of sub-processors.

        The DPA also describes how we assist you with data subject requests such as access, rectification and erasure.

        Please review and sign the DPA through our e-signature portal by 28 February 2026: https://sign.crmvendor.example.com/dpa

        Kind regards,
        Legal team
        CRMvendor Inc.
        """), "dpa_notice_b51c"),
        category="other", language="en", notes="supplier asks to sign a DPA; full of DSAR words, no right used")

    a = "seppo.laine@kotiposti.example.fi"
    add("other-fi-bad-review-threat", simple(KATTO, "Seppo Laine", a, "Reklamaatio", when(2026, 8, 25, 21, 2), T("""
        Hei

        Teidän asentajat jätti pihalle nauloja ja rikkoi rännin kun vaihtoivat meidän katon elokuussa. Lapsen pyörän rengas puhkesi naulaan.

        Jos ette korvaa rännin korjausta viikon sisällä, kirjoitan Googleen ja Facebookiin arvostelun jossa kerron miten te toimitte. Ja soitan kuluttajaneuvontaan.

        Seppo Laine
        044 203 9981
        """)),
        category="other", language="fi", phone="+358442039981", notes="angry complaint threatening a bad review; no data right")

    a = "growth@seo-rankers.example.org"
    add("other-en-seo-audit-spam", simple(KIVI, "Ryan | SEO Rankers", a, "Quick question about kivikangas.example.fi", when(2026, 1, 14, 3, 12), T("""
        Hi there,

        I ran a free SEO audit of kivikangas.example.fi and found 37 critical issues that are costing you traffic: slow pages, missing meta descriptions and broken backlinks.

        Would you like me to send the full report? We can fix everything for a one-time fee of $199.

        Reply "YES" and I'll send it over. If you are not interested, reply "NO" and I won't contact you again.

        Best,
        Ryan
        """), cte="7bit", charset="us-ascii"),
        category="other", language="en", notes="SEO-audit spam with an opt-out line of its own")

    a = "jenni.hakala@talenttihaku.example.fi"
    add("other-fi-recruiter", simple(TILI, "Jenni Hakala", a, "Kokeneita kirjanpitäjiä tarjolla", when(2026, 9, 1, 9, 30), T("""
        Hei!

        Olemme talous- ja henkilöstöhallinnon rekrytointiin erikoistunut yritys. Meillä on juuri nyt useita kokeneita kirjanpitäjiä ja palkanlaskijoita, jotka etsivät uutta työpaikkaa Jyväskylän seudulta.

        Olisiko teillä tarvetta vahvistukselle syyskauden ruuhkaan? Soitan mielelläni ja kerron lisää.

        Jenni Hakala
        Talenttihaku
        040 862 1177
        """), extra=[OUTLOOK]),
        category="other", language="fi", phone="+358408621177", notes="recruiter offering candidates")

    a = "camilla.westerholm@messbolaget.example.fi"
    add("other-sv-massinbjudan", simple(PAINO, "Camilla Westerholm", a, "Inbjudan: Grafiska mässan i Åbo 2027", when(2026, 11, 18, 11, 11), T("""
        Hej!

        Vi vill bjuda in Saariston Painotalo att ställa ut på Grafiska mässan i Åbo den 17-18 mars 2027. Som tidigare utställare får ni 15 % rabatt på monterplatsen om ni anmäler er före 31.12.

        Svara gärna på det här mejlet så skickar jag planritningen och prislistan.

        Vänliga hälsningar
        Camilla Westerholm
        Messbolaget
        """), charset="iso-8859-1", cte="quoted-printable"),
        category="other", language="sv", notes="personal trade-fair invitation, not list mail")

    a = "marko.ruuskanen@partneri.example.fi"
    add("other-fi-remove-partner-from-teams", simple(KIVI, "Marko Ruuskanen", a, "Jussi pois Teams-kanavalta", when(2026, 10, 26, 8, 17), T(f"""
        Moi,

        voisitteko poistaa Jussi Kärkkäisen meidän yhteiseltä Teams-kanavalta "Asiakasportaali-projekti"? Hän lopetti meillä perjantaina, eikä hänellä pitäisi enää olla pääsyä projektin tiedostoihin.

        Hänen tunnus on jussi.karkkainen@partneri.example.fi.

        Kiitos!
        Marko Ruuskanen
        Partneri Digital Oy
        Y-tunnus {y_teams}
        """), extra=[OUTLOOK]),
        category="other", language="fi", business_id=y_teams,
        notes="partner asks to remove their former employee's access to a shared channel: access management, not a right of the sender")



if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
