"""Corpus 18 — channels: requests that are not in the body, and mail that passed through the company's own systems.

Written by an author who has worked the helpdesk of a Finnish SME for years. Languages: mostly Finnish,
Swedish and English.

* Requests whose words are only (or mostly) in an ATTACHMENT: PDFs with a real text layer written by hand
  (Helvetica, WinAnsiEncoding, Flate streams, correct xref) — letters and filled-in request forms; a .txt sent
  as application/octet-stream and one as text/plain in windows-1252; a .docx and an .odt built with zipfile;
  scanned letters as a greyscale PNG and as image-only PDFs (1-bit image XObject, no text layer); a photo of a
  paper form as a JPEG; a request forwarded as message/rfc822 by an employee; a letter that reached info@ from
  the office multifunction printer's scan-to-mail.
* Mail that passed through the company's own group inbox or alias: Lumivalo's info@ is a Google Group
  collaborative inbox (From rewritten to "'Name' via Info", Reply-To / X-Original-Sender, List-ID,
  Precedence: list, the Groups footer with its "unsubscribe" words); Järvisen Tilitoimisto's info@ is a
  Microsoft 365 shared mailbox with an "[ULKOINEN]" transport-rule tag and banner; Kivi & Kangas tags
  "[EXTERNAL]" with the first-contact safety tip; Saariston Painotalo tags "[EXTERN]"; Kuusiston Kuljetus's
  info@ is a hosting alias (X-Original-To, SRS Return-Path).
* Not requests: an invoice PDF, CVs (PDF, docx), an order form PDF, a signed DPA scan, a price list sent as an
  octet-stream .xlsx, a scanned complaint letter, a customer's supplier privacy questionnaire, a trade
  association's own Google Group, newsletters, an M365 quarantine digest, an auto-reply through the group.

Identity fields that appear only in an attachment ARE labelled (what a human reading everything would take).

Needs Pillow (pip install pillow) for the scanned images; everything else is the standard library. The images
are deterministic. The kit's validator reads only text parts, so this generator widens `decoded_text` to the
attachments it wrote: the text layer of its PDFs, docx/odt XML, and for images the text they were rendered from
(their legibility was checked by hand with `tesseract img - -l fin+swe+eng`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import corpus_kit
from corpus_kit import *
from corpus_kit import base64, hashlib, html, quopri, re, textwrap, timedelta, timezone

FOLDER = Path(__file__).resolve().parent
# ---------------------------------------------------------------------------
# attachment builders (PDF by hand, images with Pillow, docx/odt with zipfile)
# ---------------------------------------------------------------------------
import io
import zipfile
import zlib

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
IMAGE_TEXT: dict[str, str] = {}  # sha256 of an image attachment -> the text it was rendered from


def _pdf_str(s: str) -> str:
    b = s.encode("cp1252")
    out = []
    for c in b:
        ch = chr(c)
        if ch in "()\\":
            out.append("\\" + ch)
        elif c < 32 or c > 126:
            out.append(f"\\{c:03o}")
        else:
            out.append(ch)
    return "(" + "".join(out) + ")"


def pdf_file(objects: list[bytes], info: str) -> bytes:
    """objects[0] is the catalog (1 0 obj); info is the dictionary text of the Info object (appended last)."""
    objs = objects + [info.encode("latin-1")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def _stream(content: bytes, compress: bool, extra: str = "") -> bytes:
    if compress:
        content = zlib.compress(content)
        extra += " /Filter /FlateDecode"
    return f"<< /Length {len(content)}{extra} >>\nstream\n".encode() + content + b"\nendstream"


def text_pdf(pages, *, title: str, producer: str, creator: str = "", author: str = "",
             compress: bool = True, date: str = "D:20250301120000+02'00'") -> bytes:
    """A PDF with a real text layer. pages: list of item lists; item = ('t', x, y, size, 'R'|'B', text)
    | ('r', x, y, w, h) | ('l', x1, y1, x2, y2)."""
    n = len(pages)
    # objects: 1 catalog, 2 pages, 3 F1, 4 F2, then per page: page, content
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    for i, items in enumerate(pages):
        ops = []
        for it in items:
            if it[0] == "t":
                _, x, y, size, f, s = it
                ops.append(f"BT /{'F2' if f == 'B' else 'F1'} {size} Tf {x} {y} Td {_pdf_str(s)} Tj ET")
            elif it[0] == "r":
                _, x, y, w, h = it
                ops.append(f"0.6 w {x} {y} {w} {h} re S")
            elif it[0] == "l":
                _, x1, y1, x2, y2 = it
                ops.append(f"0.5 w {x1} {y1} m {x2} {y2} l S")
        content = ("\n".join(ops) + "\n").encode("latin-1")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                    f"/F2 4 0 R >> /ProcSet [/PDF /Text] >> /Contents {6 + 2 * i} 0 R >>".encode())
        objs.append(_stream(content, compress))
    info = f"<< /Title {_pdf_str(title)} /Producer {_pdf_str(producer)} /CreationDate ({date})"
    if creator:
        info += f" /Creator {_pdf_str(creator)}"
    if author:
        info += f" /Author {_pdf_str(author)}"
    return pdf_file(objs, info + " >>")


def wrap_lines(paras: list[str], width: int) -> list[str]:
    out = []
    for p in paras:
        if not p:
            out.append("")
            continue
        out.extend(textwrap.wrap(p, width) or [""])
    return out


def letter_pdf(paras: list[str], *, title: str, producer: str, creator: str = "", author: str = "",
               size: float = 11, top: int = 770, left: int = 72, width: int = 88, bold_first: int = 0,
               compress: bool = True) -> bytes:
    """A one- or two-page letter: paragraphs wrapped at *width* characters, Helvetica."""
    lines = wrap_lines(paras, width)
    lead = round(size * 1.35, 1)
    pages, items, y = [], [], top
    for i, line in enumerate(lines):
        if y < 70:
            pages.append(items)
            items, y = [], top
        if line:
            items.append(("t", left, round(y, 1), size, "B" if i < bold_first else "R", line))
        y -= lead
    pages.append(items)
    return text_pdf(pages, title=title, producer=producer, creator=creator, author=author, compress=compress)


def pdf_text_of(data: bytes) -> str:
    """The strings drawn in a PDF's content streams (for the validation of this corpus only)."""
    out = []
    for m in re.finditer(rb"obj\s*<<((?:(?!endobj).)*?)>>\s*stream\n", data, re.S):
        d = m.group(1)
        n = int(re.search(rb"/Length (\d+)", d).group(1))
        body = data[m.end():m.end() + n]
        if b"/Subtype /Image" in d:
            continue
        if b"/FlateDecode" in d:
            body = zlib.decompress(body)
        for s in re.findall(rb"\((?:\\.|[^\\)])*\)", body, re.S):
            s = s[1:-1]
            s = re.sub(rb"\\([0-7]{3})", lambda mm: bytes([int(mm.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            out.append(s.decode("cp1252"))
    return "\n".join(out)


# --- images -----------------------------------------------------------------------------------------
def render_page(lines: list[str], *, dpi: int = 200, pt: float = 11, font: str = "DejaVuSans.ttf",
                bold_first: int = 0, margin_mm: float = 25, top_mm: float = 25, leading: float = 1.4,
                page_mm=(210, 297), bg: int = 255, skew: float = 0.0):
    from PIL import Image, ImageDraw, ImageFont
    px = lambda mm: int(mm / 25.4 * dpi)  # noqa: E731
    w, h = px(page_mm[0]), px(page_mm[1])
    img = Image.new("L", (w, h), bg)
    d = ImageDraw.Draw(img)
    size = int(pt / 72 * dpi)
    f = ImageFont.truetype(FONT_DIR + font, size)
    fb = ImageFont.truetype(FONT_DIR + "DejaVuSans-Bold.ttf", size)
    y = px(top_mm)
    for i, line in enumerate(lines):
        d.text((px(margin_mm), y), line, fill=20, font=fb if i < bold_first else f)
        y += int(size * leading)
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=bg, expand=False)
    return img


def png_bytes(img, register: str) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    data = buf.getvalue()
    IMAGE_TEXT[hashlib.sha256(data).hexdigest()] = register
    return data


def jpeg_bytes(img, register: str, quality: int = 60) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    data = buf.getvalue()
    IMAGE_TEXT[hashlib.sha256(data).hexdigest()] = register
    return data


def image_pdf(img, register: str, *, producer: str, creator: str = "", title: str = "") -> bytes:
    """An image-only PDF (no text layer): one A4 page showing a 1-bit scan as a Flate image XObject."""
    bw = img.convert("1", dither=0) if img.mode != "1" else img
    raw = bw.tobytes()
    w, h = bw.size
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q\n"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> "
            b"/ProcSet [/PDF /ImageB] >> /Contents 5 0 R >>",
            _stream(raw, True, f" /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace "
                               f"/DeviceGray /BitsPerComponent 1 /Decode [0 1]"),
            _stream(content, False)]
    info = f"<< /Producer {_pdf_str(producer)} /CreationDate (D:20250314091200+02'00')"
    if creator:
        info += f" /Creator {_pdf_str(creator)}"
    if title:
        info += f" /Title {_pdf_str(title)}"
    data = pdf_file(objs, info + " >>")
    IMAGE_TEXT[hashlib.sha256(data).hexdigest()] = register
    return data


# --- office documents ---------------------------------------------------------------------------------
def docx_bytes(paras: list[str], *, title: str = "", author: str = "") -> bytes:
    def p(s):
        if not s:
            return "<w:p/>"
        return ('<w:p><w:r><w:t xml:space="preserve">' + html.escape(s, quote=False) + "</w:t></w:r></w:p>")
    body = "".join(p(s) for s in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1134" w:header="708" w:footer="708" '
           'w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{html.escape(title)}</dc:title><dc:creator>{html.escape(author)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-10T08:12:00Z</dcterms:created>'
            '</cp:coreProperties>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                           ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, (2025, 3, 10, 8, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def odt_bytes(paras: list[str], *, title: str = "") -> bytes:
    body = "".join(f'<text:p text:style-name="Standard">{html.escape(s, quote=False)}</text:p>' if s
                   else '<text:p text:style-name="Standard"/>' for s in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1'
            f'</meta:generator><dc:title>{html.escape(title)}</dc:title></office:meta></office:document-meta>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        zi = zipfile.ZipInfo("mimetype", (2025, 3, 11, 19, 40, 0))
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, data in (("content.xml", content), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, (2025, 3, 11, 19, 40, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def zip_text_of(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        xml = z.read("word/document.xml" if "word/document.xml" in names else "content.xml").decode("utf-8")
    xml = re.sub(r"</(w:p|text:p)>|<(w:p|text:p)[^>]*/>", "\n", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def attachment_text(msg) -> str:
    chunks = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() in ("text", "message"):
            continue
        data = part.get_payload(decode=True) or b""
        name = (part.get_filename() or "").lower()
        sha = hashlib.sha256(data).hexdigest()
        if sha in IMAGE_TEXT:
            chunks.append(IMAGE_TEXT[sha])
        elif data.startswith(b"%PDF"):
            chunks.append(pdf_text_of(data))
        elif name.endswith((".docx", ".odt")):
            chunks.append(zip_text_of(data))
        elif name.endswith(".txt"):
            chunks.append(data.decode(part.get_content_charset() or "utf-8"))
    return "\n".join(chunks)


_kit_decoded_text = corpus_kit.decoded_text


def decoded_text_with_attachments(msg) -> str:
    return _kit_decoded_text(msg) + "\n" + attachment_text(msg)


corpus_kit.decoded_text = decoded_text_with_attachments


# ---------------------------------------------------------------------------
# mail plumbing
# ---------------------------------------------------------------------------
def att(data: bytes, ctype: str, filename: str, params: str = "") -> Part:
    if filename.isascii():
        return attachment(data, ctype, filename, params=params)
    from urllib.parse import quote
    enc = quote(filename, safe="")
    return Part([f"Content-Type: {ctype}; name*=UTF-8''{enc}{params}",
                 f"Content-Disposition: attachment;\n filename*=UTF-8''{enc}",
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


def compose(headers: list[str], root: Part) -> bytes:
    return ("\n".join(headers) + "\nMIME-Version: 1.0\n" + "\n".join(root.headers) + "\n\n").encode("ascii") \
        + root.body


def hdr_from(name: str | None, addr: str) -> str:
    return "From: " + mailbox(name, addr)


def subj(s: str) -> str:
    return "Subject: " + header_text(s)


def postfix_trace(rcpt: str, env_from: str, date, relay: str, ip: str) -> list[str]:
    stamp = rfc_date(date)
    qid = token(env_from + stamp + rcpt, 11).upper()
    return [f"Return-Path: <{env_from}>", f"Delivered-To: {rcpt}",
            f"Received: from {relay} ({relay} [{ip}])\n\tby mx.{rcpt.split('@')[1]} (Postfix) with ESMTPS id {qid}"
            f"\n\tfor <{rcpt}>; {stamp}"]


def gmail_alt(body: str, seed: str, html_body: str | None = None) -> Part:
    b = "000000000000" + token(seed, 16)
    return multipart("alternative", [text(body, charset="UTF-8", cte="quoted-printable"),
                                     text(html_body or light_html(body), subtype="html", charset="UTF-8",
                                          cte="quoted-printable")], b)


# --- the Google Group collaborative inbox at Lumivalo ----------------------------------------------------
LUMI_DOM = "lumivalo.example.fi"
LUMI_MEMBER = "asiakaspalvelu@lumivalo.example.fi"   # the mailbox the group delivers to (a member)
GROUP_ID = "684213907511"
GROUP_FOOTER_FI = ("\n-- \nSaat tämän viestin, koska olet tilannut Google-ryhmien ryhmän Info.\n"
                   "Jos haluat lopettaa tämän ryhmän tilauksen ja lopettaa sen sähköpostien vastaanottamisen, "
                   "lähetä sähköpostia osoitteeseen info+unsubscribe@lumivalo.example.fi.\n")
GROUP_FOOTER_EN = ("\n-- \nYou received this message because you are subscribed to the Google Groups \"Info\" group.\n"
                   "To unsubscribe from this group and stop receiving emails from it, send an email to "
                   "info+unsubscribe@lumivalo.example.fi.\n")


def via_group(*, name: str, addr: str, date, subject: str | None, root: Part, reply_to: str | None = "person",
              mid: str, extra=(), rewrite: bool = True, group_addr: str = "info@" + LUMI_DOM,
              group_name: str = "Info", list_id: str = "info." + LUMI_DOM, member: str = LUMI_MEMBER,
              group_id: str = GROUP_ID, archive_dom: str = LUMI_DOM, to: str | None = None, cc=None) -> bytes:
    gdom = group_addr.split("@")[1]
    glocal = group_addr.split("@")[0]
    pdom = addr.split("@")[1]
    stamp = rfc_date(date)
    pst = date.astimezone(timezone(timedelta(hours=-7)))
    bnc = glocal + "+bnc" + base64.b32encode(hashlib.sha256((addr + stamp).encode()).digest()[:20]).decode() \
        .rstrip("=") + "@" + gdom
    gid = token(mid, 10)
    disp = f"'{name}' via {group_name}"
    if rewrite:
        frm = (f'From: "{disp}" <{group_addr}>' if disp.isascii()
               else f"From: {encode_words(disp)} <{group_addr}>")
    else:
        frm = hdr_from(name, addr)
    h = [f"Delivered-To: {member}",
         f"Received: by 2002:a05:7010:{gid[:4]}:b0:{gid[4:7]}:{gid[7:10]}:{token(stamp, 4)} with SMTP id "
         f"q{token(mid + 'a', 5)}csp{int(token(mid, 6), 16) % 9000000}; {rfc_date(pst)} (PDT)",
         f"X-Received: by 2002:a05:6214:{token(mid, 4)}:b0:6e8:{token(mid + 'x', 3)}:{token(mid + 'y', 4)} with SMTP id "
         f"{token(mid + 'b', 10)}-6e8f{token(mid + 'c', 4)}mr{int(token(mid + 'd', 6), 16) % 9000000}6d6.{int(token(mid, 3), 16) % 300}.1742;"
         f"\n        {rfc_date(pst)} (PDT)",
         f"Return-Path: <{bnc}>",
         f"Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [198.51.100.69])\n"
         f"        by mx.google.com with SMTPS id {token(mid + 'e', 14)}.6.2025.{rfc_date(pst)[:3].lower()}\n"
         f"        for <{member}>\n        (Google Transport Security);\n        {rfc_date(pst)} (PDT)",
         f"Received-SPF: pass (google.com: domain of {bnc} designates 198.51.100.69 as permitted sender) "
         f"client-ip=198.51.100.69;",
         f"Authentication-Results: mx.google.com;\n       dkim=pass header.i=@{gdom} header.s=google "
         f"header.b={token(mid + 'f', 8)};\n       spf=pass (google.com: domain of {bnc} designates 198.51.100.69 "
         f"as permitted sender) smtp.mailfrom={bnc};\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) "
         f"header.from={gdom if rewrite else pdom}",
         f"X-BeenThere: {group_addr}",
         f"Date: {stamp}",
         frm,
         f"To: {to or group_addr}"]
    if cc:
        h.append(f"Cc: {cc}")
    if subject is not None:
        h.append(subj(subject))
    h.append(f"Message-ID: <{mid}>")
    h.extend(extra)
    h += [f"X-Original-Sender: {addr}",
          f"X-Original-Authentication-Results: mx.google.com;       dkim=pass header.i=@{pdom} header.s=s1 "
          f"header.b={token(mid + 'g', 8)};       spf=pass (google.com: domain of {addr} designates 203.0.113.24 "
          f"as permitted sender) smtp.mailfrom={addr};       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from={pdom}"]
    if rewrite:
        h.append("X-Original-From: " + mailbox(name, addr))
    if reply_to == "person":
        h.append("Reply-To: " + mailbox(name, addr))
    elif reply_to:
        h.append("Reply-To: " + reply_to)
    h += ["Precedence: list",
          f"Mailing-list: list {group_addr}; contact {glocal}+owners@{gdom}",
          f"List-ID: <{list_id}>",
          f"X-Spam-Checked-In-Group: {addr}",
          f"X-Google-Group-Id: {group_id}",
          f"List-Post: <https://groups.google.com/a/{archive_dom}/group/{glocal}/post>, <mailto:{group_addr}>",
          f"List-Help: <https://support.google.com/a/{archive_dom}/bin/topic.py?topic=25838>, "
          f"<mailto:{glocal}+help@{gdom}>",
          f"List-Archive: <https://groups.google.com/a/{archive_dom}/group/{glocal}/>",
          f"List-Unsubscribe: <mailto:{glocal}+unsubscribe@{gdom}>,\n <https://groups.google.com/a/{archive_dom}/group/"
          f"{glocal}/subscribe>"]
    return compose(h, root)


# --- Microsoft 365 (Exchange Online) delivery ------------------------------------------------------------
def guid(seed: str) -> str:
    t = token(seed, 32)
    return f"{t[:8]}-{t[8:12]}-{t[12:16]}-{t[16:20]}-{t[20:]}"


def m365_trace(*, tenant: str, env_from: str, date, relay: str, ip: str, mid: str, internal: bool = False,
               lang: str = "fi", ctry: str = "FI") -> tuple[list[str], list[str]]:
    """(headers above Date, headers below the message headers) as Exchange Online stores them."""
    utc = date.astimezone(timezone.utc)
    st = rfc_date(utc).replace("-0000", "+0000")
    srv = "DB9PR03MB" + str(int(token(tenant, 4), 16) % 9000 + 1000)
    fe = "AM4PEPF000" + token(mid, 5).upper()
    nmid = guid(mid)
    tid = guid(tenant)
    ms = f"{utc.strftime('%d %b %Y %H:%M:%S')}.{int(token(mid, 4), 16) % 9999:04d} (UTC)"
    pdom = env_from.split("@")[1]
    above = [f"Received: from {srv}.eurprd03.prod.outlook.com (2001:db8:10:2a8::15) by\n {srv}.eurprd03.prod.outlook.com "
             f"with HTTPS; {st}"]
    if internal:
        above += [f"Received: from {srv}.eurprd03.prod.outlook.com ([fe80::{token(mid, 4)}:{token(mid + 'i', 4)}]) by\n"
                  f" {srv}.eurprd03.prod.outlook.com ([fe80::{token(mid, 4)}:{token(mid + 'i', 4)}%4]) with mapi id\n"
                  f" 15.20.8511.026; {st}"]
    else:
        above += [f"Received: from {fe}.eurprd03.prod.outlook.com (2001:db8:10:230:cafe::5b) by\n"
                  f" {srv}.eurprd03.prod.outlook.com (2001:db8:10:2a8::15) with Microsoft SMTP Server\n"
                  f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8511.26; {st}",
                  f"Authentication-Results: spf=pass (sender IP is {ip})\n smtp.mailfrom={pdom}; dkim=pass (signature was "
                  f"verified)\n header.d={pdom};dmarc=pass action=none\n header.from={pdom};compauth=pass reason=100",
                  f"Received-SPF: Pass (protection.outlook.com: domain of {pdom} designates\n {ip} as permitted sender) "
                  f"receiver=protection.outlook.com;\n client-ip={ip}; helo={relay}; pr=C",
                  f"Received: from {relay} ({ip}) by\n {fe}.mail.protection.outlook.com (10.167.242.58) with Microsoft SMTP\n"
                  f" Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.20 via\n Frontend Transport; {st}"]
    below = [f"Return-Path: {env_from}",
             f"X-MS-Exchange-Organization-ExpirationStartTime: {ms}",
             "X-MS-Exchange-Organization-ExpirationStartTimeReason: OriginalSubmit",
             "X-MS-Exchange-Organization-ExpirationInterval: 1:00:00:00.0000000",
             "X-MS-Exchange-Organization-ExpirationIntervalReason: OriginalSubmit",
             f"X-MS-Exchange-Organization-Network-Message-Id: {nmid}",
             "X-EOPAttributedMessage: 0",
             f"X-EOPTenantAttributedMessage: {tid}:0",
             "X-MS-Exchange-Organization-MessageDirectionality: " + ("Originating" if internal else "Incoming"),
             "X-MS-PublicTrafficType: Email",
             f"X-MS-TrafficTypeDiagnostic: {fe}:EE_|{srv}:EE_",
             f"X-MS-Exchange-Organization-AuthSource: {fe if not internal else srv}.eurprd03.prod.outlook.com",
             "X-MS-Exchange-Organization-AuthAs: " + ("Internal" if internal else "Anonymous"),
             f"X-MS-Office365-Filtering-Correlation-Id: {guid(mid + 'c')}",
             "X-MS-Exchange-Organization-SCL: " + ("-1" if internal else "1"),
             "X-Microsoft-Antispam: BCL:0;ARA:13230040|69100299015|8096899003;",
             f"X-Forefront-Antispam-Report: CIP:{ip};CTRY:{ctry};LANG:{lang};SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:{relay};"
             f"PTR:{relay};CAT:NONE;SFS:(13230040)(69100299015)(8096899003);DIR:{'INT' if internal else 'INB'};",
             f"X-MS-Exchange-CrossTenant-OriginalArrivalTime: {ms}",
             f"X-MS-Exchange-CrossTenant-Network-Message-Id: {nmid}",
             f"X-MS-Exchange-CrossTenant-Id: {tid}",
             "X-MS-Exchange-CrossTenant-AuthAs: " + ("Internal" if internal else "Anonymous"),
             "X-MS-Exchange-CrossTenant-FromEntityHeader: " + ("Hosted" if internal else "Internet"),
             f"X-MS-Exchange-Transport-CrossTenantHeadersStamped: {srv}",
             f"X-MS-Exchange-Transport-EndToEndLatency: 00:00:0{int(token(mid, 2), 16) % 9}.{int(token(mid, 4), 16) % 9999:04d}",
             "X-MS-Exchange-Processed-By-BccFoldering: 15.20.8511.024"]
    return above, below


def m365_message(*, tenant: str, rcpt: str, name, addr: str, date, subject, root: Part, mid: str, relay: str,
                 ip: str, lang: str = "fi", ctry: str = "FI", internal: bool = False, extra=(), to=None,
                 reply_to=None, cc=None) -> bytes:
    above, below = m365_trace(tenant=tenant, env_from=addr, date=date, relay=relay, ip=ip, mid=mid,
                              internal=internal, lang=lang, ctry=ctry)
    h = above + [hdr_from(name, addr), f"To: {to or rcpt}"]
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h += [subj(subject), f"Date: {rfc_date(date)}", f"Message-ID: <{mid}>"]
    h.extend(extra)
    h.extend(below)
    return compose(h, root)


def outlook_thread_hdrs(subject: str, seed: str, lang: str = "fi-FI", attach: bool = False) -> list[str]:
    ti = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
    topic = header_text(re.sub(r'^(\[[A-Z]+\] )+', '', subject))
    return [f"Thread-Topic: {topic}", f"Thread-Index: {ti}",
            f"Accept-Language: {lang}, en-US", f"Content-Language: {lang}",
            "X-MS-Has-Attach: " + ("yes" if attach else ""), "X-MS-TNEF-Correlator:"]


BANNER_FI_TEXT = ("ULKOINEN VIESTI: Tämä viesti tuli organisaation ulkopuolelta. Älä avaa linkkejä tai liitteitä, "
                  "ellet tunnista lähettäjää ja tiedä sisällön olevan turvallista.\n\n")
BANNER_FI_HTML = ('<table border="0" cellspacing="0" cellpadding="6" width="100%" style="background-color:#FFF4CE;'
                  'border:1px solid #F3C300"><tr><td style="font-family:Segoe UI,sans-serif;font-size:9pt;color:#323130">'
                  '<b>ULKOINEN VIESTI:</b> Tämä viesti tuli organisaation ulkopuolelta. Älä avaa linkkejä tai '
                  'liitteitä, ellet tunnista lähettäjää ja tiedä sisällön olevan turvallista.</td></tr></table>\n')
BANNER_EN_TEXT = ("CAUTION: This message came from outside your organization. Do not click links or open attachments "
                  "unless you recognize the sender and know the content is safe.\n\n")
BANNER_EN_HTML = ('<table border="0" cellspacing="0" cellpadding="5" width="100%" style="background-color:#FDE7E9;'
                  'border-left:4px solid #D13438"><tr><td style="font-family:Segoe UI,sans-serif;font-size:9pt">'
                  '<b>CAUTION:</b> This message came from outside your organization. Do not click links or open '
                  'attachments unless you recognize the sender and know the content is safe.</td></tr></table>\n')
BANNER_SV_TEXT = ("EXTERN AVSÄNDARE: Detta meddelande kom från en avsändare utanför organisationen. Klicka inte på "
                  "länkar och öppna inte bilagor om du inte känner igen avsändaren.\n\n")
BANNER_SV_HTML = ('<div style="background-color:#E8F1FA;border:1px solid #0078D4;padding:6px;font-family:Segoe UI,'
                  'sans-serif;font-size:9pt"><b>EXTERN AVSÄNDARE:</b> Detta meddelande kom från en avsändare utanför '
                  'organisationen. Klicka inte på länkar och öppna inte bilagor om du inte känner igen avsändaren.'
                  '</div>\n')


def first_contact_html(addr: str) -> str:
    return ('<table border="0" cellspacing="0" cellpadding="0" align="left" width="100%"><tr><td style="background:'
            '#A6A6A6;padding:5pt 2pt 5pt 2pt"></td><td width="100%" cellpadding="7px 6px 7px 15px" style="background:'
            '#EAEAEA;padding:5pt 4pt 5pt 12pt;word-wrap:break-word"><div style="color:#212121"><span style="color:'
            f'#212121">You don\'t often get email from {addr}. <a href="https://aka.ms/LearnAboutSenderIdentification">'
            'Learn why this is important</a></span></div></td></tr></table>\n')


def with_banner_html(outlook: str, banner: str) -> str:
    return re.sub(r'(<body[^>]*>\n)', lambda m: m.group(1) + banner, outlook, count=1)


def outlook_alt(body: str, *, seed: str, charset: str = "windows-1252", lang: str = "FI", banner_text: str = "",
                banner_html: str = "") -> Part:
    b = "_000_" + token(seed, 24).upper() + "_"
    h = with_banner_html(outlook_html(body, charset, lang), banner_html) if banner_html else outlook_html(body, charset, lang)
    return multipart("alternative", [text(banner_text + body, charset=charset, cte="quoted-printable"),
                                     text(h, subtype="html", charset=charset, cte="quoted-printable")], b)


def alias_trace(*, alias: str, mailbox_addr: str, env_from: str, date, relay: str, ip: str) -> list[str]:
    """A hosting provider's virtual alias: info@ -> the office mailbox, sender rewritten with SRS."""
    stamp = rfc_date(date)
    local, dom = env_from.split("@")
    srs = f"SRS0={token(env_from, 4)}={token(stamp, 2).upper()}={dom}={local}@{alias.split('@')[1]}"
    q1 = token(env_from + stamp, 11).upper()
    q2 = token(stamp + env_from, 11).upper()
    ad = alias.split("@")[1]
    return [f"Return-Path: <{srs}>",
            f"X-Original-To: {alias}",
            f"Delivered-To: {mailbox_addr}",
            f"Received: from mx1.webhotelli.example.net (mx1.webhotelli.example.net [192.0.2.201])\n"
            f"\tby mail.{ad} (Postfix) with ESMTPS id {q2}\n\tfor <{mailbox_addr}>; {stamp}",
            f"Received: from {relay} ({relay} [{ip}])\n\tby mx1.webhotelli.example.net (Postfix) with ESMTPS id {q1}\n"
            f"\tfor <{alias}>; {stamp}"]


# ---------------------------------------------------------------------------
# attachment contents
# ---------------------------------------------------------------------------
def checkbox_lines(items, x, y, step, checked):
    out = []
    for i, label in enumerate(items):
        yy = y - i * step
        out.append(("r", x, yy - 2, 10, 10))
        if i in checked:
            out.append(("t", x + 1.8, yy - 0.5, 10, "B", "X"))
        out.append(("t", x + 18, yy, 10.5, "R", label))
    return out


def form_photo(lines: list[str], register: str) -> bytes:
    """A phone photo of a filled-in paper form: warm paper, a slight tilt, a darker table around it, JPEG."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    page = render_page(lines, dpi=150, pt=11, margin_mm=18, top_mm=16, leading=1.55, bold_first=2, bg=246,
                       page_mm=(148, 210))
    d = ImageDraw.Draw(page)
    f = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Italic.ttf", 30)
    d.line((560, 700, 850, 700), fill=60, width=2)
    d.text((585, 652), "E. Kurki", fill=30, font=f)
    rgb = Image.merge("RGB", (page.point(lambda v: min(255, v + 4)), page, page.point(lambda v: int(v * 0.93))))
    rgb = rgb.rotate(-1.6, resample=Image.BICUBIC, expand=True, fillcolor=(92, 74, 58))
    w, h = rgb.size
    canvas = Image.new("RGB", (w + 120, h + 140), (92, 74, 58))
    canvas.paste(rgb, (55, 70))
    shade = Image.linear_gradient("L").resize(canvas.size).point(lambda v: 255 - v // 6)
    canvas = Image.composite(canvas, Image.new("RGB", canvas.size, (30, 25, 20)), shade)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6)).resize((int(canvas.width * 0.85), int(canvas.height * 0.85)))
    return jpeg_bytes(canvas, register, quality=62)


def tiny_xlsx(rows: list[list[str]]) -> bytes:
    def cell(v):
        return f'<c t="inlineStr"><is><t>{html.escape(v)}</t></is></c>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org'
             '/spreadsheetml/2006/main"><sheetData>' + "".join("<row>" + "".join(cell(v) for v in r) + "</row>"
                                                               for r in rows) + "</sheetData></worksheet>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                            'openxmlformats.org/package/2006/content-types"><Override PartName="/xl/worksheets/sheet1.xml" '
                            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                            '</Types>'), ("xl/worksheets/sheet1.xml", sheet)):
            zi = zipfile.ZipInfo(name, (2025, 2, 27, 14, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# the corpus
# ---------------------------------------------------------------------------
def build() -> None:
    # 1 -------------------------------------------------------------------------------------------------
    hetu1 = new_hetu("140358", "-", "211")
    letter = ["Raimo Kallio", "Sorilantie 14", "33310 Tampere", "p. 040 718 2265", "",
              "Kattopojat Oy", "Tietosuoja / asiakasrekisteri", "", "Tampereella 3.3.2025", "",
              "HENKILÖTIETOJEN TARKASTUSPYYNTÖ", "",
              "Viittaan tietosuojaselosteeseenne ja EU:n tietosuoja-asetuksen 15 artiklaan. Pyydän saada tietää, mitä "
              "henkilötietoja minusta on tallennettu asiakasrekisteriinne, mihin tarkoitukseen niitä käsitellään, kenelle "
              "niitä on luovutettu ja mistä ne on saatu.", "",
              "Teitte omakotitaloni kattoremontin kesällä 2019. Sen jälkeen olen saanut teiltä mainoksia ja viime "
              "syksynä puhelun, jossa myyjä tiesi taloni tiedot yllättävän tarkasti, myös sen että katto on tiilikatto "
              "ja että olen eläkkeellä.", "",
              "Toivon vastauksen kirjallisena, joko postitse yllä olevaan osoitteeseen tai sähköpostilla.", "",
              f"Henkilötunnus tunnistamista varten: {hetu1}", "", "Ystävällisin terveisin", "", "", "Raimo Kallio"]
    pdf = letter_pdf(letter, title="Tarkastuspyyntö", producer="Microsoft® Word for Microsoft 365",
                     creator="Microsoft® Word for Microsoft 365", author="Raimo", width=92)
    b = "------------" + token("kallio", 24)
    root = multipart("mixed", [text("ks. liite\n\n-- \nRaimo\n", params="; format=flowed"),
                               att(pdf, "application/pdf", "Tarkastuspyyntö_Kattopojat.pdf")], b)
    add("fi-access-pdf-letter-ks-liite", message(
        rcpt=KATTO, frm=mailbox("Raimo Kallio", "raimo.kallio@kotiposti.example.fi"),
        frm_addr="raimo.kallio@kotiposti.example.fi", subject="Tarkastuspyyntö", date=when(2025, 3, 3, 18, 42, 10, 2),
        root=root, extra=[TB, "Content-Language: fi"], relay="smtp.kotiposti.example.fi", ip="198.51.100.31"),
        category="request", kinds=["access"], language="fi", requester_email="raimo.kallio@kotiposti.example.fi",
        requester_name="Raimo Kallio", phone="+358407182265", hetu=hetu1,
        notes="Body is only 'ks. liite'; the Art. 15 letter with phone and hetu is a Word PDF (Flate text layer, "
              "RFC 2231 UTF-8 file name).")

    # 2 -------------------------------------------------------------------------------------------------
    hetu2 = new_hetu("230779", "-", "156")
    items = [("t", 56, 790, 14, "B", "JÄRVISEN TILITOIMISTO OY"),
             ("t", 56, 770, 11, "B", "REKISTERÖIDYN PYYNTÖ HENKILÖTIETOJEN KÄSITTELYSTÄ"),
             ("t", 56, 752, 8.5, "R", "Palauta täytettynä osoitteeseen info@jarvisentilit.example.fi tai postitse: "
                                      "Järvisen Tilitoimisto Oy, Kauppakatu 18 B, 40100 Jyväskylä."),
             ("l", 56, 742, 539, 742),
             ("t", 56, 722, 11, "B", "1. Pyynnön esittäjä")]
    fields = [("Nimi", "Tiina Salmela"), ("Henkilötunnus", hetu2), ("Osoite", "Vaajakoskentie 48, 40800 Vaajakoski"),
              ("Puhelin", "050 442 1870"), ("Sähköposti", "tiinasalmela@luukku.example.fi")]
    y = 700
    for lab, val in fields:
        items += [("t", 60, y, 10, "R", lab + ":"), ("r", 160, y - 5, 379, 17), ("t", 166, y, 10.5, "R", val)]
        y -= 24
    items.append(("t", 56, y - 6, 11, "B", "2. Pyyntö koskee (rastita)"))
    items += checkbox_lines(["Pääsy omiin tietoihin (tarkastusoikeus)", "Virheellisen tiedon oikaisu",
                             "Tietojen poistaminen", "Käsittelyn rajoittaminen",
                             "Käsittelyn vastustaminen / suoramarkkinointikielto",
                             "Tietojen siirtäminen järjestelmästä toiseen"], 64, y - 30, 19, {2, 4})
    y = y - 30 - 6 * 19 - 8
    items += [("t", 56, y, 11, "B", "3. Lisätiedot"), ("r", 56, y - 78, 483, 68)]
    extra_txt = ["Toiminimeni Salmelan Siivous lopetettiin 31.12.2024 ja kirjanpito on siirtynyt muualle.",
                 "Poistakaa tietoni niiltä osin kuin laki ei velvoita niitä säilyttämään, ja lopettakaa",
                 "uutiskirjeiden ja tarjousten lähettäminen minulle."]
    for i, line in enumerate(extra_txt):
        items.append(("t", 62, y - 24 - i * 14, 10, "R", line))
    y -= 110
    items += [("t", 56, y, 10, "R", "Paikka ja aika:"), ("t", 140, y, 10.5, "R", "Jyväskylä 5.3.2025"),
              ("t", 300, y, 10, "R", "Allekirjoitus:"), ("t", 372, y, 10.5, "R", "Tiina Salmela"),
              ("l", 370, y - 4, 539, y - 4),
              ("t", 56, 60, 7.5, "R", "Lomake v. 2/2023. Käsittelemme pyynnön kuukauden kuluessa. Tietosuojaseloste: "
                                      "jarvisentilit.example.fi/tietosuoja")]
    pdf = text_pdf([items], title="Rekisteröidyn pyyntölomake", producer="Adobe Acrobat Pro (64-bit) 24.1.20643",
                   creator="Adobe Acrobat Pro (64-bit) 24.1.20643")
    b = "Apple-Mail-" + guid("salmela").upper()
    root = multipart("mixed", [text("\n\nLähetetty iPhonesta\n", params="", cte="quoted-printable"),
                               att(pdf, "application/pdf", "Rekisteröidyn pyyntölomake täytetty.pdf")], b)
    add("fi-erasure-objection-filled-form-iphone-empty-body", m365_message(
        tenant="jarvisentilit", rcpt=TILI, name="Tiina Salmela", addr="tiinasalmela@luukku.example.fi",
        date=when(2025, 3, 5, 21, 7, 44, 2), subject="[ULKOINEN] Lomake", root=root,
        mid=f"{guid('salmela-mid').upper()}@luukku.example.fi", relay="smtp.luukku.example.fi", ip="198.51.100.77",
        extra=[IPHONE, "Content-Language: fi"]),
        category="request", kinds=["erasure", "objection"], language="fi",
        requester_email="tiinasalmela@luukku.example.fi", requester_name="Tiina Salmela", phone="+358504421870",
        hetu=hetu2, notes="Empty body ('Lähetetty iPhonesta'); the company's own PDF form filled in, with erasure and "
                          "direct-marketing boxes ticked; through the M365 [ULKOINEN] tag with no body banner.")

    # 3 -------------------------------------------------------------------------------------------------
    letter = ["Gunilla Mattsson", "Strandvägen 7 A 3", "20100 Åbo", "tfn 045 734 4219", "",
              "Saariston Painotalo Oy / Skärgårdens Tryckeri Ab", "Dataskyddsansvarig", "", "Åbo den 6 mars 2025", "",
              "Begäran om registerutdrag och rättelse", "",
              "Jag har under flera år beställt visitkort och julkort av er, först privat och senare för föreningen "
              "Pargas Marthor. Med stöd av artikel 15 i dataskyddsförordningen ber jag att få ett registerutdrag över "
              "alla personuppgifter ni har om mig, inklusive uppgift om var de har hämtats och till vem de eventuellt "
              "har lämnats ut.", "",
              "Samtidigt ber jag er rätta min adress. Jag flyttade från Pargas till Åbo i januari, men era fakturor och "
              "julkortskataloger kommer fortfarande till Kyrkoesplanaden 12 i Pargas. Den nya adressen står ovan.", "",
              "Svaret kan skickas per e-post till gunilla.mattsson@pargasnet.example.fi.", "",
              "Med vänlig hälsning", "", "", "Gunilla Mattsson"]
    pdf = letter_pdf(letter, title="Begäran", producer="macOS Version 14.3 (Build 23D56) Quartz PDFContext",
                     creator="Pages", compress=True)
    b = "Apple-Mail=_" + guid("mattsson").upper()
    inner = multipart("alternative", [text("Se bifogad fil.\n\nMvh Gunilla\n", cte="7bit", charset="us-ascii"),
                                      text('<html><head><meta http-equiv="content-type" content="text/html; '
                                           'charset=us-ascii"></head><body style="overflow-wrap: break-word;">'
                                           '<div>Se bifogad fil.</div><div><br></div><div>Mvh Gunilla</div>'
                                           '</body></html>\n', subtype="html", charset="us-ascii", cte="7bit")],
                      "Apple-Mail=_" + guid("mattsson2").upper())
    root = multipart("mixed", [inner, att(pdf, "application/pdf", "Begaran registerutdrag.pdf")], b)
    subject = "[EXTERN] Begäran"
    add("sv-access-rectification-pdf-se-bifogad-fil", m365_message(
        tenant="saaristonpaino", rcpt=PAINO, name="Gunilla Mattsson", addr="gunilla.mattsson@pargasnet.example.fi",
        date=when(2025, 3, 6, 10, 15, 2, 2), subject=subject, root=root, relay="mail.pargasnet.example.fi",
        ip="198.51.100.12", mid=f"{guid('mattsson-mid').upper()}@pargasnet.example.fi", lang="sv",
        extra=["X-Mailer: Apple Mail (2.3774.300.61.1.2)"]),
        category="request", kinds=["access", "rectification"], language="sv",
        requester_email="gunilla.mattsson@pargasnet.example.fi", requester_name="Gunilla Mattsson",
        phone="+358457344219", notes="'Se bifogad fil.' — registerutdrag and address correction only in a Pages PDF; "
                                     "[EXTERN] subject tag from the company's own gateway.")

    # 4 -------------------------------------------------------------------------------------------------
    letter = ["Oliver Hartley", "14 Mill Lane", "Harrogate HG1 2AB", "United Kingdom", "",
              "Lumivalo Ohjelmistot Oy", "Espoo, Finland", "", "7 March 2025", "",
              "Request for erasure of personal data (Article 17 GDPR)", "", "Dear Sir or Madam,", "",
              "In October 2024 I signed up for a 30-day trial of your booking software using the e-mail address "
              "oliver.hartley@hartleyconsulting.example.com. I did not continue to a paid plan. Since then I have "
              "received a series of follow-up e-mails and one telephone call from your sales team.", "",
              "I ask that you erase all personal data you hold about me without undue delay, including the trial "
              "account, my details in your CRM and any notes made during the call. Please also confirm that any "
              "processors with whom my data has been shared have been instructed to do the same.", "",
              "Please confirm in writing once this has been done. I can be reached at the e-mail address above or on "
              "+44 7700 900314.", "", "Yours faithfully,", "", "", "Oliver Hartley"]
    pdf = letter_pdf(letter, title="Erasure request", producer="Microsoft: Print To PDF", author="Oliver Hartley",
                     width=90)
    body = "Please see attached.\n\nRegards,\nOliver\n"
    b = "_004_" + token("hartley", 24).upper() + "_"
    inner = multipart("alternative", [
        text(body + GROUP_FOOTER_EN, charset="us-ascii", cte="7bit"),
        text(light_html(body)[:-7] + '<p></p>\n-- <br />\nYou received this message because you are subscribed to the '
             'Google Groups &quot;Info&quot; group.<br />\nTo unsubscribe from this group and stop receiving emails from '
             'it, send an email to <a href="mailto:info+unsubscribe@lumivalo.example.fi">info+unsubscribe@lumivalo.'
             'example.fi</a>.<br />\n</div>\n', subtype="html", charset="us-ascii", cte="7bit")],
        "_000_" + token("hartley", 24).upper() + "_")
    root = multipart("mixed", [inner, att(pdf, "application/pdf", "Erasure request - Lumivalo.pdf")], b)
    add("en-erasure-pdf-please-see-attached-google-group", via_group(
        name="Oliver Hartley", addr="oliver.hartley@hartleyconsulting.example.com", date=when(2025, 3, 7, 11, 20, 5, 2),
        subject="Data request", root=root, mid=f"{guid('hartley').upper()}@hartleyconsulting.example.com",
        extra=[OUTLOOK_MAC, "Thread-Topic: Data request", "Content-Language: en-GB"]),
        category="request", kinds=["erasure"], language="en",
        requester_email="oliver.hartley@hartleyconsulting.example.com", requester_name="Oliver Hartley",
        phone="+447700900314", notes="'Please see attached.'; the Art. 17 letter is a Print-To-PDF; arrives through the "
                                     "Google Group (From rewritten, List-ID, Precedence: list, 'unsubscribe' footer).")

    # 5 -------------------------------------------------------------------------------------------------
    letter = ["Priya Natarajan", "Työpajankatu 6 B 41", "00580 Helsinki", "priya.n@mailbox.example.com",
              "044 731 0582", "", "Kivi & Kangas Design Oy", "Attn: Data Protection / HR", "", "12 March 2025", "",
              "Subject access request under Article 15 GDPR", "",
              "I applied for the position of UX Designer at your company in October 2023 and was interviewed twice in "
              "November 2023. I was not offered the position.", "",
              "I hereby request a copy of all personal data you hold about me, including but not limited to: my "
              "application and CV, notes taken during both interviews, any assessment or scoring of the design task, "
              "and internal e-mails or chat messages in which I am discussed.", "",
              "Please also tell me the purposes for which the data is processed, who it has been shared with "
              "(including any recruitment agency or testing service), how long it will be kept, and where you "
              "obtained any data that I did not give you myself.", "",
              "I look forward to your reply within one month of receipt, as the Regulation requires.", "",
              "Kind regards,", "", "Priya Natarajan"]
    pdf = letter_pdf(letter, title="SAR", producer="Google Docs Renderer", compress=True, width=90)
    b = "000000000000" + token("natarajan", 16)
    root = multipart("mixed", [att(pdf, "application/pdf", "SAR_Kivi_Kangas.pdf")], b)
    add("en-access-sar-pdf-no-body-external", m365_message(
        tenant="kivikangas", rcpt=KIVI, name="Priya Natarajan", addr="priya.n@mailbox.example.com",
        date=when(2025, 3, 12, 8, 3, 19, 2), subject="[EXTERNAL] Subject access request", root=root,
        relay="mail-out.mailbox.example.com", ip="203.0.113.52", lang="en", mid="CAK" + token("nat", 30) +
        "@mail.mailbox.example.com"),
        category="request", kinds=["access"], language="en", requester_email="priya.n@mailbox.example.com",
        requester_name="Priya Natarajan", phone="+358447310582",
        notes="No text part at all, only a PDF; a rejected job applicant's Art. 15 request; [EXTERNAL] subject tag.")

    # 6 -------------------------------------------------------------------------------------------------
    txt = T("""
        Pohjolan Laitevuokraus Oy
        asiakaspalvelu

        Sain teiltä laskun (nro 250318) ja nyt maksumuistutuksen minikaivurin vuokrasta helmikuulta. En ole vuokrannut teiltä mitään helmikuussa. Laskussa on minun nimi mutta osoite on väärä (Kauppurienkatu 40, se oli minun osoite vuoteen 2021) ja puhelinnumerokin on jonkun toisen. Ilmeisesti teillä on sekoittunut kaksi asiakasta tai joku on käyttänyt minun nimeä.

        Korjatkaa minun tiedot oikeiksi: osoite Ruskonselkä 9 C 12, 90240 Oulu, puhelin 044 512 9034.

        Ja siihen asti kun tämä on selvitetty, älkää laittako laskua perintään älkääkä käyttäkö minun tietoja mihinkään muuhun kuin tämän asian selvittämiseen.

        Juha Pesonen
        """)
    b = "----" + token("pesonen", 28).upper()
    root = multipart("mixed", [text("ks. liite\n", charset="UTF-8", cte="7bit"),
                               att(txt.replace("\n", "\r\n").encode("utf-8"), "application/octet-stream", "pyynto.txt")], b)
    add("fi-rectification-restriction-txt-octet-stream", m365_message(
        tenant="pohjolanlaite", rcpt=LAITE, name="Juha Pesonen", addr="jpesonen@netti.example.fi",
        date=when(2025, 3, 10, 7, 51, 30, 2), subject="[ULKOINEN] laskut", root=root, relay="mail.netti.example.fi",
        ip="198.51.100.140", mid=f"{token('pesonen', 20)}@netti.example.fi", extra=[ANDROID_UA]),
        category="request", kinds=["rectification", "restriction"], language="fi",
        requester_email="jpesonen@netti.example.fi", requester_name="Juha Pesonen", phone="+358445129034",
        notes="Body 'ks. liite'; the request is a UTF-8 .txt sent as application/octet-stream: correct a mixed-up "
              "address and do not use the data (or send to collection) until it is cleared up.")

    # 7 -------------------------------------------------------------------------------------------------
    txt = T("""
        Till Kuusiston Kuljetus Oy

        Jag anlitade er för en flytt från Vasa till Karleby i september 2023. Flytten beställdes och betalades av min arbetsgivare, så jag har själv aldrig lämnat några uppgifter till er – ändå fick jag i februari ett brev från er med “Vårkampanj –15 %” adresserat till mig hemma.

        1) Jag vill veta vilka uppgifter ni har om mig och varifrån ni har fått dem.
        2) Radera sedan allt om mig som ni inte måste spara enligt bokföringslagen.

        Mikael Sjöberg
        Storgatan 21 B 9, 67100 Karleby
        040 663 1187
        """)
    b = "------------" + token("sjoberg", 24)
    body = "Hej,\n\nert kontaktformulär på webben gav bara ett felmeddelande, så jag bifogar texten som fil.\n\nMikael\n"
    root = multipart("mixed", [text(body, charset="utf-8", cte="8bit", params="; format=flowed"),
                               Part(['Content-Type: text/plain; charset=windows-1252; name="arende.txt"',
                                     'Content-Disposition: attachment; filename="arende.txt"',
                                     "Content-Transfer-Encoding: quoted-printable"],
                                    quopri.encodestring(txt.encode("cp1252")) + b"\n")], b)
    date = when(2025, 3, 11, 20, 12, 40, 2)
    hdrs = alias_trace(alias=KULJ, mailbox_addr="toimisto@kuusistonkuljetus.example.fi",
                       env_from="mikael.sjoberg@vasanet.example.fi", date=date, relay="smtp.vasanet.example.fi",
                       ip="198.51.100.88")
    hdrs += [f"Date: {rfc_date(date)}", hdr_from("Mikael Sjöberg", "mikael.sjoberg@vasanet.example.fi"), f"To: {KULJ}",
             subj("Ärende"), f"Message-ID: <{guid('sjoberg')}@vasanet.example.fi>", TB, "Content-Language: sv-FI"]
    add("sv-access-erasure-txt-windows1252-alias", compose(hdrs, root),
        category="request", kinds=["access", "erasure"], language="sv",
        requester_email="mikael.sjoberg@vasanet.example.fi", requester_name="Mikael Sjöberg", phone="+358406631187",
        notes="Body only says the web form failed; the request is a text/plain windows-1252 QP .txt attachment with "
              "curly quotes and en dashes; info@ is a hosting alias (X-Original-To, SRS Return-Path).")

    # 8 -------------------------------------------------------------------------------------------------
    yt8 = new_ytunnus("2749331")
    doc = ["Järvisen Tilitoimisto Oy", "Kauppakatu 18 B", "40100 Jyväskylä", "", "Jyväskylässä 10.3.2025", "",
           "PYYNTÖ TIETOJEN LUOVUTTAMISESTA", "",
           f"Olen ollut asiakkaananne vuodesta 2016 toiminimellä Rakennuspalvelu K. Lindqvist (Y-tunnus {yt8}). "
           "Kirjanpitoni siirtyy 1.4.2025 alkaen toiselle tilitoimistolle.", "",
           "Pyydän, että toimitatte minulle kaikki minusta ja toiminimestäni tallennetut tiedot (yhteystiedot, palkka- "
           "ja verotiedot, asiakasviestit) Excel-tiedostona tai muussa sellaisessa muodossa, jonka voin viedä suoraan "
           "uuden tilitoimiston ohjelmaan.", "",
           "Pyydän lisäksi selvityksen siitä, mitä muita tietoja teillä on minusta tallessa ja kuinka kauan niitä "
           "säilytetään.", "", "Ystävällisin terveisin", "", "Kari Lindqvist", "puh. 0400 618 552"]
    docx = docx_bytes(doc, title="Pyyntö", author="Kari Lindqvist")
    body = "Hei\n\nLiitteenä pyyntöni.\n\nYstävällisin terveisin\nKari Lindqvist\nRakennuspalvelu K. Lindqvist\n"
    b = "_004_" + token("lindqvist", 24).upper() + "_"
    root = multipart("mixed", [outlook_alt(body, seed="lindqvist", banner_text=BANNER_FI_TEXT, banner_html=BANNER_FI_HTML),
                               att(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Pyyntö_tiedot.docx")], b)
    subject = "[ULKOINEN] Tietopyyntö"
    add("fi-access-portability-docx-excel-m365", m365_message(
        tenant="jarvisentilit", rcpt=TILI, name="Lindqvist Kari", addr="kari@lindqvistrakennus.example.fi",
        date=when(2025, 3, 10, 9, 2, 11, 2), subject=subject, root=root, relay="mail.lindqvistrakennus.example.fi",
        ip="198.51.100.203", mid=f"{token('lindq', 24).upper()}@lindqvistrakennus.example.fi",
        extra=[OUTLOOK] + outlook_thread_hdrs("Tietopyyntö", "lindqvist", attach=True)),
        category="request", kinds=["access", "portability"], language="fi",
        requester_email="kari@lindqvistrakennus.example.fi", requester_name="Kari Lindqvist", phone="+358400618552",
        business_id=yt8, notes="'Liitteenä pyyntöni.' — the portability ('Excel-tiedostona… viedä suoraan uuden "
                               "tilitoimiston ohjelmaan') and access wording live only in a .docx; M365 [ULKOINEN] "
                               "tag and banner; sole trader's Y-tunnus.")

    # 9 -------------------------------------------------------------------------------------------------
    doc = ["Kivi & Kangas Design Oy", "Helsingfors", "", "11.3.2025", "", "Rättelse av mina personuppgifter", "",
           "Jag är kontaktperson för Föreningen Sjöfararnas Hem rf, vars webbplats ni sköter. I ert kundsystem och i "
           "ert nyhetsbrev står jag fortfarande som Annika Lindholm med e-postadressen "
           "annika.lindholm@sjofararnashem.example.fi. Jag har gift mig och bytt efternamn, och den gamla adressen "
           "stängs i slutet av månaden.", "",
           "Vänligen rätta mitt namn till Annika Westerlund och min e-postadress till annika.westerlund@example.fi. "
           "Mitt telefonnummer 050 377 6021 är oförändrat.", "", "Med vänliga hälsningar", "Annika Westerlund"]
    odt = odt_bytes(doc, title="Rättelse")
    b = "------------" + token("westerlund", 24)
    body = ("Hej!\n\nMitt brev finns i bilagan (odt, skrivet i LibreOffice). Hör av er om ni inte får upp filen.\n\n"
            "Annika\n")
    root = multipart("mixed", [text(BANNER_EN_TEXT + body, params="; format=flowed"),
                               att(odt, "application/vnd.oasis.opendocument.text", "rattelse.odt")], b)
    add("sv-rectification-odt-external-banner", m365_message(
        tenant="kivikangas", rcpt=KIVI, name="Annika Westerlund", addr="annika.westerlund@example.fi",
        date=when(2025, 3, 11, 19, 44, 3, 2), subject="[EXTERNAL] Rättelse", root=root, relay="smtp.example.fi",
        ip="198.51.100.9", lang="sv", mid=f"{guid('westerlund')}@example.fi", extra=[TB, "Content-Language: sv-FI"]),
        category="request", kinds=["rectification"], language="sv", requester_email="annika.westerlund@example.fi",
        requester_name="Annika Westerlund", phone="+358503776021",
        notes="Name and e-mail correction only inside an .odt; English 'CAUTION: outside your organization' banner "
              "above a Swedish body.")

    # 10 ------------------------------------------------------------------------------------------------
    lines = ["Pentti Laine", "Hervannan valtaväylä 12 B 7", "33720 Tampere", "puh. (03) 345 6789", "", "",
             "Kattopojat Oy", "Asiakaspalvelu", "", "Tampereella 10.3.2025", "", "",
             "ASIA: Puhelinmarkkinointi ja tietojeni alkuperä", "",
             "Olen saanut viime viikkoina teiltä kolme puhelua, joissa minulle on tarjottu",
             "kattopesua ja pinnoitusta. En ole koskaan ollut asiakkaanne, ja asun kerrostalossa.", "",
             "Haluan tietää, mistä olette saaneet nimeni ja puhelinnumeroni ja mitä muita",
             "tietoja minusta on rekisterissänne.", "",
             "Lisäksi kiellän puhelinmarkkinoinnin. Älkää soittako minulle enää.", "", "",
             "Kunnioittavasti", "", "", "Pentti Laine"]
    img = render_page(lines, skew=0.35, bg=250)
    png = png_bytes(img, "\n".join(lines))
    b = "------------" + token("laine", 24)
    root = multipart("mixed", [text("Liitteenä kirje.\n\nPentti Laine\n", params="; format=flowed"),
                               att(png, "image/png", "skannaus_0001.png")], b)
    add("fi-access-objection-scanned-png-letter", message(
        rcpt=KATTO, frm=mailbox("Pentti Laine", "pentti.laine@kotiposti.example.fi"),
        frm_addr="pentti.laine@kotiposti.example.fi", subject="Kirje", date=when(2025, 3, 10, 14, 3, 55, 2),
        root=root, extra=[TB], relay="smtp.kotiposti.example.fi", ip="198.51.100.31"),
        category="request", kinds=["access", "objection"], language="fi",
        requester_email="pentti.laine@kotiposti.example.fi", requester_name="Pentti Laine", phone="+35833456789",
        notes="A typed letter scanned to a greyscale PNG (no text layer): where did you get my number + no telephone "
              "marketing; body 'Liitteenä kirje.'; landline with area code in brackets.")

    # 11 ------------------------------------------------------------------------------------------------
    hetu11 = new_hetu("080947", "-", "328")
    lines = ["Ingrid Holmström", "Kyrkoesplanaden 3 B", "21600 Pargas", "", "",
             "Till Saariston Painotalo Oy", "Pargas", "", "Pargas 13.3.2025", "", "",
             "Begäran om radering av personuppgifter", "",
             "Jag var tidigare ordförande i Pargas Hembygdsförening, och de uppgifter ni",
             "har om mig härrör från den tiden. Jag har nu lämnat alla uppdrag.", "",
             "Jag ber er därför radera alla mina personuppgifter ur ert kundregister och",
             "er adresslista, och bekräfta skriftligt när det är gjort.", "",
             f"Min personbeteckning för identifiering: {hetu11}", "", "",
             "Med vänlig hälsning", "", "", "Ingrid Holmström"]
    img = render_page(lines, skew=-0.25, font="DejaVuSerif.ttf", pt=12)
    pdf = image_pdf(img, "\n".join(lines), producer="iOS Version 17.3.1 (Build 21D61) Quartz PDFContext",
                    title="Skannat dokument")
    b = "Apple-Mail-" + guid("holmstrom").upper()
    root = multipart("mixed", [text("\n\nSkickat från min iPad\n", charset="utf-8", cte="quoted-printable"),
                               att(pdf, "application/pdf", "Skannat dokument.pdf")], b)
    add("sv-erasure-image-only-pdf-ipad", m365_message(
        tenant="saaristonpaino", rcpt=PAINO, name="Ingrid Holmström", addr="ingrid.holmstrom@pargasnet.example.fi",
        date=when(2025, 3, 14, 9, 31, 0, 2), subject="[EXTERN] Skannat dokument", root=root,
        relay="mail.pargasnet.example.fi", ip="198.51.100.12", lang="sv",
        mid=f"{guid('holmstrom-mid').upper()}@pargasnet.example.fi", extra=["X-Mailer: iPad Mail (21D61)"]),
        category="request", kinds=["erasure"], language="sv",
        requester_email="ingrid.holmstrom@pargasnet.example.fi", requester_name="Ingrid Holmström", hetu=hetu11,
        notes="Image-only PDF from the iPad document scanner (1-bit image, no text layer) — radering with "
              "personbeteckning; body only 'Skickat från min iPad'; subject 'Skannat dokument'.")

    # 12 ------------------------------------------------------------------------------------------------
    orig_date = when(2025, 3, 17, 16, 48, 21, 0)
    orig_body = T("""
        Hi Mikko,

        We're moving the clinic's scheduling to another system at the end of April. Could you export all the data in my account (my profile, the appointment history and the notes I've entered) and send it as CSV so I can import it elsewhere?

        Once I've confirmed the import worked, please delete my account and everything in it. I don't want anything left on your side after that.

        Thanks,
        Dan Brooks
        Brooks Dental Care, Leeds
        +44 113 496 0718
        """)
    orig = message(rcpt="mikko.harju@lumivalo.example.fi", frm=mailbox("Daniel Brooks", "dan@brooksdental.example.com"),
                   frm_addr="dan@brooksdental.example.com", subject="Data export + account", date=orig_date,
                   root=gmail_alt(orig_body, "brooks"), relay="mail-lf1-f51.brooksdental.example.com",
                   ip="203.0.113.51", mid="CAF" + token("brooks", 28))
    fw = ("Moi,\n\ntämä tuli väärään osoitteeseen, suoraan mulle. Voiko joku info-tiimistä hoitaa? En ole vastannut "
          "hänelle mitään.\n\nMikko\n")
    b = "------------" + token("harju", 24)
    root = multipart("mixed", [text(fw + GROUP_FOOTER_FI, params="; format=flowed"),
                               embedded(orig, "Data export + account.eml")], b)
    add("en-portability-erasure-forwarded-rfc822-via-group", via_group(
        name="Mikko Harju", addr="mikko.harju@lumivalo.example.fi", date=when(2025, 3, 18, 8, 12, 0, 2),
        subject="Fwd: Data export + account", root=root, mid=f"{guid('harju')}@lumivalo.example.fi", reply_to=None,
        rewrite=False, extra=[TB, "Content-Language: fi"]),
        category="request", kinds=["erasure", "portability"], language="en", requester_email="dan@brooksdental.example.com",
        requester_name="Daniel Brooks", phone="+441134960718",
        notes="Employee forwards as message/rfc822 ('tämä tuli väärään osoitteeseen') through the Google Group; the "
              "customer asks 'send it as CSV so I can import it elsewhere' and then deletion.")

    # 13 ------------------------------------------------------------------------------------------------
    lines = ["POHJOLAN LAITEVUOKRAUS OY", "ASIAKKAAN TIETOPYYNTÖ", "",
             "Nimi:  Eveliina Kurki", "Puhelin:  040 991 2034", "Sähköposti:  eveliina.kurki@example.fi",
             "Asiakasnumero (jos tiedossa):  10872", "",
             "[X]  Haluan tietää, mitä tietoja minusta on tallennettu",
             "[X]  Tiedoissani on virhe, oikea tieto alla",
             "[  ]  Haluan, että tietoni poistetaan",
             "[  ]  En halua markkinointia", "",
             "Oikea tieto / lisätiedot:",
             "Sukunimi muuttunut (ent. Haapala).",
             "Osoite nyt Kiviharjuntie 11 as 5, 90220 Oulu.", "",
             "Päiväys:  17.3.2025          Allekirjoitus:"]
    jpg = form_photo(lines, "\n".join(lines) + "\nE. Kurki")
    b = "Apple-Mail-" + guid("kurki").upper()
    body = ("Täytin tämän teidän Limingantullin toimipisteessä, mutta myyjä sanoi että laita se sähköpostilla. "
            "Tässä kuva.\n\nLähetetty iPhonesta\n")
    root = multipart("mixed", [text(body, cte="quoted-printable"), att(jpg, "image/jpeg", "IMG_4471.jpeg")], b)
    add("fi-access-rectification-form-photo-jpeg", m365_message(
        tenant="pohjolanlaite", rcpt=LAITE, name="Eveliina Kurki", addr="eveliina.kurki@example.fi",
        date=when(2025, 3, 17, 15, 22, 8, 2), subject="[ULKOINEN] Lomake", root=root, relay="smtp.example.fi",
        ip="198.51.100.9", mid=f"{guid('kurki-mid').upper()}@example.fi", extra=[IPHONE]),
        category="request", kinds=["access", "rectification"], language="fi",
        requester_email="eveliina.kurki@example.fi", requester_name="Eveliina Kurki", phone="+358409912034",
        notes="A phone photo (JPEG) of the company's paper form with ticked boxes; the body only explains why it is "
              "sent by mail.")

    # 14 ------------------------------------------------------------------------------------------------
    body14 = T("""
        Hei,

        meidän kampaamo käytti teidän ajanvarausjärjestelmää vuoteen 2023 asti, ja olin siinä pääkäyttäjänä omalla nimelläni. Nyt sain teiltä uutiskirjeen, vaikka tilin piti olla suljettu.

        Voisitteko kertoa, mitä tietoja minusta on teillä vielä tallessa ja mihin niitä käytetään?

        Terveisin
        Jenna Rask
        Hiusstudio Rask
        045 210 7789
        """)
    mid14 = "CAJ" + token("rask", 30) + "@mail.gmail.example.com"
    add("fi-access-google-group-via-info", via_group(
        name="Jenna Rask", addr="jenna.rask@example.com", date=when(2025, 3, 11, 10, 13, 45, 2),
        subject="Tietoni", root=gmail_alt(body14 + GROUP_FOOTER_FI, "rask"), mid=mid14),
        category="request", kinds=["access"], language="fi", requester_email="jenna.rask@example.com",
        requester_name="Jenna Rask", phone="+358452107789",
        notes="Google Group collaborative inbox: From is \"'Jenna Rask' via Info\" <info@…>, the person only in "
              "Reply-To/X-Original-Sender; List-ID and Precedence: list; Finnish 'lopettaa tilauksen' footer.")

    # 15 ------------------------------------------------------------------------------------------------
    body15 = T("""
        Hej!

        Vi har använt Lumivalo Boka i tre år på vår mottagning i Umeå, men nu byter vi system. Kan ni skicka alla mina uppgifter och bokningshistoriken i ett format jag kan ta med till en annan leverantör? Helst något som går att läsa in i ett kalkylprogram.

        Tack på förhand!

        Karin Ekdahl
        Ekdahls Fysio
        070-318 44 92
        """)
    add("sv-portability-google-group-plain-words", via_group(
        name="Karin Ekdahl", addr="karin.ekdahl@ekdahlsfysio.example.se", date=when(2025, 3, 13, 13, 2, 30, 1),
        subject="Byte av system", root=gmail_alt(body15 + GROUP_FOOTER_FI, "ekdahl"),
        mid=f"{guid('ekdahl').upper()}@ekdahlsfysio.example.se", extra=["X-Mailer: Microsoft Outlook 16.0"]),
        category="request", kinds=["portability"], language="sv",
        requester_email="karin.ekdahl@ekdahlsfysio.example.se", requester_name="Karin Ekdahl", phone="+46703184492",
        notes="Portability in plain words ('i ett format jag kan ta med till en annan leverantör'); Swedish mobile; "
              "through the Google Group with the group's Finnish unsubscribe footer.")

    # 16 ------------------------------------------------------------------------------------------------
    body16 = T("""
        Hello,

        I tried your app last year (free trial, never paid) and I'd like my account and all the data in it deleted, please. I tried to do it myself from the settings page but the button just says "contact support".

        Cheers,
        Tom
        """)
    add("en-erasure-google-group-reply-to-group", via_group(
        name="Tom Reilly", addr="tom.reilly@reillyevents.example.com", date=when(2025, 3, 19, 22, 40, 12, 2),
        subject="delete account", root=gmail_alt(body16, "reilly"), reply_to=f"info@{LUMI_DOM}",
        mid="CAM" + token("reilly", 30) + "@mail.reillyevents.example.com"),
        category="request", kinds=["erasure"], language="en", requester_email="tom.reilly@reillyevents.example.com",
        requester_name="Tom Reilly", notes="Group set to 'reply to the group': both From and Reply-To are info@; the "
                                           "person is only in X-Original-Sender / X-Original-From and the 'via' name.")

    # 17 ------------------------------------------------------------------------------------------------
    body17 = T("""
        Hei,

        olemme fysioterapiaketju, jolla on kuusi toimipistettä Uudellamaalla ja Hämeessä. Vertailemme ajanvarausjärjestelmiä syksyn käyttöönottoa varten.

        Pyytäisin tarjousta noin 25 käyttäjälle. Lisäksi kiinnostaisi:
        - onko teillä rajapinta (API) Kantaan tai potilastietojärjestelmiin
        - missä asiakastiedot fyysisesti sijaitsevat (EU/ETA?)
        - onko valmis henkilötietojen käsittelysopimus (DPA) allekirjoitettavaksi

        Ystävällisin terveisin
        Sami Lehto
        Kehitysjohtaja, Fysiokulma Oy
        040 188 2260
        """)
    add("fi-other-quote-request-via-group", via_group(
        name="Sami Lehto", addr="sami.lehto@fysiokulma.example.fi", date=when(2025, 3, 12, 9, 55, 3, 2),
        subject="Tarjouspyyntö: ajanvaraus 6 toimipisteelle", root=outlook_alt(body17, seed="lehto"),
        mid=f"{token('lehto', 24).upper()}@fysiokulma.example.fi", extra=[OUTLOOK] + outlook_thread_hdrs(
            "Tarjouspyyntö: ajanvaraus 6 toimipisteelle", "lehto")),
        category="other", language="fi", phone="+358401882260",
        notes="Ordinary quote request through the Google Group; asks about data location and a DPA (not a right).")

    # 18 ------------------------------------------------------------------------------------------------
    body18 = ("Otan tämän. Kävin läpi: Jennan pääkäyttäjätili suljettiin 2023, mutta osoite oli jäänyt "
              "uutiskirjelistalle. Kokoan tiedot ja vastaan hänelle perjantaihin mennessä.\n\n-Maija\n\n"
              "ti 11.3.2025 klo 10.13 'Jenna Rask' via Info <info@lumivalo.example.fi> kirjoitti:\n"
              + quote_lines(body14) + GROUP_FOOTER_FI)
    add("fi-other-internal-note-quoting-request-via-group", via_group(
        name="Maija Koski", addr="maija.koski@lumivalo.example.fi", date=when(2025, 3, 11, 11, 2, 50, 2),
        subject="Re: Tietoni", root=gmail_alt(body18, "koski"), reply_to=None, rewrite=False,
        mid="CAH" + token("koski", 30) + "@mail.gmail.example.com",
        extra=[f"In-Reply-To: <{mid14}>", f"References: <{mid14}>"]),
        category="other", language="fi",
        notes="An employee's internal note to the collaborative inbox ('Otan tämän') that quotes the customer's "
              "access request in full; her own text is no request.")

    # 19 ------------------------------------------------------------------------------------------------
    body19 = T("""
        Kiitos viestistäsi.

        Olen vuosilomalla 24.3.–4.4.2025 enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä Hanna Virtaseen, puh. 040 551 2370.

        Tuomas Rinne
        Hammaslääkäriasema Rinne
        """)
    add("fi-auto-ooo-through-group", via_group(
        name="Tuomas Rinne", addr="tuomas.rinne@hammasrinne.example.fi", date=when(2025, 3, 25, 8, 0, 2, 2),
        subject="Automaattinen vastaus: Lumivalon uutiskirje maaliskuu 2025", root=text(body19),
        mid=f"{guid('rinne').upper()}@hammasrinne.example.fi",
        extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: "
               "tuomas.rinne@hammasrinne.example.fi"]),
        category="automated", language="fi", phone="+358405512370",
        notes="Out-of-office reply to the newsletter that arrived through the Google Group (From rewritten 'via Info').")

    # 20 ------------------------------------------------------------------------------------------------
    letter = ["Heikki Marttila", "Itätuulentie 5 B 12", "02100 Espoo", "", "Lumivalo Ohjelmistot Oy", "",
              "Espoossa 20.3.2025", "", "SUORAMARKKINOINTIKIELTO", "",
              "Kokeilin palveluanne vuonna 2022. Sen jälkeen olen saanut teiltä säännöllisesti sähköpostimarkkinointia "
              "ja kaksi kertaa puhelun myyjältänne, vaikka en ole missään vaiheessa antanut siihen lupaa.", "",
              "Kiellän tietojeni käyttämisen suoramarkkinointiin kaikissa kanavissa (sähköposti, puhelin, tekstiviesti) "
              "ja vastustan tietojeni käsittelyä markkinoinnin kohdentamiseen.", "",
              "Pyydän kirjallisen vahvistuksen.", "", "Heikki Marttila", "040 552 8110"]
    pdf = letter_pdf(letter, title="kielto", producer="LibreOffice 7.5", creator="Writer", compress=True)
    b = "------------" + token("marttila", 24)
    root = multipart("mixed", [text("ks. liite\n" + GROUP_FOOTER_FI, params="; format=flowed"),
                               att(pdf, "application/pdf", "kielto.pdf")], b)
    add("fi-objection-pdf-ks-liite-via-group", via_group(
        name="Heikki Marttila", addr="heikki.marttila@elisa-posti.example.fi", date=when(2025, 3, 20, 17, 5, 33, 2),
        subject="kielto", root=root, mid=f"{guid('marttila')}@elisa-posti.example.fi", extra=[TB]),
        category="request", kinds=["objection"], language="fi",
        requester_email="heikki.marttila@elisa-posti.example.fi", requester_name="Heikki Marttila",
        phone="+358405528110", notes="Two channels at once: a 'ks. liite' body with a LibreOffice PDF "
                                     "suoramarkkinointikielto, delivered through the Google Group.")

    # 21 ------------------------------------------------------------------------------------------------
    body21 = T("""
        Moi kaikki,

        onko muille tullut näitä tietosuojapyyntöjä? Meille tuli asiakkaalta viesti "poistakaa kaikki tietoni", mutta katon takuuta on vielä kahdeksan vuotta jäljellä. Saako tiedot poistaa vai pitääkö ne säilyttää takuun takia? Miten te olette hoitaneet?

        Pekka Aalto
        Aallon Katto Oy
        """)
    foot21 = ("\n-- \nSaat tämän viestin, koska olet tilannut Google-ryhmien ryhmän Kattourakoitsijat-jäsenet.\n"
              "Jos haluat lopettaa tämän ryhmän tilauksen ja lopettaa sen sähköpostien vastaanottamisen, lähetä "
              "sähköpostia osoitteeseen jasenet+unsubscribe@kattoliitto.example.org.\n")
    add("fi-auto-trade-association-google-group", via_group(
        name="Pekka Aalto", addr="pekka.aalto@aallonkatto.example.fi", date=when(2025, 3, 14, 7, 44, 0, 2),
        subject="Tietosuojapyynnöt ja takuuaika?", root=gmail_alt(body21 + foot21, "aalto"),
        mid="CAP" + token("aalto", 30) + "@mail.aallonkatto.example.fi", reply_to="jasenet@kattoliitto.example.org",
        group_addr="jasenet@kattoliitto.example.org", group_name="Kattourakoitsijat-jäsenet",
        list_id="jasenet.kattoliitto.example.org", member=KATTO, group_id="390214557802",
        archive_dom="kattoliitto.example.org"),
        category="automated", language="fi",
        notes="A trade association's own Google Group (List-ID not the company's) discussing an erasure request; "
              "mailing-list traffic, not a request to this company.")

    # 22 ------------------------------------------------------------------------------------------------
    body22 = T("""
        Hei,

        nimeni on muuttunut avioliiton myötä, aiemmin olin Henna Salonen. Olen teidän kauttanne palkanlaskennassa (työnantaja Jyväskylän Kukka ja Koriste Oy), ja palkkalaskelmissa ja verokorttitiedoissa on edelleen vanha nimi.

        Päivittäisittekö nimen Henna Mäkelä ja samalla osoitteen: Ailakinkatu 9 A 14, 40100 Jyväskylä.

        Kiitos!
        Henna Mäkelä
        """)
    b22 = "_000_" + token("makela", 24).upper() + "_"
    root = multipart("alternative", [text(BANNER_FI_TEXT + body22, charset="utf-8", cte="quoted-printable"),
                                     text(with_banner_html(outlook_html(body22, "utf-8"), BANNER_FI_HTML),
                                          subtype="html", charset="utf-8", cte="quoted-printable")], b22)
    add("fi-rectification-m365-ulkoinen-banner", m365_message(
        tenant="jarvisentilit", rcpt=TILI, name="Henna Mäkelä", addr="henna.makela@example.fi",
        date=when(2025, 3, 13, 12, 30, 14, 2), subject="[ULKOINEN] Nimenmuutos", root=root, relay="smtp.example.fi",
        ip="198.51.100.9", mid=f"{token('makela', 24).upper()}@example.fi",
        extra=[OUTLOOK] + outlook_thread_hdrs("Nimenmuutos", "makela")),
        category="request", kinds=["rectification"], language="fi", requester_email="henna.makela@example.fi",
        requester_name="Henna Mäkelä", notes="Name and address update as the first text after the company's own "
                                             "'ULKOINEN VIESTI' banner (text and HTML) and the [ULKOINEN] tag.")

    # 23 ------------------------------------------------------------------------------------------------
    yt23 = new_ytunnus("1784562")
    inv = [("t", 56, 790, 16, "B", "Toimistotarvike Nieminen Oy"),
           ("t", 56, 774, 9, "R", f"Puistokatu 4, 40100 Jyväskylä  |  Y-tunnus {yt23}  |  ALV rek."),
           ("t", 400, 740, 18, "B", "LASKU"),
           ("t", 400, 720, 10, "R", "Laskun numero: 2025-0412"), ("t", 400, 706, 10, "R", "Päiväys: 17.3.2025"),
           ("t", 400, 692, 10, "R", "Eräpäivä: 31.3.2025"), ("t", 400, 678, 10, "R", "Viitenumero: 20250 41207"),
           ("t", 56, 720, 10, "B", "Laskutettava:"), ("t", 56, 706, 10, "R", "Järvisen Tilitoimisto Oy"),
           ("t", 56, 692, 10, "R", "Kauppakatu 18 B"), ("t", 56, 678, 10, "R", "40100 Jyväskylä"),
           ("l", 56, 640, 539, 640), ("t", 56, 628, 9.5, "B", "Tuote"), ("t", 330, 628, 9.5, "B", "Määrä"),
           ("t", 400, 628, 9.5, "B", "à-hinta"), ("t", 480, 628, 9.5, "B", "Yhteensä"), ("l", 56, 620, 539, 620)]
    rows = [("Kopiopaperi A4 80 g, 5 x 500 arkkia", "6 ltk", "24,90", "149,40"),
            ("Mappi leveä, sininen", "20 kpl", "3,10", "62,00"),
            ("Tulostinvärikasetti HP 207X musta", "2 kpl", "89,00", "178,00"),
            ("Toimitusmaksu", "1", "9,90", "9,90")]
    y = 606
    for r in rows:
        inv += [("t", 56, y, 9.5, "R", r[0]), ("t", 330, y, 9.5, "R", r[1]), ("t", 400, y, 9.5, "R", r[2]),
                ("t", 480, y, 9.5, "R", r[3])]
        y -= 16
    inv += [("l", 56, y, 539, y), ("t", 330, y - 16, 10, "R", "Veroton yhteensä"), ("t", 480, y - 16, 10, "R", "399,30"),
            ("t", 330, y - 32, 10, "R", "ALV 25,5 %"), ("t", 480, y - 32, 10, "R", "101,82"),
            ("t", 330, y - 50, 11, "B", "Maksettava"), ("t", 480, y - 50, 11, "B", "501,12 EUR"),
            ("t", 56, 80, 8.5, "R", "Tilinumero FI21 1234 5600 0007 85  |  BIC NDEAFIHH  |  Viivästyskorko 8 %")]
    pdf = text_pdf([inv], title="Lasku 2025-0412", producer="Visma Fivaldi PDF", creator="Fivaldi")
    body23 = (f"Hyvä asiakas,\n\nliitteenä lasku 2025-0412. Eräpäivä 31.3.2025.\n\nYstävällisin terveisin\n"
              f"Toimistotarvike Nieminen Oy\nY-tunnus {yt23}\n")
    b = "_004_" + token("nieminen", 24).upper() + "_"
    root = multipart("mixed", [text(BANNER_FI_TEXT + body23, cte="quoted-printable"),
                               att(pdf, "application/pdf", "Lasku_2025-0412.pdf")], b)
    add("fi-other-invoice-pdf-m365-ulkoinen", m365_message(
        tenant="jarvisentilit", rcpt=TILI, name="Toimistotarvike Nieminen Oy", addr="laskutus@toimistotarvike.example.fi",
        date=when(2025, 3, 17, 6, 0, 4, 2), subject="[ULKOINEN] Lasku 2025-0412 Järvisen Tilitoimisto Oy",
        root=root, relay="out.fivaldi.example.com", ip="203.0.113.90", mid=f"{guid('nieminen')}@toimistotarvike.example.fi"),
        category="other", language="fi", business_id=yt23,
        notes="An invoice PDF (text layer) with the [ULKOINEN] tag and banner; Y-tunnus in both body and PDF.")

    # 24 ------------------------------------------------------------------------------------------------
    hetu24 = new_hetu("300600", "A", "179")
    orig24 = T(f"""
        Hei,

        olin teillä kesäharjoittelijana kesällä 2022. Haluaisin tarkistaa, mitä tietoja minusta on teillä vielä tallessa (hakemus, palkkatiedot, työtodistus yms.) ja kuinka pitkään niitä säilytetään.

        Henkilötunnukseni tunnistamista varten: {hetu24}

        Ville Koskinen
        044 318 7720
        """)
    fw24 = outlook_inline_forward(
        "Tämä tuli minulle suoraan, kuuluu teille.\n\nOuti\n",
        ["Lähettäjä: Ville Koskinen <ville.koskinen@opiskelija.example.fi>", "Lähetetty: maanantai 24. maaliskuuta 2025 "
         "22.17", "Vastaanottaja: Outi Järvinen <outi.jarvinen@jarvisentilit.example.fi>",
         "Aihe: [ULKOINEN] Tietopyyntö"], BANNER_FI_TEXT + orig24)
    root = outlook_alt(fw24, seed="jarvinen-fw")
    add("fi-access-inline-forward-vl-ulkoinen-internal", m365_message(
        tenant="jarvisentilit", rcpt=TILI, name="Outi Järvinen", addr="outi.jarvinen@jarvisentilit.example.fi",
        date=when(2025, 3, 25, 8, 4, 40, 2), subject="VL: [ULKOINEN] Tietopyyntö", root=root, internal=True,
        relay="DB9PR03MB.eurprd03.prod.outlook.com", ip="10.20.0.14", mid=f"{token('jarvinen-fw', 24).upper()}@"
        "DB9PR03MB.eurprd03.prod.outlook.com", extra=[OUTLOOK] + outlook_thread_hdrs("Tietopyyntö", "jarvinen-fw")),
        category="request", kinds=["access"], language="fi", requester_email="ville.koskinen@opiskelija.example.fi",
        requester_name="Ville Koskinen", phone="+358443187720", hetu=hetu24,
        notes="Internal Outlook 'VL:' forward of an [ULKOINEN]-tagged request, the banner text kept inside the quoted "
              "original; the requester is the former trainee; hetu with century sign A.")

    # 25 ------------------------------------------------------------------------------------------------
    body25 = T("""
        Hello,

        since I visited your stand at a conference in 2023 I get your agency newsletter every month. I never subscribed to it. Please stop to send it to me, and tell me which data about me you have stored and from where you have it.

        Best regards
        Lucas Meyer
        """)
    b = "_000_" + token("meyer", 24).upper() + "_"
    html25 = with_banner_html(outlook_html(body25, "iso-8859-1", "EN-US"),
                              first_contact_html("lucas.meyer@meyer-media.example.com") + BANNER_EN_HTML)
    root = multipart("alternative", [text(BANNER_EN_TEXT + body25, charset="iso-8859-1", cte="quoted-printable"),
                                     text(html25, subtype="html", charset="iso-8859-1", cte="quoted-printable")], b)
    add("en-access-objection-external-tag-first-contact", m365_message(
        tenant="kivikangas", rcpt=KIVI, name="Lucas Meyer", addr="lucas.meyer@meyer-media.example.com",
        date=when(2025, 3, 18, 15, 9, 12, 2), subject="[EXTERNAL] Your newsletter", root=root,
        relay="mail.meyer-media.example.com", ip="203.0.113.140", lang="en", ctry="DE",
        mid=f"{token('meyer', 24).upper()}@meyer-media.example.com",
        extra=[OUTLOOK] + outlook_thread_hdrs("Your newsletter", "meyer", lang="de-DE")),
        category="request", kinds=["access", "objection"], language="en",
        requester_email="lucas.meyer@meyer-media.example.com", requester_name="Lucas Meyer",
        notes="Non-native English; the HTML starts with the 'You don't often get email from' safety tip and the "
              "CAUTION banner, the text part with the banner; [EXTERNAL] tag.")

    # 26 ------------------------------------------------------------------------------------------------
    body26 = T("""
        Core Web Vitals in 2025: what changed with INP

        Hi there,

        Interaction to Next Paint replaced FID a year ago, and the data is in. Join our free webinar on 3 April at 15:00 CET to see how 1,200 sites improved their INP scores, and what the fastest agencies do differently.

        Register: https://webinars.pagespeedlab.example.com/inp-2025

        Also in this issue:
        - Image CDNs compared: cost per million requests
        - Consent banners and LCP: measuring the real cost

        You are receiving this e-mail because you signed up at pagespeedlab.example.com.
        Manage your preferences or unsubscribe: https://pagespeedlab.example.com/u/8f2c91
        PageSpeed Lab Ltd, 20 Harbour Street, Dublin
        """)
    b = "b1_" + token("psl", 32)
    root = multipart("alternative", [text(BANNER_EN_TEXT + body26, cte="quoted-printable"),
                                     text(BANNER_EN_HTML + light_html(body26, '<div style="max-width:600px">'),
                                          subtype="html", cte="quoted-printable")], b)
    add("en-auto-newsletter-external-tag", m365_message(
        tenant="kivikangas", rcpt=KIVI, name="PageSpeed Lab", addr="news@pagespeedlab.example.com",
        date=when(2025, 3, 20, 16, 0, 0, 2), subject="[EXTERNAL] Core Web Vitals in 2025: what changed with INP",
        root=root, relay="o1.mail.pagespeedlab.example.com", ip="203.0.113.200", lang="en", ctry="IE",
        mid=f"{token('psl', 22)}@pagespeedlab.example.com",
        extra=["List-Unsubscribe: <https://pagespeedlab.example.com/u/8f2c91>, <mailto:unsub-8f2c91@pagespeedlab.example.com>",
               "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
               "X-Mailer: PSL Mailer 3.2"]),
        category="automated", language="en",
        notes="Vendor newsletter with the company's [EXTERNAL] tag and banner; List-Unsubscribe, Precedence: bulk.")

    # 27 ------------------------------------------------------------------------------------------------
    body27 = T("""
        Hej,

        jag beställde bröllopsinbjudningar av er 2021 via Pia på kontoret. Nu vill jag att ni raderar mina personuppgifter och de bilder vi skickade till tryckningen, vi har skilt oss och jag vill inte att de finns kvar någonstans.

        Tack.
        Lars-Erik Nyberg
        """)
    b = "_000_" + token("nyberg", 24).upper() + "_"
    root = multipart("alternative", [text(BANNER_SV_TEXT + body27, cte="quoted-printable"),
                                     text(with_banner_html(outlook_html(body27, "utf-8", "SV"), BANNER_SV_HTML),
                                          subtype="html", cte="quoted-printable")], b)
    add("sv-erasure-extern-tag-banner", m365_message(
        tenant="saaristonpaino", rcpt=PAINO, name="Lars-Erik Nyberg", addr="lars-erik.nyberg@example.se",
        date=when(2025, 3, 21, 19, 55, 0, 1), subject="[EXTERN] Radera mina uppgifter", root=root,
        relay="smtp.example.se", ip="203.0.113.77", lang="sv", ctry="SE", mid=f"{token('nyberg', 24).upper()}@example.se",
        extra=[OUTLOOK] + outlook_thread_hdrs("Radera mina uppgifter", "nyberg", lang="sv-SE")),
        category="request", kinds=["erasure"], language="sv", requester_email="lars-erik.nyberg@example.se",
        requester_name="Lars-Erik Nyberg", notes="Swedish erasure under the company's own 'EXTERN AVSÄNDARE' banner and "
                                                 "[EXTERN] tag (text and HTML).")

    # 28 ------------------------------------------------------------------------------------------------
    yt28 = new_ytunnus("0823716")
    form = [("t", 56, 790, 14, "B", "BESTÄLLNINGSBLANKETT / TILAUSLOMAKE"),
            ("t", 56, 772, 9, "R", "Saariston Painotalo Oy – Skärgårdens Tryckeri Ab"), ("l", 56, 762, 539, 762)]
    fields = [("Företag / Yritys", "Pargas Bil Ab"), ("FO-nummer / Y-tunnus", yt28),
              ("Kontaktperson", "Sofia Grönqvist"), ("Telefon", "02 458 3310"),
              ("Leveransadress", "Industrivägen 4, 21600 Pargas"), ("Offert nr", "2025-118")]
    y = 738
    for lab, val in fields:
        form += [("t", 60, y, 9.5, "R", lab), ("r", 200, y - 5, 339, 16), ("t", 206, y, 10, "R", val)]
        y -= 22
    form += [("t", 56, y - 10, 10.5, "B", "Produkt"), ("t", 360, y - 10, 10.5, "B", "Antal"),
             ("t", 440, y - 10, 10.5, "B", "Anm.")]
    for i, (p, n, a) in enumerate([("Visitkort 85x55, 4/4, 350 g matt", "4 x 250", "4 namn enl. bilaga"),
                                   ("Broschyr A5, 8 s., 170 g silk", "1 000", "tryckfärdig PDF"),
                                   ("Rollup 85x200 med kassett", "2", "")]):
        yy = y - 30 - i * 18
        form += [("t", 56, yy, 10, "R", p), ("t", 360, yy, 10, "R", n), ("t", 440, yy, 10, "R", a)]
    form += [("t", 56, y - 110, 10, "R", "Önskad leverans: vecka 15"),
             ("t", 56, y - 140, 10, "R", "Pargas 24.3.2025      Sofia Grönqvist")]
    pdf = text_pdf([form], title="Beställning", producer="Microsoft® Excel® för Microsoft 365",
                   creator="Microsoft® Excel® för Microsoft 365")
    body28 = ("Hej,\n\nbifogat vår beställning enligt offert 2025-118. Visitkortsnamnen kommer i ett separat mejl.\n\n"
              "Mvh\nSofia Grönqvist\nPargas Bil Ab\n02 458 3310\n")
    b = "_004_" + token("gronqvist", 24).upper() + "_"
    root = multipart("mixed", [text(BANNER_SV_TEXT + body28, cte="quoted-printable"),
                               att(pdf, "application/pdf", "Beställning_PargasBil.pdf")], b)
    add("sv-other-order-form-pdf-extern", m365_message(
        tenant="saaristonpaino", rcpt=PAINO, name="Sofia Grönqvist", addr="sofia.gronqvist@pargasbil.example.fi",
        date=when(2025, 3, 24, 10, 41, 7, 2), subject="[EXTERN] Beställning visitkort och broschyrer", root=root,
        relay="mail.pargasbil.example.fi", ip="198.51.100.160", lang="sv",
        mid=f"{token('gronqvist', 24).upper()}@pargasbil.example.fi",
        extra=[OUTLOOK] + outlook_thread_hdrs("Beställning visitkort och broschyrer", "gronqvist", "sv-FI", True)),
        category="other", language="sv", phone="+35824583310", business_id=yt28,
        notes="Order form PDF with a form-like layout (like the request forms) but an ordinary order; FO-nummer with "
              "a leading zero.")

    # 29 ------------------------------------------------------------------------------------------------
    xlsx = tiny_xlsx([["Artikel", "Bezeichnung", "Preis EUR"], ["RS-210", "Rüttelplatte 210 kg", "4 890"],
                      ["MB-55", "Minibagger 5,5 t", "61 500"], ["AL-12", "Arbeitsbühne 12 m", "18 300"]])
    body29 = T("""
        Dear Sir or Madam,

        please find attached our price list for the Nordic dealers, valid from 1 April 2025. Prices are ex works Augsburg, excl. VAT.

        The list is also available in our dealer portal. For questions please contact me directly.

        Kind regards

        Stefan Huber
        Export Sales Nordics
        Baumaschinen Huber GmbH
        Tel. +49 821 4490 1726
        """)
    b = "----=_Part_" + str(int(token("huber", 8), 16))
    root = multipart("mixed", [text(BANNER_FI_TEXT + body29, charset="utf-8", cte="quoted-printable"),
                               att(xlsx, "application/octet-stream", "Preisliste_Nordics_2025.xlsx")], b)
    add("en-other-price-list-octet-stream-ulkoinen", m365_message(
        tenant="pohjolanlaite", rcpt=LAITE, name="Huber, Stefan", addr="s.huber@huber-baumaschinen.example.com",
        date=when(2025, 3, 26, 9, 12, 0, 2), subject="[ULKOINEN] Price list 2025 / Preisliste 2025", root=root,
        relay="mx.huber-baumaschinen.example.com", ip="203.0.113.33", lang="en", ctry="DE",
        mid=f"{token('huber', 20)}@huber-baumaschinen.example.com"),
        category="other", language="en", phone="+4982144901726",
        notes="Supplier price list as an application/octet-stream .xlsx blob; Finnish [ULKOINEN] banner above English.")

    # 30 ------------------------------------------------------------------------------------------------
    cv = ["JOONAS HEIKKINEN", "Kattoasentaja", "Nekalantie 22 B 9, 33100 Tampere  |  050 362 9914  |  "
          "joonas.heikkinen@example.fi", "", "PROFIILI",
          "Kuuden vuoden kokemus pelti- ja tiilikattojen asennuksesta ja korjauksesta. Tulityökortti, "
          "työturvallisuuskortti ja B-ajokortti. Tottunut työskentelemään korkealla ja itsenäisesti.", "",
          "TYÖKOKEMUS", "2021–   Kattoasentaja, Pirkan Peltikatot Oy, Tampere",
          "2019–2021   Asentaja, Rakennus Mäkelä Ky, Lempäälä", "2018   Kesätyöntekijä, Tampereen Tilapalvelut", "",
          "KOULUTUS", "2018   Talonrakentaja, Tredu", "", "KORTIT", "Tulityökortti (voimassa 2027), "
          "työturvallisuuskortti, ensiapu EA1, henkilönostinkortti", "", "KIELITAITO", "suomi (äidinkieli), "
          "englanti (hyvä), ruotsi (tyydyttävä)", "", "Suosittelijat pyydettäessä."]
    pdf = letter_pdf(cv, title="CV Joonas Heikkinen", producer="Canva", bold_first=2, width=90)
    body30 = T("""
        Hei!

        Näin ilmoituksenne kattoasentajan paikasta Oikotiellä. Liitteenä CV ja hakemus. Pystyn aloittamaan toukokuussa.

        Ystävällisin terveisin
        Joonas Heikkinen
        050 362 9914
        """)
    b = "000000000000" + token("heikkinen-mixed", 16)
    root = multipart("mixed", [gmail_alt(body30, "heikkinen"), att(pdf, "application/pdf", "CV_Joonas_Heikkinen.pdf")], b)
    add("fi-other-cv-pdf-job-application", message(
        rcpt=KATTO, frm=mailbox("Joonas Heikkinen", "joonas.heikkinen@example.fi"), frm_addr="joonas.heikkinen@example.fi",
        subject="Työhakemus – kattoasentaja", date=when(2025, 3, 12, 21, 30, 41, 2), root=root,
        relay="mail-ej1-f44.example.fi", ip="198.51.100.44", mid="CAB" + token("heikkinen", 30)),
        category="other", language="fi", phone="+358503629914",
        notes="Job application with a CV PDF (text layer) full of personal data; no right is used.")

    # 31 ------------------------------------------------------------------------------------------------
    cv = ["CV – Jonas Björklund", "", "Kontaktuppgifter", "Skolhusgatan 5, 65100 Vasa", "Tfn 044 209 5531",
          "jonas.bjorklund@example.fi", "", "Erfarenhet",
          "2019–2025  Lastbilschaufför, Österbottens Transport Ab (fjärrtrafik Vasa–Helsingfors)",
          "2015–2019  Lagerarbetare, Wasa Logistik Oy", "", "Utbildning och körkort",
          "C- och CE-körkort, yrkeskompetensbevis (giltigt till 2028), ADR-intyg", "", "Språk",
          "Svenska (modersmål), finska (goda kunskaper), engelska (goda kunskaper)"]
    docx = docx_bytes(cv, title="CV", author="Jonas Björklund")
    body31 = T("""
        Hej,

        jag söker jobbet som lastbilschaufför som ni annonserade på er webbplats. Mitt CV finns bifogat. Jag har CE-körkort och ADR och kan börja med kort varsel.

        Vänliga hälsningar
        Jonas Björklund
        044 209 5531
        """)
    date = when(2025, 3, 19, 18, 2, 9, 2)
    b = "------------" + token("bjorklund", 24)
    root = multipart("mixed", [text(body31, params="; format=flowed"),
                               att(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "CV_Jonas_Björklund.docx")], b)
    hdrs = alias_trace(alias=KULJ, mailbox_addr="toimisto@kuusistonkuljetus.example.fi",
                       env_from="jonas.bjorklund@example.fi", date=date, relay="smtp.example.fi", ip="198.51.100.9")
    hdrs += [f"Date: {rfc_date(date)}", hdr_from("Jonas Björklund", "jonas.bjorklund@example.fi"), f"To: {KULJ}",
             subj("Ansökan – lastbilschaufför"), f"Message-ID: <{guid('bjorklund')}@example.fi>", TB]
    add("sv-other-cv-docx-job-application-alias", compose(hdrs, root),
        category="other", language="sv", phone="+358442095531",
        notes="Swedish job application with a CV .docx through the hosting alias; personal data but no right used.")

    # 32 ------------------------------------------------------------------------------------------------
    yt32 = new_ytunnus("3012458")
    lines = ["HENKILÖTIETOJEN KÄSITTELYSOPIMUS (DPA)", "", "Osapuolet",
             f"Rekisterinpitäjä: Helsingin Hammasklinikka Oy, Y-tunnus {yt32}",
             "Käsittelijä: Kivi & Kangas Design Oy", "",
             "8. Sopimuksen päättyminen",
             "Sopimuksen päättyessä käsittelijä poistaa tai palauttaa rekisterinpitäjän",
             "valinnan mukaan kaikki henkilötiedot ja poistaa olemassa olevat kopiot,",
             "ellei lainsäädäntö edellytä tietojen säilyttämistä.", "",
             "9. Rekisteröidyn oikeudet",
             "Käsittelijä avustaa rekisterinpitäjää vastaamaan rekisteröityjen",
             "pyyntöihin, jotka koskevat tarkastus-, oikaisu- ja poisto-oikeutta.", "", "",
             "Helsingissä 20.3.2025", "", "Helsingin Hammasklinikka Oy", "", "",
             "_______________________________", "Riikka Salo, toimitusjohtaja"]
    img = render_page(lines, skew=0.5, bold_first=1, bg=252)
    from PIL import ImageDraw, ImageFont
    ImageDraw.Draw(img).text((230, 1000), "R. Salo", fill=40,
                             font=ImageFont.truetype(FONT_DIR + "DejaVuSerif-Italic.ttf", 64))
    pdf = image_pdf(img, "\n".join(lines), producer="KONICA MINOLTA bizhub C300i", creator="bizhub C300i")
    body32 = ("Hei,\n\nliitteenä allekirjoitettu henkilötietojen käsittelysopimus skannattuna (sivu 4/4). Pyydän, että "
              "allekirjoitatte vielä oman kappaleenne ja palautatte sen meille.\n\nt. Riikka Salo\nHelsingin "
              "Hammasklinikka Oy\n")
    b = "_004_" + token("salo", 24).upper() + "_"
    root = multipart("mixed", [outlook_alt(body32, seed="salo", banner_text=BANNER_EN_TEXT, banner_html=BANNER_EN_HTML),
                               att(pdf, "application/pdf", "SKM_C300i25032011450.pdf")], b)
    add("fi-other-signed-dpa-scan-external", m365_message(
        tenant="kivikangas", rcpt=KIVI, name="Riikka Salo", addr="riikka.salo@hammasklinikka.example.fi",
        date=when(2025, 3, 20, 11, 51, 0, 2), subject="[EXTERNAL] Allekirjoitettu käsittelysopimus", root=root,
        relay="mail.hammasklinikka.example.fi", ip="198.51.100.181",
        mid=f"{token('salo', 24).upper()}@hammasklinikka.example.fi",
        extra=[OUTLOOK] + outlook_thread_hdrs("Allekirjoitettu käsittelysopimus", "salo", attach=True)),
        category="other", language="fi", business_id=yt32,
        notes="A signed DPA page scanned to an image-only PDF: 'poistaa', 'tarkastus-, oikaisu- ja poisto-oikeus' "
              "are contract terms, not a request.")

    # 33 ------------------------------------------------------------------------------------------------
    lines = ["Aila Nurmi", "Koivistontie 41", "33820 Tampere", "puh. 040 730 2218", "", "",
             "Kattopojat Oy", "", "Tampereella 21.3.2025", "", "",
             "REKLAMAATIO – KATON VUOTO", "",
             "Teitte taloomme peltikaton uusimisen elokuussa 2024 (tilausvahvistus",
             "nro 2024-087). Lumien sulaessa viime viikolla vettä on tullut",
             "yläkerran makuuhuoneen kattoon piipun vierestä, ja tapettiin on tullut",
             "kostea läikkä.", "",
             "Pyydän, että tulette tarkastamaan katon mahdollisimman pian. Vahinko",
             "kuuluu mielestäni takuun piiriin. Kuvia voin lähettää tarvittaessa.", "", "",
             "Ystävällisesti", "", "", "Aila Nurmi"]
    img = render_page(lines, skew=-0.4, bg=248)
    png = png_bytes(img, "\n".join(lines))
    b = "------------" + token("nurmi", 24)
    root = multipart("mixed", [text("Hyvä vastaanottaja,\n\nliitteenä kirjeeni.\n\nAila Nurmi\n", params="; format=flowed"),
                               att(png, "image/png", "reklamaatio.png")], b)
    add("fi-other-scanned-warranty-complaint-png", message(
        rcpt=KATTO, frm=mailbox("Aila Nurmi", "aila.nurmi@kotiposti.example.fi"), frm_addr="aila.nurmi@kotiposti.example.fi",
        subject="Kirje", date=when(2025, 3, 21, 16, 44, 12, 2), root=root, extra=[TB], relay="smtp.kotiposti.example.fi",
        ip="198.51.100.31"),
        category="other", language="fi", phone="+358407302218",
        notes="Same shape as a scanned request letter (PNG, 'liitteenä kirjeeni', subject 'Kirje') but a warranty "
              "complaint asking for an inspection visit ('tarkastamaan katon').")

    # 34 ------------------------------------------------------------------------------------------------
    doc = ["TIETOSUOJA- JA TIETOTURVAKYSELY TOIMITTAJILLE", "Länsi-Uudenmaan hyvinvointialue, hankinnat", "",
           "Toimittaja: Lumivalo Ohjelmistot Oy", "Palvelu: Ajanvarausjärjestelmä", "",
           "1. Missä maissa henkilötietoja käsitellään tai säilytetään?", "Vastaus:", "",
           "2. Mitä alihankkijoita (alikäsittelijöitä) käytätte?", "Vastaus:", "",
           "3. Miten rekisteröidyn oikeuksia koskevat pyynnöt (tarkastus, oikaisu, poisto) käsitellään ja kuinka "
           "nopeasti?", "Vastaus:", "",
           "4. Miten tiedot palautetaan tai poistetaan sopimuksen päättyessä?", "Vastaus:", "",
           "5. Onko palvelulla ISO 27001 -sertifiointi tai vastaava?", "Vastaus:"]
    docx = docx_bytes(doc, title="Toimittajakysely", author="Hankintapalvelut")
    body34 = T("""
        Hei,

        osana toimittaja-arviointia pyydämme täyttämään liitteenä olevan tietosuoja- ja tietoturvakyselyn ja palauttamaan sen 31.3.2025 mennessä. Kysely koskee tarjoamaanne ajanvarausjärjestelmää.

        Ystävällisin terveisin
        Leena Harmaja
        hankinta-asiantuntija
        Länsi-Uudenmaan hyvinvointialue
        029 151 4420
        """)
    b = "_004_" + token("harmaja", 24).upper() + "_"
    root = multipart("mixed", [outlook_alt(body34 + GROUP_FOOTER_FI, seed="harmaja", charset="utf-8"),
                               att(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Tietosuojakysely_toimittajat.docx")], b)
    add("fi-other-supplier-privacy-questionnaire-docx-via-group", via_group(
        name="Harmaja Leena", addr="leena.harmaja@luhva.example.fi", date=when(2025, 3, 14, 13, 20, 0, 2),
        subject="Tietosuojakysely toimittajille – palautus 31.3.", root=root,
        mid=f"{token('harmaja', 24).upper()}@luhva.example.fi",
        extra=[OUTLOOK] + outlook_thread_hdrs("Tietosuojakysely toimittajille – palautus 31.3.", "harmaja", attach=True)),
        category="other", language="fi", phone="+358291514420",
        notes="A customer's supplier privacy questionnaire (.docx) asking how 'tarkastus, oikaisu, poisto' requests "
              "are handled; through the Google Group; no right used.")

    # 35 ------------------------------------------------------------------------------------------------
    body35 = T("""
        LOGISTIIKKAYRITTÄJÄT RY – JÄSENTIEDOTE 3/2025

        Polttoaineen hintaseuranta
        Dieselin keskihinta laski maaliskuussa 2,3 %. Katso kuukausikooste jäsensivuilta.

        Tietosuoja: ajopiirturitietojen säilytys
        Muistutamme, että kuljettajien ajopiirturitiedot on säilytettävä vähintään vuoden ajan. Kun säilytysaika päättyy, tiedot on poistettava. Kuljettajalla on oikeus saada kopio omista tiedoistaan – mallivastaus löytyy jäsensivuilta.

        Kevätseminaari 15.5. Tampereella
        Ilmoittautuminen avattu.

        Et halua enää tiedotteita? Peru tilaus: https://logistiikkayrittajat.example.org/peru?u=4471
        """)
    date = when(2025, 3, 27, 7, 30, 0, 2)
    b = "=_lgy_" + token("lgy", 20)
    root = multipart("alternative", [text(body35, cte="quoted-printable"),
                                     text(light_html(body35, '<div style="font-family:Arial">'), subtype="html",
                                          cte="quoted-printable")], b)
    hdrs = alias_trace(alias=KULJ, mailbox_addr="toimisto@kuusistonkuljetus.example.fi",
                       env_from="bounce-4471@lista.logistiikkayrittajat.example.org", date=date,
                       relay="lista.logistiikkayrittajat.example.org", ip="192.0.2.77")
    hdrs += [f"Date: {rfc_date(date)}", hdr_from("Logistiikkayrittäjät ry", "tiedote@logistiikkayrittajat.example.org"),
             f"To: {KULJ}", subj("Jäsentiedote 3/2025: polttoaine, ajopiirturitiedot, kevätseminaari"),
             f"Message-ID: <{token('lgy', 24)}@lista.logistiikkayrittajat.example.org>",
             "List-Id: Jasentiedote <jasentiedote.logistiikkayrittajat.example.org>",
             "List-Unsubscribe: <https://logistiikkayrittajat.example.org/peru?u=4471>", "Precedence: bulk"]
    add("fi-auto-association-newsletter-alias", compose(hdrs, root),
        category="automated", language="fi",
        notes="Association member newsletter through the hosting alias; article text about deleting data and the "
              "right to a copy.")

    # 36 ------------------------------------------------------------------------------------------------
    body36 = T("""
        Hei.

        Saan teiltä joka kuukausi paperisen asiakastiedotteen ja lisäksi sähköpostia. Muutimme jo kaksi vuotta sitten ettekä ole enää käyttäneet teitä. En halua teiltä mitään markkinointia enää, en postissa enkä sähköpostissa.

        Marja-Leena Toivonen
        """)
    date = when(2025, 3, 28, 12, 14, 5, 2)
    hdrs = alias_trace(alias=KULJ, mailbox_addr="toimisto@kuusistonkuljetus.example.fi",
                       env_from="mltoivonen@netti.example.fi", date=date, relay="mail.netti.example.fi",
                       ip="198.51.100.140")
    hdrs += [f"Date: {rfc_date(date)}", hdr_from("Marja-Leena Toivonen", "mltoivonen@netti.example.fi"),
             f"To: {KULJ}", subj("Asiakastiedote"), f"Message-ID: <{token('toivonen', 20)}@netti.example.fi>",
             "X-Mailer: Roundcube Webmail/1.6.9"]
    add("fi-objection-hosting-alias-srs", compose(hdrs, text(body36, cte="quoted-printable")),
        category="request", kinds=["objection"], language="fi", requester_email="mltoivonen@netti.example.fi",
        requester_name="Marja-Leena Toivonen",
        notes="Marketing opt-out (paper and e-mail) through the hosting alias: Delivered-To is another mailbox, "
              "Return-Path is SRS-rewritten, X-Original-To is info@.")

    # 37 ------------------------------------------------------------------------------------------------
    q1 = T("""
        Hei Antti,

        kiitos soitosta. Tarjoamme teleskooppikurottajan Merlo 40.17 ajalle 7.–18.4.2025 hintaan 1 480 € + alv, sisältää kuljetuksen Kempeleeseen.

        Ystävällisin terveisin
        Jari Oikarinen
        myyntipäällikkö, Pohjolan Laitevuokraus Oy
        044 700 1200
        """)
    q0 = T("""
        Hei,

        tarvitsisin kurottajan kahdeksi viikoksi huhtikuussa omakotitalon runkovaiheeseen. Onko vapaana ja mitä maksaa?

        Antti Rautio
        """)
    body37 = ("Kiitos tarjouksesta, mutta päädyimme toiseen vuokraamoon.\n\nJa poistakaa samalla minun tiedot teidän "
              "asiakasrekisteristä ja lopettakaa soittelu, myyjänne on soittanut kolme kertaa tällä viikolla "
              "uudestaan.\n\nAntti Rautio\n\n"
              "Lähettäjä: Jari Oikarinen <jari.oikarinen@pohjolanlaite.example.fi>\nLähetetty: keskiviikko 19. "
              "maaliskuuta 2025 14.02\nVastaanottaja: Antti Rautio <antti.rautio@example.fi>\nAihe: VS: [ULKOINEN] "
              "Kurottaja huhtikuussa\n\n" + q1 + "\nLähettäjä: Antti Rautio <antti.rautio@example.fi>\nLähetetty: "
              "tiistai 18. maaliskuuta 2025 20.47\nVastaanottaja: info@pohjolanlaite.example.fi\nAihe: [ULKOINEN] "
              "Kurottaja huhtikuussa\n\n" + BANNER_FI_TEXT + q0)
    b = "_000_" + token("rautio", 24).upper() + "_"
    root = multipart("alternative", [text(BANNER_FI_TEXT + body37, charset="windows-1252", cte="quoted-printable"),
                                     text(with_banner_html(outlook_html(body37, "windows-1252"), BANNER_FI_HTML),
                                          subtype="html", charset="windows-1252", cte="quoted-printable")], b)
    add("fi-erasure-objection-nested-ulkoinen-thread", m365_message(
        tenant="pohjolanlaite", rcpt=LAITE, name="Antti Rautio", addr="antti.rautio@example.fi",
        date=when(2025, 3, 21, 7, 58, 31, 2), subject="VS: [ULKOINEN] VS: [ULKOINEN] Kurottaja huhtikuussa", root=root,
        relay="smtp.example.fi", ip="198.51.100.9", cc="jari.oikarinen@pohjolanlaite.example.fi",
        mid=f"{token('rautio', 24).upper()}@example.fi",
        extra=[OUTLOOK] + outlook_thread_hdrs("VS: VS: Kurottaja huhtikuussa", "rautio")),
        category="request", kinds=["erasure", "objection"], language="fi", requester_email="antti.rautio@example.fi",
        requester_name="Antti Rautio",
        notes="Request at the top of a quote thread whose subject carries nested [ULKOINEN] tags and whose body "
              "repeats the banner; the quoted salesman's phone is not the requester's.")

    # 38 ------------------------------------------------------------------------------------------------
    hetu38 = new_hetu("190252", "-", "064")
    lines = ["Sirkka Väisänen", "Tuirantie 17 A 3", "90500 Oulu", "", "",
             "Pohjolan Laitevuokraus Oy", "Asiakaspalvelu", "", "Oulussa 12.3.2025", "", "",
             "Henkilötietojen tarkastuspyyntö", "",
             "Vuokrasin teiltä vuosina 2021–2023 useita kertoja puutarhakoneita.",
             "Pyydän kopion kaikista minua koskevista henkilötiedoista, joita",
             "asiakasrekisterissänne on, sekä tiedon siitä, mihin niitä käytetään.", "",
             "Vastaus sähköpostitse osoitteeseen sirkka.vaisanen@example.fi.", "",
             f"Henkilötunnus: {hetu38}", "", "",
             "Ystävällisin terveisin", "", "", "Sirkka Väisänen"]
    img = render_page(lines, skew=0.6, bg=250)
    pdf = image_pdf(img, "\n".join(lines), producer="KONICA MINOLTA bizhub C250i", creator="bizhub C250i")
    body38 = T("""
        Skannattu asiakirja

        Tiedoston nimi: SKM_C250i25031409120.pdf
        Laite: bizhub C250i (2. krs, asiakaspalvelu)
        Sivuja: 1
        Resoluutio: 200 x 200 dpi
        """)
    b = "KONICA_MINOLTA_" + token("vaisanen", 20)
    root = multipart("mixed", [text(body38, charset="us-ascii", cte="7bit") if body38.isascii() else
                               text(body38, cte="8bit"), att(pdf, "application/pdf", "SKM_C250i25031409120.pdf")], b)
    add("fi-access-mfp-scan-to-email-posted-letter", m365_message(
        tenant="pohjolanlaite", rcpt=LAITE, name="Skanneri 2krs", addr="skanneri@pohjolanlaite.example.fi",
        date=when(2025, 3, 14, 9, 12, 0, 2), subject="Skannattu asiakirja SKM_C250i25031409120", root=root,
        internal=True, relay="bizhub-2krs.pohjolanlaite.example.fi", ip="10.20.0.60",
        mid=f"{token('vaisanen', 20)}@bizhub-2krs.pohjolanlaite.example.fi"),
        category="request", kinds=["access"], language="fi", requester_email="sirkka.vaisanen@example.fi",
        requester_name="Sirkka Väisänen", hetu=hetu38,
        notes="A posted letter that staff scanned to info@ on the office printer: machine From and body, image-only "
              "PDF; the reply address is the e-mail written in the letter.")

    # 39 ------------------------------------------------------------------------------------------------
    doc = ["Grace Okafor", "grace.okafor@example.com", "", "To: Kivi & Kangas Design Oy", "Date: 26 March 2025", "",
           "Re: correction of my personal data", "",
           "Your portfolio page for the Tideway Analytics website project still describes me as \"Grace Okafor, CTO, "
           "Tideway Analytics\" together with a quote from me. I left Tideway in June 2024. Please correct the "
           "caption to \"former CTO\" so that it is accurate.", "",
           "In addition, your newsletter addresses me as \"Grace Okafur\". Please correct the spelling of my surname "
           "in your mailing list.", "", "Thank you,", "Grace Okafor"]
    docx = docx_bytes(doc, title="Correction request", author="Grace Okafor")
    body39 = "Hi,\n\nplease see the attached letter.\n\nThanks,\nGrace\n"
    b = "_004_" + token("okafor", 24).upper() + "_"
    root = multipart("mixed", [outlook_alt(body39, seed="okafor", charset="utf-8", lang="EN-GB",
                                           banner_text=BANNER_EN_TEXT, banner_html=BANNER_EN_HTML),
                               att(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Correction request.docx")], b)
    add("en-rectification-docx-please-see-attached-external", m365_message(
        tenant="kivikangas", rcpt=KIVI, name="Grace Okafor", addr="grace.okafor@example.com",
        date=when(2025, 3, 26, 10, 5, 44, 2), subject="[EXTERNAL] Letter", root=root, relay="smtp.example.com",
        ip="203.0.113.8", lang="en", ctry="GB", mid=f"{token('okafor', 24).upper()}@example.com",
        extra=[OUTLOOK] + outlook_thread_hdrs("Letter", "okafor", lang="en-GB", attach=True)),
        category="request", kinds=["rectification"], language="en", requester_email="grace.okafor@example.com",
        requester_name="Grace Okafor", notes="'please see the attached letter' — a .docx asks to correct a job title "
                                             "on the portfolio page and a misspelt surname; [EXTERNAL] tag and banner.")

    # 40 ------------------------------------------------------------------------------------------------
    items = [("t", 56, 792, 13, "B", "Kuusiston Kuljetus Oy"),
             ("t", 56, 774, 11, "B", "Tietosuojapyyntö – henkilötietojen käsittely"),
             ("l", 56, 765, 539, 765)]
    fields = [("Nimi", "Terho Lampinen"), ("Puhelin", "0400 227 194"), ("Sähköposti", "terho.lampinen@example.fi"),
              ("Muuton / tilauksen nro", "M-2024-1182")]
    y = 742
    for lab, val in fields:
        items += [("t", 60, y, 10, "R", lab), ("t", 210, y, 10.5, "R", val), ("l", 206, y - 4, 539, y - 4)]
        y -= 24
    items.append(("t", 56, y - 4, 10.5, "B", "Mitä pyydät?"))
    items += checkbox_lines(["Kopio tiedoistani", "Tietojen korjaaminen", "Tietojen poistaminen",
                             "Käsittelyn rajoittaminen", "Markkinointikielto"], 64, y - 26, 19, {3})
    y = y - 26 - 5 * 19 - 6
    items.append(("t", 56, y, 10.5, "B", "Perustelut"))
    for i, line in enumerate(["Vakuutusyhtiön kanssa on kesken korvausasia: muuttokuorma vaurioitui 11/2024.",
                              "Älkää poistako muuton tietoja, valokuvia tai rahtikirjoja ennen kuin asia on",
                              "ratkaistu, mutta älkää myöskään käyttäkö tietojani mihinkään muuhun."]):
        items.append(("t", 60, y - 20 - i * 14, 10, "R", line))
    items += [("t", 56, y - 80, 10, "R", "Päivämäärä: 31.3.2025"),
              ("t", 56, 60, 7.5, "R", "Tulostettu sivulta kuusistonkuljetus.example.fi/tietosuoja")]
    pdf = text_pdf([items], title="Tietosuojapyyntö – Kuusiston Kuljetus Oy", producer="Skia/PDF m123",
                   creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                           "Chrome/123.0.0.0 Safari/537.36")
    date = when(2025, 3, 31, 13, 40, 2, 3)
    b = "000000000000" + token("lampinen-mixed", 16)
    body40 = "Lomake liitteenä. Soittakaa jos on epäselvää.\n\nTerho\n"
    root = multipart("mixed", [gmail_alt(body40, "lampinen"),
                               att(pdf, "application/pdf", "Tietosuojapyyntö – Kuusiston Kuljetus Oy.pdf")], b)
    hdrs = alias_trace(alias=KULJ, mailbox_addr="toimisto@kuusistonkuljetus.example.fi",
                       env_from="terho.lampinen@example.fi", date=date, relay="mail-wr1-f45.example.fi",
                       ip="198.51.100.45")
    hdrs += [f"Date: {rfc_date(date)}", hdr_from("Terho Lampinen", "terho.lampinen@example.fi"), f"To: {KULJ}",
             subj("Tietosuojapyyntö"), "Message-ID: <CAD" + token("lampinen", 30) + "@mail.example.fi>"]
    add("fi-restriction-pdf-form-printed-web-page-alias", compose(hdrs, root),
        category="request", kinds=["restriction"], language="fi", requester_email="terho.lampinen@example.fi",
        requester_name="Terho Lampinen", phone="+358400227194",
        notes="A web privacy form printed to PDF from the browser with only 'Käsittelyn rajoittaminen' ticked "
              "('älkää poistako… mutta älkää käyttäkö'); body 'Lomake liitteenä'.")

    # 41 ------------------------------------------------------------------------------------------------
    orig41 = T("""
        Hei,

        lasku 88412 (7.2.2025, 312,50 €) on edelleen maksamatta, eräpäivä oli 21.2. Pyydämme maksamaan laskun pikaisesti tai ilmoittamaan, jos siinä on jotain epäselvää. Laskun kopio on liitteenä alkuperäisessä viestissä.

        Ystävällisin terveisin
        Reskontra / Siivouspalvelu Kirkas Oy
        """)
    orig = message(rcpt="outi.jarvinen@jarvisentilit.example.fi", frm=mailbox("Siivouspalvelu Kirkas Oy",
                   "reskontra@kirkassiivous.example.fi"), frm_addr="reskontra@kirkassiivous.example.fi",
                   subject="Maksumuistutus lasku 88412", date=when(2025, 3, 27, 9, 0, 0, 2),
                   root=text(orig41, cte="quoted-printable"), relay="smtp.kirkassiivous.example.fi", ip="198.51.100.71")
    fw41 = "Moi, tämä tuli väärään osoitteeseen (mulle). Laitan info-laatikkoon, kuka hoitaa reskontran?\n\nOuti\n"
    b = "_002_" + token("outi2", 24).upper() + "_"
    root = multipart("mixed", [outlook_alt(fw41, seed="outi2"), embedded(orig, "Maksumuistutus lasku 88412.eml")], b)
    add("fi-other-forwarded-rfc822-payment-reminder", m365_message(
        tenant="jarvisentilit", rcpt=TILI, name="Outi Järvinen", addr="outi.jarvinen@jarvisentilit.example.fi",
        date=when(2025, 3, 27, 10, 30, 0, 2), subject="VL: Maksumuistutus lasku 88412", root=root, internal=True,
        relay="DB9PR03MB.eurprd03.prod.outlook.com", ip="10.20.0.14",
        mid=f"{token('outi2', 24).upper()}@DB9PR03MB.eurprd03.prod.outlook.com",
        extra=[OUTLOOK] + outlook_thread_hdrs("Maksumuistutus lasku 88412", "outi2", attach=True)),
        category="other", language="fi",
        notes="Same channel as a forwarded request ('tämä tuli väärään osoitteeseen', message/rfc822) but the "
              "original is a payment reminder.")

    # 42 ------------------------------------------------------------------------------------------------
    body42 = T("""
        Microsoft 365 -karanteeni-ilmoitus

        Sinulla on 3 uutta karanteenissa olevaa viestiä postilaatikossa info@jarvisentilit.example.fi. Viestit pidetään karanteenissa 30 päivää.

        Lähettäjä: noreply@docusign-secure.example.net
        Aihe: Tarkista ja allekirjoita: Tietojen poistaminen – vahvista henkilöllisyytesi
        Päivämäärä: 27.3.2025 3.14

        Lähettäjä: hr@payroll-update.example.net
        Aihe: Päivitä palkkatilisi tiedot 31.3. mennessä
        Päivämäärä: 27.3.2025 5.40

        Lähettäjä: info@seo-kasvu.example.com
        Aihe: Enemmän asiakkaita Googlesta
        Päivämäärä: 27.3.2025 7.02

        Tarkista viestit karanteeniportaalissa. Älä vapauta viestiä, jos et tunnista lähettäjää.
        """)
    add("fi-auto-m365-quarantine-digest", m365_message(
        tenant="jarvisentilit", rcpt=TILI, name="Microsoft 365 -karanteeni", addr="quarantine@jarvisentilit.example.fi",
        date=when(2025, 3, 27, 8, 0, 11, 2), subject="Microsoft 365 -karanteeni: 3 uutta viestiä", root=text(body42),
        internal=True, relay="DB9PR03MB.eurprd03.prod.outlook.com", ip="10.20.0.2",
        mid=f"{guid('quarantine')}@jarvisentilit.example.fi",
        extra=["Auto-Submitted: auto-generated", "X-MS-Exchange-Generated-Message-Source: Quarantine Digest"]),
        category="automated", language="fi",
        notes="The company's own M365 quarantine digest; one quarantined phishing subject reads like an erasure "
              "request.")

    # 43 ------------------------------------------------------------------------------------------------
    body43 = T("""
        Nordic SaaS Summit 2025 – programme is out!

        Hi,

        The full programme for Nordic SaaS Summit (Helsinki, 22–23 May) is now online. New this year: a GDPR track with sessions on handling data subject access requests at scale, deletion in multi-tenant databases, and data portability between SaaS vendors.

        Early-bird tickets end 4 April.

        Unsubscribe: https://nordicsaas.example.org/unsubscribe?id=lumivalo-info
        """)
    add("en-auto-event-newsletter-through-group", via_group(
        name="Nordic SaaS Summit", addr="hello@nordicsaas.example.org", date=when(2025, 3, 25, 11, 0, 0, 2),
        subject="Programme out: GDPR track, 50+ speakers", root=gmail_alt(body43 + GROUP_FOOTER_EN, "nss"),
        mid=f"{token('nss', 26)}@mail.nordicsaas.example.org", reply_to="hello@nordicsaas.example.org",
        extra=["X-Mailer: Mailchimp Mailer - **CIDe4f1c7a2b3d5**"]),
        category="automated", language="en",
        notes="An event newsletter that arrived through the company's Google Group (the group's List-ID replaces "
              "the sender's); GDPR-track text about access and portability.")

    # 44 ------------------------------------------------------------------------------------------------
    yt44 = new_ytunnus("2290547")
    body44 = T(f"""
        Hei,

        kirjanpitäjämme pyytää meiltä erittelyn vuokrista tilikaudelta 2024. Voisitteko lähettää yrityksemme vuokrahistorian 2023–2024 Excel-tiedostona tai CSV:nä, niin saamme sen suoraan kirjanpito-ohjelmaan?

        Kempeleen Rakennus ja Remontti Oy
        Y-tunnus {yt44}
        Mari Kylmänen
        """)
    b = "_000_" + token("kylmanen", 24).upper() + "_"
    root = multipart("alternative", [text(BANNER_FI_TEXT + body44, charset="windows-1252", cte="quoted-printable"),
                                     text(with_banner_html(outlook_html(body44, "windows-1252"), BANNER_FI_HTML),
                                          subtype="html", charset="windows-1252", cte="quoted-printable")], b)
    add("fi-other-company-rental-history-excel", m365_message(
        tenant="pohjolanlaite", rcpt=LAITE, name="Mari Kylmänen", addr="mari@kempeleenremontti.example.fi",
        date=when(2025, 3, 28, 13, 5, 0, 2), subject="[ULKOINEN] Vuokrahistoria 2023-2024", root=root,
        relay="mail.kempeleenremontti.example.fi", ip="198.51.100.118",
        mid=f"{token('kylmanen', 24).upper()}@kempeleenremontti.example.fi",
        extra=[OUTLOOK] + outlook_thread_hdrs("Vuokrahistoria 2023-2024", "kylmanen")),
        category="other", language="fi", business_id=yt44,
        notes="A company wants its own rental history 'Excel-tiedostona tai CSV:nä' for bookkeeping — business data, "
              "not portability of personal data.")

    # 45 ------------------------------------------------------------------------------------------------
    letter = ["Raili Hämäläinen", "Vallilantie 33 C 18", "00510 Helsinki", "", "Kivi & Kangas Design Oy", "",
              "Helsinki 1.4.2025", "", "Kuvani ja nimeni poistaminen", "",
              "Olin teillä töissä graafikkona 2019–2022. Kuvani, nimeni ja esittelytekstini ovat edelleen "
              "verkkosivujenne Tiimi-sivulla, ja samaa kuvaa käytetään myös yrityksenne esitteessä.", "",
              "Työsuhteeni on päättynyt lähes kolme vuotta sitten. Pyydän, että poistatte kuvani, nimeni ja "
              "esittelytekstini verkkosivuilta, esitteistä ja muusta markkinointimateriaalista sekä kuvapankistanne.", "",
              "Raili Hämäläinen"]
    pdf = letter_pdf(letter, title="Microsoft Word - poisto.docx", producer="Microsoft: Print To PDF", width=90)
    b = "------------" + token("hamalainen", 24)
    root = multipart("mixed", [text("\n", charset="us-ascii", cte="7bit"),
                               att(pdf, "application/pdf", "poisto.pdf")], b)
    date = when(2025, 4, 1, 8, 26, 50, 3)
    above, below = m365_trace(tenant="kivikangas", env_from="raili.hamalainen@example.fi", date=date,
                              relay="smtp.example.fi", ip="198.51.100.9", mid="hamalainen")
    hdrs = above + [hdr_from("Raili Hämäläinen", "raili.hamalainen@example.fi"), f"To: {KIVI}",
                    "Subject: [EXTERNAL]", f"Date: {rfc_date(date)}", f"Message-ID: <{guid('hamalainen')}@example.fi>",
                    TB] + below
    add("fi-erasure-pdf-empty-body-external-tag-only-subject", compose(hdrs, root),
        category="request", kinds=["erasure"], language="fi", requester_email="raili.hamalainen@example.fi",
        requester_name="Raili Hämäläinen",
        notes="Empty body and a Subject that is only the gateway's '[EXTERNAL]' tag; a former employee asks to "
              "remove her photo and name from the website and brochures (PDF).")


if __name__ == "__main__":
    if "--check" in sys.argv:
        build()  # fills IMAGE_TEXT for the validator; nothing is written
    sys.exit(main(sys.argv, build, FOLDER))
