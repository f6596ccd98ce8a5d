#!/usr/bin/env python3
"""Corpus extra19: what really fills info@ -- spam, scams, bulk mail, business data-protection mail,
ordinary work, and a few real requests hidden among them.

Run `python3 make_corpus.py` to rewrite the folder and validate it; `--check` only validates.
Standard library only (plus the shared tests/corpus_kit.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_kit import *
from corpus_kit import (
    ANDROID_UA,
    GMAIL_UA,
    IPHONE,
    KATTO,
    KIVI,
    KULJ,
    LAITE,
    LUMI,
    OUTLOOK,
    OUTLOOK_MAC,
    PAINO,
    TB,
    TILI,
    T,
    add,
    attachment,
    fake_pdf,
    header_text,
    light_html,
    mailbox,
    main,
    message,
    multipart,
    new_ytunnus,
    outlook_only,
    quote_lines,
    rfc_date,
    simple,
    text,
    token,
    when,
)

FOLDER = Path(__file__).resolve().parent


# ---------------------------------------------------------------------------
# trace helpers: the receiving company's own MTA writes its verdict ABOVE its own Received line
# ---------------------------------------------------------------------------
def sa_top(score: float, tests: str, host: str, rewrite: bool = True) -> list[str]:
    stars = "*" * int(score)
    out = []
    if rewrite:
        out.append("X-Spam-Flag: YES")
    out += [
        f"X-Spam-Score: {score}",
        f"X-Spam-Level: {stars}",
        f"X-Spam-Status: Yes, score={score} required=5.0 tests={tests}\n\tautolearn=no autolearn_force=no version=3.4.6",
        f"X-Spam-Checker-Version: SpamAssassin 3.4.6 (2021-04-09) on {host}",
    ]
    return out


def ms_top(ip: str, ctry: str, cat: str, helo: str) -> list[str]:
    return [
        "X-MS-Exchange-Organization-SCL: 9",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        f"X-Forefront-Antispam-Report: CIP:{ip};CTRY:{ctry};LANG:en;SCL:9;SRV:;IPV:NLI;SFV:SPM;H:{helo};\n"
        f"\tPTR:{helo};CAT:{cat};SFS:(13230040)(4636009)(376014)(61400799027);DIR:INB;",
        "X-Microsoft-Antispam: BCL:0;ARA:13230040|4636009|376014;",
        "Authentication-Results: spf=fail (sender IP is " + ip + ") smtp.mailfrom=" + helo + "; dkim=none;\n"
        "\tdmarc=fail action=quarantine header.from=" + helo,
    ]


def mk(rcpt, frm, frm_addr, subject, date, root, *, top=(), hops=(), extra=(), ip="203.0.113.77", relay=None,
       env_from=None, exchange=False, reply_to=None, to=None, cc=None, subject_charset="utf-8",
       subject_mode="Q", mid=None) -> bytes:
    """A whole message whose trace block is written here: Return-Path, Delivered-To, the company's
    verdict headers (*top*), the company's Received, then the sender-side hops and headers (*hops*)."""
    raw = message(rcpt=rcpt, frm=frm, frm_addr=frm_addr, subject=subject, date=date, root=root, to=to,
                  reply_to=reply_to, cc=cc, extra=extra, trace=False, subject_charset=subject_charset,
                  subject_mode=subject_mode, mid=mid)
    rdomain = rcpt.split("@", 1)[1]
    relay = relay or "mail." + frm_addr.split("@", 1)[1]
    stamp = rfc_date(date)
    qid = token(frm_addr + stamp + rcpt, 11).upper()
    if exchange:
        tenant = rdomain.split(".")[0]
        rec = (f"Received: from {relay} ({ip}) by AM3PEPF0000A791.mail.protection.outlook.com\n"
               f"\t(198.51.100.91) with Microsoft SMTP Server (version=TLS1_2,\n"
               f"\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.7 via Frontend\n"
               f"\tTransport; {stamp}")
        first = [f"Return-Path: <{env_from or frm_addr}>", f"X-MS-Exchange-Organization-Network-Message-Id: "
                 f"{token(qid, 8)}-{token(qid + 'a', 4)}-{token(qid + 'b', 4)}-{token(qid + 'c', 12)}",
                 f"X-MS-Exchange-CrossTenant-Id: {tenant}-tenant"]
    else:
        rec = (f"Received: from {relay} ({relay} [{ip}])\n\tby mx.{rdomain} (Postfix) with ESMTPS id {qid}\n"
               f"\tfor <{rcpt}>; {stamp}")
        first = [f"Return-Path: <{env_from or frm_addr}>", f"Delivered-To: {rcpt}"]
    lines = first + list(top) + [rec] + list(hops)
    return ("\n".join(lines) + "\n").encode("ascii") + raw


def hop(client_ip: str, relay: str, date, helo: str = "localhost") -> str:
    return (f"Received: from {helo} (unknown [{client_ip}])\n\tby {relay} (Postfix) with ESMTPSA id "
            f"{token(client_ip + relay, 10).upper()};\n\t{rfc_date(date)}")


def alt(plain: str, html_body: str, seed: str, charset="utf-8", cte="quoted-printable"):
    return multipart("alternative", [text(plain, charset=charset, cte=cte),
                                     text(html_body, subtype="html", charset=charset, cte=cte)],
                     "b1_" + token(seed, 24))


def pixel(url: str) -> str:
    return f'<img src="{url}" width="1" height="1" alt="" style="display:block;border:0">'


def none_label(slug, raw, cat, lang, notes, phone=None, business_id=None, hetu=None):
    add(slug, raw, category=cat, language=lang, phone=phone, business_id=business_id, hetu=hetu, notes=notes)


# company Y-tunnukset used in the text
Y_KATTO = new_ytunnus("2894417")
Y_SUPPLIER = new_ytunnus("3120785")
Y_MERGED = new_ytunnus("3311409")
Y_FAKEREG = new_ytunnus("2207593")
Y_KULJ_CUST = new_ytunnus("1742280")


