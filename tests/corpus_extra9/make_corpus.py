#!/usr/bin/env python3
"""Generate a ninth independent, labelled corpus (corpus_extra9) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a ninth author, who did not look at the classifier or at the other corpora's mail texts, with the
brief "mail as it really arrives in a Finnish B2B info@ box":

- Requests (fi, sv, en):
  - an erasure top-posted over the company's quoted answer to an earlier access request;
  - a "kysyin tätä jo kaksi viikkoa sitten" follow-up repeating an access request;
  - lower-case "Lähetetty iPhonesta" / "Sent from my iPhone" mails with no greeting;
  - short requests under long corporate signatures with fi/en legal disclaimers ("delete this message");
  - Finnish mixed with English ("deletoida mun profiilin, thanks");
  - camera-surveillance footage of a given day, and a copy of a recorded support call;
  - a former employee's HR file, and an employment-certificate correction forwarded inline by the ex-boss;
  - which data were hit in a breach the company announced;
  - data obtained from a partner: where did it come from, and stop processing;
  - a customer account "jäädytettyä" during an invoice dispute, with the hetu typed in lower case;
  - order history "CSV:nä" with a Reply-To, and a move of tax-return data to a new bureau plus erasure;
  - "älkää enää soittako tähän numeroon", and a misspelt street name with the right value;
  - a request in the Subject only with an empty body;
  - a request sent to the group's info@ about a subsidiary.
- Automated: a Finnish out-of-office with Auto-Submitted, an English out-of-office without any auto
  headers, a mailing-list digest (List-Id, multipart/digest) discussing deletion requests, a DSN bounce
  of the company's reply that quotes an erasure request, and an e-invoice notification from noreply@.
- Other (hard negatives): cancelling an order and deleting its confirmation, a supplier correcting its
  bank account, a "GDPR-yhteensopiva asiakasrekisteri" pitch, "lähettäkää kopio laskusta", a partner
  replacing its departed contact person, a Swedish thesis questionnaire about GDPR requests, asking to stop
  the newsletter to a departed colleague's address, a recruitment agency, and a product complaint that
  says "tietoni" in passing.

Everything is invented; mail domains are under example.fi / example.com / example.se / example.org / .test;
IP addresses come from documentation ranges.

Run:  python3 make_corpus.py          (rewrite the corpus and validate)
      python3 make_corpus.py --check  (only validate what is on disk)

Standard library only.
"""
from __future__ import annotations

import html as _html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_kit import *


# ---------------------------------------------------------------------------
# local helpers
# ---------------------------------------------------------------------------
def mail(rcpt, name, addr, subject, date, root, *, reply_to=None, extra=(), env_from=None, to=None,
         subject_charset="utf-8", subject_mode="Q", name_charset="utf-8", name_mode="Q", ip="192.0.2.10"):
    return message(rcpt=rcpt, frm=mailbox(name, addr, name_charset, name_mode), frm_addr=addr, subject=subject,
                   date=date, root=root, reply_to=reply_to, extra=extra, env_from=env_from, to=to,
                   subject_charset=subject_charset, subject_mode=subject_mode, ip=ip)


def plain(body, *, charset="utf-8", cte="8bit"):
    return text(body, charset=charset, cte=cte)


def outlook_only(body, *, charset="windows-1252", lang="FI"):
    return text(outlook_html(body, charset, lang), subtype="html", charset=charset, cte="quoted-printable")


def alt(body, seed, *, cte="quoted-printable", html_body=None, charset="utf-8"):
    b = "----=_alt_" + token(seed, 20)
    h = html_body if html_body is not None else light_html(body)
    return multipart("alternative", [text(body, charset=charset, cte=cte),
                                     text(h, subtype="html", charset=charset, cte=cte)], b)


