#!/usr/bin/env python3
"""corpus_extra20: two real-looking weeks of one info@ inbox, December 2026, anonymised.

Week 1 (Mon 7 - Sun 13 Dec 2026): Saariston Painotalo Oy / Skärgårdens Tryckeri Ab, Parainen.  The mailbox
sits behind the hosting company's Postfix + rspamd, so every mail carries rspamd headers; spam gets the
"*** SPAM ***" subject rewrite.  The Swedish-side address info@skargardstryck.example.fi is an old Google
Group called "Info" that forwards into the same shared mailbox ("'Name' via Info").

Week 2 (Mon 14 - Sun 20 Dec 2026): Lumivalo Ohjelmistot Oy, Espoo.  info@ is a Microsoft 365 shared mailbox;
Exchange Online adds its antispam headers and a transport rule tags every external mail with "[EXTERNAL]"
in the subject and a warning banner at the top of the body.

Attachments (text PDFs written by hand, a JPEG photo of a filled paper form, an image-only "scanned" PDF)
are made with Pillow (allowed by this corpus's brief).  The kit's validator only reads text parts, so this
generator widens its text with the known text of the attachments it wrote (see _wide_text) - without editing
corpus_kit.py.

Run: python3 make_corpus.py            (write + validate)
     python3 make_corpus.py --check    (validate only)
"""

from __future__ import annotations

import hashlib
import io
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import corpus_kit as ck
from corpus_kit import *

HERE = Path(__file__).resolve().parent  # the star import brought the kit's own HERE

# ---------------------------------------------------------------------------
# attachment text known to the validator
# ---------------------------------------------------------------------------
ATT_TEXT: dict[str, str] = {}
_orig_decoded_text = ck.decoded_text


def _wide_text(msg) -> str:
    out = [_orig_decoded_text(msg)]
    for part in msg.walk():
        if part.get_content_maintype() in ("application", "image"):
            data = part.get_payload(decode=True) or b""
            t = ATT_TEXT.get(hashlib.sha256(data).hexdigest())
            if t:
                out.append(t)
    return "\n".join(out)


ck.decoded_text = _wide_text


def register(data: bytes, content: str) -> bytes:
    ATT_TEXT[hashlib.sha256(data).hexdigest()] = content
    return data


# ---------------------------------------------------------------------------
# hand-written PDFs
# ---------------------------------------------------------------------------
def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _assemble_pdf(objects: list[bytes], info_title: str) -> bytes:
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    objects = objects + [b"<< /Title " + _pdf_str(info_title) + b" /Producer (Microsoft Word for Microsoft 365) >>"]
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def text_pdf(lines: list[str], title: str) -> bytes:
    """A one-page A4 PDF with Helvetica text; '# ' lines are headings. Registered for the validator."""
    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 790 Td"]
    for line in lines:
        if line.startswith("# "):
            ops += [b"/F2 14 Tf", _pdf_str(line[2:]) + b" Tj", b"T*", b"/F1 11 Tf"]
        else:
            ops += [_pdf_str(line) + b" Tj", b"T*"]
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >>"
        b" /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
    ]
    data = _assemble_pdf(objs, title)
    return register(data, "\n".join(l.lstrip("# ") for l in lines))


def image_pdf(jpeg: bytes, w: int, h: int, content: str, title: str) -> bytes:
    """An image-only PDF (a 'scan'): one JPEG on an A4 page, no text layer."""
    draw = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
         f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n").encode() + jpeg
        + b"\nendstream",
        f"<< /Length {len(draw)} >>\nstream\n".encode() + draw + b"\nendstream",
    ]
    return register(_assemble_pdf(objs, title), content)


# ---------------------------------------------------------------------------
# images of paper forms (Pillow)
# ---------------------------------------------------------------------------
FONTS = "/usr/share/fonts/truetype/dejavu/"


def paper_form(printed: list[tuple[str, str]], heading: str, *, photo: bool, seed: int,
               footer: str = "") -> tuple[bytes, int, int]:
    """A printed form (label column) filled in by hand (value column, blue 'pen').

    photo=True: a phone photo (colour, slight rotation, uneven light); else a grey office scan.
    Returns (jpeg bytes, width, height)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    W, H = 1240, 1754
    img = Image.new("RGB", (W, H), (250, 249, 244))
    d = ImageDraw.Draw(img)
    f_head = ImageFont.truetype(FONTS + "DejaVuSans-Bold.ttf", 40)
    f_lab = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 26)
    f_pen = ImageFont.truetype(FONTS + "DejaVuSans-Oblique.ttf", 32)
    f_small = ImageFont.truetype(FONTS + "DejaVuSans.ttf", 20)
    d.text((90, 90), heading, font=f_head, fill=(20, 20, 20))
    d.line((90, 150, W - 90, 150), fill=(40, 40, 40), width=3)
    y = 200
    for label, value in printed:
        if label.startswith("[x]") or label.startswith("[ ]"):
            box = label[:3]
            d.rectangle((90, y + 4, 120, y + 34), outline=(30, 30, 30), width=2)
            if box == "[x]":
                d.line((94, y + 18, 104, y + 30), fill=(20, 40, 160), width=5)
                d.line((104, y + 30, 120, y - 2), fill=(20, 40, 160), width=5)
            d.text((140, y + 2), value, font=f_lab, fill=(20, 20, 20))
            y += 56
            continue
        if label == "":
            d.text((90 + rnd.randint(0, 6), y), value, font=f_pen, fill=(20, 40, 160))
            y += 52
            continue
        d.text((90, y), label, font=f_lab, fill=(20, 20, 20))
        d.line((470, y + 36, W - 90, y + 36), fill=(120, 120, 120), width=1)
        d.text((480 + rnd.randint(0, 8), y - 2 + rnd.randint(-2, 2)), value, font=f_pen, fill=(20, 40, 160))
        y += 70
    if footer:
        d.text((90, H - 130), footer, font=f_small, fill=(60, 60, 60))
    if photo:
        # uneven light and a slight tilt, on a wooden-ish table
        shade = Image.new("L", (W, H))
        sd = ImageDraw.Draw(shade)
        for i in range(H):
            sd.line((0, i, W, i), fill=int(235 - 45 * i / H))
        img = Image.composite(img, Image.new("RGB", (W, H), (190, 185, 170)), shade.point(lambda v: v + 20))
        img = img.rotate(1.6, resample=Image.BICUBIC, expand=True, fillcolor=(120, 90, 60))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.resize((img.width * 3 // 4, img.height * 3 // 4))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72)
    else:
        img = img.convert("L").rotate(-0.5, resample=Image.BICUBIC, fillcolor=255)
        img = img.resize((W * 2 // 3, H * 2 // 3))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=60)
    return buf.getvalue(), img.width, img.height


def photo_exif_name(n: int) -> str:
    return f"IMG_{n:04d}.JPG"


# ---------------------------------------------------------------------------
# the two mailboxes
# ---------------------------------------------------------------------------
SP = PAINO                                   # info@saaristonpaino.example.fi
SP_SV_GROUP = "info@skargardstryck.example.fi"
LV = LUMI                                    # info@lumivalo.example.fi


def dec(day, h, mi, s=0):
    return when(2026, 12, day, h, mi, s, utc_offset=2)


def rspamd(score: float, symbols: str, *, spam: bool = False, qid: str = "") -> list[str]:
    action = "add header" if spam else "no action"
    bar = ("+" * min(int(score), 12)) if score > 0 else "/"
    hs = [f"X-Spamd-Result: default: {'True' if spam else 'False'} [{score:.2f} / 15.00];\n\t{symbols}",
          f"X-Rspamd-Queue-Id: {qid or token(symbols + str(score), 10).upper()}",
          "X-Rspamd-Server: mx1.hosting.example.net",
          f"X-Rspamd-Action: {action}",
          f"X-Spamd-Bar: {bar}"]
    if spam:
        hs.insert(0, "X-Spam: Yes")
    return hs


HAM_SYMS = ("ARC_NA(0.00)[]; FROM_HAS_DN(0.00)[]; MIME_GOOD(-0.10)[text/plain];\n\t"
            "R_SPF_ALLOW(-0.20)[+ip4:192.0.2.0/24]; R_DKIM_ALLOW(-0.20)[]; DMARC_POLICY_ALLOW(-0.50)[]; "
            "RCVD_COUNT_ONE(0.00)[1]")
HAM_SYMS_HTML = ("FROM_HAS_DN(0.00)[]; MIME_GOOD(-0.10)[multipart/alternative,text/plain];\n\t"
                 "R_SPF_ALLOW(-0.20)[+mx]; R_DKIM_ALLOW(-0.20)[]; DMARC_POLICY_ALLOW(-0.50)[]; "
                 "MID_RHS_MATCH_FROM(0.00)[]")
FREEMAIL_SYMS = ("FREEMAIL_FROM(0.00)[webmail.example.com]; FROM_HAS_DN(0.00)[]; MIME_GOOD(-0.10)[text/plain];\n\t"
                 "R_SPF_ALLOW(-0.20)[+ip4:198.51.100.0/24]; R_DKIM_ALLOW(-0.20)[]; DMARC_POLICY_ALLOW(-0.50)[]")
BULK_SYMS = ("HAS_LIST_UNSUB(-0.01)[]; MIME_GOOD(-0.10)[multipart/alternative,text/plain];\n\t"
             "R_SPF_ALLOW(-0.20)[+include:spf.esp.example.net]; R_DKIM_ALLOW(-0.20)[]; "
             "DMARC_POLICY_ALLOW(-0.50)[]; PRECEDENCE_BULK(0.00)[]")


# --- Microsoft 365 (week 2) -------------------------------------------------
BANNER_TXT = ("[EXTERNAL] Tämä viesti on tullut organisaation ulkopuolelta. Älä avaa linkkejä tai liitteitä, "
              "ellet tunnista lähettäjää.\n"
              "This message originated outside Lumivalo Ohjelmistot. Do not click links or open attachments "
              "unless you recognise the sender.\n\n")
BANNER_HTML = ('<table border="0" cellspacing="0" cellpadding="0" width="100%" '
               'style="background:#FFEB9C;border:1px solid #9C6500"><tr><td style="padding:6pt">'
               '<p style="margin:0;font-size:9pt;font-family:Segoe UI,sans-serif;color:#9C6500">'
               '<b>[EXTERNAL]</b> Tämä viesti on tullut organisaation ulkopuolelta. Älä avaa linkkejä tai '
               'liitteitä, ellet tunnista lähettäjää.<br>This message originated outside Lumivalo Ohjelmistot. '
               'Do not click links or open attachments unless you recognise the sender.</p></td></tr></table>\n'
               '<div>&nbsp;</div>\n')


def ext(body: str) -> str:
    return BANNER_TXT + body


def ext_html(h: str) -> str:
    i = h.find(">", h.find("<body")) + 1 if "<body" in h else 0
    return h[:i] + "\n" + BANNER_HTML + h[i:]


def m365(raw: bytes, *, frm_addr: str, date, lang: str, scl: int = 1, ip: str = "192.0.2.41",
         has_attach: bool = False, spf="pass", dmarc="pass") -> bytes:
    """Prefix the Exchange Online trace and antispam headers of a mail built with trace=False."""
    dom = frm_addr.split("@", 1)[1]
    stamp = rfc_date(date)
    nid = token(frm_addr + stamp, 8) + "-" + token(stamp, 4) + "-4c2e-" + token(frm_addr, 4) + "-" + token(
        stamp + frm_addr, 12)
    sfv = "SPM" if scl >= 5 else "NSPM"
    cat = "SPM" if scl >= 5 else "NONE"
    hs = [
        "Received: from DB9PR07MB7212.eurprd07.prod.outlook.com (2001:db8:10a6:10:cafe::1c) by\n"
        " AS8PR07MB7980.eurprd07.prod.outlook.com with HTTPS; " + stamp,
        "Received: from AM6P195CA0041.EURP195.PROD.OUTLOOK.COM (2001:db8:10a6:209::18) by\n"
        " DB9PR07MB7212.eurprd07.prod.outlook.com (2001:db8:10a6:10:cafe::1c) with\n"
        " Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n"
        " 15.20.8207.14; " + stamp,
        f"Received: from mail.{dom} ({ip}) by\n"
        " AM2PEPF0001C70F.mail.protection.outlook.com (198.51.100.71) with Microsoft SMTP\n"
        " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.11 via\n"
        " Frontend Transport; " + stamp,
        f"Authentication-Results: spf={spf} (sender IP is {ip})\n smtp.mailfrom={dom}; dkim=pass (signature was"
        f" verified)\n header.d={dom};dmarc={dmarc} action=none header.from={dom};compauth="
        + ("pass reason=100" if dmarc == "pass" else "fail reason=001"),
        f"Received-SPF: {'Pass' if spf == 'pass' else 'SoftFail'} ({'protection.outlook.com: domain of ' + dom})",
        f"X-MS-Exchange-Organization-Network-Message-Id: {nid}",
        "X-MS-Exchange-Organization-AuthSource: AM2PEPF0001C70F.eurprd07.prod.outlook.com",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
        "X-MS-Exchange-Organization-MessageDirectionality: Incoming",
        f"X-MS-Exchange-Organization-SCL: {scl}",
        f"X-Forefront-Antispam-Report: CIP:{ip};CTRY:FI;LANG:{lang};SCL:{scl};SRV:;IPV:NLI;SFV:{sfv};\n"
        f" H:mail.{dom};PTR:mail.{dom};CAT:{cat};SFS:(13230040)(82310400026)(69100299015);DIR:INB;",
        "X-MS-Exchange-CrossTenant-OriginalArrivalTime: " + stamp,
        "X-MS-Exchange-CrossTenant-Id: 5a1c0f2e-7d3b-4e8a-9b61-0c2d4e6f8a10",
        "X-MS-Exchange-Transport-CrossTenantHeadersStamped: AS8PR07MB7980",
        "X-MS-Exchange-Organization-Transport-Rules: Ulkoinen viesti - merkinta [EXTERNAL]",
        f"X-MS-Has-Attach: {'yes' if has_attach else ''}".rstrip(),
        "X-MS-TNEF-Correlator:",
    ]
    return ("\n".join(hs) + "\n").encode("ascii") + raw


def m365_internal(raw: bytes, date) -> bytes:
    stamp = rfc_date(date)
    return ("Received: from AS8PR07MB7980.eurprd07.prod.outlook.com (2001:db8:10a6:20b::2e) by\n"
            " AS8PR07MB7980.eurprd07.prod.outlook.com with Microsoft SMTP Server\n"
            " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.14\n"
            " via Mailbox Transport; " + stamp + "\n").encode("ascii") + raw


def lv_simple(name, addr, subject, date, body, *, lang, charset="utf-8", cte="quoted-printable",
              reply_to=None, extra=(), scl=1, cc=None):
    raw = message(rcpt=LV, frm=mailbox(name, addr), frm_addr=addr, subject="[EXTERNAL] " + subject, date=date,
                  root=text(ext(body), charset=charset, cte=cte), reply_to=reply_to, extra=extra, trace=False,
                  cc=cc)
    return m365(raw, frm_addr=addr, date=date, lang=lang, scl=scl)


def lv_alt(name, addr, subject, date, body, *, lang, html_body=None, extra=(), reply_to=None, scl=1,
           attachments=(), charset="utf-8", outlook=False):
    hb = html_body if html_body is not None else (
        outlook_html(body, charset) if outlook else light_html(body))
    alt = multipart("alternative", [text(ext(body), charset=charset, cte="quoted-printable"),
                                    text(ext_html(hb), subtype="html", charset=charset, cte="quoted-printable")],
                    "alt_" + token(addr + subject, 14))
    root = alt
    if attachments:
        root = multipart("mixed", [alt, *attachments], "mix_" + token(addr + subject, 14))
    raw = message(rcpt=LV, frm=mailbox(name, addr), frm_addr=addr, subject="[EXTERNAL] " + subject, date=date,
                  root=root, reply_to=reply_to, extra=extra, trace=False)
    return m365(raw, frm_addr=addr, date=date, lang=lang, scl=scl, has_attach=bool(attachments))


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------
def build() -> None:
    week1()
    week2()


# ===========================================================================
# WEEK 1 - Saariston Painotalo Oy / Skärgårdens Tryckeri Ab, 7-13 Dec 2026
# ===========================================================================
SP_NEWS_FI = T("""
    Saariston Painotalo | Skärgårdens Tryckeri
    Joulukuun uutiskirje 12/2026

    Hyvää joulun odotusta!

    Joulukorttien viimeinen tilauspäivä on ma 14.12. - kortit ehtivät vielä
    postiin ennen joulua. Uutuutena FSC-kierrätyskartonki ja kultafoliointi.

    Valokuvakirjat ja seinäkalenterit 2027: -15 % koodilla JOULU26.

    Aukioloajat joulun aikaan: suljettu 24.-27.12., muuten ma-pe 8-16.

    Saariston Painotalo Oy, Rantatie 4, 21600 Parainen
    Et halua enää uutiskirjettämme? Peru tilaus: https://saaristonpaino.example.fi/uutiskirje/peru