# ===========================================================================
# 1. spam and phishing without list headers (all `other`)
# ===========================================================================
def spam():
    # S1 -- webinar blast, SpamAssassin verdict above the company's Received, subject rewritten
    d = when(2025, 3, 4, 4, 12, 33, 0)
    plain = T("""
        Hi there,

        Are you still losing leads because your website loads in 6 seconds?

        Join our FREE live masterclass "10x Your B2B Pipeline in 2025" on Thursday at 3 PM CET.
        Seats are limited to the first 300 registrants - 212 already taken!

        >> Reserve my seat: https://growthhacks-academy.example.com/r/8813?e=info

        What you'll learn:
        * The 3 cold email templates that booked 47 meetings last month
        * How to scrape decision makers from LinkedIn (legally!)
        * Our secret "ghost follow-up" sequence

        See you there,
        Brad Kessler
        Founder, GrowthHacks Academy

        --
        You received this email because you are a business professional in our database.
        Unsubscribe: https://growthhacks-academy.example.com/u?id=5521984
        GrowthHacks Academy LLC, 1600 Commerce St Ste 4, Wilmington DE 19801
        """)
    h = (light_html(plain).replace("https://growthhacks-academy.example.com/r/8813?e=info",
                                   '<a href="https://growthhacks-academy.example.com/r/8813?e=info">Reserve my seat</a>')
         + pixel("https://trk.growthhacks-academy.example.com/o/5521984.gif"))
    raw = mk(KIVI, "Brad from GrowthHacks <brad@growthhacks-academy.example.com>", "brad@growthhacks-academy.example.com",
             "***SPAM*** [Last call] Free masterclass: 10x your B2B pipeline", d, alt(plain, h, "s1"),
             top=sa_top(7.9, "BAYES_95,HTML_IMAGE_ONLY_24,HTML_MESSAGE,MIME_HTML_MOSTLY,RDNS_NONE,\n\tSPF_SOFTFAIL,URIBL_GREY",
                        "mx.kivikangas.example.fi"),
             hops=[hop("198.51.100.14", "smtp-out4.bulkblast.test", d)], relay="smtp-out4.bulkblast.test",
             ip="198.51.100.14", extra=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"])
    none_label("spam-en-webinar-blast-sa-flag", raw, "other", "en",
               "Cold marketing blast with an unsubscribe footer but no list headers; the company's SpamAssassin "
               "verdict (X-Spam-Flag: YES) sits above its own Received line and the subject is rewritten.")

    # S2 -- fake Microsoft 365 password expiry, Exchange Online verdict
    d = when(2025, 3, 6, 2, 41, 9, 0)
    h = T("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#323130">
        <div style="max-width:560px;margin:0 auto;border:1px solid #e1dfdd;padding:24px">
        <img src="https://cdn-m365-secure.example.com/ms-logo.png" alt="Microsoft" width="108">
        <h3 style="font-weight:600">Your password expires in 24 hours</h3>
        <p>Hello info,</p>
        <p>The password for your Microsoft 365 account <b>info@lumivalo.example.fi</b> is set to expire on
        06/03/2025. After expiry you will not be able to send or receive e-mail and 14 pending messages
        will be deleted from the server.</p>
        <p style="margin:28px 0"><a href="https://lumivalo-example-fi.sharepoint-auth.example.com/owa/?u=aW5mb0BsdW1pdmFsby5leGFtcGxlLmZp"
        style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none">Keep Same Password</a></p>
        <p style="font-size:12px;color:#605e5c">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>
        Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
        </div></body></html>
        """)
    raw = mk(LUMI, mailbox("Microsoft 365 Admin", "admin@lumivalo-fi.onmicrosoft-mail.example.com"),
             "admin@lumivalo-fi.onmicrosoft-mail.example.com",
             "Password Expiry Notice for info@lumivalo.example.fi", d,
             text(h, subtype="html", charset="utf-8", cte="quoted-printable"),
             top=ms_top("203.0.113.201", "ID", "PHISH", "onmicrosoft-mail.example.com"), exchange=True,
             ip="203.0.113.201", relay="vps88231.cloudhost.test")
    none_label("phish-en-m365-password-exchange-scl9", raw, "other", "en",
               "Credential phishing (fake M365 password expiry) on an Exchange Online tenant: SCL 9 and SFV:SPM "
               "verdict headers above the company's Received line; threatens deletion of mail.")

    # S3 -- advance-fee, 'my late father'
    d = when(2025, 3, 8, 9, 3, 51, 1)
    body = T("""
        Dear Friend,

        Please do not be surprised by this mail. My name is Miss Grace Kouassi, 24 years old, the only daughter
        of late Dr. Emmanuel Kouassi, a cocoa merchant in Abidjan, Cote d'Ivoire. My late father was poisoned
        by his business associates in November 2023.

        Before his death he called me to his bedside and revealed that he deposited the sum of US$6,800,000.00
        (Six Million Eight Hundred Thousand United States Dollars) with a security company here, and he used my
        name as the next of kin. He advised me to seek a trustworthy foreign partner to help me transfer this
        money and invest it in a profitable business.

        I have chosen to contact you because of your company. I am willing to give you 25% of the total sum
        for your assistance. Please reply to my private email (gracekouassi77@freemail.example.com) with your
        full name, telephone number and address, so that I will send you the deposit certificate.

        Please keep this transaction confidential.

        Yours sincerely,
        Grace Kouassi
        """)
    raw = mk(KATTO, mailbox("Miss Grace Kouassi", "g.kouassi@univ-abidjan.example.org"),
             "g.kouassi@univ-abidjan.example.org", "Good day, please I need your assistance", d,
             text(body, charset="utf-8", cte="7bit"), reply_to="gracekouassi77@freemail.example.com",
             top=sa_top(9.6, "ADVANCE_FEE_4_NEW,BAYES_99,FREEMAIL_FORGED_REPLYTO,LOTS_OF_MONEY,MONEY_FRAUD_8,\n\tNA_DOLLARS,T_FILL_THIS_FORM_SHORT",
                        "mx.kattopojat.example.fi"),
             ip="198.51.100.203", relay="webmail.univ-abidjan.example.org")
    none_label("scam-en-advance-fee-late-father", raw, "other", "en",
               "Classic advance-fee scam ('my late father', 'next of kin') with a freemail Reply-To; asks for "
               "personal data rather than exercising any right.")

    # S4 -- inheritance scam from a 'barrister', next of kin, no verdict headers
    d = when(2025, 3, 11, 15, 22, 0, 0)
    body = T("""
        ATTENTION: THE DIRECTOR / OWNER

        I am Barrister Edward Hollingsworth, a solicitor at law and personal attorney to late Mr. Mikko
        Pohjola, a national of your country who worked as an oil contractor in the United Kingdom. My client,
        his wife and only child were involved in a car accident on the A1 in 2021. All occupants lost their
        lives.

        Since then I have made several enquiries to locate any of my late client's extended relatives, which
        proved unsuccessful. I found your company name during a search of the Finnish trade register and since
        you share the same surname/company name, I am contacting you to present you as the NEXT OF KIN to the
        deceased, so that the proceeds of his account valued at GBP 4,350,000.00 can be paid to you.

        The bank has issued me a notice to provide the next of kin or have the account confiscated within the
        next fourteen official working days. All legal documents will be provided by my chambers; the
        transaction is 100% risk free.

        Kindly respond with: your full names, private phone number, age and occupation.

        Barrister Edward Hollingsworth Esq.
        Hollingsworth & Partners Chambers, London
        Direct line: +44 7700 900461
        """)
    raw = mk(LAITE, mailbox("Barr. Edward Hollingsworth", "e.hollingsworth@hollingsworth-chambers.example.com"),
             "e.hollingsworth@hollingsworth-chambers.example.com", "CONFIDENTIAL: Unclaimed estate of late Mr. Pohjola",
             d, text(body, charset="us-ascii", cte="7bit"), ip="203.0.113.166")
    none_label("scam-en-inheritance-next-of-kin", raw, "other", "en",
               "Inheritance scam presenting the company as next of kin; all caps opening, a UK mobile in the "
               "signature, no spam verdict headers at all.", phone="+447700900461")

    # S5 -- fake Tietosuojavaltuutettu notice
    d = when(2025, 3, 12, 7, 55, 12, 2)
    body = T("""
        TIETOSUOJAVALTUUTETUN TOIMISTO
        Valvontayksikkö

        Asia: Huomautus vastaamatta jätetystä tarkastuspyyntö (dnro TSV/1184/2025)

        Arvoisa rekisterinpitäjä,

        Tietosuojavaltuutetun toimistolle on tehty kantelu teidän organisaatio koskien rekisteröidyn
        tarkastuspyyntö ja poistopyyntö, joihin ei ole vastattu määräajassa (EU 2016/679 artikla 12).

        Teidän on ladattava alla oleva päätösasiakirja ja toimitettava selvitys 48 tunnin kuluessa.
        Mikäli selvitystä ei toimiteta, toimisto määrää hallinnollisen seuraamusmaksun 20 000 euroa.

        Lataa päätös (PDF, suojattu): https://tietosuoja-asiointi.example.com/dnro/TSV-1184-2025?org=kivikangas

        Kirjaudu pankkitunnuksilla nähdäksesi asiakirjan.

        Ystävällisin terveisin
        Tietosuojavaltuutetun toimisto
        Kirjaamo
        """)
    raw = mk(KIVI, mailbox("Tietosuojavaltuutettu", "kirjaamo@tietosuoja-asiointi.example.com"),
             "kirjaamo@tietosuoja-asiointi.example.com", "Huomautus: vastaamaton tarkastuspyyntö TSV/1184/2025", d,
             text(body, charset="windows-1252", cte="quoted-printable"),
             top=sa_top(6.2, "BAYES_80,HTTP_ESCAPED_HOST,PDS_BTC_ID,RDNS_DYNAMIC,SPF_FAIL",
                        "mx.kivikangas.example.fi", rewrite=False),
             ip="198.51.100.58", relay="dyn-198-51-100-58.isp.test")
    none_label("phish-fi-fake-tietosuojavaltuutettu-dnro", raw, "other", "fi",
               "Phishing posing as the Finnish DPA, full of tarkastuspyyntö/poistopyyntö and an article number, "
               "asks for bank-ID login; X-Spam-Status: Yes without a Flag header.")

    # S6 -- fake Posti customs fee
    d = when(2025, 3, 13, 10, 14, 2, 0)
    h = T("""
        <html><body style="font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="520" style="border:1px solid #ddd"><tr><td style="background:#f26a24;padding:14px;color:#fff;font-size:20px"><b>Posti</b></td></tr>
        <tr><td style="padding:18px">
        <p>Hyvä asiakas,</p>
        <p>Lähetyksesi <b>JJFI64029700118853</b> on saapunut Suomeen, mutta sitä ei voitu toimittaa koska
        tullimaksu 2,99 € on maksamatta.</p>
        <p>Maksa maksu 48 tunnin kuluessa, muuten lähetys palautetaan lähettäjälle.</p>
        <p style="text-align:center"><a href="https://posti-fi.lahetys-seuranta.example.com/maksu?id=JJFI64029700118853"
        style="background:#3b4a57;color:#fff;padding:10px 18px;text-decoration:none">Maksa tullimaksu</a></p>
        <p style="font-size:11px;color:#777">Tämä on automaattinen viesti. Älä vastaa tähän viestiin.<br>
        © Posti Group Oyj</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    raw = mk(PAINO, mailbox("Posti", "noreply@posti-notify.example.com"), "noreply@posti-notify.example.com",
             "Lähetyksesi odottaa: maksa tullimaksu", d, text(h, subtype="html", cte="base64"),
             ip="203.0.113.23", relay="mail23.sendmass.test")
    none_label("phish-fi-fake-posti-customs", raw, "other", "fi",
               "Smishing-style parcel phishing in Finnish HTML (base64) that even says 'this is an automatic "
               "message, do not reply' - still a deceiving human sender, not machine notification.")

    # S7 -- fake DHL with HTML attachment, Exchange verdict
    d = when(2025, 3, 14, 1, 7, 44, 0)
    plain = T("""
        DHL Express

        Dear Customer,

        We attempted to deliver your package today but no one was available to sign.
        Please open the attached shipping document (AWB 7741 0093 228) and confirm your delivery address
        to reschedule. Unclaimed parcels are returned after 3 working days.

        Thank you for shipping with DHL.
        DHL Customer Services
        """)
    att_html = (b'<html><body onload="document.forms[0].submit()"><form action="https://dhl-redelivery.example.com/x/login.php" '
                b'method="post"><input type="hidden" name="e" value="info@kuusistonkuljetus.example.fi"></form></body></html>\n')
    root = multipart("mixed", [text(plain, charset="us-ascii", cte="7bit"),
                               attachment(att_html, "text/html", "DHL_AWB_774100932281.html")],
                     "mix_" + token("s7", 20))
    raw = mk(KULJ, mailbox("DHL Express", "delivery@dhl-express-mail.example.com"), "delivery@dhl-express-mail.example.com",
             "DHL Delivery Notification: Action Required", d, root,
             top=ms_top("198.51.100.177", "VN", "PHISH", "dhl-express-mail.example.com"), exchange=True,
             ip="198.51.100.177", relay="mx.hostingvn.test")
    none_label("phish-en-fake-dhl-html-attachment", raw, "other", "en",
               "Parcel phishing with an HTML attachment that posts the mailbox address to a login page; "
               "Exchange SFV:SPM verdict above the Received line.")

    # S8 -- fake Verohallinto refund
    d = when(2025, 3, 17, 18, 31, 27, 2)
    body = T("""
        Verohallinto

        Hyvä veronmaksaja,

        Verovuoden 2024 veropäätöksen mukaan sinulla on oikeus veronpalautukseen 486,20 EUR.
        Palautusta ei ole voitu maksaa, koska pankkitilisi tiedot ovat puutteelliset.

        Päivitä tilitietosi OmaVerossa 5 päivän kuluessa:
        https://omavero-palautus.example.com/tunnistaudu

        Jos tietoja ei päivitetä, palautus siirtyy valtiolle.

        Ystävällisin terveisin,
        Verohallinto – Asiakaspalvelu
        """)
    raw = mk(TILI, mailbox("Verohallinto", "info@vero-palautus.example.com"), "info@vero-palautus.example.com",
             "Veronpalautus 486,20 EUR odottaa – päivitä tilitietosi", d, text(body, charset="utf-8", cte="8bit"),
             top=sa_top(11.3, "BAYES_99,FROM_FMBLA_NEWDOM,PHISH_BANK_FI,RCVD_IN_DNSWL_NONE,SPOOFED_FREEMAIL",
                        "mx.jarvisentilit.example.fi"),
             ip="203.0.113.144", relay="host144.vpsfarm.test")
    none_label("phish-fi-fake-tax-refund", raw, "other", "fi",
               "Fake tax-office refund asking to 'update' bank details ('päivitä tilitietosi' - not rectification); "
               "SpamAssassin verdict on top.")

    # S9 -- fake invoice, zip, from a 'compromised' supplier address
    d = when(2025, 3, 18, 8, 2, 10, 1)
    body = T("""
        Good morning,

        Please find attached the overdue invoice INV-20250311 for services rendered in February.
        Kindly process the payment today to avoid late fees. Our bank details have changed, the new
        account is shown in the attached document.

        Best regards,
        Samantha Greene
        Accounts Receivable
        """)
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attachment(b"PK\x03\x04\x14\x00\x00\x00\x08\x00fake-zip-payload", "application/zip",
                                          "INV-20250311_pdf.zip")], "mix_" + token("s9", 20))
    raw = mk(LAITE, mailbox("Samantha Greene", "accounts@brightline-logistics.example.com"),
             "accounts@brightline-logistics.example.com", "RE: Overdue Invoice INV-20250311", d, root,
             reply_to="samantha.greene.ar@freemail.example.com", ip="198.51.100.91", relay="mail.brightline-logistics.example.com",
             extra=[OUTLOOK])
    none_label("scam-en-fake-invoice-zip", raw, "other", "en",
               "Fake overdue invoice with a zip and 'our bank details have changed' - business e-mail compromise; "
               "fake RE: subject and freemail Reply-To.")

    # S10 -- Finnish directory-listing scam invoice with the victim's Y-tunnus
    d = when(2025, 3, 19, 11, 45, 0, 2)
    body = T(f"""
        MAKSUMUISTUTUS – YRITYSHAKEMISTO 2025

        Yritys: Kattopojat Oy
        Y-tunnus: {Y_KATTO}
        Asiakasnumero: 50-88172

        Yrityksenne tiedot on julkaistu Suomen Yrityshakemisto -palvelussa vuodelle 2025 aiemman
        vahvistuksenne mukaisesti. Laskua 1 290,00 EUR (alv 0 %) ei ole maksettu eräpäivään mennessä.

        Pyydämme suorittamaan maksun 7 päivän kuluessa tilille LT12 1000 0111 0100 1000, viite 88172 2025.
        Perimättä jääneet saatavat siirretään perintätoimistolle ilman erillistä ilmoitusta.

        Mikäli haluatte tarkistaa tai päivittää julkaistut tiedot, vastatkaa tähän viestiin.

        Yrityshakemisto Nordic s.r.o.
        Laskutus
        """)
    raw = mk(KATTO, mailbox("Yrityshakemisto Laskutus", "laskutus@yrityshakemisto-nordic.example.com"),
             "laskutus@yrityshakemisto-nordic.example.com", "Maksumuistutus: lasku 2025-88172 erääntynyt", d,
             text(body, charset="utf-8", cte="quoted-printable"), ip="203.0.113.9", relay="smtp.yrityshakemisto-nordic.example.com")
    none_label("scam-fi-directory-invoice-ytunnus", raw, "other", "fi",
               "Directory-listing scam 'payment reminder' quoting the victim company's own Y-tunnus and inviting "
               "it to 'tarkistaa tai päivittää' its listing - neither a request nor a real invoice.",
               business_id=Y_KATTO)

    # S11 -- crypto pitch, English
    d = when(2025, 3, 20, 22, 10, 5, 0)
    plain = T("""
        Hello Entrepreneur,

        While you were busy running your business, our members made +312% with the new AI arbitrage bot
        QuantumYield. No experience needed, the algorithm trades Bitcoin and Ethereum 24/7 for you.

        Start with only 250 EUR. Withdraw anytime.
        Spots for Finland: 17 left.

        >>> ACTIVATE MY ACCOUNT <<<
        https://quantumyield-ai.example.com/fi/?ref=mail77

        Regards,
        Viktor Lindqvist
        Senior Investment Advisor

        If you no longer wish to receive our offers, unsubscribe here.
        """)
    h = T("""
        <html><body style="font-family:Verdana,sans-serif;font-size:14px">
        <p>Hello Entrepreneur,</p>
        <p>While you were busy running your business, our members made <b style="color:#0a0">+312%</b> with the new AI
        arbitrage bot <b>QuantumYield</b>. No experience needed, the algorithm trades Bitcoin and Ethereum 24/7 for you.</p>
        <p>Start with only 250 EUR. Withdraw anytime.<br>Spots for Finland: <b>17 left</b>.</p>
        <p><a href="https://quantumyield-ai.example.com/fi/?ref=mail77" style="font-size:18px">&gt;&gt;&gt; ACTIVATE MY ACCOUNT &lt;&lt;&lt;</a></p>
        <p>Regards,<br>Viktor Lindqvist<br>Senior Investment Advisor</p>
        <p style="font-size:10px;color:#999">If you no longer wish to receive our offers,
        <a href="https://quantumyield-ai.example.com/unsub?m=77">unsubscribe here</a>.</p>
        </body></html>
        """) + pixel("https://quantumyield-ai.example.com/px/77.png")
    raw = mk(LUMI, mailbox("Viktor | QuantumYield", "viktor@quantumyield-ai.example.com"), "viktor@quantumyield-ai.example.com",
             "Viktor sent you a private invitation", d, alt(plain, h, "s11"), ip="198.51.100.240",
             relay="srv240.bulletproof.test")
    none_label("spam-en-crypto-ai-bot", raw, "other", "en",
               "Crypto-investment spam with an 'unsubscribe here' link label; no list headers, no verdict headers.")

    # S12 -- Russian: selling e-mail databases, windows-1251 base64, rspamd verdict
    d = when(2025, 3, 21, 6, 33, 40, 3)
    body = T("""
        Здравствуйте!

        Предлагаем актуальные базы данных компаний Финляндии, Швеции и Эстонии 2025 года:
        - 148 000 компаний Финляндии (название, Y-tunnus, e-mail, телефон, отрасль);
        - 92 000 руководителей с личными e-mail адресами;
        - выгрузка в Excel/CSV, обновление раз в месяц.

        Цена всего пакета — 290 евро. Оплата криптовалютой USDT или PayPal.
        Бесплатный образец 100 записей — ответьте на это письмо.

        Также выполняем рассылки "под ключ": 1 000 000 писем за 24 часа.

        С уважением,
        Алексей
        Telegram: @bazy_eu_2025

        Чтобы отписаться от рассылки, ответьте словом «СТОП».
        """)
    raw = mk(TILI, mailbox("Базы данных EU", "alexey.bazy@mail-ru-like.example.com", "windows-1251", "B"),
             "alexey.bazy@mail-ru-like.example.com", "Базы данных компаний Финляндии 2025 — 148 000 контактов", d,
             text(body, charset="windows-1251", cte="base64"), subject_charset="windows-1251", subject_mode="B",
             top=["X-Spam: Yes", "X-Rspamd-Action: add header",
                  "X-Spamd-Result: default: False [12.40 / 15.00];\n\tBAYES_SPAM(5.10)[99.99%]; R_SPF_SOFTFAIL(0.00)[~all];\n"
                  "\tFREEMAIL_FROM(0.00)[]; MIME_BASE64_TEXT(0.10)[]; ABUSE_SURBL(5.50)[]",
                  "X-Rspamd-Server: mx.jarvisentilit.example.fi"],
             ip="203.0.113.219", relay="relay219.hoster.test")
    none_label("spam-ru-email-database-cp1251", raw, "other", "ru",
               "Russian spam in windows-1251 base64 selling company/e-mail databases ('отписаться' = reply STOP); "
               "rspamd verdict headers on top.")

    # S13 -- web design pitch, Indian English, follow-up bump with quoted first mail
    d = when(2025, 3, 24, 9, 58, 31, 5)
    body = T("""
        Hi,

        Just following up on my previous email. Did you get a chance to look at it?

        We can redesign your website with a modern look, mobile friendly and SEO optimized at a very reasonable
        cost (starting from $399). We also do Shopify, WordPress, Logo design and Google Ads.

        Can I send you our price list and portfolio?

        Thanks & Regards,
        Priya Sharma
        Business Development Executive

        Note: If you are not interested, kindly reply with "Not interested" and I will not contact you again.

        On Mon, Mar 17, 2025 at 10:12 AM Priya Sharma <priya.webexperts@freemail.example.com> wrote:
        > Hi,
        >
        > I was checking your website pohjolanlaite.example.fi and noticed it is not ranking on the first page
        > of Google for many keywords and it has some errors (slow loading, not mobile friendly, no SSL on some
        > pages).
        >
        > Would you be interested in a FREE website audit report?
        >
        > Regards,
        > Priya
        """)
    raw = mk(LAITE, mailbox("Priya Sharma", "priya.webexperts@freemail.example.com"),
             "priya.webexperts@freemail.example.com", "Re: Website Redesign Proposal", d,
             text(body, charset="utf-8", cte="7bit"), extra=[GMAIL_UA], relay="mail-sor-f41.freemail.example.com",
             ip="198.51.100.41")
    none_label("spam-en-web-design-followup", raw, "other", "en",
               "Freemail web-design/SEO pitch posing as a 'Re:' follow-up with its own quoted first mail and a "
               "'reply Not interested' footer.")

    # S14 -- Italian SEO pitch, 'cancellati'
    d = when(2025, 3, 25, 10, 4, 0, 1)
    plain = T("""
        Buongiorno,

        mi chiamo Luca Ferraro e sono consulente di Posizionamento Web Italia. Abbiamo analizzato il vostro
        sito saaristonpaino.example.fi e abbiamo rilevato 37 errori tecnici che penalizzano la visibilità su
        Google.

        Offriamo un pacchetto SEO internazionale completo (audit, link building, contenuti in 5 lingue)
        a soli 149 € al mese, senza vincoli.

        Posso inviarLe un'analisi gratuita?

        Cordiali saluti,
        Luca Ferraro
        Posizionamento Web Italia srl
        www.posizionamento-web.example.com

        Se non desidera ricevere altre comunicazioni, clicchi qui per cancellarsi.
        """)
    h = light_html(plain).replace("clicchi qui per cancellarsi",
                                  '<a href="https://posizionamento-web.example.com/cancellati?id=99">clicchi qui per cancellarsi</a>')
    raw = mk(PAINO, mailbox("Luca Ferraro", "luca.ferraro@posizionamento-web.example.com"),
             "luca.ferraro@posizionamento-web.example.com", "Il vostro sito: 37 errori che Google penalizza", d,
             alt(plain, h, "s14"), ip="203.0.113.120")
    none_label("spam-it-seo-pitch", raw, "other", "it",
               "Italian SEO pitch with an unsubscribe ('cancellarsi') link.")

    # S15 -- Portuguese: business loan / partnership, 'descadastrar'
    d = when(2025, 3, 26, 13, 27, 15, -3)
    body = T("""
        Prezado(a) empresário(a),

        A Capital Norte Investimentos oferece crédito empresarial internacional de 50.000 € a 5.000.000 €,
        com taxa de juros de apenas 2% ao ano e prazo de até 20 anos. Não consultamos SPC/Serasa nem
        exigimos garantias.

        Para receber uma proposta personalizada, responda a este e-mail com:
        - nome completo e cargo
        - valor desejado
        - cópia do documento de identidade

        Atenciosamente,
        Dr. Rodrigo Almeida Souza
        Diretor de Crédito – Capital Norte Investimentos

        Caso não queira mais receber nossas mensagens, clique aqui para descadastrar.
        """)
    raw = mk(KULJ, mailbox("Capital Norte Investimentos", "credito@capitalnorte-invest.example.com"),
             "credito@capitalnorte-invest.example.com", "Crédito empresarial aprovado a 2% ao ano", d,
             text(body, charset="windows-1252", cte="quoted-printable"),
             top=sa_top(8.8, "BAYES_99,LOTS_OF_MONEY,MONEY_FORM,PT_LOAN_SCAM,URIBL_ABUSE_SURBL",
                        "mx.kuusistonkuljetus.example.fi"), ip="198.51.100.187")
    none_label("scam-pt-loan-offer-latin1", raw, "other", "pt",
               "Portuguese loan scam in windows-1252 asking for an ID copy; 'descadastrar' footer; SA verdict.")

    # S16 -- Spanish inheritance, 'pariente más cercano'
    d = when(2025, 3, 27, 5, 50, 8, 1)
    body = T("""
        Estimado amigo:

        Le saluda el abogado Javier Montoya Ruiz, de Madrid. Le escribo en relación con el patrimonio de mi
        difunto cliente, el Sr. Antti Kivikangas, quien falleció sin testamento y sin familiares conocidos.
        Tras una larga búsqueda, su apellido coincide con el de su empresa, por lo que deseo presentarle como
        pariente más cercano para reclamar la herencia de 3.750.000,00 euros depositada en un banco español.

        Todo el procedimiento es legal y confidencial. Repartiremos los fondos al 50 %.

        Por favor, responda a mi correo privado con sus datos completos.

        Atentamente,
        Lic. Javier Montoya Ruiz
        Abogado
        """)
    raw = mk(KIVI, mailbox("Abogado Javier Montoya", "jmontoya.abogados@freemail.example.com"),
             "jmontoya.abogados@freemail.example.com", "Herencia sin reclamar – asunto urgente y confidencial", d,
             text(body, charset="utf-8", cte="8bit"),
             top=sa_top(7.1, "BAYES_95,FREEMAIL_FROM,LOTS_OF_MONEY,MONEY_FRAUD_3,NA_DOLLARS",
                        "mx.kivikangas.example.fi"), ip="203.0.113.52", relay="mail-ed1-f52.freemail.example.com")
    none_label("scam-es-inheritance-next-of-kin", raw, "other", "es",
               "Spanish inheritance scam ('pariente más cercano', 'difunto cliente'); SA verdict above Received.")

    # S17 -- Chinese-English factory pitch
    d = when(2025, 3, 28, 3, 19, 0, 8)
    plain = T("""
        Dear Purchasing Manager,

        Good day! Glad to know you are in the printing field.

        This is Cindy from Shenzhen Huaxin Packaging Co., Ltd, we are professional manufacturer of paper bags,
        gift boxes, labels and stickers with 15 years experience, export to Europe and America.

        Our advantage:
        1. Factory price, MOQ only 500 pcs
        2. FSC paper, environmental ink
        3. Free sample, delivery 7-10 days

        If any inquiry, pls feel free to contact me. Wish we can have a chance to cooperate with you!

        Best regards
        Cindy Wang (王欣)
        Sales Manager
        深圳华鑫包装有限公司 Shenzhen Huaxin Packaging Co., Ltd
        WeChat ID: cindy_huaxinpack
        """)
    h = light_html(plain, wrapper='<div style="font-family:微软雅黑,Microsoft YaHei;font-size:14px">')
    raw = mk(PAINO, mailbox("Cindy Wang", "cindy@huaxin-pack.example.com"), "cindy@huaxin-pack.example.com",
             "Paper bags & gift boxes factory / free sample", d, alt(plain, h, "s17", cte="base64"),
             ip="203.0.113.86", relay="smtp.qiye-mail.test", extra=["X-Mailer: Foxmail 7.2.25.228[cn]"])
    none_label("spam-zh-en-factory-pitch", raw, "other", "en",
               "Chinese factory cold pitch in non-native English with a Chinese company name in the signature "
               "(base64 alternative parts).")

    # S18 -- 'delete your data from 500 data brokers' service pitch
    d = when(2025, 3, 31, 14, 2, 45, 2)
    plain = T("""
        Hi there,

        Quick question: did you know that your name, home address, phone number and even your family members
        are listed on more than 500 data broker and people-search sites?

        PrivaWipe sends GDPR erasure requests (Art. 17) and objection notices to all of them on your behalf,
        every 90 days, and follows up until your data is deleted. Our customers see their exposure drop by 86%
        in the first month.

        - Automatic "right to be forgotten" requests to 500+ brokers
        - Monthly report of where your data was found and removed
        - Covers the whole family and your company's leadership team

        Protect the owners of Lumivalo Ohjelmistot today: 50% off the first year with code INFO50.
        Start here: https://privawipe.example.com/business?c=INFO50

        Best,
        Hannah Ortiz
        Growth team, PrivaWipe

        You are receiving this because your company is listed publicly. Don't want these? Unsubscribe.
        """)
    h = light_html(plain).replace("Unsubscribe.", '<a href="https://privawipe.example.com/optout?r=lumivalo">Unsubscribe</a>.')
    raw = mk(LUMI, mailbox("Hannah at PrivaWipe", "hannah@privawipe.example.com"), "hannah@privawipe.example.com",
             "Your personal data is on 500+ broker sites - we can delete it", d, alt(plain, h, "s18"),
             ip="198.51.100.130", relay="o130.outbound.privawipe.example.com")
    none_label("spam-en-data-broker-removal-pitch", raw, "other", "en",
               "Cold pitch for a service that sends erasure/objection requests to data brokers: dense DSAR vocabulary "
               "(Art. 17, right to be forgotten, deleted) but nobody asks this company for anything.")

    # S19 -- 'export your contacts' tool pitch
    d = when(2025, 4, 1, 9, 15, 0, 3)
    plain = T("""
        Hei / Hi,

        Stuck with old customer data in Outlook, Excel and three different CRMs?

        ContactPorter lets you export all your contacts, deals and e-mail history in one click -
        as CSV, JSON or directly into HubSpot, Pipedrive or Salesforce. Machine-readable, GDPR compliant,
        no IT team needed.

        "We moved 40 000 contacts from our old ERP over a weekend." - CFO, logistics company

        Book a 15-min demo: https://contactporter.example.com/demo
        Or reply "export" and I'll send you a free trial key.

        Cheers,
        Mark Jensen
        ContactPorter ApS, Copenhagen

        --
        Not relevant? Click here to unsubscribe from ContactPorter updates.
        """)
    h = light_html(plain).replace("Click here to unsubscribe",
                                  '<a href="https://contactporter.example.com/u/91fe">Click here to unsubscribe</a>')
    raw = mk(KULJ, mailbox("Mark Jensen", "mark@contactporter.example.com"), "mark@contactporter.example.com",
             "Export all your contacts in one click?", d, alt(plain, h, "s19"), ip="203.0.113.31")
    none_label("spam-en-export-contacts-tool", raw, "other", "en",
               "Tool pitch about exporting contacts 'machine-readable' into another system - portability vocabulary "
               "in a cold sales mail.")

    # S20 -- German trade-fair stand builder, 'abmelden'
    d = when(2025, 4, 2, 8, 40, 12, 2)
    body = T("""
        Sehr geehrte Damen und Herren,

        planen Sie Ihren Auftritt auf der Elmia Subcontractor oder der FinnBuild 2025? Als Messebauer mit
        über 20 Jahren Erfahrung liefern wir Ihren Stand schlüsselfertig nach Skandinavien - Design,
        Logistik, Auf- und Abbau aus einer Hand.

        Aktuell: Systemstand 3 x 4 m inklusive Beleuchtung und Grafik ab 6.900 € netto.

        Gerne sende ich Ihnen unverbindlich unsere Referenzmappe.

        Mit freundlichen Grüßen
        Jens Oberländer
        Vertrieb Nordeuropa
        Messebau Oberländer GmbH
        Tel. +49 221 9984 3310

        Sie möchten keine weiteren Informationen erhalten? Hier abmelden:
        https://messebau-oberlaender.example.com/newsletter/abmelden?e=info%40pohjolanlaite.example.fi
        """)
    raw = mk(LAITE, mailbox("Jens Oberländer", "j.oberlaender@messebau-oberlaender.example.com"),
             "j.oberlaender@messebau-oberlaender.example.com", "Ihr Messestand für Skandinavien – schlüsselfertig",
             d, text(body, charset="windows-1252", cte="quoted-printable"), ip="198.51.100.66", extra=[OUTLOOK])
    none_label("spam-de-tradefair-abmelden", raw, "other", "de",
               "German cold sales mail with a personalised 'abmelden' link; no list headers.",
               phone="+4922199843310")

    # S21 -- French translation agency, 'se désinscrire'
    d = when(2025, 4, 3, 11, 3, 0, 2)
    plain = T("""
        Bonjour,

        Votre entreprise se développe à l'international ? Notre agence Traductions Lumière traduit vos
        catalogues, sites web et contrats en 42 langues, dont le finnois et le suédois, par des traducteurs
        natifs certifiés.

        Offre de printemps : -20 % sur votre première commande jusqu'au 30 avril.

        Demandez un devis gratuit en 2 minutes : https://traductions-lumiere.example.com/devis

        Bien cordialement,
        Camille Durand
        Chargée de clientèle

        Vous ne souhaitez plus recevoir nos e-mails ? Se désinscrire
        """)
    h = light_html(plain).replace("Se désinscrire", '<a href="https://traductions-lumiere.example.com/desinscription?u=8812">Se désinscrire</a>')
    raw = mk(PAINO, mailbox("Camille Durand", "camille.durand@traductions-lumiere.example.com"),
             "camille.durand@traductions-lumiere.example.com", "Traduction professionnelle en finnois et suédois -20 %",
             d, alt(plain, h, "s21"), ip="203.0.113.150")
    none_label("spam-fr-translation-desinscrire", raw, "other", "fr",
               "French marketing mail with a 'Se désinscrire' link label and no list headers.")

    # S22 -- Finnish workwear marketing blast, 'peruuta tilaus', no list headers
    d = when(2025, 4, 4, 7, 0, 0, 3)
    plain = T("""
        KEVÄTKAMPANJA – TYÖVAATTEET JA TURVAKENGÄT -30 %

        Hei rakentaja!

        Nyt on oikea hetki uusia porukan työvaatteet ennen kesän työmaita. Kaikki huomioliivit, kuoritakit
        ja S3-turvakengät -30 % 30.4. asti. Logopainatus yli 20 kpl tilauksiin veloituksetta.

        Katso tarjoukset: https://tyovaatevarasto.example.fi/kevat

        Tilaa helposti myös puhelimitse: 010 555 0199

        Terveisin
        Työvarustevarasto Oy

        Et halua enää tarjouksiamme? Peruuta tilaus tästä.
        """)
    h = light_html(plain).replace("Peruuta tilaus tästä.",
                                  '<a href="https://tyovaatevarasto.example.fi/peruuta?id=a17">Peruuta tilaus tästä</a>.') \
        + pixel("https://tyovaatevarasto.example.fi/t/open/a17.gif")
    raw = mk(KATTO, mailbox("Työvarustevarasto", "tarjoukset@tyovaatevarasto.example.fi"),
             "tarjoukset@tyovaatevarasto.example.fi", "Kevätkampanja: työvaatteet ja turvakengät -30 %", d,
             alt(plain, h, "s22"), ip="203.0.113.70", relay="mail.tyovaatevarasto.example.fi")
    none_label("spam-fi-workwear-blast-peruuta-tilaus", raw, "other", "fi",
               "Finnish cold marketing blast sent from the seller's own server with 'Peruuta tilaus' (unsubscribe) "
               "link but no list headers; a landline number in the text.", phone="+358105550199")

    # S23 -- Swedish promo gadgets, 'avregistrera'
    d = when(2025, 4, 7, 9, 30, 0, 2)
    plain = T("""
        Hej!

        Behöver ni giveaways till mässan eller sommarfesten? Hos Profilprylar Sverige hittar ni över 8 000
        produkter med tryck: tygkassar, vattenflaskor, powerbanks och paraplyer.

        Just nu: fri frakt till Finland vid order över 300 €.

        Se hela sortimentet: https://profilprylar.example.se/katalog

        Med vänliga hälsningar
        Elin Bergström
        Profilprylar Sverige AB

        Vill du inte få fler utskick från oss? Avregistrera dig här.
        """)
    h = light_html(plain).replace("Avregistrera dig här.",
                                  '<a href="https://profilprylar.example.se/avregistrera?e=info">Avregistrera dig här</a>.')
    raw = mk(PAINO, mailbox("Elin Bergström", "elin@profilprylar.example.se"), "elin@profilprylar.example.se",
             "Giveaways till mässan – fri frakt till Finland", d, alt(plain, h, "s23"), ip="198.51.100.35")
    none_label("spam-sv-promo-avregistrera", raw, "other", "sv",
               "Swedish cold marketing mail whose footer says 'Avregistrera dig här' (the word a requester would use).")

    # S24 -- forged 'X-Spam-Status: No' among the sender's own headers (below the company's Received)
    d = when(2025, 4, 8, 4, 44, 0, -4)
    body = T("""
        Hello,

        Your business has been PRE-APPROVED for up to $250,000 in working capital.
        No credit check. Funds in 24 hours. Only 3 minutes to apply.

        Claim your funding now: https://fastcapital-approvals.example.com/a/LAITE-2291

        This offer expires at midnight.

        FastCapital Funding Team

        To stop receiving these messages, reply UNSUBSCRIBE.
        """)
    hops = [hop("203.0.113.99", "smtp.fastcapital-approvals.example.com", d),
            "X-Spam-Status: No, score=-2.3 required=5.0 tests=ALL_TRUSTED,BAYES_00",
            "X-Spam-Flag: NO",
            "X-Spam-Checker-Version: SpamAssassin 3.4.6 (2021-04-09) on smtp.fastcapital-approvals.example.com",
            "X-Virus-Scanned: clean",
            "X-Priority: 1 (Highest)"]
    raw = mk(LAITE, mailbox("FastCapital Approvals", "approvals@fastcapital-approvals.example.com"),
             "approvals@fastcapital-approvals.example.com", "Funding approved: $250,000 for your business", d,
             text(body, charset="us-ascii", cte="7bit"), hops=hops, ip="203.0.113.99",
             relay="smtp.fastcapital-approvals.example.com")
    none_label("spam-en-forged-spam-status-no", raw, "other", "en",
               "Business-funding spam whose sender forged 'X-Spam-Status: No' / 'X-Spam-Flag: NO' below the receiving "
               "company's Received line; the company's own filter added nothing.")

    # S25 -- lead-gen spam with the link label 'Please remove me from this list'
    d = when(2025, 4, 9, 16, 21, 0, -5)
    plain = T("""
        Hi team,

        Are you the right person to speak with about outsourcing your bookkeeping to a dedicated offshore team?

        We help accounting firms in the Nordics cut processing costs by 60% with certified accountants working
        in your own software (Netvisor, Procountor, Fennoa).

        Would you be open to a 10-minute call next Tuesday or Wednesday?

        Regards,
        Daniel Reyes
        Partnerships, LedgerBridge Outsourcing

        Please remove me from this list
        """)
    h = T("""
        <div style="font-family:Arial;font-size:13px">
        <p>Hi team,</p>
        <p>Are you the right person to speak with about outsourcing your bookkeeping to a dedicated offshore team?</p>
        <p>We help accounting firms in the Nordics cut processing costs by 60% with certified accountants working
        in your own software (Netvisor, Procountor, Fennoa).</p>
        <p>Would you be open to a 10-minute call next Tuesday or Wednesday?</p>
        <p>Regards,<br>Daniel Reyes<br>Partnerships, LedgerBridge Outsourcing</p>
        <p style="font-size:10px"><a href="https://t.leadsnap.example.com/unsub/9f2c?l=ledgerbridge">Please remove me from this list</a></p>
        </div>
        """) + pixel("https://t.leadsnap.example.com/open/9f2c.gif")
    raw = mk(TILI, mailbox("Daniel Reyes", "daniel@ledgerbridge-outsourcing.example.com"),
             "daniel@ledgerbridge-outsourcing.example.com", "Quick question about your bookkeeping team", d,
             alt(plain, h, "s25"), ip="198.51.100.112", relay="mta-112.leadsnap.example.com")
    none_label("spam-en-leadgen-remove-me-link-label", raw, "other", "en",
               "Cold lead-generation mail whose unsubscribe link is labelled 'Please remove me from this list' - "
               "the requester's phrase, written by the sender's tool.")


