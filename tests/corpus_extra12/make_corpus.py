#!/usr/bin/env python3
"""Generate a twelfth independent, labelled corpus (corpus_extra12) for the dsarbot classifier.

Writes raw RFC 5322 messages (NNN-slug.eml) and labels.jsonl into this folder, following the label schema
and conventions of ../../../shared/corpus/README.md, then validates the result and prints counts.

Written by a twelfth author, briefed "short, messy and machine-made", without looking at the classifier or
at the other corpora's mail texts. Requests are mostly one to three lines: all caps, no punctuation,
voice-dictated lower case without punctuation, SMS abbreviations (pls, thx, tnx, kiitti, mvh), emoji,
typos in the key words (poistakka, tiedoot, radra, delte, acess), Finnish typed without umlauts, Finnish
and English mixed in one line, a one-word body under the subject "GDPR", a request only in the Subject
with an empty body, a request typed inside the quote block of a reply by mistake, a second request in a
reply to the company's own acknowledgement, and a Google Forms relay of a typed deletion request (labelled
a request under the web-form convention). Finnish, Swedish (Finland and Sweden) and English; every right
at least three times. Automated mail: a Teams missed-message notice quoting a chat about a deletion, a
LinkedIn notice, an e-invoice arrival notice, a DMARC aggregate report with a zip, a new-sign-in security
alert, an English out-of-office with only "Precedence: bulk", a Swedish auto-reply with Auto-Submitted and
"raderas", and a vendor helpdesk acknowledgement quoting "poistakaa". Other mail: short request-like
business notes ("poistakaa tää viesti", "pls delete the file I sent", "päivittäkää hinnasto", "remove my
colleague from cc", a bare "unsubscribe" that answers a web agency's button-text question, "tarkistaa
laskun tiedot", "tarkistakaa tilauksen tila", "kiitos, tiedot poistettu ok").
MIME: plain 8bit, quoted-printable, base64, UTF-8 / ISO-8859-1 / Windows-1252, HTML-only, multipart/
alternative, multipart/mixed with PDF and zip attachments, RFC 2047 Q and B subjects, iPhone and Android
client headers.
Everything is invented; mail domains are under example.fi / example.com / example.se / example.org / .test;
IP addresses come from documentation ranges.

Run:  python3 make_corpus.py          (rewrite the corpus and validate)
      python3 make_corpus.py --check  (only validate what is on disk)

Standard library only.
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_kit import *

IPHONE_FI = "Lähetetty iPhonesta"


# ---------------------------------------------------------------------------
# local message shapes
# ---------------------------------------------------------------------------
def plain(rcpt, name, addr, subject, date, body, *, charset="utf-8", cte="8bit", extra=(), reply_to=None,
          cc=None, to=None, subject_mode="Q", subject_charset="utf-8", env_from=None):
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date,
                   root=text(body, charset=charset, cte=cte), reply_to=reply_to, extra=extra, cc=cc, to=to,
                   subject_mode=subject_mode, subject_charset=subject_charset, env_from=env_from)


def alternative(rcpt, name, addr, subject, date, body, *, html_body=None, extra=(), reply_to=None,
                cte="quoted-printable", charset="utf-8", subject_mode="Q", cc=None, env_from=None):
    b = "alt_" + token(addr + (subject or "") + rfc_date(date), 18)
    hb = html_body if html_body is not None else light_html(body)
    root = multipart("alternative", [text(body, charset=charset, cte=cte),
                                     text(hb, subtype="html", charset=charset, cte=cte)], b)
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date, root=root,
                   reply_to=reply_to, extra=extra, subject_mode=subject_mode, cc=cc, env_from=env_from)


def html_only(rcpt, name, addr, subject, date, html_body, *, charset="utf-8", cte="quoted-printable", extra=(),
              subject_mode="Q", env_from=None):
    root = text(html_body, subtype="html", charset=charset, cte=cte)
    return message(rcpt=rcpt, frm=mailbox(name, addr), frm_addr=addr, subject=subject, date=date, root=root,
                   extra=extra, subject_mode=subject_mode, env_from=env_from)


def reply_headers(seed: str, domain: str) -> list[str]:
    mid = f"<{token(seed, 20)}@{domain}>"
    return [f"In-Reply-To: {mid}", f"References: {mid}"]


def dmarc_zip(report_xml: str, inner_name: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(inner_name, date_time=(2024, 6, 2, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, report_xml.encode("utf-8"))
    return buf.getvalue()


HETU_LOWER = new_hetu("150387", "-", "100")   # check character S, written in lower case in the mail
HETU_FORM = new_hetu("030592", "-", "205")    # check character A
YT_RAUTA = new_ytunnus("2718093")
YT_NIEMI = new_ytunnus("2904417")


def build() -> None:
    # =======================================================================
    # REQUESTS
    # =======================================================================
    add("fi-erasure-allcaps-iphone",
        plain(KATTO, "Tero Mäkelä", "tero.makela@example.fi", "TIEDOT", when(2024, 9, 3, 22, 41),
              T("""
              POISTAKAA MUN TIEDOT HETI

              Lähetetty iPhonesta
              """), extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="fi", requester_email="tero.makela@example.fi",
        requester_name="Tero Mäkelä",
        notes="One shouted line without punctuation; the name comes only from the From display name")

    add("fi-access-no-umlauts-phone",
        plain(LAITE, "Jani", "jani.k88@example.com", "kysymys", when(2024, 10, 14, 7, 5),
              T("""
              moi mita tietoja teil on musta? vuokrasin joskus peravaunun
              t. jani 040 778 8123
              """), charset="us-ascii", cte="7bit"),
        category="request", kinds=["access"], language="fi", requester_email="jani.k88@example.com",
        requester_name="Jani", phone="+358407788123",
        notes="Colloquial access question typed without umlauts (mita, musta); lower-case signature with phone")

    add("fi-rectification-vaihtakaa-sposti-qp",
        plain(TILI, "Sari Heikkilä", "sari.heikkila@example.org", "sposti vaihtuu", when(2024, 11, 5, 12, 17, utc_offset=2),
              T("""
              Hei vaihtakaa mun sposti tähän uuteen, vanha sari.h@vanhaoperaattori.example.fi lakkaa toimimasta kuun lopussa.
              kiitti!
              mvh Sari
              """), cte="quoted-printable"),
        category="request", kinds=["rectification"], language="fi", requester_email="sari.heikkila@example.org",
        requester_name="Sari Heikkilä",
        notes="Update of her own e-mail address in slang (sposti); the old address in the body is not the reply address")

    add("fi-restriction-laskuriita-hetu-lower",
        plain(KATTO, None, "p.lehtinen@example.fi", "lasku", when(2024, 8, 19, 16, 2),
              T(f"""
              älkää käyttäkö mun tietoja ennen ku tää laskuriita on selvitetty, ei perintää eikä mitään
              Pirjo Lehtinen {HETU_LOWER.lower()}
              """), cte="quoted-printable", extra=(ANDROID_UA,)),
        category="request", kinds=["restriction"], language="fi", requester_email="p.lehtinen@example.fi",
        requester_name="Pirjo Lehtinen", hetu=HETU_LOWER,
        notes="Restriction while an invoice dispute is open, no legal words; hetu written with a lower-case check letter")

    add("fi-objection-emoji-subject-b",
        alternative(KIVI, "Laura", "laura.virta@example.com", "ei enää mainoksia 🙏", when(2025, 1, 8, 9, 30, utc_offset=2),
                    T("""
                    ei enää mainoksia kiitos 🙏🙏
                    """), subject_mode="B", extra=(IPHONE,)),
        category="request", kinds=["objection"], language="fi", requester_email="laura.virta@example.com",
        requester_name="Laura",
        notes="Objection to marketing in three words plus emoji; base64-encoded emoji subject, multipart/alternative")

    add("fi-portability-exceliin-base64",
        plain(LUMI, "Marko Salminen", "marko.salminen@example.fi", "tiedot", when(2025, 2, 11, 14, 48, utc_offset=2),
              T("""
              lähettäkää mun tiedot exceliin pls, siirrän ne toiseen järjestelmään
              Marko
              """), cte="base64"),
        category="request", kinds=["portability"], language="fi", requester_email="marko.salminen@example.fi",
        requester_name="Marko Salminen",
        notes="Wants own data as a spreadsheet to move elsewhere: portability; base64 body")

    add("fi-voice-dictated-rectify-restrict",
        plain(PAINO, "Matti Virtanen", "matti.virtanen@example.fi", "osoite", when(2024, 7, 2, 17, 26),
              T(f"""
              hei tässä matti virtanen teillä on mun osoite väärin se on koivukuja 4 eikä koivutie 4 korjatkaa se ja älkää lähettäkö mitään sinne ennen kuin se on korjattu mun numero on 050 123 4567

              {SAMSUNG_FI}
              """), extra=(ANDROID_UA,)),
        category="request", kinds=["rectification", "restriction"], language="fi",
        requester_email="matti.virtanen@example.fi", requester_name="Matti Virtanen", phone="+358501234567",
        notes="Voice-dictated run-on without punctuation or capitals; correct the address and stop using it meanwhile")

    ack = T("""
    Hei,

    olemme vastaanottaneet tarkastuspyyntönne 12.3.2025. Toimitamme tiedot
    viimeistään kuukauden kuluessa.

    Ystävällisin terveisin
    Kattopojat Oy, asiakaspalvelu
    """)
    add("fi-reply-to-ack-second-request",
        plain(KATTO, "Henna Aalto", "henna.aalto@example.com", "Re: Tarkastuspyyntönne on vastaanotettu",
              when(2025, 3, 12, 19, 3, utc_offset=2),
              "ok kiitti. ja sit viel: poistakaa myös mun tiedot teiän verkkokaupasta kun ootte lähettäny ne mulle\n"
              "Henna\n\n"
              "Kattopojat Oy <info@kattopojat.example.fi> kirjoitti 12.3.2025 klo 15.40:\n" + quote_lines(ack),
              cte="quoted-printable", extra=[IPHONE, *reply_headers("ack-aalto", "kattopojat.example.fi")]),
        category="request", kinds=["erasure"], language="fi", requester_email="henna.aalto@example.com",
        requester_name="Henna Aalto",
        notes="Reply to the company's own access acknowledgement adding an erasure; the quoted ack's tarkastuspyyntö is not a new access request")

    company_mail = T("""
    Hei,

    kiitos tilauksestanne 10422. Asennus on sovittu viikolle 24.
    Toimitamme materiaalit ilmoittamaanne osoitteeseen.

    Ystävällisin terveisin
    Kattopojat Oy
    """)
    typed_inside = T("""

    hei mun osoite on muuttunu, uus on Hämeenkatu 5 B 12, 33100 Tampere. korjatkaa se teidän asiakastietoihin
    t. Riikka
    """)
    add("fi-typed-inside-quote-rectification",
        plain(KATTO, "Riikka Nieminen", "riikka.nieminen@example.fi", "Re: Tilausvahvistus 10422",
              when(2024, 6, 4, 8, 51),
              "Kattopojat Oy <info@kattopojat.example.fi> kirjoitti 3.6.2024 klo 9.12:\n"
              + quote_lines(company_mail + "\n" + typed_inside),
              extra=reply_headers("order-10422", "kattopojat.example.fi")),
        category="request", kinds=["rectification"], language="fi", requester_email="riikka.nieminen@example.fi",
        requester_name="Riikka Nieminen",
        notes="The requester's own lines sit below the quote and carry '> ' markers too, so nothing is unquoted")

    add("fi-en-mix-typo-unsubscribe",
        plain(LUMI, "Niina", "niina.k@example.org", "newsletter", when(2024, 12, 1, 11, 12, utc_offset=2),
              T("""
              moi pls poistakka mut teiän newsletter listalta, en halua enää mainoksia thx
              """)),
        category="request", kinds=["objection"], language="fi", requester_email="niina.k@example.org",
        requester_name="Niina",
        notes="Finnish and English mixed in one line, typo poistakka; removal from a mailing list is objection, not erasure")

    form_body = T(f"""
    Lomakkeeseen "Yhteydenotto – Pohjolan Laitevuokraus" on tullut uusi vastaus.

    Nimi
    Pekka Laine

    Sähköposti
    pekka.laine@example.com

    Henkilötunnus (vapaaehtoinen)
    {HETU_FORM}

    Viesti
    poistakaa tietoni teidän asiakasrekisteristä, en oo asiakas enää

    Näytä kaikki vastaukset: https://forms.example.com/d/1FAIpQLSe-yhteys/responses

    Google Forms – Luo omia lomakkeita.
    Tämä sähköposti lähetettiin, koska vastausilmoitukset ovat päällä.
    """)
    add("fi-google-forms-relay-erasure",
        alternative(LAITE, "Google Forms", "forms-receipts-noreply@google.example.com",
                    "Uusi vastaus lomakkeeseen Yhteydenotto – Pohjolan Laitevuokraus", when(2024, 10, 30, 3, 14, utc_offset=2),
                    form_body, extra=("Auto-Submitted: auto-generated",)),
        category="request", kinds=["erasure"], language="fi", requester_email="pekka.laine@example.com",
        requester_name="Pekka Laine", hetu=HETU_FORM,
        notes="Machine-sent form notification (Auto-Submitted, noreply, no Reply-To) relaying a typed deletion request: request per the web-form convention, reply to the form's e-mail field")

    add("sv-access-short-latin1",
        plain(PAINO, "Lena Holmström", "lena.holmstrom@example.se", "fråga", when(2024, 9, 17, 10, 4),
              T("""
              hej vad har ni om mig? fick ett utskick från er
              /Lena
              """), charset="iso-8859-1", cte="8bit", subject_charset="iso-8859-1"),
        category="request", kinds=["access"], language="sv", requester_email="lena.holmstrom@example.se",
        requester_name="Lena Holmström",
        notes="Four-word Swedish access question; ISO-8859-1 8bit body and encoded subject")

    add("sv-objection-no-punctuation",
        plain(PAINO, None, "kalle77@example.se", "reklam", when(2024, 11, 20, 21, 55, utc_offset=2),
              T("""
              sluta maila mej reklam
              """), charset="us-ascii", cte="7bit", extra=(IPHONE,)),
        category="request", kinds=["objection"], language="sv", requester_email="kalle77@example.se",
        requester_name=None,
        notes="Colloquial Swedish (mej) without punctuation or name; stop marketing mail is objection")

    add("sv-rectification-name-cp1252",
        plain(PAINO, "Åsa Lindqvist", "asa.lindqvist@example.fi", "namn", when(2025, 1, 22, 13, 37, utc_offset=2),
              T("""
              Hej, rätta mitt namn, det är Åsa inte Asa på fakturorna.
              mvh Åsa Lindqvist
              """), charset="windows-1252", cte="quoted-printable", subject_charset="windows-1252"),
        category="request", kinds=["rectification"], language="sv", requester_email="asa.lindqvist@example.fi",
        requester_name="Åsa Lindqvist",
        notes="Finland-Swedish correction of her own name in Windows-1252 quoted-printable; 'mvh' is Swedish here")

    add("sv-erasure-typo-radra-phone",
        plain(LUMI, "Johan Ek", "johan.ek@example.se", "konto", when(2024, 8, 6, 18, 20),
              T("""
              radra mina uppgifter tack, använder inte tjänsten längre
              Johan 070-123 45 67
              """), extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="sv", requester_email="johan.ek@example.se",
        requester_name="Johan Ek", phone="+46701234567",
        notes="Typo radra for radera; Swedish mobile without country code normalised to +46")

    add("sv-portability-csv",
        alternative(LUMI, "Mikael Grönroos", "mikael.gronroos@example.fi", "export?", when(2025, 2, 3, 8, 12, utc_offset=2),
                    T("""
                    hej, skicka mina uppgifter som csv fil så jag kan flytta dem till det nya systemet. tack
                    /Mikael
                    """)),
        category="request", kinds=["portability"], language="sv", requester_email="mikael.gronroos@example.fi",
        requester_name="Mikael Grönroos",
        notes="Short Finland-Swedish request for own data as CSV to move to another system: portability")

    add("en-gdpr-subject-delete-me",
        plain(KIVI, None, "xk.delta77@example.com", "GDPR", when(2024, 7, 29, 2, 8),
              "delete me\n", charset="us-ascii", cte="7bit"),
        category="request", kinds=["erasure"], language="en", requester_email="xk.delta77@example.com",
        requester_name=None,
        notes="Subject 'GDPR' and a two-word body, no name anywhere")

    add("en-access-typo-acess",
        alternative(KULJ, "Daniel Brooks", "dan.brooks@example.com", "data acess", when(2024, 10, 2, 15, 40),
                    T("""
                    hi pls send me a copy of my data u have, thx
                    Dan
                    """), extra=(GMAIL_UA,)),
        category="request", kinds=["access"], language="en", requester_email="dan.brooks@example.com",
        requester_name="Daniel Brooks",
        notes="SMS-style access request, typo acess in the subject; fullest name is the display name")

    add("en-portability-move-data-uk-phone",
        plain(LUMI, "Priya Shah", "priya.shah@example.com", "moving",
              when(2024, 9, 9, 10, 10),
              T("""
              Hi, pls move my data to Tuntikirja (new timesheet tool we use), they said you can send it directly. tnx
              Priya / 07700 900123
              """), cte="quoted-printable"),
        category="request", kinds=["portability"], language="en", requester_email="priya.shah@example.com",
        requester_name="Priya Shah", phone="+447700900123",
        notes="Transfer straight to another controller in plain words; UK mobile without country code")

    restr_html = (
        '<html><body><div style="font-family:Arial">Hi,<br>'
        "stop using my data till this is sorted. the roof leak claim is still open and i dont want it passed "
        "to collections or anyone.<br><br>Mark</div></body></html>\n")
    add("en-restriction-html-only-base64",
        html_only(KATTO, "Mark Ellison", "mark.ellison@example.org", "claim 2024-118", when(2024, 11, 11, 20, 15, utc_offset=2),
                  restr_html, cte="base64", extra=(OUTLOOK_MAC,)),
        category="request", kinds=["restriction"], language="en", requester_email="mark.ellison@example.org",
        requester_name="Mark Ellison",
        notes="Restriction during an open claim, no legal words; HTML-only base64 body")

    add("en-subject-only-empty-body",
        plain(KULJ, None, "jks1988@example.com", "pls delte my acount data", when(2025, 3, 1, 23, 59, utc_offset=2),
              "", charset="us-ascii", cte="7bit", extra=(IPHONE,)),
        category="request", kinds=["erasure"], language="en", requester_email="jks1988@example.com",
        requester_name=None,
        notes="The whole request is the Subject with typos (delte, acount); the body is empty")

    add("en-objection-plus-access-tnx",
        plain(KIVI, "Olli", "olli.r@example.fi", "newsletters", when(2024, 12, 16, 9, 2, utc_offset=2),
              T("""
              no more newsletters tnx 👍 and what data do u have on me btw
              """), cte="quoted-printable", extra=(IPHONE,)),
        category="request", kinds=["access", "objection"], language="en", requester_email="olli.r@example.fi",
        requester_name="Olli",
        notes="Two rights in one line: stop newsletters (objection) and what data do you hold (access); Finnish sender writing English")

    # =======================================================================
    # AUTOMATED
    # =======================================================================
    teams_txt = T("""
    Sinulta jäi huomaamatta viestejä Microsoft Teamsissa

    Jarkko Salo lähetti viestin kanavalla Asiakaspalvelu > Yleinen:
    "Hei, yks asiakas pyys poistamaan tietonsa, katotko info-postin ku ehdit?"

    Vastaa Teamsissa: https://teams.example.com/l/message/19:abc123/1718000000000

    Saat tämän sähköpostin, koska sinulla on lukemattomia viestejä. Voit muuttaa ilmoitusasetuksia Teamsissa.
    Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
    """)
    add("auto-teams-missed-message",
        alternative(KIVI, "Microsoft Teams", "noreply@email.teams.example.com",
                    "Sinulta jäi huomaamatta viestejä kanavalla Asiakaspalvelu", when(2024, 6, 10, 14, 20),
                    teams_txt, extra=("X-MS-Exchange-Organization-SCL: -1",)),
        category="automated", language="fi",
        notes="Teams notification without Auto-Submitted or list headers; the quoted chat line mentions deleting a customer's data")

    li_txt = T("""
    You appeared in 14 searches this week

    See who's looking: https://www.linkedin.example.com/me/search-appearances

    Kivi & Kangas Design Oy, grow your reach with a Premium Page.

    This email was intended for Kivi & Kangas Design Oy.
    Unsubscribe: https://www.linkedin.example.com/e/unsub?t=ab12
    LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085
    """)
    add("auto-linkedin-notification",
        alternative(KIVI, "LinkedIn", "messages-noreply@linkedin.example.com", "You appeared in 14 searches this week",
                    when(2024, 9, 23, 6, 0), li_txt,
                    extra=("List-Unsubscribe: <https://www.linkedin.example.com/e/unsub?t=ab12>",
                           "List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
                    env_from="bounces+4b2a@bounce.linkedin.example.com"),
        category="automated", language="en",
        notes="Social-network notification with List-Unsubscribe only; contains 'Unsubscribe'")

    einv = T(f"""
    Hei,

    Olet vastaanottanut uuden verkkolaskun.

    Lähettäjä: Rautaniemi Oy (Y-tunnus {YT_RAUTA})
    Laskun numero: 240918
    Summa: 1 240,00 EUR
    Eräpäivä: 18.10.2024

    Lasku on nähtävissä verkkolaskupalvelussa: https://verkkolasku.example.fi/saapuneet

    Tähän viestiin ei voi vastata.
    Verkkolaskupalvelu
    """)
    add("auto-einvoice-arrival-notice",
        plain(TILI, "Verkkolaskupalvelu", "noreply@verkkolasku.example.fi", "Uusi verkkolasku vastaanotettu",
              when(2024, 9, 18, 4, 30), einv, cte="quoted-printable",
              extra=("Auto-Submitted: auto-generated",)),
        category="automated", language="fi", business_id=YT_RAUTA,
        notes="E-invoice operator's arrival notice; the invoicing company's Y-tunnus is labelled literally")

    report = T("""
    <?xml version="1.0" encoding="UTF-8" ?>
    <feedback>
      <report_metadata>
        <org_name>google.example.com</org_name>
        <email>noreply-dmarc-support@google.example.com</email>
        <report_id>11508329447771190123</report_id>
        <date_range><begin>1717286400</begin><end>1717372799</end></date_range>
      </report_metadata>
      <policy_published><domain>kattopojat.example.fi</domain><adkim>r</adkim><aspf>r</aspf><p>none</p></policy_published>
      <record>
        <row><source_ip>198.51.100.23</source_ip><count>4</count>
          <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
        <identifiers><header_from>kattopojat.example.fi</header_from></identifiers>
      </record>
    </feedback>
    """)
    zname = "google.example.com!kattopojat.example.fi!1717286400!1717372799"
    dmarc_root = multipart("mixed", [
        text("This is an aggregate report from google.example.com.\n", charset="us-ascii", cte="7bit"),
        attachment(dmarc_zip(report, zname + ".xml"), "application/zip", zname + ".zip"),
    ], "dmarc_" + token("dmarc-katto", 16))
    add("auto-dmarc-aggregate-zip",
        message(rcpt=KATTO, frm=mailbox(None, "noreply-dmarc-support@google.example.com"),
                frm_addr="noreply-dmarc-support@google.example.com",
                subject="Report domain: kattopojat.example.fi Submitter: google.example.com Report-ID: 11508329447771190123",
                date=when(2024, 6, 3, 2, 59, utc_offset=0), root=dmarc_root),
        category="automated", language="en",
        notes="DMARC aggregate report: one-line text part and a zipped XML attachment, no auto headers")

    signin_html = T("""
    <html><body style="font-family:Roboto,Arial">
    <table width="100%"><tr><td>
    <h2>New sign-in to your account</h2>
    <p>We noticed a new sign-in to your account info@lumivalo.example.fi on a Windows device.</p>
    <p>Time: 14 January 2025 07:48 (EET)<br>IP address: 203.0.113.54<br>Location: Espoo, Finland</p>
    <p>If this was you, you don't need to do anything. If not, we'll help you secure your account:
    <a href="https://accounts.example.com/security-checkup">Check activity</a></p>
    <p style="font-size:11px;color:#666">You received this email to let you know about important changes to
    your account and services. &copy; Example Accounts</p>
    </td></tr></table>
    </body></html>
    """)
    add("auto-security-new-signin-html-base64",
        html_only(LUMI, "Example Accounts", "no-reply@accounts.example.com", "Security alert: new sign-in",
                  when(2025, 1, 14, 5, 49, utc_offset=0), signin_html, cte="base64"),
        category="automated", language="en",
        notes="Security alert, HTML-only base64, no auto headers; mentions the account address and asks to check activity")

    add("auto-ooo-en-precedence-bulk-only",
        plain(LAITE, "Gareth Hughes", "gareth.hughes@example.com", "Out of Office: Re: Scaffolding hire week 32",
              when(2024, 8, 5, 9, 1, utc_offset=1),
              T("""
              Thank you for your email. I'm out of the office until Monday 19 August with no access to email.
              If urgent, please call my mobile 07700 900456.

              Gareth
              """), charset="us-ascii", cte="7bit", extra=("Precedence: bulk",)),
        category="automated", language="en", phone="+447700900456",
        notes="Out-of-office whose only machine header is Precedence: bulk; the UK phone is labelled literally")

    add("auto-sv-autoreply-raderas",
        plain(PAINO, "Camilla Sjöberg", "camilla.sjoberg@example.fi", "Automatiskt svar: Offert broschyrer",
              when(2024, 7, 15, 11, 0),
              T("""
              Hej!
              Jag är på semester t.o.m. 9.8 och läser inte min e-post. Ditt meddelande raderas inte, jag läser det när jag är tillbaka.
              Brådskande ärenden: ring växeln 02 458 1200.
              /Camilla
              """), cte="quoted-printable", extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")),
        category="automated", language="sv", phone="+35824581200",
        notes="Finland-Swedish auto-reply with Auto-Submitted; contains 'raderas' and a landline")

    helpdesk = ("Hei,\n\nkiitos viestistäsi. Tikettisi #48213 on vastaanotettu ja käsittelemme sen arkipäivisin "
                "1–2 päivän kuluessa.\nÄlä vastaa tähän viestiin.\n\nTulostinhuolto Oy asiakastuki\n\n"
                "----- Alkuperäinen viesti -----\n"
                + quote_lines("Hei, poistakaa entisen työntekijämme käyttäjätunnus tulostinportaalista, "
                              "hän lopetti 31.5.\nt. Kivi & Kangas Design"))
    add("auto-helpdesk-ack-quotes-poistakaa",
        plain(KIVI, "Tulostinhuolto asiakastuki", "tuki@tulostinhuolto.example.fi",
              "[Tiketti #48213] Viestisi on vastaanotettu", when(2024, 6, 3, 10, 5), helpdesk,
              cte="quoted-printable", extra=("Auto-Submitted: auto-replied", "X-Mailer: Helpdesk 4.2")),
        category="automated", language="fi",
        notes="Vendor helpdesk acknowledgement quoting the company's own 'poistakaa' mail about a former employee's account")

    # =======================================================================
    # OTHER
    # =======================================================================
    memo = T("""
    Muistio ti 8.10.: kattotarkastus siirtyy viikolle 43, Jukka hoitaa tarjouksen.
    """)
    add("other-poistakaa-tama-viesti-wrong-address",
        plain(KATTO, "Ville Koskinen", "ville.koskinen@example.fi", "Re: muistio", when(2024, 10, 8, 16, 44),
              "sori, poistakaa tää viesti, lähetin väärään osoitteeseen\n\n"
              "Ville Koskinen <ville.koskinen@example.fi> kirjoitti 8.10.2024 klo 16.40:\n" + quote_lines(memo),
              extra=[IPHONE, *reply_headers("memo-koskinen", "example.fi")]),
        category="other", language="fi",
        notes="'poistakaa' is about a misdirected message, not personal data")

    fixed = fake_pdf("esite A5 v3")
    b = "mix_" + token("wrong-version", 16)
    add("other-delete-file-wrong-version-pdf",
        message(rcpt=PAINO, frm=mailbox("Emma Carter", "emma.carter@example.com"), frm_addr="emma.carter@example.com",
                subject="Re: print files for brochure", date=when(2024, 9, 26, 13, 7),
                root=multipart("mixed", [
                    text("pls delete the file I sent this morning, wrong version! correct one attached. thx\nEmma\n",
                         charset="us-ascii", cte="7bit"),
                    attachment(fixed, "application/pdf", "brochure_A5_v3.pdf")], b),
                extra=reply_headers("brochure-carter", "saaristonpaino.example.fi")),
        category="other", language="en",
        notes="'delete the file I sent' refers to a print file, with the corrected PDF attached")

    add("other-paivittakaa-hinnasto-ytunnus",
        plain(KIVI, "Kari Niemi", "kari@rautakauppaniemi.example.fi", "hinnasto", when(2025, 2, 17, 8, 3, utc_offset=2),
              T(f"""
              moi, päivittäkää hinnasto nettisivuille, uus liitteenä tulee huomenna
              Kari / Rautakauppa Niemi Oy, Y-tunnus {YT_NIEMI}
              """), cte="quoted-printable"),
        category="other", language="fi", business_id=YT_NIEMI,
        notes="'päivittäkää' is a website update for the agency's client; Y-tunnus in the signature")

    add("other-remove-colleague-from-cc",
        plain(LAITE, "Gareth Hughes", "gareth.hughes@example.com", "Re: Scaffolding hire week 32",
              when(2024, 7, 24, 15, 31, utc_offset=1),
              T("""
              pls remove my colleague from cc on these, she's on leave till Sept. thx
              G
              """), charset="us-ascii", cte="7bit", cc="Holly Price <holly.price@example.com>",
              extra=reply_headers("scaffold-32", "pohjolanlaite.example.fi")),
        category="other", language="en",
        notes="'remove ... from cc' is about a work thread's recipients, not anyone's data rights")

    agency_q = T("""
    Hei Minna,

    uutiskirjesivun englanninkielinen versio on melkein valmis. Mikä teksti tulee
    peruutuspainikkeeseen: "Unsubscribe" vai "Cancel subscription"?

    t. Tuomas
    Kivi & Kangas Design Oy
    """)
    add("other-unsubscribe-answer-in-work-thread",
        alternative(KIVI, "Minna Rautio", "minna.rautio@kahvilaseppele.example.fi", "Re: Uutiskirjesivu EN-versio",
                    when(2024, 11, 27, 10, 58, utc_offset=2),
                    "unsubscribe\n\n"
                    "Tuomas / Kivi & Kangas <info@kivikangas.example.fi> kirjoitti 27.11.2024 klo 10.20:\n"
                    + quote_lines(agency_q),
                    extra=reply_headers("newsletter-en-rautio", "kivikangas.example.fi")),
        category="other", language="en",
        notes="Bare 'unsubscribe' answers the agency's question about a button label in a client project; not an opt-out from marketing")

    inv_body = T("""
    Hei,

    voitteko tarkistaa laskun 20418 tiedot? Summa ei täsmää tilausvahvistukseen, siinä oli 860 € + alv.

    Terveisin
    Anne Kallio
    Talotekniikka Kallio
    """)
    add("other-tarkistaa-laskun-tiedot-outlook-cp1252",
        html_only(TILI, "Anne Kallio", "anne.kallio@example.fi", "Lasku 20418",
                  when(2024, 10, 21, 9, 15), outlook_html(inv_body, "windows-1252"), charset="windows-1252",
                  extra=(OUTLOOK,)),
        category="other", language="fi",
        notes="'tarkistaa ... tiedot' is about invoice details; Outlook HTML-only Windows-1252")

    add("other-tarkistakaa-tilauksen-tila",
        plain(KULJ, "Jukka", "jukka.ho@example.com", "tilaus 55102", when(2025, 1, 30, 7, 22, utc_offset=2),
              T("""
              tarkistakaa tilauksen 55102 tila, piti tulla eilen. soittakaa 044 987 6543
              Jukka
              """), cte="quoted-printable", extra=(ANDROID_UA,)),
        category="other", language="fi", phone="+358449876543",
        notes="'tarkistakaa' about delivery status; phone labelled literally")

    confirm = T("""
    Hei,

    pyytämänne tiedot on nyt poistettu asiakasrekisteristämme.

    Ystävällisin terveisin
    Pohjolan Laitevuokraus Oy
    """)
    add("other-kiitos-tiedot-poistettu-ok",
        plain(LAITE, "Satu Rantanen", "satu.rantanen@example.fi", "Re: Tietojen poisto",
              when(2024, 12, 4, 12, 30, utc_offset=2),
              "kiitos, tiedot poistettu ok\n\n"
              "Pohjolan Laitevuokraus Oy <info@pohjolanlaite.example.fi> kirjoitti 4.12.2024 klo 11.02:\n"
              + quote_lines(confirm),
              extra=[IPHONE, *reply_headers("poisto-rantanen", "pohjolanlaite.example.fi")]),
        category="other", language="fi",
        notes="One-line thank-you after a completed erasure; quoted confirmation mentions poistettu")


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, Path(__file__).resolve().parent))
