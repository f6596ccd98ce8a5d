#!/usr/bin/env python3
"""Generate a sixth independent, labelled corpus (corpus_extra6) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a sixth author without looking at the other corpora's mail texts: a formal Art. 15 request with
a hetu, an angry erasure without umlauts, a reply to a newsletter asking to be taken off the list, a client's
contact person whose surname changed, an inline forward of a job applicant's deletion request, a WordPress
form asking to restrict processing during an invoice dispute, an HTML-only move of data to another service,
"mistä olette saaneet osoitteeni", Finland-Swedish and Sweden-Swedish requests, English (non-native, a
Reply-To, an Art. 21 objection to profiling, a restriction during a damage dispute) and a French erasure;
auto-replies with and without headers, a DSN bounce, list mail, a helpdesk acknowledgement and a read
receipt; and hard negatives (a duplicate invoice "poistakaa", a booking "päivittäkää", a DPA question, a
GDPR vendor pitch, phishing in the name of the data-protection authority, a job application, an admin
asking how to delete a user in the SaaS).
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

HETU_A = new_hetu("140385", "-", "236")
HETU_B = new_hetu("030702", "A", "418")
Y_LAITE_CLIENT = new_ytunnus("2345678")
Y_INVOICE = new_ytunnus("1876543")
Y_VENDOR = new_ytunnus("0912345")


def build() -> None:
    # ------------------------------------------------------------------ requests, Finnish
    add("fi-access-formal-art15-hetu", simple(
        TILI, "Riikka Salmela", "riikka.salmela@example.fi", "Tarkastuspyyntö (EU 2016/679, 15 artikla)",
        when(2026, 3, 2, 9, 14, utc_offset=2), T(f"""
            Järvisen Tilitoimisto Oy
            Tietosuojavastaava / rekisterinpitäjä

            Pyydän EU:n yleisen tietosuoja-asetuksen (2016/679) 15 artiklan nojalla saada tiedon siitä,
            käsitelläänkö minua koskevia henkilötietoja, ja jos käsitellään, jäljennöksen niistä.
            Pyydän lisäksi tiedot käsittelyn tarkoituksista, vastaanottajista ja säilytysajasta.

            Olin toiminimeni kautta asiakkaananne vuosina 2019-2023.

            Tunnistamista varten: henkilötunnukseni on {HETU_A}.
            Vastauksen voi lähettää tähän sähköpostiosoitteeseen.

            Ystävällisin terveisin
            Riikka Salmela
            p. 044 512 7730
            """), extra=(TB,)),
        category="request", kinds=["access"], language="fi", requester_email="riikka.salmela@example.fi",
        requester_name="Riikka Salmela", phone="+358445127730", hetu=HETU_A,
        notes="formal Art. 15 with purposes/recipients; hetu and phone in the signature block")

    add("fi-erasure-angry-no-umlauts", simple(
        KATTO, None, "jukka.h1975@example.com", "TIETOJEN POISTO HETI",
        when(2026, 3, 4, 22, 41, utc_offset=2), T("""
            mista ihmeesta te olette saaneet mun numeron?? soititte taas tanaan kolmatta kertaa
            kattoremontista vaikka sanoin jo viime kuussa etta ei kiinnosta.

            poistakaa KAIKKI mun tiedot teidan jarjestelmista nyt heti. en oo ikina antanut lupaa
            tallentaa mitaan. jos viela soitatte niin teen valituksen tietosuojavaltuutetulle.

            Jukka Hakala
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["access", "erasure"], language="fi", requester_email="jukka.h1975@example.com",
        requester_name="Jukka Hakala", phone=None,
        notes="angry, no umlauts, all-caps subject; asks where the number came from (access) and demands deletion")

    newsletter = T("""
        Kattopojat tiedottaa - kevät 2026

        Nyt on oikea aika tarkistaa katon kunto talven jäljiltä. Varaa ilmainen kuntokartoitus
        huhtikuun loppuun mennessä!
        """)
    add("fi-objection-reply-to-newsletter", simple(
        KATTO, "Pertti Lahtinen", "pertti.lahtinen@example.fi", "Re: Kattopojat tiedottaa - kevät 2026",
        when(2026, 3, 10, 7, 55, utc_offset=2), T("""
            Ottakaa minut pois tältä postituslistalta, kiitos. Katto uusittiin teillä 2021 eikä
            uutta tarvita vähään aikaan.

            Pertti

            ti 10.3.2026 klo 6.00 Kattopojat Oy <uutiskirje@kattopojat.example.fi> kirjoitti:
            """) + quote_lines(newsletter), extra=(IPHONE, "In-Reply-To: <kevat2026@kattopojat.example.fi>")),
        category="request", kinds=["objection"], language="fi", requester_email="pertti.lahtinen@example.fi",
        requester_name="Pertti Lahtinen",
        notes="reply to a newsletter; 'ottakaa minut pois postituslistalta' is objection; only first name signed")

    add("fi-rectification-contact-person-name", alternative(
        LAITE, "Sanna Virtanen", "sanna.virtanen@rakennusniemi.example.fi", "Yhteyshenkilön tiedot",
        when(2026, 3, 12, 13, 2, utc_offset=2), T(f"""
            Hei,

            olen Rakennus Niemi Oy:n yhteyshenkilö teidän asiakasrekisterissänne. Sukunimeni on
            vaihtunut (ent. Koskinen), ja huomasin että viime laskussanne oli vielä vanha nimi ja
            vanha sähköpostiosoitteeni. Voisitteko korjata tietoni: nimi Sanna Virtanen,
            sähköposti sanna.virtanen@rakennusniemi.example.fi.

            Kiitos!

            Sanna Virtanen
            Hankintapäällikkö
            Rakennus Niemi Oy | Y-tunnus {Y_LAITE_CLIENT}
            puh. 050-318 2294
            """), extra=(OUTLOOK,)),
        category="request", kinds=["rectification"], language="fi",
        requester_email="sanna.virtanen@rakennusniemi.example.fi", requester_name="Sanna Virtanen",
        phone="+358503182294", business_id=Y_LAITE_CLIENT,
        notes="a client company's contact person corrects her own name and e-mail; company Y-tunnus in signature")

    applicant = T("""
        Hei,

        hain teille syksyllä UI-suunnittelijan paikkaa, mutta en tullut valituksi. Pyytäisin että
        poistatte hakemukseni, CV:ni ja portfolioni kaikista järjestelmistänne, en halua että niitä
        säilytetään tulevia hakuja varten.

        t. Emilia Koivisto
        045 771 2038
        """)
    add("fi-erasure-applicant-inline-forward", simple(
        KIVI, "Mikko Kangas", "mikko.kangas@kivikangas.example.fi", "VL: Hakemukseni poistaminen",
        when(2026, 3, 16, 10, 20, utc_offset=2), outlook_inline_forward(T("""
            Tämä tuli minun osoitteeseeni, laitan infoon käsiteltäväksi.

            Mikko Kangas
            Kivi & Kangas Design Oy
            040 552 1190
            """), [
            "Lähettäjä: Emilia Koivisto <emilia.koivisto@example.com>",
            "Lähetetty: sunnuntai 15. maaliskuuta 2026 21.07",
            "Vastaanottaja: Mikko Kangas <mikko.kangas@kivikangas.example.fi>",
            "Aihe: Hakemukseni poistaminen",
        ], applicant), charset="iso-8859-1", cte="quoted-printable", extra=(OUTLOOK,)),
        category="request", kinds=["erasure"], language="fi", requester_email="emilia.koivisto@example.com",
        requester_name="Emilia Koivisto", phone="+358457712038",
        notes="employee's inline forward of a rejected applicant's deletion request; forwarder's phone ignored")

    add("fi-restriction-wordpress-form-dispute", simple(
        PAINO, "WordPress", "wordpress@saaristonpaino.example.fi", "Uusi yhteydenotto: Yhteydenottolomake",
        when(2026, 3, 18, 16, 3, utc_offset=2), T("""
            Nimi: Tapani Lehtonen
            Sähköposti: tapani.lehtonen@example.fi
            Puhelin: 0400 918 227
            Aihe: Tietosuoja

            Viesti:
            Riitelemme edelleen laskusta 2025-1188 (väärät painomäärät). Älkää poistako tilaushistoriaani
            tai sähköpostejani, tarvitsen ne näyttönä. Pyydän kuitenkin rajoittamaan tietojeni käsittelyä
            niin, ettei niitä käytetä mihinkään muuhun (esim. perintään tai markkinointiin) ennen kuin
            asia on ratkaistu.

            --
            Tämä viesti lähetettiin lomakkeelta sivulla https://saaristonpaino.example.fi/yhteys
            """), extra=("X-Mailer: WPMailSMTP/Mailer/smtp 4.1.1",)),
        category="request", kinds=["restriction"], language="fi", requester_email="tapani.lehtonen@example.fi",
        requester_name="Tapani Lehtonen", phone="+358400918227",
        notes="WordPress form without Reply-To; 'älkää poistako' plus 'rajoittamaan käsittelyä' is restriction")

    add("fi-portability-access-html-only", outlook_only(
        LUMI, "Hannele Nurmi", "hannele.nurmi@example.fi", "Tietojen siirto",
        when(2026, 3, 20, 11, 45, utc_offset=2), T("""
            Hyvä Lumivalo,

            lopetan henkilökohtaisen tilini teidän palvelussanne kuun lopussa ja siirryn toiseen
            ajanvarausohjelmaan. Haluan saada kaikki antamani tiedot (asiakaslistani, varaushistoria,
            profiilitiedot) koneluettavassa muodossa, esim. CSV tai JSON, jotta voin siirtää ne
            uuteen palveluun.

            Kertokaa samalla mitä muita tietoja minusta on tallennettu.

            Hannele Nurmi
            """)),
        category="request", kinds=["access", "portability"], language="fi", requester_email="hannele.nurmi@example.fi",
        requester_name="Hannele Nurmi",
        notes="HTML-only Windows-1252 QP; machine-readable export to another service plus what else is stored")

    add("fi-access-colloquial-where-from", simple(
        LAITE, "Ville Rantanen", "ville.rantanen@example.com", None,
        when(2026, 3, 23, 19, 30, utc_offset=2), T("""
            moi

            sain teiltä mainoskirjeen kotiin vaikka en oo koskaan vuokrannu teiltä mitään. mistä
            ootte saanu mun nimen ja osotteen ja mitä muuta teillä on musta?

            -Ville
            """), extra=(ANDROID_UA,)),
        category="request", kinds=["access"], language="fi", requester_email="ville.rantanen@example.com",
        requester_name="Ville Rantanen",
        notes="no Subject header, colloquial; asking where the address came from is access, not objection")

    # ------------------------------------------------------------------ requests, Swedish
    add("sv-access-registerutdrag-personbeteckning", simple(
        PAINO, "Linnéa Sjöholm", "linnea.sjoholm@example.fi", "Begäran om registerutdrag",
        when(2026, 3, 5, 14, 12, utc_offset=2), T(f"""
            Hej,

            jag har varit prenumerant på er kundtidning och beställt visitkort av er några gånger.
            Enligt er dataskyddsbeskrivning kan man begära att få se sina uppgifter, så jag ber er
            skicka åt mig ett registerutdrag över alla uppgifter ni har om mig.

            Min personbeteckning är {HETU_B.lower()} om ni behöver den för identifieringen.

            Med vänliga hälsningar
            Linnéa Sjöholm
            Pargas
            """), charset="iso-8859-1", cte="8bit"),
        category="request", kinds=["access"], language="sv", requester_email="linnea.sjoholm@example.fi",
        requester_name="Linnéa Sjöholm", hetu=HETU_B,
        notes="Finland-Swedish ('skicka åt mig', personbeteckning); hetu with century sign A written in lower case")

    add("sv-erasure-sweden-mobile", simple(
        LAITE, "Johan Bergqvist", "johan.bergqvist@example.se", "Radera mina uppgifter",
        when(2026, 3, 9, 8, 2, utc_offset=1), T("""
            Hej!

            Jag hyrde en minigrävare av er i Uleåborg sommaren 2024 när vi byggde sommarstugan.
            Affären är avslutad och betald. Jag vill nu att ni raderar alla personuppgifter om mig
            som ni inte måste spara enligt lag.

            Tack på förhand,
            Johan Bergqvist
            070-482 13 96
            """), extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="sv", requester_email="johan.bergqvist@example.se",
        requester_name="Johan Bergqvist", phone="+46704821396",
        notes="Sweden-Swedish ex-customer; Swedish mobile without +46 must be normalised with Sweden's code")

    add("sv-objection-terse-unsubscribe", simple(
        PAINO, None, "k.holmstrom@example.fi", "avregistrera",
        when(2026, 3, 11, 12, 0, utc_offset=2), T("""
            Avregistrera mig från era utskick, vill inte ha reklam längre.
            /K. Holmström
            """)),
        category="request", kinds=["objection"], language="sv", requester_email="k.holmstrom@example.fi",
        requester_name="K. Holmström",
        notes="two-line Swedish unsubscribe; name only as initial and surname")

    add("sv-rectification-objection-multi", alternative(
        TILI, "Anders Wikström", "anders.wikstrom@example.fi", "Fel adress och nyhetsbrev",
        when(2026, 3, 25, 9, 31, utc_offset=2), T("""
            Hej,

            ni har fel postadress för mig, jag flyttade till Vasa i januari. Vänligen rätta den till
            Storalånggatan 12 B 7, 65100 Vasa.

            Samtidigt vill jag inte längre få ert nyhetsbrev om skatteplanering, så ta bort mig från
            den listan.

            Hälsningar
            Anders Wikström
            +358 40 733 1852
            """)),
        category="request", kinds=["rectification", "objection"], language="sv",
        requester_email="anders.wikstrom@example.fi", requester_name="Anders Wikström", phone="+358407331852",
        notes="two rights in one mail: correct the postal address and leave the newsletter ('ta bort mig')")

    # ------------------------------------------------------------------ requests, English
    add("en-access-non-native", simple(
        LUMI, "Piotr Nowak", "piotr.nowak@example.com", "personal data question",
        when(2026, 3, 3, 15, 27, utc_offset=2), T("""
            Hello,

            I was using your booking app in my previous work in Espoo until last year. Now I want
            to know which personal datas you still keep about me and please send me copy of them.
            Also I like to know for who you have give this datas.

            Best regards
            Piotr Nowak
            +358 46 923 5510
            """)),
        category="request", kinds=["access"], language="en", requester_email="piotr.nowak@example.com",
        requester_name="Piotr Nowak", phone="+358469235510",
        notes="non-native English; copy of data plus recipients is access")

    add("en-erasure-reply-to-differs", simple(
        KIVI, "Grace O'Connor", "grace.oconnor@oldjob.example.com", "Please delete my details",
        when(2026, 3, 13, 17, 48, utc_offset=2), T("""
            Hi there,

            I attended one of your UX breakfast events in Helsinki in 2024 while working for a client
            of yours. I've since left that company and would like you to erase my name, email and
            photo from your event registrations and any CRM entries.

            Please reply to my personal address (grace.oc@example.org), as this work mailbox is
            being closed.

            Thanks,
            Grace O'Connor
            """), reply_to="Grace O'Connor <grace.oc@example.org>"),
        category="request", kinds=["erasure"], language="en", requester_email="grace.oc@example.org",
        requester_name="Grace O'Connor",
        notes="Reply-To differs from From and is the address to answer; apostrophe in name")

    add("en-objection-profiling-art21", simple(
        LUMI, "Dr. Helen Marsh", "h.marsh@example.org", "Objection under Article 21 GDPR",
        when(2026, 3, 17, 10, 5, utc_offset=2), T("""
            Dear Sir or Madam,

            I am a registered user of Lumivalo Scheduler. Your updated privacy notice states that
            usage data is analysed to build customer segments for marketing purposes.

            Pursuant to Article 21(2) GDPR I object to the processing of my personal data for direct
            marketing, including profiling related to it. Please confirm within one month that this
            processing has ceased. I do not wish to close my account.

            Yours faithfully,
            Helen Marsh
            """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["objection"], language="en", requester_email="h.marsh@example.org",
        requester_name="Helen Marsh",
        notes="formal Art. 21(2) objection to profiling; keeps the account, so no erasure")

    add("en-restriction-access-damage-dispute", outlook_only(
        LAITE, "Martin Keller", "martin.keller@example.com", "Damage report on rental 4471 - my data",
        when(2026, 3, 26, 8, 40, utc_offset=2), T("""
            Hello,

            your damage report for rental contract 4471 says I returned the scissor lift with a
            broken control panel. That is not correct and I am disputing it.

            Until this is settled I ask you to restrict the processing of my personal data in that
            report: do not pass it to the insurer or to a debt collector. Please also tell me what
            personal data about me you have recorded in connection with this rental.

            Regards,
            Martin Keller
            Keller Montagebau GmbH, Berlin
            Mobil 0176 2249 8813
            """), charset="iso-8859-1", lang="EN-GB"),
        category="request", kinds=["access", "restriction"], language="en", requester_email="martin.keller@example.com",
        requester_name="Martin Keller", phone="+4917622498813",
        notes="restriction while accuracy is disputed plus access; German mobile written without +49")

    # ------------------------------------------------------------------ request, other EU language
    add("fr-erasure-saas-user", simple(
        LUMI, "Camille Durand", "camille.durand@example.org", "Demande de suppression de mes données",
        when(2026, 3, 19, 18, 22, utc_offset=2), T("""
            Bonjour,

            J'ai créé un compte d'essai sur votre plateforme en 2025 mais je ne l'utilise plus.
            Conformément à l'article 17 du RGPD, je vous demande de supprimer mon compte et
            l'ensemble de mes données personnelles.

            Merci de me confirmer la suppression.

            Cordialement,
            Camille Durand
            """), cte="quoted-printable"),
        category="request", kinds=["erasure"], language="fr", requester_email="camille.durand@example.org",
        requester_name="Camille Durand",
        notes="French (RGPD, article 17) erasure of a trial account; quoted-printable UTF-8")

    # ------------------------------------------------------------------ automated
    add("auto-ooo-fi-headers-phone", simple(
        TILI, "Marja Järvinen", "marja.jarvinen@asiakasyritys.example.fi", "Automaattinen vastaus: Tilinpäätös 2025",
        when(2026, 3, 6, 8, 0, utc_offset=2), T("""
            Olen lomalla 6.-16.3.2026 enkä lue sähköpostiani. Kiireellisissä asioissa soita
            numeroon 040 661 2093 (Tero Mäkelä).

            Marja Järvinen
            """), extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"),
        env_from=""),
        category="automated", language="fi", phone="+358406612093",
        notes="out-of-office with Auto-Submitted headers; the colleague's phone is literal and counts")

    orig_q = T("""
        Hello,

        please delete my account and all data you hold about me.

        Sam Taylor
        """)
    add("auto-reply-en-no-headers-quotes-request", simple(
        KIVI, "Sam Taylor", "sam.taylor@example.com", "Automatic reply: Please delete my account",
        when(2026, 3, 14, 9, 12, utc_offset=2), T("""
            Thank you for your email. I am away from the office until Monday 23 March with limited
            access to email. Your message has not been forwarded.

            > Original message:
            """) + quote_lines(orig_q)),
        category="automated", language="en",
        notes="auto-reply without any auto headers, only the 'Automatic reply' subject; quoted text is a request")

    sent = message(rcpt="leena.mattila@vanha.example.fi", frm=mailbox("Lumivalo Ohjelmistot Oy", LUMI),
                   frm_addr=LUMI, subject="Vastaus tietopyyntöönne", date=when(2026, 3, 21, 10, 0, utc_offset=2),
                   root=text(T("""
                       Hei Leena,

                       olemme poistaneet tietonne poistopyyntönne mukaisesti.

                       Lumivalo Ohjelmistot Oy
                       """)), trace=False)
    dsn_b = "dsn_" + token("lumi-dsn", 12)
    dsn = multipart("report", [
        text(T("""
            This is the mail system at host mx.lumivalo.example.fi.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <leena.mattila@vanha.example.fi>: host mx.vanha.example.fi[198.51.100.7] said:
                550 5.1.1 User unknown (in reply to RCPT TO command)
            """), charset="us-ascii", cte="7bit"),
        raw_part(["Content-Type: message/delivery-status"], T("""
            Reporting-MTA: dns; mx.lumivalo.example.fi
            Arrival-Date: Sat, 21 Mar 2026 10:00:01 +0200

            Final-Recipient: rfc822; leena.mattila@vanha.example.fi
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 User unknown
            """)),
        embedded(sent),
    ], dsn_b, params=" report-type=delivery-status;")
    add("auto-dsn-bounce-of-erasure-answer", message(
        rcpt=LUMI, frm=mailbox("Mail Delivery System", "MAILER-DAEMON@mx.lumivalo.example.fi"),
        frm_addr="MAILER-DAEMON@mx.lumivalo.example.fi", subject="Undelivered Mail Returned to Sender",
        date=when(2026, 3, 21, 10, 0, 3, utc_offset=2), root=dsn, env_from="",
        extra=("Auto-Submitted: auto-replied",)),
        category="automated", language="en",
        notes="DSN multipart/report; the returned original is an answer to an erasure request ('poistopyyntö')")

    add("auto-list-newsletter-tietosuoja", alternative(
        TILI, "Taloushallintoliitto Uutiset", "uutiset@lista.example.org",
        "Jäsenkirje 3/2026: Tietosuoja tilitoimistossa",
        when(2026, 3, 8, 6, 30, utc_offset=2), T("""
            Jäsenkirje 3/2026

            Tietosuoja tilitoimistossa: miten vastaat, kun asiakas pyytää "poistakaa kaikki tietoni"?
            Kirjanpitolaki velvoittaa säilyttämään tositteet kuusi vuotta, joten oikeus tulla
            unohdetuksi ei aina toteudu sellaisenaan. Lue koko artikkeli jäsensivuilta.

            Et halua enää jäsenkirjettä? Peru tilaus: https://lista.example.org/peru
            """), extra=("List-Id: Jasenkirje <jasenkirje.lista.example.org>",
                         "List-Unsubscribe: <https://lista.example.org/peru>", "Precedence: bulk")),
        category="automated", language="fi",
        notes="list mail (List-Id, Precedence: bulk) whose article quotes 'poistakaa kaikki tietoni'")

    add("auto-helpdesk-ack-sv", simple(
        PAINO, "Pappersgrossisten Support", "support@pappersgrossisten.example.se",
        "[Ärende #44187] Vi har mottagit ditt ärende",
        when(2026, 3, 24, 11, 15, utc_offset=1), T("""
            Hej,

            Tack för ditt meddelande. Vi har mottagit ditt ärende och registrerat det med nummer
            #44187. En handläggare återkommer inom två arbetsdagar.

            Detta är ett automatiskt meddelande och kan inte besvaras.

            Pappersgrossisten AB Kundtjänst
            """), extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"),
        env_from="bounce@pappersgrossisten.example.se"),
        category="automated", language="sv",
        notes="supplier helpdesk acknowledgement in Swedish, auto-generated")

    mdn_orig = T("""
        Original-Recipient: rfc822;toni.heikkinen@example.fi
        Final-Recipient: rfc822;toni.heikkinen@example.fi
        Original-Message-ID: <a81c2f0e77@kattopojat.example.fi>
        Disposition: manual-action/MDN-sent-manually; displayed
        """)
    mdn_b = "mdn_" + token("katto-mdn", 12)
    mdn = multipart("report", [
        text(T("""
            Tämä on kuittaus viestille, jonka lähetit osoitteeseen toni.heikkinen@example.fi

            Huomaa: Tämä kuittaus ilmoittaa vain, että viesti näytettiin vastaanottajan
            tietokoneella. Se ei takaa, että vastaanottaja on lukenut viestin tai ymmärtänyt sen sisällön.
            """)),
        raw_part(["Content-Type: message/disposition-notification"], mdn_orig),
    ], mdn_b, params=" report-type=disposition-notification;")
    add("auto-read-receipt-fi", message(
        rcpt=KATTO, frm=mailbox("Toni Heikkinen", "toni.heikkinen@example.fi"), frm_addr="toni.heikkinen@example.fi",
        subject="Luettu: Tarjous: vesikaton uusiminen", date=when(2026, 3, 27, 20, 4, utc_offset=2), root=mdn,
        extra=(TB,)),
        category="automated", language="fi",
        notes="Thunderbird MDN read receipt (multipart/report disposition-notification)")

    # ------------------------------------------------------------------ other
    add("other-duplicate-invoice-poistakaa", simple(
        TILI, "Kaija Peltonen", "reskontra@lvi-peltonen.example.fi", "Tuplalasku 20260311",
        when(2026, 3, 12, 10, 10, utc_offset=2), T(f"""
            Hei,

            saimme laskun 20260311 kahteen kertaan (paperina ja e-laskuna). Poistakaa toinen niistä
            järjestelmästänne ja korjatkaa samalla viitenumero, se puuttuu e-laskulta.

            Terveisin
            Kaija Peltonen
            LVI-Peltonen Oy, Y-tunnus {Y_INVOICE}
            """)),
        category="other", language="fi", business_id=Y_INVOICE,
        notes="'poistakaa' and 'korjatkaa' about a duplicate invoice and a reference number, not personal data")

    add("other-booking-update-date", simple(
        LAITE, "Jari Lindqvist", "jari@lindqvistrakennus.example.fi", "Varaus 8812 päivitys",
        when(2026, 3, 15, 7, 20, utc_offset=2), T("""
            Moro,

            päivittäkää varaukseen 8812 uusi alkupäivä 2.4., työmaa viivästyi viikolla. Poistakaa
            samalla siitä se toinen aggregaatti, yksi riittää.

            Jari
            041 778 3361
            """), extra=(ANDROID_UA,)),
        category="other", language="fi", phone="+358417783361",
        notes="'päivittäkää' and 'poistakaa' about an equipment booking; phone is literal")

    add("other-dpa-question-en", simple(
        LUMI, "Oskari Hämäläinen", "oskari.hamalainen@tilausasiakas.example.fi",
        "Data processing agreement and server location",
        when(2026, 3, 18, 13, 33, utc_offset=2), T("""
            Hi,

            our legal team is reviewing vendors. Do you have a standard data processing agreement
            (Art. 28) we could sign, and are your servers located in the EU? Do you use any
            sub-processors outside the EEA?

            Best,
            Oskari Hämäläinen
            Tilausasiakas Oy
            """)),
        category="other", language="en",
        notes="B2B customer asks about DPA and hosting; privacy question without using any right")

    add("other-gdpr-vendor-pitch", alternative(
        KATTO, "Elena from ComplyFlow", "elena@complyflow.example.com", "Are you ready for your next DSAR?",
        when(2026, 3, 19, 15, 0, utc_offset=2), T("""
            Hi Kattopojat team,

            Every week small businesses receive access requests, erasure requests and objections
            under GDPR, and missing the one-month deadline can lead to fines.

            ComplyFlow automates data subject requests end to end: we find personal data, delete it
            on request and send the customer a copy in a machine-readable format.

            Book a 15-minute demo: https://complyflow.example.com/demo

            Elena Petrova
            Account Executive, ComplyFlow
            """), extra=("X-Mailer: HubSpot",)),
        category="other", language="en",
        notes="GDPR vendor pitch full of request words (access, erasure, machine-readable)")

    add("other-phishing-tietosuojavaltuutettu", outlook_only(
        KIVI, "Tietosuojavaltuutetun toimisto", "noreply@tietosuoja-valvonta.test",
        "HUOMAUTUS: Rekisteröidyn valitus yritystänne vastaan",
        when(2026, 3, 22, 3, 12, utc_offset=2), T("""
            Arvoisa vastaanottaja,

            Tietosuojavaltuutetun toimistoon on saapunut rekisteröidyn valitus, jonka mukaan
            yrityksenne ei ole vastannut tarkastuspyyntöön määräajassa.

            Välttääksenne seuraamusmaksun teidän tulee vahvistaa yrityksenne tiedot 48 tunnin
            kuluessa alla olevasta linkistä:

            https://tietosuoja-valvonta.test/vahvista?id=88213

            Tietosuojavaltuutetun toimisto
            """), charset="iso-8859-1", extra=()),
        category="other", language="fi",
        notes="phishing impersonating the data-protection authority; mentions tarkastuspyyntö but is no request")

    add("other-job-application-sv", simple(
        PAINO, "Elin Lindroos", "elin.lindroos@example.fi", "Ansökan: tryckeriassistent",
        when(2026, 3, 23, 21, 0, utc_offset=2), T("""
            Hej,

            jag söker sommarjobbet som tryckeriassistent som ni annonserade på er webbplats. Jag
            studerar grafisk design vid Novia och har jobbat två somrar på ett tryckeri i Åbo.
            Jag kan både finska och svenska.

            Mitt CV bifogas gärna om ni vill. Ni når mig på 050 482 9917.

            Med vänlig hälsning
            Elin Lindroos
            """)),
        category="other", language="sv", phone="+358504829917",
        notes="Swedish job application with phone; an application is not a request")

    add("other-saas-admin-delete-user", simple(
        LUMI, "Tiina Aaltonen", "tiina.aaltonen@hammaslaakari-aalto.example.fi", "Käyttäjän poistaminen",
        when(2026, 3, 26, 14, 48, utc_offset=2), T("""
            Hei,

            meiltä lähti yksi hammashoitaja pois. Miten saan poistettua hänen käyttäjätunnuksensa
            hallintapaneelista? En löydä asetuksista mitään poista-painiketta. Pitäisikö samalla
            päivittää lisenssimäärä?

            t. Tiina Aaltonen
            Hammaslääkäri Aalto
            """)),
        category="other", language="fi",
        notes="admin support question about deleting an employee's user account; not a right of the sender")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], build, Path(__file__).resolve().parent))