""")

SP_NEWS_EN = T("""
    Saariston Painotalo | Skärgårdens Tryckeri - December news

    Season's greetings from Pargas!

    Last day to order Christmas cards is Monday 14 December. New this year:
    recycled FSC board and gold foil. Photo books and 2027 wall calendars
    -15 % with code JOULU26.

    Unsubscribe: https://saaristonpaino.example.fi/newsletter/unsubscribe
""")


def sp_extra(score=-0.90, syms=HAM_SYMS, spam=False, more=()):
    return [*rspamd(score, syms, spam=spam), *more]


def week1() -> None:
    # ---------------------------------------------------------------- Mon 7.12.
    addr = "uutiskirje@papyrustukku.example.com"
    body = T("""
        PAPYRUS-TUKKU | Ammattilaisuutiset joulukuu 2026

        Hei painoammattilainen,

        * Hinnankorotus 1.2.2027 alkaen: päällystetyt arkit +4 %
        * Uusi toimitusreitti Turunmaan saaristoon - tiistaisin ja torstaisin
        * Joulun ajan toimitukset: viimeinen tilauspäivä 18.12. klo 12

        Tutustu tammikuun kampanjaan: https://papyrustukku.example.com/kampanja

        Papyrus-tukku Oy, Teollisuuskatu 9, 20380 Turku, puh. 02 274 5500
        Saat tämän viestin, koska olet asiakkaamme. Peru tilaus:
        https://esp.example.net/u/9f2a1c?l=fi
    """)
    add("auto-newsletter-paper-wholesaler-fi",
        alternative(SP, "Papyrus-tukku", addr, "Ammattilaisuutiset joulukuu: hinnat 2027 ja joulun toimitukset",
                    dec(7, 6, 2), body, env_from="bounce-9f2a1c@esp.example.net", relay="o12.esp.example.net",
                    extra=[*sp_extra(-0.31, BULK_SYMS), "List-Id: <asiakasuutiset.papyrustukku.example.com>",
                           "List-Unsubscribe: <https://esp.example.net/u/9f2a1c?l=fi>",
                           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
                           "X-Mailer: ESP Mailer 4.2"]),
        category="automated", language="fi", phone="+35822745500",
        notes="ESP newsletter of a supplier (List-Id, Precedence: bulk, one-click unsubscribe) with rspamd headers; "
              "footer phone is literal.")

    body = T("""
        Hei,

        pyytäisin tarjousta joulukorteista:
        - 400 kpl, A6 taitettu, 4/4-värit, kirjekuorilla
        - logo ja teksti meiltä valmiina PDF:nä
        - toimitus viimeistään pe 18.12. Paraisille

        Ehtiikö vielä? Ja paljonko kultafoliointi maksaisi lisää?

        Terveisin
        Satu Mäenpää
        Talotekniikka Mäenpää Oy
        p. 040 552 8190
    """)
    add("other-quote-christmas-cards-fi",
        outlook_only(SP, "Satu Mäenpää", "satu.maenpaa@talotekniikkamaenpaa.example.fi",
                     "Tarjouspyyntö joulukortit", dec(7, 8, 14), body,
                     extra=[OUTLOOK, *sp_extra(-1.10, HAM_SYMS)]),
        category="other", language="fi", phone="+358405528190",
        notes="Ordinary quote request, Outlook HTML-only windows-1252; busiest kind of mail in this inbox.")

    body = T("""
        Hyvä vastaanottaja,

        Sain viime viikolla kotiini teidän joulukuvaston, joka oli osoitettu
        nimelläni. En muista asioineeni Saariston Painotalon kanssa koskaan.

        Pyydän saada tietää, mitä henkilötietoja minusta on rekisterissänne,
        mihin niitä käytetään ja mistä olette osoitteeni saaneet. Toivon
        vastausta sähköpostitse tähän osoitteeseen.

        Ystävällisin terveisin

        Helena Korpela
        Kirkkotie 17 B 6, 21600 Parainen
        puh. 040 778 2190
    """)
    add("fi-access-where-from-outlook-cp1252",
        outlook_only(SP, "Korpela Helena", "helena.korpela@kotiposti.example.fi", "Tietopyyntö", dec(7, 9, 3),
                     body, extra=[OUTLOOK, *sp_extra(-1.20)]),
        category="request", kinds=["access"], language="fi", requester_email="helena.korpela@kotiposti.example.fi",
        requester_name="Helena Korpela", phone="+358407782190",
        notes="Formal access request incl. source of the address (Art.15), no legal words; 'Surname Firstname' "
              "display name, Outlook HTML-only cp1252 QP.")

    # the company's newsletter goes out at 10:00 -> auto-replies, a bounce, replies
    ooo = T("""
        Olen lomalla 7.12.-18.12.2026 enkä lue sähköpostiani.
        Kiireellisissä asioissa ota yhteys Ville Harjuun, p. 050 441 7720.

        Jag är på semester 7.12-18.12.2026. I brådskande ärenden, kontakta Ville Harju.

        Ystävällisin terveisin / Med vänlig hälsning
        Marja Grönroos
        Paraisten kaupunki / Pargas stad
    """)
    add("auto-ooo-fi-sv-bilingual-phone",
        message(rcpt=SP, frm=mailbox("Grönroos Marja", "marja.gronroos@pargas.example.fi"),
                frm_addr="marja.gronroos@pargas.example.fi",
                subject="Automaattinen vastaus: Saariston Painotalon joulukuun uutiskirje", date=dec(7, 10, 1, 12),
                root=text(ooo, cte="quoted-printable"), env_from="",
                extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                       "X-MS-Exchange-Inbox-Rules-Loop: marja.gronroos@pargas.example.fi", "Thread-Topic: "
                       "Saariston Painotalon joulukuun uutiskirje", *sp_extra(-0.40)]),
        category="automated", language="fi", phone="+358504417720",
        notes="Bilingual fi/sv out-of-office reply to the company's own newsletter; the colleague's phone is "
              "literal; empty envelope sender.")

    ooo_sv = T("""
        Hej,

        Tack för ditt meddelande. Jag är tjänstledig till och med 31.1.2027.
        Din e-post raderas inte men läses inte heller. Brådskande ärenden:
        kansliet@nagu-hembygd.example.fi

        Solveig Backman
    """)
    add("auto-ooo-sv-tjanstledig",
        simple(SP, "Solveig Backman", "solveig.backman@nagu-hembygd.example.fi",
               "Frånvaro: Saariston Painotalon joulukuun uutiskirje", dec(7, 10, 2, 40), ooo_sv, cte="quoted-printable",
               extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", *sp_extra(-0.20)], env_from=""),
        category="automated", language="sv",
        notes="Swedish auto-reply whose text says 'raderas inte' (is not deleted).")

    dsn_id = "4dQk1J6wR2z7Kp"
    bounce_txt = T("""
        This is the mail system at host mx1.hosting.example.net.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <t.vuorinen@lakkautettu.example.com>: host mx.lakkautettu.example.com[198.51.100.23]
            said: 550 5.1.1 <t.vuorinen@lakkautettu.example.com>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
    """)
    status = T("""
        Reporting-MTA: dns; mx1.hosting.example.net
        X-Postfix-Queue-ID: 4dQk1J6wR2z7Kp
        X-Postfix-Sender: rfc822; uutiskirje@saaristonpaino.example.fi
        Arrival-Date: Mon,  7 Dec 2026 10:00:04 +0200 (EET)

        Final-Recipient: rfc822; t.vuorinen@lakkautettu.example.com
        Original-Recipient: rfc822;t.vuorinen@lakkautettu.example.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.lakkautettu.example.com
        Diagnostic-Code: smtp; 550 5.1.1 <t.vuorinen@lakkautettu.example.com>: Recipient
            address rejected: User unknown in virtual mailbox table
    """)
    orig_hdrs = T("""
        From: Saariston Painotalo <uutiskirje@saaristonpaino.example.fi>
        To: t.vuorinen@lakkautettu.example.com
        Subject: =?utf-8?Q?Joulukuun_uutiskirje_12/2026?=
        Date: Mon, 07 Dec 2026 10:00:03 +0200
        Message-ID: <nl-2026-12.0381@saaristonpaino.example.fi>
    """)
    root = multipart("report", [
        raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], bounce_txt),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
        raw_part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                 orig_hdrs),
    ], f"{dsn_id}.1796637604/mx1.hosting.example.net", params=" report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.")
    add("auto-dsn-newsletter-bounce",
        message(rcpt=SP, frm=mailbox("Mail Delivery System", "MAILER-DAEMON@mx1.hosting.example.net"),
                frm_addr="MAILER-DAEMON@mx1.hosting.example.net", subject="Undelivered Mail Returned to Sender",
                date=dec(7, 10, 0, 9), root=root, env_from="", to="uutiskirje@saaristonpaino.example.fi",
                extra=["Auto-Submitted: auto-replied"]),
        category="automated", language="en",
        notes="Postfix DSN for a newsletter recipient that no longer exists (multipart/report, headers only).")

    body = ("Ei kiitos, ottakaa mut pois tältä listalta. En oo tilannut mitään vuosiin\n\n"
            "Pirjo\n\nLähetetty iPhonesta\n\n"
            "> Saariston Painotalo <uutiskirje@saaristonpaino.example.fi> kirjoitti 7.12.2026 kello 10.00:\n>\n"
            + quote_lines(SP_NEWS_FI))
    add("fi-objection-newsletter-reply-iphone",
        message(rcpt="uutiskirje@saaristonpaino.example.fi", frm=mailbox("Pirjo", "pirjo.lahtinen58@webmail.example.com"),
                frm_addr="pirjo.lahtinen58@webmail.example.com", subject="Re: Joulukuun uutiskirje 12/2026",
                date=dec(7, 11, 47), root=text(body, cte="quoted-printable"),
                extra=[IPHONE, "In-Reply-To: <nl-2026-12.0412@saaristonpaino.example.fi>",
                       "References: <nl-2026-12.0412@saaristonpaino.example.fi>", *sp_extra(0.40, FREEMAIL_SYMS)],
                ip="198.51.100.77").replace(b"Delivered-To: uutiskirje@", b"X-Original-To: uutiskirje@saaristonpaino.example.fi\nDelivered-To: info@", 1),
        category="request", kinds=["objection"], language="fi", requester_email="pirjo.lahtinen58@webmail.example.com",
        requester_name="Pirjo",
        notes="Reply to the company's own newsletter (uutiskirje@ alias delivered to info@), colloquial 'ottakaa "
              "mut pois listalta' = objection; first name only; quoted newsletter contains an unsubscribe link.")

    body = ("Hi,\n\nPlease take me off this list, and delete my email address from your system while you're at it "
            "- I only ordered one photo book from you in 2023.\n\nThanks,\nJames Whitcombe\n\n"
            "On Mon, 7 Dec 2026 at 10:00, Saariston Painotalo <uutiskirje@saaristonpaino.example.fi> wrote:\n"
            + quote_lines(SP_NEWS_EN))
    add("en-objection-erasure-newsletter-reply-gmail",
        message(rcpt=SP, frm=mailbox("James Whitcombe", "jwhitcombe@mailbox.example.com"),
                frm_addr="jwhitcombe@mailbox.example.com", subject="Re: December news",
                to="Saariston Painotalo <uutiskirje@saaristonpaino.example.fi>", date=dec(7, 13, 22),
                root=multipart("alternative", [text(body, cte="quoted-printable"),
                                               text(light_html(body), subtype="html", cte="quoted-printable")],
                               "000000000000a1b2c3d4e5f6a7b8"),
                extra=[GMAIL_UA, "In-Reply-To: <nl-2026-12.0533@saaristonpaino.example.fi>",
                       *sp_extra(0.10, FREEMAIL_SYMS)]),
        category="request", kinds=["erasure", "objection"], language="en", requester_email="jwhitcombe@mailbox.example.com",
        requester_name="James Whitcombe",
        notes="English newsletter reply: off the list (objection) plus delete the address (erasure); Gmail "
              "multipart/alternative.")

    cv_lines = ["# ANSIOLUETTELO", "Aleksi Jokinen", "Puh. 045 118 2043 | aleksi.jokinen@webmail.example.com",
                "Turku", "", "# TYÖKOKEMUS", "2022-  Digipainaja, Kopiopiste Aura Oy, Turku",
                "2019-2022  Painokoneen apulainen, Painotalo Länsi Oy", "", "# KOULUTUS",
                "Media-alan perustutkinto, painopinnanvalmistus, 2019", "", "# OSAAMINEN",
                "HP Indigo, Konica Minolta AccurioPress, Adobe InDesign, trukkikortti",
                "Kielet: suomi, ruotsi (hyvä), englanti (hyvä)"]
    cv = text_pdf(cv_lines, "CV Aleksi Jokinen")
    body = T("""
        Hei,

        haen ilmoittamaanne digipainajan paikkaa (Oikotie 30.11.). Olen työskennellyt
        digipainossa kolme vuotta ja ajanut HP Indigoa päivittäin. Asun Turussa ja
        pääsen Paraisille omalla autolla.

        CV liitteenä. Voin tulla haastatteluun milloin vain.

        Ystävällisin terveisin
        Aleksi Jokinen
        045 118 2043
    """)
    root = multipart("mixed", [text(body, cte="quoted-printable"), attachment(cv, "application/pdf",
                                                                           "CV_Aleksi_Jokinen.pdf")],
                     "----=_Part_118_2043.1796627712")
    add("other-job-application-cv-fi",
        message(rcpt=SP, frm=mailbox("Aleksi Jokinen", "aleksi.jokinen@webmail.example.com"),
                frm_addr="aleksi.jokinen@webmail.example.com", subject="Työhakemus: digipainaja", date=dec(7, 15, 40),
                root=root, extra=sp_extra(0.30, FREEMAIL_SYMS)),
        category="other", language="fi", phone="+358451182043",
        notes="Job application with a CV PDF full of personal data; not a request.")

    # ---------------------------------------------------------------- Tue 8.12.
    body = T("""
        Hej,

        jag vill att ni raderar alla mina uppgifter ur ert kundregister. Jag har inte
        beställt något av er sedan 2019 och tänker inte heller göra det.

        Bekräfta gärna när det är gjort.

        Gunilla Holmström

        Skickat från min iPhone
    """)
    add("sv-fi-erasure-iphone",
        message(rcpt=SP, frm=mailbox("Gunilla Holmström", "gunilla.holmstrom@kotiposti.example.fi"),
                frm_addr="gunilla.holmstrom@kotiposti.example.fi", subject="Radera mina uppgifter", date=dec(8, 7, 12),
                root=text(body, cte="quoted-printable"), extra=[IPHONE, *sp_extra(-0.70)]),
        category="request", kinds=["erasure"], language="sv", requester_email="gunilla.holmstrom@kotiposti.example.fi",
        requester_name="Gunilla Holmström",
        notes="Plain Finland-Swedish erasure request from an iPhone.")

    body = T("""
        Hej Mikael,

        korrekturen för julkorten ser bra ut, vi godkänner den. En sak bara: byt
        "God Jul och Gott Nytt År 2027" till "God Jul & Gott Nytt År" utan årtal.

        Leverans till kontoret i Nagu som vi kom överens om.

        Med vänliga hälsningar
        Camilla Eriksson
        Nagu Båtvarv Ab
        tfn 02 465 1220
    """)
    add("other-proof-approval-sv",
        simple(SP, "Camilla Eriksson", "camilla@naguvarv.example.fi", "SV: Korrektur julkort 250 st", dec(8, 8, 31),
               body, cte="quoted-printable", extra=[OUTLOOK, *sp_extra(-1.00)]),
        category="other", language="sv", phone="+35824651220",
        notes="Proof approval with a text change (byt = change) - work mail, not rectification of personal data.")

    y_pap = new_ytunnus("2734518")
    inv_lines = ["# LASKU / FAKTURA", "Papyrus-tukku Oy", f"Y-tunnus {y_pap}", "Teollisuuskatu 9, 20380 Turku", "",
                 "Laskun numero: 1026-5581", "Päivämäärä: 8.12.2026   Eräpäivä: 22.12.2026",
                 "Asiakas: Saariston Painotalo Oy, asiakasnro 40113", "",
                 "Munken Print White 90 g SRA3, 20 riisiä   612,00", "Arctic Volume 150 g SRA3, 8 riisiä  318,40",
                 "Rahti 45,00", "Yhteensä ALV 0 %  975,40 EUR", "ALV 25,5 %  248,73", "Maksettava  1 224,13 EUR",
                 "Viite: 26 55810 33", "IBAN FI21 1234 5600 0007 85"]
    inv = text_pdf(inv_lines, "Lasku 1026-5581")
    body = T(f"""
        Hyvä asiakas,

        liitteenä lasku 1026-5581 (8.12.2026), eräpäivä 22.12.2026, summa 1 224,13 EUR.
        Verkkolaskuna laskun saa osoitteeseen, jonka olette ilmoittaneet - ilmoitattehan,
        jos laskutustiedot ovat muuttuneet.

        Papyrus-tukku Oy | Y-tunnus {y_pap}
        laskutus@papyrustukku.example.com
    """)
    root = multipart("mixed", [text(body, cte="quoted-printable"), attachment(inv, "application/pdf", "Lasku_1026-5581.pdf")],
                     "b1_" + token("inv1026", 20))
    add("other-supplier-invoice-pdf-fi",
        message(rcpt=SP, frm=mailbox("Papyrus-tukku laskutus", "laskutus@papyrustukku.example.com"),
                frm_addr="laskutus@papyrustukku.example.com", subject="Lasku 1026-5581 Papyrus-tukku Oy",
                date=dec(8, 9, 5), root=root, extra=sp_extra(-0.60, HAM_SYMS)),
        category="other", language="fi", business_id=y_pap,
        notes="Supplier invoice with PDF; 'ilmoitattehan jos laskutustiedot ovat muuttuneet' is not a rectification.")

    # Google Group: the Swedish-side address
    def via_info(name, addr, subject, date, body, *, msgid, extra=(), charset="utf-8"):
        gid = "804518923661"
        hdrs = [
            f"X-Original-Sender: {addr}",
            f"X-Original-From: {mailbox(name, addr)}",
            "X-Original-Authentication-Results: mx.googlegroups.example.com;\n"
            f"       dkim=pass header.i=@{addr.split('@')[1]};\n       spf=pass smtp.mailfrom={addr};\n"
            f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={addr.split('@')[1]}",
            "Precedence: list",
            f"Mailing-list: list {SP_SV_GROUP}; contact info+owners@skargardstryck.example.fi",
            "List-ID: <info.skargardstryck.example.fi>",
            f"X-Google-Group-Id: {gid}",
            "List-Post: <https://groups.example.com/a/skargardstryck.example.fi/group/info/post>,\n"
            f" <mailto:{SP_SV_GROUP}>",
            "List-Help: <https://support.example.com/a/skargardstryck.example.fi/bin/topic.py?topic=25838>,\n"
            " <mailto:info+help@skargardstryck.example.fi>",
            "List-Archive: <https://groups.example.com/a/skargardstryck.example.fi/group/info/>",
            f"List-Unsubscribe: <mailto:googlegroups-manage+{gid}+unsubscribe@googlegroups.example.com>,\n"
            " <https://groups.example.com/a/skargardstryck.example.fi/group/info/subscribe>",
            f"x-spam-checked-in-group: {addr}",
            *extra,
        ]
        return message(rcpt=SP, frm=mailbox(f"'{name}' via Info", SP_SV_GROUP), frm_addr=SP_SV_GROUP,
                       subject=subject, date=date, to=f"Info <{SP_SV_GROUP}>", reply_to=mailbox(name, addr),
                       root=multipart("alternative", [text(body, charset=charset, cte="quoted-printable"),
                                                      text(light_html(body), subtype="html", charset=charset,
                                                           cte="quoted-printable")], "0000000000" + token(msgid, 18)),
                       env_from="info+bncBDK5RH3X2QHBB" + token(msgid, 10) + "@skargardstryck.example.fi",
                       relay="mail-sor-f69.googlegroups.example.com", ip="198.51.100.169", mid=msgid, extra=hdrs)

    body = T("""
        Hej,

        jag har fått er julkatalog två år i rad nu, adresserad till mig personligen.
        Jag har aldrig varit kund hos er. Vilka uppgifter har ni om mig, och varifrån
        har ni fått min adress?

        Och skicka inga fler kataloger eller annan reklam, tack.

        Anna-Karin Wikström
        Korpo
    """)
    add("sv-access-objection-via-google-group",
        via_info("Anna-Karin Wikström", "ak.wikstrom@example.se", "Er katalog", dec(8, 10, 17), body,
                 msgid="CAFk2nQ3vWk8YpTbq1N0oXr5sD7m9z=GQ", extra=sp_extra(-0.50)),
        category="request", kinds=["access", "objection"], language="sv", requester_email="ak.wikstrom@example.se",
        requester_name="Anna-Karin Wikström",
        notes="Arrives through the Google Group of the Swedish-side address: From is \"'Name' via Info\" <info@...>, "
              "Reply-To is the person; List-ID and Precedence: list are the group's, not a newsletter; access (source) "
              "+ objection to catalogues.")

    body = T("""
        Hej!

        Vi skulle behöva 2 x 200 visitkort, samma layout som förra gången (order
        från mars), men med nya titlar:
        - Fredrik Nyholm, verkställande direktör
        - Emma Sundqvist, projektchef

        Kan ni skicka korrektur före fredag?

        Hälsningar
        Fredrik Nyholm
        Nyholm Bygg Ab
    """)
    add("other-order-via-google-group-sv",
        via_info("Fredrik Nyholm", "fredrik@nyholmbygg.example.fi", "Visitkort", dec(8, 13, 5), body,
                 msgid="CAG7pLx0=Jq4tZb2vRk9wE1n6cM3ySd_K8Q", extra=sp_extra(-0.50)),
        category="other", language="sv",
        notes="Ordinary order through the same Google Group (List-ID, Precedence: list): new titles on business "
              "cards are print content, not rectification.")

    body = T("""
        Hello saaristonpaino.example.fi Team,

        I was checking your website and noticed it is not ranking on the first page
        of Google for important keywords like "printing house Finland". We can get you
        guaranteed #1 rankings in 30 days.

        Reply "YES" for a free audit + price list. If you are not interested, reply
        "REMOVE" and we will not contact you again.

        Regards,
        Kevin Miller | Growth Consultant
    """)
    add("other-spam-seo-rspamd-flagged",
        simple(SP, "Kevin Miller", "kevin.m.seo@bulkseo.example.com", "*** SPAM *** Re: website ranking for saaristonpaino.example.fi",
               dec(8, 14, 48), body,
               extra=sp_extra(9.84, "FORGED_RECIPIENTS(2.00)[]; FAKE_REPLY(1.00)[]; R_SPF_SOFTFAIL(0.00)[~all];\n\t"
                              "RBL_SPAMHAUS_SBL(4.00)[198.51.100.201:from]; MIME_TRACE(0.00)[0:+];\n\t"
                              "BAYES_SPAM(3.84)[98.10%]; FROM_HAS_DN(0.00)[]", spam=True)),
        category="other", language="en",
        notes="SEO spam flagged by rspamd (X-Spam: Yes, subject rewrite); 'reply REMOVE' is not an objection by a data subject.")

    body = T("""
        Tere,

        ma tellisin teilt 2025. aasta sügisel fotoraamatu. Nüüd soovin teada, milliseid
        minu isikuandmeid te töötlete, milleks neid kasutate ja kui kaua neid säilitate.
        Palun saatke mulle koopia minu andmetest e-posti teel.

        Lugupidamisega
        Kadri Tamm
        +372 5123 4567
    """)
    add("et-access-copy",
        message(rcpt=SP, frm=mailbox("Kadri Tamm", "kadri.tamm@post.example.com"), frm_addr="kadri.tamm@post.example.com",
                subject="Isikuandmete päring", date=dec(8, 16, 3), root=text(body, cte="quoted-printable"),
                extra=sp_extra(0.20, FREEMAIL_SYMS)),
        category="request", kinds=["access"], language="et", requester_email="kadri.tamm@post.example.com",
        requester_name="Kadri Tamm", phone="+37251234567",
        notes="Estonian access request (copy, purposes, retention); Estonian mobile.")

    # ---------------------------------------------------------------- Wed 9.12.
    hetu_mr = new_hetu("140383", "-", "217")
    form_lines = ["# SAARISTON PAINOTALO OY - TIETOPYYNTÖLOMAKE", "Rekisteröidyn oikeudet (EU:n tietosuoja-asetus)", "",
                  "Nimi: Matti Rantanen", "Osoite: Vapparintie 22 A 3, 21600 Parainen",
                  "Puhelin: 050 379 6614", "Sähköposti: matti.rantanen@kotiposti.example.fi",
                  f"Henkilötunnus (tunnistamista varten): {hetu_mr}", "",
                  "Mitä pyydätte? (rastita)",
                  "[X] Tarkastusoikeus - haluan tietää, mitä tietoja minusta on tallennettu",
                  "[X] Tietojen oikaisu - mitä korjataan:",
                  "     Osoite on muuttunut, vanha osoite Rantakatu 5 on väärä. Uusi yllä.",
                  "[ ] Tietojen poistaminen", "[ ] Suoramarkkinoinnin kielto", "",
                  "Päiväys ja allekirjoitus: Parainen 8.12.2026  Matti Rantanen"]
    pdf = text_pdf(form_lines, "Tietopyyntölomake")
    body = "Hei\n\nLiitteenä lomake.\n\nt. Matti\n"
    root = multipart("mixed", [text(body), attachment(pdf, "application/pdf", "tietopyyntolomake_MR.pdf")],
                     "=_b4c1e2" + token("mr-form", 16))
    add("fi-access-rectification-only-in-pdf-form",
        message(rcpt=SP, frm=mailbox(None, "matti.rantanen@kotiposti.example.fi"), frm_addr="matti.rantanen@kotiposti.example.fi",
                subject="lomake", date=dec(9, 7, 55), root=root, extra=[TB, *sp_extra(-0.60)]),
        category="request", kinds=["access", "rectification"], language="fi",
        requester_email="matti.rantanen@kotiposti.example.fi", requester_name="Matti Rantanen", phone="+358503796614",
        hetu=hetu_mr,
        notes="The body only says 'Liitteenä lomake' - the request (access + rectification, name, phone, hetu) is "
              "only in the PDF form (text layer); no display name in From.")

    y_kauppa = new_ytunnus("1876402")
    body = T(f"""
        Hei,

        saimme laskun 26-1184 (esitteet, 640,00 €) kahteen kertaan, sekä paperisena
        että verkkolaskuna 4.12. Maksamme sen vain kerran - voitteko poistaa toisen
        kappaleen järjestelmästänne ettei siitä tule muistutusta?

        Ystävällisesti
        Leena Aaltonen
        Paraisten Rautakauppa Oy
        Y-tunnus {y_kauppa}
    """)
    add("other-duplicate-invoice-poistaa-fi",
        outlook_only(SP, "Leena Aaltonen", "leena.aaltonen@paraistenrauta.example.fi", "Lasku 26-1184 tuplana",
                     dec(9, 8, 40), body, extra=[OUTLOOK, *sp_extra(-1.10)]),
        category="other", language="fi", business_id=y_kauppa,
        notes="'Poistaa' about a duplicate invoice - not personal data; company Y-tunnus in signature.")

    body = T("""
        Moi,

        huomasin että tilauksen 2611 (rollupit 3 kpl) toimitusosoitteeksi on mennyt
        meidän vanha Kaarinan toimisto. Korjaatteko sen tähän tilaukseen:
        Tuotantokatu 11, 20360 Turku. Muut tilaukset voi mennä normaalisti.

        Jari
        Eventsolutions Lounais-Suomi
        0400 812 553
    """)
    add("other-wrong-delivery-address-one-order-fi",
        simple(SP, "Jari Koivisto", "jari@eventsolutions.example.fi", "Tilaus 2611 toimitusosoite", dec(9, 9, 15),
               body, cte="quoted-printable", extra=sp_extra(-0.90)),
        category="other", language="fi", phone="+358400812553",
        notes="'Korjatkaa' the delivery address of ONE order - order data, not a rectification request.")

    ics = T("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Heidi Salminen:mailto:heidi.salminen@saaristomeri-saatio.example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=info@saaristonpaino.example.fi:mailto:info@saaristonpaino.example.fi
        DESCRIPTION;LANGUAGE=fi-FI:Vuosikertomuksen 2026 aikataulu ja taittopohja.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0F2
        SUMMARY;LANGUAGE=fi-FI:Vuosikertomus 2026 - aikataulupalaveri
        DTSTART;TZID=FLE Standard Time:20261215T130000
        DTEND;TZID=FLE Standard Time:20261215T134500
        LOCATION;LANGUAGE=fi-FI:Microsoft Teams -kokous
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    inv_txt = T("""
        Vuosikertomuksen 2026 aikataulu ja taittopohja.

        ________________________________________________________________________________
        Microsoft Teams -kokous
        Liity tietokoneella, mobiilisovelluksella tai huonelaitteella
        Liity kokoukseen napsauttamalla tätä
        Kokoustunnus: 381 220 657 491
        ________________________________________________________________________________
    """)
    root = multipart("alternative", [text(inv_txt, cte="quoted-printable"),
                                     text(ics, subtype="calendar", cte="base64", params="; method=REQUEST")],
                     "_000_HE1PR0701MB" + token("cal1", 12) + "_")
    add("auto-calendar-invite-teams-fi",
        message(rcpt=SP, frm=mailbox("Heidi Salminen", "heidi.salminen@saaristomeri-saatio.example.org"),
                frm_addr="heidi.salminen@saaristomeri-saatio.example.org",
                subject="Vuosikertomus 2026 - aikataulupalaveri", date=dec(9, 10, 2), root=root,
                extra=["Thread-Topic: Vuosikertomus 2026 - aikataulupalaveri", "X-MS-Has-Attach:",
                       "X-MS-TNEF-Correlator:", *sp_extra(-0.80)]),
        category="automated", language="fi",
        notes="Teams meeting invitation (text/calendar METHOD:REQUEST).")

    body_ru = T("""
        Здравствуйте!

        В 2024 году я заказывала у вас печать фотографий. Прошу удалить все мои
        персональные данные из вашей базы клиентов: имя, адрес, телефон и
        электронную почту. Пожалуйста, подтвердите удаление по электронной почте.

        С уважением,
        Ольга Смирнова
    """)
    add("ru-erasure-cp1251",
        message(rcpt=SP, frm=mailbox("Olga Smirnova", "olga.smirnova@pochta.example.com"),
                frm_addr="olga.smirnova@pochta.example.com", subject="Удаление персональных данных",
                subject_charset="windows-1251", subject_mode="B", date=dec(9, 11, 26),
                root=text(body_ru, charset="windows-1251", cte="quoted-printable"), extra=sp_extra(0.30, FREEMAIL_SYMS)),
        category="request", kinds=["erasure"], language="ru", requester_email="olga.smirnova@pochta.example.com",
        requester_name="Ольга Смирнова",
        notes="Russian erasure request in windows-1251 (subject base64 encoded word); signs in Cyrillic, "
              "Latin display name.")

    body = T("""
        POSTI

        Hyvä asiakas,

        lähetyksesi JJFI64219900183274 on saapunut Suomeen, mutta sen toimittaminen on
        keskeytetty, koska tullimaksu 2,90 € on maksamatta.

        Maksa maksu 48 tunnin kuluessa, muuten lähetys palautetaan lähettäjälle:
        https://posti-seuranta.example.com/fi/maksa?id=64219900183274

        Posti Oy
    """)
    add("other-phishing-parcel-fee-fi",
        alternative(SP, "Posti", "noreply@posti-ilmoitus.example.com", "*** SPAM *** Lähetyksesi odottaa: tullimaksu",
                    dec(9, 12, 58), body,
                    extra=sp_extra(11.20, "PHISHING(3.00)[posti.example.fi->posti-seuranta.example.com];\n\t"
                                   "R_SPF_FAIL(1.00)[-all]; DMARC_NA(0.00)[]; URIBL_BLACK(5.00)[posti-seuranta.example.com];\n\t"
                                   "BAYES_SPAM(2.20)[93.44%]", spam=True)),
        category="other", language="fi",
        notes="Parcel-fee phishing, rspamd-flagged.")

    body = T("""
        Hei,

        yhdistyksemme jäsenlehti painetaan ensi vuonna teillä, ja tarkoitus on toimittaa
        teille jäsenrekisteristä noin 1 800 jäsenen nimi- ja osoitetiedot postitusta varten.

        Muutama kysymys ennen kuin lähetämme aineiston:
        - Tarvitaanko tästä henkilötietojen käsittelysopimus, ja onko teillä valmis pohja?
        - Missä tiedostot säilytetään ja kuinka pian ne poistetaan postituksen jälkeen?
        - Käytättekö postituksessa alihankkijaa?

        Ystävällisin terveisin
        Kirsi Lindroos
        sihteeri, Turunmaan Kotiseutuyhdistys ry
        p. 044 937 2281
    """)
    add("other-processor-question-member-register-fi",
        simple(SP, "Kirsi Lindroos", "sihteeri@turunmaankotiseutu.example.org",
               "Jäsenrekisterin osoitetiedot / käsittelysopimus", dec(9, 14, 30), body, cte="quoted-printable",
               extra=sp_extra(-0.90)),
        category="other", language="fi", phone="+358449372281",
        notes="A customer (controller) asks the printer as processor about a DPA, storage and deletion of member "
              "addresses - business data-protection mail, no data subject's right used.")

    # ---------------------------------------------------------------- Thu 10.12.
    body = T("""
        moi, voisitteko poistaa mun tiedot teidan asiakasrekisterista, tilasin joskus
        valokuvakirjan mut en tarvi enaa mitaan. ja ei tarvi mitaan uutiskirjeita kans
        kiitti

        -Jonna

        Lähetetty Android-laitteesta
    """)
    add("fi-erasure-objection-typos-android",
        simple(SP, "Jonna V", "jonnav92@webmail.example.com", "tietojen poisto", dec(10, 6, 48), body,
               cte="quoted-printable", extra=[ANDROID_UA, *sp_extra(0.40, FREEMAIL_SYMS)]),
        category="request", kinds=["erasure", "objection"], language="fi", requester_email="jonnav92@webmail.example.com",
        requester_name="Jonna V",
        notes="Colloquial, no umlauts, typos: erasure plus 'no newsletters either' (objection); signs with first "
              "name only, the fullest form is the display name 'Jonna V'.")

    t1 = T("""
        Hi Sarah,

        thanks for the files. Proof attached: 120 invitations, 148 x 148 mm,
        Arctic Volume 300 g, with envelopes. Please check the names and the date
        carefully - we print exactly what is on the proof.

        Best regards,
        Mikael Lindholm
        Saariston Painotalo Oy
    """)
    t2 = T("""
        Hi Mikael,

        Looks lovely! Two things: the venue is "Nagu Gästhem", not "Nagu Gasthem",
        and can the RSVP date be 15 May instead of 1 May?

        Sarah
    """)
    t3 = T("""
        Hi Sarah,

        both fixed, new proof attached. If it is OK we print on Monday and you
        can pick them up on Wednesday 16.12.

        Mikael
    """)
    top = T("""
        Hi Mikael,

        Perfect, approved! Wednesday pick-up works, my partner Tomas will come
        around 3 pm.

        One more thing, unrelated to the invitations: once this job is invoiced
        and paid, please remove my details from your customer register. It was a
        one-off order and I'd rather not stay in anyone's database afterwards.

        Thanks again for the quick work!
        Sarah Whitfield
    """)
    hist = ("\nOn Wed, 9 Dec 2026 at 16:12, Mikael Lindholm <mikael.lindholm@saaristonpaino.example.fi> wrote:\n"
            + quote_lines(t3 + "\nOn Wed, 9 Dec 2026 at 09:40, Sarah Whitfield <sarah.whitfield@example.org> wrote:\n"
                          + quote_lines(t2 + "\nOn Tue, 8 Dec 2026 at 14:05, Mikael Lindholm "
                                             "<mikael.lindholm@saaristonpaino.example.fi> wrote:\n" + quote_lines(t1))))
    add("en-erasure-inside-order-thread",
        message(rcpt=SP, frm=mailbox("Sarah Whitfield", "sarah.whitfield@example.org"), frm_addr="sarah.whitfield@example.org",
                to="Mikael Lindholm <mikael.lindholm@saaristonpaino.example.fi>", cc=SP,
                subject="Re: Re: Re: Wedding invitations - proof v2", date=dec(10, 8, 5),
                root=text(top + hist, cte="quoted-printable"),
                extra=["In-Reply-To: <b7e1.mikael@saaristonpaino.example.fi>", "User-Agent: Mozilla Thunderbird",
                       *sp_extra(-0.80)]),
        category="request", kinds=["erasure"], language="en", requester_email="sarah.whitfield@example.org",
        requester_name="Sarah Whitfield",
        notes="Erasure request buried in the 4th message of an order thread (cc info@), deferred until the job is "
              "paid; the corrections in the quoted history are proof edits, not rectification.")

    body = T("""
        Hei,

        Tiketti #48213 on päivitetty.

        Tila: Huoltokäynti vahvistettu
        Laite: Konica Minolta AccurioPress C4080, sarjanro A9F1021004312
        Aika: ma 14.12.2026 klo 9-11
        Huoltoteknikko: Petri Lahti

        Tähän viestiin ei voi vastata. Voit kommentoida tikettiä portaalissa:
        https://huolto.example.com/portal/tickets/48213

        Tulostinhuolto Länsirannikko Oy - asiakaspalvelu
    """)
    add("auto-ticket-service-visit-fi",
        simple(SP, "Tulostinhuolto Länsirannikko", "tuki@huolto.example.com", "[Tiketti #48213] Huoltokäynti vahvistettu",
               dec(10, 9, 12), body, cte="quoted-printable",
               extra=["Auto-Submitted: auto-generated", "X-Ticket-ID: 48213", "Precedence: bulk", *sp_extra(-0.30)]),
        category="automated", language="fi",
        notes="Ticket-system update from the printer service vendor; no reply possible.")

    cv2 = text_pdf(["# CV", "Ella Söderström", "Pargas | ella.soderstrom@student.example.fi", "",
                    "# Utbildning", "Yrkeshögskolan Novia, Grafisk design (2024-)", "",
                    "# Erfarenhet", "Sommar 2025: butiksbiträde, K-Market Pargas",
                    "Frivilligt: layout för skolans årsbok 2023-2024", "",
                    "# Kunskaper", "InDesign, Illustrator, Figma | svenska, finska, engelska"], "CV Ella Söderström")
    body = T("""
        Hej!

        Jag heter Ella Söderström och studerar grafisk design vid Novia. Jag söker
        praktikplats för våren 2027 (10 veckor, mars-maj). Det skulle vara fint att få
        lära mig hela kedjan från layout till färdig trycksak.

        Mitt CV finns bifogat. Tack för att ni läser!

        Med vänliga hälsningar
        Ella Söderström
    """)
    root = multipart("mixed", [multipart("alternative", [text(body, cte="quoted-printable"),
                                                         text(light_html(body), subtype="html", cte="quoted-printable")],
                                         "alt_es_" + token("es", 10)),
                               attachment(cv2, "application/pdf", "CV_Ella_Soderstrom.pdf")], "mix_es_" + token("es2", 10))
    add("other-internship-application-sv-cv",
        message(rcpt=SP, frm=mailbox("Ella Söderström", "ella.soderstrom@student.example.fi"),
                frm_addr="ella.soderstrom@student.example.fi", subject="Ansökan om praktikplats våren 2027",
                date=dec(10, 10, 44), root=root, extra=sp_extra(-0.70)),
        category="other", language="sv",
        notes="Internship application with CV PDF, Swedish.")

    body_de = T("""
        Sehr geehrte Damen und Herren,

        ich besitze ein Ferienhaus in Nagu und habe bei Ihnen im Sommer 2025 Fotoabzüge
        bestellt. Gemäß Art. 15 DSGVO bitte ich um Auskunft über die zu meiner Person
        gespeicherten Daten. Anschließend bitte ich gemäß Art. 17 DSGVO um Löschung
        aller Daten, soweit keine gesetzliche Aufbewahrungspflicht besteht.

        Bitte bestätigen Sie mir beides schriftlich.

        Mit freundlichen Grüßen
        Klaus Reinhardt
        Tel. 0171 4482 913
    """)
    add("de-access-erasure-latin1",
        message(rcpt=SP, frm=mailbox("Klaus Reinhardt", "k.reinhardt@t-mail.example.com"),
                frm_addr="k.reinhardt@t-mail.example.com", subject="Auskunft und Löschung gem. DSGVO",
                subject_charset="iso-8859-1", date=dec(10, 11, 30),
                root=text(body_de, charset="iso-8859-1", cte="quoted-printable"), extra=sp_extra(0.10, FREEMAIL_SYMS)),
        category="request", kinds=["access", "erasure"], language="de", requester_email="k.reinhardt@t-mail.example.com",
        requester_name="Klaus Reinhardt", phone="+491714482913",
        notes="German Art.15 + Art.17 request, ISO-8859-1 QP; German mobile without country code -> +49.")

    body = T("""
        Karanteeniraportti - info@saaristonpaino.example.fi
        Ajalta 9.12.2026 12:00 - 10.12.2026 12:00

        Karanteenissa 3 viestiä:

        Lähettäjä                              Aihe                                   Pisteet
        invoice@docs-share.example.com         Shared document: Payment_Advice.html    14.20
        no-reply@crypto-prize.example.com      You have won 0.5 BTC                    18.90
        support@m365-verify.example.com        Varmista tilisi                         15.60

        Vapauta viesti tai lisää lähettäjä sallittujen listalle:
        https://webmail.hosting.example.net/quarantine

        Tämä on automaattinen viesti.
    """)
    add("auto-quarantine-digest-fi",
        simple(SP, "Hosting Antispam", "quarantine@hosting.example.net", "Karanteeniraportti: 3 uutta viestiä",
               dec(10, 12, 0, 3), body, cte="quoted-printable",
               extra=["Auto-Submitted: auto-generated", "Precedence: bulk"]),
        category="automated", language="fi",
        notes="Hosting provider's rspamd quarantine digest listing phishing subjects.")

    body_pl = T("""
        Dzień dobry,

        zamawiałam u Państwa wizytówki dla mojej firmy sprzątającej. Proszę o
        sprostowanie moich danych osobowych w Państwa systemie:

        - nazwisko: po ślubie nazywam się Katarzyna Nowak-Virtanen (było: Nowak)
        - adres: Hämeenkatu 14 B 9, 20500 Turku (stary adres jest nieaktualny)

        Dziękuję i pozdrawiam
        Katarzyna Nowak-Virtanen
        tel. 044 612 0837
    """)
    add("pl-rectification-iso8859-2",
        message(rcpt=SP, frm=mailbox("Katarzyna Nowak", "k.nowak.virtanen@poczta.example.com"),
                frm_addr="k.nowak.virtanen@poczta.example.com", subject="Sprostowanie danych",
                date=dec(10, 15, 2), root=text(body_pl, charset="iso-8859-2", cte="quoted-printable"),
                extra=sp_extra(0.20, FREEMAIL_SYMS)),
        category="request", kinds=["rectification"], language="pl", requester_email="k.nowak.virtanen@poczta.example.com",
        requester_name="Katarzyna Nowak-Virtanen", phone="+358446120837",
        notes="Polish rectification (new married name, new address) in ISO-8859-2; display name still the old name.")

    # ---------------------------------------------------------------- Fri 11.12.
    add("fi-erasure-only-gdpr-article-number",
        simple(SP, "Veikko Salo", "veikko.salo@kotiposti.example.fi", "GDPR art. 17", dec(11, 6, 31),
               "Asiakasnro 40318.\nPyydän toimenpiteitä em. artiklan nojalla.\n\nVeikko Salo\n",
               extra=sp_extra(-0.70)),
        category="request", kinds=["erasure"], language="fi", requester_email="veikko.salo@kotiposti.example.fi",
        requester_name="Veikko Salo",
        notes="The right is named only by the article number in the subject (GDPR art. 17); two-line body.")

    jpg, _, _ = paper_form([
        ("Namn", "Birgitta Lönnqvist"),
        ("Adress", "Strandvägen 3, 21660 Nagu"),
        ("Telefon", "040 913 5527"),
        ("E-post", "birgitta.lonnqvist@kotiposti.example.fi"),
        ("[x]", "Jag vill få ett registerutdrag (vilka uppgifter ni har om mig)"),
        ("[ ]", "Rättelse av uppgifter"),
        ("[ ]", "Radering av uppgifter"),
        ("Datum", "10.12.2026"),
        ("Underskrift", "Birgitta Lönnqvist"),
    ], "BEGÄRAN OM REGISTERUTDRAG", photo=True, seed=14,
        footer="Skärgårdens Tryckeri Ab / Saariston Painotalo Oy - Strandvägen 4, 21600 Pargas")
    form_txt = ("BEGÄRAN OM REGISTERUTDRAG\nNamn Birgitta Lönnqvist\nAdress Strandvägen 3, 21660 Nagu\n"
                "Telefon 040 913 5527\nE-post birgitta.lonnqvist@kotiposti.example.fi\n"
                "[x] Jag vill få ett registerutdrag (vilka uppgifter ni har om mig)\n[ ] Rättelse av uppgifter\n"
                "[ ] Radering av uppgifter\nDatum 10.12.2026\nUnderskrift Birgitta Lönnqvist")
    register(jpg, form_txt)
    body = "Hej!\nSe bifogad bild.\nMvh Birgitta\n\nSkickat från min iPhone\n"
    root = multipart("mixed", [text(body), attachment(jpg, "image/jpeg", photo_exif_name(4417))],
                     "Apple-Mail-" + token("bl-photo", 8).upper() + "-4417")
    add("sv-access-photo-of-paper-form",
        message(rcpt=SP, frm=mailbox("Birgitta Lönnqvist", "birgitta.lonnqvist@kotiposti.example.fi"),
                frm_addr="birgitta.lonnqvist@kotiposti.example.fi", subject=None, date=dec(11, 9, 7), root=root,
                extra=[IPHONE, *sp_extra(-0.40)]),
        category="request", kinds=["access"], language="sv",
        requester_email="birgitta.lonnqvist@kotiposti.example.fi", requester_name="Birgitta Lönnqvist",
        phone="+358409135527",
        notes="No subject; body 'Se bifogad bild' - the request is a phone photo (JPEG) of the printed Swedish "
              "register-extract form, ticked and signed; phone only in the photo.")

    body = T("""
        Hei.

        Minun nimi on Hodan Abdi Farah. Minä tilasin teilta hää kutsut kaksi vuotta
        sitten. Nyt minä saan teilta kirje ja mainos joka kuukausi kotiin.

        Minä haluan tietää mitä tietoja teillä on minusta ja mistä te saitte minun
        osoite uudestaan koska minä muutin. En halua enää mainos. Kiitos

        Hodan
        044 281 9063
    """)
    add("fi-learner-somali-access-objection",
        simple(SP, "Hodan Farah", "hodan.farah@webmail.example.com", "kysymys", dec(11, 10, 20), body,
               cte="quoted-printable", extra=sp_extra(0.40, FREEMAIL_SYMS)),
        category="request", kinds=["access", "objection"], language="fi", requester_email="hodan.farah@webmail.example.com",
        requester_name="Hodan Abdi Farah", phone="+358442819063",
        notes="Learner's Finnish (Somali-speaking writer), vague subject: access incl. source of a new address + "
              "'en halua enää mainos' (objection).")

    body = T("""
        Thank you for your email.

        I am out of the office until Monday 4 January 2027 with limited access to
        email. For orders and deliveries please contact orders@inkline.example.co.uk.

        Kind regards,
        Graham Pike
        Inkline Supplies Ltd
    """)
    add("auto-ooo-en-uk-supplier",
        alternative(SP, "Graham Pike", "graham.pike@inkline.example.com", "Automatic reply: Toner order SP-2026-118",
                    dec(11, 11, 3), body, extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                                                 *sp_extra(-0.50, HAM_SYMS_HTML)]),
        category="automated", language="en",
        notes="English out-of-office from a supplier.")

    body = T("""
        Hei Johanna,

        kiitos eilisestä. Sopisiko kirjan taittopalaveri ti 15.12. klo 13 teillä
        Paraisilla? Otan mukaan kuvatoimittajan. Jos ei käy, ke 16.12. aamupäivä
        sopii myös.

        Terveisin
        Outi Laaksonen
        Kustannus Saaristotuuli
        050 662 1904
    """)
    add("other-meeting-scheduling-fi",
        simple(SP, "Outi Laaksonen", "outi@saaristotuuli.example.fi", "Taittopalaveri ensi viikolla?", dec(11, 12, 44),
               body, cte="quoted-printable", extra=sp_extra(-0.90)),
        category="other", language="fi", phone="+358506621904",
        notes="Scheduling a meeting.")

    body = T("""
        Hei!

        Saako yrityksenne tietopyynnöt kuukausia myöhässä? Tiesittekö, että
        tietosuojavaltuutettu voi määrätä jopa 20 miljoonan euron sakon, jos
        rekisteröidyn pyyntöön (tarkastus, poisto, oikaisu) ei vastata ajoissa?

        GDPR-Vahti hoitaa tietopyynnöt puolestanne: tunnistus, tietojen haku ja
        vastaus kuukauden määräajassa. Kokeile 30 päivää ilmaiseksi.

        Varaa 15 min demo: https://gdprvahti.example.com/demo

        Ystävällisin terveisin
        Tommi Rask, myyntipäällikkö
        GDPR-Vahti Oy
    """)
    add("other-gdpr-vendor-pitch-fi",
        alternative(SP, "Tommi Rask", "tommi.rask@gdprvahti.example.com", "Tietopyynnöt hallintaan ennen vuodenvaihdetta?",
                    dec(11, 13, 15), body, extra=sp_extra(3.10, "MANY_INVISIBLE_PARTS(0.50)[]; BAYES_SPAM(2.60)[71.0%]")),
        category="other", language="fi",
        notes="Cold sales mail full of DSAR words (tarkastus, poisto, oikaisu); rspamd score below threshold.")

    body_uk = T("""
        Добрий день!

        Я отримую від вас рекламні SMS-повідомлення майже щотижня. Прошу
        припинити надсилати мені рекламу та видалити мій номер телефону
        +358 46 923 1184 з вашої бази даних.

        Дякую.
        Оксана Бондаренко
    """)
    add("uk-objection-erasure-sms-base64",
        message(rcpt=SP, frm=mailbox("Оксана Бондаренко", "oksana.bondarenko@webmail.example.com", mode="B"),
                frm_addr="oksana.bondarenko@webmail.example.com", subject="Реклама SMS", subject_mode="B",
                date=dec(11, 15, 51),
                root=multipart("alternative", [text(body_uk, cte="base64"),
                                               text(light_html(body_uk), subtype="html", cte="base64")],
                               "000000000000f3a9c2e0b71d6c44"),
                extra=[GMAIL_UA, *sp_extra(0.30, FREEMAIL_SYMS)]),
        category="request", kinds=["erasure", "objection"], language="uk",
        requester_email="oksana.bondarenko@webmail.example.com", requester_name="Оксана Бондаренко",
        phone="+358469231184",
        notes="Ukrainian: stop marketing SMS (objection) and delete the phone number (erasure); base64 Gmail, "
              "Cyrillic display name.")

    # ---------------------------------------------------------------- Sat 12.12.
    body = T("""
        Microsoft 365

        Hei info@saaristonpaino.example.fi,

        Postilaatikkosi salasana vanhenee tänään. Jotta et menetä sähköpostejasi,
        vahvista nykyinen salasanasi alla olevasta linkistä.

        Pidä sama salasana: https://m365-verify.example.com/login?u=info

        Microsoft-tiliryhmä
    """)
    add("other-phishing-password-expiry-fi",
        alternative(SP, "Microsoft 365 Admin", "admin@m365-tili.example.com",
                    "*** SPAM *** Salasanasi vanhenee tänään", dec(12, 3, 18), body,
                    extra=sp_extra(15.60, "PHISHING(3.00)[]; R_SPF_FAIL(1.00)[-all]; URIBL_BLACK(5.00)[m365-verify.example.com];\n\t"
                                   "FROM_NEQ_ENVFROM(0.00)[]; BAYES_SPAM(5.10)[99.9%]; SUBJECT_HAS_EXCLAIM(0.00)[]",
                                   spam=True)),
        category="other", language="fi",
        notes="Password-expiry phishing, rspamd-flagged with subject rewrite.")

    body = T("""
        PRINT INDUSTRY WEEKLY - 12 December 2026

        1. Paper prices: what the 2027 contracts look like
        2. Inkjet vs toner for short runs - a buyer's guide
        3. Sustainability labels your customers ask about

        Read online: https://printweekly.example.com/issue/2026-50

        You are receiving this because you subscribed at printweekly.example.com.
        Manage preferences or unsubscribe: https://printweekly.example.com/prefs
    """)
    add("auto-newsletter-industry-en",
        alternative(SP, "Print Industry Weekly", "news@printweekly.example.com", "Paper prices 2027, inkjet vs toner",
                    dec(12, 7, 0), body, env_from="bounces+4411@mailer.example.net", relay="mta7.mailer.example.net",
                    extra=["List-Id: Print Industry Weekly <weekly.printweekly.example.com>",
                           "List-Unsubscribe: <mailto:unsub-4411@mailer.example.net>, <https://printweekly.example.com/prefs>",
                           "Precedence: bulk", "Feedback-ID: 4411:weekly:mailer", *sp_extra(-0.41, BULK_SYMS)]),
        category="automated", language="en",
        notes="Trade newsletter from an ESP.")

    y_ksk = new_ytunnus("0912337")
    body = T(f"""
        Hej,

        vi har bytt bank och operatör för e-fakturor. Uppdatera gärna våra
        faktureringsuppgifter från och med januari:

        Nagu Kyrkliga Samfällighet / FO-nummer {y_ksk}
        Ny e-fakturaadress: 003709123373
        Operatör: OpusCapita (E204503)

        Tack!
        Ekonomikansliet
    """)
    add("other-company-billing-update-sv",
        simple(SP, "Ekonomikansliet", "ekonomi@nagu-samf.example.fi", "Nya faktureringsuppgifter", dec(12, 9, 30), body,
               cte="quoted-printable", extra=sp_extra(-1.00)),
        category="other", language="sv", business_id=y_ksk,
        notes="'Uppdatera' an organisation's e-invoicing address - not personal data; FO-nummer = Y-tunnus.")

    # ---------------------------------------------------------------- Sun 13.12.
    body = T("""
        Hei, teettekö myös valokuvien tulostusta suoraan muistitikulta? Olisi noin 60 kuvaa
        10x15 ja pari isompaa 30x40 joululahjaksi. Ehtisikö ennen joulua?

        t. Marketta
    """)
    add("other-private-customer-photo-prints-fi",
        simple(SP, "Marketta Niemi", "marketta.niemi@kotiposti.example.fi", "valokuvat", dec(13, 14, 22), body,
               cte="quoted-printable", extra=sp_extra(-0.60)),
        category="other", language="fi",
        notes="Private customer's service question.")

    bounce = T("""
        Hi. This is the qmail-send program at mail.kotiposti.example.fi.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <veikko.salo@kotiposti.example.fi.example.fi>:
        Sorry, I couldn't find any host named kotiposti.example.fi.example.fi. (#5.1.2)

        --- Below this line is a copy of the message.

        Return-Path: <info@saaristonpaino.example.fi>
        From: Saariston Painotalo <info@saaristonpaino.example.fi>
        To: veikko.salo@kotiposti.example.fi.example.fi
        Subject: Re: GDPR art. 17
        Date: Sun, 13 Dec 2026 15:40:11 +0200

        Hei Veikko,

        kiitos viestistasi. Vahvistamme, etta tietosi poistetaan asiakasrekisteristamme.
    """)
    add("auto-qmail-bounce-own-reply",
        message(rcpt=SP, frm="MAILER-DAEMON@mail.kotiposti.example.fi", frm_addr="MAILER-DAEMON@mail.kotiposti.example.fi",
                subject="failure notice", date=dec(13, 15, 40, 30), root=text(bounce, charset="us-ascii", cte="7bit"), env_from=""),
        category="automated", language="en",
        notes="qmail bounce of the company's own reply to an erasure request (typo'd address); the quoted copy "
              "talks about deleting data.")

    body = T("""
        Hei,

        löytyykö teidän tietosuojaseloste myös ruotsiksi? Yhdistyksemme hallitus
        on pääosin ruotsinkielinen ja haluaisi lukea sen ennen kuin teemme
        sopimuksen jäsenlehden painosta.

        Kiitos!
        Kirsi Lindroos
    """)
    add("other-privacy-notice-language-question-fi",
        simple(SP, "Kirsi Lindroos", "sihteeri@turunmaankotiseutu.example.org", "Tietosuojaseloste ruotsiksi?",
               dec(13, 17, 5), body, cte="quoted-printable", extra=sp_extra(-0.90)),
        category="other", language="fi",
        notes="Question about the privacy notice's language - no right used.")

    mdn_txt = T("""
        Viestisi

           Vastaanottaja: Rasmus Holm
           Aihe: Tarjous: tuotekuvasto 2027
           Lähetetty: 11.12.2026 14:20

        luettiin 13.12.2026 19:02.
    """)
    mdn = T("""
        Reporting-UA: naguvarv.example.fi; Microsoft Outlook 16.0
        Final-Recipient: rfc822;rasmus.holm@naguvarv.example.fi
        Original-Message-ID: <tarjous-2027-0418@saaristonpaino.example.fi>
        Disposition: manual-action/MDN-sent-manually; displayed
    """)
    root = multipart("report", [text(mdn_txt, cte="quoted-printable"),
                                raw_part(["Content-Type: message/disposition-notification"], mdn)],
                     "----=_NextPart_mdn_" + token("mdn", 12), params=" report-type=disposition-notification;")
    add("auto-read-receipt-fi",
        message(rcpt=SP, frm=mailbox("Rasmus Holm", "rasmus.holm@naguvarv.example.fi"),
                frm_addr="rasmus.holm@naguvarv.example.fi", subject="Luettu: Tarjous: tuotekuvasto 2027",
                date=dec(13, 19, 2), root=root, extra=[OUTLOOK, *sp_extra(-0.50)]),
        category="automated", language="fi",
        notes="Outlook read receipt (MDN), Finnish.")


# ===========================================================================
# WEEK 2 - Lumivalo Ohjelmistot Oy (Microsoft 365 shared mailbox), 14-20 Dec 2026
# ===========================================================================
LV_NEWS = T("""
    Lumivalo-uutiset | joulukuu 2026

    Hei!

    Uutta Lumivalo Varauksessa:
    - Tekstiviestimuistutukset nyt myös ruotsiksi
    - Jonotuslista peruutusajoille
    - Kassaraportti suoraan kirjanpitoon (Procountor, Netvisor)

    Joulun aukioloajat: tuki palvelee 21.-23.12. klo 9-15, 28.-30.12. klo 9-15.

    Lumivalo Ohjelmistot Oy, Tekniikantie 12, 02150 Espoo
    Peru uutiskirjeen tilaus: https://lumivalo.example.fi/uutiskirje/peru