# ===========================================================================
# 2. bulk mail / newsletters with ESP headers (`automated`)
# ===========================================================================
def bulk():
    # B1 -- Mailchimp newsletter, List-Unsubscribe, view in browser, pixel
    d = when(2025, 3, 5, 10, 0, 3, 0)
    plain = T("""
        View this email in your browser (https://us21.campaign-archive.example.com/?u=a1b2c3&id=77f0)

        NORDIC SAAS DIGEST - March 2025

        * Pricing pages that convert: 5 examples from Finnish startups
        * GDPR corner: how long should you keep deleted users' backups?
        * Event: SaaS Breakfast Espoo, 10 April

        GDPR corner
        When a customer asks you to erase their account, backups are the hardest part. We asked three DPOs how
        they handle "right to be forgotten" requests in rolling backups.
        Read more: https://nordicsaasdigest.example.com/gdpr-backups

        ============================================================
        Copyright (C) 2025 Nordic SaaS Digest, All rights reserved.
        You are receiving this email because you opted in at nordicsaasdigest.example.com.

        Our mailing address is:
        Nordic SaaS Digest, Tekniikantie 99, 02150 Espoo, Finland

        Want to change how you receive these emails?
        You can update your preferences (https://nordicsaasdigest.us21.list-manage.example.com/profile?u=a1b2c3)
        or unsubscribe from this list (https://nordicsaasdigest.us21.list-manage.example.com/unsubscribe?u=a1b2c3&id=5d)
        """)
    h = (light_html(plain) + pixel("https://nordicsaasdigest.us21.list-manage.example.com/track/open.php?u=a1b2c3&id=77f0&e=9c1d"))
    raw = message(rcpt=LUMI, frm=mailbox("Nordic SaaS Digest", "hello@nordicsaasdigest.example.com"),
                  frm_addr="hello@nordicsaasdigest.example.com", subject="Pricing pages, GDPR backups and SaaS Breakfast",
                  date=d, root=alt(plain, h, "b1"), relay="mail181.atl21.mcsv.example.net", ip="198.51.100.181",
                  env_from="bounce-mc.us21_123456.77f0-info=lumivalo.example.fi@mail181.atl21.mcsv.example.net",
                  extra=["X-Mailer: Mailchimp Mailer - **CIDa1b2c3d4e5f6**",
                         "X-Campaign: mailchimpa1b2c3.77f0",
                         "X-campaignid: mailchimpa1b2c3.77f0",
                         "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.example.com/abuse/",
                         "X-MC-User: a1b2c3d4e5f6a7b8c9d0e1f2a",
                         "Feedback-ID: 123456:123456.77f0:us21:mc",
                         "List-ID: a1b2c3d4e5f6mc list <a1b2c3d4e5f6.123456.list-id.mcsv.example.net>",
                         "List-Unsubscribe: <https://nordicsaasdigest.us21.list-manage.example.com/unsubscribe?u=a1b2c3&id=5d>,\n"
                         " <mailto:unsubscribe-mc.us21_a1b2c3.5d-info=lumivalo.example.fi@unsubscribe.mailchimp.example.com>",
                         "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])
    none_label("bulk-en-mailchimp-saas-digest", raw, "automated", "en",
               "Mailchimp newsletter (X-MC-User, Feedback-ID, List-Unsubscribe, view-in-browser, pixel) whose article "
               "discusses erasure and the right to be forgotten.")

    # B2 -- SendGrid product update, no List-Unsubscribe
    d = when(2025, 3, 10, 15, 30, 0, 0)
    plain = T("""
        Hi there,

        We've shipped three updates to Tuntikirjaus this month:

        1. Export your time entries to Excel or CSV from the Reports tab
        2. Delete old projects in bulk (admins only)
        3. New Finnish public holidays calendar for 2026

        See what's new: https://tuntikirjaus.example.com/changelog?utm_source=sendgrid&utm_medium=email

        The Tuntikirjaus team

        This is a service announcement sent to account owners. Tuntikirjaus Oy, Hämeenkatu 99, Tampere.
        """)
    h = light_html(plain) + pixel("https://u1234567.ct.sendgrid.example.net/wf/open?upn=aBcD1234")
    raw = message(rcpt=KATTO, frm=mailbox("Tuntikirjaus", "no-reply@tuntikirjaus.example.com"),
                  frm_addr="no-reply@tuntikirjaus.example.com", subject="What's new in Tuntikirjaus: exports and bulk delete",
                  date=d, root=alt(plain, h, "b2"), relay="o1.ptr4411.sendgrid.example.net", ip="203.0.113.44",
                  env_from="bounces+1234567-aa11-info=kattopojat.example.fi@em4411.tuntikirjaus.example.com",
                  extra=["X-SG-EID: u001.Zk9xR2lQb3FJbmZvQGthdHRvcG9qYXQ=", "X-SG-ID: u001.SdBcvi+Evd/bQef8eZF3BsZ",
                         "X-Entity-ID: u001.lQ2d8p5H7Z3sgm+0uUh7Zg=="])
    none_label("bulk-en-sendgrid-product-update", raw, "automated", "en",
               "SendGrid product-update mail (X-SG-EID, open pixel) without any List-Unsubscribe; mentions export "
               "and delete features.")

    # B3 -- HubSpot newsletter in Finnish from a trade association
    d = when(2025, 3, 14, 8, 0, 0, 2)
    plain = T("""
        Näytä selaimessa: https://kattoliitto.example.fi/uutiskirje/2025-03

        KATTOALAN LIITON JÄSENKIRJE 3/2025

        Hei!

        Tässä kuussa:
        - Uudet pelti- ja tiilikattojen asennusohjeet julkaistu
        - Tietosuoja: asiakasrekisterin säilytysajat ja poistopyyntöihin vastaaminen – muistilista jäsenille
        - Kevätseminaari Tampereella 24.4.

        Muistilistan mukaan rekisteröidyn pyyntöön on vastattava kuukauden kuluessa, ja poistettavat tiedot
        on poistettava myös varmuuskopioista kohtuullisessa ajassa.

        Lue koko jäsenkirje: https://kattoliitto.example.fi/jasenkirje

        Kattoalan Liitto ry
        Et halua enää jäsenkirjettä? Peruuta tilaus: https://kattoliitto.example.fi/hs/manage-preferences/unsubscribe
        """)
    h = light_html(plain) + pixel("https://track.hubspot-mail.example.com/Ctc/5+113/d2Hx0R04/VW1")
    raw = message(rcpt=KATTO, frm=mailbox("Kattoalan Liitto", "jasenpalvelu@kattoliitto.example.fi"),
                  frm_addr="jasenpalvelu@kattoliitto.example.fi", subject="Jäsenkirje 3/2025: uudet asennusohjeet ja tietosuojamuistilista",
                  date=d, root=alt(plain, h, "b3"), relay="a28-13.smtp-out.hubspotemail.example.net", ip="198.51.100.28",
                  env_from="1axbtu2ovr1e@bf01x.hubspotemail.example.net",
                  extra=["X-HS-Cid: 1axbtu2ovr1e7ku0", "X-Report-Abuse-To: abuse@hubspot.example.com",
                         "List-Unsubscribe: <mailto:1axbtu2ovr1e-unsubscribe@bf01x.hubspotemail.example.net>,\n"
                         " <https://kattoliitto.example.fi/hs/manage-preferences/unsubscribe-all?d=VW1>",
                         "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                         "Feedback-ID: 1axbtu2ovr1e:hs:bf01x"])
    none_label("bulk-fi-hubspot-trade-association", raw, "automated", "fi",
               "HubSpot-sent Finnish member newsletter: 'Näytä selaimessa', pixel, List-Unsubscribe; article text on "
               "poistopyyntö and answering within a month.")

    # B4 -- Swedish supplier newsletter, 'radera' in article
    d = when(2025, 3, 20, 9, 15, 0, 1)
    plain = T("""
        Visa i webbläsaren: https://pappersgrossen.example.se/nyhetsbrev/v12

        PAPPERSGROSSEN – NYHETSBREV VECKA 12

        Hej!

        Nya bestruket papper i 115–350 g från vår partner i Jämtland, nu i lager i Helsingfors.

        Dataskyddshörnan: Vi har uppdaterat vår integritetspolicy. Vill du att vi raderar dina uppgifter ur
        vårt kundregister kan du när som helst kontakta oss – men observera att fakturor sparas i sju år.

        Med vänliga hälsningar
        Pappersgrossen AB

        Du får detta nyhetsbrev som kund hos Pappersgrossen. Avregistrera: https://pappersgrossen.example.se/avreg?k=2291
        """)
    raw = message(rcpt=PAINO, frm=mailbox("Pappersgrossen", "nyhetsbrev@pappersgrossen.example.se"),
                  frm_addr="nyhetsbrev@pappersgrossen.example.se", subject="Nyhetsbrev v.12: nytt bestruket papper i lager",
                  date=d, root=alt(plain, light_html(plain) + pixel("https://apsis-trk.example.net/o/2291.gif"), "b4"),
                  relay="mta3.apsis-mail.example.net", ip="203.0.113.3",
                  env_from="bounce-2291@mta3.apsis-mail.example.net",
                  extra=["X-Mailer: APSIS One", "Precedence: bulk",
                         "List-Unsubscribe: <https://pappersgrossen.example.se/avreg?k=2291>",
                         "Feedback-ID: 2291:v12:apsis"])
    none_label("bulk-sv-supplier-newsletter-raderar", raw, "automated", "sv",
               "Swedish supplier newsletter (Precedence: bulk, List-Unsubscribe) whose data-protection corner says "
               "'vill du att vi raderar dina uppgifter'.")

    # B5 -- Amazon SES notice from an insurer, no List-Unsubscribe
    d = when(2025, 3, 25, 6, 5, 0, 2)
    plain = T("""
        Hyvä asiakkaamme,

        Yritysvakuutuksenne vakuutusehdot päivittyvät 1.5.2025 alkaen. Muutokset koskevat lähinnä
        kone- ja laiterikkoturvan omavastuita. Uudet ehdot löydät Yritysasiointi-palvelusta.

        Tämä on automaattinen viesti, johon ei voi vastata.

        Ystävällisin terveisin
        Vakuutusyhtiö Turva-Pohjola
        """)
    raw = message(rcpt=LAITE, frm=mailbox("Turva-Pohjola", "ilmoitukset@turvapohjola.example.fi"),
                  frm_addr="ilmoitukset@turvapohjola.example.fi", subject="Vakuutusehtojenne muutos 1.5.2025",
                  date=d, root=text(plain, cte="quoted-printable"), relay="a8-31.smtp-out.eu-north-1.amazonses.example.com",
                  ip="198.51.100.8",
                  env_from="0110018f2c4d-9aa1-4c1e-b2ef-000000@eu-north-1.amazonses.example.com",
                  extra=["Feedback-ID: 1.eu-north-1.abcDEF123=:AmazonSES",
                         "X-SES-Outgoing: 2025.03.25-198.51.100.8", "Auto-Submitted: auto-generated"])
    none_label("bulk-fi-ses-insurer-terms-notice", raw, "automated", "fi",
               "Amazon SES mass notice (Feedback-ID, Auto-Submitted) with 'johon ei voi vastata'; no list headers.")

    # B6 -- law firm GDPR newsletter, bulk
    d = when(2025, 4, 1, 7, 30, 0, 3)
    plain = T("""
        Näytä viesti selaimessa: https://asianajotoimisto-lahde.example.fi/ajankohtaista/huhtikuu

        TIETOSUOJAKATSAUS 4/2025

        1) Tietosuojavaltuutettu määräsi 450 000 euron seuraamusmaksun kauppaketjulle, joka ei vastannut
           asiakkaiden tarkastuspyyntöihin määräajassa.
        2) EU-tuomioistuin: oikeus saada jäljennös kattaa myös otteet asiakirjoista.
        3) Webinaari 23.4.: Rekisteröidyn oikeudet käytännössä – miten poistopyyntöön vastataan?

        Ilmoittaudu webinaariin: https://asianajotoimisto-lahde.example.fi/webinaari

        Asianajotoimisto Lähde Oy
        Et halua vastaanottaa katsauksia? Muuta asetuksia tai peru tilaus:
        https://asianajotoimisto-lahde.example.fi/uutiskirje/peru
        """)
    raw = message(rcpt=TILI, frm=mailbox("Asianajotoimisto Lähde", "katsaus@asianajotoimisto-lahde.example.fi"),
                  frm_addr="katsaus@asianajotoimisto-lahde.example.fi", subject="Tietosuojakatsaus 4/2025: 450 000 euron sakko vastaamattomista pyynnöistä",
                  date=d, root=alt(plain, light_html(plain) + pixel("https://lnk.asianajotoimisto-lahde.example.fi/o.gif?c=4"), "b6"),
                  relay="mail.mailerlite-eu.example.net", ip="203.0.113.210",
                  env_from="b-4-2025@mailerlite-eu.example.net",
                  extra=["X-Mailer: MailerLite", "List-Id: <tietosuojakatsaus.asianajotoimisto-lahde.example.fi>",
                         "List-Unsubscribe: <https://asianajotoimisto-lahde.example.fi/uutiskirje/peru>",
                         "Precedence: bulk"])
    none_label("bulk-fi-law-firm-gdpr-fines-newsletter", raw, "automated", "fi",
               "Law firm's bulk GDPR newsletter (List-Id, Precedence: bulk) about fines for unanswered access requests.")

    # B7 -- German trade fair newsletter
    d = when(2025, 4, 3, 9, 0, 0, 2)
    plain = T("""
        Falls diese E-Mail nicht korrekt angezeigt wird, klicken Sie hier: https://bauma-news.example.com/web/0425

        Liebe Ausstellerinnen und Aussteller, liebe Besucher,

        nur noch wenige Tage bis zur Eröffnung! Alle Informationen zu Anreise, Hallenplan und Fachforen
        finden Sie in unserer App.

        Ihr Messeteam

        Impressum | Datenschutz | Newsletter abmelden: https://bauma-news.example.com/abmelden?id=4471
        """)
    raw = message(rcpt=LAITE, frm=mailbox("Baumaschinen-Messe Newsletter", "newsletter@bauma-news.example.com"),
                  frm_addr="newsletter@bauma-news.example.com", subject="Countdown: Noch 5 Tage bis zur Messe",
                  date=d, root=alt(plain, light_html(plain) + pixel("https://bauma-news.example.com/p/4471.gif"), "b7",
                                   charset="iso-8859-1"),
                  relay="mx-out2.inxmail.example.net", ip="198.51.100.202", env_from="bounce-4471@inxmail.example.net",
                  extra=["X-Mailer: Inxmail Professional", "Feedback-ID: 4471:0425:inx",
                         "List-Unsubscribe: <https://bauma-news.example.com/abmelden?id=4471>"])
    none_label("bulk-de-trade-fair-newsletter-latin1", raw, "automated", "de",
               "German trade-fair newsletter in ISO-8859-1 with 'Newsletter abmelden' and List-Unsubscribe.")

    # B8 -- Finnish webshop newsletter via Mailchimp without List-Unsubscribe
    d = when(2025, 4, 5, 12, 0, 0, 3)
    plain = T("""
        Näytä selaimessa

        TOIMISTOTARVIKE.FI – VIIKON TARJOUKSET

        Kopiopaperi A4 80 g, 5 x 500 arkkia 21,90 € (ovh 29,90 €)
        Tulostimen värikasetit -25 %
        Neuvottelutuolit alkaen 149 €

        Tilaa ennen klo 14, toimitus seuraavana arkipäivänä.

        Toimistotarvike.fi
        Saat tämän viestin, koska olet asiakkaamme. Voit perua markkinointiviestit asiakastililtäsi.
        """)
    h = light_html(plain) + pixel("https://toimistotarvike.us14.list-manage.example.com/track/open.php?u=ff01")
    raw = message(rcpt=TILI, frm=mailbox("Toimistotarvike.fi", "uutiset@toimistotarvike.example.fi"),
                  frm_addr="uutiset@toimistotarvike.example.fi", subject="Viikon tarjoukset: kopiopaperi 21,90 €",
                  date=d, root=alt(plain, h, "b8"), relay="mail97.sea31.mcsv.example.net", ip="203.0.113.97",
                  env_from="bounce-mc.us14_991.ff01-info=jarvisentilit.example.fi@mail97.sea31.mcsv.example.net",
                  extra=["X-Mailer: Mailchimp Mailer - **CIDff01aa22bb33**", "X-MC-User: ff01aa22bb33cc44dd55ee66f",
                         "Feedback-ID: 991:991.ff01:us14:mc", "X-Campaign: mailchimpff01aa.22bb"])
    none_label("bulk-fi-webshop-mailchimp-no-unsub-header", raw, "automated", "fi",
               "Finnish webshop offers sent through Mailchimp (X-MC-User, Feedback-ID) with no List-Unsubscribe header.")

    # B9 -- re-permission campaign
    d = when(2025, 4, 10, 10, 0, 0, 3)
    plain = T("""
        Hei!

        Olet tilannut Rakennustarvike Kärjen uutiskirjeen. Siivoamme postituslistaamme tietosuoja-asetuksen
        mukaisesti: jos et vahvista tilaustasi 30.4. mennessä, poistamme sähköpostiosoitteesi ja muut
        tietosi markkinointirekisteristämme automaattisesti.

        Vahvista tilaus: https://karki-rakennustarvike.example.fi/uutiskirje/vahvista?t=8a1

        Jos et halua uutiskirjettä, sinun ei tarvitse tehdä mitään.

        Rakennustarvike Kärki Oy
        """)
    raw = message(rcpt=KATTO, frm=mailbox("Rakennustarvike Kärki", "uutiskirje@karki-rakennustarvike.example.fi"),
                  frm_addr="uutiskirje@karki-rakennustarvike.example.fi", subject="Haluatko jatkaa uutiskirjeen tilaamista?",
                  date=d, root=alt(plain, light_html(plain), "b9"), relay="smtp.sendinblue-mail.example.net",
                  ip="198.51.100.77", env_from="bounces@sendinblue-mail.example.net",
                  extra=["X-Mailer: Sendinblue", "X-Mailin-Campaign: 88", "Precedence: bulk",
                         "List-Unsubscribe: <https://karki-rakennustarvike.example.fi/uutiskirje/peru?t=8a1>",
                         "Feedback-ID: 88:sendinblue"])
    none_label("bulk-fi-repermission-poistamme-tietosi", raw, "automated", "fi",
               "Re-permission newsletter saying 'poistamme ... tietosi' if you do not confirm - the sender deletes, "
               "nobody asks; bulk headers.")


# ===========================================================================
# 3. business-to-business data-protection mail (`other`)
# ===========================================================================
def b2b():
    # D1 -- customer's DPO objects to a new sub-processor
    d = when(2025, 3, 7, 13, 44, 0, 1)
    body = T("""
        Dear Lumivalo team,

        We refer to your notice of 21 February 2025 regarding the addition of "InsightMetrics Inc." (US) as a
        new sub-processor for product analytics.

        Under clause 7.3 of the Data Processing Agreement between Nordvik Retail AB and Lumivalo Ohjelmistot Oy,
        we hereby object to the engagement of this sub-processor for processing of our personal data. Our
        reasons:
        1. the transfer impact assessment you provided does not cover the FISA 702 risk;
        2. the analytics purpose is not necessary for the service we have purchased.

        We ask you to confirm within 30 days that our tenant will be excluded from InsightMetrics processing, or
        to propose an alternative. Otherwise we will consider the termination right in clause 7.4.

        Kind regards,
        Sofia Lindahl
        Data Protection Officer
        Nordvik Retail AB
        """)
    raw = simple(LUMI, "Sofia Lindahl", "dpo@nordvikretail.example.se", "Objection to new sub-processor – DPA clause 7.3",
                 d, body, cte="quoted-printable", extra=[OUTLOOK], cc="it-security@nordvikretail.example.se")
    none_label("b2b-en-dpo-objects-subprocessor", raw, "other", "en",
               "A customer's DPO 'hereby objects' - to a sub-processor under the DPA, as a controller, not as a data "
               "subject objecting to processing of her own data.")

    # D2 -- controller asks processor to help answer its customer's access request (contains a hetu)
    from corpus_kit import new_hetu
    hetu = new_hetu("140588", "-", "326")
    d = when(2025, 3, 10, 9, 12, 0, 2)
    body = T(f"""
        Hei,

        Olemme Järvisen Tilitoimiston asiakas (Metsälän Hammaslääkärit Oy) ja toimitte henkilötietojen
        käsittelijänä palkanlaskennassamme.

        Entinen työntekijämme Laura Heinonen (hetu {hetu}) on esittänyt meille tarkastuspyynnön ja pyytää
        kopiota kaikista häntä koskevista tiedoista. Voisitteko toimittaa meille 14.3. mennessä hänen
        palkkalaskelmansa ja palkkakortin vuosilta 2022–2024 sekä tiedon siitä, mitä muita tietoja hänestä on
        järjestelmässänne? Me vastaamme hänelle itse rekisterinpitäjänä.

        Toimitattehan aineiston suojatulla sähköpostilla.

        Ystävällisin terveisin
        Anu Metsälä
        toimitusjohtaja
        Metsälän Hammaslääkärit Oy
        p. 040 718 2290
        """)
    raw = outlook_only(TILI, "Anu Metsälä", "anu.metsala@metsalanhammas.example.fi",
                       "Entisen työntekijän tarkastuspyyntö – pyydämme aineistoa", d, body)
    none_label("b2b-fi-controller-asks-processor-help-access", raw, "other", "fi",
               "A controller asks its processor for material to answer ITS employee's access request; the data "
               "subject is a third person, the writer is not exercising a right (hetu of that person is literal).",
               phone="+358407182290", hetu=hetu)

    # D3 -- IT ticket: delete a departed employee's account
    d = when(2025, 3, 12, 14, 5, 0, 2)
    body = T("""
        Moi,

        Meiltä on lähtenyt työntekijä Joonas Virta (joonas.virta@rautiorakenne.example.fi) 28.2. Voitteko
        poistaa hänen käyttäjätunnuksensa meidän WordPress-sivuston hallintapaneelista ja samalla siirtää hänen
        tekemänsä sivut minun nimiin? Hänen pääsy pitää poistaa myös Google Analyticsista ja Search Consolesta.

        Lisäksi: uusi markkinointikoordinaattori Emmi aloittaa 17.3., hänelle admin-oikeudet samaan.

        Kiitos!
        Tero Rautio
        IT / Rautio Rakenne Oy
        """)
    raw = simple(KIVI, "Tero Rautio", "tero.rautio@rautiorakenne.example.fi",
                 "Tiketti: lähteneen työntekijän tunnusten poisto", d, body, extra=[TB])
    none_label("b2b-fi-it-ticket-delete-departed-employee", raw, "other", "fi",
               "Customer's IT asks to delete a departed employee's user account and access - administrative "
               "account housekeeping, not that employee's erasure request.")

    # D4 -- student thesis
    d = when(2025, 3, 13, 20, 48, 0, 2)
    body = T("""
        Hei,

        Olen tradenomiopiskelija Jyväskylän ammattikorkeakoulusta ja teen opinnäytetyötä aiheesta
        "Rekisteröidyn oikeuksien toteutuminen pienissä tilitoimistoissa".

        Olisiko teillä mahdollisuus vastata muutamaan kysymykseen (n. 15 min) joko sähköpostitse tai Teamsissa?
        - Kuinka monta tarkastus- tai poistopyyntöä saatte vuodessa?
        - Kuka pyyntöihin vastaa ja miten pyytäjän henkilöllisyys varmistetaan?
        - Käytättekö jotain työkalua pyyntöjen seurantaan?

        Vastaukset käsitellään nimettömänä.

        Ystävällisin terveisin
        Venla Koskinen
        opiskelija, JAMK
        """)
    raw = simple(TILI, "Venla Koskinen", "venla.koskinen@student.jamk.example.fi",
                 "Opinnäytetyö: kysely rekisteröidyn oikeuksista", d, body, cte="quoted-printable")
    none_label("b2b-fi-student-thesis-dsar-questions", raw, "other", "fi",
               "A student asks how the company handles access and erasure requests for a thesis - about requests, "
               "not one.")

    # D5 -- journalist
    d = when(2025, 3, 18, 11, 20, 0, 2)
    body = T("""
        Hello,

        I'm a reporter at Nordic Tech Weekly working on a piece about how small Finnish SaaS companies cope with
        GDPR five years on. A reader told us your product keeps user data after an account is closed.

        Could someone answer a few questions by Friday?
        1. How long do you keep customer data after termination?
        2. How many data subject access or deletion requests did you receive in 2024?
        3. Have you ever been contacted by the Data Protection Ombudsman?

        A short phone call works too: +358 50 441 2870.

        Best,
        Oskari Lehtinen
        Nordic Tech Weekly
        """)
    raw = simple(LUMI, "Oskari Lehtinen", "oskari.lehtinen@nordictechweekly.example.com",
                 "Press inquiry: GDPR and data retention at Lumivalo", d, body, extra=[OUTLOOK_MAC])
    none_label("b2b-en-journalist-gdpr-inquiry", raw, "other", "en",
               "Journalist asks about the company's GDPR practices and request volumes; not his own data.",
               phone="+358504412870")

    # D6 -- DPA negotiation with docx attachment
    d = when(2025, 3, 20, 16, 2, 0, 2)
    body = T("""
        Hi Mikael,

        Thanks for the revised DPA. Our legal team has gone through it; marked-up version attached. Main points:

        - Clause 5 (assistance with data subject requests): we need a 5 business day SLA for you to provide
          data for access and portability requests, not "without undue delay".
        - Clause 9 (return and deletion): please add that deletion certificates are provided within 30 days
          of termination, including backups.
        - Clause 11 (audits): one on-site audit per year at our cost is fine.
        - Annex 3: Please list the hosting region for each sub-processor.

        If we can agree on these, we can sign by end of month. Free for a call on Tuesday?

        Best regards,
        Helena Suominen
        Legal Counsel, Maukas Foods Oy
        """)
    root = multipart("mixed", [text(body, cte="quoted-printable"),
                               attachment(b"PK\x03\x04docx-bytes-not-real", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                          "DPA_Lumivalo_v3_HS_comments.docx")], "mix_" + token("d6", 20))
    raw = message(rcpt=LUMI, frm=mailbox("Helena Suominen", "helena.suominen@foodsoy.example.fi"),
                  frm_addr="helena.suominen@foodsoy.example.fi", subject="RE: DPA Lumivalo – our comments", date=d,
                  root=root, extra=[OUTLOOK, "In-Reply-To: <dpa-v2.77812@lumivalo.example.fi>",
                                    "Thread-Topic: " + header_text("DPA Lumivalo – our comments")])
    none_label("b2b-en-dpa-art28-negotiation", raw, "other", "en",
               "Art. 28 DPA negotiation mentioning access/portability/deletion clauses; a contract discussion.")

    # D7 -- supplier's privacy-policy update notice, personal, Swedish
    d = when(2025, 3, 24, 10, 41, 0, 2)
    body = T("""
        Hej,

        Som er kontaktperson vill jag informera om att vi har uppdaterat vår dataskyddsbeskrivning och vårt
        personuppgiftsbiträdesavtal från och med 1.4.2025. Ändringarna gäller främst nya lagringstider för
        leveransuppgifter och att vi bytt molnleverantör till en leverantör inom EU.

        Den nya versionen finns här: https://skargardslogistik.example.fi/dataskydd
        Ni behöver inte göra något, men hör gärna av er om ni har frågor.

        Med vänlig hälsning
        Mattias Sundqvist
        Kundansvarig
        Skärgårdslogistik Ab
        tfn 02 458 1120
        """)
    raw = simple(PAINO, "Mattias Sundqvist", "mattias.sundqvist@skargardslogistik.example.fi",
                 "Uppdaterad dataskyddsbeskrivning från 1.4.2025", d, body, charset="iso-8859-1", cte="quoted-printable",
                 extra=[OUTLOOK])
    none_label("b2b-sv-supplier-privacy-policy-update", raw, "other", "sv",
               "A supplier's account manager notifies of an updated privacy notice and DPA - personal mail, no right used.",
               phone="+35824581120")

    # D8 -- security questionnaire
    d = when(2025, 3, 26, 8, 55, 0, 1)
    body = T("""
        Hello,

        As part of our annual vendor risk review, please complete the attached security and privacy
        questionnaire (62 questions) by 11 April. Sections include:

        A. Information security management (ISO 27001 / SOC 2)
        B. Access control and MFA
        C. Data subject rights: how do you process access, rectification and erasure requests from our users?
        D. Incident response and breach notification timelines
        E. Sub-processors and international transfers

        Please return it via our vendor portal or reply to this e-mail.

        Regards,
        Procurement - Vendor Risk
        Baltic Freight Group
        """)
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attachment(b"PK\x03\x04xlsx-not-real", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "Vendor_Security_Questionnaire_2025.xlsx")], "mix_" + token("d8", 20))
    raw = message(rcpt=KULJ, frm=mailbox("Vendor Risk", "vendor-risk@balticfreight.example.com"),
                  frm_addr="vendor-risk@balticfreight.example.com", subject="Annual vendor security questionnaire 2025",
                  date=d, root=root)
    none_label("b2b-en-security-questionnaire", raw, "other", "en",
               "Customer's vendor-risk questionnaire asking how the company handles access/rectification/erasure "
               "requests - procurement, not a request.")

    # D9 -- data-breach notification from a supplier
    d = when(2025, 3, 28, 17, 30, 0, 2)
    body = T("""
        Hyvä asiakkaamme,

        Ilmoitamme henkilötietojen tietoturvaloukkauksesta, joka koskee Ajanvaraus Plus -palveluamme.
        Havaitsimme 25.3.2025, että ulkopuolinen taho oli saanut pääsyn varmuuskopiopalvelimelle. Palvelimella
        oli asiakkaidenne nimiä, puhelinnumeroita ja varausaikoja ajalta 1.1.–20.3.2025. Henkilötunnuksia tai
        maksutietoja ei vuotanut.

        Olemme ilmoittaneet loukkauksesta tietosuojavaltuutetun toimistolle. Teillä rekisterinpitäjänä on
        velvollisuus arvioida, tuleeko rekisteröidyille ilmoittaa. Liitteenä tarkempi selvitys ja lista
        teidän tililtänne vaikutuksen kohteena olevista tietueista (218 kpl).

        Pahoittelemme tapahtunutta.

        Ville Kuusela
        tietosuojavastaava, Ajanvaraus Plus Oy
        """)
    root = multipart("mixed", [text(body, cte="quoted-printable"),
                               attachment(fake_pdf("Selvitys tietoturvaloukkaus 2025-03"), "application/pdf",
                                          "selvitys_tietoturvaloukkaus.pdf")], "mix_" + token("d9", 20))
    raw = message(rcpt=LAITE, frm=mailbox("Ville Kuusela", "tietosuoja@ajanvarausplus.example.fi"),
                  frm_addr="tietosuoja@ajanvarausplus.example.fi",
                  subject="Ilmoitus henkilötietojen tietoturvaloukkauksesta", date=d, root=root, extra=[TB])
    none_label("b2b-fi-supplier-breach-notification", raw, "other", "fi",
               "A processor notifies its customer (the controller) of a personal data breach - heavy data-protection "
               "vocabulary, no right exercised.")

    # D10 -- partner asks to remove duplicate company record after merger
    d = when(2025, 4, 1, 10, 2, 0, 3)
    body = T(f"""
        Hei,

        Yhtiömme Länsirannikon Kone Oy ja Satakunnan Nosto Oy ovat fuusioituneet 1.3.2025 alkaen, ja jatkava
        yhtiö on Länsirannikon Kone Oy (Y-tunnus {Y_MERGED}).

        Teidän asiakasrekisterissänne meistä on nyt kaksi asiakasta ja kaksi kertaa sama yhteyshenkilö (minä).
        Voisitteko poistaa Satakunnan Noston asiakastiedon ja siihen liitetyn yhteystietoni tuplana, ja
        yhdistää avoimet vuokrasopimukset Länsirannikon Koneen alle? Laskutusosoite pysyy samana.

        Kiitos avusta!

        Päivi Salonen
        hankintapäällikkö, Länsirannikon Kone Oy
        044 512 9033
        """)
    raw = simple(LAITE, "Päivi Salonen", "paivi.salonen@lansirannikonkone.example.fi",
                 "Fuusio – tuplana olevan asiakastiedon poisto", d, body, cte="quoted-printable", extra=[OUTLOOK])
    none_label("b2b-fi-merger-remove-duplicate-record", raw, "other", "fi",
               "After a merger a partner asks to remove a duplicate customer record and her duplicate contact entry - "
               "CRM housekeeping of the company account, not erasure of her data.",
               phone="+358445129033", business_id=Y_MERGED)

    # D11 -- auditor asks for the record of processing activities
    d = when(2025, 4, 4, 13, 0, 0, 3)
    body = T("""
        Hyvä vastaanottaja,

        Suoritamme asiakkaanne Pirkan Energia Oy:n toimeksiannosta toimittaja-auditointia. Pyydämme teitä
        toimittamaan 18.4. mennessä seuraavat asiakirjat:

        1. seloste käsittelytoimista (GDPR 30 art.) niiltä osin kuin se koskee Pirkan Energian henkilötietoja
        2. tietoturvapolitiikka ja varmuuskopiointiohje
        3. kuvaus rekisteröidyn oikeuksien toteuttamisen prosessista (tarkastus, oikaisu, poisto)
        4. luettelo alihankkijoista

        Aineiston voi toimittaa suojatun linkin kautta, jonka lähetämme erikseen.

        Ystävällisin terveisin
        KHT Riikka Vainio
        Tilintarkastus Vainio & Co Oy
        """)
    raw = outlook_only(KATTO, "Riikka Vainio", "riikka.vainio@tarkastusvainio.example.fi",
                       "Toimittaja-auditointi: pyyntö toimittaa seloste käsittelytoimista", d, body, charset="iso-8859-1")
    none_label("b2b-fi-auditor-record-of-processing", raw, "other", "fi",
               "An auditor requests the Art. 30 record and the DSAR process description - 'pyydämme toimittamaan' "
               "documents, no personal data of the writer.")

    # D12 -- a lawyer's personal client alert about GDPR fines
    d = when(2025, 4, 8, 15, 12, 0, 3)
    body = T("""
        Hei Jaakko,

        Kuten palaverissa lupasin, alla lyhyesti kolme tuoretta tietosuojaratkaisua, jotka kannattaa huomioida
        teidän SaaS-sopimuksissa:

        1. 450 000 € seuraamusmaksu kauppaketjulle, joka ei vastannut tarkastuspyyntöihin kuukauden kuluessa.
        2. Ruotsin IMY: poistopyyntö koskee myös lokitiedostoja, jos niistä voi tunnistaa henkilön.
        3. EUT C-307/22: ensimmäinen jäljennös on aina maksuton.

        Teen teille mielelläni tiiviin ohjeen pyyntöjen käsittelyyn, arvio 4–6 tuntia.

        Terveisin
        Marjo Lähde
        asianajaja, Asianajotoimisto Lähde Oy
        """)
    raw = simple(LUMI, "Marjo Lähde", "marjo.lahde@asianajotoimisto-lahde.example.fi",
                 "Tietosuojaratkaisut – lupaamani yhteenveto", d, body, extra=[OUTLOOK])
    none_label("b2b-fi-lawyer-personal-gdpr-fines-alert", raw, "other", "fi",
               "A lawyer's own summary of GDPR fines to a client contact (not list mail): about requests, not one.")


# ===========================================================================
# 4. ordinary ham (`other`)
# ===========================================================================
def ham():
    # H1 quote request roofing
    d = when(2025, 3, 3, 19, 22, 0, 2)
    body = T("""
        Hei,

        Omakotitalon peltikatto (n. 160 m², harjakatto, rakennettu 1986) alkaa olla huonossa kunnossa. Pyytäisin
        tarjousta katon uusimisesta kesäkuulle. Osoite Kalevantie 99, Kangasala. Myös räystäskourut uusittava.

        Voitteko tulla katsomaan paikan päälle jonain iltana?

        Terv. Markku Niemi
        0400 612 884
        """)
    raw = simple(KATTO, "Markku Niemi", "markku.niemi@example.fi", "Tarjouspyyntö katon uusimisesta", d, body)
    none_label("ham-fi-roof-quote-request", raw, "other", "fi", "Ordinary quote request with a phone number.",
               phone="+358400612884")

    # H2 order to printing house with PDF
    d = when(2025, 3, 5, 9, 8, 0, 2)
    body = T("""
        Hei,

        Tilaamme liitteen mukaiset esitteet: A5, 4/4, 170 g silk, 2 000 kpl. Aineisto on painovalmis PDF
        (leikkuuvarat 3 mm). Toimitus viikolla 13 osoitteeseen Satamakatu 99, Turku.

        Laskutus verkkolaskuna, OVT 003731207858.

        Ystävällisin terveisin
        Sanna Peltola
        markkinointi, Turun Veneveistämö Oy
        """)
    root = multipart("mixed", [text(body, cte="quoted-printable"),
                               attachment(fake_pdf("esite A5 kevat 2025"), "application/pdf", "esite_A5_kevat2025_paino.pdf")],
                     "mix_" + token("h2", 20))
    raw = message(rcpt=PAINO, frm=mailbox("Sanna Peltola", "sanna.peltola@veneveistamo.example.fi"),
                  frm_addr="sanna.peltola@veneveistamo.example.fi", subject="Tilaus: A5-esite 2000 kpl", date=d,
                  root=root, extra=[OUTLOOK])
    none_label("ham-fi-print-order-pdf", raw, "other", "fi", "Print order with a PDF and an OVT code (not a Y-tunnus).")

    # H3 Swedish order
    d = when(2025, 3, 6, 13, 40, 0, 2)
    body = T("""
        Hej!

        Vi skulle behöva 500 st visitkort till vår nya medarbetare, samma layout som förra gången (order 2291).
        Namn: Jonas Holm, titel: Projektledare, tfn 040 778 1093.

        Går det att få dem till fredag?

        Tack på förhand
        Annika Sjöberg
        Pargas Båtservice Ab
        """)
    raw = simple(PAINO, "Annika Sjöberg", "annika@pargasbatservice.example.fi", "Beställning visitkort", d, body,
                 charset="iso-8859-1", cte="quoted-printable")
    none_label("ham-sv-business-cards-order", raw, "other", "sv",
               "Swedish business-card order containing a colleague's name and phone (the one phone in the text).",
               phone="+358407781093")

    # H4 scheduling in English
    d = when(2025, 3, 7, 8, 15, 0, 1)
    body = T("""
        Hi Jaakko,

        Could we move Thursday's onboarding call to Friday 10:00 EET? Our CFO can join then. Same Teams link is fine.

        Also, please send the updated implementation timeline before the call if possible.

        Thanks,
        Erik Nilsson
        Head of Operations, Solvik Logistics AB
        """)
    raw = simple(LUMI, "Erik Nilsson", "erik.nilsson@solviklogistics.example.se", "Onboarding call - reschedule?", d, body,
                 extra=[OUTLOOK_MAC])
    none_label("ham-en-reschedule-call", raw, "other", "en", "Plain scheduling mail.")

    # H5 supplier invoice with PDF and Y-tunnus
    d = when(2025, 3, 10, 7, 2, 0, 2)
    body = T(f"""
        Hei,

        Liitteenä lasku 10442 helmikuun telinevuokrista, eräpäivä 24.3.2025, summa 2 418,00 € (sis. alv 25,5 %).

        Telinepalvelu Aalto Oy
        Y-tunnus {Y_SUPPLIER}
        laskutus@telinepalveluaalto.example.fi
        """)
    root = multipart("mixed", [text(body, cte="quoted-printable"),
                               attachment(fake_pdf("Lasku 10442"), "application/pdf", "Lasku_10442.pdf")],
                     "mix_" + token("h5", 20))
    raw = message(rcpt=KATTO, frm=mailbox("Telinepalvelu Aalto laskutus", "laskutus@telinepalveluaalto.example.fi"),
                  frm_addr="laskutus@telinepalveluaalto.example.fi", subject="Lasku 10442 / Telinepalvelu Aalto Oy", date=d,
                  root=root)
    none_label("ham-fi-supplier-invoice-pdf", raw, "other", "fi", "Real supplier invoice with PDF and Y-tunnus.",
               business_id=Y_SUPPLIER)

    # H6 complaint about broken rental equipment
    d = when(2025, 3, 11, 7, 3, 0, 2)
    body = T("""
        Huomenta

        Eilen vuokrattu piikkausvasara (sopimus 55817) ei käynnisty ollenkaan, johto on ilmeisesti rikki jo
        valmiiksi. Työmaa seisoo. Tuotteko vaihtolaitteen Kempeleen työmaalle tänään aamupäivällä? En aio
        maksaa eilisestä päivästä.

        Jari Kokko
        Kokon Remontti
        """)
    raw = simple(LAITE, "Jari Kokko", "jari@kokonremontti.example.fi", "Rikkinäinen piikkausvasara!!", d, body,
                 extra=[ANDROID_UA])
    none_label("ham-fi-complaint-broken-rental", raw, "other", "fi", "Angry complaint about equipment; not data.")

    # H7 'delete my previous order'
    d = when(2025, 3, 12, 21, 31, 0, 2)
    body = T("""
        Hei

        Poistakaa se eilen tekemäni tilaus (nro 30918, 100 kpl hääkutsuja), siinä oli väärä päivämäärä.
        Teen uuden tilauksen verkkokaupassa tänään korjatulla tiedostolla.

        Kiitos
        Iida Laaksonen

        Lähetetty iPhonesta
        """)
    raw = simple(PAINO, "Iida Laaksonen", "iida.laaksonen@example.fi", "Tilaus 30918", d, body, extra=[IPHONE])
    none_label("ham-fi-delete-previous-order", raw, "other", "fi",
               "'Poistakaa ... tilaus' about a wrong order that will be replaced - not erasure of personal data.")

    # H8 'poistakaa tuo tuplalasku'
    d = when(2025, 3, 13, 10, 10, 0, 2)
    body = T(f"""
        Moi,

        Saatiin teiltä kahteen kertaan sama lasku 8812 (kuljetus Tampere–Oulu 4.3.). Poistakaa tuo tuplalasku
        järjestelmästä ettei tule muistutusta, maksetaan vain toinen.

        t. Kimmo
        Hämeen Teräsrakenne Oy, {Y_KULJ_CUST}
        """)
    raw = simple(KULJ, "Kimmo Hakala", "kimmo.hakala@hameenterasrakenne.example.fi", "tuplalasku 8812", d, body)
    none_label("ham-fi-poistakaa-tuplalasku", raw, "other", "fi",
               "'Poistakaa tuo tuplalasku' - a duplicate invoice, with the customer's Y-tunnus after the signature.",
               business_id=Y_KULJ_CUST)

    # H9 remove the attachment I sent by mistake
    d = when(2025, 3, 14, 14, 52, 0, 0)
    body = T("""
        Hi,

        Sorry - the attachment in my previous email (pricelist_2024_internal.xlsx) was sent by mistake, it's our
        internal version with margins. Could you please delete that email and the attachment and use the one
        attached here instead?

        Thanks and apologies,
        Rachel Moore
        Moore Signs Ltd
        """)
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attachment(b"PK\x03\x04xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "pricelist_2025_customer.xlsx")], "mix_" + token("h9", 20))
    raw = message(rcpt=PAINO, frm=mailbox("Rachel Moore", "rachel@mooresigns.example.com"),
                  frm_addr="rachel@mooresigns.example.com", subject="Please delete my previous email - wrong attachment",
                  date=d, root=root, extra=[OUTLOOK])
    none_label("ham-en-delete-wrong-attachment", raw, "other", "en",
               "'Please delete that email and the attachment' - a mis-sent price list, not personal data.")

    # H10 Swedish objection to invoice amount
    d = when(2025, 3, 17, 9, 30, 0, 2)
    body = T("""
        Hej,

        Vi har en invändning mot fakturabeloppet på faktura 4418. Offerten var 1 250 € för tryck av 300
        årsberättelser, men fakturan är på 1 640 €. Vi har inte beställt några tilläggsarbeten.

        Vi betalar den ostridiga delen nu och ber om en kreditnota för mellanskillnaden.

        Med vänlig hälsning
        Kristian Lindroos
        ekonomichef, Pargas Fiskargille rf
        """)
    raw = simple(PAINO, "Kristian Lindroos", "ekonomi@pargasfiskargille.example.fi", "Invändning mot faktura 4418", d, body,
                 cte="quoted-printable", extra=[OUTLOOK])
    none_label("ham-sv-invandning-invoice-amount", raw, "other", "sv",
               "'Invändning' (the Swedish word for a GDPR objection) used about an invoice amount.")

    # H11 English objection to invoice amount
    d = when(2025, 3, 18, 16, 45, 0, 0)
    body = T("""
        Hello,

        I'm writing to formally object to the amount on invoice 2025-118. We agreed a fixed price of EUR 4 800
        for the landing page project, but the invoice adds 14 hours of "additional design" that nobody approved
        on our side.

        Please send a corrected invoice. Happy to discuss on a call.

        Regards,
        Tom Hadley
        Hadley & Finch Ltd
        """)
    raw = simple(KIVI, "Tom Hadley", "tom.hadley@hadleyfinch.example.com", "Objection to invoice 2025-118", d, body,
                 extra=[OUTLOOK])
    none_label("ham-en-objection-invoice-amount", raw, "other", "en",
               "'Formally object' and 'corrected invoice' about billing, not personal data.")

    # H12 export invoice list for accountant
    d = when(2025, 3, 19, 12, 2, 0, 2)
    body = T("""
        Hei,

        Tilitoimistomme pyytää meiltä listan kaikista teiltä saamistamme laskuista vuodelta 2024 (päivä,
        laskunumero, summa, alv). Saisiko sen jostain ladattua Excel- tai CSV-muodossa? Portaalissa näkyy vain
        PDF:t yksi kerrallaan.

        Kiitos,
        Elina Kallio
        Kallion Puutarha Oy
        """)
    raw = simple(KULJ, "Elina Kallio", "elina@kallionpuutarha.example.fi", "Laskulista kirjanpitäjälle", d, body,
                 cte="quoted-printable")
    none_label("ham-fi-export-invoice-list-accountant", raw, "other", "fi",
               "A business customer wants its invoice list as Excel/CSV for its accountant - machine-readable "
               "export of company records, not portability.")

    # H13 transport booking
    d = when(2025, 3, 20, 6, 48, 0, 2)
    body = T("""
        Huomenta,

        Tarvitaan nosturiauto ensi tiistaiksi 25.3.: 6 kpl betonielementtejä (à 2,4 t) Lempäälästä Nokialle.
        Lastaus klo 7 alkaen. Hinta sama kuin viimeksi?

        Terveisin
        Ari Mäkelä, työnjohtaja
        050 338 1207
        """)
    raw = simple(KULJ, "Ari Mäkelä", "ari.makela@elementtimakela.example.fi", "Kuljetustilaus 25.3.", d, body,
                 charset="iso-8859-1", cte="8bit")
    none_label("ham-fi-transport-booking-latin1", raw, "other", "fi", "Transport order, 8-bit Latin-1.",
               phone="+358503381207")

    # H14 update delivery address on order
    d = when(2025, 3, 21, 11, 11, 0, 0)
    body = T("""
        Hi,

        Can you please update the delivery address on our order 7730? The goods should go to our new warehouse:
        Unit 4, Riverside Park, Leeds LS10 1AB, not the Manchester office.

        Cheers,
        Gary Holt
        Logistics, Holt Supplies Ltd
        """)
    raw = simple(LAITE, "Gary Holt", "gary.holt@holtsupplies.example.com", "Change delivery address - order 7730", d, body)
    none_label("ham-en-update-delivery-address", raw, "other", "en",
               "'Please update the ... address' for an order delivery - company logistics, not rectification.")

    # H15 Swedish reschedule
    d = when(2025, 3, 24, 15, 5, 0, 2)
    body = T("""
        Hej Mikaela,

        Kan vi flytta korrekturmötet från onsdag till torsdag kl. 13? Jag sitter fast på en kurs på onsdag.

        Hälsningar
        Johanna
        """)
    raw = simple(PAINO, "Johanna Öhman", "johanna.ohman@kimitobokhandel.example.fi", "Flytta mötet?", d, body,
                 extra=[IPHONE])
    none_label("ham-sv-move-meeting", raw, "other", "sv", "Short Swedish scheduling mail.")

    # H16 English late delivery complaint with quoted thread
    d = when(2025, 3, 25, 10, 30, 0, 1)
    quoted = T("""
        Hi Ronja,
        Your order will ship on 18 March and arrive by 21 March.
        Best, Pohjolan Laitevuokraus
        """)
    body = T("""
        Hi,

        It's the 25th and nothing has arrived. We have a crew waiting for the scissor lift. Please call me.

        Ronja Falk
        Site Manager, Falk Bygg AB

        On 14 Mar 2025, at 09:02, Pohjolan Laitevuokraus <info@pohjolanlaite.example.fi> wrote:
        """) + quote_lines(quoted)
    raw = simple(LAITE, "Ronja Falk", "ronja.falk@falkbygg.example.se", "Re: Order confirmation 5521", d, body,
                 extra=[IPHONE, "In-Reply-To: <order-5521@pohjolanlaite.example.fi>"])
    none_label("ham-en-late-delivery-complaint", raw, "other", "en", "Late delivery complaint with quoted history.")

    # H17 SaaS support: cannot log in
    d = when(2025, 3, 26, 8, 4, 0, 2)
    body = T("""
        Hei,

        En pääse kirjautumaan Lumivalon hallintapaneeliin, salasanan palautuslinkki ei tule sähköpostiin
        (katsoin myös roskapostin). Käyttäjätunnus on tuula.aho@kuntoutusaho.example.fi.

        Voisitteko tarkistaa?

        Tuula Aho
        Kuntoutus Aho Oy
        """)
    raw = simple(LUMI, "Tuula Aho", "tuula.aho@kuntoutusaho.example.fi", "Kirjautuminen ei onnistu", d, body)
    none_label("ham-fi-saas-login-support", raw, "other", "fi",
               "Login support ticket; 'tarkistaa' means check the problem, not access to data.")

    # H18 quote accepted, reply thread (Outlook HTML)
    d = when(2025, 3, 27, 14, 12, 0, 2)
    body = T("""
        Hei Antti,

        Kiitos tarjouksesta, hyväksymme sen sellaisenaan. Aloitus voisi olla viikolla 16. Laittakaa
        tilausvahvistus ja ennakkolasku tälle osoitteelle.

        Ystävällisin terveisin
        Heidi Räsänen
        Isännöitsijätoimisto Räsänen Oy
        p. 03 213 4455

        Lähettäjä: Antti / Kattopojat <info@kattopojat.example.fi>
        Lähetetty: tiistai 25. maaliskuuta 2025 16.20
        Aihe: Tarjous: As Oy Hervannan Helmi, vesikaton uusiminen

        Hei Heidi, liitteenä tarjous vesikaton uusimisesta. Tarjous voimassa 30 päivää.
        """)
    raw = outlook_only(KATTO, "Räsänen Heidi", "heidi.rasanen@isannointirasanen.example.fi",
                       "VS: Tarjous: As Oy Hervannan Helmi, vesikaton uusiminen", d, body)
    none_label("ham-fi-quote-accepted-outlook", raw, "other", "fi",
               "Outlook HTML acceptance with inline quoted header block; 'Surname Firstname' display name.",
               phone="+35832134455")

    # H19 English reseller inquiry
    d = when(2025, 3, 31, 13, 13, 0, 3)
    body = T("""
        Dear Sir/Madam,

        We are an Estonian IT distributor and would like to offer your scheduling software to our customers in
        the Baltics. Do you have a reseller programme? We would need Estonian and Latvian language versions.

        Best regards,
        Kadri Tamm
        Partner manager, BalticSoft OÜ
        +372 5123 4567
        """)
    raw = simple(LUMI, "Kadri Tamm", "kadri.tamm@balticsoft.example.com", "Reseller partnership inquiry", d, body)
    none_label("ham-en-reseller-inquiry-estonian", raw, "other", "en",
               "Non-native English partnership inquiry with an Estonian mobile.", phone="+37251234567")

    # H20 accountant's client: remove a private receipt from the bookkeeping
    d = when(2025, 4, 2, 18, 2, 0, 3)
    body = T("""
        Moi Tiina,

        Huomasin, että maaliskuun kuittien joukkoon meni vahingossa yksi yksityinen ostos (K-Citymarket 28.3.,
        64,20 €). Poistatko sen kirjanpidosta? Liitän tilalle polttoainekuitin, joka puuttui.

        Kiitos!
        Mika
        Mika Ranta Tmi
        """)
    root = multipart("mixed", [text(body, cte="8bit"),
                               attachment(b"\xff\xd8\xff\xe0fake-jpeg", "image/jpeg", "kuitti_neste_0325.jpg")],
                     "mix_" + token("h20", 20))
    raw = message(rcpt=TILI, frm=mailbox("Mika Ranta", "mika.ranta.tmi@example.fi"), frm_addr="mika.ranta.tmi@example.fi",
                  subject="Yksi kuitti pois", date=d, root=root, extra=[ANDROID_UA])
    none_label("ham-fi-remove-private-receipt", raw, "other", "fi",
               "Sole trader asks his accountant to remove a private receipt from the books - bookkeeping, not erasure.")

    # H21 Finnish complaint on invoice amount (reklamaatio)
    d = when(2025, 4, 7, 8, 30, 0, 3)
    body = T("""
        Hei,

        Reklamoimme laskusta 2025-0412. Verkkosivujen ylläpitosopimuksen mukaan kuukausihinta on 89 €, laskulla
        on 129 €. Pyydämme hyvityslaskua erotuksesta ja korjaamaan hinnan jatkossa.

        Terveisin
        Outi Laine
        Laineen Kukka ja Hautauspalvelu
        """)
    raw = simple(KIVI, "Outi Laine", "outi@laineenkukka.example.fi", "Reklamaatio lasku 2025-0412", d, body,
                 cte="quoted-printable")
    none_label("ham-fi-invoice-reclamation", raw, "other", "fi",
               "'Korjaamaan hinnan' - correcting an invoice price, not personal data.")


# ===========================================================================
# 5. hidden real requests
# ===========================================================================
def requests():
    # R1 reply to the company's own newsletter: remove me + delete my details
    d = when(2025, 3, 9, 19, 40, 0, 0)
    quoted = T("""
        Kivi & Kangas | Web studio newsletter, March 2025

        Hi there!
        Spring is here - time to refresh your website. This month: accessibility audits and three new case studies.

        Read more: https://kivikangas.example.fi/blog

        Don't want these emails? Unsubscribe: https://kivikangas.example.fi/newsletter/unsubscribe
        """)
    body = "Please remove me from your list and delete my details from your system, I never signed up for this.\n\n" \
           "Simon Ashworth\n\n" + "On Sun, 9 Mar 2025 at 08:00, Kivi & Kangas <uutiskirje@kivikangas.example.fi> wrote:\n" \
           + quote_lines(quoted)
    raw = simple(KIVI, "Simon Ashworth", "simon.ashworth@example.com", "Re: Kivi & Kangas | Web studio newsletter, March 2025",
                 d, body, cte="quoted-printable",
                 extra=[GMAIL_UA, "In-Reply-To: <nl-2025-03.8812@kivikangas.example.fi>"])
    add("req-en-newsletter-reply-remove-and-delete", raw, category="request", kinds=["objection", "erasure"],
        language="en", requester_email="simon.ashworth@example.com", requester_name="Simon Ashworth",
        notes="Reply to the company's own newsletter: 'remove me from your list' (objection) and 'delete my details' "
              "(erasure); the quoted newsletter carries its own unsubscribe footer.")

    # R2 SMS marketing: where did you get my number
    d = when(2025, 3, 15, 12, 3, 0, 2)
    body = T("""
        Hei

        Sain tänään teiltä tekstiviestin "Kevään kattotarkastus -20 %" numeroon 045 230 7781. En ole koskaan
        ollut teidän asiakas. Mistä olette saaneet numeroni ja mitä muuta tietoa teillä minusta on?
        Ja lopettakaa viestien lähettäminen.

        Petra Ylönen

        Lähetetty Samsung Galaxy -älypuhelimesta
        """)
    raw = simple(KATTO, "Petra Ylönen", "petra.ylonen@example.fi", "Tekstiviesti", d, body, extra=[ANDROID_UA])
    add("req-fi-sms-marketing-where-number", raw, category="request", kinds=["access", "objection"], language="fi",
        requester_email="petra.ylonen@example.fi", requester_name="Petra Ylönen", phone="+358452307781",
        notes="Got marketing by SMS: asks where the number came from and what else is held (access) and to stop "
              "(objection); short, subject just 'Tekstiviesti'.")

    # R3 former customer: close account and delete data, written like a support ticket
    d = when(2025, 3, 19, 7, 45, 0, 2)
    body = T("""
        Category: Account
        Priority: Normal
        Subject: Close account

        Hi support,

        Our small studio stopped using Lumivalo in January (account: studio-ahonen, plan Solo). Please close the
        account and delete all my data, including my profile and login history. No need to keep anything.
        Please confirm when done.

        Thanks,
        Kaisa Ahonen
        """)
    raw = simple(LUMI, "Kaisa Ahonen", "kaisa@studioahonen.example.fi", "[Support] Close account - studio-ahonen", d, body)
    add("req-en-former-customer-close-account-ticket", raw, category="request", kinds=["erasure"], language="en",
        requester_email="kaisa@studioahonen.example.fi", requester_name="Kaisa Ahonen",
        notes="Former customer's erasure request dressed as a support ticket (Category/Priority lines, '[Support]' subject).")

    # R4 employee of a customer asks for the data held about her personally
    d = when(2025, 3, 21, 10, 17, 0, 2)
    body = T("""
        Hei,

        Työskentelen asiakkaanne Ruskon Rakennustekniikka Oy:n projektipäällikkönä ja olen ollut yhteyshenkilö
        teidän laitevuokrissanne muutaman vuoden.

        Pyytäisin tietoa, mitä henkilötietoja teillä on minusta henkilökohtaisesti tallennettuna (esim.
        yhteystiedot, ajokorttikopio, soitetut puhelut), mistä ne on saatu ja kenelle niitä on luovutettu.
        Tämä ei siis koske yrityksemme sopimuksia vaan minua itseäni.

        Ystävällisin terveisin
        Marika Hautala
        """)
    raw = outlook_only(LAITE, "Hautala Marika", "marika.hautala@ruskonrakennus.example.fi",
                       "Minua koskevat tiedot", d, body)
    add("req-fi-customer-employee-own-data", raw, category="request", kinds=["access"], language="fi",
        requester_email="marika.hautala@ruskonrakennus.example.fi", requester_name="Marika Hautala",
        notes="A B2B customer's contact person asks, for herself and not for her employer, what is held about her "
              "and where it came from - sent from a work address in Outlook HTML.")

    # R5 one line from a phone
    d = when(2025, 3, 23, 22, 51, 0, 2)
    body = "mitä tietoja teillä on minusta\n\nLähetetty iPhonesta\n"
    raw = simple(TILI, "Jouni Mäkinen", "jounimakinen@example.fi", None, d, body, extra=[IPHONE])
    add("req-fi-one-line-phone-access", raw, category="request", kinds=["access"], language="fi",
        requester_email="jounimakinen@example.fi", requester_name="Jouni Mäkinen",
        notes="One lower-case line from an iPhone, no subject, no signature: the name only in the From display name.")

    # R6 Swedish reply to the company's own newsletter: unsubscribe
    d = when(2025, 3, 26, 9, 3, 0, 2)
    quoted = T("""
        Skärgårdens Tryckeri – nyhetsbrev mars

        Hej! Nu kan du beställa bröllopskort och visitkort direkt i vår webbshop.

        Läs mer: https://saaristonpaino.example.fi/sv/webbshop
        Avregistrera: https://saaristonpaino.example.fi/nyhetsbrev/avreg
        """)
    body = "Avregistrera mig tack, jag vill inte ha fler utskick.\n\nGöran\n\n" \
           "Den 26 mars 2025 kl. 08:00 skrev Saariston Painotalo <nyhetsbrev@saaristonpaino.example.fi>:\n\n" \
           + quote_lines(quoted)
    raw = simple(PAINO, "Göran Wikström", "goran.wikstrom@example.fi", "SV: Skärgårdens Tryckeri – nyhetsbrev mars", d, body,
                 cte="quoted-printable", extra=[IPHONE])
    add("req-sv-newsletter-reply-avregistrera", raw, category="request", kinds=["objection"], language="sv",
        requester_email="goran.wikstrom@example.fi", requester_name="Göran Wikström",
        notes="Swedish one-liner replying to the company's own newsletter ('Avregistrera mig'); signs only 'Göran', "
              "full name in the display name.")

    # R7 Finnish: don't want the newsletter, cancel the subscription
    d = when(2025, 4, 1, 17, 20, 0, 3)
    quoted = T("""
        Pohjolan Laitevuokraus – huhtikuun edut

        Kevään kampanjassa henkilönostimet -15 %. Tarjous voimassa 30.4. asti.
        Peruuta uutiskirje: https://pohjolanlaite.example.fi/uutiskirje/peru
        """)
    body = T("""
        En halua enää näitä viestejä. Peruuttakaa tilaus, linkki ei toimi.

        Raimo Kettunen
        """) + "\n" + "1.4.2025 klo 8.00 Pohjolan Laitevuokraus <uutiskirje@pohjolanlaite.example.fi> kirjoitti:\n" \
        + quote_lines(quoted)
    raw = simple(LAITE, "Raimo Kettunen", "raimo.kettunen@example.fi", "Vs: Pohjolan Laitevuokraus – huhtikuun edut", d, body,
                 extra=[TB])
    add("req-fi-newsletter-peruuttakaa-tilaus", raw, category="request", kinds=["objection"], language="fi",
        requester_email="raimo.kettunen@example.fi", requester_name="Raimo Kettunen",
        notes="'Peruuttakaa tilaus' here means the newsletter (the unsubscribe link failed) - an objection, unlike "
              "cancelling an order.")

    # R8 cold outreach to a private address: where did you get it, delete it
    d = when(2025, 4, 3, 20, 5, 0, 1)
    body = T("""
        Hello,

        One of your sales people, Niklas, has now emailed me three times at my PRIVATE address about
        "Lumivalo scheduling for your team". I have never given this address to you or to any business
        directory.

        Where exactly did you get my e-mail address? After you answer, delete it and anything else you hold
        about me.

        Maria Johansson
        """)
    raw = simple(LUMI, "Maria Johansson", "maria.j.private@example.se", "Re: Lumivalo scheduling for your team", d, body,
                 cte="quoted-printable")
    add("req-en-cold-outreach-where-address-delete", raw, category="request", kinds=["access", "erasure"], language="en",
        requester_email="maria.j.private@example.se", requester_name="Maria Johansson",
        notes="Reply to the company's own cold sales mail: asks the source of her address (access) and deletion "
              "afterwards (erasure); angry, looks like a sales thread.")

    # R9 rectification buried in a scheduling mail
    d = when(2025, 4, 9, 9, 48, 0, 3)
    body = T("""
        Hi Jaakko,

        Thursday 14:00 works for the quarterly review, I'll bring our new controller along.

        One more thing: your system has my surname wrong - every invoice and newsletter says "Harkonen" but it
        is Härkönen, and my title is no longer Sales Manager (I'm COO since January). Could you fix my details
        in your records?

        Thanks,
        Liisa Härkönen
        COO, Valoranta Oy
        """)
    raw = simple(LUMI, "Liisa Härkönen", "liisa.harkonen@valoranta.example.fi", "Re: Quarterly review", d, body,
                 cte="quoted-printable", extra=[OUTLOOK])
    add("req-en-rectification-in-scheduling-mail", raw, category="request", kinds=["rectification"], language="en",
        requester_email="liisa.harkonen@valoranta.example.fi", requester_name="Liisa Härkönen",
        notes="A routine scheduling reply whose second paragraph asks to correct her own misspelt surname and "
              "title - rectification hidden in ordinary B2B mail.")


def build():
    spam()
    bulk()
    b2b()
    ham()
    requests()


if __name__ == "__main__":
    sys.exit(main(sys.argv, build, FOLDER))