def reply_alt(top, attribution, quoted, seed, *, cte="quoted-printable"):
    """Top-posted reply: plain part with '> ' quoting, HTML part with a gmail_quote blockquote."""
    plain_body = top + "\n" + attribution + "\n\n" + quote_lines(quoted)
    qhtml = "<br>\n".join(_html.escape(line, quote=False) for line in quoted.rstrip("\n").split("\n"))
    html_body = (light_html(top).rstrip("\n") + "\n<br>\n<div class=\"gmail_quote\">"
                 f"<div dir=\"ltr\" class=\"gmail_attr\">{_html.escape(attribution, quote=False)}<br></div>\n"
                 "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                 f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">\n{qhtml}\n</blockquote></div>\n")
    return alt(plain_body, seed, cte=cte, html_body=html_body)


# identities (all invented, all valid)
HETU_FOLLOWUP = new_hetu("050776", "-", "148")
HETU_HR = new_hetu("220989", "-", "317")
HETU_DISPUTE = new_hetu("170882", "-", "539")   # check character is a letter; written in lower case
HETU_SV = new_hetu("110401", "A", "262")
Y_RAUTIOLA = new_ytunnus("2718844")
Y_NORDWIND = new_ytunnus("2234561")
Y_PELTI = new_ytunnus("3108842")
Y_DATAREK = new_ytunnus("0736158")
Y_YLIVIESKA = new_ytunnus("1123457")
Y_LAATTA = new_ytunnus("2913370")
Y_RAUTAKESKUS = new_ytunnus("3016942")
Y_REKRY = new_ytunnus("2567783")

DISCLAIMER_FI_EN = (
    "LUOTTAMUKSELLINEN: Tämä sähköpostiviesti ja sen liitteet voivat sisältää luottamuksellista tai "
    "salassa pidettävää tietoa, ja ne on tarkoitettu ainoastaan viestin vastaanottajalle. Jos olet saanut "
    "viestin erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti ja sen liitteet välittömästi. Viestin "
    "luvaton käyttö, kopiointi tai edelleen välittäminen on kielletty. Käsittelemme henkilötietoja "
    "tietosuojaselosteemme mukaisesti.\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or privileged "
    "information and are intended solely for the addressee. If you have received this message in error, "
    "please notify the sender and delete it and any attachments immediately. Any unauthorised use, copying "
    "or disclosure is prohibited. We process personal data in accordance with our privacy notice.")


def build() -> None:
    # ================================================================== requests, Finnish
    add("fi-erasure-top-posted-over-company-answer", mail(
        KATTO, "Leena Hakala", "leena.hakala@example.com", "Re: Mitä tietoja minusta on?",
        when(2026, 3, 4, 8, 37, utc_offset=2), reply_alt(T("""
            Kiitos selvityksestä.

            Koska tarjous ei johtanut kauppaan, haluan että poistatte nuo kaikki tietoni järjestelmästänne,
            myös puhelinnumeron ja ne kattokuvat, jotka lähetin. Ilmoittakaa kun on tehty.

            t. Leena Hakala
            """), "ti 3.3.2026 klo 14.12 Kattopojat Oy <info@kattopojat.example.fi> kirjoitti:", T("""
            Hei Leena,

            kysyit, mitä tietoja meillä on sinusta. Asiakasjärjestelmäämme on tallennettu nimesi, osoitteesi
            (Kalevantie 14, Tampere), puhelinnumerosi ja sähköpostiosoitteesi sekä viime syksynä lähettämäsi
            kattokuvat ja niiden pohjalta tehty tarjous. Tietoja käytetään tarjouksen ja mahdollisen urakan
            hoitamiseen.

            Ystävällisin terveisin
            Mikko Salo
            Kattopojat Oy
            puh. 03 318 4400

            > Hei, mitä tietoja teillä on minusta tallennettuna? Pyysin tarjousta viime syksynä.
            > Leena Hakala
            """), "fi1"), extra=(GMAIL_UA,)),
        category="request", kinds=["erasure"], language="fi",
        requester_email="leena.hakala@example.com", requester_name="Leena Hakala",
        notes="new ask is erasure only; the quoted company answer and nested quote are an already-answered "
              "access request, and the quoted company phone is not the requester's")

    add("fi-access-followup-two-weeks-no-answer", mail(
        TILI, "Jari Lehtinen", "jari.lehtinen@example.com", "Uudelleen: Tarkastuspyyntö",
        when(2026, 3, 16, 20, 5, utc_offset=2), plain(T(f"""
            Hei,

            kysyin tätä jo kaksi viikkoa sitten, en ole saanut vastausta. Eli lyhyesti: haluan tietää mitä
            henkilötietoja teillä on minusta (olen asiakasyrityksenne Lehtosen Kuljetus Oy:n palkanlaskennassa)
            ja saada niistä kopion.

            Henkilötunnukseni on {HETU_FOLLOWUP}. Vastaus pitäisi tulla kuukauden sisällä.

            Jari Lehtinen
            040 552 8163

            -------- Alkuperäinen viesti --------
            Lähettäjä: Jari Lehtinen <jari.lehtinen@example.com>
            Päivämäärä: 2.3.2026 klo 19.40
            Vastaanottaja: info@jarvisentilit.example.fi
            Aihe: Tarkastuspyyntö

            Hei, pyytäisin saada nähtäväksi kaikki teillä minusta olevat tiedot (palkkatiedot, verokortti,
            tilinumero yms.). Kiitos!
            Jari Lehtinen
            """), cte="quoted-printable"), extra=(TB,)),
        category="request", kinds=["access"], language="fi",
        requester_email="jari.lehtinen@example.com", requester_name="Jari Lehtinen", phone="+358405528163",
        hetu=HETU_FOLLOWUP,
        notes="reminder that restates the access request briefly above his own quoted first mail; the "
              "accounting firm holds his data as its client's payroll processor")

    add("fi-access-erasure-iphone-lowercase", mail(
        LAITE, "Sanna Kettunen", "sanna.kettunen@example.com", "asiakastiedot",
        when(2026, 3, 7, 22, 48, utc_offset=2), plain(T("""
            mitä kaikkia tietoja teillä on musta tallessa? vuokrasin teiltä peräkärryn pari vuotta sitten. ja kun
            oon saanu vastauksen niin poistakaa ne kaikki, en tarvii teidän palveluita enää

            Lähetetty iPhonesta
            """), cte="quoted-printable"), extra=(IPHONE,)),
        category="request", kinds=["access", "erasure"], language="fi",
        requester_email="sanna.kettunen@example.com", requester_name="Sanna Kettunen",
        notes="no greeting, no signature, colloquial lower-case Finnish; access then erasure; name only in "
              "the From display name")

    add("fi-rectification-surname-long-signature", mail(
        TILI, "Halonen Anu", "anu.halonen@rautiolantekniikka.example.fi", "Nimenmuutos",
        when(2026, 2, 23, 10, 2, utc_offset=2), outlook_only(T(f"""
            Hei,

            sukunimeni on muuttunut (ennen Virtanen). Päivittäkää tietonne, myös sähköpostiosoitteeni on nyt
            anu.halonen@rautiolantekniikka.example.fi. Vanha osoite poistuu käytöstä maaliskuussa.

            Kiitos!

            Anu Halonen
            Talouspäällikkö | CFO
            Rautiolan Tekniikka Oy
            Teollisuustie 8, 40320 Jyväskylä
            Puh. +358 50 377 9021
            Y-tunnus {Y_RAUTIOLA}
            www.rautiolantekniikka.example.fi
            """) + "\n" + DISCLAIMER_FI_EN + "\n"), extra=(OUTLOOK,)),
        category="request", kinds=["rectification"], language="fi",
        requester_email="anu.halonen@rautiolantekniikka.example.fi", requester_name="Anu Halonen",
        phone="+358503779021", business_id=Y_RAUTIOLA,
        notes="three-line rectification of a client contact's own name under a signature and fi/en "
              "disclaimer that says 'poista viesti' / 'delete it'; From is 'Surname Firstname'; HTML-only")

    add("fi-erasure-finglish-deletoida-profiili", mail(
        LUMI, "Jere Mäkelä", "jere.makela@example.com", "profiilin poisto pls",
        when(2026, 4, 2, 13, 21), plain(T("""
            Moi,

            voisitteko deletoida mun profiilin teidän palvelusta? Testasin Lumivaloa yhen projektin ajan mut en
            käytä sitä enää, enkä halua että mun dataa jää teille. Account on tällä samalla mailiosoitteella.
            Thanks!

            br,
            Jere
            """), cte="base64"), name_mode="B", extra=(GMAIL_UA,)),
        category="request", kinds=["erasure"], language="fi",
        requester_email="jere.makela@example.com", requester_name="Jere Mäkelä",
        notes="Finnish mixed with English ('deletoida', 'Account', 'Thanks', 'br'); signs with first name "
              "only, full name only in the B-encoded display name; base64 body")

    add("fi-access-cctv-footage-given-day", mail(
        LAITE, "Petteri Ojala", "petteri.ojala@example.fi", "Kameravalvontatallenne 10.3.2026",
        when(2026, 3, 12, 7, 55, utc_offset=2), plain(T("""
            Hei,

            asioin Kaakkurin toimipisteessänne tiistaina 10.3.2026 noin klo 15.30–16.15, kun palautin
            vuokraamani piikkauskoneen. Pyydän saada kopion niistä kameravalvontatallenteista, joissa esiinnyn
            kyseisenä päivänä, sekä tiedon siitä, kuinka kauan tallenteita säilytetään.

            Tunnistamisen helpottamiseksi: minulla oli päällä oranssi huomiotakki ja ajoin valkoisella
            pakettiautolla suoraan lastauslaiturille.

            Terveisin
            Petteri Ojala
            puh. 0400 817 223
            """))),
        category="request", kinds=["access"], language="fi",
        requester_email="petteri.ojala@example.fi", requester_name="Petteri Ojala", phone="+358400817223",
        notes="access to CCTV footage of a specific day and time, with clothing given for identification; "
              "no GDPR words at all")

    add("fi-access-former-employee-hr-file", mail(
        KATTO, "Kalle Nieminen", "kalle.nieminen@example.com", "Henkilöstötiedot / entinen työntekijä",
        when(2026, 2, 17, 18, 30, utc_offset=2), plain(T(f"""
            Hei,

            olin teillä töissä kattoasentajana 4/2019–10/2023. Pyydän kopion kaikista minusta tallennetuista
            henkilöstötiedoista: henkilöstökansio, työsopimukset, mahdolliset varoitukset, työterveyteen
            liittyvät merkinnät sekä kulunvalvonta- ja ajoneuvojen paikannustiedot, jos niitä on säilytetty.

            Henkilötunnus {HETU_HR}
            Postiosoite: Hämeenpuisto 31 B 12, 33200 Tampere

            Ystävällisesti
            Kalle Nieminen
            """), charset="windows-1252", cte="quoted-printable"),
        subject_charset="iso-8859-1", subject_mode="B"),
        category="request", kinds=["access"], language="fi",
        requester_email="kalle.nieminen@example.com", requester_name="Kalle Nieminen", hetu=HETU_HR,
        notes="former employee's HR file (employment data, not customer data); windows-1252 QP body and "
              "ISO-8859-1 B-encoded subject")

    add("fi-access-objection-data-from-partner", mail(
        KIVI, "Marjatta Honkanen", "marjatta.honkanen@example.fi", "Mistä saitte tietoni?",
        when(2026, 3, 17, 9, 12, utc_offset=2), alt(T("""
            Hei,

            sain teiltä 16.3. sähköpostin otsikolla "Uudista verkkosivusi keväällä", vaikka en ole koskaan
            asioinut kanssanne. Viestin alalaidassa luki, että yhteystietoni on saatu "yhteistyökumppaniltamme".

            1) Kertokaa, mikä yhteistyökumppani tietoni on teille luovuttanut, mitä tietoja minusta saitte ja
            milloin.
            2) Lopettakaa tietojeni käsittely, markkinointi mukaan lukien. En ole antanut lupaa siihen, että
            tietojani luovutetaan eteenpäin.

            Marjatta Honkanen
            """), "fi10")),
        category="request", kinds=["access", "objection"], language="fi",
        requester_email="marjatta.honkanen@example.fi", requester_name="Marjatta Honkanen",
        notes="data obtained from a partner: asking the source and what was received is access, 'lopettakaa "
              "käsittely' of marketing data is objection; neither asks to delete")

    add("fi-restriction-account-frozen-dispute", mail(
        LAITE, "Ville Korhonen", "ville.korhonen@example.com",
        "Riitautettu lasku 48213 – asiakastilin jäädytys", when(2026, 4, 8, 16, 44), plain(T(f"""
            Hei,

            riitautan laskunne nro 48213 (vuokratun minikaivurin väitetty vaurio, 1 840 €). Asia on vireillä
            kuluttajaneuvonnassa.

            Siihen asti kunnes riita on ratkaistu, haluan asiakastilini jäädytettyä: älkää käyttäkö tietojani
            perintään tai maksuhäiriöilmoitukseen, mutta älkää myöskään poistako mitään, koska tarvitsen
            vuokrasopimuksen ja luovutuspöytäkirjan tiedot todisteiksi.

            Henkilötunnukseni tunnistamista varten: {HETU_DISPUTE.lower()}

            Ville Korhonen
            050 604 3318
            """), cte="quoted-printable")),
        category="request", kinds=["restriction"], language="fi",
        requester_email="ville.korhonen@example.com", requester_name="Ville Korhonen", phone="+358506043318",
        hetu=HETU_DISPUTE,
        notes="'jäädytettyä' plus 'älkää poistako' while a dispute runs is restriction, not erasure; hetu "
              "typed in lower case, labelled upper case")

    add("fi-portability-order-history-csv-reply-to", mail(
        PAINO, "Niina Laine", "niina.laine@toimisto.example.fi", "Tilaushistoria CSV-muodossa",
        when(2026, 4, 14, 11, 3), plain(T("""
            Hei!

            Olen tilannut verkkokaupastanne vuosien varrella kortteja, kalentereita ja valokuvakirjoja omalla
            asiakastililläni (niina.laine@example.com). Haluaisin saada koko tilaushistoriani CSV:nä –
            tilaukset, päivämäärät, tuotteet ja toimitusosoitteet – jotta voin tuoda sen toiseen palveluun.

            Vastatkaa mieluiten tuohon yksityisosoitteeseeni, lähetän tämän työkoneelta.

            Niina Laine
            """)), reply_to="Niina Laine <niina.laine@example.com>", extra=(OUTLOOK,)),
        category="request", kinds=["portability"], language="fi",
        requester_email="niina.laine@example.com", requester_name="Niina Laine",
        notes="order history 'CSV:nä' to import elsewhere is portability; sent from a work address with a "
              "Reply-To to her private address, which is also the account address")

    add("fi-objection-alkaa-soittako-latin1", mail(
        KATTO, "Tapio Rantanen", "tapio.rantanen@example.fi", "Puhelinmyynti",
        when(2026, 5, 6, 18, 2), plain(T("""
            Teiltä on soitettu minulle tällä viikolla jo kolme kertaa kattoremontin tarjouksista, viimeksi
            tänään klo 17.50. Älkää enää soittako tähän numeroon: 044 982 1177. En halua teiltä
            markkinointipuheluita enkä muitakaan mainoksia.

            Tapio Rantanen
            """), charset="iso-8859-1", cte="8bit")),
        category="request", kinds=["objection"], language="fi",
        requester_email="tapio.rantanen@example.fi", requester_name="Tapio Rantanen", phone="+358449821177",
        notes="objection to marketing calls, no greeting; the phone number given is the one being called; "
              "ISO-8859-1 8bit")

    add("fi-erasure-subject-only-empty-body", mail(
        KIVI, None, "hlaakso82@example.com", "Pyydän poistamaan kaikki tietoni rekisteristänne (GDPR art. 17)",
        when(2026, 4, 20, 23, 11), plain("", charset="us-ascii", cte="7bit")),
        category="request", kinds=["erasure"], language="fi",
        requester_email="hlaakso82@example.com",
        notes="whole request is in the Subject; the body is empty and there is no display name, so the "
              "name is null")

    # ================================================================== requests, Swedish
    add("sv-rectification-misspelt-street", mail(
        PAINO, "Elin Lindqvist", "elin.lindqvist@example.fi", "Fel gatunamn i kundregistret",
        when(2026, 3, 9, 12, 40, utc_offset=2), plain(T("""
            Hej,

            på fakturan och i ert kundregister står min adress som "Strandvägn 4 B". Rätt adress är
            Strandvägen 4 B, 21600 Pargas. Kan ni rätta det så att posten kommer fram?

            Tack på förhand!
            Elin Lindqvist
            """), cte="quoted-printable")),
        category="request", kinds=["rectification"], language="sv",
        requester_email="elin.lindqvist@example.fi", requester_name="Elin Lindqvist",
        notes="Finland-Swedish rectification of a one-letter street-name typo with the correct value given")

    add("sv-access-call-recording", mail(
        LUMI, "Oskar Berglund", "oskar.berglund@example.se", "Begäran om kopia av samtalsinspelning",
        when(2026, 3, 11, 9, 30, utc_offset=2), plain(T("""
            Hej,

            jag ringde er kundtjänst den 4 mars 2026 runt kl. 10.15 (svensk tid) från mitt mobilnummer
            070-123 45 67 angående faktureringen av vår licens. I början av samtalet sades att samtalet spelas in.

            Jag begär med stöd av artikel 15 i dataskyddsförordningen en kopia av inspelningen och av de
            anteckningar som gjordes om samtalet.

            Med vänliga hälsningar
            Oskar Berglund
            Malmö
            """))),
        category="request", kinds=["access"], language="sv",
        requester_email="oskar.berglund@example.se", requester_name="Oskar Berglund", phone="+46701234567",
        notes="Sweden-Swedish access request for a recorded support call; Swedish mobile without +46")

    add("sv-rectification-restriction-outlook-latin1", mail(
        LAITE, "Mikael Storbacka", "mikael.storbacka@example.fi",
        "Felaktiga uppgifter – begäran om rättelse och begränsning", when(2026, 2, 26, 14, 15, utc_offset=2),
        outlook_only(T("""
            Hej,

            när jag försökte hyra en släpvagn hos er i Karleby förra veckan fick jag höra att jag finns i ert
            system som kund med "obetalda fakturor". Det stämmer inte: fakturan från juni 2025 betalades den
            28.6.2025, och jag skickar gärna kvittot.

            Jag begär att ni rättar uppgiften och att ni begränsar behandlingen av mina uppgifter, alltså inte
            använder dem för kreditbeslut eller lämnar ut dem vidare, tills ni har kontrollerat saken.

            Med vänlig hälsning
            Mikael Storbacka
            tfn 040 716 5520
            """), charset="iso-8859-1", lang="SV"), extra=(OUTLOOK,)),
        category="request", kinds=["rectification", "restriction"], language="sv",
        requester_email="mikael.storbacka@example.fi", requester_name="Mikael Storbacka",
        phone="+358407165520",
        notes="contested accuracy: correct the record and restrict use until checked; HTML-only Outlook in "
              "ISO-8859-1 with a Finnish mobile in a Swedish text")

    fw_original = T("""
        Hej Kari,

        hoppas allt är bra på tryckeriet! Jag gick igenom mitt arbetsintyg nu när jag söker nytt jobb, och där
        står fel uppgifter: enligt intyget var jag anställd 1.3.2018–31.12.2022 som offsettryckare, men jag
        började redan 14.8.2017 och från 2020 var jag arbetsledare i tryckhallen.

        Kan ni rätta intyget och samma uppgifter i personalregistret och skicka ett nytt intyg till mig? Jag nås
        på 050 338 2047 om något är oklart.

        Hälsningar
        Johanna Sjöberg
        """)
    add("sv-rectification-employment-cert-inline-forward", mail(
        PAINO, "Nurmi Kari", "kari.nurmi@saaristonpaino.example.fi", "VL: arbetsintyg",
        when(2026, 3, 10, 7, 58, utc_offset=2), plain(outlook_inline_forward(T("""
            Tämä tuli minun yksityiseen sähköpostiini, mutta kuuluu henkilöstöhallinnolle. Voitteko hoitaa?

            Kari

            Kari Nurmi
            Tuotantopäällikkö
            Saariston Painotalo Oy
            puh. 040 550 1836
            """), [
            "Lähettäjä: Johanna Sjöberg <johanna.sjoberg@example.fi>",
            "Lähetetty: maanantai 9. maaliskuuta 2026 21.04",
            "Vastaanottaja: Kari Nurmi <kari.nurmi@example.com>",
            "Aihe: arbetsintyg",
        ], fw_original), cte="quoted-printable"), extra=(OUTLOOK,)),
        category="request", kinds=["rectification"], language="sv",
        requester_email="johanna.sjoberg@example.fi", requester_name="Johanna Sjöberg", phone="+358503382047",
        notes="former employee's employment-certificate correction forwarded inline (VL:) by her ex-boss with "
              "a Finnish note; requester, language and phone come from the Swedish original, not the forwarder")

    add("sv-portability-erasure-new-bureau", mail(
        TILI, "Holmqvist, Linnea", "linnea.holmqvist@example.fi",
        "Byte av byrå – överföring och radering av mina uppgifter", when(2026, 5, 4, 19, 26),
        alt(T(f"""
            Hej,

            ni har skött mina skattedeklarationer sedan 2021. Jag byter nu till en byrå i Vasa och ber er därför
            att

            1. skicka de uppgifter som jag själv har lämnat till er (kontoutdrag, kvitton, avdragsunderlag och
            mina kontaktuppgifter) i maskinläsbart format, helst Excel eller CSV, direkt till min nya byrå på
            adressen kundtjanst@vasabokforing.example.fi, och
            2. därefter radera mina uppgifter hos er, förutom det som ni enligt bokföringslagen måste spara.

            Min personbeteckning är {HETU_SV}.

            Vänliga hälsningar
            Linnea Holmqvist
            """), "sv5", cte="base64"), name_mode="B", subject_mode="B"),
        category="request", kinds=["erasure", "portability"], language="sv",
        requester_email="linnea.holmqvist@example.fi", requester_name="Linnea Holmqvist", hetu=HETU_SV,
        notes="transfer directly to a new controller in CSV, then erase except legally retained records; "
              "'Surname, Firstname' B-encoded display name; hetu with the 2000s sign A; base64 alternative")

    # ================================================================== requests, English
    add("en-access-which-data-in-breach", mail(
        TILI, "Daniel Whitfield", "d.whitfield@example.com", "Data breach notice - which of my data?",
        when(2026, 3, 2, 17, 50, utc_offset=2), plain(T("""
            Hello,

            I received your letter dated 27 February 2026 about the security incident in which an unauthorised
            party accessed one of your e-mail accounts. It only says that "some client documents" may have been
            exposed.

            I am a private client (you prepare my tax return). Please tell me specifically which of my personal
            data were in the affected mailbox or documents, for example whether my bank details, tax card or
            personal identity code were included, and to whom they may have been disclosed.

            Regards,
            Daniel Whitfield
            Tel. +358 45 129 8874
            """), cte="base64")),
        category="request", kinds=["access"], language="en",
        requester_email="d.whitfield@example.com", requester_name="Daniel Whitfield", phone="+358451298874",
        notes="asks which of his data were hit by a breach the company announced and who received them: "
              "access, even though it reads like a complaint")

    add("en-access-erasure-group-about-subsidiary", mail(
        KIVI, "Sarah Whitmore", "sarah.whitmore@example.org", "Personal data held by your subsidiary",
        when(2026, 4, 22, 10, 14), plain(T("""
            Dear Sir or Madam,

            I am writing to the group address because I could not find a privacy contact for your subsidiary
            Kangas Digital Oy, which your website lists as part of the Kivi & Kangas group. I attended a webinar
            run by Kangas Digital in 2024.

            Under Articles 15 and 17 GDPR I ask you to:
            - confirm what personal data Kangas Digital Oy (or any other group company) holds about me and
              where it came from, and
            - then erase it, including from any CRM shared across the group.

            Please pass this on to the right company if necessary. I can be reached on 07700 900 412.

            Kind regards,
            Sarah Whitmore
            Leeds, United Kingdom
            """), cte="quoted-printable")),
        category="request", kinds=["access", "erasure"], language="en",
        requester_email="sarah.whitmore@example.org", requester_name="Sarah Whitmore", phone="+447700900412",
        notes="request sent to the parent's info@ about a subsidiary; access then erasure; UK mobile "
              "without +44")

    add("en-objection-top-posted-over-finnish-sales", mail(
        LUMI, "Priya Raman", "priya.raman@example.com", "Re: Kokeilujaksosi päättyi – jatketaanko?",
        when(2026, 3, 13, 8, 20, utc_offset=2), reply_alt(T("""
            Hi,

            Sorry, my Finnish isn't good, but I guess this is yet another sales email - the fourth in two
            weeks. Please take me off your sales and marketing lists and stop contacting me about upgrades.
            I don't want any more marketing from Lumivalo.

            Thanks,
            Priya Raman
            """), "On Thu, 12 Mar 2026 at 09:02, Lumivalo Ohjelmistot <info@lumivalo.example.fi> wrote:", T("""
            Hei Priya!

            Huomasimme, että Lumivalo-kokeilujaksosi päättyi viime viikolla. Haluaisitko jatkaa? Nyt saat
            ensimmäiset kolme kuukautta -30 %.

            Varaa lyhyt esittely: https://lumivalo.example.fi/demo

            Terveisin
            Sari / Lumivalo myynti
            """), "en3"), extra=(GMAIL_UA,)),
        category="request", kinds=["objection"], language="en",
        requester_email="priya.raman@example.com", requester_name="Priya Raman",
        notes="English top-post over the company's quoted Finnish sales mail; language is the requester's "
              "English, the Finnish subject and quote do not count")

    add("en-restriction-iphone-dont-delete", mail(
        LAITE, "Mark O'Neill", "mark.oneill@example.com", "scaffold accident 14 feb",
        when(2026, 2, 20, 21, 37, utc_offset=2), plain(T("""
            pls dont delete anything about the scaffold accident at the Limingantulli site on 14 feb, incl the
            rental contract and the photos your guy took. my insurer needs it for the claim. but dont use my
            details for anything else until the claim is settled

            mark

            Sent from my iPhone
            """), charset="us-ascii", cte="7bit"), extra=(IPHONE,)),
        category="request", kinds=["restriction"], language="en",
        requester_email="mark.oneill@example.com", requester_name="Mark O'Neill",
        notes="lower-case iPhone mail, no greeting: keep the data for a claim but don't use it otherwise is "
              "restriction; 'dont delete' must not read as erasure")

    en5 = T(f"""
            Hi,

            Could you please export the personal data I have entered into my Lumivalo account (profile, time
            entries, comments and uploaded files) in a machine-readable format such as CSV or JSON? I'm leaving
            my current employer at the end of the month and would like to take my own records with me.

            Best regards,

            Tomás Rivera
            Senior Project Manager
            Nordwind Engineering Oy
            Keilaranta 21, FI-02150 Espoo, Finland
            Mobile +358 40 903 6617
            Business ID {Y_NORDWIND}
            www.nordwind.example.com

            This message and any attachments are confidential and intended solely for the addressee(s). If you
            are not the intended recipient, please notify the sender immediately and delete this message. Any
            review, retransmission, dissemination or other use of this information by persons other than the
            intended recipient is prohibited. Nordwind Engineering Oy accepts no liability for any damage caused
            by any virus transmitted by this e-mail, and processes personal data in accordance with its privacy
            notice at www.nordwind.example.com/privacy.

            Please consider the environment before printing this e-mail.
            """)
    add("en-portability-export-long-disclaimer", mail(
        LUMI, "Tomás Rivera", "tomas.rivera@nordwind.example.com", "Export of my user data",
        when(2026, 5, 12, 15, 2), alt(en5, "en5", html_body=outlook_html(en5, "utf-8", "EN-GB")), extra=(OUTLOOK,)),
        category="request", kinds=["portability"], language="en",
        requester_email="tomas.rivera@nordwind.example.com", requester_name="Tomás Rivera",
        phone="+358409036617", business_id=Y_NORDWIND,
        notes="B2B SaaS user wants his own entries in CSV/JSON; short ask under a long signature and a "
              "disclaimer full of 'delete', 'privacy', 'personal data'")

    # ================================================================== automated
    add("auto-fi-ooo-auto-submitted", mail(
        KATTO, "Riikka Mäenpää", "riikka.maenpaa@taloyhtiopalvelu.example.fi",
        "Automaattinen vastaus: Tarjous kattoremontista, As Oy Näsinkallio", when(2026, 7, 8, 9, 31),
        plain(T("""
            Kiitos viestistäsi.

            Olen vuosilomalla 20.7.2026 asti, eikä sähköpostejani lueta poissaoloni aikana. Kiireellisissä
            isännöintiasioissa ota yhteyttä kollegaani Pekka Laineeseen, puh. 050 441 2290,
            pekka.laine@taloyhtiopalvelu.example.fi.

            Ystävällisin terveisin
            Riikka Mäenpää
            Isännöitsijä, Tampereen Taloyhtiöpalvelu Oy
            """), cte="quoted-printable"),
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", OUTLOOK)),
        category="automated", language="fi", phone="+358504412290",
        notes="Finnish vacation auto-reply with Auto-Submitted; the deputy's phone is literal text")

    add("auto-en-ooo-no-headers", mail(
        KIVI, "Lars Eriksen", "lars.eriksen@northbay.example.com", "Re: Website redesign - kick-off meeting",
        when(2026, 5, 11, 6, 3), plain(T("""
            I am currently out of the office until Monday 18 May 2026, with limited access to email. I will
            reply to your message as soon as possible after my return.

            For urgent matters regarding the website project, please contact Jenny Holm at
            jenny.holm@northbay.example.com.

            Best regards,
            Lars Eriksen
            """), charset="us-ascii", cte="7bit")),
        category="automated", language="en",
        notes="out-of-office with a return date but no Auto-Submitted/X-Autoreply header and a 'Re:' subject")

    digest_msgs = [
        ("Tuula Ranta", "tuula.ranta@tilipalvelu.example.fi", "Asiakas pyytää poistamaan tietonsa - entä kirjanpitoaineisto?",
         when(2026, 3, 18, 8, 12, utc_offset=2), T("""
            Hei kaikki,

            meille tuli entiseltä asiakkaalta viesti: "Poistakaa kaikki tietoni rekisteristänne välittömästi."
            Asiakkuus päättyi viime vuonna. Kirjanpitoaineistohan pitää säilyttää kymmenen vuotta, joten miten
            te olette vastanneet tällaisiin?

            Tuula
            """)),
        ("Markku Viljanen", "markku@viljasentili.example.fi", "Re: Asiakas pyytää poistamaan tietonsa - entä kirjanpitoaineisto?",
         when(2026, 3, 18, 10, 47, utc_offset=2), T("""
            Poistopyyntö ei kumoa kirjanpitolain säilytysvelvollisuutta. Me poistamme markkinointirekisteristä
            heti ja kerromme asiakkaalle kirjallisesti, mitä säilytetään, millä perusteella ja kuinka kauan.
            Tarkastuspyyntöihin vastaamme samalla pohjalla.

            Markku
            """)),
        ("Sami Kallio", "sami.kallio@kallionlaskenta.example.fi", "Kokemuksia sähköisestä arkistoinnista?",
         when(2026, 3, 18, 14, 5, utc_offset=2), T("""
            Onko jollain kokemuksia siitä, kuinka kauan vanhojen tilikausien aineiston siirto uuteen
            arkistointipalveluun kesti? Meillä on edessä vaihto kesällä.

            Sami
            """)),
    ]
    parts = []
    for n, (nm, ad, subj, dt, body) in enumerate(digest_msgs):
        inner = message(rcpt="tilitoimistot@lists.example.org", frm=mailbox(nm, ad), frm_addr=ad, subject=subj,
                        date=dt, root=text(body, cte="quoted-printable"), trace=False,
                        mid=token(ad + str(n), 18))
        parts.append(embedded(inner))
    toc = T("""
        Lähetä Tilitoimistot-listan viestit osoitteeseen
            tilitoimistot@lists.example.org

        Tilauksen voi lopettaa osoitteessa
            https://lists.example.org/mailman/listinfo/tilitoimistot

        Tämän päivän aiheet:

           1. Asiakas pyytää poistamaan tietonsa - entä kirjanpitoaineisto? (Tuula Ranta)
           2. Re: Asiakas pyytää poistamaan tietonsa - entä kirjanpitoaineisto? (Markku Viljanen)
           3. Kokemuksia sähköisestä arkistoinnista? (Sami Kallio)
        """)
    digest_root = multipart("mixed", [
        text(toc, cte="quoted-printable", headers=("Content-Description: Tilitoimistot Digest, Vol 8, Issue 14",)),
        multipart("digest", parts, "===============digest_" + token("digest9", 12) + "=="),
        text("_______________________________________________\nTilitoimistot mailing list\n"
             "tilitoimistot@lists.example.org\n", charset="us-ascii", cte="7bit"),
    ], "===============mixed_" + token("mixed9", 12) + "==")
    add("auto-fi-mailing-list-digest", mail(
        TILI, None, "tilitoimistot-request@lists.example.org", "Tilitoimistot Digest, Vol 8, Issue 14",
        when(2026, 3, 19, 3, 0, utc_offset=2), digest_root,
        env_from="tilitoimistot-bounces@lists.example.org",
        extra=("List-Id: Tilitoimistoyrittajien keskustelulista <tilitoimistot.lists.example.org>",
               "List-Unsubscribe: <https://lists.example.org/mailman/options/tilitoimistot>,\n"
               " <mailto:tilitoimistot-request@lists.example.org?subject=unsubscribe>",
               "List-Post: <mailto:tilitoimistot@lists.example.org>",
               "Precedence: list", "X-BeenThere: tilitoimistot@lists.example.org"),
        ip="198.51.100.44"),
        category="automated", language="fi",
        notes="mailing-list digest (List-Id, multipart/digest) whose threads quote 'Poistakaa kaikki tietoni' "
              "and discuss deletion and access requests")

    bounced = message(
        rcpt="kalle.virtanen@example.com", frm="Lumivalo Ohjelmistot Oy <info@lumivalo.example.fi>",
        frm_addr="info@lumivalo.example.fi", subject="Re: Tilin poisto", date=when(2026, 3, 16, 15, 20, utc_offset=2),
        trace=False, root=text(T("""
            Hei Kalle,

            kiitos viestistäsi. Jotta voimme käsitellä poistopyyntösi, vahvistathan vielä, että tilisi on
            rekisteröity tähän osoitteeseen.

            Terveisin
            Lumivalo Ohjelmistot Oy

            Kalle Virtanen kirjoitti 16.3.2026 klo 12.02:
            > Hei, poistakaa minun käyttäjätilini ja kaikki tietoni palvelustanne. En halua, että
            > tietojani säilytetään. Kalle Virtanen
            """), cte="quoted-printable"))
    dsn_root = multipart("report", [
        text(T("""
            This is the mail system at host mx.lumivalo.example.fi.

            Your message could not be delivered to one or more recipients.
            It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <kalle.virtanen@example.com>: host mx.example.com[203.0.113.25] said: 550 5.1.1
                <kalle.virtanen@example.com>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT TO command)
            """), charset="us-ascii", cte="7bit", headers=("Content-Description: Notification",)),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], T("""
            Reporting-MTA: dns; mx.lumivalo.example.fi
            X-Postfix-Queue-ID: 4F2A81C0B3
            Arrival-Date: Mon, 16 Mar 2026 15:20:04 +0200

            Final-Recipient: rfc822; kalle.virtanen@example.com
            Original-Recipient: rfc822;kalle.virtanen@example.com
            Action: failed
            Status: 5.1.1
            Remote-MTA: dns; mx.example.com
            Diagnostic-Code: smtp; 550 5.1.1 <kalle.virtanen@example.com>: Recipient
                address rejected: User unknown in virtual mailbox table
            """)),
        embedded(bounced),
    ], "4F2A81C0B3.1773667205/mx.lumivalo.example.fi", params=" report-type=delivery-status;")
    add("auto-en-dsn-bounce-quoting-erasure", mail(
        LUMI, "Mail Delivery System", "MAILER-DAEMON@mx.lumivalo.example.fi",
        "Undelivered Mail Returned to Sender", when(2026, 3, 16, 15, 20, 5, utc_offset=2), dsn_root,
        env_from="", extra=("Auto-Submitted: auto-replied",), ip="192.0.2.77"),
        category="automated", language="en",
        notes="'Your message could not be delivered' DSN; the returned company reply quotes a Finnish "
              "erasure request that must not be treated as a new request")

    einv = T(f"""
        Hei,

        Kattopojat Oy:lle on saapunut uusi verkkolasku, joka odottaa käsittelyä.

        Laskuttaja: Tampereen Rautakeskus Oy
        Y-tunnus: {Y_RAUTAKESKUS}
        Laskunumero: 2026-0412
        Laskun päivä: 16.3.2026
        Eräpäivä: 30.3.2026
        Summa: 2 480,60 € (sis. alv 25,5 %)
        Viitenumero: 1009 8472

        Hyväksy tai kierrätä lasku kirjautumalla palveluun: https://laskut.example.com/app

        Tämä on automaattinen viesti, älä vastaa tähän viestiin. Voit muuttaa ilmoitusasetuksia
        käyttäjäprofiilissasi.
        """)
    add("auto-fi-einvoice-noreply", mail(
        KATTO, "Laskutuspalvelu", "noreply@laskut.example.com",
        "Uusi ostolasku saapunut: Tampereen Rautakeskus Oy, 2 480,60 €", when(2026, 3, 16, 6, 15, utc_offset=2),
        alt(einv, "einv9", cte="base64"),
        extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"), ip="203.0.113.80"),
        category="automated", language="fi", business_id=Y_RAUTAKESKUS,
        notes="e-invoicing system notification from noreply@ with the biller's Y-tunnus (literal); "
              "'älä vastaa', no person")

    # ================================================================== other
    add("other-fi-cancel-order-delete-confirmation", mail(
        PAINO, "Heidi Salonen", "heidi@salosenkukka.example.fi", "Tilauksen 20461 peruutus",
        when(2026, 4, 15, 8, 9), plain(T("""
            Hei,

            haluaisin peruuttaa eilen tekemäni tilauksen nro 20461 (500 kpl käyntikortteja), huomasin
            valinneeni väärän paperilaadun. Voitteko myös poistaa sen tilausvahvistuksen ja tilauksen
            järjestelmästänne, ettei sitä vahingossa laiteta painoon? Teen uuden tilauksen oikeilla tiedoilla
            vielä tänään.

            Kiitos,
            Heidi Salonen
            Salosen Kukka ja Sidonta
            """))),
        category="other", language="fi",
        notes="'poistaa tilausvahvistus ja tilaus' is about a wrong order, not about her personal data")

    add("other-fi-supplier-bank-account-change", mail(
        KATTO, "Kirsi Manninen", "kirsi.manninen@pirkanpelti.example.fi", "Tilinumeron muutos",
        when(2026, 3, 24, 13, 40, utc_offset=2), plain(T(f"""
            Hei,

            pankkimme vaihtuu 1.4.2026 alkaen. Pyydämme korjaamaan tilinumeromme toimittajarekisteriinne ja
            maksamaan laskumme jatkossa uudelle tilille:

            FI21 1234 5600 0007 85 (Esimerkkipankki)

            Vanha tili suljetaan huhtikuun lopussa. Laskuillamme näkyvä tilinumero päivittyy seuraavasta
            laskusta alkaen.

            Ystävällisin terveisin
            Kirsi Manninen
            Pirkan Peltituote Oy
            Y-tunnus {Y_PELTI}
            puh. 03 356 7740
            """), charset="windows-1252", cte="quoted-printable"), extra=(OUTLOOK,)),
        category="other", language="fi", phone="+35833567740", business_id=Y_PELTI,
        notes="'korjaamaan tilinumeromme' is a supplier's company bank account on invoices, not a person's "
              "data; landline with area code")

    pitch = T(f"""
        Hei,

        onko teidän asiakasrekisterinne GDPR-yhteensopiva? Tiesittekö, että jokaiseen tarkastuspyyntöön on
        vastattava kuukauden kuluessa ja että poistopyyntöjen laiminlyönnistä voi seurata tuntuva sakko?

        RekisteriPro on suomalainen GDPR-yhteensopiva asiakasrekisteri, joka hoitaa puolestanne
        - tarkastus-, oikaisu- ja poistopyynnöt yhdellä napilla
        - suostumusten ja markkinointikieltojen hallinnan
        - automaattiset säilytysajat.

        Varaa 20 minuutin esittely: vastaa tähän viestiin tai soita 010 321 8890.

        Terveisin
        Joonas Aaltonen
        Myyntipäällikkö, Datarekisteri Nordic Oy
        Y-tunnus {Y_DATAREK}

        Jos et halua jatkossa yhteydenottoja, vastaa tähän viestiin sanalla POISTA.
        """)
    add("other-fi-vendor-gdpr-compliant-crm", mail(
        LAITE, "Joonas Aaltonen", "joonas.aaltonen@datarekisteri.example.com",
        "GDPR-yhteensopiva asiakasrekisteri – 30 päivää maksutta", when(2026, 2, 11, 10, 0, utc_offset=2),
        alt(pitch, "o3")),
        category="other", language="fi", phone="+358103218890", business_id=Y_DATAREK,
        notes="vendor pitch packed with tarkastus-/oikaisu-/poistopyyntö and 'POISTA'; 010 service number")

    add("other-fi-invoice-copy-request", mail(
        LAITE, "Reijo Pelkonen", "reijo.pelkonen@ylivieskanrakennus.example.fi", "Laskukopio",
        when(2026, 4, 1, 9, 22), outlook_only(T(f"""
            Hei,

            lähettäkää kopio laskusta 48877 (päivätty 31.3.2025, nosturin vuokra Ylivieskan työmaalle).
            Kirjanpitäjämme ei löydä sitä aineistosta. PDF sähköpostilla riittää.

            Laskutustiedot: Ylivieskan Rakennuspalvelu Oy, Y-tunnus {Y_YLIVIESKA}.

            Kiitos!
            Reijo Pelkonen
            Ylivieskan Rakennuspalvelu Oy
            """)), extra=(OUTLOOK,)),
        category="other", language="fi", business_id=Y_YLIVIESKA,
        notes="'lähettäkää kopio' of a company's invoice for bookkeeping is not an access request")

    add("other-fi-partner-contact-person-changed", mail(
        KIVI, "Jukka Peltonen", "jukka.peltonen@laattakeskus.example.fi", "Yhteyshenkilön vaihto",
        when(2026, 3, 3, 14, 55, utc_offset=2), plain(T(f"""
            Hei,

            meidän yhteyshenkilömme verkkosivuprojektissa, Minna Aho, lopetti meillä helmikuun lopussa.
            Päivittäkää järjestelmäänne ja laskutukseen uudeksi yhteyshenkilöksi allekirjoittanut. Minnan
            sähköpostiosoite suljetaan tämän kuun aikana.

            Ystävällisin terveisin
            Jukka Peltonen
            Markkinointipäällikkö
            Lahden Laattakeskus Oy
            Y-tunnus {Y_LAATTA}
            puh. 044 218 6630
            """), cte="quoted-printable")),
        category="other", language="fi", phone="+358442186630", business_id=Y_LAATTA,
        notes="client company replaces its departed contact person: 'päivittäkää' is B2B master-data upkeep "
              "by the company, not a data subject correcting their own data, so other")

    add("other-sv-thesis-questionnaire-gdpr", mail(
        PAINO, "Ida Forsman", "ida.forsman@abo.example.fi", "Enkät om GDPR för kandidatavhandling",
        when(2026, 2, 9, 11, 17, utc_offset=2), plain(T("""
            Hej!

            Jag heter Ida Forsman och studerar företagsekonomi vid Åbo Akademi. I min kandidatavhandling
            undersöker jag hur små och medelstora företag i Åboland hanterar de registrerades rättigheter enligt
            GDPR, till exempel begäran om registerutdrag, rättelse och radering.

            Skulle ni ha möjlighet att svara på fem korta frågor (ca 10 minuter)?
            1. Hur många sådana begäranden får ni per år?
            2. Vem i företaget hanterar dem?
            3. Hur verifierar ni identiteten på den som begär sina uppgifter?
            4. Hur lång tid tar det i genomsnitt att svara?
            5. Använder ni något verktyg eller system för detta?

            Svaren behandlas anonymt. Tack på förhand!

            Ida Forsman
            """), cte="quoted-printable")),
        category="other", language="sv",
        notes="student asks how the company handles registerutdrag/rättelse/radering; asks about requests, "
              "makes none")

    add("other-en-stop-newsletter-to-departed-colleague", mail(
        LUMI, "Helen Carter", "helen.carter@fjordlogistics.example.com", "Newsletter to a former employee",
        when(2026, 2, 12, 12, 5, utc_offset=2), plain(T("""
            Hello,

            Our former colleague Anna Berg (anna.berg@fjordlogistics.example.com) left Fjord Logistics in
            January, but your newsletter and product updates keep arriving in her mailbox, which I now look
            after. Could you please stop sending mail to her address and remove it from your mailing list?

            We still use Lumivalo, so please keep sending everything else to me.

            Best regards,
            Helen Carter
            Office Manager, Fjord Logistics
            """), charset="us-ascii", cte="7bit")),
        category="other", language="en",
        notes="unsubscribe for someone else, who is neither the sender nor represented by her: a company "
              "tidying its mailboxes, not a data subject using a right, so other under the README's definition")

    add("other-fi-recruitment-agency", mail(
        KATTO, "Outi Lampinen", "outi.lampinen@rakennusrekry.example.fi",
        "Kokeneita kattoasentajia kevään sesonkiin?", when(2026, 2, 16, 8, 45, utc_offset=2),
        alt(T(f"""
            Hei,

            kevään kattosesonki lähestyy – onko teillä tarvetta lisätyövoimalle? Meillä on tällä hetkellä
            vapaana kuusi kokenutta kattoasentajaa ja kaksi peltiseppää Pirkanmaalla, osa heti käytettävissä.

            Hoidamme rekrytoinnin, työsopimukset ja palkanmaksun puolestanne, ja kaikki hakijoiden tiedot
            käsitellään tietosuoja-asetuksen mukaisesti. Lähetän mielelläni anonymisoidut CV:t.

            Soitellaanko ensi viikolla?

            Terveisin
            Outi Lampinen
            Rakennusrekry Häme Oy, Y-tunnus {Y_REKRY}
            puh. 040 662 1954
            """), "o8")),
        category="other", language="fi", phone="+358406621954", business_id=Y_REKRY,
        notes="staffing-agency sales mail that mentions tietosuoja-asetus and applicants' data")

    complaint = T("""
        Hei,

        tilasin teiltä helmikuussa valokuvakirjan (tilaus 19877) äitini 70-vuotislahjaksi. Syötin tietoni
        verkkokauppaan ja maksoin heti, ja kirja tulikin ajallaan, mutta jo ensimmäisellä selailukerralla
        sidonta irtosi ja kymmenkunta sivua on nyt irrallaan. Lisäksi kannen kuva on selvästi tummempi kuin
        esikatselussa.

        Olen todella pettynyt, koska lahja piti antaa ensi viikonloppuna. Voitteko painaa uuden kirjan
        pikaisesti tai hyvittää tilauksen? Kuva irronneista sivuista liitteenä.

        Marja-Liisa Koivisto
        """)
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64)) + b"\xff\xd9"
    add("other-fi-product-complaint-tietoni-in-passing", mail(
        PAINO, "Marja-Liisa Koivisto", "mlkoivisto@example.fi", "Valokuvakirjan sidonta irtoaa",
        when(2026, 3, 26, 19, 58, utc_offset=2), multipart("mixed", [
            text(complaint, charset="windows-1252", cte="quoted-printable"),
            attachment(jpeg, "image/jpeg", "IMG_4471.jpg"),
        ], "----=_mixed_" + token("o9", 20))),
        category="other", language="fi",
        notes="product complaint with an attached photo; 'Syötin tietoni verkkokauppaan' is only narrative")


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, Path(__file__).resolve().parent))
