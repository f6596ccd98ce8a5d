#!/usr/bin/env python3
"""Generate a thirteenth independent, labelled corpus (corpus_extra13) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a thirteenth author, "the false-positive hunter", without looking at the classifier or at the other
corpora's mail texts. Most of the mail is NOT a request but talks like one: a colleague forwarding a privacy
NGO's article on "oikeus tulla unohdetuksi", a GDPR training invitation, contract and plan cancellations in
Finnish, Swedish and English that say nothing about data, a forgotten password, deleting an order line and
a shopping cart, a supplier's privacy-policy update, a vendor's breach notice to its customer, internal IT
deleting old accounts, a company's billing-address change, a website typo, a prospect asking whether
customer data is sold, "kan ni ta bort mig från kopian", a job candidate's status question, a debt
collector asking for a debtor's papers and a complaint about sales calls to a company switchboard.
Automated mail quotes requests: out-of-office replies (fi/sv with headers, en without), list traffic whose
body is a deletion request, a DSN bounce, a calendar invitation "GDPR-pyyntöjen käsittely", a helpdesk
acknowledgement and a read receipt. The requests are phrased like their negatives: a termination that also
asks for erasure, a forwarded newsletter with "btw, poistakaa minut teidän listalta", a password reset that
asks what the account holds, an objection to a photo used in references, a Swedish access + portability
request after two paragraphs of small talk, a restriction during an invoice dispute and one during a
court case ("älkää poistako"), a misspelt name on a references page, a changed surname, a breach-worried
access request with Reply-To, an applicant withdrawing and asking for erasure, a plan cancellation with
export + delete, and sales calls to a personal mobile with "mistä saitte numeroni".
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

HETU_LAURA = new_hetu("230791", "-", "354")
HETU_GUNILLA = new_hetu("120364", "-", "218")
Y_TOIVANEN = new_ytunnus("2918374")
Y_TRAINING = new_ytunnus("3104562")
Y_TURISM = new_ytunnus("1572093")
Y_VAINIO = new_ytunnus("2467318")
Y_PERINTA = new_ytunnus("0893127")

AUTO_REPLY = ("Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply")


# ---------------------------------------------------------------------------
# builders for the machine-made shapes
# ---------------------------------------------------------------------------
def dsn(rcpt, mta, date, failed_rcpt, remote_mta, diagnostic, original: bytes, human: str):
    """A Postfix-style multipart/report delivery-status bounce with the original message attached."""
    stamp = rfc_date(date)
    status = (f"Reporting-MTA: dns; {mta}\nX-Postfix-Queue-ID: {token(stamp, 10).upper()}\n"
              f"Arrival-Date: {stamp}\n\n"
              f"Final-Recipient: rfc822; {failed_rcpt}\nOriginal-Recipient: rfc822;{failed_rcpt}\n"
              f"Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; {remote_mta}\n"
              f"Diagnostic-Code: smtp; {diagnostic}\n")
    root = multipart("report", [
        text(human, charset="us-ascii", cte="7bit", headers=("Content-Description: Notification",)),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
        embedded(original),
    ], "dsn_" + token(stamp + failed_rcpt, 14), params=" report-type=delivery-status;")
    return message(rcpt=rcpt, frm=f"MAILER-DAEMON@{mta} (Mail Delivery System)", frm_addr=f"MAILER-DAEMON@{mta}",
                   subject="Undelivered Mail Returned to Sender", date=date, root=root, env_from="",
                   relay=mta, extra=("Auto-Submitted: auto-replied",))


def read_receipt(rcpt, name, addr, date, subject, orig_mid, human: str):
    """An Outlook-style MDN (multipart/report; report-type=disposition-notification)."""
    notification = (f"Reporting-UA: {addr.split('@')[1]}; Microsoft Outlook 16.0\n"
                    f"Final-Recipient: rfc822;{addr}\nOriginal-Message-ID: <{orig_mid}>\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed\n")
    root = multipart("report", [
        text(human, charset="utf-8", cte="quoted-printable"),
        raw_part(["Content-Type: message/disposition-notification"], notification),
    ], "mdn_" + token(addr + subject, 14), params=" report-type=disposition-notification;")
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date, root=root,
                   extra=(OUTLOOK,))


def calendar_invite(rcpt, name, addr, date, summary, start, end, location, body, attendees):
    """An Outlook meeting request: text, HTML and text/calendar METHOD:REQUEST."""
    stamp = date.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2019", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:FLE Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T040000",
             "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
             "TZOFFSETTO:+0300", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT", f"ORGANIZER;CN={name}:mailto:{addr}"]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a}:mailto:{a}"
              for a in attendees]
    lines += [f"SUMMARY;LANGUAGE=fi-FI:{summary}", f"DTSTART;TZID=FLE Standard Time:{start}",
              f"DTEND;TZID=FLE Standard Time:{end}", f"UID:{token(summary + start, 32)}", "CLASS:PUBLIC",
              "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              f"LOCATION;LANGUAGE=fi-FI:{location}", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
              "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = "\n".join(lines) + "\n"
    root = multipart("alternative", [
        text(body, charset="utf-8", cte="quoted-printable"),
        text(light_html(body), subtype="html", charset="utf-8", cte="quoted-printable"),
        text(ics, subtype="calendar", charset="utf-8", cte="base64", params="; method=REQUEST"),
    ], "cal_" + token(addr + summary, 14))
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=f"Kutsu: {summary}", date=date,
                   root=root, to=", ".join(attendees), extra=(OUTLOOK, "Content-Class: urn:content-classes:calendarmessage"))


# ---------------------------------------------------------------------------
# the corpus
# ---------------------------------------------------------------------------
def build() -> None:
    # 001 ----------------------------------------------------------------- other: colleague forwards NGO article
    article = T("""
        DIGIOIKEUS RY – JÄSENKIRJE 4/2026

        Oikeus tulla unohdetuksi – mitä se tarkoittaa käytännössä?

        EU:n tietosuoja-asetuksen 17 artikla antaa jokaiselle oikeuden pyytää, että yritys poistaa häntä
        koskevat henkilötiedot. Oikeus ei ole ehdoton: esimerkiksi kirjanpitolaki voi velvoittaa säilyttämään
        laskut kymmenen vuotta. Yrityksen on kuitenkin vastattava pyyntöön kuukauden kuluessa.

        Näin teet poistopyynnön. Voit käyttää vaikka tätä mallia:

          "Pyydän, että poistatte kaikki minua koskevat henkilötiedot rekisteristänne
          viipymättä ja vahvistatte poiston minulle kirjallisesti."

        Muista myös tarkastusoikeus: voit ensin kysyä, mitä tietoja sinusta on tallennettu.

        Seuraavassa jäsenkirjeessä: kameravalvonta taloyhtiöissä.

        Et halua enää jäsenkirjettä? Peru tilaus: https://digioikeus.example.org/peru
        """)
    newsletter = message(
        rcpt="sanna.kivela@kivikangas.example.fi", frm="Digioikeus ry <jasenkirje@digioikeus.example.org>",
        frm_addr="jasenkirje@digioikeus.example.org", to="sanna.kivela@kivikangas.example.fi",
        subject="Jäsenkirje 4/2026: Oikeus tulla unohdetuksi", date=when(2026, 4, 7, 7, 30),
        root=multipart("alternative", [text(article, cte="quoted-printable"),
                                       text(light_html(article), subtype="html", cte="quoted-printable")],
                       "nl_digioikeus_0426"),
        extra=("List-Id: Digioikeus jasenkirje <jasenkirje.digioikeus.example.org>",
               "List-Unsubscribe: <https://digioikeus.example.org/peru>", "Precedence: bulk"), trace=False)
    note = T("""
        Moi,

        mielenkiintoinen juttu, liitteenä. Tästä voisi olla hyötyä, kun päivitetään asiakkaille tehtyjä
        tietosuojaselosteita ja niiden "miten pyydät tietojesi poistoa" -kohtia. Otetaanko puheeksi
        maanantain palaverissa?

        Sanna
        """)
    add("fi-colleague-fwd-ngo-article-forgotten", message(
        rcpt=KIVI, frm=mailbox("Sanna Kivelä", "sanna.kivela@kivikangas.example.fi"),
        frm_addr="sanna.kivela@kivikangas.example.fi", subject="VS: Jäsenkirje 4/2026: Oikeus tulla unohdetuksi",
        date=when(2026, 4, 7, 9, 12),
        root=multipart("mixed", [text(note, cte="quoted-printable"),
                                 embedded(newsletter, "Jasenkirje 4-2026.eml")], "fw_sanna_0704"),
        extra=(TB,)),
        category="other", language="fi",
        notes="colleague forwards (message/rfc822) an NGO article full of erasure wording and a sample request; "
              "no one uses a right")

    # 002 ----------------------------------------------------------------- request: termination + erasure
    add("fi-contract-termination-plus-erasure", outlook_only(
        TILI, "Mikko Toivanen", "mikko@toivasenpuutyo.example.fi", "Kirjanpitosopimuksen irtisanominen",
        when(2026, 3, 16, 8, 41, utc_offset=2), T(f"""
            Hei,

            irtisanon Toivasen Puutyön kirjanpitosopimuksen päättymään 30.6.2026. Lopetan toiminimen
            kesällä, joten jatkoa ei enää tarvita. Kiitos näistä vuosista – yhteistyö on toiminut hyvin.

            Kun viimeiset tilinpäätöspaperit on tehty ja toimitettu, pyydän että poistatte myös minun
            henkilötietoni järjestelmistänne: kotiosoitteen, puhelinnumeron, pankkitilin ja kaiken muun,
            mitä minusta on kirjattu. Ymmärrän, että kirjanpitoaineisto pitää säilyttää lain mukaan, mutta
            muuten en halua tietojani jäävän teille.

            Ystävällisin terveisin
            Mikko Toivanen
            Toivasen Puutyö, Y-tunnus {Y_TOIVANEN}
            puh. 040 718 2293
            """)),
        category="request", kinds=("erasure",), language="fi", requester_email="mikko@toivasenpuutyo.example.fi",
        requester_name="Mikko Toivanen", phone="+358407182293", business_id=Y_TOIVANEN,
        notes="opens as a plain contract termination (other on its own); the second paragraph asks to delete "
              "his personal data; sole trader's Y-tunnus is literal")

    # 003 ----------------------------------------------------------------- automated: fi OOO quoting erasure
    add("auto-fi-ooo-quotes-erasure", simple(
        KATTO, "Tero Kallio", "tero.kallio@kattopojat.example.fi",
        "Automaattinen vastaus: VL: Tietojeni poistaminen", when(2026, 7, 8, 10, 3), T("""
            Olen kesälomalla 6.–26.7.2026 enkä lue sähköpostiani. Kiireellisissä työmaa-asioissa ota
            yhteyttä toimistoon, puh. 03 212 4480.

            Terveisin
            Tero Kallio

            -----Alkuperäinen viesti-----
            Lähettäjä: Kattopojat Oy <info@kattopojat.example.fi>
            Lähetetty: 8. heinäkuuta 2026 10.02
            Vastaanottaja: Tero Kallio <tero.kallio@kattopojat.example.fi>
            Aihe: VL: Tietojeni poistaminen

            Tero, tämä koskee sinun viime syksyn urakkaa, katso kun ehdit.

            > Hei, teitte meille kattoremontin viime syksynä. Pyydän poistamaan kaikki minua koskevat
            > tiedot asiakasrekisteristänne, koska takuuasiat hoidetaan nyt isännöitsijän kautta.
            > Terveisin Marja-Leena Ojala
            """), cte="quoted-printable", extra=(*AUTO_REPLY, OUTLOOK)),
        category="automated", language="fi", phone="+35832124480",
        notes="internal out-of-office with Auto-Submitted/X-Autoreply quoting a forwarded erasure request; "
              "office phone is the sender's own text")

    # 004 ----------------------------------------------------------------- other: GDPR training invitation
    add("fi-gdpr-training-invitation", outlook_only(
        TILI, "Katja Rinne", "katja.rinne@tietosuoja-akatemia.example.com",
        "Tietosuojakoulutus: rekisteröidyn oikeudet käytännössä", when(2026, 2, 23, 13, 5, utc_offset=2), T(f"""
            Hei,

            järjestämme Jyväskylässä 14.4.2026 puolen päivän koulutuksen "Rekisteröidyn oikeudet
            käytännössä" pienille tilitoimistoille ja asiantuntijayrityksille.

            Käymme läpi, miten tunnistat tarkastuspyynnön, oikaisupyynnön ja poistopyynnön, mitä tehdä
            kun asiakas vastustaa suoramarkkinointia tai pyytää tietojensa siirtämistä toiseen palveluun,
            ja miten kuukauden määräaika lasketaan. Mukana on aitoja (anonymisoituja) esimerkkiviestejä
            kuten "poistakaa kaikki tietoni heti" ja "haluan tietää mitä minusta on tallennettu".

            Hinta 390 € + alv / osallistuja, toinen saman yrityksen osallistuja -50 %. Ilmoittautuminen
            vastaamalla tähän viestiin 31.3. mennessä.

            Ystävällisin terveisin
            Katja Rinne
            koulutuspäällikkö
            Tietosuoja-akatemia Oy, Y-tunnus {Y_TRAINING}
            p. 050 412 6690
            """)),
        category="other", language="fi", phone="+358504126690", business_id=Y_TRAINING,
        notes="vendor's training invitation packed with every right's wording; a sales pitch, no right used")

    # 005 ----------------------------------------------------------------- other: terminate maintenance contract
    add("fi-terminate-maintenance-contract", simple(
        KATTO, "Raimo Heikkilä", "raimo.heikkila@example.fi", "Huoltosopimuksen irtisanominen",
        when(2026, 5, 4, 19, 22), T("""
            Hei,

            irtisanon omakotitaloni kattojen huoltosopimuksen (sopimus HS-2211) päättymään nykyisen
            sopimuskauden lopussa. Myimme talon, ja uudet omistajat päättävät huollosta itse.

            Lähettäkää vielä viimeinen lasku tavalliseen osoitteeseen. Kiitos hyvästä palvelusta
            vuosien varrella.

            Raimo Heikkilä
            Kalevantie 14 B, Tampere
            """), cte="quoted-printable"),
        category="other", language="fi",
        notes="private customer terminates a service contract and says nothing about his data; ending a contract "
              "is not a GDPR right (like 'peruuttaa tilaus'), so other")

    # 006 ----------------------------------------------------------------- request: fwd newsletter + btw unsubscribe
    fwd_news = T("""
        Hei!

        Maaliskuun uutiskirjeessä: uusi raportointinäkymä, jolla näet projektien tunnit ja laskutuksen
        yhdellä silmäyksellä. Lisäksi vinkit kevään palkkakausiin ja webinaari 26.3.

        Lue lisää: https://lumivalo.example.fi/uutiset/2026-03

        Et halua enää uutiskirjettä? Peru tilaus: https://lumivalo.example.fi/uutiskirje/peru
        """)
    hanna = T("""
        Moi,

        onko tää raportointinäkymä mukana meidän Perus-paketissa vai pitääkö se ostaa erikseen? Voisitteko
        laittaa hintatiedot.

        btw, poistakaa minut teidän listalta, näitä tulee liikaa. Kysyn kyllä suoraan jos tarvitsen jotain.

        Hanna

        ---------- Forwarded message ---------
        Lähettäjä: Lumivalo Ohjelmistot <uutiskirje@lumivalo.example.fi>
        Date: ti 10. maalisk. 2026 klo 8.00
        Subject: Lumivalo Uutiset 3/2026: uusi raportointinäkymä
        To: <hanna.lehtola@example.com>

        """) + fwd_news
    add("fi-fwd-newsletter-btw-off-list", alternative(
        LUMI, "Hanna Lehtola", "hanna.lehtola@example.com", "Fwd: Lumivalo Uutiset 3/2026: uusi raportointinäkymä",
        when(2026, 3, 10, 12, 48, utc_offset=2), hanna, extra=(GMAIL_UA,)),
        category="request", kinds=("objection",), language="fi", requester_email="hanna.lehtola@example.com",
        requester_name="Hanna Lehtola", notes="a customer forwards the company's own newsletter with a product question; "
                                              "the 'btw, poistakaa minut listalta' line is an objection to marketing")

    # 007 ----------------------------------------------------------------- automated: list mail carrying a request
    add("auto-list-member-erasure-to-association", message(
        rcpt=KATTO, frm=mailbox("Jaana Mäkelä", "jaana.makela@example.fi"), frm_addr="jaana.makela@example.fi",
        to="jasenet@tampereenyrittajat.example.fi", subject="[Jäsenet] Tietojeni poistaminen",
        date=when(2026, 6, 2, 15, 40), env_from="jasenet-bounces@tampereenyrittajat.example.fi",
        relay="lists.tampereenyrittajat.example.fi",
        root=text(T("""
            Hei,

            olen lopettanut yritystoimintani toukokuun lopussa. Pyydän, että poistatte tietoni yhdistyksen
            jäsenrekisteristä ja tältä sähköpostilistalta. Jäsenmaksua en enää maksa.

            Jaana Mäkelä
            040 731 5586

            _______________________________________________
            Jasenet -postituslista
            jasenet@tampereenyrittajat.example.fi
            Peru tilaus: https://lists.tampereenyrittajat.example.fi/jasenet/peru
            """), cte="quoted-printable"),
        extra=("Sender: jasenet-bounces@tampereenyrittajat.example.fi",
               "List-Id: Tampereen Yrittajien jasenlista <jasenet.tampereenyrittajat.example.fi>",
               "List-Unsubscribe: <mailto:jasenet-leave@tampereenyrittajat.example.fi>",
               "List-Post: <mailto:jasenet@tampereenyrittajat.example.fi>", "Precedence: list")),
        category="automated", language="fi", phone="+358407315586",
        notes="mailing-list traffic (List-Id, Precedence: list) whose body is a member's erasure request to the "
              "association, not to the company; phone literal")

    # 008 ----------------------------------------------------------------- request: password reset + access
    add("en-password-reset-plus-access", simple(
        LUMI, "Owen Mercer", "owen.mercer@example.com", "Can't log in - password reset",
        when(2026, 2, 11, 21, 17, utc_offset=2), T("""
            Hi,

            I can't log in to Lumivalo any more. I think I've forgotten my password, and the reset link
            never arrives (I checked spam). My username is owen.mercer@example.com. Could you reset it or
            send me a new link?

            Also, while you're at it: could you tell me what personal data you actually keep on my account?
            I signed up through my old employer's trial years ago and I have no idea what is stored there -
            name, phone, login history? I'd like to see it.

            Thanks,
            Owen Mercer
            +44 7700 900461
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=("access",), language="en", requester_email="owen.mercer@example.com",
        requester_name="Owen Mercer", phone="+447700900461",
        notes="reads as a support ticket; the second paragraph asks what personal data the account holds")

    # 009 ----------------------------------------------------------------- other: forgot password
    add("fi-forgot-password", alternative(
        LUMI, "Tiina Salo", "tiina.salo@example.fi", "Salasana unohtunut", when(2026, 1, 19, 7, 55, utc_offset=2),
        T("""
            Hei,

            unohdin salasanani enkä pääse kirjautumaan. Salasanan palautuslinkki vie sivulle, jossa lukee
            "linkki on vanhentunut". Voisitteko nollata salasanani tai lähettää uuden linkin?

            Käyttäjätunnukseni on tiina.salo@example.fi, yritys Salon Siivouspalvelu.

            Kiitos!
            Tiina Salo
            050 441 7720
            """)),
        category="other", language="fi", phone="+358504417720",
        notes="account support: forgotten password, nothing about her data")

    # 010 ----------------------------------------------------------------- request: photo in references (objection)
    tero = T("""
        Hei Seppo,

        kattourakka on nyt luovutettu ja loppukatselmus pidetty. Laitan liitteenä muutaman valmistumiskuvan.
        Olisiko ok, jos käyttäisimme talon kuvia referenssinä nettisivuillamme?

        Terveisin
        Tero Kallio
        työnjohtaja, Kattopojat Oy
        p. 040 556 1287
        """)
    add("fi-thread-stop-using-my-photo", simple(
        KATTO, "Seppo Ruuskanen", "seppo.ruuskanen@example.fi",
        "Re: As Oy Koivurinne, kattoremontti valmis – kuvat referenssiin", when(2026, 5, 13, 18, 6), T("""
            Hei Tero,

            kiitos vielä hyvin sujuneesta urakasta, asukkaat ovat olleet tyytyväisiä. Talon kuvia saatte
            käyttää ihan vapaasti.

            Yksi asia kuitenkin: huomasin, että nettisivujenne referenssiosiossa ja esitteessä, jonka
            jätitte ilmoitustaululle, on jo nyt kuva, jossa minä seison katolla teidän työnjohtajanne kanssa.
            En ole antanut lupaa oman kuvani käyttöön markkinoinnissa enkä halua sitä. Lopettakaa siis
            minun kuvani käyttäminen referensseissä ja esitteissä. Kuva saa minun puolestani jäädä teidän
            omaan projektiarkistoonne.

            Terveisin
            Seppo Ruuskanen
            As Oy Koivurinteen hallituksen puheenjohtaja

            Tero Kallio <tero.kallio@kattopojat.example.fi> kirjoitti 12.5.2026 klo 14.02:
            """) + quote_lines(tero), cte="quoted-printable", cc="tero.kallio@kattopojat.example.fi",
        to="Tero Kallio <tero.kallio@kattopojat.example.fi>",
        extra=("In-Reply-To: <b71c2e90d4a1@kattopojat.example.fi>", "References: <b71c2e90d4a1@kattopojat.example.fi>",
               TB)),
        category="request", kinds=("objection",), language="fi", requester_email="seppo.ruuskanen@example.fi",
        requester_name="Seppo Ruuskanen",
        notes="project-thread reply; objects to his photo being used for marketing but lets it stay in the archive, "
              "so objection (a purpose), not restriction (no Art. 18 ground) or erasure; quoted staff phone ignored")

    # 011 ----------------------------------------------------------------- other: sv terminate frame agreement
    add("sv-terminate-frame-agreement", alternative(
        PAINO, "Eva Holmström", "eva.holmstrom@skargardsturism.example.fi", "Uppsägning av ramavtal",
        when(2026, 9, 1, 10, 30), T(f"""
            Hej,

            Skärgårdens Turism Ab (FO-nummer {Y_TURISM}) säger härmed upp ramavtalet om trycktjänster från
            2023 enligt avtalets punkt 9, med tre månaders uppsägningstid. Avtalet upphör alltså den
            30 november 2026.

            Beställningarna som redan är lagda (broschyren för Skärgårdsdagarna och höstens affischer)
            vill vi ändå få levererade enligt planen.

            Vi tackar för ett gott samarbete.

            Med vänliga hälsningar
            Eva Holmström
            verksamhetsledare, Skärgårdens Turism Ab
            """), cte="8bit", charset="iso-8859-1"),
        category="other", language="sv", business_id=Y_TURISM,
        notes="'säger upp ramavtalet' is a business contract termination by a company; no personal data mentioned")

    # 012 ----------------------------------------------------------------- request: sv small talk then access + portability
    add("sv-smalltalk-then-access-portability", simple(
        PAINO, "Gunilla Sjöholm", "gunilla.sjoholm@example.fi", "Hälsningar från Nagu",
        when(2026, 6, 18, 20, 14), T(f"""
            Hej Anna-Lena!

            Tack för senast på torget i Pargas, det var roligt att ses efter så länge. Vädret höll ju hela
            dagen trots att de lovade regn, och våra tomater har äntligen börjat ta sig i växthuset. Båten
            ligger i sjön sedan förra veckan, så nu väntar vi bara på lite sol.

            Bröllopskorten ni tryckte åt vår dotter förra sommaren får fortfarande beröm av släkten, och hon
            funderar redan på tackkort till dopet i höst. Jag hör av mig om det när hon har bestämt datum
            och upplaga.

            En sak till medan jag minns: jag skulle gärna få veta vilka uppgifter ni har sparat om mig i ert
            kundregister och varifrån ni har fått dem. Kan ni också skicka åt mig uppgifterna som en fil,
            till exempel CSV eller Excel, så att jag kan ta dem med mig till ett annat ställe? Min
            personbeteckning är {HETU_GUNILLA.lower()} om ni behöver den för att hitta mig.

            Många hälsningar
            Gunilla Sjöholm
            tfn 040 662 3178
            """), charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1"),
        category="request", kinds=("access", "portability"), language="sv",
        requester_email="gunilla.sjoholm@example.fi", requester_name="Gunilla Sjöholm", phone="+358406623178",
        hetu=HETU_GUNILLA,
        notes="Finland-Swedish request hidden after two paragraphs of small talk with a neutral subject; "
              "hetu written in lower case")

    # 013 ----------------------------------------------------------------- other: en cancel plan
    add("en-cancel-my-plan", simple(
        LUMI, "Daniel Okafor", "daniel@okafor-consulting.example.com", "Cancel my plan",
        when(2026, 4, 27, 16, 2), T("""
            Hi,

            Please cancel my Team plan (workspace "okafor-consulting") when the current month ends. We have
            moved to a tool our main client uses, so we won't need Lumivalo any more.

            Could you confirm the date of the last invoice? No need to call me, email is fine.

            Thanks,
            Daniel
            """), charset="us-ascii", cte="7bit"),
        category="other", language="en",
        notes="'cancel my plan' ends a subscription; no deletion, export or other right is asked for")

    # 014 ----------------------------------------------------------------- automated: DSN bounce
    reply_mid = "8f02c1a7e5d94b3a"
    orig_reply = message(
        rcpt="h.vuorinen@example.com", frm=mailbox("Järvisen Tilitoimisto Oy", "info@jarvisentilit.example.fi"),
        frm_addr="info@jarvisentilit.example.fi", subject="Vastaus tarkastuspyyntöönne",
        date=when(2026, 3, 24, 11, 20, utc_offset=2), mid=reply_mid, trace=False,
        root=text(T("""
            Hei,

            kiitos tarkastuspyynnöstänne. Liitteenä ovat tiedot, jotka meillä on teistä asiakasrekisterissä
            ja palkanlaskennassa. Pyytämänne tiedot säilytetään kirjanpitolain mukaisesti.

            Ystävällisin terveisin
            Järvisen Tilitoimisto Oy
            """), cte="quoted-printable"))
    add("auto-dsn-bounce-access-reply", dsn(
        TILI, "mx.jarvisentilit.example.fi", when(2026, 3, 24, 11, 21, utc_offset=2), "h.vuorinen@example.com",
        "mx.example.com", "550 5.1.1 <h.vuorinen@example.com>: Recipient address rejected: User unknown",
        orig_reply, T("""
            This is the mail system at host mx.jarvisentilit.example.fi.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <h.vuorinen@example.com>: host mx.example.com[198.51.100.25] said: 550 5.1.1
                <h.vuorinen@example.com>: Recipient address rejected: User unknown
            """)),
        category="automated", language="en",
        notes="multipart/report DSN returning the company's own answer to an access request")

    # 015 ----------------------------------------------------------------- other: remove order line / cart
    add("fi-remove-order-line-and-cart", simple(
        LAITE, "Jarmo Kettunen", "jarmo.kettunen@rakennuskettunen.example.fi", "Tilaus 55821: poistakaa rivi 3",
        when(2026, 4, 14, 7, 12), T("""
            Hei,

            poistakaa tilauksesta 55821 rivi 3 (lattiahiomakone, 2 vrk), sitä ei tarvita. Muut rivit
            ennallaan, nouto torstaina klo 7.

            Ja jos verkkokaupan ostoskoriini jäi vielä se telinekokonaisuus, senkin voi poistaa – painoin
            vahingossa "tilaa" ennen kuin olin tyhjentänyt korin.

            Terveisin
            Jarmo Kettunen
            Rakennus Kettunen Oy
            040 889 1204
            """), extra=(IPHONE,)),
        category="other", language="fi", phone="+358408891204",
        notes="'poistakaa' targets an order line and a shopping cart, not personal data")

    # 016 ----------------------------------------------------------------- request: restriction during invoice dispute (sv)
    add("sv-invoice-dispute-restriction", simple(
        LAITE, "Jonas Lindqvist", "jonas.lindqvist@example.se", "Angående faktura 401187 och påminnelse",
        when(2026, 5, 20, 9, 48, utc_offset=2), T("""
            Hej,

            Jag hyrde en markvibrator hos er i Torneå i april och har nu fått en påminnelse på 486 € för en
            skada på maskinen. Jag bestrider fakturan: maskinen var redan skadad när jag hämtade den, och
            det syns på bilderna jag tog vid utlämningen (bifogade i mitt förra mejl).

            Tills vi har rett ut det här vill jag att ni begränsar behandlingen av mina personuppgifter som
            rör ärendet. Lämna inte över dem till inkasso eller kreditupplysningsföretag och använd dem inte
            till något annat än att utreda reklamationen. Radera dem inte heller, jag kan behöva dem.

            Med vänlig hälsning
            Jonas Lindqvist
            Haparanda
            070-123 45 67
            """), cte="base64"),
        category="request", kinds=("restriction",), language="sv", requester_email="jonas.lindqvist@example.se",
        requester_name="Jonas Lindqvist", phone="+46701234567",
        notes="Sweden-Swedish invoice dispute that looks like debt-collection mail; asks to restrict processing "
              "while disputed and not to delete; Swedish mobile to +46")

    # 017 ----------------------------------------------------------------- other: supplier privacy policy changed
    add("sv-supplier-privacy-policy-update", outlook_only(
        PAINO, "Mats Berglund", "mats.berglund@nordpapper.example.se", "Uppdaterad integritetspolicy hos Nordpapper",
        when(2026, 5, 28, 14, 25), T("""
            Hej Anna-Lena,

            Som vår kund vill jag personligen informera om att Nordpapper AB har uppdaterat sin
            integritetspolicy från och med den 1 juni. Ändringarna gäller främst hur vi behandlar
            kontaktpersoners uppgifter i vårt nya CRM-system och hur länge vi sparar dem efter att ett
            kundförhållande har upphört.

            Du har som tidigare rätt att begära tillgång till, rättelse av eller radering av dina
            uppgifter genom att skriva till dataskydd@nordpapper.example.se. Ni behöver inte göra något
            med anledning av ändringen.

            Hör gärna av dig om höstens pappersbeställning, priserna på obestruket papper sjunker i augusti.

            Vänliga hälsningar
            Mats Berglund
            Key Account Manager, Nordpapper AB
            +46 31 555 01 42
            """), lang="SV", extra=(OUTLOOK_MAC,)),
        category="other", language="sv", phone="+46315550142",
        notes="a supplier informs about ITS OWN privacy policy and lists the rights; personally addressed, "
              "no list headers, so other rather than newsletter")

    # 018 ----------------------------------------------------------------- other: vendor breach notification
    breach = T("""
        Dear CloudDesk customer,

        We are writing to inform you of a personal data breach affecting your CloudDesk account
        (organisation: Lumivalo Ohjelmistot Oy).

        On 3 March 2026 we detected unauthorised access to a support database used by our helpdesk
        tooling. The data exposed for your organisation includes the names, e-mail addresses and
        phone numbers of the users you have registered with us. No passwords or payment data were
        affected.

        As the controller of your users' data, you may need to assess whether to notify your
        supervisory authority and the affected people. We can provide a list of the affected user
        records on request.

        Please reply to this e-mail to confirm the right contact person for this incident
        (reference INC-2026-0417).

        Helen Marsh
        Data Protection Officer, CloudDesk Ltd
        """)
    add("en-vendor-breach-notice", alternative(
        LUMI, "CloudDesk Security", "security@clouddesk.example.com",
        "Notification of a personal data breach affecting your CloudDesk account", when(2026, 3, 6, 17, 40, utc_offset=0),
        breach),
        category="other", language="en",
        notes="a processor/vendor notifies the company, as its customer, of a breach and asks for a contact "
              "person; business correspondence expecting a reply, no data subject writing")

    # 019 ----------------------------------------------------------------- request: misspelt name on references page
    add("fi-references-page-name-wrong", outlook_only(
        KIVI, "Häkkinen, Jukka", "jukka.hakkinen@viherkulma.example.fi", "Referenssisivunne / asiakaskommentti",
        when(2026, 8, 19, 11, 2), T("""
            Hei,

            sivuillanne on referenssin "Verkkokauppa-uudistus, Puutarhakeskus Viherkulma" yhteydessä
            minun kommenttini ja kuvani. Kiva, että juttu on esillä, mutta tiedot minusta ovat väärin:
            nimeni on kirjoitettu "Jukka Häkkinnen" ja titteliksi on merkitty "myyntipäällikkö", vaikka
            olen ollut jo kaksi vuotta Viherkulman toimitusjohtaja.

            Voisitteko korjata nimeni ja tittelini oikeiksi?

            Ystävällisin terveisin
            Jukka Häkkinen
            toimitusjohtaja, Puutarhakeskus Viherkulma Oy
            050 314 2276
            """), charset="iso-8859-1", name_charset="iso-8859-1", name_mode="B"),
        category="request", kinds=("rectification",), language="fi", requester_email="jukka.hakkinen@viherkulma.example.fi",
        requester_name="Jukka Häkkinen", phone="+358503142276",
        notes="looks like a website-typo report, but the wrong name and title are his own personal data; "
              "From is 'Surname, Firstname' in B-encoded ISO-8859-1")

    # 020 ----------------------------------------------------------------- other: internal IT removes old accounts
    add("fi-internal-it-old-accounts", simple(
        LAITE, "Pekka Rautio", "pekka.rautio@pohjolanlaite.example.fi", "Poistamme vanhat käyttäjätilit perjantaina",
        when(2026, 4, 13, 8, 30), T("""
            Hei kaikki,

            poistamme perjantaina 17.4. klo 15 alkaen toiminnanohjausjärjestelmästä käyttäjätilit, joilla ei
            ole kirjauduttu yli vuoteen, sekä viime kesän kesätyöntekijöiden tunnukset. Samalla poistuvat
            heidän henkilökohtaiset kansionsa verkkolevyltä.

            Jos tarvitset vielä jotain yhteistunnusta (esim. varasto2 tai kassa-oulu), kerro minulle
            torstaihin mennessä. Poistettuja tunnuksia ei voi palauttaa.

            Pekka / IT
            """), to="kaikki@pohjolanlaite.example.fi", cc=LAITE),
        category="other", language="fi",
        notes="internal IT announcement about deleting old user accounts; the company deleting, nobody asking")

    # 021 ----------------------------------------------------------------- automated: sv Frånvaro quoting access request
    add("auto-sv-franvaro-quotes-access", simple(
        PAINO, "Annika Grönqvist", "annika.gronqvist@example.fi", "Frånvaro: Re: Begäran om registerutdrag",
        when(2026, 7, 14, 9, 1), T("""
            Hej,

            Jag är på semester till och med den 9 augusti och läser inte min e-post. Ditt meddelande
            kommer inte att vidarebefordras.

            Hälsningar
            Annika Grönqvist

            > Hej Annika, tack för ditt meddelande. Vi återkommer inom en månad.
            >
            >> Jag vill ha ett registerutdrag över vilka uppgifter ni har om mig och varifrån ni har
            >> fått min adress. Radera sedan allt.
            """), charset="iso-8859-1", cte="quoted-printable", subject_charset="iso-8859-1",
        extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes")),
        category="automated", language="sv",
        notes="Swedish 'Frånvaro' auto-reply (Auto-Submitted) that quotes the writer's own earlier access + erasure "
              "request; never answered")

    # 022 ----------------------------------------------------------------- other: billing address of a company
    add("fi-company-billing-address-update", simple(
        TILI, "Sari Vainio", "sari.vainio@kuljetusvainio.example.fi", "Laskutusosoitteen muutos",
        when(2026, 2, 2, 10, 15, utc_offset=2), T(f"""
            Hei,

            yrityksemme Kuljetus Vainio Oy (Y-tunnus {Y_VAINIO}) on muuttanut. Päivittäkää
            laskutusosoitteeksemme 1.3.2026 alkaen:

            Kuljetus Vainio Oy
            Vasarakatu 27
            40320 Jyväskylä

            Verkkolaskuosoite ja välittäjä pysyvät ennallaan. Korjatkaa osoite myös kuukausiraportin
            kansilehteen.

            Terveisin
            Sari Vainio
            talouspäällikkö, Kuljetus Vainio Oy
            014 337 2210
            """), cte="quoted-printable"),
        category="other", language="fi", phone="+358143372210", business_id=Y_VAINIO,
        notes="'päivittäkää' and 'korjatkaa' about a company's billing address, which is not personal data")

    # 023 ----------------------------------------------------------------- request: changed surname + phone (rectification)
    add("fi-surname-changed-rectification", simple(
        LAITE, "Laura Mäenpää", "laura.maenpaa@example.fi", "Nimenmuutos asiakastietoihin",
        when(2026, 6, 9, 12, 37), T(f"""
            Hei,

            olen vuokrannut teiltä useamman kerran peräkärryä ja pihajyrsintä, ja asiakastiedoissani on
            vielä vanha sukunimeni Kärkkäinen. Menin naimisiin keväällä, ja nimeni on nyt Laura Mäenpää.
            Myös puhelinnumeroni on vaihtunut, uusi on 044 981 3306.

            Päivittäisittekö nämä tietoni asiakasrekisteriinne, niin vuokrasopimukset menevät jatkossa
            oikealla nimellä. Tunnistamista varten henkilötunnukseni on {HETU_LAURA}.

            Kiitos!
            Laura Mäenpää
            """), charset="iso-8859-1", subject_charset="iso-8859-1"),
        category="request", kinds=("rectification",), language="fi", requester_email="laura.maenpaa@example.fi",
        requester_name="Laura Mäenpää", phone="+358449813306", hetu=HETU_LAURA,
        notes="reads like an address/billing update, but it is a private person's own name and phone; "
              "ISO-8859-1 8bit")

    # 024 ----------------------------------------------------------------- other: website typo
    add("fi-website-typo", simple(
        KIVI, "Olli Peltonen", "olli.peltonen@example.fi", "Kirjoitusvirheitä sivuillanne",
        when(2026, 8, 3, 22, 41), T("""
            Moi,

            selailin sivujanne, kun etsin tekijää yhdistyksemme uusille sivuille. Huomasin pari
            kirjoitusvirhettä, jotka kannattaa korjata: yhteystiedot-sivulla osoitteena on
            "Mannerheimintei 12", ja tietosuojaselosteen otsikossa lukee "Rekiserinpitäjä".

            Muuten sivut näyttävät hyviltä! Palaan tarjouspyynnön kanssa ensi viikolla.

            t. Olli Peltonen
            """), extra=(GMAIL_UA,)),
        category="other", language="fi",
        notes="asks to correct typos on the company's own website (even in its privacy notice); nothing about "
              "his data, so not rectification")

    # 025 ----------------------------------------------------------------- request: breach worry, Reply-To (access)
    add("en-breach-news-access-reply-to", simple(
        TILI, "Kadri Tamm", "kadri.tamm@balticfreight.example.com", "Question about payroll data leak",
        when(2026, 3, 12, 19, 3, utc_offset=2), T("""
            Hello,

            I am working in Baltic Freight Finland Oy warehouse and your office make our salary
            calculations. In the news was that PalkkaPilvi had data leak last week. Is your office using
            this PalkkaPilvi?

            I want to know which my personal data you have (bank account, tax card, address?) and did you
            give them to PalkkaPilvi or to someone else.

            Please answer to my private email, not the work email.

            Best regards
            Kadri Tamm
            +372 5123 4567
            """), reply_to="Kadri Tamm <kadri.tamm@example.org>"),
        category="request", kinds=("access",), language="en", requester_email="kadri.tamm@example.org",
        requester_name="Kadri Tamm", phone="+37251234567",
        notes="non-native English triggered by breach news (looks like the vendor breach notice); asks which data "
              "and recipients = access; reply goes to the private Reply-To")

    # 026 ----------------------------------------------------------------- other: prospect asks if data is sold
    sales = T("""
        Hi Martin,

        thanks for your time in the demo today. As promised, here is the price list for the Team and
        Business plans, and a link to the trial workspace. Let me know if your board has any questions.

        Best,
        Elina Koski
        Sales, Lumivalo Ohjelmistot Oy
        """)
    add("en-prospect-asks-sell-data", alternative(
        LUMI, "Martin Hughes", "martin.hughes@northgate-surveys.example.com", "Re: Lumivalo demo follow-up",
        when(2026, 2, 19, 9, 26, utc_offset=2), T("""
            Hi Elina,

            Thanks for the demo yesterday, the team liked the time tracking view.

            Before we take this to our board, a couple of questions from our legal side: do you sell or
            share customer data with third parties, for example for advertising or analytics? And where is
            the data hosted - EU only? If you have a standard DPA, please send it over.

            Cheers,
            Martin

            On Wed, 18 Feb 2026 at 16:12, Elina Koski <elina.koski@lumivalo.example.fi> wrote:
            """) + quote_lines(sales), extra=("Cc: elina.koski@lumivalo.example.fi",)),
        category="other", language="en",
        notes="a prospect's general privacy question in a sales thread ('do you sell customer data?'); asks about "
              "practices, not about data held on him, so no access request")

    # 027 ----------------------------------------------------------------- request: cancel plan + export + delete
    add("en-cancel-plan-export-then-delete", alternative(
        LUMI, "Priya Raman", "priya.raman@example.org", "Cancelling my plan", when(2026, 10, 5, 14, 58), T("""
            Hello Lumivalo team,

            please cancel my Solo plan at the end of the current billing period (account
            priya.raman@example.org). I'm moving my freelance bookkeeping to another tool.

            Before the account closes, please send me everything I have entered - clients, time entries,
            invoices and my profile - as CSV or JSON so that I can import it into the new service. After
            that, please delete my account and all my personal data; I don't want anything left on your
            side beyond what you are legally required to keep.

            Kind regards,
            Priya Raman
            """)),
        category="request", kinds=("erasure", "portability"), language="en", requester_email="priya.raman@example.org",
        requester_name="Priya Raman",
        notes="same opening as a plain plan cancellation; then export in CSV/JSON for another service and deletion")

    # 028 ----------------------------------------------------------------- other: sv remove me from cc
    proof = T("""
        Hej alla,

        här kommer korrektur 2 av broschyren för Skärgårdsdagarna. Kommentarer senast på fredag,
        så trycker vi nästa vecka.

        Hälsningar
        Anna-Lena Wikström
        Saariston Painotalo Oy
        """)
    add("sv-remove-me-from-cc", simple(
        PAINO, "Camilla Nyberg", "camilla.nyberg@pargas.example.fi",
        "Re: Broschyr Skärgårdsdagarna 2026 – korrektur 2", when(2026, 6, 3, 8, 49), T("""
            Hej,

            kan ni ta bort mig från kopian i den här tråden? Jag har gått över till andra uppgifter och
            Johan Lindroos sköter broschyren från och med nu. Han har redan fått korrekturet.

            Tack och lycka till med tryckningen!
            Camilla

            Den 2 juni 2026 kl. 15:10 skrev Saariston Painotalo <info@saaristonpaino.example.fi>:
            """) + quote_lines(proof), cte="quoted-printable",
        cc="johan.lindroos@pargas.example.fi, camilla.nyberg@pargas.example.fi", extra=(OUTLOOK,)),
        category="other", language="sv",
        notes="'ta bort mig från kopian' is about the cc line of a project thread, not a marketing list or her data")

    # 029 ----------------------------------------------------------------- automated: calendar invite
    add("auto-calendar-gdpr-meeting", calendar_invite(
        TILI, "Minna Järvinen", "minna.jarvinen@jarvisentilit.example.fi", when(2026, 3, 30, 15, 4),
        "GDPR-pyyntöjen käsittely", "20260408T100000", "20260408T110000", "Neuvotteluhuone Päijänne", T("""
            Hei,

            käydään läpi, miten info@-osoitteeseen tulevat tarkastus-, oikaisu- ja poistopyynnöt
            käsitellään, kuka tunnistaa pyytäjän ja kuka seuraa kuukauden määräaikaa.

            Minna
            """), ["info@jarvisentilit.example.fi", "petri.lahti@jarvisentilit.example.fi"]),
        category="automated", language="fi",
        notes="Outlook meeting request (text/calendar METHOD:REQUEST) titled with GDPR request words")

    # 030 ----------------------------------------------------------------- other: job candidate status
    add("fi-candidate-status-question", simple(
        KULJ, "Mira Honkanen", "mira.honkanen@example.fi", "Ajojärjestelijän paikka – hakemukseni tilanne",
        when(2026, 4, 8, 13, 20), T("""
            Hei,

            hain maaliskuussa teiltä ajojärjestelijän paikkaa (ilmoitus oli auki 3.3.–20.3.). Haluaisin
            kysyä, missä vaiheessa rekrytointi on ja onko hakemukseni vielä mukana valinnoissa. Olen
            edelleen kiinnostunut paikasta.

            Ystävällisin terveisin
            Mira Honkanen
            041 502 8839
            """)),
        category="other", language="fi", phone="+358415028839",
        notes="'onko hakemukseni vielä mukana' asks about the recruitment, not about what data is held")

    # 031 ----------------------------------------------------------------- request: candidate withdraws + erasure
    invite = T("""
        Hei Aleksi,

        kiitos hakemuksestasi rekkakuskin paikkaan Turun terminaaliin. Haluaisimme kutsua sinut
        haastatteluun ensi viikolla. Sopisiko tiistai 21.4. klo 10?

        Ystävällisin terveisin
        Kuusiston Kuljetus Oy
        """)
    add("fi-candidate-withdraws-erasure", simple(
        KULJ, "Aleksi Nurmi", "aleksi.nurmi@example.fi", "Re: Haastattelukutsu – rekkakuski, Turku",
        when(2026, 4, 15, 17, 33), T("""
            Hei,

            kiitos kutsusta, mutta olen ehtinyt ottaa vastaan toisen paikan, joten vedän hakemukseni pois.

            Pyydän samalla, että poistatte hakemukseni, CV:ni ja ajokorttikopioni rekrytointijärjestelmästänne.
            En halua, että niitä säilytetään tulevia hakuja varten.

            Terveisin
            Aleksi Nurmi

            ke 15.4.2026 klo 9.02 Kuusiston Kuljetus Oy <info@kuusistonkuljetus.example.fi> kirjoitti:
            """) + quote_lines(invite), cte="quoted-printable", extra=(ANDROID_UA,)),
        category="request", kinds=("erasure",), language="fi", requester_email="aleksi.nurmi@example.fi",
        requester_name="Aleksi Nurmi",
        notes="job-application thread like the status question; withdraws and asks to delete CV and licence copy")

    # 032 ----------------------------------------------------------------- other: debt collector asks for papers
    add("fi-debt-collector-asks-debtor-papers", outlook_only(
        LAITE, "Anu Kemppainen", "anu.kemppainen@perintapohjanmaa.example.fi",
        "Perintätoimeksianto 2026/1183 – asiakkaanne Rakennuspalvelu J. Ylinen", when(2026, 6, 22, 9, 5), T(f"""
            Hei,

            olemme vastaanottaneet perintään toimeksiantonne laskusta 24017 (velallinen Rakennuspalvelu
            J. Ylinen, 1 240,00 €). Velallinen on kiistänyt saatavan vedoten siihen, että laite oli
            viallinen jo luovutettaessa.

            Jotta voimme jatkaa, pyydämme toimittamaan meille kopion vuokrasopimuksesta ja
            luovutuspöytäkirjasta sekä velallisen yhteyshenkilön ajantasaiset yhteystiedot. Perintä on
            keskeytetty siihen asti.

            Ystävällisin terveisin
            Anu Kemppainen
            perintäsihteeri
            Perintä Pohjanmaa Oy, Y-tunnus {Y_PERINTA}
            08 554 1230
            """)),
        category="other", language="fi", phone="+35885541230", business_id=Y_PERINTA,
        notes="a collection agency (the company's own contractor) asks for a debtor's papers and contact data; "
              "third party about someone else, business mail")

    # 033 ----------------------------------------------------------------- request: "älkää poistako" restriction
    notice = T("""
        Hei,

        Lumivalo-tilillesi ei ole kirjauduttu yli 24 kuukauteen. Poistamme käyttämättömät tilit ja
        niiden tiedot 30 päivän kuluttua. Jos haluat säilyttää tilin, kirjaudu sisään.

        Tähän viestiin ei voi vastata.
        Lumivalo Ohjelmistot Oy
        """)
    eero = T("""
        Hei,

        sain ilmoituksen, että käyttämätön tilini poistetaan kuukauden päästä. Älkää poistako sitä vielä.
        Tilillä ovat vuoden 2024 tuntikirjaukset ja laskut, joita tarvitsen riidassa entisen
        toimeksiantajani kanssa. Asia on käräjäoikeudessa, ja käsittely kestää luultavasti syksyyn.

        En käytä palvelua enää, joten älkää käsitelkö tietojani muuten mitenkään – pitäkää ne vain tallessa
        siihen asti, kun oikeusjuttu on ohi. Ilmoitan silloin erikseen.

        Eero Väisänen
        p. 0400 612 908

        Lumivalo <no-reply@lumivalo.example.fi> kirjoitti 2.9.2026 klo 6.00:
        """) + quote_lines(notice)
    add("fi-dont-delete-keep-for-court-restriction", alternative(
        LUMI, "Eero Väisänen", "eero.vaisanen@example.fi", "Re: Lumivalo-tilisi poistetaan 30 päivän kuluttua",
        when(2026, 9, 3, 20, 11), eero, cte="base64"),
        category="request", kinds=("restriction",), language="fi", requester_email="eero.vaisanen@example.fi",
        requester_name="Eero Väisänen", phone="+358400612908",
        notes="reply to an account-deletion notice: 'älkää poistako', keep only for a court case (Art. 18(1)(c)) "
              "and do not otherwise process; the opposite of erasure")

    # 034 ----------------------------------------------------------------- automated: en auto-reply without headers
    add("auto-en-ooo-no-headers-quotes-erasure", alternative(
        KIVI, "Laura Bennett", "laura.bennett@example.com", "Automatic reply: Re: Please delete my data",
        when(2026, 7, 21, 6, 0, utc_offset=1), T("""
            Thank you for your email. I am out of the office with limited access to email and will return
            on Monday 3 August. Your message will be read when I am back.

            ________________________________
            From: Kivi & Kangas Design <info@kivikangas.example.fi>
            Sent: 21 July 2026 08:00
            Subject: Re: Please delete my data

            Dear Ms Bennett, we have received your request and will reply within one month.

            > Please delete my account on your client portal and all data you hold about me.
            """), extra=(OUTLOOK,)),
        category="automated", language="en",
        notes="out-of-office without Auto-Submitted or X-Autoreply headers, recognisable only from the subject and "
              "wording; quotes an erasure request")

    # 035 ----------------------------------------------------------------- other: switchboard marketing calls
    add("fi-company-switchboard-sales-calls", simple(
        KIVI, "Heikki Lampinen", "heikki.lampinen@lampisenkonepaja.example.fi", "Puhelinmyynti vaihteeseemme",
        when(2026, 10, 14, 11, 47), T("""
            Hei,

            teiltä soitetaan vaihteeseemme jatkuvasti ja kaupitellaan verkkosivu-uudistusta, tällä viikolla
            jo kolmesti. Vaihteemme on asiakkaitamme varten, ja vastaanottomme on kyllästynyt.

            Lopettakaa soittelu yrityksemme numeroon 017 288 4400 ja poistakaa Lampisen Konepaja
            soittolistoiltanne. Jos tarvitsemme uudet sivut, otamme itse yhteyttä.

            Heikki Lampinen
            toimitusjohtaja, Lampisen Konepaja Oy
            """), cte="quoted-printable"),
        category="other", language="fi", phone="+358172884400",
        notes="B2B sales calls to a company switchboard; the company (not a person) and its number are not personal "
              "data, so no objection by a data subject; other")

    # 036 ----------------------------------------------------------------- request: personal mobile sales calls
    add("fi-personal-mobile-calls-objection-access", simple(
        KATTO, "Pirjo Laaksonen", "pirjo.laaksonen@example.fi", "Puhelinmyynti", when(2026, 10, 16, 16, 58), T("""
            Hei,

            teiltä on soitettu henkilökohtaiseen kännykkääni 045 237 8810 kolme kertaa tällä viikolla ja
            tarjottu kattopesua. Olen sanonut joka kerta, ettei kiinnosta.

            En halua teiltä enää markkinointipuheluita enkä muutakaan markkinointia. Kertokaa myös, mistä
            olette saaneet numeroni, koska en ole koskaan ollut teidän asiakkaanne.

            Pirjo Laaksonen
            """)),
        category="request", kinds=("access", "objection"), language="fi", requester_email="pirjo.laaksonen@example.fi",
        requester_name="Pirjo Laaksonen", phone="+358452378810",
        notes="sales-call complaint like the switchboard one, but about a private mobile: objection to marketing plus "
              "'mistä olette saaneet numeroni' = access")

    # 037 ----------------------------------------------------------------- automated: helpdesk acknowledgement
    add("auto-helpdesk-ack-quotes-deletion", message(
        rcpt=LUMI, frm=mailbox("Pilvipalvelin Tuki", "noreply@tuki.pilvipalvelin.example.com"),
        frm_addr="noreply@tuki.pilvipalvelin.example.com", subject="[Tiketti #48213] Pyyntösi on vastaanotettu",
        date=when(2026, 5, 6, 10, 44), subject_mode="B",
        root=text(T("""
            Hei,

            pyyntösi on vastaanotettu ja se on saanut numeron #48213. Vastaamme yleensä yhden arkipäivän
            kuluessa. Voit seurata tikettiä osoitteessa https://tuki.pilvipalvelin.example.com/t/48213

            Pyyntösi:
            "Pyydämme poistamaan entisen työntekijämme käyttäjätilin ja sen henkilötiedot myös
            varmuuskopioista. Tilin nimi on j.aaltonen."

            Tähän viestiin ei voi vastata.
            Pilvipalvelin Oy:n asiakastuki
            """), cte="base64"),
        extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Precedence: bulk")),
        category="automated", language="fi",
        notes="ticketing acknowledgement (Auto-Submitted: auto-generated, B-encoded subject) quoting the company's "
              "own deletion request to its hosting provider")

    # 038 ----------------------------------------------------------------- automated: read receipt
    add("auto-read-receipt-data-request-reply", read_receipt(
        LAITE, "Ville Kurki", "ville.kurki@example.fi", when(2026, 6, 2, 9, 14), "Luettu: Vastaus tietopyyntöönne",
        "c41d9a0e77f2@pohjolanlaite.example.fi", T("""
            Viestisi

                Vastaanottaja: Ville Kurki
                Aihe: Vastaus tietopyyntöönne
                Lähetetty: 1.6.2026 15.32

            luettiin 2.6.2026 9.14.
            """)),
        category="automated", language="fi",
        notes="MDN read receipt for the company's answer to a data request")


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, Path(__file__).resolve().parent))