""")


def week2() -> None:
    # ---------------------------------------------------------------- Mon 14.12.
    body = T("""
        Tiketti #5521 on päivitetty

        Asiakas: Kauneushoitola Helmi (tili 10482)
        Aihe: SMS-muistutukset eivät lähde
        Tila: Odottaa asiakasta -> Avoin
        Viimeisin kommentti (asiakas): "Toimii taas, kiitos! Voi sulkea."

        Avaa tiketti: https://lumivalo.helpdesk.example.com/a/tickets/5521

        -- Tämä on automaattinen ilmoitus Lumivalon tukijärjestelmästä. Älä vastaa tähän viestiin.
    """)
    add("auto-helpdesk-ticket-update-fi",
        lv_simple("Lumivalo Tuki", "notifications@lumivalo.helpdesk.example.com", "Tiketti #5521 on päivitetty",
                  dec(14, 7, 30), body, lang="fi",
                  extra=["Auto-Submitted: auto-generated", "X-Helpdesk-Ticket: 5521", "Precedence: bulk"]),
        category="automated", language="fi",
        notes="The company's own helpdesk SaaS notifying info@ (external, so [EXTERNAL]-tagged by M365).")

    body = T("""
        Dear Sir/Madam,

        I am kindly request to you for send me all my personal datas which your
        company is keeping about me. I was customer in the Hammas Klinikka Leppävaara
        and they say the booking system and SMS is from your company.

        Please send it in excel or other file so I can give it to my new dentist
        booking system. Also I want know who is seeing my informations.

        Thank you very much
        Ahmed Hassan Ali
        Mobile: 0465817290
    """)
    add("en-learner-access-portability-m365",
        lv_simple("ahmed hassan", "ahmed.h.ali@webmail.example.com", "Request my personal datas", dec(14, 8, 52), body,
                  lang="en"),
        category="request", kinds=["access", "portability"], language="en",
        requester_email="ahmed.h.ali@webmail.example.com", requester_name="Ahmed Hassan Ali", phone="+358465817290",
        notes="Non-native English (Arabic-speaking writer): copy + 'who is seeing' (access) and a file for a new "
              "system (portability); a clinic's patient writing to the processor; [EXTERNAL] tag and banner.")

    y_cust = new_ytunnus("2290815")
    body = T(f"""
        Dear Lumivalo team,

        As part of our annual vendor review, and under clause 7.3 of the Data Processing
        Agreement between Fysio Pohjola Oy (Business ID {y_cust}) and Lumivalo Ohjelmistot Oy,
        please provide by 31 January 2027:

        1. your current list of sub-processors, with processing locations;
        2. confirmation whether any sub-processor transfers data outside the EEA, and the
           transfer mechanism used;
        3. the date of your latest penetration test and a summary of findings.

        We also note that your notice of 2 November mentioned a new SMS gateway provider.
        Please confirm it is covered by the DPA.

        Kind regards,
        Riikka Haapala
        Data Protection Officer, Fysio Pohjola Oy
    """)
    add("other-customer-dpo-subprocessors-en",
        lv_alt("Riikka Haapala", "dpo@fysiopohjola.example.fi", "Sub-processor list and transfer information (DPA cl. 7.3)",
               dec(14, 9, 40), body, lang="en", outlook=True, charset="windows-1252"),
        category="other", language="en", business_id=y_cust,
        notes="A customer's DPO asks the processor about sub-processors and transfers - business data-protection "
              "mail, no data subject; [EXTERNAL] banner.")

    body = T("""
        Hei,

        Tiketti #20931 - Poistuneen työntekijän tili (Jussi Laaksonen, lopetti 11.12.)

        Lukitsimme tilin perjantaina ja poistimme MFA-laitteet. Tarvitsemme teiltä
        päätöksen jatkosta:

        a) muutetaanko postilaatikko jaetuksi ja annetaan Annelle lukuoikeus, vai
        b) viedäänkö posti arkistoon (PST) ja poistetaan tili 30 päivän päästä?

        Lisäksi OneDrivessa on n. 14 Gt tiedostoja - siirretäänkö ne Teams-kanavalle?

        Vastaa tähän viestiin, niin vastaus päivittyy tikettiin.

        Terveisin
        Mikko Kallio
        ITkumppani Uusimaa Oy / tukipalvelu
        puh. 09 4241 7700
    """)
    add("other-it-ticket-departed-employee-account-fi",
        lv_simple("ITkumppani tukipalvelu", "tuki@itkumppani.example.fi", "[#20931] Poistuneen työntekijän tili - päätös tarvitaan",
                  dec(14, 10, 15), body, lang="fi", extra=["X-Ticket-ID: 20931"]),
        category="other", language="fi", phone="+358942417700",
        notes="IT partner's ticket about a departed employee's account (delete / convert / archive) - needs a "
              "decision, but it is not a data subject's request; written by a technician, so not automated.")

    y_tmi = new_ytunnus("1548092")
    body = T(f"""
        Hei,

        lopetan toiminimeni (Tmi Anu Kivelä, Y-tunnus {y_tmi}) vuodenvaihteessa ja
        siirryn kumppanin kanssa yhteiseen yritykseen, joka käyttää toista
        ajanvarausjärjestelmää.

        Pyydän teitä:
        1) toimittamaan minulle kaikki tilini tiedot (asiakasrekisteri, varaushistoria,
           lahjakortit) koneluettavassa muodossa, esim. CSV tai Excel
        2) poistamaan tilin ja kaikki tietoni sen jälkeen, kun olen vahvistanut, että
           siirto onnistui.

        Asiakasnumero 20417. Tavoitatte minut numerosta 045 231 7788.

        Ystävällisin terveisin
        Anu Kivelä
    """)
    add("fi-portability-erasure-sole-trader",
        lv_alt("Anu Kivelä", "anu@kauneusanu.example.fi", "Tilin lopetus ja tietojen siirto", dec(14, 12, 3), body,
               lang="fi"),
        category="request", kinds=["erasure", "portability"], language="fi", requester_email="anu@kauneusanu.example.fi",
        requester_name="Anu Kivelä", phone="+358452317788", business_id=y_tmi,
        notes="Sole trader's account: machine-readable export (portability) then deletion (erasure); Y-tunnus of "
              "the toiminimi; [EXTERNAL] banner.")

    body = T("""
        Moi!

        Aloitin kokeilujakson eilen. Miten saan varauskalenterin näkymään Google-
        kalenterissa? Asetuksista löytyy vain Outlook-linkki. Ja saako asiakkaille
        lähtevän vahvistusviestin tekstiä muokattua?

        Terveisin
        Noora, Studio Noora
    """)
    add("other-trial-support-question-fi",
        lv_simple("Noora Heikkilä", "studio.noora@webmail.example.com", "Google-kalenteri?", dec(14, 14, 21), body,
                  lang="fi"),
        category="other", language="fi",
        notes="Trial user's support question.")

    body = T("""
        Olen poissa toimistolta 14.12.-21.12. Sähköpostia luen satunnaisesti.
        Laskutusasioissa: laskutus@hammasklinikka-lv.example.fi

        Terveisin
        Mervi Toivonen
        Hammasklinikka Leppävaara
    """)
    raw = message(rcpt=LV, frm=mailbox("Mervi Toivonen", "mervi.toivonen@hammasklinikka-lv.example.fi"),
                  frm_addr="mervi.toivonen@hammasklinikka-lv.example.fi",
                  subject="[EXTERNAL] Automaattinen vastaus: Lasku 2026-1288", date=dec(14, 15, 0),
                  root=text(ext(body), cte="quoted-printable"), trace=False,
                  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    add("auto-ooo-fi-m365",
        m365(raw, frm_addr="mervi.toivonen@hammasklinikka-lv.example.fi", date=dec(14, 15, 0), lang="fi"),
        category="automated", language="fi",
        notes="Finnish out-of-office with the [EXTERNAL] subject tag placed before 'Automaattinen vastaus'.")

    # ---------------------------------------------------------------- Tue 15.12.
    body = T("""
        Hello,

        I'm writing about the "no-show" fees that Studio Kettu has charged me three
        times through your booking system (October and November). I was not a no-show
        - the appointments were cancelled by SMS, and I have screenshots.

        I have complained to the studio. While this is being sorted out, please do not
        delete anything about my bookings and cancellations, because I need it as
        evidence - but please do not use my data for any further charges or automatic
        reminders until the dispute is settled.

        Niamh Byrne
        +44 7700 900431
    """)
    add("en-restriction-dispute-m365",
        lv_simple("Niamh Byrne", "niamh.byrne@mailbox.example.com", "Disputed no-show fees - please restrict my data",
                  dec(15, 7, 44), body, lang="en"),
        category="request", kinds=["restriction"], language="en", requester_email="niamh.byrne@mailbox.example.com",
        requester_name="Niamh Byrne", phone="+447700900431",
        notes="Restriction (Art.18): keep data as evidence but stop using it during a dispute; UK mobile; "
              "'do not delete' must not become erasure.")

    body = T("""
        Hi,

        Are you still leaving money on the table? Our AI-powered crypto signals
        returned 312% in Q3. Limited seats left for our December cohort.

        Join now: https://signals-pro.example.com/join?ref=lumivalo

        To stop receiving emails click here
    """)
    add("other-spam-crypto-m365-scl5",
        lv_alt("Signals Pro", "offers@signals-pro.example.com", "Final call: December cohort", dec(15, 3, 12), body,
               lang="en", scl=5),
        category="other", language="en",
        notes="Spam that Exchange Online marked SCL 5 / SFV:SPM (in the shared mailbox's Junk folder).")

    body = T("""
        DocuSign

        Lumivalo Ohjelmistot has sent you a document to review and sign.

        "Q4_2026_Bonus_Allocation.pdf"

        REVIEW DOCUMENT: https://docs-sign.example.com/envelope/7f3a9c

        Do Not Share This Email
        This email contains a secure link to DocuSign. Please do not share this email,
        link, or access code with others.
    """)
    add("other-phishing-docusign-en",
        lv_alt("DocuSign via Lumivalo", "dse@docs-sign.example.com", "Please review: Q4_2026_Bonus_Allocation.pdf",
               dec(15, 9, 5), body, lang="en", scl=1),
        category="other", language="en",
        notes="DocuSign-style phishing that passed the filter (SCL 1), [EXTERNAL] banner.")

    body = T("""
        Hej!

        Jag får bokningsbekräftelser via er tjänst från Salong Blå i Espoo, men mitt
        namn är felstavat: det står "Malin Jonson" men ska vara Malin Jönsson. Dessutom
        har jag bytt e-postadress - den nya är malin.jonsson@example.se (den gamla
        malin.j@post.example.com ska inte användas längre).

        Kan ni rätta uppgifterna?

        Vänliga hälsningar
        Malin Jönsson
        070-318 42 96
    """)
    add("sv-se-rectification-name-email-m365",
        lv_simple("Malin Jönsson", "malin.jonsson@example.se", "Rättelse av namn och e-post", dec(15, 10, 30), body,
                  lang="sv"),
        category="request", kinds=["rectification"], language="sv", requester_email="malin.jonsson@example.se",
        requester_name="Malin Jönsson", phone="+46703184296",
        notes="Sweden-Swedish rectification of misspelt name and changed e-mail; Swedish mobile without +46; "
              "old address mentioned in the text must not be the reply address.")

    hetu_rh = new_hetu("250664", "-", "362")
    scan_jpg, sw, sh = paper_form([
        ("Nimi", "Raija Heinonen"),
        ("Henkilötunnus", hetu_rh),
        ("Osoite", "Kaskenkatu 8 C 21, 02100 Espoo"),
        ("Sähköposti", "raija.heinonen@kotiposti.example.fi"),
        ("[ ]", "Haluan tarkastaa tietoni"),
        ("[ ]", "Haluan korjata tietoni"),
        ("[x]", "Haluan, että tietoni poistetaan"),
        ("Lisätietoja", "Fysioterapian ajanvaraukset"),
        ("", "loppuneet, en ole enää asiakas."),
        ("Päiväys", "Espoo 14.12.2026"),
        ("Allekirjoitus", "Raija Heinonen"),
    ], "PYYNTÖ REKISTERÖIDYN OIKEUKSISTA", photo=False, seed=21,
        footer="Lumivalo Ohjelmistot Oy, Tekniikantie 12, 02150 Espoo - tietosuoja")
    scan_txt = (f"PYYNTÖ REKISTERÖIDYN OIKEUKSISTA\nNimi Raija Heinonen\nHenkilötunnus {hetu_rh}\n"
                "Osoite Kaskenkatu 8 C 21, 02100 Espoo\nSähköposti raija.heinonen@kotiposti.example.fi\n"
                "[ ] Haluan tarkastaa tietoni\n[ ] Haluan korjata tietoni\n[x] Haluan, että tietoni poistetaan\n"
                "Lisätietoja Fysioterapian ajanvaraukset loppuneet, en ole enää asiakas.\n"
                "Päiväys Espoo 14.12.2026\nAllekirjoitus Raija Heinonen")
    spdf = image_pdf(scan_jpg, sw, sh, scan_txt, "Skannattu asiakirja")
    body = "Hei,\n\nliitteenä lomake allekirjoitettuna.\n\nYstävällisin terveisin\nRaija Heinonen\n"
    add("fi-erasure-only-in-scanned-pdf-m365",
        lv_alt("Raija Heinonen", "raija.heinonen@kotiposti.example.fi", "lomake", dec(15, 13, 17), body, lang="fi",
               attachments=[attachment(spdf, "application/pdf", "Skannaus_20261214_1702.pdf")]),
        category="request", kinds=["erasure"], language="fi", requester_email="raija.heinonen@kotiposti.example.fi",
        requester_name="Raija Heinonen", hetu=hetu_rh,
        notes="Body says only 'liitteenä lomake' - the erasure request (and hetu) is in an image-only scanned PDF "
              "with no text layer (needs OCR); [EXTERNAL] banner.")

    y_host = new_ytunnus("3187264")
    inv = text_pdf(["# LASKU", "Pilvipalvelu Kaamos Oy", f"Y-tunnus {y_host}", "", "Laskunro 77120931  Pvm 15.12.2026",
                    "Asiakas: Lumivalo Ohjelmistot Oy (asiakasnro 3312)", "",
                    "Virtuaalipalvelimet 6 kpl 11/2026   1 440,00", "Tietokanta, hallinnoitu, 2 kpl   620,00",
                    "Varmuuskopiot 2 Tt                 96,00", "Yhteensä ALV 0 %  2 156,00 EUR", "ALV 25,5 %  549,78",
                    "Maksettava  2 705,78 EUR   Eräpäivä 29.12.2026"], "Lasku 77120931")
    body = T(f"""
        Hei,

        liitteenä lasku 77120931, eräpäivä 29.12.2026.

        Pilvipalvelu Kaamos Oy, Y-tunnus {y_host}
        Tämä viesti on lähetetty automaattisesti laskutusjärjestelmästä. Kysymykset: laskutus@kaamos.example.fi
    """)
    add("other-hosting-invoice-pdf-fi",
        lv_alt("Kaamos laskutus", "laskutus@kaamos.example.fi", "Lasku 77120931", dec(15, 15, 2), body, lang="fi",
               attachments=[attachment(inv, "application/pdf", "Lasku_77120931.pdf")]),
        category="other", language="fi", business_id=y_host,
        notes="Hosting invoice with PDF (sent by a billing system, but an invoice is business mail to act on).")

    # ---------------------------------------------------------------- Wed 16.12.
    cv3 = text_pdf(["# CURRICULUM VITAE", "Daniel Okafor", "Espoo | daniel.okafor@mailbox.example.com", "",
                    "# EXPERIENCE", "2024-2026  Backend developer (trainee), Koodikoulu Oy", "", "# EDUCATION",
                    "BSc Computer Science, Metropolia UAS, 2024", "", "# SKILLS",
                    "Python, Django, PostgreSQL, Docker, REST APIs"], "CV Daniel Okafor")
    body = T("""
        Dear hiring team,

        I would like to apply for the Junior Backend Developer position advertised on
        your website. I have two years of Django experience and I use your booking system
        myself at my barber, so I know the product from the customer side!

        My CV is attached. I am available to start in February.

        Best regards,
        Daniel Okafor
    """)
    add("other-job-application-en-cv-m365",
        lv_alt("Daniel Okafor", "daniel.okafor@mailbox.example.com", "Application: Junior Backend Developer",
               dec(16, 8, 20), body, lang="en", attachments=[attachment(cv3, "application/pdf", "Daniel_Okafor_CV.pdf")]),
        category="other", language="en",
        notes="Job application with CV; [EXTERNAL] banner.")

    body = T("""
        Hello,

        Thank you for the interview last week. I have now accepted another offer, so
        please withdraw my application for the Product Designer role.

        I would also like you to delete my CV, portfolio and any notes about me from
        your recruitment records - I'd prefer you don't keep them for future openings.

        All the best,
        Priya Raman
    """)
    add("en-erasure-withdrawn-applicant-m365",
        lv_simple("Priya Raman", "priya.raman@mailbox.example.com", "Withdrawing my application", dec(16, 9, 11), body,
                  lang="en"),
        category="request", kinds=["erasure"], language="en", requester_email="priya.raman@mailbox.example.com",
        requester_name="Priya Raman",
        notes="Job applicant withdraws and asks to delete CV and notes (erasure); polite, no legal words.")

    y_sal = new_ytunnus("2961043")
    body = T(f"""
        Hei,

        Tanja Mäkelä on lopettanut meillä 30.11. Voitteko poistaa hänen käyttäjätunnuksensa
        meidän tililtä (Parturi-Kampaamo Saksi, asiakasnro 10611)? Itse en löydä
        hallinnasta poistonappia, vain "passivoi".

        Hänen asiakkaidensa varaukset pitää siirtää Eveliinalle.

        Kiitos!
        Sari Lind, yrittäjä
        Parturi-Kampaamo Saksi / Y-tunnus {y_sal}
    """)
    add("other-customer-admin-remove-employee-user-fi",
        lv_simple("Sari Lind", "sari@saksi.example.fi", "Käyttäjän poisto", dec(16, 10, 4), body, lang="fi"),
        category="other", language="fi", business_id=y_sal,
        notes="A customer (controller) instructs removal of an ex-employee's user account - account admin, not "
              "the data subject's own request.")

    body = ("Ei kiitos enää näitä uutiskirjeitä. Olen ollut asiakkaananne, mutta en halua markkinointia "
            "sähköpostiin.\n\nTerveisin\nMarkku Lehtinen\nLehtisen Hierontapalvelu\n")
    hist = ("\n________________________________\n"
            "Lähettäjä: Lumivalo Ohjelmistot <uutiskirje@lumivalo.example.fi>\n"
            "Lähetetty: maanantai 14. joulukuuta 2026 10.00\n"
            "Vastaanottaja: Markku Lehtinen <markku@lehtisenhieronta.example.fi>\n"
            "Aihe: Lumivalo-uutiset joulukuu: tekstiviestimuistutukset ruotsiksi\n\n" + LV_NEWS)
    add("fi-objection-newsletter-reply-outlook-m365",
        lv_alt("Markku Lehtinen", "markku@lehtisenhieronta.example.fi",
               "VS: Lumivalo-uutiset joulukuu: tekstiviestimuistutukset ruotsiksi", dec(16, 11, 48), body + hist,
               lang="fi", outlook=True, charset="iso-8859-1", extra=[OUTLOOK]),
        category="request", kinds=["objection"], language="fi", requester_email="markku@lehtisenhieronta.example.fi",
        requester_name="Markku Lehtinen",
        notes="Newsletter reply 'ei kiitos enää näitä' keeping the customer relationship (objection only); "
              "Outlook 'VS:' with quoted newsletter; ISO-8859-1; [EXTERNAL] banner.")

    body = T("""
        Payments newsletter - December

        * Instant payouts now available in Finland and Estonia
        * New: pay-by-link for appointment deposits
        * Holiday settlement calendar

        Read more: https://pay.example.com/blog/december

        You're receiving this email because you have a Pay account.
        Unsubscribe: https://pay.example.com/unsubscribe?u=71bb
    """)
    add("auto-newsletter-payments-en-m365",
        lv_alt("Pay", "news@pay.example.com", "What's new in Pay: instant payouts", dec(16, 13, 0), body, lang="en",
               extra=["List-Unsubscribe: <https://pay.example.com/unsubscribe?u=71bb>", "Precedence: bulk",
                      "List-Id: <product-news.pay.example.com>"]),
        category="automated", language="en",
        notes="ESP newsletter through M365 with the [EXTERNAL] banner.")

    ndr = T("""
        Your message to anna.koskinen@fysiokoskinen.example.fi couldn't be delivered.

        anna.koskinen wasn't found at fysiokoskinen.example.fi.

        Office 365

        Action Required
        Unknown To address

        How to Fix It
        The address may be misspelled or may not exist. Try one or more of the following:
        Retype the recipient's address, then resend the message.

        Original message headers:

        From: Lumivalo Tuki <info@lumivalo.example.fi>
        To: anna.koskinen@fysiokoskinen.example.fi
        Subject: RE: [EXTERNAL] Tietojen poisto
        Date: Wed, 16 Dec 2026 14:02:41 +0000
    """)
    add("auto-m365-ndr-undeliverable",
        m365_internal(message(rcpt=LV, frm=mailbox("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lumivalo.example.fi"),
                frm_addr="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lumivalo.example.fi",
                subject="Undeliverable: RE: [EXTERNAL] Tietojen poisto", date=dec(16, 16, 2, 50),
                root=text(ndr, charset="us-ascii", cte="7bit"), trace=False,
                extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:",
                       "X-MS-Exchange-Organization-SCL: -1", "X-MS-Exchange-Organization-AuthAs: Internal"]),
                      dec(16, 16, 2, 50)),
        category="automated", language="en",
        notes="Exchange Online non-delivery report for the company's own reply to an erasure request ('Tietojen "
              "poisto' in the quoted subject); internal, no banner.")

    # ---------------------------------------------------------------- Thu 17.12.
    q1 = T("""
        Hei Kaisa,

        lasku 2026-1377 on lähetetty uudelleen oikealla viitteellä. Pahoittelut sekaannuksesta!

        Ystävällisin terveisin
        Lumivalo Tuki
    """)
    q2 = T("""
        Hei,

        joulukuun lasku tuli viitteellä 1001-2218, mutta meidän sopimuksessa viite on
        1001-2281. Voitteko lähettää korjatun laskun?

        Kaisa
    """)
    top = T("""
        Kiitos, nyt meni läpi.

        Vielä yksi asia kun kerran kirjoitan: järjestelmässä on edelleen minun vanha
        sukunimeni (Kaisa Peltonen) sekä henkilökunta-näkymässä että asiakkaille
        lähtevissä vahvistuksissa. Nimeni on kesäkuusta lähtien Kaisa Rautio. Voitteko
        korjata sen? Itse en pääse muuttamaan omaa nimeäni, vain omistaja pääsee.

        Kaisa Rautio
        Kauneushoitola Helmi
        050 477 3120
    """)
    thread = (top + "\n-----Alkuperäinen viesti-----\nLähettäjä: Lumivalo Tuki <info@lumivalo.example.fi>\n"
              "Lähetetty: keskiviikko 16. joulukuuta 2026 15.22\nAihe: RE: Laskun viite\n\n" + q1
              + "\n-----Alkuperäinen viesti-----\nLähettäjä: Kaisa Rautio <kaisa@helmihoitola.example.fi>\n"
              "Lähetetty: keskiviikko 16. joulukuuta 2026 9.05\nAihe: Laskun viite\n\n" + q2)
    add("fi-rectification-inside-invoice-thread-m365",
        lv_simple("Kaisa Rautio", "kaisa@helmihoitola.example.fi", "RE: RE: Laskun viite", dec(17, 8, 14), thread,
                  lang="fi", extra=[OUTLOOK]),
        category="request", kinds=["rectification"], language="fi", requester_email="kaisa@helmihoitola.example.fi",
        requester_name="Kaisa Rautio", phone="+358504773120",
        notes="Rectification of the writer's own name inside an invoice-reference thread; the wrong invoice "
              "reference in the history is not personal data; [EXTERNAL] banner.")

    body = T("""
        Mistä ihmeestä ootte saaneet mun numeron??? Saan teidän järjestelmästä tekstareita
        joka viikko jostain hierojasta jossa en oo IKINÄ käyny.

        Haluun tietää mitä tietoja teillä on musta ja keneltä ne on tullu, ja sitten
        poistakaa KAIKKI. Ja lopettakaa ne viestit heti.

        numero on 040 6619 223 jos ette muuten löydä
    """)
    add("fi-angry-access-erasure-objection-m365",
        lv_simple("Sami Kettunen", "sami.kettunen@webmail.example.com", "TEKSTIVIESTIT!!!", dec(17, 9, 55), body,
                  lang="fi", extra=[ANDROID_UA]),
        category="request", kinds=["access", "erasure", "objection"], language="fi",
        requester_email="sami.kettunen@webmail.example.com", requester_name="Sami Kettunen", phone="+358406619223",
        notes="Angry colloquial Finnish with three rights (source/access, delete all, stop texts); no signature, "
              "name only from the display name; odd phone grouping.")

    body = T("""
        Hej,

        vi är en kedja med sex frisörsalonger i Uppsala och Västerås och letar efter
        ett nytt bokningssystem. Har ni svenska kunder och finns gränssnittet på
        svenska? Vi vill gärna boka en demo i januari.

        Med vänlig hälsning
        Johan Berglund
        Salong Saxen AB
        +46 18 440 12 90
    """)
    add("other-sales-inquiry-sv-se-m365",
        lv_simple("Johan Berglund", "johan.berglund@salongsaxen.example.se", "Bokningssystem för sex salonger",
                  dec(17, 11, 2), body, lang="sv"),
        category="other", language="sv", phone="+4618440 1290".replace(" ", ""),
        notes="Swedish sales inquiry.")

    ics = T("""
        BEGIN:VCALENDAR
        METHOD:REPLY
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ATTENDEE;PARTSTAT=ACCEPTED;CN=Petteri Salo:mailto:petteri.salo@tilitoimistosalo.example.fi
        SUMMARY;LANGUAGE=fi-FI:Hyväksytty: Tilinpäätöspalaveri 2026
        DTSTART;TZID=FLE Standard Time:20270112T100000
        DTEND;TZID=FLE Standard Time:20270112T110000
        UID:040000008200E00074C5B7101A82E0080000000090AF
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    alt = multipart("alternative", [text(ext(""), cte="quoted-printable"),
                                    text(ics, subtype="calendar", cte="base64", params="; method=REPLY")],
                    "_000_" + token("calreply", 14) + "_")
    raw = message(rcpt=LV, frm=mailbox("Petteri Salo", "petteri.salo@tilitoimistosalo.example.fi"),
                  frm_addr="petteri.salo@tilitoimistosalo.example.fi",
                  subject="[EXTERNAL] Hyväksytty: Tilinpäätöspalaveri 2026", date=dec(17, 13, 30), root=alt, trace=False)
    add("auto-calendar-accepted-fi-m365",
        m365(raw, frm_addr="petteri.salo@tilitoimistosalo.example.fi", date=dec(17, 13, 30), lang="fi"),
        category="automated", language="fi",
        notes="Calendar acceptance (METHOD:REPLY) whose only text is the banner.")

    body = T("""
        Hei,

        harkitsemme Lumivaloa fysioterapiayrityksellemme. Muutama kysymys ennen päätöstä:

        - Sijaitsevatko palvelimet EU:ssa?
        - Teettekö kanssamme henkilötietojen käsittelysopimuksen, ja onko siitä valmis malli?
        - Voiko potilastietoja (esim. hoitomerkintöjä) tallentaa varauksen lisätietoihin,
          vai onko se kiellettyä?

        Terveisin
        Heli Mustonen
        Fysio Mustonen
        p. 044 551 0092
    """)
    add("other-prospect-dpa-hosting-question-fi",
        lv_simple("Heli Mustonen", "heli@fysiomustonen.example.fi", "Kysymyksiä tietosuojasta ennen tilausta",
                  dec(17, 14, 40), body, lang="fi"),
        category="other", language="fi", phone="+358445510092",
        notes="Prospect asks about EU hosting, DPA and health data - privacy questions, no right used.")

    body = T("""
        Thank you for contacting Kliinik Vita IT support.

        Your request has been received and assigned number INC-88213.
        Summary: "Lumivalo integration - webhook returns 401"
        Priority: P3 - we aim to respond within 2 business days.

        Please do not reply to this message. To add information, use the portal:
        https://support.kliinikvita.example.com/inc/88213
    """)
    add("auto-ticket-ack-customer-helpdesk-en-m365",
        lv_simple("Kliinik Vita IT Support", "no-reply@support.kliinikvita.example.com",
                  "[INC-88213] Request received: Lumivalo integration - webhook returns 401", dec(17, 15, 12), body,
                  lang="en", extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]),
        category="automated", language="en",
        notes="A customer's helpdesk acknowledgement.")

    # ---------------------------------------------------------------- Fri 18.12.
    body = T("""
        Tack för ditt mejl. Jag är ledig till och med den 6 januari.
        Ärenden som gäller bokningar sköts av receptionen, tfn 09 512 4400.

        God jul!
        Linnea Holmberg
        Vasa Fysio Ab
    """)
    raw = message(rcpt=LV, frm=mailbox("Linnea Holmberg", "linnea.holmberg@vasafysio.example.fi"),
                  frm_addr="linnea.holmberg@vasafysio.example.fi",
                  subject="[EXTERNAL] Automatiskt svar: Lumivalo-uutiset joulukuu", date=dec(18, 7, 1),
                  root=text(ext(body), cte="quoted-printable"), trace=False,
                  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    add("auto-ooo-sv-m365",
        m365(raw, frm_addr="linnea.holmberg@vasafysio.example.fi", date=dec(18, 7, 1), lang="sv"),
        category="automated", language="sv", phone="+35895124400",
        notes="Finland-Swedish out-of-office with a reception phone; [EXTERNAL] prefix before 'Automatiskt svar'.")

    body = T("""
        Yhteydenottolomake - lumivalo.example.fi/yhteystiedot

        Nimi: Eeva Honkanen
        Sähköposti: eeva.honkanen@kotiposti.example.fi
        Puhelin:
        Aihe: Muu asia

        Viesti:
        Olen saanut ajanvarausvahvistuksia teidän järjestelmästä ainakin kolmelta eri
        yritykseltä. Haluaisin tietää mitä tietoja minusta on teillä tallessa ja mille
        yrityksille ne näkyvät.

        --
        Lähetetty WordPress-lomakkeella (Contact Form 7)
    """)
    raw = message(rcpt=LV, frm=mailbox("Lumivalo verkkosivut", "wordpress@lumivalo.example.fi"),
                  frm_addr="wordpress@lumivalo.example.fi", subject="[EXTERNAL] Uusi yhteydenotto: Muu asia",
                  date=dec(18, 9, 36), root=text(ext(body), cte="quoted-printable"), trace=False,
                  extra=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"])
    add("fi-access-webform-no-reply-to-m365",
        m365(raw, frm_addr="wordpress@lumivalo.example.fi", date=dec(18, 9, 36), lang="fi", ip="203.0.113.80",
             spf="softfail", dmarc="fail"),
        category="request", kinds=["access"], language="fi", requester_email="eeva.honkanen@kotiposti.example.fi",
        requester_name="Eeva Honkanen",
        notes="Website contact form sent from wordpress@ (own domain, from the web host, so M365 tags it "
              "[EXTERNAL] and DMARC fails) without Reply-To: the requester's address is the form field.")

    body = T("""
        Hei,

        käyttääkö Lumivalo tekoälyä asiakkaiden varaustietojen käsittelyyn, esimerkiksi
        "ehdotetut ajat" -toiminnossa? Asiakkaani kysyi tätä, enkä osannut vastata.

        Terveisin
        Tiina Kuusela
    """)
    add("other-ai-privacy-question-fi",
        lv_simple("Tiina Kuusela", "tiina@kuuselankauneus.example.fi", "Tekoäly ja asiakastiedot?", dec(18, 11, 12),
                  body, lang="fi"),
        category="other", language="fi",
        notes="General question about AI use of customer data - no right used.")

    body = T("""
        Hei,

        laskulla 2026-1412 on väärä viite ja lisäksi siinä on kaksi kertaa joulukuun
        SMS-paketti. Voitteko hyvittää toisen ja lähettää korjatun laskun?

        Ystävällisesti
        Pekka Ojala
        Ojalan Autokoulu
    """)
    add("other-wrong-invoice-correction-fi",
        lv_simple("Pekka Ojala", "pekka@ojalanautokoulu.example.fi", "Lasku 2026-1412 virheellinen", dec(18, 12, 40),
                  body, lang="fi"),
        category="other", language="fi",
        notes="'Korjattu lasku' - invoice correction, not personal data.")

    body = T("""
        Hei!

        Kirjoitin teille marraskuussa ja sain vastauksen, että tietoni on poistettu. Kiitos
        siitä. Nyt kuitenkin sain taas muistutusviestin hammaslääkäriltä teidän
        järjestelmän kautta - ilmeisesti tiedot tulivat hammaslääkärin omasta
        järjestelmästä uudestaan.

        Pyydän, että lopetatte tekstiviestien lähettämisen minulle, ja tarkistatte
        mitä tietoja minusta nyt taas on. Numero on 0500 718 334.

        Lauri Mäkinen
    """)
    add("fi-objection-access-repeat-after-erasure-m365",
        lv_simple("Lauri Mäkinen", "lauri.makinen@kotiposti.example.fi", "Edelleen viestejä", dec(18, 14, 5), body,
                  lang="fi"),
        category="request", kinds=["access", "objection"], language="fi", requester_email="lauri.makinen@kotiposti.example.fi",
        requester_name="Lauri Mäkinen", phone="+358500718334",
        notes="Follow-up to an earlier erasure: now objects to reminder texts and asks what is held again; the "
              "'kiitos' opening makes it look like a thank-you.")

    body = T("""
        Microsoft 365 Defender

        You have 4 new messages in quarantine

        Review these messages within 30 days. Messages in quarantine are deleted
        automatically after that.

        Sender: invoice@docs-share.example.com  Subject: Payment advice 18.12.
        Sender: hr@payroll-update.example.com   Subject: Palkkakuitti joulukuu
        Sender: no-reply@crypto-prize.example.com Subject: You won
        Sender: it@mailbox-quota.example.com   Subject: Postilaatikko täynnä

        Review messages: https://security.microsoft.example.com/quarantine
    """)
    raw = message(rcpt=LV, frm=mailbox("Microsoft 365", "quarantine@messaging.microsoft.example.com"),
                  frm_addr="quarantine@messaging.microsoft.example.com",
                  subject="Microsoft 365 security: You have messages in quarantine", date=dec(18, 16, 0),
                  root=text(body, cte="quoted-printable"), trace=False,
                  extra=["Auto-Submitted: auto-generated", "X-MS-Exchange-Organization-SCL: -1",
                         "X-MS-Exchange-Organization-AuthAs: Internal"])
    add("auto-m365-quarantine-notification",
        m365_internal(raw, dec(18, 16, 0)), category="automated", language="en",
        notes="Microsoft 365 quarantine notification (no banner: sent inside the tenant).")

    # ---------------------------------------------------------------- Sat 19.12.
    body = T("""
        Hei,

        eräpäivänsä ohittanut lasku odottaa maksuasi. Välttääksesi perintäkulut avaa
        liitteenä oleva lasku ja maksa se 24 tunnin kuluessa.

        Laskun tiedot: Lasku_4471_muistutus.htm

        Perintä ja maksuvalvonta
    """)
    phish = register(b"<html><body><script>location='https://lasku-maksut.example.com/o365'</script></body></html>",
                     "")
    add("other-phishing-invoice-html-attachment-fi",
        lv_alt("Perintä", "perinta@lasku-maksut.example.com", "Maksumuistutus: lasku erääntynyt", dec(19, 2, 40), body,
               lang="fi", scl=4, attachments=[attachment(phish, "text/html", "Lasku_4471_muistutus.htm")]),
        category="other", language="fi",
        notes="Invoice phishing with an HTML attachment that redirects; SCL 4 so still delivered to the inbox.")

    body = T("""
        Yrittäjän Viikko 51/2026

        - Joulun ajan aukioloista ja työaikalaista: mitä pitää huomioida
        - Arvonlisäverokannat 2027
        - Kysely: miten tekoäly näkyy pienyrityksen arjessa?

        Lue koko uutiskirje: https://yrittajanviikko.example.fi/51-2026

        Et halua enää tätä viestiä? Peru tilaus: https://yrittajanviikko.example.fi/peru
    """)
    add("auto-newsletter-fi-m365",
        lv_alt("Yrittäjän Viikko", "uutiset@yrittajanviikko.example.fi", "Yrittäjän Viikko 51: ALV 2027 ja joulun aukiolot",
               dec(19, 7, 0), body, lang="fi",
               extra=["List-Id: <viikko.yrittajanviikko.example.fi>",
                      "List-Unsubscribe: <https://yrittajanviikko.example.fi/peru>", "Precedence: bulk"]),
        category="automated", language="fi",
        notes="Finnish ESP newsletter through M365; [EXTERNAL] banner.")

    body = T("""
        Hello,

        We operate 14 physiotherapy clinics in Tallinn and Tartu and are evaluating booking
        systems with SMS reminders in Estonian and Russian. Do you support these languages,
        and do you have references in the Baltics?

        Best regards,
        Marko Kask
        Head of Operations, Kliinik Vita OÜ
        +372 614 2290
    """)
    add("other-sales-inquiry-en-estonian-chain-m365",
        lv_simple("Marko Kask", "marko.kask@kliinikvita.example.com", "Booking system for 14 clinics", dec(19, 10, 22),
                  body, lang="en"),
        category="other", language="en", phone="+3726142290",
        notes="Sales inquiry in English from an Estonian company.")

    # ---------------------------------------------------------------- Sun 20.12.
    body = T("""
        Hei,

        sopisiko tilinpäätöspalaveri 12.1. klo 10 Teamsissa? Lähetin kutsun jo Annelle.
        Tarvitsen ennen sitä inventaariolistan ja lomapalkkavelan laskelman.

        Petteri Salo
        Tilitoimisto Salo Oy
    """)
    add("other-accountant-scheduling-fi",
        lv_simple("Petteri Salo", "petteri.salo@tilitoimistosalo.example.fi", "Tilinpäätöspalaveri", dec(20, 18, 3),
                  body, lang="fi"),
        category="other", language="fi",
        notes="Accountant's scheduling mail.")

    body = T("""
        Hyvä Lumivalo,

        Vaadin tietosuoja-asetuksen 15 ja 20 artiklan nojalla kaikki minusta
        tallennetut tiedot, mukaan lukien varaushistoria kaikilta yrityksiltä, joiden
        asiakkaana olen ollut, yleisessä koneluettavassa muodossa (JSON tai CSV).

        Lisäksi vaadin 18 artiklan nojalla, että käsittelyä rajoitetaan siihen asti,
        kunnes olen tarkistanut tietojen oikeellisuuden.

        Tunnistautumista varten: syntymäaika 2.7.1991, puhelin +358 41 760 3318.

        Juho Nurmi
    """)
    add("fi-access-portability-restriction-articles-m365",
        lv_simple("Juho Nurmi", "juho.nurmi@kotiposti.example.fi", "Tietopyyntö (15, 18 ja 20 art.)", dec(20, 21, 40),
                  body, lang="fi"),
        category="request", kinds=["access", "restriction", "portability"], language="fi",
        requester_email="juho.nurmi@kotiposti.example.fi", requester_name="Juho Nurmi", phone="+358417603318",
        notes="Three rights by article number (15, 20, 18) with plain-language descriptions; birth date is not a "
              "hetu; [EXTERNAL] banner.")



if __name__ == "__main__":
    if "--check" in sys.argv:
        build()  # only to learn the attachments' text for the widened validator; nothing is written
    sys.exit(main(sys.argv, build, HERE))
